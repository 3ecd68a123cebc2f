#include <algorithm>
#include <string>

#include "imgui.h"
#include "screen_parts.hpp"
#include "type_scale.hpp"
#include "views.hpp"
#include "widget_log.hpp"
#include "widgets.hpp"

namespace sx_app {

namespace {
void undo_redo_buttons(AppState& state) {
  ImGui::BeginDisabled(!state.model.can_undo());
  if (secondary_button("撤销")) state.model.undo();
  ImGui::EndDisabled();
  ImGui::SameLine();
  ImGui::BeginDisabled(!state.model.can_redo());
  if (secondary_button("重做")) state.model.redo();
  ImGui::EndDisabled();
}

// 文字大小 (100 %–200 %) and 高对比度 (适老化), on a row of their own under the toolbar's buttons;
// the choices wrap rather than run off a phone's screen at 200 %.
void display_controls(AppState& state) {
  DisplayPrefs& prefs = state.display;
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted("文字大小");
  name_next_group("文字大小");
  for (const int percent : kTextPercents) {
    const std::string label = std::to_string(percent) + "%##文字大小 " + std::to_string(percent) + "%";
    same_line_if_fits(choice_width(label));
    if (radio(label.c_str(), prefs.text_percent == percent)) prefs.text_percent = percent;
  }
  same_line_if_fits(choice_width("高对比度"));
  checkbox("高对比度", &prefs.high_contrast);
}
}  // namespace

void handle_shortcuts(AppState& state) {
  const ImGuiIO& io = ImGui::GetIO();
  // A text field keeps its own Ctrl+Z (ImGui's per-field undo) while it has the keyboard.
  if (io.WantTextInput || !io.KeyCtrl) return;
  const bool z = ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Z), false);
  const bool y = ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Y), false);
  if (z && io.KeyShift) state.model.redo();
  else if (z) state.model.undo();
  else if (y) state.model.redo();
}

void draw_phone_header(AppState& state) {
  const char* menu = state.menu_open ? "▲ 菜单###toolbar.menu" : "▼ 菜单###toolbar.menu";
  const float menu_width = button_width(menu);
  const float spacing = ImGui::GetStyle().ItemSpacing.x;
  step_menu_button(state, std::max(ImGui::GetContentRegionAvail().x - menu_width - spacing, 1.0f));
  ImGui::SameLine();
  if (secondary_button(menu, menu_width)) toggle_header_menu(state, state.menu_open);
  note_last_item(menu, state.menu_open ? 1 : 0);
  note_last_role(Role::Disclosure);
}

void draw_toolbar(AppState& state) {
  // The service's name, as GOV.UK's header: larger and bold, but not a heading of the screen.
  ImGui::PushFont(font_of(TextSize::Section));
  bold_text_wrapped(kServiceName);
  ImGui::PopFont();
  const char* note = "（数据仅保存在本浏览器中，不会上传）";
  if (!narrow_layout()) {
    same_line_if_fits(ImGui::CalcTextSize(note).x);
    ImGui::TextDisabled("%s", note);
  }
  undo_redo_buttons(state);
  // A phone's menu wraps into rows rather than running off the screen; a file action closes it.
  same_line_if_fits(button_width("新建自评"));
  if (secondary_button("新建自评")) {
    state.confirm_new = true;
    state.menu_open = false;
  }
  if (!narrow_layout()) same_line_if_fits(button_width("打开文件"));
  if (secondary_button("打开文件")) {
    state.requests.open_file = true;
    state.menu_open = false;
  }
  same_line_if_fits(button_width("保存文件"));
  if (secondary_button("保存文件")) {
    state.requests.download_json = true;
    state.menu_open = false;
  }
  const std::string display = std::string(state.display_open ? "▲" : "▼") + " 文字大小/对比度###toolbar.display";
  same_line_if_fits(button_width(display));
  if (secondary_button(display)) state.display_open = !state.display_open;
  note_last_item(display.c_str(), state.display_open ? 1 : 0);
  note_last_role(Role::Disclosure);
  if (state.display_open) display_controls(state);
}

}  // namespace sx_app
