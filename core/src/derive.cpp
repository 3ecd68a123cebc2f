#include "sx/derive.hpp"

#include <cmath>
#include <limits>

#include "sx/text.hpp"

namespace sx {

namespace {
Derived fail(const std::string& path, std::string zh, std::string en) {
  return Derived{std::nullopt, Message{path, std::move(zh), std::move(en)}};
}

// Figures are decimals, and their binary error must not show: (4 − 3.62) × 100 / 4 computes as
// 9.499999999999998, which the display (never rounding up) would give as 9.49%. A billionth of a
// percentage point is finer than any figure is given; a ratio of counts (at most 1,000,000 each)
// is never that close to a hundredth it does not reach, so no edge is crossed.
double without_float_noise(double value) {
  return std::fabs(value) < 1e6 ? std::round(value * 1e9) / 1e9 : value;
}

// A change against a tiny baseline can exceed any double: refused rather than shown as "inf%".
Derived change(double value, const std::string& before_path) {
  if (!std::isfinite(value)) {
    return fail(before_path, "改造前数值过小，无法计算变化率",
                "the before figure is too small to compute a change");
  }
  return Derived{without_float_noise(value), std::nullopt};
}
}  // namespace

Derived ratio_percent(double part, double whole, const std::string& part_path,
                      const std::string& whole_path, const std::string& whole_name) {
  if (part < 0) return fail(part_path, "不能为负数", "must not be negative");
  if (whole <= 0) return fail(whole_path, "总数须大于 0", "the total must be greater than 0");
  if (part > whole) {
    const std::string named = whole_name.empty() ? whole_path : whole_name;
    return fail(part_path, "不能大于" + named + "（" + number_text(whole) + "）", "must not exceed " + whole_path);
  }
  // Multiplying first keeps a whole percentage whole: 29 × 100 / 50 is 58, 29 / 50 × 100 is
  // 57.99999999999999, which fails a ≥ 58 edge and would be shown as 57.99%.
  return Derived{without_float_noise(part * 100.0 / whole), std::nullopt};
}

Derived increase_percent(double before, double after, const std::string& before_path) {
  if (before <= 0 || after < 0) {
    return fail(before_path, "改造前数值须大于 0，改造后数值不能为负，才能计算变化率",
                "the before figure must be greater than 0 and the after figure not negative");
  }
  return change((after - before) * 100.0 / before, before_path);
}

Derived decrease_percent(double before, double after, const std::string& before_path) {
  if (before <= 0 || after < 0) {
    return fail(before_path, "改造前数值须大于 0，改造后数值不能为负，才能计算变化率",
                "the before figure must be greater than 0 and the after figure not negative");
  }
  return change((before - after) * 100.0 / before, before_path);
}

Derived derive(const Derivation& derivation, const Assessment& assessment, const Standard* standard) {
  const auto a = assessment.figure(derivation.from[0]);
  const auto b = assessment.figure(derivation.from[1]);
  if (!a || !b) return Derived{};
  const std::string a_path = path_member("figures", derivation.from[0]);
  switch (derivation.kind) {
    case DerivationKind::Ratio:
    {
      const FigureDef* whole = standard != nullptr ? standard->figure(derivation.from[1]) : nullptr;
      return ratio_percent(*a, *b, a_path, path_member("figures", derivation.from[1]),
                           whole != nullptr ? whole->label : std::string());
    }
    case DerivationKind::Increase:
      return increase_percent(*a, *b, a_path);
    case DerivationKind::Decrease:
      return decrease_percent(*a, *b, a_path);
  }
  return Derived{};
}

int units_needed(double part, double whole, double percent) {
  // A small tolerance keeps 65% of 40 = 26 exactly, not 26.000000000000004 → 27.
  const double target = std::ceil(whole * percent / 100.0 - 1e-9);
  const double more = target - part;
  if (!(more > 0)) return 0;
  // A float → int conversion out of range is undefined behaviour. Validated figures stay far
  // below (document.json's bounds); a document built in code might not.
  constexpr int kMost = std::numeric_limits<int>::max();
  return more >= static_cast<double>(kMost) ? kMost : static_cast<int>(more);
}

}  // namespace sx
