#include "noted_table.hpp"

#include "imgui_internal.h"

namespace sx_app {

bool begin_table_kept(const char* id, int columns, ImGuiTableFlags flags, const ImVec2& size, float keep_height) {
  ImGuiWindow* window = ImGui::GetCurrentWindow();
  const float top = window->DC.CursorPos.y;
  // Only downward: what lies below the window's clip rectangle is off the screen (the window
  // reaches the canvas' bottom), while above it other windows (the header) could be drawn over.
  if (top < window->ClipRect.Max.y || window->SkipItems) {
    return ImGui::BeginTable(id, columns, flags, size);
  }
  const ImRect clip = window->ClipRect;
  window->ClipRect.Max.y = top + keep_height;
  const bool begun = ImGui::BeginTable(id, columns, flags, size);
  window->ClipRect = clip;
  return begun;
}

}  // namespace sx_app
