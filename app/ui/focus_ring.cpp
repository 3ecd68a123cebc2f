#include "focus_ring.hpp"

#include "widget_log.hpp"

namespace sx_app {

void draw_focus_ring(ImGuiID id, ImU32 colour) {
  if (id == 0) return;
  const LoggedWidget* widget = find_shown(id);
  if (widget == nullptr) return;
  // Outside the widget, so it never covers its text; clipped to the widget's window.
  const float gap = 2.0f;
  ImDrawList* draw = ImGui::GetForegroundDrawList();
  draw->PushClipRect(widget->clip.Min, widget->clip.Max, false);
  draw->AddRect(ImVec2(widget->rect.Min.x - gap, widget->rect.Min.y - gap),
                ImVec2(widget->rect.Max.x + gap, widget->rect.Max.y + gap), colour, 4.0f, 0, 3.0f);
  draw->PopClipRect();
}

}  // namespace sx_app
