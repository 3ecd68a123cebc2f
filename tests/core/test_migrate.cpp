// Older format versions (core/include/sx/migrate.hpp): a version-0 document — answers in `items`,
// metrics at the top level — opens as version 1 with everything it held, and says it was
// upgraded; a newer version or an ambiguous old one is refused with the reason at `version`.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "sx/migrate.hpp"
#include "sx/salvage.hpp"
#include "test_support.hpp"

namespace {

sx::Json J(const char* text) { return sx::Json::parse(text); }

std::vector<std::string> paths(const sx::Messages& messages) {
  std::vector<std::string> out;
  for (const auto& m : messages) out.push_back(m.path);
  return out;
}

// tests/fixtures/version-0.json as version 1 writes it, member for member and in the same order.
sx::Json fixture_as_version_1() {
  return J(R"({
    "format": "sx-retrofit-assessment",
    "version": 1,
    "standard": "shaoxing-2019",
    "type": "discrete",
    "category": "workshop",
    "enterprise": {
      "name": "绍兴市上虞区示例机械有限公司",
      "credit_code": "91330604MA2BC3DE40",
      "district": "shangyu",
      "industry": "C34 通用设备制造业"
    },
    "project": { "name": "数控车间联网改造项目", "note": "原型版本填写" },
    "saved_by": "prototype 0.3",
    "facts": {
      "registered_in_shaoxing": true,
      "independent_legal_person": true,
      "results": ["efficiency", "defects"]
    },
    "metrics": { "cnc_rate": 72.5, "network_rate": 61, "efficiency_gain": 18 },
    "answers": {
      "1.1": true,
      "2.1": ["cad", "cam"],
      "3.2": ["progress", "quality", "energy"],
      "4.1": true,
      "4.2": true,
      "4.3": true
    },
    "modes": { "discrete": { "1": "met", "2": "partial" } }
  })");
}

sx::Json version_0(const sx::Json& patch) {
  sx::Json doc = sx_test::header("discrete");
  doc["version"] = 0;
  for (const auto& [key, value] : patch.items()) doc[key] = value;
  return doc;
}

TEST(Migrate, Version0FixtureOpensAsVersion1WithEverything) {
  const auto parsed = sx::parse_assessment(sx_test::fixture_text("version-0.json"));
  ASSERT_TRUE(parsed.assessment) << (parsed.errors.empty() ? "" : sx::format_message(parsed.errors[0]));
  ASSERT_TRUE(parsed.migrated_from);
  EXPECT_EQ(*parsed.migrated_from, 0);
  // Equal as ordered JSON: same members, same values, same order.
  EXPECT_EQ(parsed.assessment->json().dump(), fixture_as_version_1().dump());
  EXPECT_EQ(parsed.assessment->metric("cnc_rate"), 72.5);
  EXPECT_EQ(*parsed.assessment->answer("4.3"), true);

  // Scored exactly as the same answers written in version 1.
  const auto current = sx_test::evaluate(fixture_as_version_1());
  const auto upgraded = sx::evaluate(*parsed.assessment);
  EXPECT_EQ(upgraded.total, current.total);
  EXPECT_GT(upgraded.total, 0);
}

TEST(Migrate, TheUpgradedDocumentIsSavedAsVersion1AndReadsBackUnchanged) {
  const auto parsed = sx::parse_assessment(sx_test::fixture_text("version-0.json"));
  ASSERT_TRUE(parsed.assessment);
  const std::string saved = sx::serialise(*parsed.assessment);
  EXPECT_EQ(sx::Json::parse(saved)["version"], 1);
  const auto again = sx::parse_assessment(saved);
  ASSERT_TRUE(again.assessment);
  EXPECT_FALSE(again.migrated_from);
  EXPECT_TRUE(*again.assessment == *parsed.assessment);
}

TEST(Migrate, CurrentDocumentsAreNotTouched) {
  for (const char* name : {"discrete-full.json", "discrete-partial.json", "process-full.json"}) {
    SCOPED_TRACE(name);
    const std::string text = sx_test::fixture_text(name);
    const auto parsed = sx::parse_assessment(text);
    ASSERT_TRUE(parsed.assessment);
    EXPECT_FALSE(parsed.migrated_from);
    EXPECT_EQ(parsed.assessment->json(), sx::Json::parse(text));
    EXPECT_FALSE(sx::salvage_assessment(text).migrated_from);
  }
}

TEST(Migrate, FromJsonAsFromText) {
  const sx::Json doc = sx::Json::parse(sx_test::fixture_text("version-0.json"));
  const auto parsed = sx::assessment_from_json(doc);
  ASSERT_TRUE(parsed.assessment);
  EXPECT_EQ(parsed.migrated_from, 0);
  EXPECT_EQ(parsed.assessment->json(), fixture_as_version_1());
  EXPECT_EQ(doc["version"], 0) << "the caller's value is left as it was";
}

TEST(Migrate, RefusedOrInvalidDocumentsNameWhatIsWrongWhereTheUserWroteIt) {
  struct Row {
    const char* name;
    sx::Json doc;
    std::vector<std::string> paths;
    std::string zh;  // part of the first message
  };
  const std::vector<Row> rows{
      {"a newer version", [] { auto d = sx_test::header(); d["version"] = 2; return d; }(), {"version"},
       "文件的格式版本为 2，是更新版本的自评工具保存的"},
      {"a much newer version", [] { auto d = sx_test::header(); d["version"] = 1000; return d; }(), {"version"},
       "格式版本为 1000"},
      {"a negative version", [] { auto d = sx_test::header(); d["version"] = -1; return d; }(), {"version"},
       "不支持的格式版本 -1（本工具读取版本 0 和 1）"},
      {"version 0 with answers too", version_0(J(R"({"items": {"1.1": true}, "answers": {"1.1": false}})")),
       {"answers"}, "版本 0 的答案写在 items 中"},
      {"version 0 with metrics too", version_0(J(R"({"cnc_rate": 50, "metrics": {"cnc_rate": 60}})")),
       {"metrics"}, "版本 0 的指标直接写在文档顶层"},
      {"an unknown option in items", version_0(J(R"({"items": {"2.1": ["cad", "cax"]}})")),
       {R"(items["2.1"][1])"}, "未知选项 \"cax\""},
      {"items not an object", version_0(J(R"({"items": ["1.1"]})")), {"items"}, "应为 JSON 对象"},
      {"a top-level metric out of range", version_0(J(R"({"cnc_rate": 150})")), {"cnc_rate"},
       "数值 150 超出范围 [0, 100]"},
      {"4.3 without 4.1 and 4.2", version_0(J(R"({"items": {"4.3": true}})")), {R"(items["4.3"])"}, "须先有"},
  };
  for (const auto& row : rows) {
    SCOPED_TRACE(row.name);
    const auto parsed = sx::parse_assessment(row.doc.dump());
    EXPECT_FALSE(parsed.assessment);
    EXPECT_EQ(paths(parsed.errors), row.paths);
    ASSERT_FALSE(parsed.errors.empty());
    EXPECT_NE(parsed.errors[0].zh.find(row.zh), std::string::npos) << parsed.errors[0].zh;
    EXPECT_FALSE(parsed.errors[0].en.empty());
  }
}

TEST(Migrate, AnotherFormatIsLeftForTheValidator) {
  sx::Json doc = version_0(J(R"({"items": {"1.1": true}})"));
  doc["format"] = "something-else";
  const auto parsed = sx::assessment_from_json(doc);
  EXPECT_FALSE(parsed.migrated_from);
  EXPECT_EQ(paths(parsed.errors), (std::vector<std::string>{"format", "version"}));
}

TEST(Migrate, AVersion0SaveIsSalvagedUpgradedAndNamedAsSaved) {
  sx::Json doc = sx::Json::parse(sx_test::fixture_text("version-0.json"));
  doc["items"].erase("4.1");  // 4.3 now claimed without 4.1: dropped, everything else kept
  doc["speed"] = 3;           // not a metric: a free-form key, kept
  const sx::Salvage salvage = sx::salvage_assessment(doc.dump());
  ASSERT_TRUE(salvage.assessment);
  EXPECT_EQ(salvage.migrated_from, 0);
  EXPECT_EQ(paths(salvage.dropped), (std::vector<std::string>{R"(items["4.3"])"}));
  const sx::Json& out = salvage.assessment->json();
  EXPECT_EQ(out["version"], 1);
  EXPECT_EQ(out["metrics"]["cnc_rate"], 72.5);
  EXPECT_EQ(out["answers"]["3.2"], J(R"(["progress", "quality", "energy"])"));
  EXPECT_FALSE(out["answers"].contains("4.3"));
  EXPECT_EQ(out["speed"], 3);
}

TEST(Migrate, ANewerSaveIsNotSalvaged) {
  sx::Json doc = sx_test::header();
  doc["version"] = 2;
  doc["answers"] = J(R"({"1.1": true})");
  const sx::Salvage salvage = sx::salvage_assessment(doc.dump());
  EXPECT_FALSE(salvage.assessment);
  EXPECT_EQ(paths(salvage.fatal), (std::vector<std::string>{"version"}));
}

TEST(Migrate, PathsAsWrittenInVersion0) {
  sx::Messages messages{{"answers", "", ""},           {R"(answers["2.1"][1])", "", ""},
                        {"metrics.cnc_rate", "", ""},  {R"(metrics["x y"])", "", ""},
                        {"metrics_note", "", ""},      {"answers_old", "", ""},
                        {"facts.results[1]", "", ""},  {sx::kMoreProblemsPath, "", ""}};
  sx::name_paths_as_written(messages, 0);
  EXPECT_EQ(paths(messages), (std::vector<std::string>{"items", R"(items["2.1"][1])", "cnc_rate", R"(["x y"])",
                                                       "metrics_note", "answers_old", "facts.results[1]",
                                                       sx::kMoreProblemsPath}));
}

}  // namespace
