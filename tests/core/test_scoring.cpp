// Every band edge and option weight of 表1 and 表2, and the spec's readings of the tables'
// inconsistencies, one table row each: {type, item, answer, points}.
#include <gtest/gtest.h>

#include "test_support.hpp"

namespace {

struct Row {
  const char* type;
  const char* item;
  const char* metric;  // set: the answer is metrics[metric] = value
  double value;
  const char* answer;  // otherwise: answers[item] = this JSON
  int points;
};

int points_for(const Row& row) {
  sx::Json patch = sx::Json::object();
  if (row.metric != nullptr) patch["metrics"][row.metric] = row.value;
  else patch["answers"][row.item] = sx::Json::parse(row.answer);
  // 4.3 may only be claimed with 4.1 and 4.2 (spec inconsistency 8).
  if (std::string(row.type) == "discrete" && std::string(row.item) == "4.3") {
    patch["answers"]["4.1"] = true;
    patch["answers"]["4.2"] = true;
  }
  const auto evaluation = sx_test::evaluate(sx_test::document(row.type, patch));
  const sx::ItemResult* item = evaluation.item(row.item);
  if (item == nullptr) throw std::runtime_error(std::string("no item ") + row.item);
  EXPECT_TRUE(item->answered);
  return item->points;
}

const Row kMetricBands[] = {
    // 表1 3.1 关键装备数控化率: <40 → 5 · [40,50) → 6 · [50,60) → 8 · ≥60 → 10 (inconsistency 7: 0% scores)
    {"discrete", "3.1", "cnc_rate", 0, nullptr, 5},
    {"discrete", "3.1", "cnc_rate", 39.99, nullptr, 5},
    {"discrete", "3.1", "cnc_rate", 40, nullptr, 6},
    {"discrete", "3.1", "cnc_rate", 40.01, nullptr, 6},
    {"discrete", "3.1", "cnc_rate", 49.99, nullptr, 6},
    {"discrete", "3.1", "cnc_rate", 50, nullptr, 8},
    {"discrete", "3.1", "cnc_rate", 50.01, nullptr, 8},
    {"discrete", "3.1", "cnc_rate", 59.99, nullptr, 8},
    {"discrete", "3.1", "cnc_rate", 60, nullptr, 10},
    {"discrete", "3.1", "cnc_rate", 60.01, nullptr, 10},
    {"discrete", "3.1", "cnc_rate", 70, nullptr, 10},
    {"discrete", "3.1", "cnc_rate", 100, nullptr, 10},
    // 6.3 / 5.3 R&D: <1 → 1 · [1,2) → 3 · ≥2 → 4
    {"discrete", "6.3", "rd_ratio", 0, nullptr, 1},
    {"discrete", "6.3", "rd_ratio", 0.99, nullptr, 1},
    {"discrete", "6.3", "rd_ratio", 1, nullptr, 3},
    {"discrete", "6.3", "rd_ratio", 1.01, nullptr, 3},
    {"discrete", "6.3", "rd_ratio", 1.99, nullptr, 3},
    {"discrete", "6.3", "rd_ratio", 2, nullptr, 4},
    {"discrete", "6.3", "rd_ratio", 2.01, nullptr, 4},
    {"process", "5.3", "rd_ratio", 0, nullptr, 1},
    {"process", "5.3", "rd_ratio", 0.99, nullptr, 1},
    {"process", "5.3", "rd_ratio", 1, nullptr, 3},
    {"process", "5.3", "rd_ratio", 1.99, nullptr, 3},
    {"process", "5.3", "rd_ratio", 2, nullptr, 4},
    {"process", "5.3", "rd_ratio", 100, nullptr, 4},
    // 6.4 / 5.4 efficiency gain: <8 → 0 · [8,15) → 3 · ≥15 → 5
    {"discrete", "6.4", "efficiency_gain", -100, nullptr, 0},
    {"discrete", "6.4", "efficiency_gain", 0, nullptr, 0},
    {"discrete", "6.4", "efficiency_gain", 7.99, nullptr, 0},
    {"discrete", "6.4", "efficiency_gain", 8, nullptr, 3},
    {"discrete", "6.4", "efficiency_gain", 8.01, nullptr, 3},
    {"discrete", "6.4", "efficiency_gain", 14.99, nullptr, 3},
    {"discrete", "6.4", "efficiency_gain", 15, nullptr, 5},
    {"discrete", "6.4", "efficiency_gain", 15.01, nullptr, 5},
    {"discrete", "6.4", "efficiency_gain", 250, nullptr, 5},
    {"process", "5.4", "efficiency_gain", 7.99, nullptr, 0},
    {"process", "5.4", "efficiency_gain", 8, nullptr, 3},
    {"process", "5.4", "efficiency_gain", 14.99, nullptr, 3},
    {"process", "5.4", "efficiency_gain", 15, nullptr, 5},
    // 6.5 / 5.5 defect reduction: <5 → 0 · [5,8) → 3 · ≥8 → 4
    {"discrete", "6.5", "defect_reduction", -20, nullptr, 0},
    {"discrete", "6.5", "defect_reduction", 4.99, nullptr, 0},
    {"discrete", "6.5", "defect_reduction", 5, nullptr, 3},
    {"discrete", "6.5", "defect_reduction", 5.01, nullptr, 3},
    {"discrete", "6.5", "defect_reduction", 7.99, nullptr, 3},
    {"discrete", "6.5", "defect_reduction", 8, nullptr, 4},
    {"discrete", "6.5", "defect_reduction", 8.01, nullptr, 4},
    {"discrete", "6.5", "defect_reduction", 100, nullptr, 4},
    {"process", "5.5", "defect_reduction", 4.99, nullptr, 0},
    {"process", "5.5", "defect_reduction", 5, nullptr, 3},
    {"process", "5.5", "defect_reduction", 7.99, nullptr, 3},
    {"process", "5.5", "defect_reduction", 8, nullptr, 4},
    // 6.6 (表1: 8/15) and 5.6 (表2: 5/8) low-end labour — inconsistency 5: kept as published
    {"discrete", "6.6", "low_end_labor_reduction", 4.99, nullptr, 0},
    {"discrete", "6.6", "low_end_labor_reduction", 5, nullptr, 0},
    {"discrete", "6.6", "low_end_labor_reduction", 7.99, nullptr, 0},
    {"discrete", "6.6", "low_end_labor_reduction", 8, nullptr, 3},
    {"discrete", "6.6", "low_end_labor_reduction", 8.01, nullptr, 3},
    {"discrete", "6.6", "low_end_labor_reduction", 14.99, nullptr, 3},
    {"discrete", "6.6", "low_end_labor_reduction", 15, nullptr, 4},
    {"discrete", "6.6", "low_end_labor_reduction", 15.01, nullptr, 4},
    {"process", "5.6", "low_end_labor_reduction", 4.99, nullptr, 0},
    {"process", "5.6", "low_end_labor_reduction", 5, nullptr, 3},
    {"process", "5.6", "low_end_labor_reduction", 5.01, nullptr, 3},
    {"process", "5.6", "low_end_labor_reduction", 7.99, nullptr, 3},
    {"process", "5.6", "low_end_labor_reduction", 8, nullptr, 4},
    {"process", "5.6", "low_end_labor_reduction", 8.01, nullptr, 4},
    {"process", "5.6", "low_end_labor_reduction", 15, nullptr, 4},
    // 表2 2.2 自控投用率: <30 → 0 · [30,50) → 8 · ≥50 → 10
    {"process", "2.2", "auto_control_rate", 0, nullptr, 0},
    {"process", "2.2", "auto_control_rate", 29.99, nullptr, 0},
    {"process", "2.2", "auto_control_rate", 30, nullptr, 8},
    {"process", "2.2", "auto_control_rate", 30.01, nullptr, 8},
    {"process", "2.2", "auto_control_rate", 49.99, nullptr, 8},
    {"process", "2.2", "auto_control_rate", 50, nullptr, 10},
    {"process", "2.2", "auto_control_rate", 50.01, nullptr, 10},
    {"process", "2.2", "auto_control_rate", 100, nullptr, 10},
};

const Row kOptions[] = {
    // bool items
    {"discrete", "1.1", nullptr, 0, "false", 0},
    {"discrete", "1.1", nullptr, 0, "true", 10},
    {"discrete", "4.1", nullptr, 0, "true", 8},
    {"discrete", "4.2", nullptr, 0, "true", 8},
    {"discrete", "4.3", nullptr, 0, "true", 4},  // inconsistency 2: 4, not 2
    {"discrete", "4.3", nullptr, 0, "false", 0},
    {"discrete", "6.2", nullptr, 0, "true", 4},
    {"process", "1.1", nullptr, 0, "true", 10},
    {"process", "3.1", nullptr, 0, "true", 10},
    {"process", "3.2", nullptr, 0, "true", 5},
    {"process", "3.3", nullptr, 0, "true", 5},  // inconsistency 4: the second 3.2
    {"process", "5.2", nullptr, 0, "true", 4},
    // 2.1 additive options
    {"discrete", "2.1", nullptr, 0, "[]", 0},
    {"discrete", "2.1", nullptr, 0, R"(["cad"])", 6},
    {"discrete", "2.1", nullptr, 0, R"(["cam"])", 2},
    {"discrete", "2.1", nullptr, 0, R"(["cae"])", 2},
    {"discrete", "2.1", nullptr, 0, R"(["cad","cam","cae"])", 10},
    // 3.2 by count (inconsistency 6)
    {"discrete", "3.2", nullptr, 0, "[]", 0},
    {"discrete", "3.2", nullptr, 0, R"(["progress"])", 3},
    {"discrete", "3.2", nullptr, 0, R"(["progress","energy"])", 7},
    {"discrete", "3.2", nullptr, 0, R"(["progress","energy","environment"])", 10},
    {"discrete", "3.2", nullptr, 0,
     R"(["site_data_50","progress","material","quality","equipment","energy","environment"])", 10},
    // 3.3 weights
    {"discrete", "3.3", nullptr, 0, R"(["robot"])", 4},
    {"discrete", "3.3", nullptr, 0, R"(["ai"])", 2},
    {"discrete", "3.3", nullptr, 0, R"(["inspection"])", 2},
    {"discrete", "3.3", nullptr, 0, R"(["other"])", 2},
    {"discrete", "3.3", nullptr, 0, R"(["robot","ai","inspection","other"])", 10},
    // information security: additive although published as single choice (inconsistency 3)
    {"discrete", "5.1", nullptr, 0, R"(["office"])", 2},
    {"discrete", "5.1", nullptr, 0, R"(["production"])", 2},
    {"discrete", "5.1", nullptr, 0, R"(["office","production"])", 4},
    {"process", "4.1", nullptr, 0, R"(["office","production"])", 4},
    {"process", "4.1", nullptr, 0, "[]", 0},
    // 亩均产值
    {"discrete", "6.1", nullptr, 0, R"("below")", 0},
    {"discrete", "6.1", nullptr, 0, R"("average")", 3},
    {"discrete", "6.1", nullptr, 0, R"("leading")", 5},
    {"process", "5.1", nullptr, 0, R"("leading")", 5},
    // 表2 2.1 and 2.3
    {"process", "2.1", nullptr, 0, R"(["process"])", 5},
    {"process", "2.1", nullptr, 0, R"(["energy"])", 5},
    {"process", "2.1", nullptr, 0, R"(["environment"])", 5},
    {"process", "2.1", nullptr, 0, R"(["process","energy","environment"])", 15},
    {"process", "2.3", nullptr, 0, R"(["quality"])", 8},
    {"process", "2.3", nullptr, 0, R"(["process_params"])", 7},
    {"process", "2.3", nullptr, 0, R"(["quality","process_params"])", 15},
};

}  // namespace

TEST(Scoring, EveryBandEdge) {
  for (const auto& row : kMetricBands) {
    SCOPED_TRACE(std::string(row.type) + " " + row.item + " = " + std::to_string(row.value));
    EXPECT_EQ(points_for(row), row.points);
  }
}

TEST(Scoring, EveryOptionWeight) {
  for (const auto& row : kOptions) {
    SCOPED_TRACE(std::string(row.type) + " " + row.item + " = " + row.answer);
    EXPECT_EQ(points_for(row), row.points);
  }
}

TEST(Scoring, FewerThanThreeFunctionsIsProvisional) {
  const std::pair<const char*, bool> rows[] = {
      {"[]", true}, {R"(["progress"])", true}, {R"(["progress","quality"])", true},
      {R"(["progress","quality","energy"])", false}};
  for (const auto& [answer, provisional] : rows) {
    const auto e = sx_test::evaluate(sx_test::document("discrete", {{"answers", {{"3.2", sx::Json::parse(answer)}}}}));
    EXPECT_EQ(e.item("3.2")->provisional, provisional) << answer;
  }
  const auto unanswered = sx_test::evaluate(sx_test::header());
  EXPECT_FALSE(unanswered.item("3.2")->provisional);
  EXPECT_FALSE(unanswered.item("3.3")->provisional);
}

TEST(Scoring, OutputPerMuBelowTheAverageForcesBelow) {
  struct Case {
    sx::Json figures;
    int points;
    bool forced;
  };
  const Case cases[] = {
      {{{"output_per_mu", 300}, {"industry_output_per_mu", 400}}, 0, true},
      {{{"output_per_mu", 399.99}, {"industry_output_per_mu", 400}}, 0, true},
      {{{"output_per_mu", 400}, {"industry_output_per_mu", 400}}, 5, false},
      {{{"output_per_mu", 500}, {"industry_output_per_mu", 400}}, 5, false},
      {{{"output_per_mu", 300}}, 5, false},
      {sx::Json::object(), 5, false},
  };
  for (const auto& c : cases) {
    sx::Json patch = {{"answers", {{"6.1", "leading"}}}};
    if (!c.figures.empty()) patch["figures"] = c.figures;
    const auto e = sx_test::evaluate(sx_test::document("discrete", patch));
    EXPECT_EQ(e.item("6.1")->points, c.points) << c.figures.dump();
    EXPECT_EQ(e.item("6.1")->forced, c.forced) << c.figures.dump();
  }
}

TEST(Scoring, UnansweredItemsScoreZeroAndAreReported) {
  const auto e = sx_test::evaluate(sx_test::header("process"));
  EXPECT_EQ(e.total, 0);
  EXPECT_EQ(e.max, 100);
  EXPECT_FALSE(e.complete);
  ASSERT_EQ(e.items.size(), 14u);
  for (const auto& item : e.items) {
    EXPECT_FALSE(item.answered) << item.id;
    EXPECT_EQ(item.points, 0) << item.id;
  }
}

TEST(Scoring, FullFixturesTotalsSectionsAndCompleteness) {
  struct Expect {
    const char* file;
    int total;
    std::vector<int> sections;
  };
  const Expect cases[] = {{"discrete-full.json", 88, {10, 8, 26, 20, 2, 22}},
                          {"process-full.json", 84, {10, 33, 15, 4, 22}}};
  for (const auto& c : cases) {
    SCOPED_TRACE(c.file);
    const auto parsed = sx::parse_assessment(sx_test::fixture_text(c.file));
    ASSERT_TRUE(parsed.assessment.has_value());
    const auto e = sx::evaluate(*parsed.assessment);
    EXPECT_EQ(e.total, c.total);
    EXPECT_TRUE(e.complete);
    std::vector<int> sections;
    for (const auto& s : e.sections) sections.push_back(s.points);
    EXPECT_EQ(sections, c.sections);
  }
}
