#pragma once
// The widgets drawn in the last frame, recorded through ImGui's test-engine item hooks
// (IMGUI_ENABLE_TEST_ENGINE): the page's test API lists them so browser tests click real widgets.
#include <string>

namespace sx_app {

void begin_widget_frame();
void end_widget_frame();
// Marks the last item as checked/selected (ImGui's radio buttons do not report it).
void note_last_item_checked(bool checked);
// [{label, name, id, x, y, w, h, visible, enabled, checked?}] in CSS pixels.
std::string widgets_json();

}  // namespace sx_app
