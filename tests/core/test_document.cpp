// The assessment document: parse, validate (every error with its JSON path), serialise, and bad
// input of every kind returning errors instead of throwing or crashing.
#include <gtest/gtest.h>

#include <chrono>

#include "test_support.hpp"

namespace {

sx::Messages errors_of(const std::string& text) { return sx::parse_assessment(text).errors; }

struct Row {
  const char* name;
  const char* doc;   // whole document text
  const char* path;  // the one error expected
  const char* en;    // a fragment of its English text
};

#define HEAD R"("format":"sx-retrofit-assessment","version":1,"standard":"shaoxing-2019","type":"discrete")"

const Row kRows[] = {
    {"root is an array", "[]", "", "must be a JSON object"},
    {"format missing", R"({"version":1,"standard":"shaoxing-2019","type":"discrete"})", "format", "missing"},
    {"format wrong", R"({"format":"x","version":1,"standard":"shaoxing-2019","type":"discrete"})", "format", "must be"},
    {"version missing", R"({"format":"sx-retrofit-assessment","standard":"shaoxing-2019","type":"discrete"})", "version", "missing"},
    {"version 2", R"({"format":"sx-retrofit-assessment","version":2,"standard":"shaoxing-2019","type":"discrete"})", "version", "unsupported"},
    {"version as text", R"({"format":"sx-retrofit-assessment","version":"1","standard":"shaoxing-2019","type":"discrete"})", "version", "unsupported"},
    {"standard unknown", R"({"format":"sx-retrofit-assessment","version":1,"standard":"hangzhou-2019","type":"discrete"})", "standard", "unknown standard"},
    {"type missing", R"({"format":"sx-retrofit-assessment","version":1,"standard":"shaoxing-2019"})", "type", "missing"},
    {"type unknown", R"({"format":"sx-retrofit-assessment","version":1,"standard":"shaoxing-2019","type":"hybrid"})", "type", "unknown type"},
    {"type not text", R"({"format":"sx-retrofit-assessment","version":1,"standard":"shaoxing-2019","type":3})", "type", "must be a string"},
    {"category unknown", "{" HEAD R"(,"category":"park"})", "category", "unknown category"},
    {"enterprise not object", "{" HEAD R"(,"enterprise":"abc"})", "enterprise", "must be a JSON object"},
    {"enterprise name not text", "{" HEAD R"(,"enterprise":{"name":42}})", "enterprise.name", "must be a string"},
    {"project not object", "{" HEAD R"(,"project":[]})", "project", "must be a JSON object"},
    {"facts not object", "{" HEAD R"(,"facts":[]})", "facts", "must be a JSON object"},
    {"unknown fact", "{" HEAD R"(,"facts":{"is_big":true}})", "facts.is_big", "unknown fact"},
    {"bool fact as text", "{" HEAD R"(,"facts":{"it_governance":"yes"}})", "facts.it_governance", "true or false"},
    {"set fact unknown option", "{" HEAD R"(,"facts":{"results":["cost","luck"]}})", "facts.results[1]", "unknown option \"luck\""},
    {"set fact not array", "{" HEAD R"(,"facts":{"results":"cost"}})", "facts.results", "array of options"},
    {"unknown metric", "{" HEAD R"(,"metrics":{"speed":3}})", "metrics.speed", "unknown metric"},
    {"metric as text", "{" HEAD R"(,"metrics":{"cnc_rate":"60"}})", "metrics.cnc_rate", "must be a number"},
    {"rate above 100", "{" HEAD R"(,"metrics":{"cnc_rate":100.01}})", "metrics.cnc_rate", "outside [0, 100]"},
    {"rate below 0", "{" HEAD R"(,"metrics":{"network_rate":-0.5}})", "metrics.network_rate", "outside [0, 100]"},
    {"smart equipment rate", "{" HEAD R"(,"metrics":{"smart_equipment_rate":101}})", "metrics.smart_equipment_rate", "outside"},
    {"rd tools rate", "{" HEAD R"(,"metrics":{"rd_tools_rate":-1}})", "metrics.rd_tools_rate", "outside"},
    {"auto control rate", "{" HEAD R"(,"metrics":{"auto_control_rate":120}})", "metrics.auto_control_rate", "outside"},
    {"rd ratio", "{" HEAD R"(,"metrics":{"rd_ratio":100.5}})", "metrics.rd_ratio", "outside"},
    {"efficiency below -100", "{" HEAD R"(,"metrics":{"efficiency_gain":-100.01}})", "metrics.efficiency_gain", "outside [-100, ∞]"},
    {"defect reduction above 100", "{" HEAD R"(,"metrics":{"defect_reduction":100.01}})", "metrics.defect_reduction", "outside [-∞, 100]"},
    {"labour reduction above 100", "{" HEAD R"(,"metrics":{"low_end_labor_reduction":101}})", "metrics.low_end_labor_reduction", "outside"},
    {"unknown figure", "{" HEAD R"(,"figures":{"robots":3}})", "figures.robots", "unknown figure"},
    {"negative figure", "{" HEAD R"(,"figures":{"revenue":-3}})", "figures.revenue", "negative"},
    {"fractional count", "{" HEAD R"(,"figures":{"key_equipment":10.5}})", "figures.key_equipment", "whole number"},
    {"more CNC than key units", "{" HEAD R"(,"figures":{"key_equipment":10,"cnc_key_equipment":11}})", "figures.cnc_key_equipment", "must not exceed figures.key_equipment"},
    {"zero total", "{" HEAD R"(,"figures":{"equipment":0,"networked_equipment":0}})", "figures.equipment", "greater than 0"},
    {"zero baseline", "{" HEAD R"(,"figures":{"efficiency_before":0,"efficiency_after":10}})", "figures.efficiency_before", "before figure"},
    {"unknown item", "{" HEAD R"(,"answers":{"7.1":true}})", "answers[\"7.1\"]", "no item \"7.1\""},
    {"process id in discrete", "{" HEAD R"(,"answers":{"2.2":true}})", "answers[\"2.2\"]", "no item"},
    {"unknown option", "{" HEAD R"(,"answers":{"2.1":["cad","cax"]}})", "answers[\"2.1\"][1]", "unknown option \"cax\""},
    {"duplicate option", "{" HEAD R"(,"answers":{"2.1":["cad","cad"]}})", "answers[\"2.1\"][1]", "duplicate option"},
    {"option not text", "{" HEAD R"(,"answers":{"3.3":[4]}})", "answers[\"3.3\"][0]", "option name"},
    {"set as text", "{" HEAD R"(,"answers":{"3.3":"robot"}})", "answers[\"3.3\"]", "array of options"},
    {"bool as number", "{" HEAD R"(,"answers":{"1.1":1}})", "answers[\"1.1\"]", "true or false"},
    {"choice unknown", "{" HEAD R"(,"answers":{"6.1":"excellent"}})", "answers[\"6.1\"]", "unknown option \"excellent\""},
    {"choice as array", "{" HEAD R"(,"answers":{"6.1":["average"]}})", "answers[\"6.1\"]", "one option name"},
    {"metric item answered", "{" HEAD R"(,"answers":{"3.1":"60%-70%"}})", "answers[\"3.1\"]", "decided by metrics.cnc_rate"},
    {"4.3 without ERP and MES", "{" HEAD R"(,"answers":{"4.3":true}})", "answers[\"4.3\"]", "without 4.1 and 4.2"},
    {"4.3 without MES", "{" HEAD R"(,"answers":{"4.1":true,"4.2":false,"4.3":true}})", "answers[\"4.3\"]", "without 4.1 and 4.2"},
    {"unknown mode", "{" HEAD R"(,"modes":{"lean":{"1":"met"}}})", "modes.lean", "unknown mode"},
    {"mode not object", "{" HEAD R"(,"modes":{"remote":["met"]}})", "modes.remote", "must be an object"},
    {"element 0", "{" HEAD R"(,"modes":{"remote":{"0":"met"}}})", "modes.remote[\"0\"]", "1 to 5"},
    {"element 6 of 5", "{" HEAD R"(,"modes":{"remote":{"6":"met"}}})", "modes.remote[\"6\"]", "1 to 5"},
    {"element 01", "{" HEAD R"(,"modes":{"remote":{"01":"met"}}})", "modes.remote[\"01\"]", "1 to 5"},
    {"rating unknown", "{" HEAD R"(,"modes":{"remote":{"1":"yes"}}})", "modes.remote[\"1\"]", "met, partial or unmet"},
};

}  // namespace

TEST(Document, EachValidationErrorNamesItsPath) {
  for (const auto& row : kRows) {
    SCOPED_TRACE(row.name);
    const auto errors = errors_of(row.doc);
    ASSERT_EQ(errors.size(), 1u) << (errors.empty() ? "" : sx::format_message(errors[0]));
    EXPECT_EQ(errors[0].path, row.path);
    EXPECT_NE(errors[0].en.find(row.en), std::string::npos) << errors[0].en;
    EXPECT_FALSE(errors[0].zh.empty());
  }
}

TEST(Document, AllErrorsAreReportedNotOnlyTheFirst) {
  const auto errors = errors_of(
      "{" HEAD R"(,"metrics":{"cnc_rate":140,"speed":1},"answers":{"2.1":["cax"],"9.9":true},"modes":{"remote":{"9":"met"}}})");
  std::vector<std::string> paths;
  for (const auto& e : errors) paths.push_back(e.path);
  EXPECT_EQ(paths, (std::vector<std::string>{"metrics.cnc_rate", "metrics.speed", "answers[\"2.1\"][0]",
                                              "answers[\"9.9\"]", "modes.remote[\"9\"]"}));
}

TEST(Document, MessageFormatIsPathThenChineseThenEnglish) {
  const auto errors = errors_of("{" HEAD R"(,"answers":{"2.1":["cad","cax"]}})");
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(sx::format_message(errors[0]), R"(answers["2.1"][1]: 未知选项 "cax" / unknown option "cax")");
}

TEST(Document, FreeFormKeysRoundTripInOrder) {
  const std::string text = sx_test::fixture_text("discrete-full.json");
  const auto parsed = sx::parse_assessment(text);
  ASSERT_TRUE(parsed.assessment.has_value());
  const std::string out = sx::serialise(*parsed.assessment);
  EXPECT_EQ(sx::Json::parse(out), sx::Json::parse(text));
  EXPECT_NE(out.find("\"internal_ref\": \"KQ-2019-001\""), std::string::npos);
  // Key order is kept: enterprise.internal_ref stays after contact.
  EXPECT_LT(out.find("\"contact\""), out.find("\"internal_ref\""));
  const auto again = sx::parse_assessment(out);
  ASSERT_TRUE(again.assessment.has_value());
  EXPECT_EQ(sx::serialise(*again.assessment), out);

  const auto extra = sx::parse_assessment("{" HEAD R"(,"x-bureau":{"received":"2020-03-01"},"project":{"custom":[1,2]}})");
  ASSERT_TRUE(extra.assessment.has_value());
  EXPECT_EQ(extra.assessment->json()["x-bureau"]["received"], "2020-03-01");
  EXPECT_EQ(extra.assessment->json()["project"]["custom"], sx::Json::parse("[1,2]"));
}

TEST(Document, BlankAssessmentIsValidAndEditable) {
  sx::Assessment a("shaoxing-2019", "process");
  EXPECT_TRUE(sx::validate_assessment(a.json()).empty());
  a.set_metric("auto_control_rate", 55);
  a.set_answer("3.1", true);
  a.set_rating("process", 2, "met");
  a.set_enterprise_text("name", "测试");
  EXPECT_TRUE(sx::validate_assessment(a.json()).empty());
  EXPECT_EQ(a.metric("auto_control_rate"), 55);
  EXPECT_EQ(a.rating("process", 2), std::optional<std::string>("met"));
  a.erase_metric("auto_control_rate");
  a.erase_rating("process", 2);
  EXPECT_FALSE(a.metric("auto_control_rate").has_value());
  EXPECT_FALSE(a.json().contains("metrics"));
  EXPECT_FALSE(a.json().contains("modes"));
}

TEST(Document, BadInputGivesErrorsNeverExceptions) {
  struct Bad {
    const char* name;
    std::string text;
    const char* en;
  };
  const std::vector<Bad> cases = {
      {"empty", "", "empty"},
      {"whitespace only", " \n\t ", "empty"},
      {"malformed", "{format:", "not valid JSON"},
      {"truncated", "{" HEAD ",\"answers\":{\"1.1\":tr", "not valid JSON"},
      {"invalid UTF-8", std::string("{" HEAD ",\"enterprise\":{\"name\":\"\xff\xfe\"}}"), "not valid JSON"},
      {"overflow", "{" HEAD ",\"metrics\":{\"cnc_rate\":1e999}}", "not valid JSON"},
      {"NaN literal", "{" HEAD ",\"metrics\":{\"cnc_rate\":NaN}}", "not valid JSON"},
      {"trailing garbage", "{" HEAD "} x", "not valid JSON"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.name);
    sx::ParseResult result;
    EXPECT_NO_THROW(result = sx::parse_assessment(c.text));
    EXPECT_FALSE(result.assessment.has_value());
    ASSERT_FALSE(result.errors.empty());
    EXPECT_NE(result.errors[0].en.find(c.en), std::string::npos) << result.errors[0].en;
  }
}

TEST(Document, SyntaxErrorsSayWhere) {
  const auto errors = errors_of("{\n  \"format\": \"sx-retrofit-assessment\",\n  \"version\": 1,,\n}");
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].path, "line 3, column 16");  // the second comma
}

TEST(Document, DeepNestingIsRefusedQuickly) {
  const std::string deep(500000, '[');
  const auto start = std::chrono::steady_clock::now();
  const auto errors = errors_of(deep);
  const auto elapsed = std::chrono::steady_clock::now() - start;
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_NE(errors[0].en.find("nested deeper than 64"), std::string::npos);
  EXPECT_LT(elapsed, std::chrono::seconds(2));
  // Nesting inside a free-form member is refused the same way.
  const std::string inside = "{" HEAD ",\"project\":{\"x\":" + std::string(100, '[') + std::string(100, ']') + "}}";
  EXPECT_EQ(errors_of(inside).size(), 1u);
  // Brackets inside strings do not count.
  const std::string in_string = "{" HEAD ",\"project\":{\"x\":\"" + std::string(1000, '[') + "\"}}";
  EXPECT_TRUE(errors_of(in_string).empty());
}

TEST(Document, NonFiniteNumbersBuiltInCodeAreOutOfRange) {
  sx::Json doc = sx_test::header();
  doc["metrics"]["cnc_rate"] = std::numeric_limits<double>::infinity();
  const auto errors = sx::validate_assessment(doc);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].path, "metrics.cnc_rate");
}
