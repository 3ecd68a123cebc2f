#pragma once
// Small widgets over ImGui that the views share: radio buttons and text fields the test API can
// read, headings in the type scale, the three kinds of button, status tags, muted text. The controls bound to the document are in app/views/fields.hpp.
#include <string>

#include "imgui.h"

namespace sx_app {

// A radio button whose selected state the page's test API reports.
bool radio(const char* label, bool selected);
// A checkbox (reported as checkable by ImGui itself).
bool checkbox(const char* label, bool* value);
// A single-line text field over `value`; true when edited this frame.
bool text_field(const char* label, std::string& value, float width = -1.0f);
// A search box: the label's words are written inside the field while it is empty, not beside it,
// so the field can take a phone's whole width and still say what it is for. The mirror names it
// with the same words.
bool search_field(const char* label, std::string& value, float width = -1.0f);
// A screen's title (28 px, bold, a rule under it) and a section's heading (20 px, bold), in the
// type scale's fonts (type_scale.hpp); the mirror reads them as h1 and h2.
void heading(const std::string& text);
void subheading(const std::string& text);

// GOV.UK's buttons: one primary action per screen (solid green, white text), secondary actions
// (grey) and destructive ones (red, white text), each at least 44 CSS px tall (a tap target).
// `label` follows ImGui's rules (a stable name after "##"); a label too wide for the line breaks.
// `width` > 0 fixes the width, < 0 fills the line. Reported to the test API like link_button.
bool primary_button(const std::string& label, float width = 0.0f);
bool secondary_button(const std::string& label, float width = 0.0f);
bool destructive_button(const std::string& label, float width = 0.0f);
// The height of those buttons.
float action_button_height();
// WCAG 2.5.5's target size, CSS px: on a phone every control a finger taps is at least this tall
// and wide (the app's frame pads its controls to it, links and disclosures keep it themselves).
inline constexpr float kTapTarget = 44.0f;

// A status tag (GOV.UK's tag): the words in a tinted pill, the colour only a second signal; the
// mirror reads the words. As tall as a button's frame, so it lines up with a link beside it.
enum class Tag { Done, Fail, Pending, None, Info };
void status_tag(const std::string& words, Tag tag);
// The same pill drawn at `pos` (screen px) `height` tall, inside another widget (a navigation row);
// that widget's label must carry the words for the mirror.
void draw_status_tag(ImDrawList* draw, ImVec2 pos, float height, const std::string& words, Tag tag);
float tag_width(const std::string& words);
// Wrapped text in a muted colour.
void muted_text(const std::string& text);

}  // namespace sx_app
