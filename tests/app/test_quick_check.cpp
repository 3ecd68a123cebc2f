// The quick check's model (app/model/quick_check.hpp, issue 17): its questions come from the
// standard's quick_check.json, and which answers put which category within reach is the core's
// eligibility over the partial document. Table-driven, in 2019 and in the made-up year.
#include <gtest/gtest.h>

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "made_up_year.hpp"
#include "model.hpp"
#include "quick_check.hpp"

namespace {

using sx_app::Model;

const sx::Standard& year_2019() { return *sx::find_standard("shaoxing-2019"); }

std::vector<std::string> keys(const Model& model) {
  std::vector<std::string> out;
  for (const auto& info : sx_app::quick_questions(model)) out.push_back(info.question->key());
  return out;
}

std::vector<std::string> ids(const std::vector<sx_app::QuickCondition>& list) {
  std::vector<std::string> out;
  for (const auto& c : list) out.push_back(c.condition->id);
  return out;
}

TEST(QuickCheck, TheQuestionsAreTheStandardsData) {
  const Model model(year_2019());
  EXPECT_EQ(keys(model), (std::vector<std::string>{"above_designated_size", "project_in_production",
                                                   "key_equipment_kinds", "cnc_rate", "network_rate", "mes_core",
                                                   "smart_equipment_rate", "mes_erp_integration", "rd_tools_rate"}));
  // Each question knows the conditions its answer decides, in the standard's order.
  std::map<std::string, std::vector<std::string>> decided;
  for (const auto& info : sx_app::quick_questions(model)) {
    EXPECT_NE(info.fact != nullptr, info.metric != nullptr) << info.question->key();
    EXPECT_FALSE(info.answered);
    for (const auto* c : info.conditions) decided[info.question->key()].push_back(c->id);
  }
  EXPECT_EQ(decided["cnc_rate"], (std::vector<std::string>{"line.cnc_rate", "workshop.cnc_rate"}));
  EXPECT_EQ(decided["network_rate"],
            (std::vector<std::string>{"line.network_rate", "workshop.network_rate", "factory.network_rate"}));
  EXPECT_EQ(decided["above_designated_size"], (std::vector<std::string>{"basic.scale"}));

  const Model other(sx_test::made_up_year());
  const auto made_up = keys(other);
  ASSERT_EQ(made_up.size(), 9u);
  EXPECT_EQ(made_up.back(), "auto_id");  // its own list, not 2019's
  for (const auto& info : sx_app::quick_questions(other)) {
    if (info.question->key() != "cnc_rate") continue;
    std::vector<std::string> decided_there;
    for (const auto* c : info.conditions) decided_there.push_back(c->id);
    EXPECT_EQ(decided_there, (std::vector<std::string>{"line.cnc_rate", "workshop.cnc_rate", "cell.cnc_rate"}));
  }
}

// The answers of one row: facts as JSON, metrics as numbers; anything absent is unanswered.
struct Answers {
  std::map<std::string, std::string> facts;
  std::map<std::string, double> metrics;
};

Model answered(const sx::Standard& standard, const Answers& answers) {
  Model model(standard);
  for (const auto& [key, value] : answers.facts) EXPECT_TRUE(model.set_fact(key, sx::Json::parse(value))) << key;
  for (const auto& [key, value] : answers.metrics) EXPECT_TRUE(model.set_metric(key, value)) << key;
  return model;
}

const Answers kTop = {{{"above_designated_size", "true"},
                       {"project_in_production", "true"},
                       {"key_equipment_kinds", R"(["robot"])"},
                       {"mes_core", "true"},
                       {"mes_erp_integration", "true"}},
                      {{"cnc_rate", 80}, {"network_rate", 60}, {"smart_equipment_rate", 75}, {"rd_tools_rate", 80}}};

Answers with(Answers base, std::map<std::string, std::string> facts, std::map<std::string, double> metrics,
             std::vector<std::string> unanswered = {}) {
  for (auto& [k, v] : facts) base.facts[k] = v;
  for (auto& [k, v] : metrics) base.metrics[k] = v;
  for (const auto& k : unanswered) {
    base.facts.erase(k);
    base.metrics.erase(k);
  }
  return base;
}

struct Row {
  const char* name;
  const char* year;  // "2019" or "made-up"
  Answers answers;
  std::optional<std::string> within_reach;
  std::optional<std::string> next;
  std::vector<std::string> lacking;
  std::vector<std::string> uncertain;
  int answered;
};

TEST(QuickCheck, TheAnswersPutTheCoresCategoryWithinReach) {
  const Answers line_only = with(kTop, {{"mes_core", "false"}, {"mes_erp_integration", "false"}},
                                 {{"cnc_rate", 62}, {"network_rate", 45}, {"smart_equipment_rate", 30}},
                                 {"rd_tools_rate"});
  const Row rows[] = {
      {"nothing answered: nothing within reach, the lowest category's asked conditions open", "2019", {},
       std::nullopt, "line", {},
       {"basic.scale", "basic.in_production", "line.smart_equipment", "line.cnc_rate", "line.network_rate"}, 0},
      {"everything at the top: 智能工厂, nothing above it", "2019", kTop, "factory", std::nullopt, {}, {}, 9},
      {"a workshop short of the factory's bars", "2019",
       with(kTop, {{"mes_erp_integration", "false"}}, {{"cnc_rate", 66}, {"network_rate", 55}, {"smart_equipment_rate", 50}},
            {"rd_tools_rate"}),
       "workshop", "factory", {"factory.smart_equipment_rate", "factory.mes_erp"}, {"factory.rd_tools_rate"}, 8},
      {"a line: the workshop lacks 数控化率, MES and 联网率", "2019", line_only, "line", "workshop",
       {"workshop.cnc_rate", "workshop.mes", "workshop.network_rate"}, {}, 8},
      {"the workshop's 65 % is its own bar, not the line's 60 %", "2019",
       with(line_only, {}, {{"cnc_rate", 65}}), "line", "workshop", {"workshop.mes", "workshop.network_rate"}, {}, 8},
      {"not 规模以上: no category, and the lowest one says why", "2019",
       with(kTop, {{"above_designated_size", "false"}}, {}), std::nullopt, "line", {"basic.scale"}, {}, 9},
      {"不确定 about 投产 keeps every category out of reach", "2019", with(kTop, {}, {}, {"project_in_production"}),
       std::nullopt, "line", {}, {"basic.in_production"}, 8},
      {"the factory's conditions do not include the line's 数控化率", "2019", with(kTop, {}, {{"cnc_rate", 40}}),
       "factory", std::nullopt, {}, {}, 9},
      {"made-up year: 65 % is below its line's 70 %, within its 智能制造单元's 50 %", "made-up",
       with(line_only, {}, {{"cnc_rate", 65}}, {"auto_id"}), "cell", "line", {"line.cnc_rate"}, {}, 8},
      {"made-up year: 80 % reaches its line", "made-up", with(line_only, {}, {{"cnc_rate", 80}}), "line", "workshop",
       {"workshop.mes", "workshop.network_rate"}, {}, 8},
      {"made-up year: nothing answered opens its lowest category", "made-up", {}, std::nullopt, "cell", {},
       {"basic.scale", "basic.in_production", "cell.cnc_rate"}, 0},
  };
  for (const auto& row : rows) {
    SCOPED_TRACE(row.name);
    const sx::Standard& year = std::string(row.year) == "2019" ? year_2019() : sx_test::made_up_year();
    const Model model = answered(year, row.answers);
    const sx_app::QuickResult result = sx_app::quick_result(model);
    EXPECT_EQ(result.within_reach, row.within_reach);
    EXPECT_EQ(result.next, row.next);
    EXPECT_EQ(ids(result.lacking), row.lacking);
    EXPECT_EQ(ids(result.uncertain), row.uncertain);
    EXPECT_EQ(result.answered, row.answered);
  }
}

// What the quick check does not ask stays for the full assessment: counted, never assumed met.
TEST(QuickCheck, WhatItDoesNotAskIsLeftToTheFullAssessment) {
  Model model = answered(year_2019(), kTop);
  EXPECT_EQ(sx_app::quick_result(model).to_confirm, 12);  // 6 basic and 6 of 第八条 not asked
  ASSERT_TRUE(model.set_fact("revoked_within_3_years", sx::Json(true)));  // a returning user's answer
  const sx_app::QuickResult result = sx_app::quick_result(model);
  EXPECT_EQ(result.within_reach, std::nullopt) << "a condition found false elsewhere counts too";
  EXPECT_EQ(ids(result.lacking), (std::vector<std::string>{"basic.not_revoked"}));
}

}  // namespace
