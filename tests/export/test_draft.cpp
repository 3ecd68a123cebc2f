// The content model of the draft application: its parts in order, the category's conditions with
// ✓/✗/?, the whole score sheet with its totals and provisional marks, raw user text.
#include <gtest/gtest.h>

#include <algorithm>

#include "sx/draft.hpp"
#include "test_support.hpp"

namespace {

sx::DraftApplication draft_of(const sx::Json& doc) {
  const auto a = sx_test::assessment(doc);
  const sx::Standard& s = *sx::find_standard("shaoxing-2019");
  return sx::build_draft(s, a, sx::evaluate(s, a), "2020-03-15");
}

sx::DraftApplication draft_of_fixture(const char* name) {
  return draft_of(sx::Json::parse(sx_test::fixture_text(name)));
}

std::vector<std::string> headings(const sx::DraftApplication& d) {
  std::vector<std::string> out;
  for (const auto& b : d.blocks) {
    if (b.kind == sx::BlockKind::Heading) out.push_back(b.text);
  }
  return out;
}

// The table that follows the heading starting with `prefix`.
const sx::Block* table_after(const sx::DraftApplication& d, const std::string& prefix) {
  bool seen = false;
  for (const auto& b : d.blocks) {
    if (b.kind == sx::BlockKind::Heading) seen = b.text.rfind(prefix, 0) == 0;
    if (seen && b.kind == sx::BlockKind::Table) return &b;
  }
  return nullptr;
}

const std::vector<std::string>* row_starting(const sx::Block& table, const std::string& first) {
  for (const auto& row : table.rows) {
    if (!row.empty() && row[0] == first) return &row;
  }
  return nullptr;
}

}  // namespace

TEST(Draft, TheTenPartsInOrderAfterTheCover) {
  const auto d = draft_of_fixture("process-full.json");
  EXPECT_EQ(d.blocks.front().kind, sx::BlockKind::Title);
  EXPECT_EQ(d.blocks.front().text.rfind("绍兴市传统产业智能化改造项目认定申报书", 0), 0u);
  EXPECT_EQ(headings(d), (std::vector<std::string>{"一、企业基本情况", "二、项目基本情况", "三、认定条件对照",
                                                    "四、自评分表", "五、智能制造新模式关键要素自评", "六、改造成效",
                                                    "七、差距与改进计划", "八、证明材料清单", "九、真实性承诺书",
                                                    "十、初审意见"}));
  const auto& cover = d.blocks[1];
  ASSERT_EQ(cover.kind, sx::BlockKind::Table);
  EXPECT_EQ(cover.rows[0], (std::vector<std::string>{"申报类别", "智能工厂"}));
  EXPECT_EQ(cover.rows[1][1], "绍兴市上虞区示例化工股份有限公司");
  EXPECT_EQ(cover.rows[2][1], "上虞区");
  EXPECT_EQ(cover.rows[3][1], "2020年3月15日");
  EXPECT_NE(d.blocks[2].text.find("专家组认定为准"), std::string::npos);
  EXPECT_EQ(d.blocks.back().kind, sx::BlockKind::Box);
  EXPECT_NE(d.blocks.back().text.find("第十条"), std::string::npos);
}

TEST(Draft, ConditionsOfTheCategoryWithMarksAndArticles) {
  const auto d = draft_of_fixture("discrete-full.json");  // workshop
  const sx::Block* t = table_after(d, "三、");
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(t->rows[0], (std::vector<std::string>{"认定条件", "依据", "企业情况", "结论"}));
  EXPECT_EQ(t->rows.size(), 1u + 8u + 6u);  // basic and the workshop's own
  const auto* cnc = row_starting(*t, "制造装备数控化率不低于 65%");
  ASSERT_NE(cnc, nullptr);
  EXPECT_EQ((*cnc)[1], "第七条（二）");
  EXPECT_EQ((*cnc)[2], "68%");
  EXPECT_EQ((*cnc)[3], "✓");

  const auto failing = draft_of(sx_test::document("discrete", {{"category", "line"}, {"metrics", {{"cnc_rate", 50}}}}));
  const sx::Block* f = table_after(failing, "三、");
  EXPECT_EQ((*row_starting(*f, "装备数控化率达到 60% 以上"))[3], "✗");
  EXPECT_EQ((*row_starting(*f, "项目已建成投产"))[3], "?");
}

TEST(Draft, ScoreSheetTotalsAndProvisionalMark) {
  const auto doc = sx_test::document("discrete", {{"answers", {{"1.1", true}, {"3.2", {"progress", "quality"}}}}});
  const auto d = draft_of(doc);
  const sx::Block* t = table_after(d, "四、");
  ASSERT_NE(t, nullptr);
  const auto* item = row_starting(*t, "3.2");
  ASSERT_NE(item, nullptr);
  EXPECT_EQ((*item)[2], "制造进度分析；质量检验");
  EXPECT_EQ((*item)[3], "7");
  EXPECT_EQ((*item)[5], "暂估，专家组酌情认定");
  EXPECT_EQ((*row_starting(*t, "3"))[3], "7");  // the section subtotal row
  EXPECT_EQ((*row_starting(*t, "1.1"))[3], "10");
  EXPECT_EQ((*row_starting(*t, "2.1"))[5], "未填报");
  const auto& total = t->rows.back();
  EXPECT_EQ(total[1], "合计");
  EXPECT_EQ(total[3], "17");
  EXPECT_EQ(total[4], "100");
  EXPECT_EQ(t->rows.size(), 1u + 6u + 15u + 1u);
}

TEST(Draft, ModesOnlyForASmartFactory) {
  const auto factory = draft_of_fixture("process-full.json");
  int mode_tables = 0;
  bool in_modes = false;
  for (const auto& b : factory.blocks) {
    if (b.kind == sx::BlockKind::Heading) in_modes = b.text.rfind("五、", 0) == 0;
    if (in_modes && b.kind == sx::BlockKind::Table) ++mode_tables;
  }
  EXPECT_EQ(mode_tables, 5);
  const sx::Block* process_mode = nullptr;
  in_modes = false;
  for (const auto& b : factory.blocks) {
    if (b.kind == sx::BlockKind::Heading) in_modes = b.text.rfind("五、", 0) == 0;
    if (in_modes && b.kind == sx::BlockKind::Table && b.rows.size() == 8 && b.rows[5][2] == "部分具备") process_mode = &b;
  }
  ASSERT_NE(process_mode, nullptr);
  EXPECT_EQ(process_mode->rows[1][2], "具备");

  const auto workshop = draft_of_fixture("discrete-full.json");
  EXPECT_EQ(table_after(workshop, "五、"), nullptr);  // a workshop application has no mode tables
}

TEST(Draft, ResultsGapsEvidenceAndCommitment) {
  const auto d = draft_of_fixture("discrete-full.json");
  const sx::Block* results = table_after(d, "六、");
  ASSERT_NE(results, nullptr);
  const auto* cnc = row_starting(*results, "关键装备数控化率");
  ASSERT_NE(cnc, nullptr);
  EXPECT_EQ((*cnc)[1], "68%");
  EXPECT_NE((*cnc)[2].find("计算值 68%"), std::string::npos);
  const sx::Block* gaps = table_after(d, "七、");
  ASSERT_NE(gaps, nullptr);
  EXPECT_GT(gaps->rows.size(), 2u);
  bool checklist = false, commitment = false;
  for (const auto& b : d.blocks) {
    if (b.kind == sx::BlockKind::Checklist) {
      checklist = true;
      EXPECT_TRUE(std::any_of(b.rows.begin(), b.rows.end(), [](const auto& r) { return r[0].find("ERP 系统合同") != std::string::npos; }));
    }
    if (b.kind == sx::BlockKind::Paragraph && b.text.find("第十四条") != std::string::npos) commitment = true;
  }
  EXPECT_TRUE(checklist);
  EXPECT_TRUE(commitment);
}

TEST(Draft, UserTextStaysRawInTheModel) {
  const auto d = draft_of(sx::Json::parse(
      std::string(R"({"format":"sx-retrofit-assessment","version":1,"standard":"shaoxing-2019","type":"discrete",)"
                  R"("enterprise":{"name":"<script>&\"x\""}})")));
  EXPECT_EQ(d.enterprise, "<script>&\"x\"");
  EXPECT_EQ(d.blocks[1].rows[1][1], "<script>&\"x\"");
  EXPECT_EQ(d.blocks[1].rows[0][1], "未选择");
}
