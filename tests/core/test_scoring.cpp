// Every band edge and option weight of 表1 and 表2, and the spec's readings of the tables'
// inconsistencies (1–9), one table row each: {type, item, answer, points}. A metric item's answer
// is the number put under metrics.<its metric>; every other answer goes under answers.<item>.
#include <gtest/gtest.h>

#include "test_support.hpp"

namespace {

struct Row {
  const char* type;
  const char* item;
  const char* answer;  // JSON
  int points;
};

using sx_test::standard;

sx::Json patch_for(const Row& row) {
  const sx::Item* item = standard().table(row.type)->item(row.item);
  if (item == nullptr) throw std::runtime_error(std::string("no item ") + row.item);
  sx::Json patch = sx::Json::object();
  if (item->kind == sx::AnswerKind::Metric) patch["metrics"][item->metric] = sx::Json::parse(row.answer);
  else patch["answers"][row.item] = sx::Json::parse(row.answer);
  // 4.3 may only be claimed with 4.1 and 4.2 (inconsistency 8).
  if (!item->requires_items.empty()) {
    for (const auto& required : item->requires_items) patch["answers"][required] = true;
  }
  return patch;
}

sx::ItemResult result_for(const Row& row) {
  const auto evaluation = sx_test::evaluate(sx_test::document(row.type, patch_for(row)));
  return *evaluation.item(row.item);
}

void expect_rows(const std::vector<Row>& rows) {
  for (const auto& row : rows) {
    SCOPED_TRACE(std::string(row.type) + " " + row.item + " = " + row.answer);
    const auto result = result_for(row);
    EXPECT_EQ(result.points, row.points);
    EXPECT_TRUE(result.answered);
  }
}

}  // namespace

// ---- Metric bands: lower bound inclusive, upper exclusive; just below, on and just above each edge.

TEST(Scoring, CncRateBands_Table1_3_1) {
  // <40 → 5 · [40,50) → 6 · [50,60) → 8 · ≥60 → 10; "<40%" scores even at 0 (inconsistency 7)
  expect_rows({
      {"discrete", "3.1", "0", 5},      {"discrete", "3.1", "0.01", 5},   {"discrete", "3.1", "39.99", 5},
      {"discrete", "3.1", "40", 6},     {"discrete", "3.1", "40.01", 6},  {"discrete", "3.1", "49.99", 6},
      {"discrete", "3.1", "50", 8},     {"discrete", "3.1", "50.01", 8},  {"discrete", "3.1", "59.99", 8},
      {"discrete", "3.1", "60", 10},    {"discrete", "3.1", "60.01", 10}, {"discrete", "3.1", "69.99", 10},
      {"discrete", "3.1", "70", 10},    {"discrete", "3.1", "100", 10},   // published "60%-70%": ≥60 all score 10
  });
}

TEST(Scoring, RdRatioBands_Table1_6_3_Table2_5_3) {
  // <1 → 1 · [1,2) → 3 · ≥2 → 4; "<1%" scores even at 0 (inconsistency 7)
  for (const char* id : {"6.3", "5.3"}) {
    const char* type = std::string(id) == "6.3" ? "discrete" : "process";
    expect_rows({
        {type, id, "0", 1},    {type, id, "0.99", 1}, {type, id, "1", 3},  {type, id, "1.01", 3},
        {type, id, "1.99", 3}, {type, id, "2", 4},    {type, id, "2.01", 4}, {type, id, "100", 4},
    });
  }
}

TEST(Scoring, EfficiencyGainBands_Table1_6_4_Table2_5_4) {
  // <8 → 0 (no band) · [8,15) → 3 · ≥15 → 5; a gain may be negative (down to −100) or above 100
  for (const char* id : {"6.4", "5.4"}) {
    const char* type = std::string(id) == "6.4" ? "discrete" : "process";
    expect_rows({
        {type, id, "-100", 0}, {type, id, "-0.01", 0}, {type, id, "0", 0},     {type, id, "7.99", 0},
        {type, id, "8", 3},    {type, id, "8.01", 3},  {type, id, "14.99", 3}, {type, id, "15", 5},
        {type, id, "15.01", 5}, {type, id, "250", 5},
    });
  }
}

TEST(Scoring, DefectReductionBands_Table1_6_5_Table2_5_5) {
  // <5 → 0 · [5,8) → 3 · ≥8 → 4; negative means the defect rate grew
  for (const char* id : {"6.5", "5.5"}) {
    const char* type = std::string(id) == "6.5" ? "discrete" : "process";
    expect_rows({
        {type, id, "-50", 0}, {type, id, "0", 0},    {type, id, "4.99", 0}, {type, id, "5", 3},
        {type, id, "5.01", 3}, {type, id, "7.99", 3}, {type, id, "8", 4},    {type, id, "8.01", 4},
        {type, id, "100", 4},
    });
  }
}

TEST(Scoring, LowEndLabourBandsDifferBetweenTheTables_Inconsistency5) {
  expect_rows({
      // 表1 6.6: <8 → 0 · [8,15) → 3 · ≥15 → 4
      {"discrete", "6.6", "-10", 0},   {"discrete", "6.6", "0", 0},     {"discrete", "6.6", "4.99", 0},
      {"discrete", "6.6", "5", 0},     {"discrete", "6.6", "7.99", 0},  {"discrete", "6.6", "8", 3},
      {"discrete", "6.6", "8.01", 3},  {"discrete", "6.6", "14.99", 3}, {"discrete", "6.6", "15", 4},
      {"discrete", "6.6", "15.01", 4}, {"discrete", "6.6", "100", 4},
      // 表2 5.6: <5 → 0 · [5,8) → 3 · ≥8 → 4
      {"process", "5.6", "-10", 0},    {"process", "5.6", "0", 0},      {"process", "5.6", "4.99", 0},
      {"process", "5.6", "5", 3},      {"process", "5.6", "5.01", 3},   {"process", "5.6", "7.99", 3},
      {"process", "5.6", "8", 4},      {"process", "5.6", "8.01", 4},   {"process", "5.6", "14.99", 4},
      {"process", "5.6", "15", 4},     {"process", "5.6", "100", 4},
  });
}

TEST(Scoring, AutoControlRateBands_Table2_2_2) {
  // <30 → 0 (no band) · [30,50) → 8 · ≥50 → 10
  expect_rows({
      {"process", "2.2", "0", 0},    {"process", "2.2", "29.99", 0}, {"process", "2.2", "30", 8},
      {"process", "2.2", "30.01", 8}, {"process", "2.2", "49.99", 8}, {"process", "2.2", "50", 10},
      {"process", "2.2", "50.01", 10}, {"process", "2.2", "100", 10},
  });
}

// ---- Options: every weight alone, and the sums.

TEST(Scoring, BoolItems) {
  expect_rows({
      {"discrete", "1.1", "false", 0}, {"discrete", "1.1", "true", 10},
      {"discrete", "4.1", "false", 0}, {"discrete", "4.1", "true", 8},
      {"discrete", "4.2", "false", 0}, {"discrete", "4.2", "true", 8},
      {"discrete", "4.3", "false", 0}, {"discrete", "4.3", "true", 4},  // inconsistencies 1 and 2: id 4.3, 4 points
      {"discrete", "6.2", "false", 0}, {"discrete", "6.2", "true", 4},
      {"process", "1.1", "false", 0},  {"process", "1.1", "true", 10},
      {"process", "3.1", "false", 0},  {"process", "3.1", "true", 10},
      {"process", "3.2", "false", 0},  {"process", "3.2", "true", 5},
      {"process", "3.3", "false", 0},  {"process", "3.3", "true", 5},   // inconsistency 4: the second "3.2"
      {"process", "5.2", "false", 0},  {"process", "5.2", "true", 4},
  });
}

TEST(Scoring, AdditiveSets) {
  expect_rows({
      // 表1 2.1: cad 6 + cam 2 + cae 2
      {"discrete", "2.1", "[]", 0},                   {"discrete", "2.1", R"(["cad"])", 6},
      {"discrete", "2.1", R"(["cam"])", 2},           {"discrete", "2.1", R"(["cae"])", 2},
      {"discrete", "2.1", R"(["cam","cae"])", 4},     {"discrete", "2.1", R"(["cae","cad"])", 8},
      {"discrete", "2.1", R"(["cad","cam","cae"])", 10},
      // 表1 3.3: robot 4 + ai 2 + inspection 2 + other 2
      {"discrete", "3.3", "[]", 0},                   {"discrete", "3.3", R"(["robot"])", 4},
      {"discrete", "3.3", R"(["ai"])", 2},            {"discrete", "3.3", R"(["inspection"])", 2},
      {"discrete", "3.3", R"(["other"])", 2},         {"discrete", "3.3", R"(["robot","other"])", 6},
      {"discrete", "3.3", R"(["ai","inspection","other"])", 6},
      {"discrete", "3.3", R"(["robot","ai","inspection","other"])", 10},
      // 表2 2.1: 5 each
      {"process", "2.1", "[]", 0},                    {"process", "2.1", R"(["process"])", 5},
      {"process", "2.1", R"(["energy"])", 5},         {"process", "2.1", R"(["environment"])", 5},
      {"process", "2.1", R"(["energy","environment"])", 10},
      {"process", "2.1", R"(["process","energy","environment"])", 15},
      // 表2 2.3: quality 8 + process_params 7
      {"process", "2.3", "[]", 0},                    {"process", "2.3", R"(["quality"])", 8},
      {"process", "2.3", R"(["process_params"])", 7}, {"process", "2.3", R"(["quality","process_params"])", 15},
  });
}

TEST(Scoring, InformationSecurityIsAdditive_Inconsistency3) {
  // Published as 单项选择 but office 2 + production 2 under a 4-point heading.
  expect_rows({
      {"discrete", "5.1", "[]", 0}, {"discrete", "5.1", R"(["office"])", 2},
      {"discrete", "5.1", R"(["production"])", 2}, {"discrete", "5.1", R"(["office","production"])", 4},
      {"process", "4.1", "[]", 0},  {"process", "4.1", R"(["office"])", 2},
      {"process", "4.1", R"(["production"])", 2},  {"process", "4.1", R"(["production","office"])", 4},
  });
}

TEST(Scoring, OutputPerMuChoice) {
  expect_rows({
      {"discrete", "6.1", R"("below")", 0}, {"discrete", "6.1", R"("average")", 3}, {"discrete", "6.1", R"("leading")", 5},
      {"process", "5.1", R"("below")", 0},  {"process", "5.1", R"("average")", 3},  {"process", "5.1", R"("leading")", 5},
  });
}

TEST(Scoring, FunctionsCountedNotWeighted_Inconsistency6) {
  // 3 or more → 10; 2 → 7; 1 → 3; 0 → 0; whichever functions they are.
  expect_rows({
      {"discrete", "3.2", "[]", 0},
      {"discrete", "3.2", R"(["site_data_50"])", 3},
      {"discrete", "3.2", R"(["environment"])", 3},
      {"discrete", "3.2", R"(["progress","energy"])", 7},
      {"discrete", "3.2", R"(["material","quality"])", 7},
      {"discrete", "3.2", R"(["progress","energy","environment"])", 10},
      {"discrete", "3.2", R"(["site_data_50","material","equipment","quality"])", 10},
      {"discrete", "3.2", R"(["site_data_50","progress","material","quality","equipment","energy","environment"])", 10},
  });
}

TEST(Scoring, FewerThanThreeFunctionsIsProvisional_Inconsistency6) {
  const std::pair<const char*, bool> rows[] = {
      {"[]", true},
      {R"(["progress"])", true},
      {R"(["progress","quality"])", true},
      {R"(["progress","quality","energy"])", false},
      {R"(["site_data_50","progress","material","quality","equipment","energy","environment"])", false},
  };
  for (const auto& [answer, provisional] : rows) {
    SCOPED_TRACE(answer);
    const auto e = sx_test::evaluate(sx_test::document("discrete", {{"answers", {{"3.2", sx::Json::parse(answer)}}}}));
    EXPECT_EQ(e.item("3.2")->provisional, provisional);
    const auto json = sx::to_json(e);
    for (const auto& item : json["items"]) {
      EXPECT_EQ(item["provisional"], item["id"] == "3.2" && provisional) << item["id"];
    }
  }
  // Unanswered is not provisional, and no other item ever is.
  const auto unanswered = sx_test::evaluate(sx_test::header());
  for (const auto& item : unanswered.items) EXPECT_FALSE(item.provisional) << item.id;
  const auto parsed = sx::parse_assessment(sx_test::fixture_text("process-full.json"));
  for (const auto& item : sx::evaluate(*parsed.assessment).items) EXPECT_FALSE(item.provisional) << item.id;
}

TEST(Scoring, IntegrationWithoutErpAndMesIsAValidationError_Inconsistency8) {
  struct Case {
    sx::Json answers;
    bool valid;
  };
  const Case cases[] = {
      {{{"4.3", true}}, false},
      {{{"4.1", true}, {"4.3", true}}, false},
      {{{"4.2", true}, {"4.3", true}}, false},
      {{{"4.1", false}, {"4.2", true}, {"4.3", true}}, false},
      {{{"4.1", true}, {"4.2", true}, {"4.3", true}}, true},
      {{{"4.3", false}}, true},  // not claimed: nothing to check
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.answers.dump());
    const auto errors = sx::validate_assessment(sx_test::document("discrete", {{"answers", c.answers}}));
    if (c.valid) {
      EXPECT_TRUE(errors.empty());
      continue;
    }
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_EQ(errors[0].path, "answers[\"4.3\"]");
    EXPECT_EQ(errors[0].en, "cannot be claimed without 4.1 and 4.2");
    EXPECT_EQ(errors[0].zh.rfind("须先有 ", 0), 0u) << errors[0].zh;
  }
  // Both named in Chinese too when both are missing.
  const auto both = sx::validate_assessment(sx_test::document("discrete", {{"answers", {{"4.3", true}}}}));
  ASSERT_EQ(both.size(), 1u);
  EXPECT_NE(both[0].zh.find("4.1"), std::string::npos) << both[0].zh;
  EXPECT_NE(both[0].zh.find("4.2"), std::string::npos) << both[0].zh;
  // 表2 has no such rule: its 3.3 stands alone.
  EXPECT_TRUE(sx::validate_assessment(sx_test::document("process", {{"answers", {{"3.3", true}}}})).empty());
}

TEST(Scoring, OutputPerMuBelowTheAverageForcesBelow_Inconsistency9) {
  struct Case {
    const char* type;
    const char* choice;
    sx::Json figures;
    int points;
    bool forced;
  };
  const Case cases[] = {
      {"discrete", "leading", {{"output_per_mu", 300}, {"industry_output_per_mu", 400}}, 0, true},
      {"discrete", "leading", {{"output_per_mu", 399.99}, {"industry_output_per_mu", 400}}, 0, true},
      {"discrete", "average", {{"output_per_mu", 399.99}, {"industry_output_per_mu", 400}}, 0, true},
      {"discrete", "below", {{"output_per_mu", 300}, {"industry_output_per_mu", 400}}, 0, false},  // already below
      {"discrete", "leading", {{"output_per_mu", 400}, {"industry_output_per_mu", 400}}, 5, false},  // equal: not forced
      {"discrete", "average", {{"output_per_mu", 400}, {"industry_output_per_mu", 400}}, 3, false},
      {"discrete", "leading", {{"output_per_mu", 500}, {"industry_output_per_mu", 400}}, 5, false},  // above
      {"discrete", "below", {{"output_per_mu", 500}, {"industry_output_per_mu", 400}}, 0, false},    // never forced up
      {"discrete", "leading", {{"output_per_mu", 300}}, 5, false},                                   // average missing
      {"discrete", "leading", {{"industry_output_per_mu", 400}}, 5, false},                          // own figure missing
      {"discrete", "leading", sx::Json::object(), 5, false},
      {"process", "leading", {{"output_per_mu", 0}, {"industry_output_per_mu", 0.01}}, 0, true},
      {"process", "average", {{"output_per_mu", 80}, {"industry_output_per_mu", 60}}, 3, false},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(std::string(c.type) + " " + c.choice + " " + c.figures.dump());
    const char* id = std::string(c.type) == "discrete" ? "6.1" : "5.1";
    sx::Json patch = {{"answers", {{id, c.choice}}}};
    if (!c.figures.empty()) patch["figures"] = c.figures;
    const auto e = sx_test::evaluate(sx_test::document(c.type, patch));
    EXPECT_EQ(e.item(id)->points, c.points);
    EXPECT_EQ(e.item(id)->forced, c.forced);
    EXPECT_TRUE(e.item(id)->answered);
    // Bound to a name: a range-for over a member of the temporary to_json(e) read freed memory.
    const sx::Json scored = sx::to_json(e);
    for (const auto& item : scored.at("items")) {
      if (item["id"] == id) {
        EXPECT_EQ(item.value("forced", false), c.forced) << "in the JSON";
      }
    }
  }
  // Figures alone do not answer the item.
  const auto figures_only = sx_test::evaluate(sx_test::document(
      "discrete", {{"figures", {{"output_per_mu", 300}, {"industry_output_per_mu", 400}}}}));
  EXPECT_FALSE(figures_only.item("6.1")->answered);
  EXPECT_EQ(figures_only.item("6.1")->points, 0);
}

// ---- Unanswered items, totals, sections, completeness.

TEST(Scoring, UnansweredItemsScoreZeroAndAreReported) {
  for (const auto& [type, count] : {std::pair<const char*, std::size_t>{"discrete", 15}, {"process", 14}}) {
    SCOPED_TRACE(type);
    const auto e = sx_test::evaluate(sx_test::header(type));
    EXPECT_EQ(e.total, 0);
    EXPECT_EQ(e.max, 100);
    EXPECT_FALSE(e.complete);
    ASSERT_EQ(e.items.size(), count);
    for (const auto& item : e.items) {
      EXPECT_FALSE(item.answered) << item.id;
      EXPECT_EQ(item.points, 0) << item.id;
      EXPECT_GT(item.max, 0) << item.id;
    }
    for (const auto& section : e.sections) EXPECT_EQ(section.points, 0) << section.id;
  }
  // A metric item is answered by its metric only: its figures alone leave it unanswered.
  const auto figures_only = sx_test::evaluate(sx_test::document(
      "discrete", {{"figures", {{"key_equipment", 50}, {"cnc_key_equipment", 40}}}}));
  EXPECT_FALSE(figures_only.item("3.1")->answered);
  EXPECT_EQ(figures_only.item("3.1")->points, 0);
  // A zero is an answer (inconsistency 7: only a missing figure scores 0).
  const auto zero = sx_test::evaluate(sx_test::document("discrete", {{"metrics", {{"cnc_rate", 0}, {"rd_ratio", 0}}}}));
  EXPECT_TRUE(zero.item("3.1")->answered);
  EXPECT_EQ(zero.total, 5 + 1);
}

// Worst and best answer to every item: the floor the published "<40%" and "<1%" leave, and 100.
TEST(Scoring, WorstAndBestCompleteDocuments) {
  struct Case {
    const char* type;
    const char* patch;
    int total;
    std::vector<int> sections;
  };
  const Case cases[] = {
      {"discrete",
       R"({"metrics":{"cnc_rate":0,"rd_ratio":0,"efficiency_gain":-100,"defect_reduction":-50,"low_end_labor_reduction":0},
           "answers":{"1.1":false,"2.1":[],"3.2":[],"3.3":[],"4.1":false,"4.2":false,"4.3":false,"5.1":[],"6.1":"below","6.2":false}})",
       6, {0, 0, 5, 0, 0, 1}},
      {"discrete",
       R"({"metrics":{"cnc_rate":100,"rd_ratio":2,"efficiency_gain":15,"defect_reduction":8,"low_end_labor_reduction":15},
           "answers":{"1.1":true,"2.1":["cad","cam","cae"],"3.2":["progress","energy","environment"],
                      "3.3":["robot","ai","inspection","other"],"4.1":true,"4.2":true,"4.3":true,
                      "5.1":["office","production"],"6.1":"leading","6.2":true}})",
       100, {10, 10, 30, 20, 4, 26}},
      {"process",
       R"({"metrics":{"auto_control_rate":0,"rd_ratio":0,"efficiency_gain":0,"defect_reduction":0,"low_end_labor_reduction":0},
           "answers":{"1.1":false,"2.1":[],"2.3":[],"3.1":false,"3.2":false,"3.3":false,"4.1":[],"5.1":"below","5.2":false}})",
       1, {0, 0, 0, 0, 1}},
      {"process",
       R"({"metrics":{"auto_control_rate":50,"rd_ratio":2,"efficiency_gain":15,"defect_reduction":8,"low_end_labor_reduction":8},
           "answers":{"1.1":true,"2.1":["process","energy","environment"],"2.3":["quality","process_params"],
                      "3.1":true,"3.2":true,"3.3":true,"4.1":["office","production"],"5.1":"leading","5.2":true}})",
       100, {10, 40, 20, 4, 26}},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(std::string(c.type) + " " + std::to_string(c.total));
    const auto e = sx_test::evaluate(sx_test::document(c.type, sx::Json::parse(c.patch)));
    EXPECT_EQ(e.total, c.total);
    EXPECT_EQ(e.max, 100);
    EXPECT_TRUE(e.complete);
    std::vector<int> sections;
    for (const auto& s : e.sections) sections.push_back(s.points);
    EXPECT_EQ(sections, c.sections);
  }
}

TEST(Scoring, CompleteOnlyWhenEveryItemIsAnswered) {
  sx::Json patch = sx::Json::parse(
      R"({"metrics":{"cnc_rate":61,"rd_ratio":1,"efficiency_gain":9,"defect_reduction":6,"low_end_labor_reduction":9},
          "answers":{"1.1":true,"2.1":["cad"],"3.2":["progress"],"3.3":["robot"],"4.1":true,"4.2":true,"4.3":false,
                     "5.1":["office"],"6.1":"average","6.2":false}})");
  EXPECT_TRUE(sx_test::evaluate(sx_test::document("discrete", patch)).complete);
  for (const char* missing : {"1.1", "4.3", "6.2"}) {
    sx::Json p = patch;
    p["answers"].erase(missing);
    EXPECT_FALSE(sx_test::evaluate(sx_test::document("discrete", p)).complete) << missing;
  }
  for (const char* missing : {"cnc_rate", "low_end_labor_reduction"}) {
    sx::Json p = patch;
    p["metrics"].erase(missing);
    EXPECT_FALSE(sx_test::evaluate(sx_test::document("discrete", p)).complete) << missing;
  }
}

TEST(Scoring, SectionsSumTheirItemsAndTheTotalSumsTheSections) {
  for (const char* file : {"discrete-full.json", "process-full.json", "discrete-partial.json"}) {
    SCOPED_TRACE(file);
    const auto parsed = sx::parse_assessment(sx_test::fixture_text(file));
    ASSERT_TRUE(parsed.assessment.has_value());
    const auto e = sx::evaluate(*parsed.assessment);
    const sx::Table& table = *standard().table(e.type);
    ASSERT_EQ(e.sections.size(), table.sections.size());
    int total = 0;
    for (std::size_t i = 0; i < table.sections.size(); ++i) {
      int sum = 0;
      for (const auto& item : table.sections[i].items) sum += e.item(item.id)->points;
      EXPECT_EQ(e.sections[i].id, table.sections[i].id);
      EXPECT_EQ(e.sections[i].points, sum);
      EXPECT_EQ(e.sections[i].max, table.sections[i].max);
      total += e.sections[i].points;
    }
    EXPECT_EQ(e.total, total);
  }
}

// ---- The example documents, totals worked out by hand from the tables.

TEST(Scoring, ExampleDocumentsScoreTheirKnownTotals) {
  struct Expect {
    const char* file;
    int total;
    bool complete;
    std::vector<int> sections;
    std::vector<int> items;  // in table order
  };
  const Expect cases[] = {
      // 1.1 yes 10 · 2.1 cad+cam 8 · 3.1 68% 10 · 3.2 four functions 10 · 3.3 robot+inspection 6 ·
      // 4.1 8 · 4.2 8 · 4.3 4 · 5.1 office 2 · 6.1 average 3 · 6.2 4 · 6.3 2.3% 4 · 6.4 18.5% 5 ·
      // 6.5 6% 3 · 6.6 12% 3 (表1 bands) = 88
      {"discrete-full.json", 88, true, {10, 8, 26, 20, 2, 22}, {10, 8, 10, 10, 6, 8, 8, 4, 2, 3, 4, 4, 5, 3, 3}},
      // 1.1 10 · 2.1 all three 15 · 2.2 92% 10 · 2.3 quality 8 · 3.1 10 · 3.2 5 · 3.3 no 0 ·
      // 4.1 both 4 · 5.1 leading 5 · 5.2 4 · 5.3 1.2% 3 · 5.4 9% 3 · 5.5 8% 4 · 5.6 5% 3 (表2 bands) = 84
      {"process-full.json", 84, true, {10, 33, 15, 4, 22}, {10, 15, 10, 8, 10, 5, 0, 4, 5, 4, 3, 3, 4, 3}},
      // 1.1 no 0 · 2.1 cad 6 · 3.1 58% 8 · 3.2 two functions 7 (provisional) · 3.3 other 2 · 4.1 8 ·
      // 4.2 no 0 · 4.3 – · 5.1 – · 6.1 "average" forced below by 55 < 62 → 0 · 6.2 – · 6.3 0.8% 1 ·
      // 6.4–6.6 – = 32
      {"discrete-partial.json", 32, false, {0, 6, 17, 8, 0, 1}, {0, 6, 8, 7, 2, 8, 0, 0, 0, 0, 0, 1, 0, 0, 0}},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.file);
    const auto parsed = sx::parse_assessment(sx_test::fixture_text(c.file));
    ASSERT_TRUE(parsed.assessment.has_value()) << (parsed.errors.empty() ? "" : sx::format_message(parsed.errors[0]));
    const auto e = sx::evaluate(*parsed.assessment);
    EXPECT_EQ(e.total, c.total);
    EXPECT_EQ(e.max, 100);
    EXPECT_EQ(e.complete, c.complete);
    std::vector<int> sections, items;
    for (const auto& s : e.sections) sections.push_back(s.points);
    for (const auto& i : e.items) items.push_back(i.points);
    EXPECT_EQ(sections, c.sections);
    EXPECT_EQ(items, c.items);
    EXPECT_TRUE(e.warnings.empty()) << sx::format_message(e.warnings.front());
  }
  const auto partial = sx::evaluate(*sx::parse_assessment(sx_test::fixture_text("discrete-partial.json")).assessment);
  EXPECT_TRUE(partial.item("3.2")->provisional);
  EXPECT_TRUE(partial.item("6.1")->forced);
  std::vector<std::string> unanswered;
  for (const auto& i : partial.items) {
    if (!i.answered) unanswered.push_back(i.id);
  }
  EXPECT_EQ(unanswered, (std::vector<std::string>{"4.3", "5.1", "6.2", "6.4", "6.5", "6.6"}));
}

// ---- The answer as the user reads it.

TEST(Scoring, AnswerText) {
  struct Case {
    Row row;
    std::string text;
  };
  const auto label = [](const char* type, const char* id, const char* key) {
    return sx_test::option_label(type, id, key);
  };
  const Case cases[] = {
      {{"discrete", "1.1", "true", 10}, "有"},
      {{"discrete", "1.1", "false", 0}, "无"},
      {{"discrete", "3.1", "66.5", 10}, "66.5%"},
      {{"discrete", "3.1", "60", 10}, "60%"},
      {{"discrete", "6.3", "0.125", 1}, "0.12%"},  // cut, never rounded up (test_display)
      {{"discrete", "3.1", "59.996", 8}, "59.99%"},
      {{"discrete", "6.4", "-12.5", 0}, "-12.5%"},
      {{"discrete", "6.4", "1e20", 5}, "100000000000000000000%"},
      {{"discrete", "2.1", "[]", 0}, "无"},
      {{"process", "2.3", R"(["process_params","quality"])", 15},
       label("process", "2.3", "quality") + "；" + label("process", "2.3", "process_params")},  // table order
      {{"discrete", "6.1", R"("average")", 3}, label("discrete", "6.1", "average")},
      {{"discrete", "6.1", R"("leading")", 5}, label("discrete", "6.1", "leading")},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(std::string(c.row.item) + " = " + c.row.answer);
    const auto result = result_for(c.row);
    EXPECT_EQ(result.points, c.row.points);
    EXPECT_EQ(result.answer_zh, c.text);
  }
  // A huge (allowed) gain is written out in full, not cut at a buffer's end.
  const auto huge = result_for({"discrete", "6.4", "1e300", 5});
  EXPECT_EQ(huge.answer_zh.size(), 302u);
  EXPECT_EQ(huge.answer_zh.rfind("1000000000000000052504760255", 0), 0u) << huge.answer_zh;
  EXPECT_EQ(huge.answer_zh.back(), '%');
}
