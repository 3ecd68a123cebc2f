// Derived figures: rates and relative changes from the counts and before/after figures users know
// (core/standards/README.md "derivations"; spec "Relative changes").
#include <gtest/gtest.h>

#include <limits>

#include "sx/derive.hpp"
#include "test_support.hpp"

TEST(Derive, RatioIncreaseDecrease) {
  struct Row {
    const char* what;
    sx::Derived derived;
    double expected;
  };
  const Row rows[] = {
      {"29 of 50", sx::ratio_percent(29, 50, "a", "b"), 58.0},
      {"0 of 50", sx::ratio_percent(0, 50, "a", "b"), 0.0},
      {"50 of 50", sx::ratio_percent(50, 50, "a", "b"), 100.0},
      {"1 of 3", sx::ratio_percent(1, 3, "a", "b"), 100.0 / 3.0},
      {"R&D 46 of revenue 2000", sx::ratio_percent(46, 2000, "a", "b"), 2.3},
      {"efficiency 100 → 118.5", sx::increase_percent(100, 118.5, "b"), 18.5},
      {"efficiency 100 → 80", sx::increase_percent(100, 80, "b"), -20.0},
      {"efficiency 40 → 0", sx::increase_percent(40, 0, "b"), -100.0},
      {"efficiency 10 → 35", sx::increase_percent(10, 35, "b"), 250.0},
      {"defects 4 → 3", sx::decrease_percent(4, 3, "b"), 25.0},
      {"defects 200 → 230", sx::decrease_percent(200, 230, "b"), -15.0},
      {"workers 120 → 0", sx::decrease_percent(120, 0, "b"), 100.0},
      {"workers 120 → 120", sx::decrease_percent(120, 120, "b"), 0.0},
  };
  for (const auto& r : rows) {
    SCOPED_TRACE(r.what);
    ASSERT_TRUE(r.derived.value.has_value());
    EXPECT_FALSE(r.derived.error.has_value());
    EXPECT_NEAR(*r.derived.value, r.expected, 1e-9);
  }
}

TEST(Derive, ImpossibleInputsAreErrorsNamingTheFigure) {
  struct Case {
    const char* what;
    sx::Derived derived;
    const char* path;
    const char* en;
  };
  const Case cases[] = {
      {"part above whole", sx::ratio_percent(51, 50, "figures.cnc_key_equipment", "figures.key_equipment"),
       "figures.cnc_key_equipment", "must not exceed figures.key_equipment"},
      {"negative part", sx::ratio_percent(-1, 50, "figures.cnc_key_equipment", "figures.key_equipment"),
       "figures.cnc_key_equipment", "must not be negative"},
      {"zero whole", sx::ratio_percent(0, 0, "figures.cnc_key_equipment", "figures.key_equipment"),
       "figures.key_equipment", "the total must be greater than 0"},
      {"negative whole", sx::ratio_percent(0, -5, "figures.rd_expenditure", "figures.revenue"),
       "figures.revenue", "the total must be greater than 0"},
      {"zero before, increase", sx::increase_percent(0, 5, "figures.efficiency_before"), "figures.efficiency_before",
       "the before figure must be greater than 0 and the after figure not negative"},
      {"negative after, increase", sx::increase_percent(5, -1, "figures.efficiency_before"), "figures.efficiency_before",
       "the before figure must be greater than 0 and the after figure not negative"},
      {"zero before, decrease", sx::decrease_percent(0, 0, "figures.defect_rate_before"), "figures.defect_rate_before",
       "the before figure must be greater than 0 and the after figure not negative"},
      {"negative after, decrease", sx::decrease_percent(5, -1, "figures.defect_rate_before"), "figures.defect_rate_before",
       "the before figure must be greater than 0 and the after figure not negative"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.what);
    EXPECT_FALSE(c.derived.value.has_value());
    ASSERT_TRUE(c.derived.error.has_value());
    EXPECT_EQ(c.derived.error->path, c.path);
    EXPECT_EQ(c.derived.error->en, c.en);
    EXPECT_FALSE(c.derived.error->zh.empty());
  }
}

// The user reads the whole by its label and its value, never a document path.
TEST(Derive, APartAboveItsWholeNamesTheWholeInWords) {
  const sx::Standard* s = sx::find_standard("shaoxing-2019");
  ASSERT_NE(s, nullptr);
  const sx::Derivation* tools = nullptr;
  for (const auto& d : s->derivations) {
    if (d.from[0] == "rd_tools_used") tools = &d;
  }
  ASSERT_NE(tools, nullptr);
  sx::Assessment a("shaoxing-2019", "discrete");
  a.set_figure("rd_tools_needed", 40);
  a.set_figure("rd_tools_used", 45);
  const sx::Derived named = sx::derive(*tools, a, s);
  ASSERT_TRUE(named.error.has_value());
  EXPECT_EQ(named.error->zh, "不能大于" + s->figure("rd_tools_needed")->label + "（40）");
  EXPECT_EQ(named.error->path, "figures.rd_tools_used");
  EXPECT_EQ(named.error->zh.find("figures."), std::string::npos);
}

TEST(Derive, EveryDerivationFromADocumentsFigures) {
  const sx::Standard* s = sx::find_standard("shaoxing-2019");
  const auto a = sx_test::assessment(sx::Json::parse(R"({
    "format": "sx-retrofit-assessment", "version": 1, "standard": "shaoxing-2019", "type": "discrete",
    "figures": {"key_equipment": 40, "cnc_key_equipment": 26, "equipment": 200, "networked_equipment": 110,
                "main_equipment": 80, "smart_equipment": 60, "rd_tools_needed": 12, "rd_tools_used": 9,
                "control_loops": 50, "auto_loops": 46, "revenue": 20000, "rd_expenditure": 460,
                "efficiency_before": 120, "efficiency_after": 150, "defect_rate_before": 2.5,
                "defect_rate_after": 2.2, "low_end_workers_before": 80, "low_end_workers_after": 68}})"));
  const std::pair<const char*, double> expected[] = {
      {"cnc_rate", 65.0},          {"network_rate", 55.0},      {"smart_equipment_rate", 75.0},
      {"rd_tools_rate", 75.0},     {"auto_control_rate", 92.0}, {"rd_ratio", 2.3},
      {"efficiency_gain", 25.0},   {"defect_reduction", 12.0},  {"low_end_labor_reduction", 15.0},
  };
  ASSERT_EQ(s->derivations.size(), std::size(expected));
  for (const auto& [metric, value] : expected) {
    SCOPED_TRACE(metric);
    const sx::Derivation* d = s->derivation_of(metric);
    ASSERT_NE(d, nullptr);
    const auto derived = sx::derive(*d, a);
    ASSERT_TRUE(derived.value.has_value());
    EXPECT_NEAR(*derived.value, value, 1e-9);
  }
  // A missing figure gives neither a value nor an error.
  const auto partial = sx_test::assessment(
      sx_test::document("discrete", {{"figures", {{"low_end_workers_before", 120}}}}));
  const auto missing = sx::derive(*s->derivation_of("low_end_labor_reduction"), partial);
  EXPECT_FALSE(missing.value.has_value());
  EXPECT_FALSE(missing.error.has_value());
}

TEST(Derive, UnitsNeeded) {
  struct Row {
    double part, whole, percent;
    int needed;
  };
  const Row rows[] = {
      {29, 50, 65, 4},    // 65% of 50 is 32.5 → 33 units, 4 more
      {29, 50, 60, 1},    // 30 needed
      {30, 50, 60, 0},    // exactly on the boundary
      {33, 50, 65, 0},    // 66%
      {32, 50, 65, 1},    // 64%
      {26, 40, 65, 0},    // 65% of 40 is 26 exactly, no floating-point surplus
      {25, 40, 65, 1},
      {0, 7, 50, 4},      // 3.5 → 4
      {7, 10, 70, 0},     // 70% of 10 is 7 exactly
      {6, 10, 70, 1},
      {69, 100, 70, 1},
      {100, 100, 70, 0},
      {0, 3, 100, 3},
      {99, 100, 100, 1},
      {0, 1, 0.01, 1},    // any share at all needs one unit
      {5, 10, 40, 0},     // already above
  };
  for (const auto& r : rows) {
    EXPECT_EQ(sx::units_needed(r.part, r.whole, r.percent), r.needed) << r.part << "/" << r.whole << " at " << r.percent;
  }
}

TEST(Derive, UnitsNeededNeverOverflows) {
  // A float → int conversion out of range is undefined behaviour (issue 9: 1e10 key units); the
  // count is clamped to the largest int instead of vanishing or wrapping negative.
  constexpr int kMost = std::numeric_limits<int>::max();
  struct Row {
    double part, whole, percent;
    int needed;
  };
  const Row rows[] = {
      {0, 1e6, 60, 600000},  // the published bound of a count: exact
      {0, 1e6, 100, 1000000},
      {0, 1e10, 60, kMost},
      {0, 1e10, 65, kMost},
      {0, 1e300, 100, kMost},
      {0, std::numeric_limits<double>::max(), 100, kMost},
      {0, std::numeric_limits<double>::infinity(), 60, kMost},
      {0, std::numeric_limits<double>::quiet_NaN(), 60, 0},
      {1e300, 1e300, 100, 0},
  };
  for (const auto& r : rows) {
    EXPECT_EQ(sx::units_needed(r.part, r.whole, r.percent), r.needed) << r.part << "/" << r.whole << " at " << r.percent;
  }
}

TEST(Derive, AWholePercentageComesOutWhole) {
  // part / whole × 100 gave 57.99999999999999 for 29 of 50: below a ≥ 58 edge, shown as 57.99%.
  struct Row {
    double part, whole, percent;
  };
  const Row rows[] = {{29, 50, 58}, {7, 25, 28}, {11, 20, 55}, {14, 50, 28}, {33, 60, 55},
                      {29, 100, 29}, {57, 100, 57}, {21, 75, 28}, {44, 80, 55}};
  for (const auto& r : rows) {
    EXPECT_EQ(sx::ratio_percent(r.part, r.whole, "a", "b").value, r.percent) << r.part << "/" << r.whole;
  }
  // Decimal figures: their binary error is not carried into the percentage.
  EXPECT_EQ(sx::increase_percent(50, 64.5, "a").value, 29.0);
  EXPECT_EQ(sx::decrease_percent(50, 35.5, "a").value, 29.0);
  EXPECT_EQ(sx::decrease_percent(4, 3.62, "a").value, 9.5);
  EXPECT_EQ(sx::increase_percent(1, 1.15, "a").value, 15.0);
  EXPECT_EQ(sx::ratio_percent(0.7, 35, "a", "b").value, 2.0);
  // A true fraction keeps its digits (to a billionth), and its display is cut, not rounded.
  EXPECT_EQ(sx::ratio_percent(2, 3, "a", "b").value, 66.666666667);
  EXPECT_EQ(sx::ratio_percent(14999, 25000, "a", "b").value, 59.996);
  EXPECT_EQ(sx::ratio_percent(999999, 1000000, "a", "b").value, 99.9999);
}

TEST(Derive, AChangeBeyondAnyNumberIsRefused) {
  for (const auto& derived : {sx::increase_percent(1e-300, 1e12, "figures.efficiency_before"),
                              sx::decrease_percent(1e-300, 1e12, "figures.efficiency_before")}) {
    EXPECT_FALSE(derived.value.has_value());
    ASSERT_TRUE(derived.error.has_value());
    EXPECT_EQ(derived.error->path, "figures.efficiency_before");
    EXPECT_EQ(derived.error->en, "the before figure is too small to compute a change");
  }
}

TEST(Derive, AMetricThatDisagreesWithItsFiguresIsAWarning) {
  struct Case {
    double stated;
    const char* warning;  // English text, or nullptr for none
  };
  // 29 of 50 is 58%; the tolerance is 0.05 percentage points.
  const Case cases[] = {
      {66, "stated 66% but the figures give 58%"},
      {58, nullptr},
      {58.04, nullptr},
      {57.96, nullptr},
      {58.1, "stated 58.1% but the figures give 58%"},
      {57.9, "stated 57.9% but the figures give 58%"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.stated);
    const auto e = sx_test::evaluate(sx_test::document(
        "discrete", {{"metrics", {{"cnc_rate", c.stated}}}, {"figures", {{"key_equipment", 50}, {"cnc_key_equipment", 29}}}}));
    ASSERT_EQ(e.warnings.size(), c.warning != nullptr ? 1u : 0u);
    if (c.warning != nullptr) {
      EXPECT_EQ(e.warnings[0].path, "metrics.cnc_rate");
      EXPECT_EQ(e.warnings[0].en, c.warning);
      EXPECT_NE(e.warnings[0].zh.find("58%"), std::string::npos) << e.warnings[0].zh;
    }
  }
  // Figures without the metric: nothing to compare, no warning.
  const auto figures_only = sx_test::evaluate(sx_test::document(
      "discrete", {{"figures", {{"key_equipment", 50}, {"cnc_key_equipment", 29}}}}));
  EXPECT_TRUE(figures_only.warnings.empty());
}
