#include "imgui.h"
#include "views.hpp"

namespace sx_app {

void draw_toolbar(AppState& state) {
  ImGui::TextUnformatted("绍兴市传统产业智能化改造项目认定 · 企业自评");
  if (!narrow_layout()) {
    ImGui::SameLine();
    ImGui::TextDisabled("（数据仅保存在本浏览器中，不会上传）");
  }
  if (ImGui::Button("新建自评")) state.confirm_new = true;
  ImGui::SameLine();
  if (ImGui::Button("打开文件")) state.requests.open_file = true;
  ImGui::SameLine();
  if (ImGui::Button("保存文件")) state.requests.download_json = true;
  ImGui::SameLine();
  if (ImGui::Button("导出 Word")) state.requests.download_docx = true;
  // A phone's toolbar wraps rather than running off the screen.
  if (!narrow_layout()) ImGui::SameLine();
  if (ImGui::Button("打印 / 另存 PDF")) state.requests.print_view = true;
}

}  // namespace sx_app
