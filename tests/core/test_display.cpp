// Numbers as the gaps, the score sheet and the draft show them: never rounded across an edge of
// the standard. A value that fails "≥ 60" must not read "60%" (issue 9: 59.996 shown as 60%).
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <iomanip>
#include <limits>

#include "sx/draft.hpp"
#include "sx/text.hpp"
#include "test_support.hpp"

namespace {

// Every edge a shown number is judged against, read from the standard's data: the band bounds of
// every metric item of both tables and every metric condition's threshold. (A value outside a
// metric's valid range is an error, whose message quotes it exactly.)
std::vector<double> edges() {
  const sx::Standard& s = sx_test::standard();
  std::vector<double> out;
  for (const auto& table : s.tables) {
    for (const auto& section : table.sections) {
      for (const auto& item : section.items) {
        for (const auto& band : item.bands) {
          if (band.min) out.push_back(*band.min);
          if (band.max) out.push_back(*band.max);
        }
      }
    }
  }
  for (const auto& condition : s.conditions) {
    if (condition.kind == sx::RuleKind::MetricAtLeast) out.push_back(condition.min);
  }
  return out;
}

double shown(double value) { return std::stod(sx::number_text(value)); }

}  // namespace

TEST(Display, TheEdgesComeFromTheData) {
  const auto all = edges();
  // 表1 3.1's bands, 第六条 60, 第七条 65, 第八条 70, and the process table's 30/50 at least.
  for (const double e : {40.0, 50.0, 60.0, 65.0, 70.0, 30.0, 1.0, 2.0, 8.0, 15.0, 5.0}) {
    EXPECT_NE(std::find(all.begin(), all.end(), e), all.end()) << e;
  }
}

TEST(Display, ANumberShownIsOnTheSameSideOfEveryEdgeAsTheValue) {
  const double offsets[] = {-0.01, -0.006, -0.005, -0.004, -0.001, -1e-6, -1e-12, 0,
                            1e-12, 1e-6,   0.001,  0.004,  0.005,  0.006, 0.01};
  for (const double edge : edges()) {
    std::vector<double> values;
    for (const double offset : offsets) values.push_back(edge + offset);
    values.push_back(std::nextafter(edge, -std::numeric_limits<double>::infinity()));
    values.push_back(std::nextafter(edge, std::numeric_limits<double>::infinity()));
    for (const double value : values) {
      SCOPED_TRACE(testing::Message() << "edge " << edge << ", value " << std::setprecision(17) << value
                                      << " shown as " << sx::percent_text(value));
      // Bands are [min, max) and conditions ≥ min: one comparison decides both.
      EXPECT_EQ(shown(value) >= edge, value >= edge);
      EXPECT_EQ(sx::percent_text(value), sx::number_text(value) + "%");
    }
  }
}

TEST(Display, ANumberShownFallsInTheBandTheValueScores) {
  for (const auto& table : sx_test::standard().tables) {
    for (const auto& section : table.sections) {
      for (const auto& item : section.items) {
        for (const double edge : edges()) {
          for (const double value : {edge - 0.004, edge - 1e-9, edge, edge + 1e-9, edge + 0.004}) {
            int scored = 0, read = 0;
            for (const auto& band : item.bands) {
              if (band.contains(value)) scored = band.points;
              if (band.contains(shown(value))) read = band.points;
            }
            EXPECT_EQ(read, scored) << table.type << " " << item.id << ": " << std::setprecision(17) << value
                                    << " shown as " << sx::percent_text(value);
          }
        }
      }
    }
  }
}

TEST(Display, AtMostTwoDecimalsNeverRoundedUp) {
  struct Row {
    double value;
    const char* text;
  };
  const Row rows[] = {
      {59.996, "59.99"},          {60, "60"},       {60.004, "60"},      {66.5, "66.5"},
      {66.6667, "66.66"},         {66.67, "66.67"}, {0.29, "0.29"},      {58, "58"},
      {57.99999999999999, "57.99"}, {0.1, "0.1"},   {0, "0"},            {-0.0, "0"},
      {-7.996, "-8"},             {-0.001, "-0.01"}, {1e6, "1000000"},   {1e16, "10000000000000000"},
      {29.0 * 100 / 50, "58"},    {2.0 * 100 / 3, "66.66"},
  };
  for (const auto& row : rows) {
    EXPECT_EQ(sx::number_text(row.value), row.text) << std::setprecision(17) << row.value;
  }
}

TEST(Display, AValueJustBelowAnEdgeReadsBelowItEverywhere) {
  const auto doc = sx_test::document("discrete", {{"metrics", {{"cnc_rate", 59.996}}}});
  const auto assessment = sx_test::assessment(doc);
  const auto e = sx::evaluate(assessment);
  // It scores the [50, 60) band and fails 第六条's ≥ 60 …
  EXPECT_EQ(e.item("3.1")->points, 8);
  EXPECT_EQ(e.item("3.1")->answer_zh, "59.99%");
  // … and every text that shows it says 59.99%, never 60%.
  bool line_gap = false;
  for (const auto& gap : e.condition_gaps) {
    if (gap.id == "line.cnc_rate") {
      line_gap = true;
      EXPECT_NE(gap.zh.find("59.99% → 需 ≥ 60%"), std::string::npos) << gap.zh;
    }
  }
  EXPECT_TRUE(line_gap);
  bool item_gap = false;
  for (const auto& gap : e.item_gaps) {
    if (gap.id == "3.1") {
      item_gap = true;
      EXPECT_NE(gap.zh.find("59.99% → ≥ 60% 得 10 分"), std::string::npos) << gap.zh;
    }
  }
  EXPECT_TRUE(item_gap);
  const auto draft = sx::build_draft(sx_test::standard(), assessment, e, "2024-02-29");
  int shown_below = 0;
  for (const auto& block : draft.blocks) {
    for (const auto& row : block.rows) {
      for (const auto& cell : row) {
        // "60%" only as the target ("≥ 60%"), never as the value.
        for (auto at = cell.find("60%"); at != std::string::npos; at = cell.find("60%", at + 1)) {
          EXPECT_TRUE(at >= 4 && cell.compare(at - 4, 4, "≥ ") == 0) << cell;
        }
        if (cell.find("59.99%") != std::string::npos) ++shown_below;
      }
    }
  }
  EXPECT_GT(shown_below, 0);
}
