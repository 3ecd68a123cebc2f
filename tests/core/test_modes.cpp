// The five modes (附件) and the product's reading of 基本具备: no element unmet or unanswered,
// and at least half of them, rounded up, met (spec "The five new modes").
#include <gtest/gtest.h>

#include "test_support.hpp"

namespace {

struct Row {
  const char* mode;
  std::vector<const char*> ratings;  // element 1… ; nullptr leaves it unanswered
  bool basically_met;
  int met, partial, unmet, unanswered;
};

const Row kRows[] = {
    // 7 elements: 4 met needed
    {"discrete", {"met", "met", "met", "met", "partial", "partial", "partial"}, true, 4, 3, 0, 0},
    {"discrete", {"met", "met", "met", "partial", "partial", "partial", "partial"}, false, 3, 4, 0, 0},
    {"discrete", {"met", "met", "met", "met", "met", "met", "met"}, true, 7, 0, 0, 0},
    {"discrete", {"met", "met", "met", "met", "met", "met", "unmet"}, false, 6, 0, 1, 0},
    {"discrete", {"met", "met", "met", "met", "met", "met", nullptr}, false, 6, 0, 0, 1},
    {"process", {"met", "met", "met", "met", "partial", "partial", "met"}, true, 5, 2, 0, 0},
    // 6 elements: 3 met needed
    {"network", {"met", "met", "met", "partial", "partial", "partial"}, true, 3, 3, 0, 0},
    {"network", {"met", "met", "partial", "partial", "partial", "partial"}, false, 2, 4, 0, 0},
    // 4 elements: 2 met needed
    {"customization", {"met", "met", "partial", "partial"}, true, 2, 2, 0, 0},
    {"customization", {"met", "partial", "partial", "partial"}, false, 1, 3, 0, 0},
    {"customization", {"met", "met", "met", "unmet"}, false, 3, 0, 1, 0},
    {"customization", {"met", "met", "met", "met"}, true, 4, 0, 0, 0},
    {"customization", {"met", "met", "partial", nullptr}, false, 2, 1, 0, 1},
    {"customization", {"partial", "partial", "partial", "partial"}, false, 0, 4, 0, 0},
    {"customization", {"unmet", "unmet", "unmet", "unmet"}, false, 0, 0, 4, 0},
    {"customization", {nullptr, "met", "met", "met"}, false, 3, 0, 0, 1},
    // 5 elements: 3 met needed
    {"remote", {"met", "met", "met", "partial", "partial"}, true, 3, 2, 0, 0},
    {"remote", {"partial", "met", "partial", "met", "met"}, true, 3, 2, 0, 0},
    {"remote", {"met", "met", "partial", "partial", "partial"}, false, 2, 3, 0, 0},
    {"remote", {"met", "met", "met", "met", "unmet"}, false, 4, 0, 1, 0},
    {"remote", {"met", "met", "met", "met"}, false, 4, 0, 0, 1},  // the fifth unanswered
    {"remote", {}, false, 0, 0, 0, 5},
    // 7 elements: a partial anywhere is allowed
    {"process", {"partial", "met", "partial", "met", "partial", "met", "met"}, true, 4, 3, 0, 0},
    {"process", {"met", "met", "met", "met", nullptr, nullptr, nullptr}, false, 4, 0, 0, 3},
    {"process", {"unmet", "met", "met", "met", "met", "met", "met"}, false, 6, 0, 1, 0},
    {"network", {"met", "met", "met", "met", "met", "met"}, true, 6, 0, 0, 0},
    {"network", {"met", "met", "met", "partial", "partial", "unmet"}, false, 3, 2, 1, 0},
};

}  // namespace

TEST(Modes, BasicallyMetRule) {
  for (const auto& row : kRows) {
    sx::Json ratings = sx::Json::object();
    for (std::size_t i = 0; i < row.ratings.size(); ++i) {
      if (row.ratings[i] != nullptr) ratings[std::to_string(i + 1)] = row.ratings[i];
    }
    sx::Json patch = sx::Json::object();
    if (!ratings.empty()) patch["modes"][row.mode] = ratings;
    const auto e = sx_test::evaluate(sx_test::document("discrete", patch));
    const sx::ModeResult* m = e.mode(row.mode);
    SCOPED_TRACE(std::string(row.mode) + " " + ratings.dump());
    ASSERT_NE(m, nullptr);
    EXPECT_EQ(m->basically_met, row.basically_met);
    EXPECT_EQ(m->met, row.met);
    EXPECT_EQ(m->partial, row.partial);
    EXPECT_EQ(m->unmet, row.unmet);
    EXPECT_EQ(m->unanswered, row.unanswered);
  }
}

TEST(Modes, EveryModeIsReportedInTheJson) {
  const auto json = sx::to_json(sx_test::evaluate(sx_test::header()));
  for (const char* key : {"discrete", "process", "network", "customization", "remote"}) {
    ASSERT_TRUE(json["modes"].contains(key)) << key;
    EXPECT_EQ(json["modes"][key]["basically_met"], false);
  }
  EXPECT_EQ(json["modes"]["network"]["unanswered"], 6);
}

// Every combination of ratings (unanswered, met, partial, unmet) for every mode, against the rule
// restated by counting: no unmet, no unanswered, and met ≥ half the elements rounded up.
TEST(Modes, BasicallyMetRuleOverEveryCombination) {
  const sx::Standard& standard = *sx::find_standard("shaoxing-2019");
  const char* ratings[] = {nullptr, "met", "partial", "unmet"};
  int combinations = 0, met_count = 0;
  for (int code = 0; code < 4 * 4 * 4 * 4 * 4 * 4 * 4; ++code) {  // 7 elements at most
    sx::Json modes = sx::Json::object();
    for (const auto& mode : standard.modes) {
      sx::Json ratings_of_mode = sx::Json::object();
      int digits = code;
      for (std::size_t n = 1; n <= mode.elements.size(); ++n, digits /= 4) {
        if (ratings[digits % 4] != nullptr) ratings_of_mode[std::to_string(n)] = ratings[digits % 4];
      }
      modes[mode.key] = ratings_of_mode;
    }
    const auto e = sx_test::evaluate(sx_test::document("discrete", {{"modes", modes}}));
    bool any = false;
    for (const auto& mode : standard.modes) {
      const std::size_t size = mode.elements.size();
      if (code >= (1 << (2 * size))) continue;  // each combination of this mode once
      int met = 0, partial = 0, unmet = 0, unanswered = 0;
      for (std::size_t n = 1; n <= size; ++n) {
        const auto it = modes[mode.key].find(std::to_string(n));
        if (it == modes[mode.key].end()) ++unanswered;
        else if (*it == "met") ++met;
        else if (*it == "partial") ++partial;
        else ++unmet;
      }
      const bool expected = unmet == 0 && unanswered == 0 && 2 * met >= static_cast<int>(size);
      const sx::ModeResult* m = e.mode(mode.key);
      ASSERT_EQ(m->basically_met, expected) << mode.key << " " << modes[mode.key].dump();
      ASSERT_EQ(m->met, met);
      ASSERT_EQ(m->partial, partial);
      ASSERT_EQ(m->unmet, unmet);
      ASSERT_EQ(m->unanswered, unanswered);
      ++combinations;
      met_count += expected;
      any = any || m->basically_met;
    }
    // factory.new_mode follows: true when any mode is basically met.
    for (const auto& c : e.category("factory")->conditions) {
      if (c.id == "factory.new_mode" && any) {
        ASSERT_EQ(c.state, sx::Tri::True) << modes.dump();
      }
    }
  }
  EXPECT_EQ(combinations, (1 << 14) + (1 << 14) + (1 << 12) + (1 << 8) + (1 << 10));
  // Basically met combinations: for n elements, sum over met ≥ ceil(n/2) of C(n, met) (the rest partial).
  EXPECT_EQ(met_count, 64 + 64 + 42 + 11 + 16);
}

// One verdict per mode, as a tri-state with one wording: the screens, `assess` and the draft all
// read ModeResult::state() and mode_verdict_zh(), never compare words.
TEST(Modes, OneVerdictTriStateAndItsWords) {
  struct Case {
    int met, partial, unmet, unanswered;
    bool basically_met;
    sx::Tri state;
    const char* words;
  };
  const Case cases[] = {
      {4, 0, 0, 0, true, sx::Tri::True, "基本具备"},
      {0, 0, 0, 4, false, sx::Tri::Unknown, "未评"},
      {2, 1, 0, 1, false, sx::Tri::Unknown, "尚未评完"},     // may still be met
      {3, 0, 1, 0, false, sx::Tri::False, "未基本具备"},    // an element unmet
      {1, 0, 1, 2, false, sx::Tri::False, "未基本具备"},    // unmet already decides it
      {1, 3, 0, 0, false, sx::Tri::False, "未基本具备"},    // all rated, too few met
  };
  for (const Case& c : cases) {
    sx::ModeResult m;
    m.met = c.met;
    m.partial = c.partial;
    m.unmet = c.unmet;
    m.unanswered = c.unanswered;
    m.basically_met = c.basically_met;
    SCOPED_TRACE(c.words);
    EXPECT_EQ(m.state(), c.state);
    EXPECT_STREQ(sx::mode_verdict_zh(m), c.words);
  }
}

// A rating counts as its counts_as says, whatever its key: a year that rates elements 完全具备 /
// 基本具备 / 不具备 under other keys needs no code.
TEST(Modes, ARatingCountsAsTheDataSaysNotByItsKey) {
  auto files = sx_test::folder_files("shaoxing-2019");
  for (auto& [name, text] : files) {
    sx::Json doc = sx::Json::parse(text);
    if (name == "standard.json") {
      doc["id"] = "renamed-ratings";
      doc["issued"] = "2000-01-01";  // older than 2019: current_standard() stays the same
    }
    if (name == "document.json") {
      doc["ratings"] = sx::Json::parse(R"([{"key": "full", "label": "完全具备", "counts_as": "met"},
                                           {"key": "most", "label": "基本具备", "counts_as": "partial"},
                                           {"key": "none", "label": "不具备", "counts_as": "unmet"}])");
    }
    text = doc.dump();
  }
  std::vector<std::string> errors;
  auto loaded = sx::load_standard("renamed-ratings", files, errors);
  ASSERT_TRUE(loaded.has_value()) << (errors.empty() ? "" : errors.front());
  std::string error;
  ASSERT_NE(sx::add_standard(std::move(*loaded), error), nullptr) << error;

  sx::Json doc = sx_test::header();
  doc["standard"] = "renamed-ratings";
  doc["modes"]["remote"] = {{"1", "full"}, {"2", "full"}, {"3", "full"}, {"4", "most"}, {"5", "most"}};
  doc["modes"]["customization"] = {{"1", "full"}, {"2", "full"}, {"3", "full"}, {"4", "none"}};
  const auto e = sx_test::evaluate(doc);
  const sx::ModeResult& remote = *e.mode("remote");
  EXPECT_TRUE(remote.basically_met);
  EXPECT_EQ(remote.met, 3);
  EXPECT_EQ(remote.partial, 2);
  const sx::ModeResult& customization = *e.mode("customization");
  EXPECT_FALSE(customization.basically_met);
  EXPECT_EQ(customization.unmet, 1);
  // The 2019 keys mean nothing to this year.
  doc["modes"]["remote"]["1"] = "met";
  EXPECT_FALSE(sx::assessment_from_json(doc).assessment.has_value());
}
