#include "choice_label.hpp"

#include <cstring>

#include "imgui.h"
#include "imgui_internal.h"

namespace sx_app {

namespace {
// `beside`: the width the widget takes besides its text.
std::string fit_label(const char* label, float beside) {
  const char* text_end = ImGui::FindRenderedTextEnd(label);
  const float width = ImGui::GetContentRegionAvail().x - beside;
  if (text_end == label || width <= 0.0f || ImGui::CalcTextSize(label, text_end).x <= width) return label;
  // ImGui's own word wrap, as TextWrapped uses: spaces and ASCII punctuation where there are
  // some, else between any two characters (Chinese has no spaces).
  ImFont* font = ImGui::GetFont();
  const float scale = ImGui::GetFontSize() / font->FontSize;
  const float line = width - font->GetCharAdvance(' ') * scale;  // room for the space kept at its end
  std::string out;
  const char* s = label;
  while (s < text_end) {
    const char* end = font->CalcWordWrapPositionA(scale, s, text_end, line);
    if (end == s) end = s + 1;  // a first character wider than the line: keep it, move on
    while (end < text_end && (*end & 0xC0) == 0x80) ++end;  // never inside a UTF-8 sequence
    // Spaces stay at the end of their line, so removing the breaks gives the label back.
    while (end < text_end && *end == ' ') ++end;
    if (!out.empty()) out += '\n';
    out.append(s, end);
    s = end;
  }
  out += std::strstr(label, "##") != nullptr ? std::string(text_end) : "##" + std::string(label, text_end);
  return out;
}
}  // namespace

std::string fit_choice_label(const char* label) {
  return fit_label(label, ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x);
}

std::string fit_button_label(const char* label) { return fit_label(label, ImGui::GetStyle().FramePadding.x * 2.0f); }

std::string fit_tree_label(const char* label) {
  return fit_label(label, ImGui::GetFontSize() + ImGui::GetStyle().FramePadding.x * 2.0f);
}

}  // namespace sx_app
