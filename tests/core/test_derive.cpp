// Derived figures: rates and relative changes from the counts and before/after figures users know.
#include <gtest/gtest.h>

#include "sx/derive.hpp"
#include "test_support.hpp"

TEST(Derive, RatioIncreaseDecrease) {
  EXPECT_DOUBLE_EQ(*sx::ratio_percent(29, 50, "a", "b").value, 58.0);
  EXPECT_DOUBLE_EQ(*sx::ratio_percent(0, 50, "a", "b").value, 0.0);
  EXPECT_DOUBLE_EQ(*sx::ratio_percent(50, 50, "a", "b").value, 100.0);
  EXPECT_DOUBLE_EQ(*sx::increase_percent(100, 118.5, "b").value, 18.5);
  EXPECT_DOUBLE_EQ(*sx::increase_percent(100, 80, "b").value, -20.0);
  EXPECT_DOUBLE_EQ(*sx::decrease_percent(4, 3, "b").value, 25.0);
  EXPECT_DOUBLE_EQ(*sx::decrease_percent(200, 230, "b").value, -15.0);
}

TEST(Derive, ImpossibleInputsAreErrorsNamingTheFigure) {
  struct Case {
    sx::Derived derived;
    const char* path;
  };
  const Case cases[] = {
      {sx::ratio_percent(51, 50, "figures.cnc_key_equipment", "figures.key_equipment"), "figures.cnc_key_equipment"},
      {sx::ratio_percent(-1, 50, "figures.cnc_key_equipment", "figures.key_equipment"), "figures.cnc_key_equipment"},
      {sx::ratio_percent(0, 0, "figures.cnc_key_equipment", "figures.key_equipment"), "figures.key_equipment"},
      {sx::increase_percent(0, 5, "figures.efficiency_before"), "figures.efficiency_before"},
      {sx::decrease_percent(0, 0, "figures.defect_rate_before"), "figures.defect_rate_before"},
      {sx::decrease_percent(5, -1, "figures.defect_rate_before"), "figures.defect_rate_before"},
  };
  for (const auto& c : cases) {
    EXPECT_FALSE(c.derived.value.has_value()) << c.path;
    ASSERT_TRUE(c.derived.error.has_value()) << c.path;
    EXPECT_EQ(c.derived.error->path, c.path);
    EXPECT_FALSE(c.derived.error->zh.empty());
  }
}

TEST(Derive, FromADocumentsFigures) {
  const sx::Standard* s = sx::find_standard("shaoxing-2019");
  const auto a = sx_test::assessment(sx_test::document(
      "discrete", {{"figures", {{"key_equipment", 40}, {"cnc_key_equipment", 26}, {"low_end_workers_before", 120}}}}));
  EXPECT_DOUBLE_EQ(*sx::derive(*s->derivation_of("cnc_rate"), a).value, 65.0);
  const auto missing = sx::derive(*s->derivation_of("low_end_labor_reduction"), a);
  EXPECT_FALSE(missing.value.has_value());
  EXPECT_FALSE(missing.error.has_value());
}

TEST(Derive, UnitsNeeded) {
  struct Row {
    double part, whole, percent;
    int needed;
  };
  const Row rows[] = {
      {29, 50, 65, 4},   // 32.5 → 33
      {29, 50, 60, 1},
      {30, 50, 60, 0},   // exactly on the boundary
      {26, 40, 65, 0},   // 65% of 40 is 26 exactly, no floating-point surplus
      {25, 40, 65, 1},
      {0, 7, 50, 4},     // 3.5 → 4
      {100, 100, 70, 0},
  };
  for (const auto& r : rows) {
    EXPECT_EQ(sx::units_needed(r.part, r.whole, r.percent), r.needed) << r.part << "/" << r.whole << " at " << r.percent;
  }
}

TEST(Derive, AMetricThatDisagreesWithItsFiguresIsAWarning) {
  const auto e = sx_test::evaluate(sx_test::document(
      "discrete", {{"metrics", {{"cnc_rate", 66}}}, {"figures", {{"key_equipment", 50}, {"cnc_key_equipment", 29}}}}));
  ASSERT_EQ(e.warnings.size(), 1u);
  EXPECT_EQ(e.warnings[0].path, "metrics.cnc_rate");
  EXPECT_NE(e.warnings[0].zh.find("58%"), std::string::npos);
  const auto agree = sx_test::evaluate(sx_test::document(
      "discrete", {{"metrics", {{"cnc_rate", 58}}}, {"figures", {{"key_equipment", 50}, {"cnc_key_equipment", 29}}}}));
  EXPECT_TRUE(agree.warnings.empty());
}
