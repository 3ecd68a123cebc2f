#pragma once
// The widgets drawn in the last frame, recorded through ImGui's test-engine item hooks
// (IMGUI_ENABLE_TEST_ENGINE): the page's test API lists them so browser tests click real widgets.
#include <string>

namespace sx_app {

void begin_widget_frame();
void end_widget_frame();
// Records the last item's label and, for choices, whether it is selected: ImGui reports
// neither for a radio button, nor any label for an item scrolled out of view.
void note_last_item(const char* label, int checked = -1);
// Records the last item as a text field holding `value` (reported as kind "text").
void note_last_text(const char* label, const std::string& value);
// [{label, name, id, x, y, w, h, visible, enabled, checked?, kind?, value?}] in CSS pixels.
std::string widgets_json();

}  // namespace sx_app
