// The list of screens with their progress: a side list on a desktop, a step menu on a phone
// (GOV.UK's task list). Previous / next buttons sit at the foot of each screen.
#include "choice_label.hpp"
#include "imgui.h"
#include "progress.hpp"
#include "screen_parts.hpp"
#include "screens.hpp"
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

void side_list(AppState& state) {
  const auto& list = screens();
  for (std::size_t i = 0; i < list.size(); ++i) {
    const std::string label = entry_label(state, list[i], i);
    if (ImGui::Selectable(label.c_str(), state.screen == list[i].id, 0,
                          ImVec2(0.0f, ImGui::GetFontSize() * 2.0f))) {
      show_screen(state, list[i].id);
    }
    note_last_item(label.c_str(), state.screen == list[i].id ? 1 : 0);
    note_last_role(Role::NavItem);
  }
}

void phone_menu(AppState& state) {
  const auto& list = screens();
  std::size_t current = 0;
  for (std::size_t i = 0; i < list.size(); ++i) {
    if (state.screen == list[i].id) current = i;
  }
  const std::string button = "▼ 第 " + std::to_string(current + 1) + "/" + std::to_string(list.size()) +
                             " 步：" + list[current].title + "###nav.menu";
  if (ImGui::Button(fit_button_label(button.c_str()).c_str(), ImVec2(-1.0f, 0.0f))) state.nav_open = !state.nav_open;
  note_last_item(button.c_str(), state.nav_open ? 1 : 0);
  note_last_role(Role::Disclosure);
  if (state.nav_open) side_list(state);
}
}  // namespace

void draw_navigation(AppState& state) {
  if (wide_layout()) side_list(state);
  else phone_menu(state);
}

// Previous / next at the foot of a screen, so the path through the parts is obvious.
void step_buttons(AppState& state) {
  const auto& list = screens();
  for (std::size_t i = 0; i < list.size(); ++i) {
    if (state.screen != list[i].id) continue;
    ImGui::Separator();
    if (i > 0) {
      const std::string back = std::string("← 上一步：") + list[i - 1].title + "###step.back";
      if (ImGui::Button(fit_button_label(back.c_str()).c_str())) show_screen(state, list[i - 1].id);
      note_last_item(back.c_str());
    }
    if (i + 1 < list.size()) {
      const std::string next = std::string("下一步：") + list[i + 1].title + " →###step.next";
      if (i > 0) same_line_if_fits(button_width(next));
      if (ImGui::Button(fit_button_label(next.c_str()).c_str())) show_screen(state, list[i + 1].id);
      note_last_item(next.c_str());
    }
  }
}

}  // namespace sx_app
