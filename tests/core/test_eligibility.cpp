// Every eligibility condition true / false / unknown, the category verdicts and the
// recommended category (spec "Eligibility").
#include <gtest/gtest.h>

#include <set>

#include "test_support.hpp"

namespace {

sx::Tri condition_state(const sx::Json& patch, const std::string& category, const std::string& id) {
  const auto e = sx_test::evaluate(sx_test::document("discrete", patch));
  for (const auto& c : e.category(category)->conditions) {
    if (c.id == id) return c.state;
  }
  throw std::runtime_error("no condition " + id);
}

struct Row {
  const char* category;
  const char* id;
  const char* patch;  // JSON merged into a discrete document
  sx::Tri state;
};

constexpr sx::Tri T = sx::Tri::True;
constexpr sx::Tri F = sx::Tri::False;
constexpr sx::Tri U = sx::Tri::Unknown;

const Row kRows[] = {
    {"line", "basic.registered", R"({"facts":{"registered_in_shaoxing":true,"independent_legal_person":true}})", T},
    {"line", "basic.registered", R"({"facts":{"registered_in_shaoxing":true,"independent_legal_person":false}})", F},
    {"line", "basic.registered", R"({"facts":{"registered_in_shaoxing":false}})", F},
    {"line", "basic.registered", R"({"facts":{"registered_in_shaoxing":true}})", U},
    {"line", "basic.registered", R"({})", U},
    {"line", "basic.scale", R"({"facts":{"above_designated_size":true}})", T},
    {"line", "basic.scale", R"({"facts":{"above_designated_size":false}})", F},
    {"line", "basic.scale", R"({})", U},
    {"line", "basic.operating", R"({"facts":{"operating_normally":true}})", T},
    {"line", "basic.operating", R"({"facts":{"operating_normally":false}})", F},
    {"line", "basic.operating", R"({})", U},
    {"line", "basic.in_production", R"({"facts":{"project_in_production":true}})", T},
    {"line", "basic.in_production", R"({"facts":{"project_in_production":false}})", F},
    {"line", "basic.in_production", R"({})", U},
    {"line", "basic.results", R"({"facts":{"results":["cost"]}})", T},
    {"line", "basic.results", R"({"facts":{"results":["cost","cycle","efficiency","defects","energy"]}})", T},
    {"line", "basic.results", R"({"facts":{"results":[]}})", F},
    {"line", "basic.results", R"({})", U},
    {"line", "basic.it_governance", R"({"facts":{"it_governance":true}})", T},
    {"line", "basic.it_governance", R"({"facts":{"it_governance":false}})", F},
    {"line", "basic.it_governance", R"({})", U},
    {"line", "basic.not_revoked", R"({"facts":{"revoked_within_3_years":false}})", T},
    {"line", "basic.not_revoked", R"({"facts":{"revoked_within_3_years":true}})", F},
    {"line", "basic.not_revoked", R"({})", U},
    {"line", "basic.one_category", R"({"facts":{"applied_other_category_this_year":false}})", T},
    {"line", "basic.one_category", R"({"facts":{"applied_other_category_this_year":true}})", F},
    {"line", "basic.one_category", R"({})", U},
    {"line", "line.smart_equipment", R"({"facts":{"key_equipment_kinds":["auto_assembly"]}})", T},
    {"line", "line.smart_equipment", R"({"facts":{"key_equipment_kinds":[]}})", F},
    {"line", "line.smart_equipment", R"({})", U},
    {"line", "line.smart_equipment", R"({"facts":{"key_equipment_kinds":["robot","auto_assembly","smart_inspection"]}})", T},
    {"line", "line.cnc_rate", R"({"metrics":{"cnc_rate":60}})", T},  // "60%以上" includes 60
    {"line", "line.cnc_rate", R"({"metrics":{"cnc_rate":60.01}})", T},
    {"line", "line.cnc_rate", R"({"metrics":{"cnc_rate":100}})", T},
    {"line", "line.cnc_rate", R"({"metrics":{"cnc_rate":59.99}})", F},
    {"line", "line.cnc_rate", R"({"metrics":{"cnc_rate":0}})", F},
    {"line", "line.cnc_rate", R"({"figures":{"key_equipment":10,"cnc_key_equipment":10}})", U},  // figures alone
    {"line", "line.cnc_rate", R"({})", U},
    {"line", "line.digital_interfaces", R"({"facts":{"digital_interfaces":true}})", T},
    {"line", "line.digital_interfaces", R"({"facts":{"digital_interfaces":false}})", F},
    {"line", "line.digital_interfaces", R"({})", U},
    {"line", "line.network_rate", R"({"metrics":{"network_rate":40}})", T},
    {"line", "line.network_rate", R"({"metrics":{"network_rate":40.01}})", T},
    {"line", "line.network_rate", R"({"metrics":{"network_rate":39.99}})", F},
    {"line", "line.network_rate", R"({})", U},
    {"workshop", "workshop.realtime", R"({"facts":{"realtime_integration":true}})", T},
    {"workshop", "workshop.realtime", R"({"facts":{"realtime_integration":false}})", F},
    {"workshop", "workshop.realtime", R"({})", U},
    {"workshop", "workshop.cnc_rate", R"({"metrics":{"cnc_rate":65}})", T},  // "不低于65%"
    {"workshop", "workshop.cnc_rate", R"({"metrics":{"cnc_rate":65.01}})", T},
    {"workshop", "workshop.cnc_rate", R"({"metrics":{"cnc_rate":64.99}})", F},
    {"workshop", "workshop.cnc_rate", R"({"metrics":{"cnc_rate":60}})", F},
    {"workshop", "workshop.cnc_rate", R"({})", U},
    {"workshop", "workshop.interconnected", R"({"facts":{"key_equipment_interconnected":true}})", T},
    {"workshop", "workshop.interconnected", R"({"facts":{"key_equipment_interconnected":false}})", F},
    {"workshop", "workshop.interconnected", R"({})", U},
    {"workshop", "workshop.mes", R"({"facts":{"mes_core":true}})", T},
    {"workshop", "workshop.mes", R"({"facts":{"mes_core":false}})", F},
    {"workshop", "workshop.mes", R"({})", U},
    {"workshop", "workshop.iot", R"({"facts":{"iot_collection":true}})", T},
    {"workshop", "workshop.iot", R"({"facts":{"iot_collection":false}})", F},
    {"workshop", "workshop.iot", R"({})", U},
    {"workshop", "workshop.network_rate", R"({"metrics":{"network_rate":50}})", T},
    {"workshop", "workshop.network_rate", R"({"metrics":{"network_rate":100}})", T},
    {"workshop", "workshop.network_rate", R"({"metrics":{"network_rate":49.99}})", F},
    {"workshop", "workshop.network_rate", R"({})", U},
    {"factory", "factory.integration", R"({"facts":{"full_integration":true}})", T},
    {"factory", "factory.integration", R"({"facts":{"full_integration":false}})", F},
    {"factory", "factory.integration", R"({})", U},
    {"factory", "factory.new_mode", R"({"modes":{"customization":{"1":"met","2":"met","3":"partial","4":"partial"}}})", T},
    {"factory", "factory.new_mode", R"({"modes":{"customization":{"1":"met","2":"unmet","3":"met","4":"met"}}})", F},
    {"factory", "factory.new_mode", R"({"modes":{"remote":{"1":"met"}}})", F},  // answered, none basically met
    {"factory", "factory.new_mode", R"({"modes":{"remote":{"1":"unmet"}}})", F},
    {"factory", "factory.new_mode",
     R"({"modes":{"remote":{"1":"unmet"},"customization":{"1":"met","2":"met","3":"partial","4":"partial"}}})", T},  // one is enough
    {"factory", "factory.new_mode", R"({"modes":{"remote":{}}})", U},  // no element answered
    {"factory", "factory.new_mode", R"({"modes":{}})", U},
    {"factory", "factory.new_mode", R"({})", U},
    {"factory", "factory.smart_equipment_rate", R"({"metrics":{"smart_equipment_rate":70}})", T},
    {"factory", "factory.smart_equipment_rate", R"({"metrics":{"smart_equipment_rate":70.01}})", T},
    {"factory", "factory.smart_equipment_rate", R"({"metrics":{"smart_equipment_rate":69.99}})", F},
    {"factory", "factory.smart_equipment_rate", R"({})", U},
    {"factory", "factory.platform", R"({"facts":{"platform_tech":true}})", T},
    {"factory", "factory.platform", R"({"facts":{"platform_tech":false}})", F},
    {"factory", "factory.platform", R"({})", U},
    {"factory", "factory.auto_id", R"({"facts":{"auto_id":true}})", T},
    {"factory", "factory.auto_id", R"({"facts":{"auto_id":false}})", F},
    {"factory", "factory.auto_id", R"({})", U},
    {"factory", "factory.rd_tools_rate", R"({"metrics":{"rd_tools_rate":70}})", T},
    {"factory", "factory.rd_tools_rate", R"({"metrics":{"rd_tools_rate":100}})", T},
    {"factory", "factory.rd_tools_rate", R"({"metrics":{"rd_tools_rate":69.99}})", F},
    {"factory", "factory.rd_tools_rate", R"({})", U},
    {"factory", "factory.mes_erp", R"({"facts":{"mes_erp_integration":true}})", T},
    {"factory", "factory.mes_erp", R"({"facts":{"mes_erp_integration":false}})", F},
    {"factory", "factory.mes_erp", R"({})", U},
    {"factory", "factory.network_rate", R"({"metrics":{"network_rate":50}})", T},  // "50%以上"
    {"factory", "factory.network_rate", R"({"metrics":{"network_rate":50.01}})", T},
    {"factory", "factory.network_rate", R"({"metrics":{"network_rate":49.99}})", F},
    {"factory", "factory.network_rate", R"({})", U},
    {"factory", "factory.collaboration", R"({"facts":{"internet_plus":true}})", T},
    {"factory", "factory.collaboration", R"({"facts":{"internet_plus":false}})", F},
    {"factory", "factory.collaboration", R"({})", U},
    {"factory", "factory.decision", R"({"facts":{"closed_loop_decision":true}})", T},
    {"factory", "factory.decision", R"({"facts":{"closed_loop_decision":false}})", F},
    {"factory", "factory.decision", R"({})", U},
};

const sx::Json kBasic = {{"registered_in_shaoxing", true}, {"independent_legal_person", true},
                         {"above_designated_size", true}, {"operating_normally", true},
                         {"project_in_production", true}, {"results", {"efficiency"}},
                         {"it_governance", true}, {"revoked_within_3_years", false},
                         {"applied_other_category_this_year", false}};
const sx::Json kLine = {{"key_equipment_kinds", {"robot"}}, {"digital_interfaces", true}};
const sx::Json kWorkshop = {{"realtime_integration", true}, {"key_equipment_interconnected", true},
                            {"mes_core", true}, {"iot_collection", true}};
const sx::Json kFactory = {{"full_integration", true}, {"platform_tech", true}, {"auto_id", true},
                           {"mes_erp_integration", true}, {"internet_plus", true},
                           {"closed_loop_decision", true}};

sx::Json facts(std::initializer_list<sx::Json> parts) {
  sx::Json all = sx::Json::object();
  for (const auto& part : parts) {
    for (const auto& [k, v] : part.items()) all[k] = v;
  }
  return all;
}

}  // namespace

TEST(Eligibility, EveryConditionTrueFalseUnknown) {
  std::set<std::string> covered[3];
  for (const auto& row : kRows) {
    SCOPED_TRACE(std::string(row.id) + " with " + row.patch);
    EXPECT_EQ(condition_state(sx::Json::parse(row.patch), row.category, row.id), row.state);
    covered[static_cast<int>(row.state)].insert(row.id);
  }
  // The table holds every condition of the standard in all three states.
  for (const auto& condition : sx::find_standard("shaoxing-2019")->conditions) {
    for (const auto& states : covered) EXPECT_TRUE(states.count(condition.id)) << condition.id;
  }
}

TEST(Eligibility, ConditionsAreListedBasicFirstThenTheCategorysOwn) {
  const auto e = sx_test::evaluate(sx_test::header());
  const std::pair<const char*, std::size_t> sizes[] = {{"line", 12}, {"workshop", 14}, {"factory", 18}};
  for (const auto& [category, size] : sizes) {
    const auto& conditions = e.category(category)->conditions;
    ASSERT_EQ(conditions.size(), size) << category;
    for (std::size_t i = 0; i < conditions.size(); ++i) {
      const std::string prefix = i < 8 ? "basic." : std::string(category) + ".";
      EXPECT_EQ(conditions[i].id.rfind(prefix, 0), 0u) << conditions[i].id;
    }
    EXPECT_EQ(e.category(category)->unknown.size(), size) << category;
  }
}

// A condition's result by id: a category's own, and the evaluation's from the first category that
// has it (a basic condition is the same in each); an id no category has gives nullptr.
TEST(Eligibility, AConditionsResultIsFoundById) {
  const auto e = sx_test::evaluate(sx_test::document("discrete", {{"facts", {{"above_designated_size", true}}}}));
  const sx::ConditionResult* basic = e.condition("basic.scale");
  ASSERT_NE(basic, nullptr);
  for (const auto& category : e.categories) {
    const sx::ConditionResult* own = category.condition("basic.scale");
    ASSERT_NE(own, nullptr) << category.id;
    EXPECT_EQ(own->state, basic->state) << category.id;
  }
  ASSERT_NE(e.condition("factory.new_mode"), nullptr);
  EXPECT_EQ(e.category("line")->condition("factory.new_mode"), nullptr);
  EXPECT_EQ(e.condition("no.such"), nullptr);
  EXPECT_EQ(sx_test::standard().condition("no.such"), nullptr);
  EXPECT_EQ(sx_test::standard().condition("basic.scale")->article, "第五条（一）");
}

// 第八条（二）'s words: a verdict that rating the rest could still change says so, rather than
// reading as a final 无基本具备的模式 while one element is still unrated.
TEST(Eligibility, TheNewModeConditionSaysWhenModesAreStillBeingRated) {
  const struct {
    const char* patch;
    std::string value;
  } cases[] = {
      {R"({})", "未评"},
      {R"({"modes":{"remote":{"1":"met"}}})", "暂无基本具备的模式（5 种尚未评完）"},
      {R"({"modes":{"remote":{"1":"unmet"}}})", "暂无基本具备的模式（4 种尚未评完）"},
      {R"({"modes":{"discrete":{"1":"unmet"},"process":{"1":"unmet"},"network":{"1":"unmet"},
          "customization":{"1":"unmet"},"remote":{"1":"unmet"}}})", "无基本具备的模式"},
      {R"({"modes":{"customization":{"1":"met","2":"met","3":"partial","4":"partial"}}})",
       sx_test::standard().mode("customization")->title},
  };
  for (const auto& c : cases) {
    const auto e = sx_test::evaluate(sx_test::document("discrete", sx::Json::parse(c.patch)));
    const sx::ConditionResult* found = nullptr;
    for (const auto& r : e.category("factory")->conditions) {
      if (r.id == "factory.new_mode") found = &r;
    }
    ASSERT_NE(found, nullptr);
    EXPECT_EQ(found->value_zh, c.value) << c.patch;
  }
}

TEST(Eligibility, TheEnterprisesOwnValueIsShown) {
  struct Case {
    const char* patch;
    const char* id;
    std::string value;
  };
  const Case cases[] = {
      {R"({"metrics":{"cnc_rate":58}})", "line.cnc_rate", "58%"},
      {R"({"metrics":{"cnc_rate":66.5}})", "line.cnc_rate", "66.5%"},
      {R"({})", "line.cnc_rate", "未填"},
      {R"({"facts":{"registered_in_shaoxing":true,"independent_legal_person":false}})", "basic.registered",
       "已在绍兴市注册；不具有独立法人资格"},
      {R"({"facts":{"revoked_within_3_years":false}})", "basic.not_revoked", "未被撤销"},
      {R"({"facts":{"results":[]}})", "basic.results", "无"},
      {R"({"facts":{"results":["energy","cost"]}})", "basic.results",
       sx_test::standard().fact("results")->option("energy")->label + "；" +
           sx_test::standard().fact("results")->option("cost")->label},  // in the order given
  };
  for (const auto& c : cases) {
    const auto e = sx_test::evaluate(sx_test::document("discrete", sx::Json::parse(c.patch)));
    const sx::ConditionResult* found = nullptr;
    for (const auto& r : e.category("line")->conditions) {
      if (r.id == c.id) found = &r;
    }
    ASSERT_NE(found, nullptr) << c.id;
    EXPECT_EQ(found->value_zh, c.value) << c.id << " with " << c.patch;
  }
}

// 企业情况 says what is true in words, never a bare 是/否 against a condition worded the other way
// (第十四条 三年内未被撤销称号 with the fact "revoked" false reads 未被撤销). Each basic condition
// with its facts true, false and unanswered; the expectation is what a reviewer reads.
TEST(Eligibility, EachBasicConditionInWordsTrueFalseUnknown) {
  struct Case {
    const char* id;
    const char* patch;
    sx::Tri state;
    const char* value;
  };
  const Case cases[] = {
      {"basic.registered", R"({"registered_in_shaoxing":true,"independent_legal_person":true})", T,
       "已在绍兴市注册；具有独立法人资格"},
      {"basic.registered", R"({"registered_in_shaoxing":false,"independent_legal_person":false})", F,
       "未在绍兴市注册；不具有独立法人资格"},
      {"basic.registered", R"({})", U, "未填"},
      {"basic.registered", R"({"registered_in_shaoxing":true})", U, "已在绍兴市注册；具有独立法人资格：未填"},
      {"basic.scale", R"({"above_designated_size":true})", T, "规模以上企业"},
      {"basic.scale", R"({"above_designated_size":false})", F, "非规模以上企业"},
      {"basic.scale", R"({})", U, "未填"},
      {"basic.operating", R"({"operating_normally":true})", T, "生产经营正常"},
      {"basic.operating", R"({"operating_normally":false})", F, "生产经营不正常"},
      {"basic.operating", R"({})", U, "未填"},
      {"basic.in_production", R"({"project_in_production":true})", T, "已建成投产"},
      {"basic.in_production", R"({"project_in_production":false})", F, "尚未建成投产"},
      {"basic.in_production", R"({})", U, "未填"},
      {"basic.results", R"({"results":["cost"]})", T, "降低运营成本"},
      {"basic.results", R"({"results":[]})", F, "无"},
      {"basic.results", R"({})", U, "未填"},
      {"basic.it_governance", R"({"it_governance":true})", T, "制度健全、执行良好"},
      {"basic.it_governance", R"({"it_governance":false})", F, "制度不健全或执行不到位"},
      {"basic.it_governance", R"({})", U, "未填"},
      {"basic.not_revoked", R"({"revoked_within_3_years":false})", T, "未被撤销"},
      {"basic.not_revoked", R"({"revoked_within_3_years":true})", F, "曾被撤销"},
      {"basic.not_revoked", R"({})", U, "未填"},
      {"basic.one_category", R"({"applied_other_category_this_year":false})", T, "仅申报本类别"},
      {"basic.one_category", R"({"applied_other_category_this_year":true})", F, "已申报其他类别"},
      {"basic.one_category", R"({})", U, "未填"},
  };
  std::set<std::string> covered[3];
  for (const auto& c : cases) {
    SCOPED_TRACE(std::string(c.id) + " with " + c.patch);
    const auto e = sx_test::evaluate(sx_test::document("discrete", {{"facts", sx::Json::parse(c.patch)}}));
    const sx::ConditionResult* found = nullptr;
    for (const auto& r : e.category("line")->conditions) {
      if (r.id == c.id) found = &r;
    }
    ASSERT_NE(found, nullptr);
    EXPECT_EQ(found->state, c.state);
    EXPECT_EQ(found->value_zh, c.value);
    covered[static_cast<int>(c.state)].insert(c.id);
  }
  for (const auto& condition : sx_test::standard().conditions) {
    if (condition.category != "basic") continue;
    for (const auto& states : covered) EXPECT_TRUE(states.count(condition.id)) << condition.id;
  }
}

// Every condition answered by bool facts, in every category, with each fact true and false: the
// enterprise's situation is never 是 or 否, and its two states never read the same.
TEST(Eligibility, NoConditionReadsABareYesOrNo) {
  for (const auto& condition : sx_test::standard().conditions) {
    if (condition.kind != sx::RuleKind::FactsTrue && condition.kind != sx::RuleKind::FactFalse) continue;
    const std::string category = condition.category == "basic" ? "line" : condition.category;
    std::string texts[2];
    for (const bool value : {true, false}) {
      sx::Json facts = sx::Json::object();
      for (const auto& key : condition.facts) facts[key] = value;
      const auto e = sx_test::evaluate(sx_test::document("discrete", {{"facts", facts}}));
      for (const auto& r : e.category(category)->conditions) {
        if (r.id == condition.id) texts[value] = r.value_zh;
      }
      SCOPED_TRACE(condition.id + (value ? " true" : " false"));
      EXPECT_FALSE(texts[value].empty());
      EXPECT_EQ(texts[value].find("是"), std::string::npos) << texts[value];
      EXPECT_NE(texts[value], "否");
    }
    EXPECT_NE(texts[0], texts[1]) << condition.id;
  }
}

TEST(Eligibility, BasicConditionsApplyToEveryCategory) {
  const auto e = sx_test::evaluate(sx_test::document("discrete", {{"facts", {{"revoked_within_3_years", true}}}}));
  for (const char* category : {"line", "workshop", "factory"}) {
    const auto* c = e.category(category);
    EXPECT_EQ(c->eligible, sx::Tri::False) << category;
    EXPECT_EQ(c->failed, std::vector<std::string>{"basic.not_revoked"}) << category;
  }
}

TEST(Eligibility, CategoryVerdictsAndTheirLists) {
  const auto unknown = sx_test::evaluate(sx_test::header());
  EXPECT_EQ(unknown.category("line")->eligible, sx::Tri::Unknown);
  EXPECT_EQ(unknown.category("line")->unknown.size(), 12u);
  EXPECT_TRUE(unknown.category("line")->failed.empty());
  EXPECT_EQ(unknown.recommended, std::nullopt);

  const sx::Json line_doc = {{"facts", facts({kBasic, kLine})}, {"metrics", {{"cnc_rate", 61}, {"network_rate", 45}}}};
  const auto line = sx_test::evaluate(sx_test::document("discrete", line_doc));
  EXPECT_EQ(line.category("line")->eligible, sx::Tri::True);
  EXPECT_EQ(line.category("workshop")->eligible, sx::Tri::False);  // 61 < 65 fails although others are unknown
  EXPECT_EQ(line.category("workshop")->failed,
            (std::vector<std::string>{"workshop.cnc_rate", "workshop.network_rate"}));
  EXPECT_EQ(line.category("workshop")->unknown,
            (std::vector<std::string>{"workshop.realtime", "workshop.interconnected", "workshop.mes", "workshop.iot"}));
  EXPECT_EQ(line.recommended, std::optional<std::string>("line"));
}

TEST(Eligibility, RecommendedIsTheHighestEligibleCategory) {
  const sx::Json modes = {{"network", {{"1", "met"}, {"2", "met"}, {"3", "met"}, {"4", "partial"}, {"5", "partial"}, {"6", "partial"}}}};
  struct Case {
    sx::Json doc;
    std::optional<std::string> recommended;
  };
  const Case cases[] = {
      {{{"facts", facts({kBasic, kLine, kWorkshop, kFactory})},
        {"metrics", {{"cnc_rate", 70}, {"network_rate", 55}, {"smart_equipment_rate", 75}, {"rd_tools_rate", 80}}},
        {"modes", modes}},
       "factory"},
      {{{"facts", facts({kBasic, kLine, kWorkshop, kFactory})},
        {"metrics", {{"cnc_rate", 70}, {"network_rate", 55}, {"smart_equipment_rate", 69}, {"rd_tools_rate", 80}}},
        {"modes", modes}},
       "workshop"},
      {{{"facts", facts({kBasic, kLine})}, {"metrics", {{"cnc_rate", 60}, {"network_rate", 40}}}}, "line"},
      {{{"facts", facts({kBasic, kLine})}, {"metrics", {{"cnc_rate", 59}, {"network_rate", 40}}}}, std::nullopt},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(sx_test::evaluate(sx_test::document("discrete", c.doc)).recommended, c.recommended) << c.doc.dump();
  }
}

TEST(Eligibility, RecommendedIsTheHighestEligibleEvenWhenALowerOneFails) {
  // cnc 50%: line (60) and workshop (65) fail; the factory's conditions do not read the CNC rate.
  const sx::Json modes = {{"customization", {{"1", "met"}, {"2", "met"}, {"3", "partial"}, {"4", "partial"}}}};
  const auto e = sx_test::evaluate(sx_test::document(
      "discrete", {{"facts", facts({kBasic, kLine, kWorkshop, kFactory})},
                   {"metrics", {{"cnc_rate", 50}, {"network_rate", 55}, {"smart_equipment_rate", 70}, {"rd_tools_rate", 70}}},
                   {"modes", modes}}));
  EXPECT_EQ(e.category("line")->eligible, sx::Tri::False);
  EXPECT_EQ(e.category("workshop")->eligible, sx::Tri::False);
  EXPECT_EQ(e.category("factory")->eligible, sx::Tri::True);
  EXPECT_EQ(e.recommended, std::optional<std::string>("factory"));
}

TEST(Eligibility, CategoryVerdictIsTriState) {
  const sx::Json all_line = {{"facts", facts({kBasic, kLine})}, {"metrics", {{"cnc_rate", 60}, {"network_rate", 40}}}};
  struct Case {
    const char* change;  // applied to all_line: "fact=value" or "-fact" to remove
    sx::Tri eligible;
    std::vector<std::string> failed, unknown;
  };
  const Case cases[] = {
      {"", sx::Tri::True, {}, {}},
      {"-it_governance", sx::Tri::Unknown, {}, {"basic.it_governance"}},
      {"-digital_interfaces", sx::Tri::Unknown, {}, {"line.digital_interfaces"}},
      {"digital_interfaces=false", sx::Tri::False, {"line.digital_interfaces"}, {}},
      {"applied_other_category_this_year=true", sx::Tri::False, {"basic.one_category"}, {}},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.change);
    sx::Json doc = all_line;
    const std::string change = c.change;
    if (!change.empty() && change[0] == '-') doc["facts"].erase(change.substr(1));
    else if (!change.empty()) {
      const auto eq = change.find('=');
      doc["facts"][change.substr(0, eq)] = change.substr(eq + 1) == "true";
    }
    const auto e = sx_test::evaluate(sx_test::document("discrete", doc));
    EXPECT_EQ(e.category("line")->eligible, c.eligible);
    EXPECT_EQ(e.category("line")->failed, c.failed);
    EXPECT_EQ(e.category("line")->unknown, c.unknown);
    EXPECT_EQ(e.recommended, c.eligible == sx::Tri::True ? std::optional<std::string>("line") : std::nullopt);
  }
  // Failed wins over unknown: one false and the rest unknown is false.
  const auto one_false = sx_test::evaluate(sx_test::document("discrete", {{"metrics", {{"network_rate", 10}}}}));
  EXPECT_EQ(one_false.category("line")->eligible, sx::Tri::False);
  EXPECT_EQ(one_false.category("line")->failed, std::vector<std::string>{"line.network_rate"});
  EXPECT_EQ(one_false.category("line")->unknown.size(), 11u);
  EXPECT_EQ(one_false.category("factory")->eligible, sx::Tri::False);
  EXPECT_EQ(one_false.category("factory")->failed, std::vector<std::string>{"factory.network_rate"});
}

TEST(Eligibility, InTheJsonEligibleIsTrueFalseOrNull) {
  const auto e = sx_test::evaluate(sx_test::document(
      "discrete", {{"facts", facts({kBasic, kLine})}, {"metrics", {{"cnc_rate", 61}, {"network_rate", 55}}}}));
  const auto json = sx::to_json(e);
  EXPECT_EQ(json["categories"]["line"]["eligible"], true);
  EXPECT_EQ(json["categories"]["workshop"]["eligible"], false);
  EXPECT_TRUE(json["categories"]["factory"]["eligible"].is_null());
  EXPECT_EQ(json["categories"]["workshop"]["failed"], sx::Json::parse(R"(["workshop.cnc_rate"])"));
  EXPECT_EQ(json["categories"]["factory"]["failed"], sx::Json::array());
  EXPECT_EQ(json["categories"]["factory"]["unknown"].size(), 9u);
  EXPECT_EQ(json["recommended"], "line");
  EXPECT_TRUE(sx::to_json(sx_test::evaluate(sx_test::header()))["recommended"].is_null());
}

TEST(Eligibility, ExampleDocuments) {
  struct Expect {
    const char* file;
    sx::Tri line, workshop, factory;
    std::optional<std::string> recommended;
  };
  const Expect cases[] = {
      // every basic, line and workshop fact holds; no mode rated, so the factory is open
      {"discrete-full.json", sx::Tri::True, sx::Tri::True, sx::Tri::Unknown, "workshop"},
      // a process enterprise: no line/workshop facts, but the process mode is basically met
      {"process-full.json", sx::Tri::Unknown, sx::Tri::Unknown, sx::Tri::True, "factory"},
      // cnc 58% and network 42% fail all three
      {"discrete-partial.json", sx::Tri::False, sx::Tri::False, sx::Tri::False, std::nullopt},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.file);
    const auto e = sx::evaluate(*sx::parse_assessment(sx_test::fixture_text(c.file)).assessment);
    EXPECT_EQ(e.category("line")->eligible, c.line);
    EXPECT_EQ(e.category("workshop")->eligible, c.workshop);
    EXPECT_EQ(e.category("factory")->eligible, c.factory);
    EXPECT_EQ(e.recommended, c.recommended);
  }
  const auto full = sx::evaluate(*sx::parse_assessment(sx_test::fixture_text("discrete-full.json")).assessment);
  EXPECT_EQ(full.category("factory")->failed, std::vector<std::string>{});
  EXPECT_EQ(full.category("factory")->unknown,
            (std::vector<std::string>{"factory.integration", "factory.new_mode", "factory.smart_equipment_rate",
                                      "factory.platform", "factory.auto_id", "factory.rd_tools_rate", "factory.mes_erp",
                                      "factory.collaboration", "factory.decision"}));
  const auto partial = sx::evaluate(*sx::parse_assessment(sx_test::fixture_text("discrete-partial.json")).assessment);
  EXPECT_EQ(partial.category("line")->failed, std::vector<std::string>{"line.cnc_rate"});
  EXPECT_EQ(partial.category("line")->unknown,
            (std::vector<std::string>{"basic.in_production", "basic.it_governance", "basic.not_revoked",
                                      "basic.one_category"}));
}
