// The content model of the draft application: the cover and the ten parts in order, the category's
// conditions with ✓/✗/?, the whole score sheet equal to the evaluation with its provisional marks,
// the modes, the results with derived rates, evidence, commitment, review box; raw user text.
#include <gtest/gtest.h>

#include <algorithm>

#include "export_support.hpp"

namespace {

using sx_export::document;
using sx_export::draft;
using sx_export::draft_of_fixture;
using Rows = std::vector<std::vector<std::string>>;

sx::Json factory_doc() { return sx::Json::parse(sx_export::fixture("discrete-factory.json")); }

// Wording comes from the standard's data, so these tests hold when the data's wording is revised.
const sx::Standard& standard() { return *sx::find_standard("shaoxing-2019"); }

const sx::Condition& condition(const std::string& id) {
  for (const auto& c : standard().conditions) {
    if (c.id == id) return c;
  }
  throw std::runtime_error("no condition " + id);
}

// A figure's cell: its number and unit only; what was counted is said in the row's 指标 cell.
std::string figure(const std::string& key, const std::string& value) { return value + standard().figure(key)->unit; }

std::vector<std::string> texts_of(const sx::DraftApplication& d, sx::BlockKind kind) {
  std::vector<std::string> out;
  for (const auto& b : d.blocks) {
    if (b.kind == kind) out.push_back(b.text);
  }
  return out;
}

// The blocks between the heading starting with `prefix` and the next heading.
std::vector<const sx::Block*> part(const sx::DraftApplication& d, const std::string& prefix) {
  std::vector<const sx::Block*> out;
  bool in = false;
  for (const auto& b : d.blocks) {
    if (b.kind == sx::BlockKind::Heading) in = b.text.rfind(prefix, 0) == 0;
    else if (in && b.kind != sx::BlockKind::PageBreak) out.push_back(&b);
  }
  return out;
}

const sx::Block* table_in(const sx::DraftApplication& d, const std::string& prefix, std::size_t nth = 0) {
  for (const auto* b : part(d, prefix)) {
    if (b->kind == sx::BlockKind::Table && nth-- == 0) return b;
  }
  return nullptr;
}

const std::vector<std::string>* row_starting(const sx::Block& table, const std::string& first) {
  for (const auto& row : table.rows) {
    if (!row.empty() && row[0] == first) return &row;
  }
  return nullptr;
}

// A ratio's row, whose 指标 cell is the rate's label with its formula on the next line; a row of
// blanks, and a failure, when there is none.
std::vector<std::string> rate_row(const sx::Block& table, const std::string& label) {
  for (const auto& row : table.rows) {
    if (!row.empty() && row[0].rfind(label + "\n", 0) == 0) return row;
  }
  ADD_FAILURE() << "no row for " << label;
  return std::vector<std::string>(table.rows.empty() ? 0 : table.rows.front().size());
}

}  // namespace

TEST(Draft, TheCoverThenTheTenPartsInOrder) {
  const auto d = draft_of_fixture("discrete-factory.json");
  EXPECT_EQ(d.title, "绍兴市传统产业智能化改造项目认定申报书（草稿）");
  ASSERT_GE(d.blocks.size(), 4u);
  EXPECT_EQ(d.blocks[0].kind, sx::BlockKind::Title);
  EXPECT_EQ(d.blocks[0].text, "绍兴市传统产业智能化改造项目认定申报书\n（草稿）");
  const auto& cover = d.blocks[1];
  ASSERT_EQ(cover.kind, sx::BlockKind::Table);
  EXPECT_FALSE(cover.header);
  EXPECT_EQ(cover.rows, (Rows{{"申报类别", standard().category("factory")->title},
                              {"企业名称", "绍兴市越城区示例智能装备有限公司"},
                              {"所在区、县（市）", "越城区"},
                              {"填报日期", "2020年3月15日"}}));
  EXPECT_NE(d.blocks[2].text.find("自评结果仅供参考，最终以专家组认定为准"), std::string::npos);
  EXPECT_EQ(d.blocks[3].kind, sx::BlockKind::PageBreak);
  EXPECT_EQ(texts_of(d, sx::BlockKind::Heading),
            (std::vector<std::string>{"一、企业基本情况", "二、项目基本情况", "三、认定条件对照", "四、自评分表",
                                      "五、智能制造新模式关键要素自评", "六、改造成效", "七、差距与改进计划",
                                      "八、证明材料清单", "九、真实性承诺书", "十、初审意见"}));
  // The commitment, to be signed and stamped, starts a page; so does 一 after the cover.
  const auto commitment =
      std::find_if(d.blocks.begin(), d.blocks.end(), [](const sx::Block& b) { return b.text == "九、真实性承诺书"; });
  ASSERT_NE(commitment, d.blocks.end());
  EXPECT_EQ((commitment - 1)->kind, sx::BlockKind::PageBreak);
  EXPECT_EQ(std::count_if(d.blocks.begin(), d.blocks.end(), [](const sx::Block& b) { return b.kind == sx::BlockKind::PageBreak; }), 2);
  EXPECT_EQ(d.blocks.back().kind, sx::BlockKind::Box);
  EXPECT_NE(d.blocks.back().text.find("初审意见（第十条）"), std::string::npos);
}

TEST(Draft, TheCategoryIsTheChosenOneElseTheRecommendedElseNone) {
  auto doc = factory_doc();
  doc.erase("category");
  EXPECT_EQ(draft(doc).blocks[1].rows[0][1], "未选择（自评结果建议：" + standard().category("factory")->title + "）");
  doc["category"] = "line";
  EXPECT_EQ(draft(doc).blocks[1].rows[0][1], standard().category("line")->title);

  const auto blank = draft(document("process", sx::Json::object()));
  EXPECT_EQ(blank.blocks[1].rows[0][1], "未选择");
  EXPECT_EQ(blank.blocks[1].rows[1][1], "（未填）");
  const sx::Block* conditions = table_in(blank, "三、");
  ASSERT_NE(conditions, nullptr);
  EXPECT_EQ(conditions->rows.size(), 1u + 8u);  // only the basic conditions
  EXPECT_EQ(conditions->rows[1][3], "?");
}

TEST(Draft, EveryConditionOfTheCategoryWithTheFigureMarkAndArticle) {
  const auto d = draft_of_fixture("discrete-factory.json");
  const sx::Block* t = table_in(d, "三、");
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(t->rows[0], (std::vector<std::string>{"认定条件", "依据", "企业情况", "结论"}));
  EXPECT_EQ(t->rows.size(), 1u + 8u + 10u);  // basic, then the factory's own (第八条)
  // The basic conditions first, then the factory's own, each in the data's order.
  std::vector<std::string> titles;
  for (const char* category : {"basic", "factory"}) {
    for (const auto& c : standard().conditions) {
      if (c.category == category) titles.push_back(c.title);
    }
  }
  ASSERT_EQ(titles.size(), t->rows.size() - 1);
  for (std::size_t i = 1; i < t->rows.size(); ++i) {
    EXPECT_EQ(t->rows[i][0], titles[i - 1]);
    EXPECT_EQ(t->rows[i][3], "✓");
  }
  const auto& rate = condition("factory.smart_equipment_rate");
  EXPECT_EQ(rate.article.rfind("第八条", 0), 0u);
  EXPECT_EQ(*row_starting(*t, rate.title), (std::vector<std::string>{rate.title, rate.article, "75%", "✓"}));
  EXPECT_EQ((*row_starting(*t, condition("basic.not_revoked").title))[1], "第十四条");
  // The fixture answers 否 to "revoked" and to "applied for another category": the rows say what
  // is true, in words, never a bare 是/否 against a condition worded the other way.
  EXPECT_EQ(*row_starting(*t, condition("basic.not_revoked").title),
            (std::vector<std::string>{condition("basic.not_revoked").title, "第十四条", "未被撤销", "✓"}));
  EXPECT_EQ(*row_starting(*t, condition("basic.one_category").title),
            (std::vector<std::string>{condition("basic.one_category").title, "第十三条", "仅申报本类别", "✓"}));
  EXPECT_EQ((*row_starting(*t, condition("basic.registered").title))[2], "已在绍兴市注册；具有独立法人资格");
  EXPECT_EQ((*row_starting(*t, condition("basic.scale").title))[2], "规模以上企业");
  for (std::size_t i = 1; i < t->rows.size(); ++i) {
    for (const char* bare : {"是", "否"}) EXPECT_NE(t->rows[i][2], bare) << t->rows[i][0];
  }

  const auto line = draft(document("discrete", {{"category", "line"}, {"metrics", {{"cnc_rate", 50}}},
                                                {"facts", {{"digital_interfaces", true}}}}));
  const sx::Block* f = table_in(line, "三、");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->rows.size(), 1u + 8u + 4u);
  const auto& cnc = condition("line.cnc_rate");
  EXPECT_EQ(*row_starting(*f, cnc.title), (std::vector<std::string>{cnc.title, "第六条", "50%", "✗"}));
  EXPECT_EQ((*row_starting(*f, condition("line.digital_interfaces").title))[3], "✓");
  EXPECT_EQ((*row_starting(*f, condition("basic.in_production").title))[3], "?");
  EXPECT_EQ((*row_starting(*f, condition("basic.in_production").title))[2], "未填");
  EXPECT_EQ((*row_starting(*f, condition("line.digital_interfaces").title))[2],
            standard().fact("digital_interfaces")->when_true);

  // Answered the other way, the negative conditions say so in words too.
  const auto failing = draft(document("discrete", {{"category", "line"},
                                                   {"facts", {{"revoked_within_3_years", true},
                                                              {"applied_other_category_this_year", true},
                                                              {"above_designated_size", false}}}}));
  const sx::Block* n = table_in(failing, "三、");
  ASSERT_NE(n, nullptr);
  EXPECT_EQ((*row_starting(*n, condition("basic.not_revoked").title))[2], "曾被撤销");
  EXPECT_EQ((*row_starting(*n, condition("basic.not_revoked").title))[3], "✗");
  EXPECT_EQ((*row_starting(*n, condition("basic.one_category").title))[2], "已申报其他类别");
  EXPECT_EQ((*row_starting(*n, condition("basic.scale").title))[2], "非规模以上企业");
}

TEST(Draft, TheWholeScoreSheetEqualsTheEvaluation) {
  const auto doc = factory_doc();
  const auto a = sx_export::assessment(doc);
  const auto e = sx::evaluate(a);
  const auto d = draft(doc);
  const sx::Block* t = table_in(d, "四、");
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(t->rows[0], (std::vector<std::string>{"序号", "评价内容", "自评情况", "得分", "满分", "备注"}));
  EXPECT_EQ(t->rows.size(), 1u + e.sections.size() + e.items.size() + 1u);
  for (const auto& item : e.items) {
    const auto* row = row_starting(*t, item.id);
    ASSERT_NE(row, nullptr) << item.id;
    EXPECT_EQ((*row)[3], std::to_string(item.points)) << item.id;
    EXPECT_EQ((*row)[4], std::to_string(item.max)) << item.id;
    EXPECT_EQ((*row)[2], item.answered ? item.answer_zh : "—") << item.id;
    // Spec inconsistency 6: the estimate is marked, and only there.
    EXPECT_EQ((*row)[5].find("专家组酌情认定") != std::string::npos, item.provisional) << item.id;
    // An item whose published text says otherwise than its reading says so beside it.
    const sx::Item* def = standard().table("discrete")->item(item.id);
    ASSERT_NE(def, nullptr);
    if (!def->remark.empty()) EXPECT_EQ((*row)[5].rfind(def->remark, 0), 0u) << item.id;
  }
  std::vector<std::size_t> strong;
  for (const auto& section : e.sections) {
    const auto at = std::find_if(t->rows.begin(), t->rows.end(), [&](const auto& r) { return r[0] == section.id; });
    ASSERT_NE(at, t->rows.end());
    EXPECT_EQ((*at)[3], std::to_string(section.points));
    EXPECT_EQ((*at)[4], std::to_string(section.max));
    strong.push_back(static_cast<std::size_t>(at - t->rows.begin()));
  }
  EXPECT_EQ(t->rows.back(), (std::vector<std::string>{"", "合计", "", "95", "100", ""}));
  strong.push_back(t->rows.size() - 1);
  EXPECT_EQ(t->strong_rows, strong);
  EXPECT_EQ((*row_starting(*t, "3.2"))[5], "暂估，专家组酌情认定");
  EXPECT_EQ((*row_starting(*t, "3.2"))[3], "7");
  // 4.3's published text says “2分” beside its 满分 4 (spec inconsistencies 1 and 2).
  EXPECT_EQ((*row_starting(*t, "4.3"))[4], "4");
  EXPECT_EQ((*row_starting(*t, "4.3"))[5], "原表此项编为 4.2，标题写 2 分、选项写 4 分，按 4 分计");
  EXPECT_EQ((*row_starting(*t, "5.1"))[5], "原表写“单项选择”，办公、生产两项可兼得");
}

TEST(Draft, UnansweredItemsAndTheProcessTable) {
  const auto d = draft(document("process", {{"answers", {{"1.1", true}}}}));
  const sx::Block* t = table_in(d, "四、");
  ASSERT_NE(t, nullptr);
  const sx::Table& process = *standard().table("process");
  std::size_t items = 0;
  for (const auto& section : process.sections) items += section.items.size();
  EXPECT_EQ(t->rows.size(), 1u + process.sections.size() + items + 1u);
  const auto& item = *process.item("2.1");
  EXPECT_EQ(*row_starting(*t, "2.1"), (std::vector<std::string>{"2.1", item.text, "—", "0", std::to_string(item.max), "未填报"}));
  EXPECT_EQ(t->rows.back()[3], "10");
  EXPECT_EQ(t->rows.back()[5], "尚有未填报项");
}

// Tables only for the modes the enterprise rated, worded as the app words them; the modes it
// never rated named in one line (not four pages of 未评).
TEST(Draft, OnlyTheRatedModesHaveTablesTheRestOneLine) {
  const auto d = draft_of_fixture("discrete-factory.json");  // rates 离散型 fully, 远程运维 two elements
  const auto blocks = part(d, "五、");
  std::vector<std::string> subheadings;
  std::vector<std::string> paragraphs;
  std::vector<const sx::Block*> tables;
  for (const auto* b : blocks) {
    if (b->kind == sx::BlockKind::Subheading) subheadings.push_back(b->text);
    if (b->kind == sx::BlockKind::Paragraph) paragraphs.push_back(b->text);
    if (b->kind == sx::BlockKind::Table) tables.push_back(b);
  }
  const auto& modes = standard().modes;
  ASSERT_EQ(modes.size(), 5u);
  EXPECT_EQ(modes[0].key, "discrete");
  EXPECT_EQ(modes[4].key, "remote");
  EXPECT_EQ(subheadings, (std::vector<std::string>{modes[0].title + "：基本具备"}));
  ASSERT_EQ(tables.size(), 1u);
  ASSERT_EQ(tables[0]->rows.size(), 1 + modes[0].elements.size());
  for (std::size_t i = 0; i < modes[0].elements.size(); ++i) EXPECT_EQ(tables[0]->rows[i + 1][1], modes[0].elements[i]);
  EXPECT_EQ(tables[0]->rows[1][2], standard().rating("met")->label);  // the standard's rating labels
  EXPECT_EQ(tables[0]->rows[5][2], standard().rating("partial")->label);
  // With 离散型 基本具备 the condition holds: 远程运维, two of its elements rated, is named in a line,
  // not tabled with three 未评 rows (a newcomer read those as unfinished work handed in).
  ASSERT_GE(paragraphs.size(), 2u);
  EXPECT_EQ(paragraphs[paragraphs.size() - 2], "以下模式未自评：" + modes[1].title + "、" + modes[2].title + "、" + modes[3].title + "。");
  EXPECT_EQ(paragraphs.back(), "以下模式未评完，不作为本次申报的依据：" + modes[4].title + "（已评 2 项，共 " +
                                   std::to_string(modes[4].elements.size()) + " 项）。");
  for (const auto& p : paragraphs) EXPECT_EQ(p.find("尚不具备"), std::string::npos) << p;

  // No mode 基本具备: a rated mode has its table, an unrated element listed as 未评.
  auto remote_only = factory_doc();
  remote_only["modes"].erase("discrete");
  const auto remote_draft = draft(remote_only);
  const sx::Block* remote = table_in(remote_draft, "五、");
  ASSERT_NE(remote, nullptr);
  ASSERT_EQ(remote->rows.size(), 1 + modes[4].elements.size());
  EXPECT_EQ(remote->rows[2][2], standard().rating("unmet")->label);
  EXPECT_EQ(remote->rows[3][2], "未评");

  // A mode with an element rated is a rated mode; its verdict is the app's 尚未评完 while no
  // element is unmet. With no mode rated, one line says so.
  auto partly = factory_doc();
  partly["modes"] = {{"customization", {{"1", "met"}}}};
  const auto partly_draft = draft(partly);
  std::vector<std::string> partly_heads;
  for (const auto* b : part(partly_draft, "五、")) {
    if (b->kind == sx::BlockKind::Subheading) partly_heads.push_back(b->text);
  }
  EXPECT_EQ(partly_heads, (std::vector<std::string>{modes[3].title + "：尚未评完"}));
  auto none = factory_doc();
  none.erase("modes");
  const auto none_draft = draft(none);
  EXPECT_EQ(table_in(none_draft, "五、"), nullptr);
  const auto none_blocks = part(none_draft, "五、");
  ASSERT_FALSE(none_blocks.empty());
  EXPECT_EQ(none_blocks.back()->text, "尚未对任何模式自评；申报智能工厂须至少一种模式基本具备关键要素。");

  auto workshop = factory_doc();
  workshop["category"] = "workshop";
  const auto workshop_draft = draft(workshop);
  EXPECT_EQ(table_in(workshop_draft, "五、"), nullptr);
}

// 五 for an enterprise that needs no mode is said of the enterprise, with the category it declared:
// "本项仅申报智能工厂时填写" read as a form instruction it had forgotten to follow.
TEST(Draft, AnotherCategorysModesAreSaidOfTheEnterprise) {
  const sx::Condition& asks = condition("factory.new_mode");
  const std::string factory = standard().category("factory")->title;
  for (const char* declared : {"line", "workshop"}) {
    auto doc = factory_doc();
    doc["category"] = declared;
    const auto d = draft(doc);
    const auto blocks = part(d, "五、");
    ASSERT_EQ(blocks.size(), 1u) << declared;
    EXPECT_EQ(blocks[0]->text, "本企业申报" + standard().category(declared)->title + "，无须填写本项：" + asks.article +
                                   "“" + asks.title + "”仅是申报" + factory + "的条件。");
    EXPECT_EQ(blocks[0]->text.find("本项仅申报"), std::string::npos);
  }
  // Nothing declared, and the suggestion is not a factory: the part applies only if it declares one.
  auto undeclared = factory_doc();
  undeclared.erase("category");
  undeclared.erase("modes");
  const auto undeclared_draft = draft(undeclared);
  const auto blocks = part(undeclared_draft, "五、");
  ASSERT_EQ(blocks.size(), 1u);
  EXPECT_EQ(blocks[0]->text, "本企业尚未选择申报类别；申报" + factory + "才须填写本项（" + asks.article + "“" + asks.title + "”）。");
  // The same with a mode rated (not enough for a factory): the sentence, then the rating, the
  // enterprise's work.
  auto rated = factory_doc();
  rated.erase("category");
  rated["modes"] = sx::Json::parse(R"({"remote": {"1": "unmet"}})");
  const auto rated_draft = draft(rated);
  const auto rated_blocks = part(rated_draft, "五、");
  ASSERT_GT(rated_blocks.size(), 1u);
  EXPECT_EQ(rated_blocks[0]->text, blocks[0]->text);
  EXPECT_NE(table_in(rated_draft, "五、"), nullptr) << "the rated modes' table";
}

TEST(Draft, ResultsShowTheFiguresAndTheDerivedRates) {
  const auto d = draft_of_fixture("discrete-factory.json");
  const sx::Block* change = table_in(d, "六、", 0);
  const sx::Block* ratios = table_in(d, "六、", 1);
  const sx::Block* others = table_in(d, "六、", 2);
  ASSERT_TRUE(change && ratios && others);
  const auto label = [](const char* metric) { return standard().metric(metric)->label; };
  EXPECT_EQ(*row_starting(*change, label("efficiency_gain")),
            (std::vector<std::string>{label("efficiency_gain"), figure("efficiency_before", "120"),
                                      figure("efficiency_after", "150"), "25%"}));
  EXPECT_EQ(*row_starting(*change, label("defect_reduction")),
            (std::vector<std::string>{label("defect_reduction"), figure("defect_rate_before", "4"),
                                      figure("defect_rate_after", "3.62"), "9.5%"}));
  EXPECT_EQ(change->rows.size(), 1u + 3u);
  // Every claimed rate is the computed one: one column says it (the newcomer read two as different).
  EXPECT_EQ(change->rows.front(), (std::vector<std::string>{"指标", "改造前", "改造后", "计算值"}));
  EXPECT_EQ(ratios->rows.front().back(), "计算值");
  EXPECT_EQ(change->widths.size(), 4u);
  EXPECT_NE(part(d, "六、").at(0)->text.find("表中计算值即自评采用的数值"), std::string::npos);
  // What a ratio counted is said once, in its 指标 cell ("其中" dropped inside the formula); the
  // number cells hold the number and unit only (a newcomer read "其中数控装备数 36 台/套" in each).
  const auto counted = [](const char* key) { return standard().figure(key)->label; };
  ASSERT_EQ(counted("cnc_key_equipment").rfind("其中", 0), 0u);
  EXPECT_EQ(rate_row(*ratios, label("cnc_rate")),
            (std::vector<std::string>{label("cnc_rate") + "\n（" + counted("cnc_key_equipment").substr(std::string("其中").size()) +
                                          " ÷ " + counted("key_equipment") + "）",
                                      figure("cnc_key_equipment", "36"), figure("key_equipment", "50"), "72%"}));
  EXPECT_EQ(rate_row(*ratios, label("rd_ratio"))[3], "2.4%");
  EXPECT_EQ(ratios->rows.size(), 1u + 5u);  // no control loops in a discrete factory
  for (std::size_t r = 1; r < ratios->rows.size(); ++r) {
    for (std::size_t c = 1; c < ratios->rows[r].size(); ++c) {
      for (const auto& f : standard().figures) EXPECT_EQ(ratios->rows[r][c].find(f.label), std::string::npos) << f.label;
    }
  }
  const std::string per_mu = standard().figure("output_per_mu")->label;
  EXPECT_EQ(*row_starting(*others, per_mu), (std::vector<std::string>{per_mu, figure("output_per_mu", "180")}));

  auto claimed_otherwise = factory_doc();
  claimed_otherwise["metrics"]["cnc_rate"] = 70;
  const auto flagged = draft(claimed_otherwise);
  const sx::Block* r = table_in(flagged, "六、", 1);
  EXPECT_EQ(rate_row(*r, label("cnc_rate"))[4], "70%（与计算值不一致）");
  // Both tables keep the claimed column while any claim differs, and the note no longer says they agree.
  EXPECT_EQ(table_in(flagged, "六、", 0)->rows.front().back(), "自评填报值");
  EXPECT_EQ(r->rows.front().back(), "自评填报值");
  EXPECT_EQ(part(flagged, "六、").at(0)->text.find("即自评采用的数值"), std::string::npos);

  // 98 of 126 is 77.777…%; the app fills 77.77 (two decimals, never rounded up), as printed: agreed.
  auto thirds = factory_doc();
  thirds["figures"]["cnc_key_equipment"] = 98;
  thirds["figures"]["key_equipment"] = 126;
  thirds["metrics"]["cnc_rate"] = 77.77;
  const auto agreed = draft(thirds);
  const auto agreed_row = rate_row(*table_in(agreed, "六、", 1), label("cnc_rate"));
  EXPECT_EQ(std::vector<std::string>(agreed_row.begin() + 1, agreed_row.end()),
            (std::vector<std::string>{figure("cnc_key_equipment", "98"), figure("key_equipment", "126"), "77.77%"}));

  const auto empty = draft(document("discrete", sx::Json::object()));
  EXPECT_EQ(table_in(empty, "六、"), nullptr);
  EXPECT_EQ(part(empty, "六、").at(0)->text, "尚未填报改造成效数据。");
}

TEST(Draft, GapsEvidenceCommitmentAndReview) {
  const auto doc = factory_doc();
  const auto e = sx::evaluate(sx_export::assessment(doc));
  const auto d = draft(doc);
  const sx::Block* gaps = table_in(d, "七、");
  ASSERT_NE(gaps, nullptr);
  EXPECT_EQ(gaps->rows.size(), 1u + e.item_gaps.size());  // an eligible factory has no condition gap
  EXPECT_EQ(gaps->rows[1][1], e.item_gaps.at(0).zh);

  const auto evidence = part(d, "八、");
  ASSERT_EQ(evidence.size(), 1u);
  ASSERT_EQ(evidence[0]->kind, sx::BlockKind::Checklist);
  const auto& lines = evidence[0]->rows;
  auto has = [&](const std::string& line) {
    return std::any_of(lines.begin(), lines.end(), [&](const auto& r) { return r.at(0) == line; });
  };
  const auto& rate = condition("factory.smart_equipment_rate");
  EXPECT_TRUE(has(rate.title + "：" + rate.evidence));
  const auto& erp = *standard().table("discrete")->item("4.1");
  EXPECT_TRUE(has("4.1 " + erp.title + "：" + erp.evidence));
  // Every claimed item calls for its evidence; an item that scores nothing calls for none.
  std::size_t scoring = 0;
  for (const auto& item : e.items) scoring += item.points > 0;
  std::size_t item_lines = 0;
  for (const auto& r : lines) item_lines += r.at(0).size() > 2 && r.at(0)[0] >= '1' && r.at(0)[0] <= '9' && r.at(0)[1] == '.';
  EXPECT_EQ(item_lines, scoring);

  const auto commitment = part(d, "九、");
  ASSERT_EQ(commitment.size(), 2u);
  EXPECT_EQ(commitment[0]->text.rfind("绍兴市越城区示例智能装备有限公司郑重承诺", 0), 0u);
  EXPECT_NE(commitment[0]->text.find("第十四条"), std::string::npos);
  EXPECT_NE(commitment[0]->text.find("撤销称号"), std::string::npos);
  EXPECT_EQ(commitment[1]->kind, sx::BlockKind::Signature);
  EXPECT_EQ(commitment[1]->rows.size(), 3u);
  const auto review = part(d, "十、");
  ASSERT_EQ(review.size(), 1u);
  EXPECT_EQ(review[0]->kind, sx::BlockKind::Box);
}

TEST(Draft, UserTextStaysRawInTheModel) {
  const auto d = draft_of_fixture("hostile.json");
  const std::string name = "<script>alert(1)</script> & \"引号\" '单引号' 😀 𠀀\n第二行";
  EXPECT_EQ(d.enterprise, name);
  EXPECT_EQ(d.blocks[1].rows[1][1], name);
  EXPECT_EQ((*row_starting(*table_in(d, "二、"), "项目名称"))[1], "<b>不是标签</b>");
}

TEST(Draft, ADocumentEditedPastValidationStillGivesADraft) {
  const auto doc = factory_doc();
  const auto evaluation = sx::evaluate(sx_export::assessment(doc));
  auto edited = sx_export::assessment(doc);
  edited.set_fact("results", sx::Json(5));
  edited.set_enterprise_text("district", "nowhere");
  const sx::Standard& s = *sx::find_standard("shaoxing-2019");
  sx::DraftApplication d;
  EXPECT_NO_THROW(d = sx::build_draft(s, edited, evaluation, "not a date"));
  EXPECT_EQ(d.blocks[1].rows[2][1], "nowhere");
  EXPECT_EQ(d.blocks[1].rows[3][1], "not a date");
}

// A rate typed over its own figures (25 of 40 give 62.5 %, 66 typed): the draft flags it where the
// rate decides something — the condition's row and the table's item — not only beside the figures
// in 六 (the newcomer's walk: “66% ✓” in 三, “66%（与计算值不一致）” in 六, nothing in between).
// 是 to 在绍兴市境内注册 of a code registered in 福州 (350100): the condition's row says to check it,
// in the core's words; a code of 柯桥区 leaves it as it is.
TEST(Draft, ARegistrationTheCreditCodeContradictsIsFlagged) {
  auto doc = factory_doc();
  doc["facts"]["registered_in_shaoxing"] = true;
  doc["enterprise"]["credit_code"] = "91350100M000100Y43";
  const auto flagged = draft(doc);
  const auto* row = row_starting(*table_in(flagged, "三、"), condition("basic.registered").title);
  ASSERT_NE(row, nullptr);
  EXPECT_NE((*row)[2].find("须核对"), std::string::npos) << (*row)[2];
  EXPECT_NE((*row)[2].find("350100"), std::string::npos) << (*row)[2];
  EXPECT_EQ((*row)[3], "须核对");  // the conclusion is not ✓: met by the answers, to check
  doc["enterprise"]["credit_code"] = "91330603MA2BK7L37A";
  const auto agreed = draft(doc);
  const auto* agreed_row = row_starting(*table_in(agreed, "三、"), condition("basic.registered").title);
  EXPECT_EQ((*agreed_row)[2].find("须核对"), std::string::npos);
  EXPECT_EQ((*agreed_row)[3], "✓");
}

// A credit code whose check character is wrong: the app flags it beside the field, and the
// draft's 一 says so beside the code (a newcomer found it printed plainly); a right one is plain.
TEST(Draft, ACreditCodeTheAppFlagsIsFlaggedInTheDraft) {
  auto doc = factory_doc();
  doc["enterprise"]["credit_code"] = "91330621MA2BC1234X";
  const auto flagged = draft(doc);
  const auto* row = row_starting(*table_in(flagged, "一、"), "统一社会信用代码");
  ASSERT_NE(row, nullptr);
  EXPECT_EQ((*row)[1], "91330621MA2BC1234X（须核对：统一社会信用代码校验位不正确）");
  doc["enterprise"]["credit_code"] = "91330603MA2BK7L37A";
  const auto plain = draft(doc);
  EXPECT_EQ((*row_starting(*table_in(plain, "一、"), "统一社会信用代码"))[1], "91330603MA2BK7L37A");
}

TEST(Draft, ARateItsFiguresContradictIsFlaggedWhereItDecides) {
  auto doc = factory_doc();
  doc["category"] = "workshop";
  doc["figures"]["key_equipment"] = 40;
  doc["figures"]["cnc_key_equipment"] = 25;
  doc["metrics"]["cnc_rate"] = 66;
  const auto d = draft(doc);
  const sx::Block* conditions = table_in(d, "三、");
  ASSERT_NE(conditions, nullptr);
  const auto* row = row_starting(*conditions, condition("workshop.cnc_rate").title);
  ASSERT_NE(row, nullptr);
  EXPECT_NE((*row)[2].find("须核对"), std::string::npos) << (*row)[2];
  EXPECT_EQ((*row)[3], "须核对");
  const sx::Block* sheet = table_in(d, "四、");
  ASSERT_NE(sheet, nullptr);
  const auto* item = row_starting(*sheet, "3.1");
  ASSERT_NE(item, nullptr);
  EXPECT_NE(item->back().find("须核对"), std::string::npos) << item->back();
  // As the figures give it, nothing to flag.
  doc["metrics"]["cnc_rate"] = 62.5;
  const auto agreed = draft(doc);
  EXPECT_EQ((*row_starting(*table_in(agreed, "三、"), condition("workshop.cnc_rate").title))[2].find("须核对"),
            std::string::npos);
}
