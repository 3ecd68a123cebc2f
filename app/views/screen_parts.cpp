#include "screen_parts.hpp"

#include <algorithm>

#include "choice_label.hpp"
#include "imgui.h"
#include "style.hpp"
#include "widget_log.hpp"

namespace sx_app {

bool link_button(const std::string& label) {
  const bool pressed = ImGui::Button(fit_button_label(label.c_str()).c_str());
  note_last_item(label.c_str());
  return pressed;
}

bool same_line_if_fits(float width) {
  const ImGuiStyle& style = ImGui::GetStyle();
  // The cell's right edge inside a table (a two-column list of conditions), else the window's.
  const float right = ImGui::GetWindowPos().x + ImGui::GetContentRegionMax().x;
  if (ImGui::GetItemRectMax().x + style.ItemSpacing.x + width > right) return false;
  ImGui::SameLine();
  return true;
}

float button_width(const std::string& label) {
  return ImGui::CalcTextSize(label.c_str(), nullptr, true).x + ImGui::GetStyle().FramePadding.x * 2.0f;
}

float choice_width(const std::string& label) {
  const ImGuiStyle& style = ImGui::GetStyle();
  const float text = ImGui::CalcTextSize(label.c_str(), nullptr, true).x;
  return ImGui::GetFrameHeight() + (text > 0.0f ? style.ItemInnerSpacing.x + text : 0.0f);
}

std::string categories_in_words(const sx::Standard& standard) {
  static const char* const kDigits[] = {"零", "一", "两", "三", "四", "五", "六", "七", "八", "九"};
  const std::size_t n = standard.categories.size();
  return (n < 10 ? std::string(kDigits[n]) : std::to_string(n)) + "类";
}

const char* verdict_text(sx::Tri state) {
  switch (state) {
    case sx::Tri::True: return "✓ 符合";
    case sx::Tri::False: return "× 不符合";
    default: return "? 待补充";
  }
}

void warning_text(const std::string& text) {
  ImGui::PushStyleColor(ImGuiCol_Text, palette().warning);
  ImGui::TextWrapped("%s", text.c_str());
  ImGui::PopStyleColor();
}

void success_text(const std::string& text) {
  ImGui::PushStyleColor(ImGuiCol_Text, palette().ok);
  ImGui::TextWrapped("%s", text.c_str());
  ImGui::PopStyleColor();
}

void progress_bar(float fraction, float width, float height) {
  if (width <= 0.0f) width = std::max(ImGui::GetContentRegionAvail().x, 1.0f);
  const ImVec2 min = ImGui::GetCursorScreenPos();
  const ImVec2 max(min.x + width, min.y + height);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddRectFilled(min, max, ImGui::GetColorU32(palette().progress_track), 3.0f);
  const float filled = width * std::clamp(fraction, 0.0f, 1.0f);
  if (filled > 0.0f) {
    draw->AddRectFilled(min, ImVec2(min.x + filled, max.y), ImGui::GetColorU32(palette().progress_fill), 3.0f);
  }
  ImGui::Dummy(ImVec2(width, height));
}

}  // namespace sx_app
