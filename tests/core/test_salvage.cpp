// Salvage of a document the core rejects (core/include/sx/salvage.hpp): each member the validator
// names is dropped with its path and reason, every other member survives; text that is not a
// document of this format at all opens nothing and says why.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "sx/salvage.hpp"
#include "test_support.hpp"

namespace {

using Pointer = sx::Json::json_pointer;

sx::Json fixture(const std::string& name) { return sx::Json::parse(sx_test::fixture_text(name)); }

void erase(sx::Json& doc, const std::string& pointer) {
  const Pointer at(pointer);
  doc.at(at.parent_pointer()).erase(at.back());
}

std::vector<std::string> paths(const sx::Messages& messages) {
  std::vector<std::string> out;
  for (const auto& m : messages) out.push_back(m.path);
  return out;
}

TEST(Salvage, ValidDocumentsComeBackWhole) {
  for (const char* name : {"discrete-full.json", "discrete-partial.json", "process-full.json"}) {
    SCOPED_TRACE(name);
    const std::string text = sx_test::fixture_text(name);
    const sx::Salvage salvage = sx::salvage_assessment(text);
    ASSERT_TRUE(salvage.assessment);
    EXPECT_TRUE(salvage.dropped.empty());
    EXPECT_TRUE(salvage.fatal.empty());
    EXPECT_TRUE(*salvage.assessment == *sx::parse_assessment(text).assessment);
  }
}

TEST(Salvage, DropsExactlyWhatTheValidatorNames) {
  struct Row {
    const char* name;
    std::vector<std::pair<const char*, const char*>> set;  // JSON pointer → JSON value, on discrete-full
    std::vector<const char*> unset;                         // JSON pointers removed before salvage
    std::vector<std::string> dropped;                       // paths reported
    std::vector<const char*> gone;                          // JSON pointers missing afterwards
  };
  const std::vector<Row> rows{
      {"4.3 claimed without 4.1", {}, {"/answers/4.1"}, {R"(answers["4.3"])"}, {"/answers/4.3"}},
      {"unknown metric", {{"/metrics/output_rate", "50"}}, {}, {"metrics.output_rate"}, {"/metrics/output_rate"}},
      {"metric out of range", {{"/metrics/cnc_rate", "140"}}, {}, {"metrics.cnc_rate"}, {"/metrics/cnc_rate"}},
      {"negative reduction below its range", {{"/metrics/efficiency_gain", "-120"}}, {}, {"metrics.efficiency_gain"},
       {"/metrics/efficiency_gain"}},
      {"unknown option in a set", {{"/answers/2.1", R"(["cad", "cax"])"}}, {}, {R"(answers["2.1"][1])"}, {"/answers/2.1"}},
      {"unknown option of a choice", {{"/answers/6.1", R"("top")"}}, {}, {R"(answers["6.1"])"}, {"/answers/6.1"}},
      {"unknown option in a set fact", {{"/facts/results", R"(["efficiency", "luck"])"}}, {}, {"facts.results[1]"},
       {"/facts/results"}},
      {"unknown item", {{"/answers/9.9", "true"}}, {}, {R"(answers["9.9"])"}, {"/answers/9.9"}},
      {"enterprise not an object", {{"/enterprise", R"("示例纺织")"}}, {}, {"enterprise"}, {"/enterprise"}},
      {"enterprise field not text", {{"/enterprise/name", "42"}}, {}, {"enterprise.name"}, {"/enterprise/name"}},
      {"unknown category", {{"/category", R"("plant")"}}, {}, {"category"}, {"/category"}},
      {"metrics not an object", {{"/metrics", "[68, 55]"}}, {}, {"metrics"}, {"/metrics"}},
      {"impossible pair of figures", {{"/figures/cnc_key_equipment", "60"}}, {}, {"figures.cnc_key_equipment"},
       {"/figures/cnc_key_equipment"}},
      {"mode element out of range", {{"/modes", R"({"remote": {"1": "met", "9": "met"}, "network": {"1": "partial"}})"}},
       {}, {R"(modes.remote["9"])"}, {"/modes/remote"}},
      {"two problems at once",
       {{"/metrics/cnc_rate", "140"}, {"/answers/3.3", R"(["robot", "drone"])"}},
       {},
       {"metrics.cnc_rate", R"(answers["3.3"][1])"},
       {"/metrics/cnc_rate", "/answers/3.3"}},
  };
  for (const Row& row : rows) {
    SCOPED_TRACE(row.name);
    sx::Json bad = fixture("discrete-full.json");
    for (const auto& [pointer, value] : row.set) bad[Pointer(pointer)] = sx::Json::parse(value);
    for (const char* pointer : row.unset) erase(bad, pointer);
    ASSERT_FALSE(sx::assessment_from_json(bad).errors.empty()) << "the row's document must be invalid";

    const sx::Salvage salvage = sx::salvage_assessment(bad.dump());
    ASSERT_TRUE(salvage.assessment) << (salvage.fatal.empty() ? "" : sx::format_message(salvage.fatal[0]));
    EXPECT_TRUE(salvage.fatal.empty());
    EXPECT_EQ(paths(salvage.dropped), row.dropped);
    for (const auto& message : salvage.dropped) EXPECT_FALSE(message.zh.empty()) << message.path;

    // Everything else survives, in its order.
    sx::Json expected = bad;
    for (const char* pointer : row.gone) erase(expected, pointer);
    EXPECT_EQ(salvage.assessment->json(), expected);
    // And what is opened is a document the core loads back.
    EXPECT_TRUE(sx::parse_assessment(sx::serialise(*salvage.assessment)).errors.empty());
  }
}

TEST(Salvage, MoreProblemsThanTheValidatorReportsAreAllDropped) {
  // The validator names the first 20 and counts the rest (issue 9); salvage goes round again
  // until every one is dropped, and never takes the "and N more" line for a member.
  sx::Json bad = fixture("discrete-full.json");
  std::vector<std::string> expected;
  for (int i = 0; i < 45; ++i) {
    const std::string key = "m" + std::to_string(100 + i);
    bad["metrics"][key] = 1;
    expected.push_back("metrics." + key);
  }
  ASSERT_EQ(sx::validate_assessment(bad).back().path, sx::kMoreProblemsPath);
  const sx::Salvage salvage = sx::salvage_assessment(bad.dump());
  ASSERT_TRUE(salvage.assessment) << (salvage.fatal.empty() ? "" : sx::format_message(salvage.fatal[0]));
  EXPECT_EQ(paths(salvage.dropped), expected);
  EXPECT_TRUE(*salvage.assessment == *sx::parse_assessment(sx_test::fixture_text("discrete-full.json")).assessment);
}

TEST(Salvage, ReasonsAreTheValidatorsOwn) {
  sx::Json bad = fixture("discrete-full.json");
  erase(bad, "/answers/4.1");
  const sx::Salvage salvage = sx::salvage_assessment(bad.dump());
  ASSERT_EQ(salvage.dropped.size(), 1u);
  const sx::Messages errors = sx::validate_assessment(bad);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(salvage.dropped[0].zh, errors[0].zh);
  EXPECT_EQ(salvage.dropped[0].en, errors[0].en);
  EXPECT_NE(salvage.dropped[0].zh.find("4.1"), std::string::npos) << salvage.dropped[0].zh;
  // 4.2 and the rest of the answers are kept.
  EXPECT_EQ(*salvage.assessment->answer("4.2"), true);
  EXPECT_EQ(salvage.assessment->enterprise_text("internal_ref"), "KQ-2019-001");
}

TEST(Salvage, NothingToOpen) {
  const std::string head = R"({"format":"sx-retrofit-assessment","version":1,"standard":"shaoxing-2019")";
  struct Row {
    const char* name;
    std::string text;
    const char* first_path;  // of fatal[0]; nullptr: not checked (a parser position)
  };
  const std::vector<Row> rows{
      {"empty", sx_test::fixture_text("bad/empty.json"), ""},
      {"not JSON", sx_test::fixture_text("bad/malformed.json"), nullptr},
      {"truncated", sx_test::fixture_text("bad/truncated.json"), nullptr},
      {"invalid UTF-8", sx_test::fixture_text("bad/invalid-utf8.json"), nullptr},
      {"number overflow", sx_test::fixture_text("bad/overflow.json"), nullptr},
      {"an array", sx_test::fixture_text("bad/wrong-root.json"), ""},
      {"a string", R"("sx-retrofit-assessment")", ""},
      {"wrong format", R"({"format":"sx-assessment","version":1,"standard":"shaoxing-2019","type":"discrete"})", "format"},
      {"no format", R"({"version":1,"standard":"shaoxing-2019","type":"discrete"})", "format"},
      {"wrong version", R"({"format":"sx-retrofit-assessment","version":2,"standard":"shaoxing-2019","type":"discrete"})",
       "version"},
      {"version as text", R"({"format":"sx-retrofit-assessment","version":"1","standard":"shaoxing-2019","type":"discrete"})",
       "version"},
      {"unknown standard", R"({"format":"sx-retrofit-assessment","version":1,"standard":"hangzhou-2020","type":"discrete"})",
       "standard"},
      {"unknown type", head + R"(,"type":"chemical"})", "type"},
      {"no type", head + "}", "type"},
      {"unknown type with a droppable error too", head + R"(,"type":"chemical","metrics":{"cnc_rate":140}})", "type"},
      // The core reads neither of these; a salvaged copy would not load back either.
      {"a NUL byte after the document", head + R"(,"type":"discrete"})" + std::string(1, '\0') + "garbage", nullptr},
      {"nested deeper than the core reads",
       head + R"(,"type":"discrete","note":)" + std::string(100, '[') + std::string(100, ']') + "}", nullptr},
      {"nested half a million deep",
       head + R"(,"type":"discrete","note":)" + std::string(500000, '[') + std::string(500000, ']') + "}", nullptr},
      // Which of the two would count is up to the reader (issue 9): not read, so not salvaged.
      {"a duplicate key", sx_test::fixture_text("bad/duplicate-key.json"), "enterprise.name"},
      {"larger than the core reads", head + R"(,"type":"discrete"})" + std::string(sx::kMaxDocumentBytes, ' '), ""},
  };
  for (const Row& row : rows) {
    SCOPED_TRACE(row.name);
    const sx::Salvage salvage = sx::salvage_assessment(row.text);
    EXPECT_FALSE(salvage.assessment);
    ASSERT_FALSE(salvage.fatal.empty());
    for (const auto& message : salvage.fatal) EXPECT_FALSE(message.zh.empty());
    if (row.first_path != nullptr) {
      EXPECT_EQ(salvage.fatal[0].path, row.first_path);
    }
  }
}

}  // namespace
