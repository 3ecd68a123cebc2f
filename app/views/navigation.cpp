// The list of screens with their progress: a side list on a desktop, a step menu on a phone
// (GOV.UK's task list). Previous / next buttons sit at the foot of each screen.
#include <algorithm>
#include <cmath>

#include "choice_label.hpp"
#include "imgui.h"
#include "progress.hpp"
#include "screen_parts.hpp"
#include "screens.hpp"
#include "status.hpp"
#include "views.hpp"
#include "widget_log.hpp"
#include "widgets.hpp"

namespace sx_app {

namespace {
std::string entry_label(const AppState& state, const Screen& screen, std::size_t index) {
  std::string label = std::to_string(index + 1) + ". " + screen.title;
  const char* progress = progress_label(progress_of(state.model, screen.id));
  if (*progress != '\0') label += std::string("（") + progress + "）";
  // The name after ### keeps the ID stable while the progress text changes.
  return label + "###nav." + screen.id;
}

// Each row shows "1. 开始" and its progress as a tag at the right; the label the test API and the
// mirror read holds both in words ("1. 开始（已完成）").
void side_list(AppState& state) {
  const auto& list = screens();
  const float pad = ImGui::GetStyle().FramePadding.x;
  for (std::size_t i = 0; i < list.size(); ++i) {
    const std::string label = entry_label(state, list[i], i);
    const Progress progress = progress_of(state.model, list[i].id);
    const char* words = progress_label(progress);
    const float tag = *words != '\0' ? tag_width(words) : 0.0f;
    const std::string title = std::to_string(i + 1) + ". " + list[i].title;
    const ImVec2 text = ImGui::CalcTextSize(title.c_str());
    // The tag at the right of the row, or under the title when the row is too narrow for both.
    const float line = std::max(ImGui::GetFontSize() * 2.0f, action_button_height());
    const bool stacked = tag > 0.0f && pad + text.x + pad + tag + pad > ImGui::GetContentRegionAvail().x;
    const float height = stacked ? text.y + ImGui::GetFrameHeight() + pad : line;
    // The selectable's own text (the full label, which the widget log records) is drawn clear;
    // the row draws the title and the tag itself.
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.0f, 0.0f, 0.0f, 0.0f));
    const bool chosen = ImGui::Selectable(label.c_str(), state.screen == list[i].id, 0, ImVec2(0.0f, height));
    ImGui::PopStyleColor();
    if (chosen) show_screen(state, list[i].id);
    note_last_item(label.c_str(), state.screen == list[i].id ? 1 : 0);
    note_last_role(Role::NavItem);
    if (!ImGui::IsItemVisible()) continue;
    const ImVec2 min = ImGui::GetItemRectMin();
    const ImVec2 max = ImGui::GetItemRectMax();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float text_y = stacked ? min.y + pad * 0.5f : min.y + std::floor((max.y - min.y - text.y) * 0.5f);
    draw->AddText(ImVec2(min.x + pad, text_y), ImGui::GetColorU32(ImGuiCol_Text), title.c_str());
    if (tag <= 0.0f) continue;
    if (stacked) {
      draw_status_tag(draw, ImVec2(min.x + pad, text_y + text.y), ImGui::GetFrameHeight(), words,
                      progress_tag_kind(progress));
    } else {
      const float tag_height = ImGui::GetFrameHeight();
      draw_status_tag(draw, ImVec2(max.x - pad - tag, min.y + std::floor((max.y - min.y - tag_height) * 0.5f)),
                      tag_height, words, progress_tag_kind(progress));
    }
  }
}

void phone_menu(AppState& state) {
  if (!narrow_layout()) step_menu_button(state, -1.0f);  // a phone has it in its header
  if (state.nav_open) side_list(state);
}
}  // namespace

void step_menu_button(AppState& state, float width) {
  const auto& list = screens();
  std::size_t current = 0;
  for (std::size_t i = 0; i < list.size(); ++i) {
    if (state.screen == list[i].id) current = i;
  }
  const std::string arrow = state.nav_open ? "▲" : "▼";
  const std::string step = std::to_string(current + 1) + "/" + std::to_string(list.size());
  const std::string full = arrow + " 第 " + step + " 步：" + list[current].title + "###nav.menu";
  std::string button = full;
  // Beside 菜单 at large text the full label would be cut: the step number alone (the title is
  // the screen's heading right below), without 步骤 when even that is cut (200 % on a phone).
  if (width > 0.0f && button_width(button) > width) button = arrow + " 步骤 " + step + "###nav.menu";
  if (width > 0.0f && button_width(button) > width) button = arrow + " " + step + "###nav.menu";
  if (secondary_button(button, width)) toggle_header_menu(state, state.nav_open);
  note_last_item(full.c_str(), state.nav_open ? 1 : 0);  // a screen reader hears the whole label
  note_last_role(Role::Disclosure);
}

void draw_navigation(AppState& state) {
  if (wide_layout()) side_list(state);
  else phone_menu(state);
}

// Previous / next at the foot of a screen, so the path through the parts is obvious. 下一步 is the
// screen's primary action except on 开始, whose own 开始自评/继续 is.
void step_buttons(AppState& state) {
  const auto& list = screens();
  for (std::size_t i = 0; i < list.size(); ++i) {
    if (state.screen != list[i].id) continue;
    ImGui::Separator();
    if (i > 0) {
      const std::string back = std::string("← 上一步：") + list[i - 1].title + "###step.back";
      if (secondary_button(back)) show_screen(state, list[i - 1].id);
    }
    if (i + 1 < list.size()) {
      const std::string next = std::string("下一步：") + list[i + 1].title + " →###step.next";
      if (i > 0) same_line_if_fits(button_width(next));
      if (i == 0 ? secondary_button(next) : primary_button(next)) show_screen(state, list[i + 1].id);
    }
  }
}

}  // namespace sx_app
