// The gap analysis: what each failed or unknown condition needs, in the user's terms, and the
// next band or option of every item below its maximum, ranked by points gained.
#include <gtest/gtest.h>

#include "test_support.hpp"

namespace {
const sx::Gap* find_gap(const std::vector<sx::Gap>& gaps, const std::string& id) {
  for (const auto& g : gaps) {
    if (g.id == id) return &g;
  }
  return nullptr;
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }
}  // namespace

TEST(Gaps, FailedMetricConditionSaysTheFigureAndTheTarget) {
  const auto e = sx_test::evaluate(sx_test::document("discrete", {{"metrics", {{"cnc_rate", 58}}}}));
  const sx::Gap* gap = find_gap(e.condition_gaps, "workshop.cnc_rate");
  ASSERT_NE(gap, nullptr);
  EXPECT_EQ(gap->category, "workshop");
  EXPECT_TRUE(contains(gap->zh, "58%")) << gap->zh;
  EXPECT_TRUE(contains(gap->zh, "≥ 65%")) << gap->zh;
  EXPECT_TRUE(contains(gap->zh, "第七条")) << gap->zh;
  EXPECT_TRUE(contains(gap->zh, "不满足")) << gap->zh;
}

TEST(Gaps, WithCountsItSaysHowManyMoreUnits) {
  const auto e = sx_test::evaluate(sx_test::document(
      "discrete", {{"metrics", {{"cnc_rate", 58}}}, {"figures", {{"key_equipment", 50}, {"cnc_key_equipment", 29}}}}));
  EXPECT_TRUE(contains(find_gap(e.condition_gaps, "workshop.cnc_rate")->zh, "还需 4 台/套"));
  EXPECT_TRUE(contains(find_gap(e.condition_gaps, "line.cnc_rate")->zh, "还需 1 台/套"));
}

TEST(Gaps, UnknownConditionsAskForTheFact) {
  const auto e = sx_test::evaluate(sx_test::header());
  const sx::Gap* metric = find_gap(e.condition_gaps, "factory.smart_equipment_rate");
  ASSERT_NE(metric, nullptr);
  EXPECT_TRUE(contains(metric->zh, "待确认"));
  EXPECT_TRUE(contains(metric->zh, "请填写"));
  EXPECT_TRUE(contains(metric->zh, "70%"));
  // Basic conditions are listed once, not once per category.
  int registered = 0;
  for (const auto& g : e.condition_gaps) registered += g.id == "basic.registered";
  EXPECT_EQ(registered, 1);
  EXPECT_EQ(find_gap(e.condition_gaps, "basic.registered")->category, "basic");
  EXPECT_TRUE(contains(find_gap(e.condition_gaps, "factory.new_mode")->zh, "请对至少一种新模式"));
}

TEST(Gaps, NoModeMetNamesTheClosest) {
  const auto e = sx_test::evaluate(sx_test::document(
      "discrete", {{"modes", {{"customization", {{"1", "met"}, {"2", "partial"}, {"3", "partial"}, {"4", "partial"}}}}}}));
  const sx::Gap* gap = find_gap(e.condition_gaps, "factory.new_mode");
  ASSERT_NE(gap, nullptr);
  EXPECT_TRUE(contains(gap->zh, "大规模个性化定制")) << gap->zh;
}

TEST(Gaps, ItemsRankedByGainWithTheNextBandOrOption) {
  const auto e = sx_test::evaluate(sx_test::document(
      "discrete", {{"metrics", {{"cnc_rate", 55}, {"rd_ratio", 1.5}}},
                   {"answers", {{"2.1", {"cad"}}, {"4.1", true}, {"4.2", false}, {"6.1", "average"}}}}));
  const auto& gaps = e.item_gaps;
  ASSERT_FALSE(gaps.empty());
  for (std::size_t i = 1; i < gaps.size(); ++i) EXPECT_GE(gaps[i - 1].gain, gaps[i].gain);

  const sx::Gap* cnc = find_gap(gaps, "3.1");
  ASSERT_NE(cnc, nullptr);
  EXPECT_EQ(cnc->gain, 2);  // 8 → 10 at 60%
  EXPECT_TRUE(contains(cnc->zh, "55% → ≥ 60%")) << cnc->zh;
  EXPECT_EQ(find_gap(gaps, "6.3")->gain, 1);
  EXPECT_EQ(find_gap(gaps, "6.1")->gain, 2);
  EXPECT_EQ(find_gap(gaps, "4.2")->gain, 8);
  EXPECT_EQ(find_gap(gaps, "3.3")->gain, 10);  // unanswered: up to its maximum
  int design = 0;
  for (const auto& g : gaps) {
    if (g.id == "2.1") {
      ++design;
      EXPECT_EQ(g.gain, 2);
    }
  }
  EXPECT_EQ(design, 2);  // cam and cae
  EXPECT_TRUE(contains(find_gap(gaps, "4.3")->zh, "4.2"));  // needs the MES first
  EXPECT_EQ(find_gap(gaps, "1.1")->gain, 10);
}

TEST(Gaps, CountScoredItemNeedsOneMoreFunction) {
  const auto e = sx_test::evaluate(sx_test::document("discrete", {{"answers", {{"3.2", {"progress", "quality"}}}}}));
  const sx::Gap* gap = find_gap(e.item_gaps, "3.2");
  ASSERT_NE(gap, nullptr);
  EXPECT_EQ(gap->gain, 3);
  const auto full = sx_test::evaluate(sx_test::document("discrete", {{"answers", {{"3.2", {"progress", "quality", "energy"}}}}}));
  EXPECT_EQ(find_gap(full.item_gaps, "3.2"), nullptr);
}

TEST(Gaps, ForcedOutputPerMuIsExplained) {
  const auto e = sx_test::evaluate(sx_test::document(
      "discrete", {{"answers", {{"6.1", "leading"}}}, {"figures", {{"output_per_mu", 200}, {"industry_output_per_mu", 300}}}}));
  const sx::Gap* gap = find_gap(e.item_gaps, "6.1");
  ASSERT_NE(gap, nullptr);
  EXPECT_TRUE(contains(gap->zh, "低于上一年度行业平均值"));
}

TEST(Gaps, GapsAreInTheJson) {
  const auto json = sx::to_json(sx_test::evaluate(sx_test::document("discrete", {{"metrics", {{"cnc_rate", 58}}}})));
  bool condition = false, item = false;
  for (const auto& g : json["gaps"]) {
    condition = condition || (g["kind"] == "condition" && g["id"] == "workshop.cnc_rate");
    item = item || (g["kind"] == "item" && g["id"] == "3.1" && g["gain"] == 2);
  }
  EXPECT_TRUE(condition);
  EXPECT_TRUE(item);
}
