#include "sx/derive.hpp"

#include <cmath>

namespace sx {

namespace {
Derived fail(const std::string& path, std::string zh, std::string en) {
  return Derived{std::nullopt, Message{path, std::move(zh), std::move(en)}};
}
}  // namespace

Derived ratio_percent(double part, double whole, const std::string& part_path,
                      const std::string& whole_path) {
  if (part < 0) return fail(part_path, "不能为负数", "must not be negative");
  if (whole <= 0) return fail(whole_path, "总数须大于 0", "the total must be greater than 0");
  if (part > whole) {
    return fail(part_path, "不能大于 " + whole_path, "must not exceed " + whole_path);
  }
  return Derived{part / whole * 100.0, std::nullopt};
}

Derived increase_percent(double before, double after, const std::string& before_path) {
  if (before <= 0 || after < 0) {
    return fail(before_path, "改造前数值须大于 0，改造后数值不能为负，才能计算变化率",
                "the before figure must be greater than 0 and the after figure not negative");
  }
  return Derived{(after - before) / before * 100.0, std::nullopt};
}

Derived decrease_percent(double before, double after, const std::string& before_path) {
  if (before <= 0 || after < 0) {
    return fail(before_path, "改造前数值须大于 0，改造后数值不能为负，才能计算变化率",
                "the before figure must be greater than 0 and the after figure not negative");
  }
  return Derived{(before - after) / before * 100.0, std::nullopt};
}

Derived derive(const Derivation& derivation, const Assessment& assessment) {
  const auto a = assessment.figure(derivation.from[0]);
  const auto b = assessment.figure(derivation.from[1]);
  if (!a || !b) return Derived{};
  const std::string a_path = path_member("figures", derivation.from[0]);
  switch (derivation.kind) {
    case DerivationKind::Ratio:
      return ratio_percent(*a, *b, a_path, path_member("figures", derivation.from[1]));
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
  return target > part ? static_cast<int>(target - part) : 0;
}

}  // namespace sx
