// The assessment document: parse, validate (every error with its JSON path and reason),
// serialise, and bad input of every kind returning errors instead of throwing or crashing
// (spec "The assessment document").
#include <gtest/gtest.h>

#include <chrono>
#include <limits>

#include "made_up_year.hpp"
#include "test_support.hpp"

namespace {

sx::Messages errors_of(const std::string& text) { return sx::parse_assessment(text).errors; }

// RFC 3629 well-formedness, written out here rather than borrowed from the code under test.
bool valid_utf8(const std::string& s) {
  for (std::size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    std::size_t n = 0;
    unsigned char lo = 0x80, hi = 0xBF;
    if (c < 0x80) n = 0;
    else if (c >= 0xC2 && c <= 0xDF) n = 1;
    else if (c == 0xE0) n = 2, lo = 0xA0;
    else if (c >= 0xE1 && c <= 0xEC) n = 2;
    else if (c == 0xED) n = 2, hi = 0x9F;
    else if (c >= 0xEE && c <= 0xEF) n = 2;
    else if (c == 0xF0) n = 3, lo = 0x90;
    else if (c >= 0xF1 && c <= 0xF3) n = 3;
    else if (c == 0xF4) n = 3, hi = 0x8F;
    else return false;
    for (std::size_t k = 1; k <= n; ++k) {
      if (i + k >= s.size()) return false;
      const auto d = static_cast<unsigned char>(s[i + k]);
      if (d < (k == 1 ? lo : 0x80) || d > (k == 1 ? hi : 0xBF)) return false;
    }
    i += n + 1;
  }
  return true;
}

struct Row {
  const char* name;
  std::string doc;   // whole document text
  const char* path;  // the one error expected …
  const char* en;    // … and its English reason, exactly
};

#define HEAD R"("format":"sx-retrofit-assessment","version":1,"standard":"shaoxing-2019","type":"discrete")"
#define PHEAD R"("format":"sx-retrofit-assessment","version":1,"standard":"shaoxing-2019","type":"process")"
#define DOC(members) "{" HEAD "," members "}"

const Row kRows[] = {
    // The root and the header
    {"root is an array", "[]", "", "the document must be a JSON object"},
    {"root is a string", R"("sx-retrofit-assessment")", "", "the document must be a JSON object"},
    {"root is a number", "1", "", "the document must be a JSON object"},
    {"root is null", "null", "", "the document must be a JSON object"},
    {"format missing", R"({"version":1,"standard":"shaoxing-2019","type":"discrete"})", "format", "required member is missing"},
    {"format wrong", R"({"format":"x","version":1,"standard":"shaoxing-2019","type":"discrete"})", "format", "must be \"sx-retrofit-assessment\""},
    {"format not text", R"({"format":1,"version":1,"standard":"shaoxing-2019","type":"discrete"})", "format", "must be a string"},
    {"version missing", R"({"format":"sx-retrofit-assessment","standard":"shaoxing-2019","type":"discrete"})", "version", "required member is missing"},
    {"version 2", R"({"format":"sx-retrofit-assessment","version":2,"standard":"shaoxing-2019","type":"discrete"})", "version", "format version 2 was written by a newer version of the tool; this one reads versions 0 and 1"},
    {"version -1", R"({"format":"sx-retrofit-assessment","version":-1,"standard":"shaoxing-2019","type":"discrete"})", "version", "unsupported format version -1 (this tool reads versions 0 and 1)"},
    {"version as text", R"({"format":"sx-retrofit-assessment","version":"1","standard":"shaoxing-2019","type":"discrete"})", "version", "unsupported format version (this tool reads version 1)"},
    {"version 1.5", R"({"format":"sx-retrofit-assessment","version":1.5,"standard":"shaoxing-2019","type":"discrete"})", "version", "unsupported format version (this tool reads version 1)"},
    {"standard missing", R"({"format":"sx-retrofit-assessment","version":1,"type":"discrete"})", "standard", "required member is missing"},
    {"standard unknown", R"({"format":"sx-retrofit-assessment","version":1,"standard":"hangzhou-2019","type":"discrete"})", "standard", "unknown standard \"hangzhou-2019\""},
    {"standard not text", R"({"format":"sx-retrofit-assessment","version":1,"standard":2019,"type":"discrete"})", "standard", "must be a string"},
    {"type missing", R"({"format":"sx-retrofit-assessment","version":1,"standard":"shaoxing-2019"})", "type", "required member is missing"},
    {"type unknown", R"({"format":"sx-retrofit-assessment","version":1,"standard":"shaoxing-2019","type":"hybrid"})", "type", "unknown type \"hybrid\" (must be discrete or process)"},
    {"type not text", R"({"format":"sx-retrofit-assessment","version":1,"standard":"shaoxing-2019","type":3})", "type", "must be a string"},
    {"category unknown", DOC(R"("category":"park")"), "category", "unknown category \"park\" (must be line, workshop or factory)"},
    {"category not text", DOC(R"("category":1)"), "category", "unknown category 1 (must be line, workshop or factory)"},
    // enterprise and project: free-form objects whose known keys are text
    {"enterprise not object", DOC(R"("enterprise":"abc")"), "enterprise", "must be a JSON object"},
    {"enterprise array", DOC(R"("enterprise":[])"), "enterprise", "must be a JSON object"},
    {"enterprise name not text", DOC(R"("enterprise":{"name":42})"), "enterprise.name", "must be a string"},
    {"credit code not text", DOC(R"("enterprise":{"credit_code":91330603})"), "enterprise.credit_code", "must be a string"},
    {"project not object", DOC(R"("project":[])"), "project", "must be a JSON object"},
    {"project name not text", DOC(R"("project":{"name":null})"), "project.name", "must be a string"},
    // facts
    {"facts not object", DOC(R"("facts":[])"), "facts", "must be a JSON object"},
    {"unknown fact", DOC(R"("facts":{"is_big":true})"), "facts.is_big", "unknown fact \"is_big\""},
    {"unknown fact, odd key", DOC(R"("facts":{"a \"b\"":true})"), "facts[\"a \\\"b\\\"\"]", "unknown fact \"a \"b\"\""},
    {"bool fact as text", DOC(R"("facts":{"it_governance":"yes"})"), "facts.it_governance", "must be true or false"},
    {"bool fact as null", DOC(R"("facts":{"mes_core":null})"), "facts.mes_core", "must be true or false"},
    {"set fact not array", DOC(R"("facts":{"results":"cost"})"), "facts.results", "must be an array of options"},
    {"set fact unknown option", DOC(R"("facts":{"results":["cost","luck"]})"), "facts.results[1]", "unknown option \"luck\""},
    {"set fact duplicate", DOC(R"("facts":{"results":["cost","energy","cost"]})"), "facts.results[2]", "duplicate option \"cost\""},
    {"set fact option not text", DOC(R"("facts":{"key_equipment_kinds":[true]})"), "facts.key_equipment_kinds[0]", "must be an option name (string)"},
    // metrics: shapes and every range of the spec
    {"metrics not object", DOC(R"("metrics":5)"), "metrics", "must be a JSON object"},
    {"unknown metric", DOC(R"("metrics":{"speed":3})"), "metrics.speed", "unknown metric \"speed\""},
    {"unknown metric with a space", DOC(R"("metrics":{"cnc rate":3})"), "metrics[\"cnc rate\"]", "unknown metric \"cnc rate\""},
    {"metric as text", DOC(R"("metrics":{"cnc_rate":"60"})"), "metrics.cnc_rate", "must be a number"},
    {"metric as null", DOC(R"("metrics":{"cnc_rate":null})"), "metrics.cnc_rate", "must be a number"},
    {"metric as bool", DOC(R"("metrics":{"rd_ratio":true})"), "metrics.rd_ratio", "must be a number"},
    {"cnc_rate above 100", DOC(R"("metrics":{"cnc_rate":100.01})"), "metrics.cnc_rate", "value 100.01 is outside [0, 100]"},
    {"cnc_rate below 0", DOC(R"("metrics":{"cnc_rate":-1})"), "metrics.cnc_rate", "value -1 is outside [0, 100]"},
    {"network_rate below 0", DOC(R"("metrics":{"network_rate":-0.5})"), "metrics.network_rate", "value -0.5 is outside [0, 100]"},
    {"network_rate above 100", DOC(R"("metrics":{"network_rate":150})"), "metrics.network_rate", "value 150 is outside [0, 100]"},
    {"smart_equipment_rate above 100", DOC(R"("metrics":{"smart_equipment_rate":101})"), "metrics.smart_equipment_rate", "value 101 is outside [0, 100]"},
    {"smart_equipment_rate below 0", DOC(R"("metrics":{"smart_equipment_rate":-0.01})"), "metrics.smart_equipment_rate", "value -0.01 is outside [0, 100]"},
    {"rd_tools_rate below 0", DOC(R"("metrics":{"rd_tools_rate":-1})"), "metrics.rd_tools_rate", "value -1 is outside [0, 100]"},
    {"rd_tools_rate above 100", DOC(R"("metrics":{"rd_tools_rate":100.5})"), "metrics.rd_tools_rate", "value 100.5 is outside [0, 100]"},
    {"auto_control_rate above 100", DOC(R"("metrics":{"auto_control_rate":120})"), "metrics.auto_control_rate", "value 120 is outside [0, 100]"},
    {"auto_control_rate below 0", DOC(R"("metrics":{"auto_control_rate":-3})"), "metrics.auto_control_rate", "value -3 is outside [0, 100]"},
    {"rd_ratio above 100", DOC(R"("metrics":{"rd_ratio":100.5})"), "metrics.rd_ratio", "value 100.5 is outside [0, 100]"},
    {"rd_ratio below 0", DOC(R"("metrics":{"rd_ratio":-0.1})"), "metrics.rd_ratio", "value -0.1 is outside [0, 100]"},
    {"efficiency_gain below -100", DOC(R"("metrics":{"efficiency_gain":-100.01})"), "metrics.efficiency_gain", "value -100.01 is outside [-100, ∞]"},
    {"defect_reduction above 100", DOC(R"("metrics":{"defect_reduction":100.01})"), "metrics.defect_reduction", "value 100.01 is outside [-∞, 100]"},
    {"low_end_labor_reduction above 100", DOC(R"("metrics":{"low_end_labor_reduction":101})"), "metrics.low_end_labor_reduction", "value 101 is outside [-∞, 100]"},
    // figures
    {"figures not object", DOC(R"("figures":"50/29")"), "figures", "must be a JSON object"},
    {"unknown figure", DOC(R"("figures":{"robots":3})"), "figures.robots", "unknown figure \"robots\""},
    {"figure as text", DOC(R"("figures":{"revenue":"3000"})"), "figures.revenue", "must be a number"},
    {"negative figure", DOC(R"("figures":{"revenue":-3})"), "figures.revenue", "must not be negative"},
    {"negative count", DOC(R"("figures":{"equipment":-1})"), "figures.equipment", "must not be negative"},
    {"fractional count", DOC(R"("figures":{"key_equipment":10.5})"), "figures.key_equipment", "must be a whole number"},
    {"fractional workers", DOC(R"("figures":{"low_end_workers_after":0.5})"), "figures.low_end_workers_after", "must be a whole number"},
    // figures: the published upper bounds (issue 9: 1e10 units overflowed the units-needed count)
    {"key units beyond the bound", DOC(R"("figures":{"key_equipment":1e10,"cnc_key_equipment":0})"), "figures.key_equipment", "value 10000000000 is outside [0, 1000000]"},
    {"revenue beyond the bound", DOC(R"("figures":{"revenue":1000000000.5})"), "figures.revenue", "value 1000000000.5 is outside [0, 1000000000]"},
    {"a defect rate above 100%", DOC(R"("figures":{"defect_rate_before":100.01})"), "figures.defect_rate_before", "value 100.01 is outside [0, 100]"},
    {"workers beyond the bound", DOC(R"("figures":{"low_end_workers_before":1000001})"), "figures.low_end_workers_before", "value 1000001 is outside [0, 1000000]"},
    // impossible pairs: each ratio's part above its whole, each zero total, each zero baseline
    {"more CNC than key units", DOC(R"("figures":{"key_equipment":10,"cnc_key_equipment":11})"), "figures.cnc_key_equipment", "must not exceed figures.key_equipment"},
    {"more networked than equipment", DOC(R"("figures":{"equipment":10,"networked_equipment":12})"), "figures.networked_equipment", "must not exceed figures.equipment"},
    {"more smart than main", DOC(R"("figures":{"main_equipment":10,"smart_equipment":11})"), "figures.smart_equipment", "must not exceed figures.main_equipment"},
    {"more tools used than needed", DOC(R"("figures":{"rd_tools_needed":4,"rd_tools_used":5})"), "figures.rd_tools_used", "must not exceed figures.rd_tools_needed"},
    {"more automatic loops than loops", DOC(R"("figures":{"control_loops":4,"auto_loops":5})"), "figures.auto_loops", "must not exceed figures.control_loops"},
    {"R&D above revenue", DOC(R"("figures":{"revenue":100,"rd_expenditure":100.5})"), "figures.rd_expenditure", "must not exceed figures.revenue"},
    {"zero key units", DOC(R"("figures":{"key_equipment":0,"cnc_key_equipment":0})"), "figures.key_equipment", "the total must be greater than 0"},
    {"zero equipment", DOC(R"("figures":{"equipment":0,"networked_equipment":0})"), "figures.equipment", "the total must be greater than 0"},
    {"zero revenue", DOC(R"("figures":{"revenue":0,"rd_expenditure":0})"), "figures.revenue", "the total must be greater than 0"},
    {"zero efficiency baseline", DOC(R"("figures":{"efficiency_before":0,"efficiency_after":10})"), "figures.efficiency_before", "the before figure must be greater than 0 and the after figure not negative"},
    {"zero defect baseline", DOC(R"("figures":{"defect_rate_before":0,"defect_rate_after":0})"), "figures.defect_rate_before", "the before figure must be greater than 0 and the after figure not negative"},
    {"zero workforce baseline", DOC(R"("figures":{"low_end_workers_before":0,"low_end_workers_after":3})"), "figures.low_end_workers_before", "the before figure must be greater than 0 and the after figure not negative"},
    // answers
    {"answers not object", DOC(R"("answers":[true])"), "answers", "must be a JSON object"},
    {"unknown item", DOC(R"("answers":{"7.1":true})"), "answers[\"7.1\"]", "no item \"7.1\" in this table"},
    {"process id in discrete", DOC(R"("answers":{"2.2":true})"), "answers[\"2.2\"]", "no item \"2.2\" in this table"},
    {"discrete id in process", "{" PHEAD R"(,"answers":{"6.6":true}})", "answers[\"6.6\"]", "no item \"6.6\" in this table"},
    {"unknown option", DOC(R"("answers":{"2.1":["cad","cax"]})"), "answers[\"2.1\"][1]", "unknown option \"cax\""},
    {"option of another item", DOC(R"("answers":{"3.3":["cad"]})"), "answers[\"3.3\"][0]", "unknown option \"cad\""},
    {"duplicate option", DOC(R"("answers":{"2.1":["cad","cad"]})"), "answers[\"2.1\"][1]", "duplicate option \"cad\""},
    {"duplicate counted function", DOC(R"("answers":{"3.2":["progress","quality","progress"]})"), "answers[\"3.2\"][2]", "duplicate option \"progress\""},
    {"option not text", DOC(R"("answers":{"3.3":[4]})"), "answers[\"3.3\"][0]", "must be an option name (string)"},
    {"set as text", DOC(R"("answers":{"3.3":"robot"})"), "answers[\"3.3\"]", "must be an array of options"},
    {"set as object", DOC(R"("answers":{"5.1":{"office":true}})"), "answers[\"5.1\"]", "must be an array of options"},
    {"bool as number", DOC(R"("answers":{"1.1":1})"), "answers[\"1.1\"]", "must be true or false"},
    {"bool as text", DOC(R"("answers":{"6.2":"true"})"), "answers[\"6.2\"]", "must be true or false"},
    {"choice unknown", DOC(R"("answers":{"6.1":"excellent"})"), "answers[\"6.1\"]", "unknown option \"excellent\""},
    {"choice as array", DOC(R"("answers":{"6.1":["average"]})"), "answers[\"6.1\"]", "must be one option name"},
    {"choice as null", "{" PHEAD R"(,"answers":{"5.1":null}})", "answers[\"5.1\"]", "must be one option name"},
    {"metric item answered", DOC(R"("answers":{"3.1":"60%-70%"})"), "answers[\"3.1\"]", "this item is decided by metrics.cnc_rate, not answered here"},
    {"metric item answered with a number", DOC(R"("answers":{"6.4":12})"), "answers[\"6.4\"]", "this item is decided by metrics.efficiency_gain, not answered here"},
    {"process metric item answered", "{" PHEAD R"(,"answers":{"2.2":true}})", "answers[\"2.2\"]", "this item is decided by metrics.auto_control_rate, not answered here"},
    {"4.3 without ERP and MES", DOC(R"("answers":{"4.3":true})"), "answers[\"4.3\"]", "cannot be claimed without 4.1 and 4.2"},
    {"4.3 without MES", DOC(R"("answers":{"4.1":true,"4.2":false,"4.3":true})"), "answers[\"4.3\"]", "cannot be claimed without 4.1 and 4.2"},
    // modes
    {"modes not object", DOC(R"("modes":["remote"])"), "modes", "must be a JSON object"},
    {"unknown mode", DOC(R"("modes":{"lean":{"1":"met"}})"), "modes.lean", "unknown mode \"lean\""},
    {"mode not object", DOC(R"("modes":{"remote":["met"]})"), "modes.remote", "must be an object (element number → rating)"},
    {"element 0", DOC(R"("modes":{"remote":{"0":"met"}})"), "modes.remote[\"0\"]", "element number must be 1 to 5"},
    {"element 6 of 5", DOC(R"("modes":{"remote":{"6":"met"}})"), "modes.remote[\"6\"]", "element number must be 1 to 5"},
    {"element 01", DOC(R"("modes":{"remote":{"01":"met"}})"), "modes.remote[\"01\"]", "element number must be 1 to 5"},
    {"element -1", DOC(R"("modes":{"remote":{"-1":"met"}})"), "modes.remote[\"-1\"]", "element number must be 1 to 5"},
    {"element a", DOC(R"("modes":{"remote":{"a":"met"}})"), "modes.remote.a", "element number must be 1 to 5"},
    {"element empty", DOC(R"("modes":{"remote":{"":"met"}})"), "modes.remote[\"\"]", "element number must be 1 to 5"},
    {"element 8 of 7", DOC(R"("modes":{"discrete":{"8":"met"}})"), "modes.discrete[\"8\"]", "element number must be 1 to 7"},
    {"element 7 of 6", DOC(R"("modes":{"network":{"7":"met"}})"), "modes.network[\"7\"]", "element number must be 1 to 6"},
    {"element 5 of 4", DOC(R"("modes":{"customization":{"5":"met"}})"), "modes.customization[\"5\"]", "element number must be 1 to 4"},
    {"rating unknown", DOC(R"("modes":{"remote":{"3":"yes"}})"), "modes.remote[\"3\"]", "rating must be met, partial or unmet, not \"yes\""},
    {"rating as number", DOC(R"("modes":{"remote":{"1":1}})"), "modes.remote[\"1\"]", "rating must be met, partial or unmet, not 1"},
    {"rating as null", DOC(R"("modes":{"process":{"7":null}})"), "modes.process[\"7\"]", "rating must be met, partial or unmet, not null"},
};

// A key twice in one object: nlohmann would keep the last silently, so which value counts (and
// whether the document is valid) would depend on the order. Each row's one error names the key.
const Row kDuplicateKeys[] = {
    {"at the top", "{" HEAD R"(,"type":"process"})", "type", "duplicate key \"type\""},
    {"the same value twice", "{" HEAD R"(,"version":1})", "version", "duplicate key \"version\""},
    {"enterprise.name", DOC(R"("enterprise":{"name":"甲","credit_code":"x","name":"乙"})"), "enterprise.name", "duplicate key \"name\""},
    {"an answer", DOC(R"("answers":{"4.1":true,"4.1":false})"), "answers[\"4.1\"]", "duplicate key \"4.1\""},
    {"a mode's element", DOC(R"("modes":{"remote":{"1":"met","2":"met","1":"unmet"}})"), "modes.remote[\"1\"]", "duplicate key \"1\""},
    {"a whole member", DOC(R"("facts":{},"facts":{})"), "facts", "duplicate key \"facts\""},
    {"in an array of objects", DOC(R"("project":{"phases":[{"a":1},{"b":[1,{"c":1}],"b":2}]})"), "project.phases[1].b", "duplicate key \"b\""},
    {"after nested arrays", DOC(R"("project":{"x":[[1,2],[3]],"y":{"z":[{}],"z":0}})"), "project.y.z", "duplicate key \"z\""},
};

}  // namespace

TEST(Document, EachValidationErrorNamesItsPathAndReason) {
  for (const auto& row : kRows) {
    SCOPED_TRACE(row.name);
    sx::ParseResult result;
    ASSERT_NO_THROW(result = sx::parse_assessment(row.doc));
    EXPECT_FALSE(result.assessment.has_value());
    std::string all;
    for (const auto& e : result.errors) all += sx::format_message(e) + "\n";
    ASSERT_EQ(result.errors.size(), 1u) << all;
    EXPECT_EQ(result.errors[0].path, row.path);
    EXPECT_EQ(result.errors[0].en, row.en);
    EXPECT_FALSE(result.errors[0].zh.empty());
    // validate_assessment on the parsed JSON agrees.
    const auto again = sx::validate_assessment(sx::Json::parse(row.doc));
    ASSERT_EQ(again.size(), 1u);
    EXPECT_EQ(again[0].path, row.path);
  }
}

// An unknown type, category or rating is answered with the keys the document's own standard
// takes, in 2019 and in the made-up year with its fourth category.
TEST(Document, AnUnknownKeyIsAnsweredWithTheStandardsOwnKeys) {
  sx::Json doc = sx_test::header();
  doc["category"] = "park";
  doc["modes"]["remote"]["1"] = "yes";
  const auto in_2019 = sx::validate_assessment(doc);
  ASSERT_EQ(in_2019.size(), 2u);
  EXPECT_EQ(in_2019[0].zh, "未知的申报类别 \"park\"（应为 line、workshop 或 factory）");
  EXPECT_EQ(in_2019[1].zh, "评价应为 met、partial 或 unmet，而不是 \"yes\"");

  doc["standard"] = sx_test::made_up_year().id;
  const auto in_made_up_year = sx::validate_assessment(doc);
  ASSERT_EQ(in_made_up_year.size(), 2u);
  EXPECT_EQ(in_made_up_year[0].zh, "未知的申报类别 \"park\"（应为 cell、line、workshop 或 factory）");
  EXPECT_EQ(in_made_up_year[0].en, "unknown category \"park\" (must be cell, line, workshop or factory)");

  sx::Json typeless = sx_test::header();
  typeless["type"] = "hybrid";
  EXPECT_EQ(sx::validate_assessment(typeless).at(0).zh, "未知的企业类型 \"hybrid\"（应为 discrete 离散型或 process 流程型）");
}

TEST(Document, DuplicateKeysAreRefusedWithTheirPath) {
  for (const auto& row : kDuplicateKeys) {
    SCOPED_TRACE(row.name);
    const auto result = sx::parse_assessment(row.doc);
    EXPECT_FALSE(result.assessment.has_value());
    ASSERT_EQ(result.errors.size(), 1u) << sx::format_message(result.errors.at(0));
    EXPECT_EQ(result.errors[0].path, row.path);
    EXPECT_EQ(result.errors[0].en, row.en);
    EXPECT_EQ(result.errors[0].zh.rfind("重复的键 ", 0), 0u) << result.errors[0].zh;
  }
  // The same key in different objects is no duplicate.
  EXPECT_TRUE(errors_of(DOC(R"("enterprise":{"name":"甲"},"project":{"name":"乙","x":[{"name":1},{"name":2}]})")).empty());
  // Every duplicate is reported, in document order.
  const auto both = errors_of(DOC(R"("enterprise":{"name":"甲","name":"乙"},"project":{"name":"丙","name":"丁"})"));
  ASSERT_EQ(both.size(), 2u);
  EXPECT_EQ(both[0].path, "enterprise.name");
  EXPECT_EQ(both[1].path, "project.name");
}

TEST(Document, EveryFigureHasAnUpperBoundAndItIsValid) {
  for (const auto& figure : sx_test::standard().figures) {
    SCOPED_TRACE(figure.key);
    EXPECT_GT(figure.max, 0);
    // Far from where a count of units could overflow an int, and never above a percentage's 100.
    EXPECT_LE(figure.max, figure.integer ? 1e6 : 1e12);
    if (figure.unit == "%") {
      EXPECT_EQ(figure.max, 100);
    }
    const auto at_bound = sx_test::document("discrete", {{"figures", {{figure.key, figure.max}}}});
    EXPECT_TRUE(sx::validate_assessment(at_bound).empty());
    const double beyond = figure.integer ? figure.max + 1 : figure.max * 1.001;
    const auto errors = sx::validate_assessment(sx_test::document("discrete", {{"figures", {{figure.key, beyond}}}}));
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_EQ(errors[0].path, "figures." + figure.key);
    EXPECT_NE(errors[0].en.find(" is outside [0, "), std::string::npos) << errors[0].en;
    EXPECT_NE(errors[0].zh.find(" 超出范围 [0, "), std::string::npos) << errors[0].zh;
  }
}

TEST(Document, ValuesAtTheEdgesOfTheirRangesAreValid) {
  const char* docs[] = {
      DOC(R"("metrics":{"cnc_rate":0,"network_rate":100,"smart_equipment_rate":0,"rd_tools_rate":100,"auto_control_rate":100,"rd_ratio":0})"),
      DOC(R"("metrics":{"cnc_rate":100,"network_rate":0,"smart_equipment_rate":100,"rd_tools_rate":0,"auto_control_rate":0,"rd_ratio":100})"),
      DOC(R"("metrics":{"efficiency_gain":-100,"defect_reduction":100,"low_end_labor_reduction":100})"),
      DOC(R"("metrics":{"efficiency_gain":1e6,"defect_reduction":-1e6,"low_end_labor_reduction":-500})"),  // a gain above 100%, growth
      DOC(R"("figures":{"key_equipment":10,"cnc_key_equipment":10,"revenue":1200.5,"rd_expenditure":0})"),
      DOC(R"("figures":{"key_equipment":0})"),  // a lone zero total is not yet a ratio
      DOC(R"("figures":{"efficiency_before":0.5,"efficiency_after":0,"defect_rate_before":3.2,"defect_rate_after":4})"),
      DOC(R"("figures":{"output_per_mu":0,"industry_output_per_mu":0})"),
      DOC(R"("figures":{"key_equipment":1000000,"cnc_key_equipment":1000000,"revenue":1e9,"rd_expenditure":1e9,"defect_rate_before":100,"defect_rate_after":100})"),
      DOC(R"("facts":{"results":[],"key_equipment_kinds":["robot","auto_assembly","smart_inspection"]})"),
      DOC(R"("answers":{"2.1":[],"3.2":[],"4.3":false},"modes":{"remote":{},"discrete":{"7":"unmet"}})"),
      DOC(R"("category":"factory","enterprise":{},"project":{},"facts":{},"metrics":{},"figures":{},"answers":{},"modes":{})"),
  };
  for (const char* doc : docs) {
    const auto errors = errors_of(doc);
    EXPECT_TRUE(errors.empty()) << doc << "\n" << (errors.empty() ? "" : sx::format_message(errors[0]));
  }
}

TEST(Document, AllErrorsAreReportedNotOnlyTheFirst) {
  const auto errors = errors_of(
      DOC(R"("metrics":{"cnc_rate":140,"speed":1},"answers":{"2.1":["cax"],"9.9":true},"modes":{"remote":{"9":"met"}})"));
  std::vector<std::string> paths;
  for (const auto& e : errors) paths.push_back(e.path);
  EXPECT_EQ(paths, (std::vector<std::string>{"metrics.cnc_rate", "metrics.speed", "answers[\"2.1\"][0]",
                                              "answers[\"9.9\"]", "modes.remote[\"9\"]"}));
  // Header, free-form and body errors together.
  const auto many = errors_of(
      R"({"format":"x","version":2,"standard":"shaoxing-2019","type":"discrete","category":"park",
          "enterprise":{"name":1},"facts":{"results":["luck","luck"]},"figures":{"equipment":-1},
          "answers":{"4.3":true,"6.1":3}})");
  paths.clear();
  for (const auto& e : many) paths.push_back(e.path);
  EXPECT_EQ(paths, (std::vector<std::string>{"format", "version", "enterprise.name", "category", "facts.results[0]",
                                              "facts.results[1]", "figures.equipment", "answers[\"4.3\"]",
                                              "answers[\"6.1\"]"}));
}

TEST(Document, MessageFormatIsPathThenChineseThenEnglish) {
  const auto errors = errors_of(DOC(R"("answers":{"2.1":["cad","cax"]})"));
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(sx::format_message(errors[0]), R"(answers["2.1"][1]: 未知选项 "cax" / unknown option "cax")");
  EXPECT_EQ(sx::format_message({"", "文档应为 JSON 对象", "the document must be a JSON object"}),
            "(document): 文档应为 JSON 对象 / the document must be a JSON object");
  EXPECT_EQ(sx::path_member("", "facts"), "facts");
  EXPECT_EQ(sx::path_member("answers", "2.1"), "answers[\"2.1\"]");
  EXPECT_EQ(sx::path_member("modes.remote", "3"), "modes.remote[\"3\"]");
  EXPECT_EQ(sx::path_index("answers[\"2.1\"]", 1), "answers[\"2.1\"][1]");
}

TEST(Document, FreeFormKeysRoundTripUnchangedInOrder) {
  const std::string text = R"({
  "x-bureau": {"received": "2020-03-01", "by": ["王", 3, null]},
  "format": "sx-retrofit-assessment",
  "version": 1,
  "type": "discrete",
  "standard": "shaoxing-2019",
  "enterprise": {"zeta": 1, "name": "绍兴\"某\"厂", "alpha": {"nested": [1.5, true]}, "credit_code": "91330603MA2BK7L37A"},
  "project": {"custom": [1, 2], "name": "项目", "aaa": ""},
  "metrics": {"rd_ratio": 2.5, "cnc_rate": 66.5},
  "answers": {"6.2": true, "1.1": false},
  "zz-last": "kept"
})";
  const auto parsed = sx::parse_assessment(text);
  ASSERT_TRUE(parsed.assessment.has_value()) << sx::format_message(parsed.errors.at(0));
  const std::string out = sx::serialise(*parsed.assessment);
  EXPECT_EQ(sx::Json::parse(out), sx::Json::parse(text));
  std::vector<std::string> top, enterprise, project, metrics;
  const auto doc = sx::Json::parse(out);
  for (const auto& [k, v] : doc.items()) top.push_back(k);
  for (const auto& [k, v] : doc["enterprise"].items()) enterprise.push_back(k);
  for (const auto& [k, v] : doc["project"].items()) project.push_back(k);
  for (const auto& [k, v] : doc["metrics"].items()) metrics.push_back(k);
  EXPECT_EQ(top, (std::vector<std::string>{"x-bureau", "format", "version", "type", "standard", "enterprise", "project",
                                            "metrics", "answers", "zz-last"}));
  EXPECT_EQ(enterprise, (std::vector<std::string>{"zeta", "name", "alpha", "credit_code"}));
  EXPECT_EQ(project, (std::vector<std::string>{"custom", "name", "aaa"}));
  EXPECT_EQ(metrics, (std::vector<std::string>{"rd_ratio", "cnc_rate"}));
  // Serialised: two-space indent, Chinese kept as UTF-8, a final newline; stable on a second trip.
  EXPECT_EQ(out.rfind("{\n  \"x-bureau\": {\n    \"received\": \"2020-03-01\"", 0), 0u) << out.substr(0, 60);
  EXPECT_NE(out.find("\"name\": \"绍兴\\\"某\\\"厂\""), std::string::npos);
  EXPECT_EQ(out.back(), '\n');
  const auto again = sx::parse_assessment(out);
  ASSERT_TRUE(again.assessment.has_value());
  EXPECT_EQ(sx::serialise(*again.assessment), out);
  EXPECT_TRUE(*again.assessment == *parsed.assessment);
}

TEST(Document, FixturesRoundTrip) {
  for (const char* file : {"discrete-full.json", "process-full.json", "discrete-partial.json"}) {
    SCOPED_TRACE(file);
    const std::string text = sx_test::fixture_text(file);
    const auto parsed = sx::parse_assessment(text);
    ASSERT_TRUE(parsed.assessment.has_value());
    const std::string out = sx::serialise(*parsed.assessment);
    EXPECT_EQ(sx::Json::parse(out), sx::Json::parse(text));
    EXPECT_EQ(sx::Json::parse(out).dump(), sx::Json::parse(text).dump()) << "key order";
  }
  const std::string out = sx::serialise(*sx::parse_assessment(sx_test::fixture_text("discrete-full.json")).assessment);
  EXPECT_NE(out.find("\"internal_ref\": \"KQ-2019-001\""), std::string::npos);
  EXPECT_LT(out.find("\"contact\""), out.find("\"internal_ref\""));
}

TEST(Document, AccessorsReadTheValidatedMembers) {
  const auto a = sx_test::assessment(sx::Json::parse(sx_test::fixture_text("discrete-partial.json")));
  EXPECT_EQ(a.standard_id(), "shaoxing-2019");
  EXPECT_EQ(a.type(), "discrete");
  EXPECT_EQ(a.category(), std::optional<std::string>("line"));
  EXPECT_EQ(a.metric("cnc_rate"), std::optional<double>(58));
  EXPECT_EQ(a.metric("smart_equipment_rate"), std::nullopt);
  EXPECT_EQ(a.figure("industry_output_per_mu"), std::optional<double>(62));
  ASSERT_NE(a.answer("2.1"), nullptr);
  EXPECT_EQ(*a.answer("2.1"), sx::Json::parse(R"(["cad"])"));
  EXPECT_EQ(a.answer("6.2"), nullptr);
  ASSERT_NE(a.fact("results"), nullptr);
  EXPECT_EQ(a.enterprise_text("name"), "诸暨市示例袜业有限公司");
  EXPECT_EQ(a.enterprise_text("phone"), "");
  EXPECT_EQ(a.project_text("name"), "袜机联网及定型自动化改造项目");
  EXPECT_EQ(a.rating("remote", 1), std::nullopt);
}

TEST(Document, BlankAssessmentIsValidAndEditable) {
  sx::Assessment a("shaoxing-2019", "process");
  EXPECT_TRUE(sx::validate_assessment(a.json()).empty());
  EXPECT_EQ(sx::serialise(a),
            "{\n  \"format\": \"sx-retrofit-assessment\",\n  \"version\": 1,\n  \"standard\": \"shaoxing-2019\",\n"
            "  \"type\": \"process\"\n}\n");
  a.set_metric("auto_control_rate", 55);
  a.set_answer("3.1", true);
  a.set_rating("process", 2, "met");
  a.set_enterprise_text("name", "测试");
  a.set_category(std::string("factory"));
  EXPECT_TRUE(sx::validate_assessment(a.json()).empty());
  EXPECT_EQ(a.metric("auto_control_rate"), 55);
  EXPECT_EQ(a.rating("process", 2), std::optional<std::string>("met"));
  EXPECT_EQ(a.json()["modes"]["process"]["2"], "met");
  a.erase_metric("auto_control_rate");
  a.erase_rating("process", 2);
  a.erase_answer("3.1");
  a.set_category(std::nullopt);
  EXPECT_FALSE(a.metric("auto_control_rate").has_value());
  EXPECT_FALSE(a.json().contains("metrics"));
  EXPECT_FALSE(a.json().contains("modes"));
  EXPECT_FALSE(a.json().contains("answers"));
  EXPECT_FALSE(a.json().contains("category"));
  a.set_type("discrete");
  a.set_answer("4.3", true);  // the setters do not validate; validation does
  const auto errors = sx::validate_assessment(a.json());
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].path, "answers[\"4.3\"]");
}

TEST(Document, BadInputGivesErrorsNeverExceptions) {
  struct Bad {
    const char* name;
    std::string text;
    const char* path;  // of the first error
    const char* en;    // how its English text begins
  };
  const std::vector<Bad> cases = {
      {"empty", "", "", "the document is empty"},
      {"whitespace only", " \n\t\r ", "", "the document is empty"},
      {"malformed", "{format:", "line 1, column 3", "not valid JSON: syntax error while parsing object key"},  // "fo" is not "false"
      {"single quotes", "{'format':1}", "line 1, column 2", "not valid JSON: "},
      {"trailing comma", "{" HEAD ",}", "line 1, column 93", "not valid JSON: "},
      {"truncated", "{" HEAD ",\"answers\":{\"1.1\":tr", "line 1, column 112", "not valid JSON: "},  // the end of the text
      {"truncated after a member", "{" HEAD, "line 1, column 92", "not valid JSON: "},
      {"invalid UTF-8", std::string("{" HEAD ",\"enterprise\":{\"name\":\"\xff\xfe\"}}"), "line 1, column 115", "not valid JSON: "},
      {"invalid UTF-8 in a key", std::string("{\"\xc3\x28\":1}"), "line 1, column 3", "not valid JSON: "},  // C3 starts the bad character
      {"lone surrogate", "{" HEAD ",\"enterprise\":{\"name\":\"\\ud800\"}}", "line 1, column 121", "not valid JSON: "},
      {"overflow", "{" HEAD ",\"metrics\":{\"cnc_rate\":1e999}}", "", "not valid JSON: number overflow parsing '1e999'"},
      {"negative overflow", "{" HEAD ",\"figures\":{\"revenue\":-1e999}}", "", "not valid JSON: number overflow parsing '-1e999'"},
      {"NaN literal", "{" HEAD ",\"metrics\":{\"cnc_rate\":NaN}}", "line 1, column 115", "not valid JSON: "},
      {"Infinity literal", "{" HEAD ",\"metrics\":{\"cnc_rate\":Infinity}}", "line 1, column 115", "not valid JSON: "},
      {"trailing garbage", "{" HEAD "} x", "line 1, column 94", "not valid JSON: "},
      {"two documents", "{" HEAD "}{" HEAD "}", "line 1, column 93", "not valid JSON: "},
      {"NUL byte after the document", "{" HEAD "}" + std::string(1, '\0') + "{\"x\"", "line 1, column 93", "not valid JSON: a NUL byte"},
      {"NUL byte in a string", "{" HEAD ",\"project\":{\"name\":\"a" + std::string(1, '\0') + "\"}}", "line 1, column 113", "not valid JSON: a NUL byte"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.name);
    sx::ParseResult result;
    ASSERT_NO_THROW(result = sx::parse_assessment(c.text));
    EXPECT_FALSE(result.assessment.has_value());
    ASSERT_EQ(result.errors.size(), 1u);
    EXPECT_EQ(result.errors[0].path, c.path);
    EXPECT_EQ(result.errors[0].en.rfind(c.en, 0), 0u) << result.errors[0].en;
    EXPECT_FALSE(result.errors[0].zh.empty());
    EXPECT_TRUE(valid_utf8(result.errors[0].zh) && valid_utf8(result.errors[0].en)) << result.errors[0].en;
  }
}

TEST(Document, TheBadFixtures) {
  struct Bad {
    const char* file;
    const char* path;
    const char* en;  // how the first error's English text begins
  };
  const Bad cases[] = {
      {"bad/empty.json", "", "the document is empty"},
      {"bad/malformed.json", "line 1, column 51", "not valid JSON: syntax error while parsing object key"},
      {"bad/truncated.json", "line 1, column 78", "not valid JSON: syntax error while parsing object key"},
      {"bad/invalid-utf8.json", "line 1, column 115", "not valid JSON: syntax error while parsing value - invalid string: ill-formed UTF-8 byte"},
      {"bad/overflow.json", "", "not valid JSON: number overflow parsing '1e999'"},
      {"bad/wrong-root.json", "", "the document must be a JSON object"},
      {"bad/unknown-option.json", "answers[\"2.1\"][1]", "unknown option \"cax\""},
      {"bad/out-of-range.json", "metrics.cnc_rate", "value 140 is outside [0, 100]"},
      {"bad/figure-overflow.json", "figures.key_equipment", "value 10000000000 is outside [0, 1000000]"},
      {"bad/duplicate-key.json", "enterprise.name", "duplicate key \"name\""},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.file);
    const std::string text = sx_test::fixture_text(c.file);
    if (std::string(c.file) != "bad/empty.json") {
      ASSERT_FALSE(text.empty()) << "fixture missing";
    }
    sx::ParseResult result;
    ASSERT_NO_THROW(result = sx::parse_assessment(text));
    EXPECT_FALSE(result.assessment.has_value());
    ASSERT_EQ(result.errors.size(), 1u);
    EXPECT_EQ(result.errors[0].path, c.path);
    EXPECT_EQ(result.errors[0].en.rfind(c.en, 0), 0u) << result.errors[0].en;
    EXPECT_TRUE(valid_utf8(result.errors[0].en)) << "an error message must be printable as UTF-8";
  }
}

TEST(Document, ErrorMessagesStayShortWhateverTheInput) {
  // An unterminated string of a megabyte, a megabyte-long number and a huge rating value.
  const std::string long_string = "{\"format\":\"" + std::string(1000000, 'a');
  const std::string long_number = "{" HEAD ",\"metrics\":{\"cnc_rate\":1" + std::string(1000000, '0') + "}}";
  const std::string bad_bytes = "{\"format\":\"" + std::string(100000, '\xff');
  const std::string long_rating = "{" HEAD ",\"modes\":{\"remote\":{\"1\":\"" + std::string(100000, 'x') + "\"}}}";
  for (const auto* text : {&long_string, &long_number, &bad_bytes, &long_rating}) {
    const auto errors = errors_of(*text);
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_LT(errors[0].en.size(), 400u) << errors[0].en.substr(0, 200);
    EXPECT_LT(errors[0].zh.size(), 400u);
    EXPECT_TRUE(valid_utf8(errors[0].en) && valid_utf8(errors[0].zh));
  }
  const auto rating = errors_of(long_rating);
  EXPECT_EQ(rating[0].path, "modes.remote[\"1\"]");
  EXPECT_EQ(rating[0].en.rfind("rating must be met, partial or unmet, not \"xxxx", 0), 0u);
}

TEST(Document, ValidationOfADocumentBuiltInCodeNeverThrows) {
  // The app validates JSON it built itself; ill-formed UTF-8 or non-finite numbers in it are
  // reported, not thrown.
  sx::Json doc = sx_test::header();
  doc["answers"]["2.1"] = {std::string("ca\xff")};
  doc["metrics"]["cnc_rate"] = std::numeric_limits<double>::infinity();
  doc["metrics"]["network_rate"] = std::numeric_limits<double>::quiet_NaN();
  doc["figures"]["revenue"] = -std::numeric_limits<double>::infinity();
  sx::Messages errors;
  ASSERT_NO_THROW(errors = sx::validate_assessment(doc));
  std::vector<std::string> paths;
  for (const auto& e : errors) {
    paths.push_back(e.path);
    EXPECT_TRUE(valid_utf8(e.en)) << e.path;
  }
  EXPECT_EQ(paths, (std::vector<std::string>{"metrics.cnc_rate", "metrics.network_rate", "figures.revenue",
                                              "answers[\"2.1\"][0]"}));
  EXPECT_EQ(errors[0].en, "the number is out of range");
  EXPECT_EQ(errors[1].en, "the number is out of range");
}

TEST(Document, DeepNestingIsRefusedQuickly) {
  for (const std::string& deep : {std::string(500000, '['), std::string(500000, '{'),
                                  [] {
                                    std::string s;
                                    for (int i = 0; i < 200000; ++i) s += "{\"a\":";
                                    return s;
                                  }()}) {
    const auto start = std::chrono::steady_clock::now();
    sx::Messages errors;
    ASSERT_NO_THROW(errors = errors_of(deep));
    const auto elapsed = std::chrono::steady_clock::now() - start;
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_EQ(errors[0].en, "nested deeper than 64 levels");
    // The 65th opening bracket is where it stops.
    EXPECT_EQ(errors[0].path, deep[1] == '"' ? "line 1, column 321" : "line 1, column 65");
    EXPECT_LT(elapsed, sx_test::kSlowdown * std::chrono::seconds(2));
  }
  // Nesting inside a free-form member is refused the same way …
  const auto nested = [](int levels) {
    return "{" HEAD ",\"project\":{\"x\":" + std::string(levels, '[') + std::string(levels, ']') + "}}";
  };
  EXPECT_TRUE(errors_of(nested(62)).empty());  // root, project and 62 arrays: 64 levels
  ASSERT_EQ(errors_of(nested(63)).size(), 1u);
  EXPECT_EQ(errors_of(nested(63))[0].en, "nested deeper than 64 levels");
  // … and brackets inside strings do not count.
  const std::string in_string = "{" HEAD ",\"project\":{\"x\":\"" + std::string(1000, '[') + "\\\"[[\"}}";
  EXPECT_TRUE(errors_of(in_string).empty());
}

// An amount field (总投资（万元）, kind "amount") holds a plain number: anything else is valid but
// warned about at its path, since the draft would print "6,500万元 万元" (the newcomer's walk).
TEST(Document, AnAmountFieldWarnsUnlessAPlainNumber) {
  struct Case {
    const char* text;
    bool warned;
  };
  const Case cases[] = {{"6500", false}, {"1200.5", false}, {"", false}, {"6,500", true}, {"6500万元", true},
                        {"约6500", true}, {"65.0.0", true}, {".5", true}, {"5.", true}, {"-3", true}};
  for (const auto& c : cases) {
    SCOPED_TRACE(c.text);
    const auto doc = sx_test::document("discrete", {{"project", {{"investment", c.text}}}});
    EXPECT_TRUE(sx::validate_assessment(doc).empty());
    const auto e = sx_test::evaluate(doc);
    ASSERT_EQ(e.warnings.size(), c.warned ? 1u : 0u);
    if (!c.warned) continue;
    EXPECT_EQ(e.warnings[0].path, "project.investment");
    EXPECT_NE(e.warnings[0].zh.find("总投资（万元）请只填数字"), std::string::npos) << e.warnings[0].zh;
  }
}

// A phone field (联系电话, kind "phone") a reviewer cannot dial is warned about at its path: a
// newcomer's 12-digit mobile went into the draft unremarked. Table of what is and is not dialable.
TEST(Document, APhoneFieldWarnsUnlessDialable) {
  struct Case {
    const char* text;
    bool warned;
  };
  const Case cases[] = {{"", false},
                        {"13857512345", false},         // a mobile: 11 digits
                        {"138 5751 2345", false},       // spaced
                        {"+86 13857512345", false},
                        {"0575-88888888", false},        // area code and number: 12 digits
                        {"(0575) 8888888", false},      // 11
                        {"88888888", false},             // a local number: 8
                        {"0575-88888888转123", false},  // an extension is not counted
                        {"138575123456", true},          // the newcomer's 12-digit mobile
                        {"1385751234", true},            // 10
                        {"0575-888", true},
                        {"12345", true},
                        {"+1 4155550100", true},
                        {"电话13857512345", true},
                        {"138-5751-234x", true}};
  for (const auto& c : cases) {
    SCOPED_TRACE(c.text);
    const auto doc = sx_test::document("discrete", {{"enterprise", {{"phone", c.text}}}});
    EXPECT_TRUE(sx::validate_assessment(doc).empty());
    const auto e = sx_test::evaluate(doc);
    ASSERT_EQ(e.warnings.size(), c.warned ? 1u : 0u);
    if (!c.warned) continue;
    EXPECT_EQ(e.warnings[0].path, "enterprise.phone");
    EXPECT_NE(e.warnings[0].zh.find("联系电话的位数或写法不对"), std::string::npos) << e.warnings[0].zh;
  }
}
