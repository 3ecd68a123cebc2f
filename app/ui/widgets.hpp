#pragma once
// Small widgets over ImGui that the views share: radio buttons and text fields the test API can
// read, headings, muted text. The controls bound to the document are in app/views/fields.hpp.
#include <string>

namespace sx_app {

// A radio button whose selected state the page's test API reports.
bool radio(const char* label, bool selected);
// A checkbox (reported as checkable by ImGui itself).
bool checkbox(const char* label, bool* value);
// A single-line text field over `value`; true when edited this frame.
bool text_field(const char* label, std::string& value, float width = -1.0f);
void help_marker(const char* text);
// A screen's or a section's heading: strong colour, a rule under screen headings.
void heading(const std::string& text);
void subheading(const std::string& text);
// Wrapped text in a muted colour.
void muted_text(const std::string& text);

}  // namespace sx_app
