#pragma once
// ImGui draws a button's, radio button's or check box's label on one line, so a long one runs
// past the window's right edge on a phone or at large text; a label with "\n" in it is laid out
// and drawn line by line. These break a label to fit where it is about to be drawn.
#include <string>

namespace sx_app {

// `label` with line breaks in its visible part wherever the text would pass the right edge of
// the window, for a choice drawn at the cursor (its box, then the text). Unchanged when it fits.
// A label that breaks gets its own text as its name ("…##label") unless it has one; without its
// "\n"s its text is the label's (spaces stay at the ends of lines).
std::string fit_choice_label(const char* label);
// The same for a button (its padding on both sides of the text) and a tree node (its arrow).
std::string fit_button_label(const char* label);
std::string fit_tree_label(const char* label);

}  // namespace sx_app
