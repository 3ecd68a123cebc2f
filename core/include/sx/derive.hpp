#pragma once
// Derived figures: the spec's metrics from the raw counts and before/after figures a user knows.
#include <optional>
#include <string>

#include "sx/assessment.hpp"
#include "sx/message.hpp"
#include "sx/standard.hpp"

namespace sx {

struct Derived {
  std::optional<double> value;  // percent
  std::optional<Message> error; // set when the inputs are impossible
};

// part / whole × 100; part must not exceed whole, whole must be positive. `whole_name` names the
// whole in the message, in words ("研发设计及管理工具总数"); its path when empty.
Derived ratio_percent(double part, double whole, const std::string& part_path,
                      const std::string& whole_path, const std::string& whole_name = "");
// (after − before) / before × 100; before must be positive.
Derived increase_percent(double before, double after, const std::string& before_path);
// (before − after) / before × 100; before must be positive.
Derived decrease_percent(double before, double after, const std::string& before_path);

// The metric a derivation gives from the document's figures; no value when a figure is missing.
// With the standard, an error names the figures by their labels.
Derived derive(const Derivation& derivation, const Assessment& assessment, const Standard* standard = nullptr);

// Smallest whole number of extra units of `part` that lifts part/whole to at least `percent`;
// 0 when none are needed, INT_MAX when more than an int can count.
int units_needed(double part, double whole, double percent);

}  // namespace sx
