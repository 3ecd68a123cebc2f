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
    // 5 elements: 3 met needed
    {"remote", {"met", "met", "met", "partial", "partial"}, true, 3, 2, 0, 0},
    {"remote", {"met", "met", "partial", "partial", "partial"}, false, 2, 3, 0, 0},
    {"remote", {}, false, 0, 0, 0, 5},
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
