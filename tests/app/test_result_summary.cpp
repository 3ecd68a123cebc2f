// The result picture's content (app/picture/result_summary.hpp): the enterprise, the score and
// table, every category's verdict under the standard's own name, the recommended category, what
// the next one lacks and where points are still to be had, as the evaluation gives them.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "made_up_year.hpp"
#include "result_summary.hpp"
#include "test_support.hpp"

namespace {

using sx_app::ResultSummary;

sx::Assessment fixture(const std::string& name) {
  return sx_test::assessment(sx::Json::parse(sx_test::fixture_text(name)));
}

ResultSummary summary_of(const sx::Assessment& document, const sx::Evaluation& evaluation) {
  return sx_app::summarise(*sx::find_standard(document.standard_id()), document, evaluation, "2024-05-06");
}

// The condition gaps of one group, in the evaluation's order.
std::vector<std::string> gaps_of(const sx::Evaluation& e, const std::string& group) {
  std::vector<std::string> out;
  for (const auto& gap : e.condition_gaps) {
    if (gap.category == group) out.push_back(gap.zh);
  }
  return out;
}

TEST(ResultSummary, FullDiscreteDocument) {
  const sx::Assessment document = fixture("discrete-full.json");
  const sx::Evaluation e = sx::evaluate(document);
  const sx::Standard& standard = sx_test::standard();
  const ResultSummary s = summary_of(document, e);

  EXPECT_EQ(s.enterprise, "绍兴市柯桥区示例纺织有限公司");
  EXPECT_EQ(s.standard, standard.title);
  EXPECT_EQ(s.type, "离散型");
  EXPECT_EQ(s.table, "表1");
  EXPECT_EQ(s.total, e.total);
  EXPECT_EQ(s.max, 100);
  EXPECT_EQ(s.complete, e.complete);
  EXPECT_EQ(s.date, "2024-05-06");

  ASSERT_EQ(s.categories.size(), standard.categories.size());
  for (std::size_t i = 0; i < s.categories.size(); ++i) {
    const sx::CategoryResult* result = e.category(standard.categories[i].id);
    ASSERT_NE(result, nullptr);
    EXPECT_EQ(s.categories[i].title, standard.categories[i].title);
    EXPECT_EQ(s.categories[i].eligible, result->eligible) << s.categories[i].title;
    EXPECT_EQ(s.categories[i].verdict, result->eligible == sx::Tri::True    ? "✓ 符合"
                                       : result->eligible == sx::Tri::False ? "× 不符合"
                                                                            : "? 待补充");
    EXPECT_EQ(s.categories[i].recommended, e.recommended == standard.categories[i].id);
  }

  // This fixture meets 生产线 and 车间 but not 工厂: the picture recommends the workshop and says
  // what the factory still lacks.
  ASSERT_TRUE(e.recommended.has_value());
  EXPECT_EQ(s.recommended, standard.category(*e.recommended)->title);
  const auto recommended = std::find_if(standard.categories.begin(), standard.categories.end(),
                                        [&](const sx::Category& c) { return c.id == *e.recommended; });
  ASSERT_NE(recommended + 1, standard.categories.end()) << "the fixture reaches the highest category";
  EXPECT_EQ(s.next, (recommended + 1)->title);
  std::vector<std::string> expected = gaps_of(e, standard.common.id);
  const auto own = gaps_of(e, (recommended + 1)->id);
  expected.insert(expected.end(), own.begin(), own.end());
  ASSERT_FALSE(expected.empty());
  const std::size_t shown = std::min<std::size_t>(expected.size(), ResultSummary::kTopGaps);
  EXPECT_EQ(s.next_gaps, std::vector<std::string>(expected.begin(), expected.begin() + static_cast<long>(shown)));
  EXPECT_EQ(s.next_gaps_more, expected.size() - shown);

  // Where points are to be had: the evaluation's ranking, one line per item.
  ASSERT_FALSE(e.item_gaps.empty());
  EXPECT_EQ(s.score_gaps.front(), e.item_gaps.front().zh);
  EXPECT_LE(s.score_gaps.size(), ResultSummary::kTopGaps);
  std::vector<std::string> items;
  for (const auto& line : s.score_gaps) {
    const auto gap = std::find_if(e.item_gaps.begin(), e.item_gaps.end(), [&](const sx::Gap& g) { return g.zh == line; });
    ASSERT_NE(gap, e.item_gaps.end()) << line;
    EXPECT_EQ(std::count(items.begin(), items.end(), gap->id), 0) << "item " << gap->id << " listed twice";
    items.push_back(gap->id);
  }
}

TEST(ResultSummary, ProcessDocumentNamesTable2) {
  const sx::Assessment document = fixture("process-full.json");
  const ResultSummary s = summary_of(document, sx::evaluate(document));
  EXPECT_EQ(s.type, "流程型");
  EXPECT_EQ(s.table, "表2");
  EXPECT_FALSE(s.enterprise.empty());
}

// A fresh document: no name (nothing invented for it), nothing recommended, and the first
// category is the one reached for, with the basic conditions first among what it lacks.
TEST(ResultSummary, EmptyDocument) {
  const sx::Assessment document = sx_test::assessment(sx_test::header());
  const sx::Evaluation e = sx::evaluate(document);
  const ResultSummary s = summary_of(document, e);
  EXPECT_EQ(s.enterprise, "");
  EXPECT_EQ(s.recommended, "");
  EXPECT_FALSE(s.complete);
  EXPECT_EQ(s.next, sx_test::standard().categories.front().title);
  ASSERT_EQ(s.next_gaps.size(), ResultSummary::kTopGaps);
  EXPECT_EQ(s.next_gaps.front(), gaps_of(e, sx_test::standard().common.id).front());
  EXPECT_GT(s.next_gaps_more, 0u);
  for (const auto& c : s.categories) EXPECT_FALSE(c.recommended);
}

TEST(ResultSummary, BlankNameIsNoName) {
  const sx::Assessment document =
      sx_test::assessment(sx_test::document("discrete", {{"enterprise", {{"name", "  \n "}}}}));
  EXPECT_EQ(summary_of(document, sx::evaluate(document)).enterprise, "");
}

TEST(ResultSummary, JsonForThePage) {
  const sx::Assessment document = fixture("discrete-full.json");
  const sx::Evaluation e = sx::evaluate(document);
  const sx::Json j = sx_app::to_json(summary_of(document, e));
  EXPECT_EQ(j.at("enterprise"), "绍兴市柯桥区示例纺织有限公司");
  EXPECT_EQ(j.at("table"), "表1");
  EXPECT_EQ(j.at("total"), e.total);
  ASSERT_EQ(j.at("categories").size(), 3u);
  EXPECT_EQ(j.at("categories")[0].at("eligible"), sx::tri_name(e.categories[0].eligible));
  EXPECT_TRUE(j.at("next_gaps").is_array());
  EXPECT_EQ(j.at("date"), "2024-05-06");
  // What the page receives is text: it parses back to the same.
  EXPECT_EQ(sx::Json::parse(j.dump()), j);
}

// A year is data: the made-up year's four categories, one renamed, come under their own names.
TEST(ResultSummary, MadeUpYear) {
  const sx::Standard& year = sx_test::made_up_year();
  sx::Json doc = sx_test::header();
  doc["standard"] = sx_test::kMadeUpYear;
  const sx::Assessment document = sx_test::assessment(doc);
  const sx::Evaluation e = sx::evaluate(year, document);
  const ResultSummary s = sx_app::summarise(year, document, e, "2031-02-03");
  ASSERT_EQ(s.categories.size(), 4u);
  EXPECT_EQ(s.categories[0].title, "智能制造单元");
  EXPECT_TRUE(std::any_of(s.categories.begin(), s.categories.end(),
                          [](const sx_app::SummaryCategory& c) { return c.title == "数字化车间"; }));
  EXPECT_EQ(s.next, "智能制造单元");
  EXPECT_EQ(s.standard, year.title);
}

}  // namespace
