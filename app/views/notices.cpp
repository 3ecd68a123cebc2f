#include <algorithm>

#include "imgui.h"
#include "style.hpp"
#include "sx/text.hpp"
#include "views.hpp"
#include "widgets.hpp"

namespace sx_app {

namespace {
ImVec4 colour(NoticeLevel level) {
  switch (level) {
    case NoticeLevel::Error: return palette().notice_error;
    case NoticeLevel::Warning: return palette().notice_warning;
    default: return palette().notice_info;
  }
}

bool confirm_dialog(const char* id, bool& open, const std::string& text, const char* confirm) {
  bool confirmed = false;
  if (open && !ImGui::IsPopupOpen(id)) ImGui::OpenPopup(id);
  ImGui::SetNextWindowSize(ImVec2(std::min(ImGui::GetIO().DisplaySize.x - 20.0f, scaled(460.0f)), 0));  // wider with the text size
  if (ImGui::BeginPopupModal(id, nullptr, ImGuiWindowFlags_NoResize)) {
    const bool escape = ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape));
    ImGui::TextWrapped("%s", text.c_str());
    // Each confirmation here replaces or clears work: the button says so in red (GOV.UK's warning button).
    if (destructive_button(confirm)) {
      confirmed = true;
      open = false;
      ImGui::CloseCurrentPopup();
    }
    ImGui::SameLine();
    if (secondary_button("取消") || escape) {
      open = false;
      ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
  }
  return confirmed;
}

// 离散型 ↔ 流程型: what carries over and what goes, before it happens (the switch is undoable).
void draw_type_switch(AppState& state) {
  if (!state.type_switch.preview) return;
  const TypeSwitchPreview& preview = *state.type_switch.preview;
  const sx::Table* to = state.standard->table(preview.to);
  std::string text = "改为" + to->label + "后将使用" + to->number + "评分。";
  if (!preview.kept.empty()) text += "\n\n两表含义相同、将保留的答案：\n" + sx::join(preview.kept, "\n");
  if (!preview.dropped.empty()) text += "\n\n" + to->number + "中没有、将清除的答案：\n" + sx::join(preview.dropped, "\n");
  if (!preview.metrics_kept.empty()) {
    text += "\n\n已填的指标数值全部保留，" + to->number + "中用到的有：\n" + sx::join(preview.metrics_kept, "\n");
  }
  text += "\n\n认定条件、基础数据和五种新模式的自评不受影响。切换后可点击“撤销”恢复。";
  bool open = true;
  if (confirm_dialog("切换企业类型", open, text, "确定切换")) {
    report(state, state.model.set_type(preview.to));
    state.edits = FieldEdits{};
  }
  if (!open) state.type_switch.preview.reset();
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
    ImGui::SetNextWindowSize(ImVec2(std::min(ImGui::GetIO().DisplaySize.x - 20.0f, scaled(640.0f)), 0));
    if (ImGui::BeginPopupModal(id, nullptr, ImGuiWindowFlags_NoResize)) {
      ImGui::TextWrapped("%s", state.modal->title.c_str());
      ImGui::Separator();
      for (const auto& line : state.modal->lines) ImGui::TextWrapped("%s", line.c_str());
      if (ImGui::Button("关闭") || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) {
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
  std::string question = "打开“" + state.pending_import_name + "”将替换当前自评。确定吗？";
  if (state.pending_import_from) {
    question = "“" + state.pending_import_name + "”是旧版工具保存的（格式版本 " +
               std::to_string(*state.pending_import_from) + "），打开时将升级为当前格式（版本 " +
               std::to_string(sx::kFormatVersion) + "），内容全部保留。\n\n" + question;
  }
  if (confirm_dialog("打开自评文件", importing, question, "替换")) {
    replace_document(state, std::move(*state.pending_import));
  }
  if (!importing) state.pending_import.reset();
  draw_type_switch(state);
}

}  // namespace sx_app
