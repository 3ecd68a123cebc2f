// The gap analysis: what each failed or unknown condition needs, in the user's own terms, and the
// next band or option of every item below its maximum, ranked by the points it would add.
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

sx::Evaluation evaluate_fixture(const char* file) {
  return sx::evaluate(*sx::parse_assessment(sx_test::fixture_text(file)).assessment);
}

}  // namespace

// ---- Conditions

TEST(Gaps, FailedMetricConditionSaysTheFigureAndTheTarget) {
  struct Case {
    const char* patch;
    const char* id;
    std::vector<std::string> parts;  // each must appear in the Chinese text
    std::vector<std::string> absent;
  };
  const Case cases[] = {
      {R"({"metrics":{"cnc_rate":58}})", "workshop.cnc_rate", {"58% → 需 ≥ 65%"}, {"还需"}},
      {R"({"metrics":{"cnc_rate":58}})", "line.cnc_rate", {"58% → 需 ≥ 60%"}, {}},
      {R"({"metrics":{"cnc_rate":58},"figures":{"key_equipment":50,"cnc_key_equipment":29}})", "workshop.cnc_rate",
       {"58% → 需 ≥ 65%", "29/50", "总数不变时还需 4 台/套"}, {}},
      {R"({"metrics":{"cnc_rate":58},"figures":{"key_equipment":50,"cnc_key_equipment":29}})", "line.cnc_rate",
       {"还需 1 台/套"}, {}},
      {R"({"metrics":{"network_rate":42},"figures":{"equipment":200,"networked_equipment":84}})", "workshop.network_rate",
       {"42% → 需 ≥ 50%", "84/200", "还需 16 台/套"}, {}},
      {R"({"metrics":{"smart_equipment_rate":62.5},"figures":{"main_equipment":80,"smart_equipment":50}})",
       "factory.smart_equipment_rate", {"62.5% → 需 ≥ 70%", "还需 6 台/套"}, {}},
      {R"({"metrics":{"rd_tools_rate":66.67},"figures":{"rd_tools_needed":3,"rd_tools_used":2}})", "factory.rd_tools_rate",
       {"66.67% → 需 ≥ 70%", "还需 1 个"}, {}},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(std::string(c.id) + " with " + c.patch);
    const auto e = sx_test::evaluate(sx_test::document("discrete", sx::Json::parse(c.patch)));
    const sx::Gap* gap = find_gap(e.condition_gaps, c.id);
    ASSERT_NE(gap, nullptr);
    EXPECT_EQ(gap->kind, sx::GapKind::Condition);
    EXPECT_EQ(gap->category, std::string(c.id).substr(0, std::string(c.id).find('.')));
    const sx::Condition& condition = sx_test::condition(c.id);
    const sx::MetricDef& metric = *sx_test::standard().metric(condition.metric);
    EXPECT_EQ(gap->zh.rfind("不满足：" + condition.title + "（" + condition.article + "）。" + metric.label + " ", 0), 0u)
        << gap->zh;
    for (const auto& part : c.parts) EXPECT_TRUE(contains(gap->zh, part)) << part << " in " << gap->zh;
    for (const auto& part : c.absent) EXPECT_FALSE(contains(gap->zh, part)) << part << " in " << gap->zh;
    EXPECT_FALSE(gap->en.empty());
  }
  const auto e = sx_test::evaluate(sx_test::document(
      "discrete", {{"metrics", {{"cnc_rate", 58}}}, {"figures", {{"key_equipment", 50}, {"cnc_key_equipment", 29}}}}));
  EXPECT_EQ(find_gap(e.condition_gaps, "workshop.cnc_rate")->en,
            "not met: " + sx_test::condition("workshop.cnc_rate").title_en + ": 58% → needs ≥ 65% (29/50, 4 more of the same total)");
}

TEST(Gaps, AtTheFiguresUpperBoundTheUnitsNeededAreStillSaid) {
  // The bound is 1,000,000 units (document.json); 1e10 is refused (test_document) and must never
  // reach the count, whose float → int conversion overflowed and made the note vanish (issue 9).
  const double bound = sx_test::standard().figure("key_equipment")->max;
  ASSERT_EQ(bound, 1e6);
  const auto e = sx_test::evaluate(sx_test::document(
      "discrete", {{"metrics", {{"cnc_rate", 0}}}, {"figures", {{"key_equipment", bound}, {"cnc_key_equipment", 0}}}}));
  struct Row {
    const char* id;
    const char* note;
  };
  for (const Row& row : {Row{"line.cnc_rate", "（其中数控装备数 0/1000000，总数不变时还需 600000 台/套）"},
                         Row{"workshop.cnc_rate", "（其中数控装备数 0/1000000，总数不变时还需 650000 台/套）"}}) {
    const sx::Gap* gap = find_gap(e.condition_gaps, row.id);
    ASSERT_NE(gap, nullptr) << row.id;
    EXPECT_TRUE(contains(gap->zh, row.note)) << gap->zh;
  }
  const sx::Gap* item = find_gap(e.item_gaps, "3.1");
  ASSERT_NE(item, nullptr);
  EXPECT_TRUE(contains(item->zh, "还需 400000 台/套")) << item->zh;  // 0% → ≥ 40% 得 6 分
}

TEST(Gaps, UnknownConditionsAskForTheFigureOrTheFact) {
  const auto e = sx_test::evaluate(sx_test::header());
  const sx::Gap* metric = find_gap(e.condition_gaps, "factory.smart_equipment_rate");
  ASSERT_NE(metric, nullptr);
  const sx::Condition& smart = sx_test::condition("factory.smart_equipment_rate");
  EXPECT_EQ(metric->zh, "待确认：" + smart.title + "（第八条（三））。请填写" +
                            sx_test::standard().metric("smart_equipment_rate")->label + "（需 ≥ 70%）");
  EXPECT_EQ(metric->en, "to confirm: " + smart.title_en + ": enter the figure (needs ≥ 70%)");
  const std::string cnc = sx_test::standard().metric("cnc_rate")->label;
  EXPECT_TRUE(contains(find_gap(e.condition_gaps, "line.cnc_rate")->zh, "。请填写" + cnc + "（需 ≥ 60%）"));
  EXPECT_TRUE(contains(find_gap(e.condition_gaps, "workshop.cnc_rate")->zh, "。请填写" + cnc + "（需 ≥ 65%）"));
  EXPECT_EQ(find_gap(e.condition_gaps, "basic.in_production")->zh,
            "待确认：" + sx_test::condition("basic.in_production").title + "（第五条（二））");
  EXPECT_TRUE(contains(find_gap(e.condition_gaps, "factory.new_mode")->zh, "请对至少一种新模式的关键要素进行自评"));
  // Every condition is unknown: each listed once, basic ones once although every category has them.
  EXPECT_EQ(e.condition_gaps.size(), 28u);
  int registered = 0;
  for (const auto& g : e.condition_gaps) registered += g.id == "basic.registered";
  EXPECT_EQ(registered, 1);
  EXPECT_EQ(find_gap(e.condition_gaps, "basic.registered")->category, "basic");
  EXPECT_EQ(e.condition_gaps.front().id, "basic.registered");
  EXPECT_EQ(e.condition_gaps.back().id, "factory.decision");
}

TEST(Gaps, FailedFactConditionSaysNotMet) {
  const auto e = sx_test::evaluate(sx_test::document(
      "discrete", {{"facts", {{"project_in_production", false}, {"revoked_within_3_years", true}}}}));
  EXPECT_EQ(find_gap(e.condition_gaps, "basic.in_production")->zh,
            "不满足：" + sx_test::condition("basic.in_production").title + "（第五条（二））");
  EXPECT_EQ(find_gap(e.condition_gaps, "basic.not_revoked")->zh,
            "不满足：" + sx_test::condition("basic.not_revoked").title + "（第十四条）");
  EXPECT_EQ(find_gap(e.condition_gaps, "basic.not_revoked")->en,
            "not met: " + sx_test::condition("basic.not_revoked").title_en);
}

TEST(Gaps, ConditionsThatHoldAreNotGaps) {
  const auto e = evaluate_fixture("discrete-full.json");
  for (const auto& g : e.condition_gaps) EXPECT_EQ(g.category, "factory") << g.id;  // line and workshop hold
  EXPECT_EQ(find_gap(e.condition_gaps, "basic.registered"), nullptr);
  EXPECT_EQ(e.condition_gaps.size(), 9u);
}

TEST(Gaps, NoModeMetNamesTheClosest) {
  const auto e = sx_test::evaluate(sx_test::document(
      "discrete", {{"modes", {{"customization", {{"1", "met"}, {"2", "partial"}, {"3", "partial"}, {"4", "partial"}}},
                              {"remote", {{"1", "unmet"}}}}}}));
  const sx::Gap* gap = find_gap(e.condition_gaps, "factory.new_mode");
  ASSERT_NE(gap, nullptr);
  EXPECT_TRUE(contains(gap->zh, "不满足")) << gap->zh;
  EXPECT_TRUE(contains(gap->zh, "最接近的是" + sx_test::standard().mode("customization")->title +
                                    "：已具备 1/4 项，需至少 2 项具备"))
      << gap->zh;
}

TEST(Gaps, TheClosestModeIsOneTheEnterpriseStartedToRate) {
  // 离散型智能制造 (7 elements) begun with one partial; 大规模个性化定制 (4) never looked at: the
  // advice names the one begun, not the smaller one untouched (the newcomer's walk).
  const auto e = sx_test::evaluate(sx_test::document("discrete", {{"modes", {{"discrete", {{"1", "partial"}}}}}}));
  const sx::Gap* gap = find_gap(e.condition_gaps, "factory.new_mode");
  ASSERT_NE(gap, nullptr);
  EXPECT_TRUE(contains(gap->zh, "最接近的是" + sx_test::standard().mode("discrete")->title + "：已具备 0/7 项"))
      << gap->zh;
  EXPECT_FALSE(contains(gap->zh, sx_test::standard().mode("customization")->title)) << gap->zh;
}

// ---- Items

TEST(Gaps, ItemsRankedByGainWithTheNextBandOrOption) {
  const auto e = sx_test::evaluate(sx_test::document(
      "discrete", {{"metrics", {{"cnc_rate", 55}, {"rd_ratio", 1.5}, {"efficiency_gain", 5}}},
                   {"answers", {{"2.1", {"cad"}}, {"4.1", true}, {"4.2", false}, {"6.1", "average"}}}}));
  const auto& gaps = e.item_gaps;
  ASSERT_FALSE(gaps.empty());
  for (std::size_t i = 1; i < gaps.size(); ++i) EXPECT_GE(gaps[i - 1].gain, gaps[i].gain) << gaps[i].id;
  for (const auto& g : gaps) EXPECT_EQ(g.kind, sx::GapKind::Item);

  struct Expect {
    const char* id;
    int gain;
    std::string zh;  // a part of the Chinese text
  };
  const std::string leading = sx_test::option_label("discrete", "6.1", "leading");
  const Expect expected[] = {
      {"3.1", 2, "3.1 " + sx_test::item("discrete", "3.1").title + "：55% → ≥ 60% 得 10 分"},  // 8 → 10
      {"6.3", 1, "1.5% → ≥ 2% 得 4 分"},                           // 3 → 4
      {"6.4", 3, "5% → ≥ 8% 得 3 分"},                             // no band yet → 3
      {"6.1", 2, "：达到“" + leading + "”可加 2 分"},                // 3 → 5
      {"4.2", 8, "具备后可加 8 分"},
      {"1.1", 10, "未作答，最高 10 分"},
      {"3.3", 10, "未作答，最高 10 分"},
      {"4.3", 4, "须先具备 4.2，之后可加 4 分"},                     // inconsistency 8
  };
  for (const auto& x : expected) {
    SCOPED_TRACE(x.id);
    const sx::Gap* gap = find_gap(gaps, x.id);
    ASSERT_NE(gap, nullptr);
    EXPECT_EQ(gap->gain, x.gain);
    EXPECT_TRUE(contains(gap->zh, x.zh)) << gap->zh;
  }
  // 2.1 lacks cam and cae: one gap each, with its points.
  std::vector<std::string> design;
  for (const auto& g : gaps) {
    if (g.id == "2.1") design.push_back(g.zh + " (" + std::to_string(g.gain) + ")");
  }
  const std::string design_title = "2.1 " + sx_test::item("discrete", "2.1").title + "：";
  EXPECT_EQ(design, (std::vector<std::string>{
                        design_title + sx_test::option_label("discrete", "2.1", "cam") + "，可加 2 分 (2)",
                        design_title + sx_test::option_label("discrete", "2.1", "cae") + "，可加 2 分 (2)"}));
  EXPECT_EQ(gaps.front().gain, 10);
}

TEST(Gaps, IntegrationNeedsErpAndMesFirst) {
  struct Case {
    sx::Json answers;
    const char* zh;  // after "4.3 <title>："
  };
  const Case cases[] = {
      {sx::Json::object(), "须先具备 4.1、4.2，之后可加 4 分"},
      {{{"4.1", true}}, "须先具备 4.2，之后可加 4 分"},
      {{{"4.2", true}, {"4.1", false}}, "须先具备 4.1，之后可加 4 分"},
      {{{"4.1", true}, {"4.2", true}}, "未作答，最高 4 分"},
      {{{"4.1", true}, {"4.2", true}, {"4.3", false}}, "具备后可加 4 分"},
  };
  const std::string title = "4.3 " + sx_test::item("discrete", "4.3").title + "：";
  for (const auto& c : cases) {
    SCOPED_TRACE(c.answers.dump());
    const auto e = sx_test::evaluate(sx_test::document("discrete", {{"answers", c.answers}}));
    const sx::Gap* gap = find_gap(e.item_gaps, "4.3");
    ASSERT_NE(gap, nullptr);
    EXPECT_EQ(gap->zh, title + c.zh);
    EXPECT_EQ(gap->gain, 4);
  }
  const auto claimed = sx_test::evaluate(sx_test::document("discrete", {{"answers", {{"4.1", true}, {"4.2", true}, {"4.3", true}}}}));
  EXPECT_EQ(find_gap(claimed.item_gaps, "4.3"), nullptr);
}

TEST(Gaps, CountScoredItemNeedsOneMoreFunction) {
  struct Case {
    const char* answer;
    int gain;  // 0: no gap
  };
  const Case cases[] = {{"[]", 3}, {R"(["progress"])", 4}, {R"(["progress","quality"])", 3},
                        {R"(["progress","quality","energy"])", 0}};
  for (const auto& c : cases) {
    SCOPED_TRACE(c.answer);
    const auto e = sx_test::evaluate(sx_test::document("discrete", {{"answers", {{"3.2", sx::Json::parse(c.answer)}}}}));
    const sx::Gap* gap = find_gap(e.item_gaps, "3.2");
    if (c.gain == 0) {
      EXPECT_EQ(gap, nullptr);
      continue;
    }
    ASSERT_NE(gap, nullptr);
    EXPECT_EQ(gap->gain, c.gain);
    EXPECT_TRUE(contains(gap->zh, "再具备 1 项可加 " + std::to_string(c.gain) + " 分")) << gap->zh;
  }
}

TEST(Gaps, ForcedOutputPerMuIsExplained) {
  const auto e = sx_test::evaluate(sx_test::document(
      "discrete", {{"answers", {{"6.1", "leading"}}}, {"figures", {{"output_per_mu", 200}, {"industry_output_per_mu", 300}}}}));
  const sx::Gap* gap = find_gap(e.item_gaps, "6.1");
  ASSERT_NE(gap, nullptr);
  EXPECT_EQ(gap->gain, 0);
  EXPECT_EQ(gap->zh, "6.1 " + sx_test::item("discrete", "6.1").title + "：企业亩均产值低于上一年度行业平均值，按“" +
                         sx_test::option_label("discrete", "6.1", "below") + "”计分");
}

TEST(Gaps, TheExampleDocumentsGaps) {
  struct Expect {
    const char* file;
    std::vector<std::pair<std::string, int>> gaps;  // (item, gain) in ranked order
  };
  const Expect cases[] = {
      // Items below their maximum: 2.1 (cae), 3.3 (ai, other), 5.1 (production), 6.1 (leading),
      // 6.5 (6% → 8%), 6.6 (12% → 15%); equal gains keep table order.
      {"discrete-full.json", {{"2.1", 2}, {"3.3", 2}, {"3.3", 2}, {"5.1", 2}, {"6.1", 2}, {"6.5", 1}, {"6.6", 1}}},
      // 2.3 (process_params), 3.3 (no), 5.4 (9% → 15%), 5.3 (1.2% → 2%), 5.6 (5% → 8%)
      {"process-full.json", {{"2.3", 7}, {"3.3", 5}, {"5.4", 2}, {"5.3", 1}, {"5.6", 1}}},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.file);
    std::vector<std::pair<std::string, int>> actual;
    for (const auto& g : evaluate_fixture(c.file).item_gaps) actual.emplace_back(g.id, g.gain);
    EXPECT_EQ(actual, c.gaps);
  }
  const auto full = evaluate_fixture("discrete-full.json");
  const auto title = [](const char* id) { return std::string(id) + " " + sx_test::item("discrete", id).title + "："; };
  EXPECT_EQ(find_gap(full.item_gaps, "6.5")->zh, title("6.5") + "6% → ≥ 8% 得 4 分");
  EXPECT_EQ(find_gap(full.item_gaps, "6.6")->zh, title("6.6") + "12% → ≥ 15% 得 4 分");
  EXPECT_EQ(find_gap(full.item_gaps, "5.1")->zh,
            title("5.1") + sx_test::option_label("discrete", "5.1", "production") + "，可加 2 分");
}

TEST(Gaps, GapsAreInTheJson) {
  const auto json = sx::to_json(sx_test::evaluate(sx_test::document("discrete", {{"metrics", {{"cnc_rate", 58}}}})));
  bool condition = false, item = false;
  for (const auto& g : json["gaps"]) {
    if (g["kind"] == "condition" && g["id"] == "workshop.cnc_rate") {
      condition = true;
      EXPECT_EQ(g["category"], "workshop");
      EXPECT_FALSE(g.contains("gain"));
    }
    if (g["kind"] == "item" && g["id"] == "3.1") {
      item = true;
      EXPECT_EQ(g["gain"], 2);
      EXPECT_FALSE(g.contains("category"));
    }
  }
  EXPECT_TRUE(condition);
  EXPECT_TRUE(item);
}
