#pragma once
// The keyboard focus ring, drawn on the canvas around the widget the DOM mirror's focus is on
// (the mirror itself is invisible). Call after end_widget_frame(), before ImGui::Render().
#include "imgui.h"

namespace sx_app {

void draw_focus_ring(ImGuiID id, ImU32 colour);

}  // namespace sx_app
