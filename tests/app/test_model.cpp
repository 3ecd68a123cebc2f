// The app model (app/model): typed actions apply the standard's rules, refuse what the core would
// reject, record undo and keep the evaluation in step with the document. Tables of
// {input, expectation} rows, as nlohmann/json's unit tests.
#include <gtest/gtest.h>

#include <cmath>
#include <functional>
#include <limits>
#include <optional>
#include <string>
#include <vector>

#include "model.hpp"
#include "needs.hpp"
#include "progress.hpp"
#include "sx/evaluation.hpp"

namespace {

using sx_app::ActionResult;
using sx_app::Model;
using sx_app::Progress;

const sx::Standard& standard() {
  const sx::Standard* s = sx::find_standard("shaoxing-2019");
  if (s == nullptr) throw std::runtime_error("shaoxing-2019 is not embedded");
  return *s;
}

sx::Json J(const char* text) { return sx::Json::parse(text); }

const sx::Json& answers(const Model& model) {
  static const sx::Json none = sx::Json::object();
  const auto it = model.document().json().find("answers");
  return it == model.document().json().end() ? none : *it;
}

// What every refused action must leave behind: nothing changed, and a reason to show.
void expect_refused(const Model& model, const ActionResult& result, const sx::Assessment& before,
                    int revision) {
  EXPECT_FALSE(result.ok);
  EXPECT_FALSE(result.error.empty());
  EXPECT_TRUE(model.document() == before) << model.document().json().dump();
  EXPECT_EQ(model.revision(), revision);
}

// The document as the core reads it back from its own file.
sx::Assessment reloaded(const Model& model) {
  auto parsed = sx::parse_assessment(sx::serialise(model.document()));
  EXPECT_TRUE(parsed.errors.empty()) << (parsed.errors.empty() ? "" : sx::format_message(parsed.errors[0]));
  return parsed.assessment ? *parsed.assessment : sx::Assessment("shaoxing-2019", "discrete");
}

// ---- 表1 4.3: the rule that motivated the model (spec inconsistency 8) ----

TEST(ModelAnswer, IntegrationBecomesNoWhenItsRequirementIsWithdrawn) {
  struct Row {
    const char* withdrawn;
    const char* value;  // JSON
  };
  for (const Row& row : std::vector<Row>{{"4.1", "false"}, {"4.1", "null"}, {"4.2", "false"}, {"4.2", "null"}}) {
    SCOPED_TRACE(std::string(row.withdrawn) + " = " + row.value);
    Model model(standard());
    ASSERT_TRUE(model.answer("4.1", true));
    ASSERT_TRUE(model.answer("4.2", true));
    ASSERT_TRUE(model.answer("4.3", true));
    EXPECT_EQ(model.evaluation().item("4.3")->points, 4);

    const ActionResult result = model.answer(row.withdrawn, J(row.value));
    ASSERT_TRUE(result.ok) << result.error;
    EXPECT_EQ(*model.document().answer("4.3"), false);
    ASSERT_EQ(result.consequences.size(), 1u);
    EXPECT_NE(result.consequences[0].find("4.3"), std::string::npos) << result.consequences[0];
    EXPECT_NE(result.consequences[0].find("无"), std::string::npos) << result.consequences[0];
    EXPECT_EQ(model.evaluation().item("4.3")->points, 0);
    EXPECT_TRUE(model.evaluation().item("4.3")->answered);

    const sx::Assessment back = reloaded(model);
    EXPECT_EQ(sx::evaluate(back).total, model.evaluation().total);
    EXPECT_EQ(sx::to_json(sx::evaluate(back)), sx::to_json(model.evaluation()));
    // One undo brings back the claim together with its requirement.
    ASSERT_TRUE(model.undo());
    EXPECT_EQ(*model.document().answer("4.3"), true);
    EXPECT_EQ(*model.document().answer(row.withdrawn), true);
  }
}

// 4.2 answered 无 and then 有 again costs nothing (a newcomer lost 4.3's 4 points this way): 4.3
// is 有 again, and said so. An answer the user gave 4.3 meanwhile stands; a 4.3 that was 无
// before stays 无.
TEST(ModelAnswer, IntegrationIsRestoredWhenItsRequirementHoldsAgain) {
  {
    Model model(standard());
    ASSERT_TRUE(model.answer("4.1", true));
    ASSERT_TRUE(model.answer("4.2", true));
    ASSERT_TRUE(model.answer("4.3", true));
    ASSERT_TRUE(model.answer("4.2", false));
    EXPECT_EQ(*model.document().answer("4.3"), false);
    ASSERT_TRUE(model.answer("4.1", false));  // still lapsed: nothing more to say
    const ActionResult one = model.answer("4.1", true);
    EXPECT_TRUE(one.consequences.empty());
    EXPECT_EQ(*model.document().answer("4.3"), false);
    const ActionResult back = model.answer("4.2", true);
    ASSERT_TRUE(back.ok) << back.error;
    EXPECT_EQ(*model.document().answer("4.3"), true);
    ASSERT_EQ(back.consequences.size(), 1u);
    EXPECT_NE(back.consequences[0].find("4.3"), std::string::npos) << back.consequences[0];
    EXPECT_NE(back.consequences[0].find("已恢复为“有”"), std::string::npos) << back.consequences[0];
    EXPECT_EQ(model.evaluation().item("4.3")->points, 4);
    // Restored once: 4.2 无 and 有 again restores again, not a stale memory.
    ASSERT_TRUE(model.answer("4.2", false));
    ASSERT_TRUE(model.answer("4.2", true));
    EXPECT_EQ(*model.document().answer("4.3"), true);
  }
  {
    Model model(standard());
    ASSERT_TRUE(model.answer("4.1", true));
    ASSERT_TRUE(model.answer("4.2", true));
    ASSERT_TRUE(model.answer("4.3", true));
    ASSERT_TRUE(model.answer("4.2", false));
    ASSERT_TRUE(model.answer("4.3", false));  // the user's own 无, given while 4.2 was 无
    const ActionResult back = model.answer("4.2", true);
    EXPECT_TRUE(back.consequences.empty());
    EXPECT_EQ(*model.document().answer("4.3"), false);
  }
  {
    sx::Assessment doc("shaoxing-2019", "discrete");
    const sx::Json given = J(R"({"4.1": true, "4.2": false, "4.3": false})");
    for (const auto& [id, value] : given.items()) doc.set_answer(id, value);
    Model model(standard(), doc);
    const ActionResult back = model.answer("4.2", true);
    EXPECT_TRUE(back.consequences.empty());
    EXPECT_EQ(*model.document().answer("4.3"), false) << "a 4.3 that was 无 from the start stays 无";
  }
}

TEST(ModelAnswer, NoConsequencesWhenNothingDependsOnTheChange) {
  struct Row {
    const char* before;  // answers
    const char* item;
    const char* value;
  };
  for (const Row& row : std::vector<Row>{
           {R"({"4.1": true, "4.2": true, "4.3": false})", "4.1", "false"},  // 4.3 already 无
           {R"({"4.1": true, "4.2": true})", "4.1", "false"},                 // 4.3 unanswered
           {R"({"4.1": true, "4.2": true, "4.3": true})", "1.1", "true"},     // unrelated item
           {R"({"4.1": true, "4.2": true, "4.3": true})", "4.3", "false"},    // the claim itself
       }) {
    SCOPED_TRACE(std::string(row.before) + " then " + row.item + " = " + row.value);
    sx::Assessment doc("shaoxing-2019", "discrete");
    const sx::Json given = J(row.before);
    for (const auto& [id, value] : given.items()) doc.set_answer(id, value);
    Model model(standard(), doc);
    const sx::Json kept_43 = answers(model).value("4.3", sx::Json());
    const ActionResult result = model.answer(row.item, J(row.value));
    ASSERT_TRUE(result.ok) << result.error;
    EXPECT_TRUE(result.consequences.empty());
    if (std::string(row.item) != "4.3") {
      EXPECT_EQ(answers(model).value("4.3", sx::Json()), kept_43);
    }
  }
}

TEST(ModelAnswer, IntegrationNeedsErpAndMesBeforeItCanBeClaimed) {
  struct Row {
    const char* before;  // answers already given
    const char* value;   // the answer to 4.3
    bool ok;
  };
  for (const Row& row : std::vector<Row>{
           {R"({})", "false", true},  // 无 needs nothing
           {R"({})", "true", false},
           {R"({"4.1": true})", "true", false},
           {R"({"4.2": true})", "true", false},
           {R"({"4.1": true, "4.2": false})", "true", false},
           {R"({"4.1": false, "4.2": false})", "false", true},
           {R"({"4.1": true, "4.2": true})", "true", true},
       }) {
    SCOPED_TRACE(std::string(row.before) + " then 4.3 = " + row.value);
    sx::Assessment doc("shaoxing-2019", "discrete");
    const sx::Json given = J(row.before);
    for (const auto& [id, value] : given.items()) doc.set_answer(id, value);
    Model model(standard(), doc);
    const int revision = model.revision();
    const ActionResult result = model.answer("4.3", J(row.value));
    if (row.ok) {
      ASSERT_TRUE(result.ok) << result.error;
      EXPECT_EQ(*model.document().answer("4.3"), J(row.value));
      EXPECT_EQ(model.revision(), revision + 1);
    } else {
      expect_refused(model, result, doc, revision);
      // The reason names what is missing, in Chinese.
      EXPECT_NE(result.error.find("须先有"), std::string::npos) << result.error;
      EXPECT_FALSE(model.can_undo());
    }
  }
}

TEST(ModelAnswer, ValuesTheTableDoesNotHoldAreRefused) {
  struct Row {
    const char* type;
    const char* item;
    const char* value;  // JSON
    bool ok;
  };
  for (const Row& row : std::vector<Row>{
           {"discrete", "1.1", "true", true},
           {"discrete", "1.1", "\"yes\"", false},
           {"discrete", "1.1", "1", false},
           {"discrete", "2.1", R"(["cad", "cae"])", true},
           {"discrete", "2.1", R"([])", true},  // 无
           {"discrete", "2.1", R"(["cad", "cax"])", false},
           {"discrete", "2.1", R"(["cad", "cad"])", false},
           {"discrete", "2.1", R"("cad")", false},
           {"discrete", "3.1", "65", false},  // a metric item: decided by metrics.cnc_rate
           {"discrete", "6.1", R"("leading")", true},
           {"discrete", "6.1", R"("top")", false},
           {"discrete", "9.9", "true", false},
           {"process", "3.3", "true", true},
           {"process", "4.3", "true", false},  // 表2 has no 4.3
           {"process", "2.1", R"(["process", "energy", "environment"])", true},
           {"process", "2.1", R"(["cad"])", false},
       }) {
    SCOPED_TRACE(std::string(row.type) + " " + row.item + " = " + row.value);
    Model model(standard(), row.type);
    const sx::Assessment before = model.document();
    const ActionResult result = model.answer(row.item, J(row.value));
    if (row.ok) {
      ASSERT_TRUE(result.ok) << result.error;
      EXPECT_EQ(*model.document().answer(row.item), J(row.value));
      EXPECT_TRUE(model.evaluation().item(row.item)->answered);
    } else {
      expect_refused(model, result, before, 0);
    }
  }
}

TEST(ModelAnswer, NullOrEmptyMakesTheItemUnanswered) {
  for (const char* empty : {"null", "\"\""}) {
    SCOPED_TRACE(empty);
    Model model(standard());
    ASSERT_TRUE(model.answer("1.1", true));
    ASSERT_TRUE(model.answer("1.1", J(empty)));
    EXPECT_EQ(model.document().answer("1.1"), nullptr);
    EXPECT_FALSE(model.evaluation().item("1.1")->answered);
    EXPECT_FALSE(model.document().json().contains("answers"));  // no empty member left behind
  }
}

// ---- 离散型 ↔ 流程型 (tables.json "shared") ----

sx::Assessment every_discrete_answer() {
  auto parsed = sx::assessment_from_json(J(R"({
    "format": "sx-retrofit-assessment", "version": 1, "standard": "shaoxing-2019", "type": "discrete",
    "category": "line",
    "enterprise": {"name": "示例机械有限公司", "note": "free-form"},
    "facts": {"registered_in_shaoxing": true, "results": ["cost"]},
    "metrics": {"cnc_rate": 65, "rd_ratio": 1.5, "efficiency_gain": 9},
    "figures": {"key_equipment": 20, "cnc_key_equipment": 13},
    "answers": {"1.1": true, "2.1": ["cad"], "3.2": ["progress"], "3.3": ["robot"], "4.1": true,
                "4.2": true, "4.3": true, "5.1": ["office", "production"], "6.1": "average", "6.2": true},
    "modes": {"remote": {"1": "met"}}
  })"));
  if (!parsed.assessment) throw std::runtime_error(sx::format_message(parsed.errors.at(0)));
  return *parsed.assessment;
}

TEST(ModelType, PreviewListsWhatIsCarriedOverAndWhatIsDropped) {
  Model model(standard(), every_discrete_answer());
  const sx_app::TypeSwitchPreview preview = model.preview_type_switch("process");
  EXPECT_EQ(preview.from, "discrete");
  EXPECT_EQ(preview.to, "process");
  EXPECT_EQ(preview.kept, (std::vector<std::string>{
                              "表1 1.1 入户诊断 → 表2 1.1 入户诊断",
                              "表1 5.1 信息安全 → 表2 4.1 信息安全",
                              "表1 6.1 亩均产值 → 表2 5.1 亩均产值",
                              "表1 6.2 智能化改造人才储备 → 表2 5.2 智能化改造人才储备",
                          }));
  EXPECT_EQ(preview.dropped, (std::vector<std::string>{
                                 "表1 2.1 产品设计数字化",
                                 "表1 3.2 现场数据自动采集和分析",
                                 "表1 3.3 工业机器人等智能装备",
                                 "表1 4.1 企业资源计划系统（ERP）",
                                 "表1 4.2 车间制造执行系统（MES）",
                                 "表1 4.3 MES 与 ERP 互通集成",
                             }));
  // rd_ratio and efficiency_gain score in 表2 too; cnc_rate does not appear in 表2.
  EXPECT_EQ(preview.metrics_kept, (std::vector<std::string>{
                                      "表2 5.3 研究与试验发展（R&D）经费",
                                      "表2 5.4 生产效率提高",
                                  }));
  // A preview changes nothing.
  EXPECT_TRUE(model.document() == every_discrete_answer());
  EXPECT_EQ(model.revision(), 0);
}

TEST(ModelType, PreviewOfTheSameOrAnUnknownTypeListsNothing) {
  Model model(standard(), every_discrete_answer());
  for (const char* type : {"discrete", "chemical"}) {
    SCOPED_TRACE(type);
    const auto preview = model.preview_type_switch(type);
    EXPECT_TRUE(preview.kept.empty());
    EXPECT_TRUE(preview.dropped.empty());
    EXPECT_TRUE(preview.metrics_kept.empty());
  }
}

TEST(ModelType, SwitchCarriesSharedAnswersOverAndKeepsEverythingElse) {
  const sx::Assessment original = every_discrete_answer();
  Model model(standard(), original);
  ASSERT_TRUE(model.set_type("process"));
  EXPECT_EQ(model.document().type(), "process");
  EXPECT_EQ(answers(model), J(R"({"1.1": true, "4.1": ["office", "production"], "5.1": "average", "5.2": true})"));
  for (const char* member : {"category", "enterprise", "facts", "metrics", "figures", "modes"}) {
    SCOPED_TRACE(member);
    EXPECT_EQ(model.document().json().at(member), original.json().at(member));
  }
  EXPECT_EQ(model.table().number, "表2");
  EXPECT_EQ(model.evaluation().type, "process");
  const sx::Assessment as_process = model.document();

  // And back: only the shared answers return; 表1's own answers stay dropped.
  ASSERT_TRUE(model.set_type("discrete"));
  EXPECT_EQ(answers(model), J(R"({"1.1": true, "5.1": ["office", "production"], "6.1": "average", "6.2": true})"));
  EXPECT_EQ(model.document().json().at("metrics"), original.json().at("metrics"));

  // Undo restores each previous document exactly, answers and their order included.
  ASSERT_TRUE(model.undo());
  EXPECT_TRUE(model.document() == as_process);
  ASSERT_TRUE(model.undo());
  EXPECT_TRUE(model.document() == original);
  EXPECT_EQ(model.evaluation().item("4.3")->points, 4);
  ASSERT_TRUE(model.redo());
  EXPECT_TRUE(model.document() == as_process);
}

TEST(ModelType, SameTypeIsNoChangeAndUnknownTypeIsRefused) {
  Model model(standard(), every_discrete_answer());
  const sx::Assessment before = model.document();
  const ActionResult same = model.set_type("discrete");
  EXPECT_TRUE(same.ok);
  EXPECT_TRUE(model.document() == before);
  EXPECT_EQ(model.revision(), 0);
  EXPECT_FALSE(model.can_undo());
  expect_refused(model, model.set_type("chemical"), before, 0);
}

// ---- Undo and redo ----

TEST(ModelUndo, KeepsTheLastFiftySteps) {
  Model model(standard());
  std::vector<sx::Assessment> states{model.document()};
  for (int i = 0; i <= 50; ++i) {  // 51 actions
    ASSERT_TRUE(model.set_enterprise_field("name", "企业" + std::to_string(i)));
    states.push_back(model.document());
  }
  for (std::size_t i = 0; i < Model::kUndoDepth; ++i) {
    ASSERT_TRUE(model.undo()) << "undo " << i + 1;
    EXPECT_TRUE(model.document() == states[states.size() - 2 - i]);
  }
  EXPECT_FALSE(model.can_undo());
  EXPECT_FALSE(model.undo());
  EXPECT_EQ(model.document().enterprise_text("name"), "企业0");  // the blank document is beyond reach
  for (std::size_t i = 0; i < Model::kUndoDepth; ++i) ASSERT_TRUE(model.redo());
  EXPECT_FALSE(model.redo());
  EXPECT_TRUE(model.document() == states.back());
}

TEST(ModelUndo, ANewActionClearsRedo) {
  Model model(standard());
  ASSERT_TRUE(model.answer("1.1", true));
  ASSERT_TRUE(model.answer("6.2", true));
  ASSERT_TRUE(model.undo());
  EXPECT_TRUE(model.can_redo());
  ASSERT_TRUE(model.answer("2.1", J(R"(["cad"])")));
  EXPECT_FALSE(model.can_redo());
  EXPECT_FALSE(model.redo());
  EXPECT_EQ(model.document().answer("6.2"), nullptr);

  // A refused or no-op action leaves redo alone.
  ASSERT_TRUE(model.undo());
  EXPECT_FALSE(model.set_metric("cnc_rate", 140).ok);
  EXPECT_TRUE(model.answer("1.1", true).ok);  // already 有: nothing changes
  EXPECT_TRUE(model.can_redo());
}

TEST(ModelUndo, RevisionCountsEveryChange) {
  Model model(standard());
  EXPECT_EQ(model.revision(), 0);
  ASSERT_TRUE(model.answer("1.1", true));
  EXPECT_EQ(model.revision(), 1);
  ASSERT_TRUE(model.answer("1.1", true));  // same value
  EXPECT_EQ(model.revision(), 1);
  ASSERT_FALSE(model.answer("1.1", "x"));
  EXPECT_EQ(model.revision(), 1);
  ASSERT_TRUE(model.undo());
  EXPECT_EQ(model.revision(), 2);
  ASSERT_TRUE(model.redo());
  EXPECT_EQ(model.revision(), 3);
  model.replace(sx::Assessment("shaoxing-2019", "process"));
  EXPECT_EQ(model.revision(), 4);
  EXPECT_EQ(model.document().type(), "process");
  ASSERT_TRUE(model.undo());  // replace is undoable
  EXPECT_EQ(*model.document().answer("1.1"), true);
}

TEST(ModelUndo, KeystrokesWithOneCoalesceKeyMakeOneStep) {
  struct Step {
    const char* key;  // "" : no key
    const char* field;
    const char* text;
  };
  struct Row {
    const char* name;
    std::vector<Step> steps;
    std::vector<const char*> after_each_undo;  // enterprise.name, then project.name, after each undo
  };
  const std::vector<Row> rows{
      {"one key, three keystrokes",
       {{"enterprise.name", "enterprise", "绍"}, {"enterprise.name", "enterprise", "绍兴"}, {"enterprise.name", "enterprise", "绍兴市"}},
       {"|"}},
      {"a different key ends the run",
       {{"enterprise.name", "enterprise", "1"}, {"enterprise.name", "enterprise", "15"}, {"project.name", "project", "x"},
        {"project.name", "project", "xy"}},
       {"15|", "|"}},
      {"an action without a key ends the run",
       {{"enterprise.name", "enterprise", "1"}, {"", "project", "p"}, {"enterprise.name", "enterprise", "12"}},
       {"1|p", "1|", "|"}},
      {"no key: every action is a step",
       {{"", "enterprise", "1"}, {"", "enterprise", "15"}},
       {"1|", "|"}},
  };
  for (const Row& row : rows) {
    SCOPED_TRACE(row.name);
    Model model(standard());
    for (const Step& step : row.steps) {
      model.set_coalesce_key(step.key);
      const ActionResult result = std::string(step.field) == "enterprise"
                                      ? model.set_enterprise_field("name", step.text)
                                      : model.set_project_field("name", step.text);
      ASSERT_TRUE(result.ok) << result.error;
    }
    for (const char* expected : row.after_each_undo) {
      ASSERT_TRUE(model.undo()) << expected;
      EXPECT_EQ(model.document().enterprise_text("name") + "|" + model.document().project_text("name"),
                expected);
    }
    EXPECT_FALSE(model.can_undo());
  }
}

TEST(ModelUndo, UndoEndsACoalescingRun) {
  Model model(standard());
  model.set_coalesce_key("enterprise.name");
  ASSERT_TRUE(model.set_enterprise_field("name", "1"));
  model.set_coalesce_key("enterprise.name");
  ASSERT_TRUE(model.set_enterprise_field("name", "12"));
  ASSERT_TRUE(model.undo());
  model.set_coalesce_key("enterprise.name");
  ASSERT_TRUE(model.set_enterprise_field("name", "9"));
  ASSERT_TRUE(model.undo());
  EXPECT_EQ(model.document().enterprise_text("name"), "");
  EXPECT_FALSE(model.can_undo());
}

// ---- Metrics and the figures they derive from ----

TEST(ModelMetric, RangesAreTheDocumentFormats) {
  const double nan = std::numeric_limits<double>::quiet_NaN();
  const double inf = std::numeric_limits<double>::infinity();
  struct Row {
    const char* key;
    double value;
    bool ok;
  };
  for (const Row& row : std::vector<Row>{
           {"cnc_rate", 0, true},          {"cnc_rate", 100, true},        {"cnc_rate", -0.01, false},
           {"cnc_rate", 100.01, false},    {"network_rate", 140, false},   {"rd_ratio", 2.5, true},
           {"efficiency_gain", -100, true}, {"efficiency_gain", -100.5, false}, {"efficiency_gain", 250, true},
           {"defect_reduction", -50, true}, {"defect_reduction", 100.5, false},
           {"low_end_labor_reduction", 100, true}, {"cnc_rate", nan, false}, {"cnc_rate", inf, false},
           {"efficiency_gain", inf, false}, {"output_rate", 50, false},
       }) {
    SCOPED_TRACE(std::string(row.key) + " = " + std::to_string(row.value));
    Model model(standard());
    const ActionResult result = model.set_metric(row.key, row.value);
    if (row.ok) {
      ASSERT_TRUE(result.ok) << result.error;
      EXPECT_EQ(model.document().metric(row.key), row.value);
    } else {
      expect_refused(model, result, sx::Assessment("shaoxing-2019", "discrete"), 0);
      // Plain Chinese: no English and no JSON path in what the field shows.
      EXPECT_EQ(result.error.find("metrics"), std::string::npos) << result.error;
      EXPECT_EQ(result.error.find("must"), std::string::npos) << result.error;
    }
  }
}

TEST(ModelMetric, OutOfRangeSaysTheRange) {
  Model model(standard());
  const ActionResult result = model.set_metric("cnc_rate", 140);
  EXPECT_EQ(result.error, "数值 140 超出范围 [0, 100]");
}

TEST(ModelMetric, NulloptErases) {
  Model model(standard());
  ASSERT_TRUE(model.set_metric("cnc_rate", 65));
  EXPECT_EQ(model.evaluation().item("3.1")->points, 10);
  ASSERT_TRUE(model.set_metric("cnc_rate", std::nullopt));
  EXPECT_FALSE(model.document().metric("cnc_rate"));
  EXPECT_FALSE(model.evaluation().item("3.1")->answered);
}

TEST(ModelFigure, CompletingADerivationSetsTheMetric) {
  Model model(standard());
  const ActionResult first = model.set_figure("key_equipment", 20);
  ASSERT_TRUE(first.ok) << first.error;
  EXPECT_TRUE(first.consequences.empty());  // half a pair derives nothing
  EXPECT_FALSE(model.document().metric("cnc_rate"));

  const ActionResult second = model.set_figure("cnc_key_equipment", 13);
  ASSERT_TRUE(second.ok) << second.error;
  EXPECT_EQ(model.document().metric("cnc_rate"), 65.0);
  EXPECT_EQ(model.document().figure("cnc_key_equipment"), 13.0);
  ASSERT_EQ(second.consequences.size(), 1u);
  EXPECT_NE(second.consequences[0].find("关键装备数控化率"), std::string::npos) << second.consequences[0];
  EXPECT_NE(second.consequences[0].find("65%"), std::string::npos) << second.consequences[0];
  EXPECT_EQ(model.evaluation().item("3.1")->points, 10);

  // Figure and metric are one step.
  ASSERT_TRUE(model.undo());
  EXPECT_FALSE(model.document().metric("cnc_rate"));
  EXPECT_FALSE(model.document().figure("cnc_key_equipment"));

  // Erasing a figure takes the rate it gave with it: no rate stands on a figure no longer there
  // (a refused 45 typed over 4 clears the field's figure, and 4's rate must not stay behind).
  ASSERT_TRUE(model.redo());
  const ActionResult erased = model.set_figure("key_equipment", std::nullopt);
  ASSERT_TRUE(erased.ok) << erased.error;
  EXPECT_TRUE(erased.consequences.empty());
  EXPECT_FALSE(model.document().figure("key_equipment"));
  EXPECT_FALSE(model.document().metric("cnc_rate"));
  ASSERT_TRUE(model.undo());
  EXPECT_EQ(model.document().metric("cnc_rate"), 65.0) << "one step, undone as one";

  // A rate the user typed in directly (half a pair left: any rate goes), not what the figures
  // gave, stays when the other figure goes too.
  ASSERT_TRUE(model.set_figure("key_equipment", std::nullopt).ok);
  ASSERT_TRUE(model.set_metric("cnc_rate", 80.0).ok);
  ASSERT_TRUE(model.set_figure("cnc_key_equipment", std::nullopt).ok);
  EXPECT_EQ(model.document().metric("cnc_rate"), 80.0);
}

// A rate its figures give is theirs: another is refused in words naming the figures, the one they
// give is taken, and clearing it puts their value back; without both figures any rate goes; 假如's
// copy tries any (two newcomers typed 72 % over 20 of 50 and the categories followed the 72).
TEST(ModelFigure, ARateFollowsItsFigures) {
  Model model(standard());
  ASSERT_TRUE(model.set_figure("main_equipment", 50));
  ASSERT_TRUE(model.set_metric("smart_equipment_rate", 72)) << "half a pair: any rate";
  ASSERT_TRUE(model.set_figure("smart_equipment", 20));
  EXPECT_EQ(model.document().metric("smart_equipment_rate"), 40.0) << "the figures win once complete";
  const ActionResult refused = model.set_metric("smart_equipment_rate", 72);
  EXPECT_FALSE(refused.ok);
  EXPECT_NE(refused.error.find("按基础数据算得 40%"), std::string::npos) << refused.error;
  EXPECT_NE(refused.error.find(standard().figure("smart_equipment")->label), std::string::npos) << refused.error;
  EXPECT_EQ(model.document().metric("smart_equipment_rate"), 40.0);
  EXPECT_TRUE(model.set_metric("smart_equipment_rate", 40.0));
  ASSERT_TRUE(model.set_metric("smart_equipment_rate", std::nullopt));
  EXPECT_EQ(model.document().metric("smart_equipment_rate"), 40.0) << "cleared: the figures' value is back";
  EXPECT_TRUE(model.evaluation().warnings.empty());

  Model trial(standard(), model.document());
  trial.follow_figures(false);
  ASSERT_TRUE(trial.set_metric("smart_equipment_rate", 72));
  EXPECT_EQ(trial.document().metric("smart_equipment_rate"), 72.0);
}

// The rate's box is read-only exactly while the figures give it and the document holds their value;
// a file holding another value leaves it open to be corrected, 假如's copy tries any rate.
TEST(ModelFigure, ARateIsHeldByItsFiguresOnlyWhileItIsTheirs) {
  Model model(standard());
  EXPECT_EQ(model.rate_held_by_figures("smart_equipment_rate"), "");
  ASSERT_TRUE(model.set_figure("main_equipment", 50));
  EXPECT_EQ(model.rate_held_by_figures("smart_equipment_rate"), "") << "half a pair";
  ASSERT_TRUE(model.set_figure("smart_equipment", 20));
  const std::string held = model.rate_held_by_figures("smart_equipment_rate");
  EXPECT_NE(held.find("按基础数据算得 40%"), std::string::npos) << held;
  EXPECT_NE(held.find(standard().figure("main_equipment")->label), std::string::npos) << held;

  sx::Assessment file = model.document();
  file.set_metric("smart_equipment_rate", 72);
  Model opened(standard(), file);
  EXPECT_EQ(opened.rate_held_by_figures("smart_equipment_rate"), "") << "a contradicting file's rate is to correct";
  ASSERT_TRUE(opened.set_metric("smart_equipment_rate", 40));
  EXPECT_NE(opened.rate_held_by_figures("smart_equipment_rate"), "");

  Model trial(standard(), model.document());
  trial.follow_figures(false);
  EXPECT_EQ(trial.rate_held_by_figures("smart_equipment_rate"), "");
}

TEST(ModelFigure, ImpossibleFiguresAreRefused) {
  struct Row {
    const char* given;  // figures already entered
    const char* key;
    double value;
  };
  for (const Row& row : std::vector<Row>{
           {R"({"key_equipment": 20})", "cnc_key_equipment", 21},  // more CNC units than key units
           {R"({"cnc_key_equipment": 13})", "key_equipment", 12},
           {R"({"cnc_key_equipment": 0})", "key_equipment", 0},  // a zero total
           {R"({})", "key_equipment", -1},
           {R"({})", "key_equipment", 12.5},  // a count is whole
           {R"({"efficiency_after": 120})", "efficiency_before", 0},
           {R"({})", "bogus_figure", 1},
           {R"({})", "revenue", std::numeric_limits<double>::quiet_NaN()},
       }) {
    SCOPED_TRACE(std::string(row.given) + " then " + row.key + " = " + std::to_string(row.value));
    sx::Assessment doc("shaoxing-2019", "discrete");
    const sx::Json given = J(row.given);
    for (const auto& [key, value] : given.items()) doc.set_figure(key, value.get<double>());
    Model model(standard(), doc);
    expect_refused(model, model.set_figure(row.key, row.value), doc, 0);
  }
}

TEST(ModelFigure, DerivedPercentIsKeptToTwoDecimalsRoundedDown) {
  // Never rounded up across a band or condition edge the exact value does not reach (59.996 stays
  // below 60), and never down below one it does reach (29 of 50 is 58, not 57.99).
  struct Row {
    const char* part;
    double part_value;
    const char* whole;
    double whole_value;
    const char* metric;
    double stored;
  };
  for (const Row& row : std::vector<Row>{
           {"cnc_key_equipment", 14999, "key_equipment", 25000, "cnc_rate", 59.99},
           {"cnc_key_equipment", 13, "key_equipment", 20, "cnc_rate", 65},
           {"cnc_key_equipment", 2, "key_equipment", 3, "cnc_rate", 66.66},
           {"cnc_key_equipment", 1, "key_equipment", 3, "cnc_rate", 33.33},
           {"cnc_key_equipment", 29, "key_equipment", 50, "cnc_rate", 58},
           {"cnc_key_equipment", 23, "key_equipment", 40, "cnc_rate", 57.5},
           {"cnc_key_equipment", 11, "key_equipment", 20, "cnc_rate", 55},
           {"cnc_key_equipment", 0, "key_equipment", 7, "cnc_rate", 0},
           {"cnc_key_equipment", 7, "key_equipment", 7, "cnc_rate", 100},
           {"networked_equipment", 1299, "equipment", 2600, "network_rate", 49.96},
           {"smart_equipment", 69999, "main_equipment", 100000, "smart_equipment_rate", 69.99},
           {"rd_expenditure", 0.7, "revenue", 35, "rd_ratio", 2},
           {"rd_expenditure", 199.99, "revenue", 10000, "rd_ratio", 1.99},
           {"efficiency_before", 100, "efficiency_after", 115, "efficiency_gain", 15},
           {"efficiency_before", 1, "efficiency_after", 1.15, "efficiency_gain", 15},
           {"efficiency_before", 3, "efficiency_after", 2, "efficiency_gain", -33.34},
           {"efficiency_before", 5, "efficiency_after", 0, "efficiency_gain", -100},
           {"defect_rate_before", 2.5, "defect_rate_after", 2.3, "defect_reduction", 8},
           {"defect_rate_before", 1, "defect_rate_after", 3, "defect_reduction", -200},
           {"low_end_workers_before", 300, "low_end_workers_after", 255, "low_end_labor_reduction", 15},
       }) {
    SCOPED_TRACE(std::string(row.part) + " = " + std::to_string(row.part_value) + ", " + row.whole + " = " +
                 std::to_string(row.whole_value));
    Model model(standard());
    ASSERT_TRUE(model.set_figure(row.whole, row.whole_value));
    const ActionResult result = model.set_figure(row.part, row.part_value);
    ASSERT_TRUE(result.ok) << result.error;
    EXPECT_EQ(model.document().metric(row.metric), row.stored);
    EXPECT_EQ(sx::to_json(sx::evaluate(reloaded(model))), sx::to_json(model.evaluation()));
  }
}

TEST(ModelFigure, JustBelowAnEdgeScoresBelowIt) {
  Model model(standard());
  model.set_category("line");
  ASSERT_TRUE(model.set_figure("key_equipment", 25000));
  ASSERT_TRUE(model.set_figure("cnc_key_equipment", 14999));  // 59.996%
  EXPECT_LT(*model.document().metric("cnc_rate"), 60);
  EXPECT_EQ(model.evaluation().item("3.1")->points, 8);
  for (const auto& condition : model.evaluation().category("line")->conditions) {
    if (condition.id == "line.cnc_rate") {
      EXPECT_EQ(condition.state, sx::Tri::False);
    }
  }
  ASSERT_TRUE(model.set_figure("cnc_key_equipment", 15000));  // exactly 60%
  EXPECT_EQ(model.document().metric("cnc_rate"), 60.0);
  EXPECT_EQ(model.evaluation().item("3.1")->points, 10);
}

TEST(ModelFigure, EveryCountPairIsStoredAsItsExactPercentRoundedDown) {
  // Against integer arithmetic: floor(part × 10000 / whole) hundredths.
  for (int whole = 1; whole <= 200; ++whole) {
    Model model(standard());
    ASSERT_TRUE(model.set_figure("key_equipment", whole));
    for (int part = 0; part <= whole; ++part) {
      ASSERT_TRUE(model.set_figure("cnc_key_equipment", part));
      const double expected = static_cast<double>(part * 10000 / whole) / 100.0;
      ASSERT_EQ(model.document().metric("cnc_rate"), expected) << part << " of " << whole;
    }
  }
}

// ---- Modes, facts, texts, category ----

TEST(ModelModes, RatingsAreCheckedAgainstTheModes) {
  struct Row {
    const char* mode;
    int element;
    std::optional<std::string> rating;
    bool ok;
  };
  for (const Row& row : std::vector<Row>{
           {"discrete", 1, "met", true},   {"discrete", 7, "unmet", true}, {"remote", 5, "partial", true},
           {"remote", 6, "met", false},    {"customization", 5, "met", false}, {"network", 0, "met", false},
           {"network", -1, "met", false},  {"factory", 1, "met", false},   {"discrete", 1, "good", false},
       }) {
    SCOPED_TRACE(std::string(row.mode) + " " + std::to_string(row.element) + " " + row.rating.value_or("-"));
    Model model(standard());
    const ActionResult result = model.rate_mode(row.mode, row.element, row.rating);
    if (row.ok) {
      ASSERT_TRUE(result.ok) << result.error;
      EXPECT_EQ(model.document().rating(row.mode, row.element), row.rating);
    } else {
      expect_refused(model, result, sx::Assessment("shaoxing-2019", "discrete"), 0);
    }
  }
}

TEST(ModelModes, EmptyOrNoRatingErasesAndTheVerdictFollows) {
  Model model(standard());
  // remote has 5 elements: basically met with none unmet and at least 3 met.
  for (int n = 1; n <= 5; ++n) ASSERT_TRUE(model.rate_mode("remote", n, n <= 3 ? "met" : "partial"));
  EXPECT_TRUE(model.evaluation().mode("remote")->basically_met);
  ASSERT_TRUE(model.rate_mode("remote", 5, std::nullopt));
  EXPECT_EQ(model.document().rating("remote", 5), std::nullopt);
  EXPECT_FALSE(model.evaluation().mode("remote")->basically_met);
  for (int n = 1; n <= 4; ++n) ASSERT_TRUE(model.rate_mode("remote", n, std::string()));
  EXPECT_FALSE(model.document().json().contains("modes"));
}

TEST(ModelFacts, BoolAndSetFacts) {
  struct Row {
    const char* key;
    const char* value;  // JSON
    bool ok;
    bool present;  // after the action
  };
  for (const Row& row : std::vector<Row>{
           {"registered_in_shaoxing", "true", true, true},
           {"revoked_within_3_years", "false", true, true},
           {"registered_in_shaoxing", "\"yes\"", false, false},
           {"registered_in_shaoxing", "null", true, false},
           {"registered_in_shaoxing", "\"\"", true, false},
           {"results", R"(["cost", "energy"])", true, true},
           {"results", R"([])", true, true},
           {"results", R"(["cost", "bogus"])", false, false},
           {"results", R"(["cost", "cost"])", false, false},
           {"results", "true", false, false},
           {"key_equipment_kinds", R"(["robot"])", true, true},
           {"no_such_fact", "true", false, false},
       }) {
    SCOPED_TRACE(std::string(row.key) + " = " + row.value);
    Model model(standard());
    const ActionResult result = model.set_fact(row.key, J(row.value));
    if (row.ok) {
      ASSERT_TRUE(result.ok) << result.error;
    } else {
      expect_refused(model, result, sx::Assessment("shaoxing-2019", "discrete"), 0);
    }
    EXPECT_EQ(model.document().fact(row.key) != nullptr, row.present);
    if (row.present) {
      EXPECT_EQ(*model.document().fact(row.key), J(row.value));
    }
  }
}

TEST(ModelFacts, NullErasesAndConditionsFollow) {
  Model model(standard());
  const auto state = [&](const char* id) {
    for (const auto& c : model.evaluation().category("line")->conditions) {
      if (c.id == id) return c.state;
    }
    return sx::Tri::Unknown;
  };
  ASSERT_TRUE(model.set_fact("results", J(R"(["cost"])")));
  EXPECT_EQ(state("basic.results"), sx::Tri::True);
  ASSERT_TRUE(model.set_fact("results", J("[]")));
  EXPECT_EQ(state("basic.results"), sx::Tri::False);
  ASSERT_TRUE(model.set_fact("results", J("null")));
  EXPECT_EQ(state("basic.results"), sx::Tri::Unknown);
  ASSERT_TRUE(model.set_fact("revoked_within_3_years", true));
  EXPECT_EQ(state("basic.not_revoked"), sx::Tri::False);
}

TEST(ModelTexts, EnterpriseAndProjectFields) {
  Model model(standard());
  ASSERT_TRUE(model.set_enterprise_field("name", "绍兴市示例纺织有限公司"));
  ASSERT_TRUE(model.set_enterprise_field("credit_code", "91330603MA2BK7L37A"));
  ASSERT_TRUE(model.set_enterprise_field("internal_ref", "KQ-1"));  // free-form keys are kept
  ASSERT_TRUE(model.set_project_field("name", "年产 5000 万米面料智能化改造"));
  EXPECT_EQ(model.document().enterprise_text("name"), "绍兴市示例纺织有限公司");
  EXPECT_EQ(model.document().enterprise_text("internal_ref"), "KQ-1");
  EXPECT_EQ(model.document().project_text("name"), "年产 5000 万米面料智能化改造");
  EXPECT_TRUE(model.evaluation().warnings.empty());

  ASSERT_TRUE(model.set_enterprise_field("credit_code", "91330603MA2BK7L37B"));  // wrong check character
  ASSERT_EQ(model.evaluation().warnings.size(), 1u);
  EXPECT_EQ(model.evaluation().warnings[0].path, "enterprise.credit_code");

  // Text that is not UTF-8 is stored as the file will hold it, so the document reloads the same.
  ASSERT_TRUE(model.set_enterprise_field("credit_code", std::string("91330603MA2BK7L37") + '\xff'));
  EXPECT_EQ(sx::to_json(sx::evaluate(reloaded(model))), sx::to_json(model.evaluation()));
  EXPECT_TRUE(reloaded(model) == model.document());
}

// An amount as people write it is kept as the plain number the field holds once the field is
// left, as a figure's box takes it (a newcomer's “3,500” in 总投资（万元） was refused while
// 基础数据 took “1,200”); another unit, or a number it would change, stays as typed with its finding.
TEST(ModelTexts, AnAmountAsPeopleWriteItIsKeptAsItsNumber) {
  struct Row {
    const char* typed;
    const char* kept;
  };
  for (const Row& row : std::vector<Row>{{"3,500", "3500"},
                                         {"3，500", "3500"},
                                         {"3500万元", "3500"},
                                         {"3500 万元", "3500"},
                                         {"１２００．５", "1200.5"},
                                         {"6500", "6500"},
                                         {"3500元", "3500元"},
                                         {"3.5万", "3.5万"},
                                         {"1200.555", "1200.555"},
                                         {"约3500", "约3500"},
                                         {"-3500", "-3500"}}) {
    SCOPED_TRACE(row.typed);
    Model model(standard());
    ASSERT_TRUE(model.set_project_field("investment", row.typed));
    EXPECT_EQ(model.document().project_text("investment"), row.typed) << "not while it is typed";
    model.finish_text("project", "investment");
    EXPECT_EQ(model.document().project_text("investment"), row.kept);
    const bool plain = std::string(row.kept).find_first_not_of("0123456789.") == std::string::npos;
    EXPECT_EQ(model.evaluation().warnings.empty(), plain);
  }
  // Another field's text is left alone.
  Model model(standard());
  ASSERT_TRUE(model.set_project_field("name", "3,500"));
  model.finish_text("project", "name");
  EXPECT_EQ(model.document().project_text("name"), "3,500");
}

TEST(ModelCategory, KnownCategoriesOnly) {
  Model model(standard());
  for (const char* category : {"line", "workshop", "factory"}) {
    ASSERT_TRUE(model.set_category(std::string(category)));
    EXPECT_EQ(model.document().category(), category);
  }
  const sx::Assessment before = model.document();
  expect_refused(model, model.set_category(std::string("plant")), before, 3);
  ASSERT_TRUE(model.set_category(std::nullopt));
  EXPECT_FALSE(model.document().json().contains("category"));
}

// ---- The evaluation is recomputed only after a change ----

TEST(ModelEvaluation, RecomputedOnlyAfterAChange) {
  Model model(standard());
  const sx::Evaluation* first = &model.evaluation();
  const sx::Json before = sx::to_json(*first);
  EXPECT_EQ(&model.evaluation(), first);
  EXPECT_EQ(sx::to_json(model.evaluation()), before);

  // Refused and no-op actions keep it.
  EXPECT_FALSE(model.set_metric("cnc_rate", -1));
  EXPECT_TRUE(model.answer("1.1", nullptr));
  EXPECT_EQ(&model.evaluation(), first);
  EXPECT_EQ(sx::to_json(model.evaluation()), before);

  ASSERT_TRUE(model.answer("1.1", true));
  EXPECT_EQ(model.evaluation().total, 10);
  EXPECT_NE(sx::to_json(model.evaluation()), before);
  EXPECT_EQ(sx::to_json(model.evaluation()), sx::to_json(sx::evaluate(model.document())));

  ASSERT_TRUE(model.undo());
  EXPECT_EQ(model.evaluation().total, 0);
  EXPECT_EQ(sx::to_json(model.evaluation()), before);
  ASSERT_TRUE(model.redo());
  EXPECT_EQ(model.evaluation().total, 10);
  model.replace(sx::Assessment("shaoxing-2019", "process"));
  EXPECT_EQ(model.evaluation().type, "process");
  EXPECT_EQ(model.evaluation().total, 0);
}

// ---- Progress of each screen: 未开始 → 进行中 → 已完成 ----

// An answer the core finds nothing to check in (a code with its check character, a plain amount, a
// phone number that dials):
// a finding keeps a screen at 须核对.
std::string plain_answer(const sx::Field& field) {
  switch (field.kind) {
    case sx::FieldKind::CreditCode: return "91330603MA2BK7L37A";
    case sx::FieldKind::Amount: return "6500";
    case sx::FieldKind::Phone: return "0575-88000000";
    default: return "x";
  }
}

void fill_enterprise(Model& m, bool all) {
  for (const auto& f : m.standard().enterprise_fields) {
    ASSERT_TRUE(m.set_enterprise_field(f.key, plain_answer(f)));
    if (!all) return;
  }
  for (const auto& f : m.standard().project_fields) ASSERT_TRUE(m.set_project_field(f.key, plain_answer(f)));
  ASSERT_TRUE(m.set_type(m.document().type()));  // the type it started on, chosen
}

void fill_figures(Model& m, bool all) {
  for (const auto& f : m.standard().figures) {
    ASSERT_TRUE(m.set_figure(f.key, 10)) << f.key;  // equal counts: every pair is possible
    if (!all) return;
  }
}

void fill_conditions(Model& m, bool all) {
  if (!all) {
    ASSERT_TRUE(m.set_fact("above_designated_size", true));  // decides basic.scale alone
    return;
  }
  for (const auto& f : m.standard().facts) {
    ASSERT_TRUE(m.set_fact(f.key, f.is_set ? sx::Json::array({f.options.front().key}) : sx::Json(true)));
  }
  for (const auto& metric : m.standard().metrics) ASSERT_TRUE(m.set_metric(metric.key, 50));
  ASSERT_TRUE(m.rate_mode("remote", 1, "unmet"));  // decides 第八条（二）
}

void fill_items(Model& m, bool all) {
  for (const auto& section : m.table().sections) {
    for (const auto& item : section.items) {
      if (item.kind == sx::AnswerKind::Metric) ASSERT_TRUE(m.set_metric(item.metric, 10));
      else if (item.kind == sx::AnswerKind::Choice) ASSERT_TRUE(m.answer(item.id, item.options.front().key));
      else if (item.kind == sx::AnswerKind::Set) ASSERT_TRUE(m.answer(item.id, sx::Json::array()));
      else ASSERT_TRUE(m.answer(item.id, false));
      if (!all) return;
    }
  }
}

void fill_modes(Model& m, bool all) {
  for (const auto& mode : m.standard().modes) {
    for (std::size_t n = 1; n <= mode.elements.size(); ++n) {
      ASSERT_TRUE(m.rate_mode(mode.key, static_cast<int>(n), "partial"));
      if (!all) return;
    }
  }
}

// Choosing a category starts 导出; it is done once everything that category's draft needs is in
// (filled before the category is chosen again, so that undo, which keeps 50 steps, takes it back).
void fill_export(Model& m, bool all) {
  if (all) {
    if (m.document().category()) {
      ASSERT_TRUE(m.undo());
    }
    fill_enterprise(m, true);
    fill_conditions(m, true);
    fill_items(m, true);
  }
  ASSERT_TRUE(m.set_category(std::string("workshop")));
}

TEST(ModelProgress, EachScreenGoesFromNotStartedToDone) {
  struct Row {
    const char* screen;
    std::function<void(Model&, bool)> fill;
    bool has_in_progress;
  };
  for (const Row& row : std::vector<Row>{
           {"enterprise", fill_enterprise, true},
           {"figures", fill_figures, true},
           {"categories", fill_conditions, true},
           {"score", fill_items, true},
           {"modes", fill_modes, true},
           {"export", fill_export, true},
       }) {
    SCOPED_TRACE(row.screen);
    Model model(standard(), Model::blank(standard()));  // a new assessment: its type not chosen yet
    EXPECT_EQ(sx_app::progress_of(model, row.screen), Progress::NotStarted);
    EXPECT_STREQ(sx_app::progress_label(sx_app::progress_of(model, row.screen)), "未开始");
    if (row.has_in_progress) {
      row.fill(model, false);
      EXPECT_EQ(sx_app::progress_of(model, row.screen), Progress::InProgress);
      EXPECT_STREQ(sx_app::progress_label(Progress::InProgress), "进行中");
    }
    row.fill(model, true);
    // 导出 finished is 可以导出 (已完成 there was read as "exported").
    const Progress done = std::string(row.screen) == "export" ? Progress::Ready : Progress::Done;
    EXPECT_EQ(sx_app::progress_of(model, row.screen), done);
    EXPECT_STREQ(sx_app::progress_label(Progress::Done), "已完成");
    // Undoing everything brings the screen back to 未开始.
    while (model.undo()) {
    }
    EXPECT_EQ(sx_app::progress_of(model, row.screen), Progress::NotStarted);
  }
}

TEST(ModelProgress, ScoreFollowsTheTable) {
  Model model(standard());
  fill_items(model, true);
  EXPECT_EQ(sx_app::progress_of(model, "score"), Progress::Done);
  ASSERT_TRUE(model.set_type("process"));  // the shared answers alone do not finish 表2
  EXPECT_EQ(sx_app::progress_of(model, "score"), Progress::InProgress);
}

// 五种新模式 is 选填 while untouched for a category that does not take the modes (第八条（二） is
// the smart factory's), and counts again once started or once 智能工厂 is declared.
TEST(ModelProgress, ModesAreOptionalForACategoryThatDoesNotTakeThem) {
  struct Row {
    const char* category;
    Progress untouched;
  };
  for (const Row& row : {Row{"line", Progress::Optional}, Row{"workshop", Progress::Optional},
                         Row{"factory", Progress::NotStarted}}) {
    SCOPED_TRACE(row.category);
    Model model(standard());
    EXPECT_EQ(sx_app::progress_of(model, "modes"), Progress::NotStarted) << "nothing declared yet";
    ASSERT_TRUE(model.set_category(std::string(row.category)));
    EXPECT_EQ(sx_app::progress_of(model, "modes"), row.untouched);
    fill_modes(model, false);
    EXPECT_EQ(sx_app::progress_of(model, "modes"), Progress::InProgress);
  }
  EXPECT_STREQ(sx_app::progress_label(Progress::Optional), "选填");
}

TEST(ModelProgress, ScreensWithNothingToFill) {
  Model model(standard());
  for (const char* screen : {"start", "gaps", "whatif", "policy", ""}) {
    SCOPED_TRACE(screen);
    EXPECT_EQ(sx_app::progress_of(model, screen), Progress::None);
  }
  EXPECT_STREQ(sx_app::progress_label(Progress::None), "");
}

}  // namespace

// A new assessment starts on the first table with its type not chosen: 企业与项目 is not done and
// the check list asks for 企业类型 until the user chooses, even the type it started on.
TEST(ModelType, ANewAssessmentsTypeIsNotChosenUntilTheUserChoosesIt) {
  Model model(standard(), Model::blank(standard()));
  EXPECT_EQ(model.document().type(), standard().tables.front().type);
  EXPECT_FALSE(model.document().type_chosen());
  EXPECT_EQ(model.document().json().at("type_chosen"), false);
  const auto type_need = [&] {
    for (const auto& need : sx_app::profile_needs(model)) {
      if (need.field == "type") return need;
    }
    return sx_app::Need{};
  };
  EXPECT_EQ(type_need().label, "企业类型");
  EXPECT_FALSE(type_need().answered());
  fill_enterprise(model, true);  // chooses the type it started on
  EXPECT_TRUE(model.document().type_chosen());
  EXPECT_FALSE(model.document().json().contains("type_chosen"));
  EXPECT_EQ(type_need().answer, "离散型（用表1评分）");
  EXPECT_EQ(sx_app::progress_of(model, "enterprise"), Progress::Done);
  // Undone, the type is unchosen again.
  ASSERT_TRUE(model.undo());
  EXPECT_FALSE(model.document().type_chosen());
  // Choosing the other table chooses too; a file without the member (every file written before)
  // has its type chosen.
  ASSERT_TRUE(model.set_type("process"));
  EXPECT_TRUE(model.document().type_chosen());
  const Model old_file(standard(), "process");
  EXPECT_TRUE(old_file.document().type_chosen());
}
