#pragma once
// The marks the screens share for a condition's or a category's state: ✓ met, × not met,
// ? not yet known, each in its own colour, always with words beside it (never colour alone).
#include <string>

#include "sx/evaluation.hpp"

namespace sx_app {

const char* tri_mark(sx::Tri state);  // "✓" / "×" / "?"
// "✓ text" with the mark coloured for the state; the text wraps.
void status_line(sx::Tri state, const std::string& text);
// A warning beside a field (e.g. the core's credit-code check), in the warning colour.
void warning_line(const std::string& text);
// A warning about the text field drawn just before: the accessibility mirror makes it the field's
// description and marks the field invalid, as it does for an error (issue 14, item 10).
void field_warning(const std::string& text);

}  // namespace sx_app
