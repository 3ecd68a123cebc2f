#include "wheel_chain.hpp"

#include "imgui.h"
#include "imgui_internal.h"

namespace sx_app {

void pass_wheel_at_table_end(const char* id) {
  ImGuiContext& g = *GImGui;
  const float wheel = g.IO.MouseWheel;
  if (wheel == 0.0f || g.IO.KeyCtrl || (g.IO.KeyShift && !g.IO.ConfigMacOSXBehaviors)) return;
  ImGuiWindow* page = ImGui::GetCurrentWindow();
  const ImGuiTable* table = ImGui::TableFindByID(page->GetID(id));  // as drawn last frame
  if (table == nullptr || table->InnerWindow == nullptr || table->InnerWindow == table->OuterWindow) return;
  ImGuiWindow* box = table->InnerWindow;
  // The window this frame's wheel went to (NewFrame locks it for a moment while the wheel turns).
  if ((g.WheelingWindow != nullptr ? g.WheelingWindow : g.HoveredWindow) != box || box->ScrollMax.y <= 0.0f) return;
  // The box's scroll before this frame's wheel is applied (Begin applies its ScrollTarget).
  const bool at_end = wheel < 0.0f ? box->Scroll.y >= box->ScrollMax.y - 0.5f : box->Scroll.y <= 0.5f;
  if (!at_end) return;
  // ImGui's own step for a wheel notch (UpdateMouseWheel), on the page.
  const float step = ImFloor(ImMin(5.0f * page->CalcFontSize(), page->InnerRect.GetHeight() * 0.67f));
  ImGui::SetScrollY(page, page->Scroll.y - wheel * step);
}

}  // namespace sx_app
