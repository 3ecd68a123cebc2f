#include "imgui.h"
#include "views.hpp"
#include "widgets.hpp"

namespace sx_app {

namespace {
void undo_redo_buttons(AppState& state) {
  ImGui::BeginDisabled(!state.model.can_undo());
  if (ImGui::Button("撤销")) state.model.undo();
  ImGui::EndDisabled();
  ImGui::SameLine();
  ImGui::BeginDisabled(!state.model.can_redo());
  if (ImGui::Button("重做")) state.model.redo();
  ImGui::EndDisabled();
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

void draw_toolbar(AppState& state) {
  ImGui::TextUnformatted("绍兴市传统产业智能化改造项目认定 · 企业自评");
  if (!narrow_layout()) {
    ImGui::SameLine();
    ImGui::TextDisabled("（数据仅保存在本浏览器中，不会上传）");
  }
  undo_redo_buttons(state);
  ImGui::SameLine();
  if (ImGui::Button("新建自评")) state.confirm_new = true;
  // A phone's toolbar wraps into two rows rather than running off the screen.
  if (!narrow_layout()) ImGui::SameLine();
  if (ImGui::Button("打开文件")) state.requests.open_file = true;
  ImGui::SameLine();
  if (ImGui::Button("保存文件")) state.requests.download_json = true;
}

}  // namespace sx_app
