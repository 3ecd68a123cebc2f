#include <algorithm>

#include "imgui.h"
#include "views.hpp"

namespace sx_app {

namespace {
ImVec4 colour(NoticeLevel level) {
  switch (level) {
    case NoticeLevel::Error: return ImVec4(0.99f, 0.91f, 0.91f, 1.0f);
    case NoticeLevel::Warning: return ImVec4(1.0f, 0.96f, 0.85f, 1.0f);
    default: return ImVec4(0.90f, 0.95f, 1.0f, 1.0f);
  }
}

bool confirm_dialog(const char* id, bool& open, const std::string& text, const char* confirm) {
  bool confirmed = false;
  if (open && !ImGui::IsPopupOpen(id)) ImGui::OpenPopup(id);
  ImGui::SetNextWindowSize(ImVec2(std::min(ImGui::GetIO().DisplaySize.x - 20.0f, 460.0f), 0));
  if (ImGui::BeginPopupModal(id, nullptr, ImGuiWindowFlags_NoResize)) {
    ImGui::TextWrapped("%s", text.c_str());
    if (ImGui::Button(confirm)) {
      confirmed = true;
      open = false;
      ImGui::CloseCurrentPopup();
    }
    ImGui::SameLine();
    if (ImGui::Button("取消")) {
      open = false;
      ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
  }
  return confirmed;
}
}  // namespace

void draw_notices(AppState& state) {
  for (std::size_t i = 0; i < state.notices.size(); ++i) {
    const Notice& notice = state.notices[i];
    ImGui::PushID(notice.key.c_str());
    ImGui::PushStyleColor(ImGuiCol_ChildBg, colour(notice.level));
    const float lines = 2.0f + static_cast<float>(notice.lines.size());
    ImGui::BeginChild("notice", ImVec2(0, ImGui::GetTextLineHeightWithSpacing() * lines * 1.6f + 16),
                      true);
    ImGui::TextWrapped("%s", notice.title.c_str());
    for (const auto& line : notice.lines) ImGui::TextWrapped("%s", line.c_str());
    const bool dismiss = ImGui::SmallButton("知道了");
    ImGui::EndChild();
    ImGui::PopStyleColor();
    ImGui::PopID();
    if (dismiss) {
      state.notices.erase(state.notices.begin() + static_cast<long>(i));
      break;
    }
  }
}

void draw_modals(AppState& state) {
  if (state.modal) {
    const char* id = "无法打开文件";
    if (!ImGui::IsPopupOpen(id)) ImGui::OpenPopup(id);
    ImGui::SetNextWindowSize(ImVec2(std::min(ImGui::GetIO().DisplaySize.x - 20.0f, 640.0f), 0));
    if (ImGui::BeginPopupModal(id, nullptr, ImGuiWindowFlags_NoResize)) {
      ImGui::TextWrapped("%s", state.modal->title.c_str());
      ImGui::Separator();
      for (const auto& line : state.modal->lines) ImGui::TextWrapped("%s", line.c_str());
      if (ImGui::Button("关闭")) {
        state.modal.reset();
        ImGui::CloseCurrentPopup();
      }
      ImGui::EndPopup();
    }
  }
  if (confirm_dialog("新建自评", state.confirm_new,
                     "新建将清空当前自评的全部内容（包括浏览器中自动保存的这一份）。"
                     "如需保留，请先点击“保存文件”。确定新建吗？",
                     "确定新建")) {
    start_new(state);
  }
  bool importing = state.pending_import.has_value();
  if (confirm_dialog("打开自评文件", importing,
                     "打开“" + state.pending_import_name + "”将替换当前自评。确定吗？", "替换")) {
    replace_document(state, std::move(*state.pending_import));
  }
  if (!importing) state.pending_import.reset();
}

}  // namespace sx_app
