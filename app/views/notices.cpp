#include <algorithm>
#include <cmath>

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

// A modal dialog centred on the screen, at most `width` wide.
bool begin_dialog(const char* id, float width) {
  const ImGuiIO& io = ImGui::GetIO();
  ImGui::SetNextWindowSize(ImVec2(std::min(io.DisplaySize.x - 20.0f, width), 0));
  ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x * 0.5f, io.DisplaySize.y * 0.5f), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
  // No scrollbar of its own: one that came and went would rewrap the text, resize the dialog and
  // move the buttons on alternate frames. A text too tall scrolls in its box (dialog_text).
  return ImGui::BeginPopupModal(id, nullptr, ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoScrollbar);
}

// The dialog's text. A dialog never grows past the screen: a text taller than the room left above
// `below` (the buttons' height) scrolls in its own box, and the buttons stay in view and clickable.
void dialog_text(const std::string& text, float below) {
  const ImGuiStyle& style = ImGui::GetStyle();
  const float used = ImGui::GetCursorScreenPos().y - ImGui::GetWindowPos().y;
  const float room = ImGui::GetIO().DisplaySize.y * 0.9f - used - below - style.ItemSpacing.y - style.WindowPadding.y;
  const float wrap = ImGui::GetContentRegionAvail().x;
  const float height = ImGui::CalcTextSize(text.c_str(), nullptr, false, wrap).y;
  if (height <= room) {
    ImGui::TextWrapped("%s", text.c_str());
    return;
  }
  ImGui::BeginChild("dialog.text", ImVec2(0, std::max(room, ImGui::GetFontSize() * 3.0f)), false);
  ImGui::TextWrapped("%s", text.c_str());
  ImGui::EndChild();
}

bool confirm_dialog(const char* id, bool& open, const std::string& text, const char* confirm) {
  bool confirmed = false;
  if (open && !ImGui::IsPopupOpen(id)) ImGui::OpenPopup(id);
  if (begin_dialog(id, scaled(460.0f))) {  // wider with the text size
    const bool escape = ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape));
    dialog_text(text, ImGui::GetFrameHeight());
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
  text += "\n\n认定条件、基础数据和五种新模式的自评不受影响。切换后可点击" + toolbar_action("撤销") + "恢复。";
  bool open = true;
  if (confirm_dialog("切换企业类型", open, text, "确定切换")) {
    report(state, state.model.set_type(preview.to));
    state.edits = FieldEdits{};
  }
  if (!open) state.type_switch.preview.reset();
}

// Another tab saved a different version: the user chooses, nothing is dropped unasked. No
// cancel: autosave waits for the answer, and closing the dialog would leave it waiting unseen.
void draw_tab_conflict(AppState& state) {
  const char* id = "另一个标签页修改了这份自评";
  if (!state.tab_conflict.open) return;
  if (!ImGui::IsPopupOpen(id)) ImGui::OpenPopup(id);
  if (!begin_dialog(id, scaled(560.0f))) return;
  std::string text =
      "这份自评还在另一个标签页（或窗口）中打开，那里保存了与本页不同的内容。"
      "请选择保留哪一份，之后各标签页都将显示所选的内容。";
  const auto& differences = state.tab_conflict.differences;
  constexpr std::size_t kShown = 8;
  if (!differences.empty()) {
    std::vector<std::string> shown(differences.begin(),
                                   differences.begin() + static_cast<long>(std::min(kShown, differences.size())));
    text += "\n\n两份不同之处：\n" + sx::join(shown, "\n");
    if (differences.size() > kShown) text += "\n……另有 " + std::to_string(differences.size() - kShown) + " 处";
  }
  text += "\n\n未选的一份不会丢失：在显示所选内容的标签页中点击" + toolbar_action("撤销") + "即可找回。";
  const char* keep = "保留本页的内容";
  const ImVec2 tap_size(0.0f, std::max(ImGui::GetFrameHeight(), scaled(44.0f)));  // ≥ 44 CSS px on a phone
  dialog_text(text, 2.0f * tap_size.y + ImGui::GetStyle().ItemSpacing.y);  // the buttons may stack
  if (ImGui::Button("采用另一页的内容", tap_size)) state.requests.adopt_other_tab = true;
  // Side by side when both fit (a phone at large text stacks them).
  const ImGuiStyle& style = ImGui::GetStyle();
  const float keep_width = ImGui::CalcTextSize(keep).x + style.FramePadding.x * 2.0f;
  if (ImGui::GetItemRectMax().x + style.ItemSpacing.x + keep_width <= ImGui::GetWindowContentRegionMax().x + ImGui::GetWindowPos().x) {
    ImGui::SameLine();
  }
  if (ImGui::Button(keep, tap_size)) state.requests.keep_this_tab = true;
  if (state.requests.adopt_other_tab || state.requests.keep_this_tab) {
    state.tab_conflict.open = false;
    ImGui::CloseCurrentPopup();
  }
  ImGui::EndPopup();
}

// The box's height for its text at this width, so that it fits its text (a child window cannot
// size itself to its content in ImGui 1.86). The dismiss button's height is the last one drawn.
float notice_height(const Notice& notice, float button_height) {
  const ImGuiStyle& style = ImGui::GetStyle();
  const float wrap = ImGui::GetContentRegionAvail().x - 2.0f * style.WindowPadding.x;
  float height = 2.0f * style.WindowPadding.y + button_height;
  height += ImGui::CalcTextSize(notice.title.c_str(), nullptr, false, wrap).y + style.ItemSpacing.y;
  for (const auto& line : notice.lines) {
    height += ImGui::CalcTextSize(line.c_str(), nullptr, false, wrap).y + style.ItemSpacing.y;
  }
  return std::ceil(height);
}
}  // namespace

void draw_notices(AppState& state) {
  static float button_height = 0.0f;
  if (button_height <= 0.0f) button_height = ImGui::GetFrameHeight();
  for (std::size_t i = 0; i < state.notices.size(); ++i) {
    const Notice& notice = state.notices[i];
    ImGui::PushID(notice.key.c_str());
    ImGui::PushStyleColor(ImGuiCol_ChildBg, colour(notice.level));
    ImGui::BeginChild("notice", ImVec2(0, notice_height(notice, button_height)), true,
                      ImGuiWindowFlags_NoScrollbar);
    ImGui::TextWrapped("%s", notice.title.c_str());
    for (const auto& line : notice.lines) ImGui::TextWrapped("%s", line.c_str());
    const bool dismiss = secondary_button("知道了");  // a tap target, as every button (44 px)
    button_height = ImGui::GetItemRectSize().y;
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
    if (begin_dialog(id, scaled(640.0f))) {
      ImGui::TextWrapped("%s", state.modal->title.c_str());
      ImGui::Separator();
      dialog_text(sx::join(state.modal->lines, "\n"), ImGui::GetFrameHeight());
      if (ImGui::Button("关闭") || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) {
        state.modal.reset();
        ImGui::CloseCurrentPopup();
      }
      ImGui::EndPopup();
    }
  }
  if (confirm_dialog("新建自评", state.confirm_new,
                     "新建将清空当前自评的全部内容（包括浏览器中自动保存的这一份）。关闭页面前可点击" +
                         toolbar_action("撤销") + "找回，之后就找不回了；如需保留，请先点击" +
                         toolbar_action("保存文件") + "。确定新建吗？",
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
    open_document(state, state.pending_import_name, std::move(*state.pending_import));
  }
  if (!importing) state.pending_import.reset();
  draw_type_switch(state);
  draw_tab_conflict(state);
}

}  // namespace sx_app
