#include "type_scale.hpp"

#include <algorithm>
#include <cmath>

#include "imgui.h"

#include "imgui_internal.h"

namespace sx_app {

ImFont* font_of(TextSize size) {
  const ImFontAtlas* atlas = ImGui::GetIO().Fonts;
  const int index = static_cast<int>(size);
  if (atlas == nullptr || atlas->Fonts.Size <= index) return ImGui::GetFont();
  return atlas->Fonts[index];
}

void bold_text_wrapped(const std::string& text) {
  ImGuiWindow* window = ImGui::GetCurrentWindow();
  const ImVec2 pos = window->DC.CursorPos;
  // As TextWrapped wraps: at the wrap position pushed, else at the window's work edge.
  const float wrap = ImGui::CalcWrapWidthForPos(pos, window->DC.TextWrapPos < 0.0f ? 0.0f : window->DC.TextWrapPos);
  ImGui::TextWrapped("%s", text.c_str());
  if (window->SkipItems || !ImGui::IsItemVisible()) return;
  // Strokes about 4 % of the em thicker (Noto Sans CJK Bold's stems are ~8 % of the em wider than
  // Regular's; half of that reads as bold without filling the counters of dense ideographs).
  const float dpr = std::max(ImGui::GetIO().DisplayFramebufferScale.x, 1.0f);
  const float em_device = ImGui::GetFontSize() / 1.448f * dpr;  // Noto's line is 1.448 em
  const int steps = std::max(1, static_cast<int>(std::lround(em_device * 0.035f)));
  const ImU32 colour = ImGui::GetColorU32(ImGuiCol_Text);
  for (int i = 1; i <= steps; ++i) {
    window->DrawList->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(pos.x + i / dpr, pos.y), colour,
                              text.data(), text.data() + text.size(), wrap);
  }
}

}  // namespace sx_app
