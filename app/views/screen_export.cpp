// 导出: the category applied for, the project details the draft prints, a "check your answers"
// list of everything that category needs (what is missing first, each with a link to its field),
// then the downloads.
#include <algorithm>

#include "category_choice.hpp"
#include "fields.hpp"
#include "imgui.h"
#include "links.hpp"
#include "needs.hpp"
#include "picture_button.hpp"
#include "screen_parts.hpp"
#include "screens.hpp"
#include "status.hpp"
#include "sx/message.hpp"
#include "style.hpp"
#include "views.hpp"
#include "widget_log.hpp"
#include "wechat_note.hpp"
#include "widgets.hpp"

namespace sx_app {

namespace {
float field_width() {
  return narrow_layout() ? -1.0f : std::min(ImGui::GetContentRegionAvail().x, scaled(520.0f));
}

void project_fields(AppState& state) {
  subheading("项目信息");
  muted_text("申报书草稿会用到以下内容，未填的在草稿中显示为“（未填）”。");
  for (const auto& field : state.standard->project_fields) {
    profile_field(user_document(state), "project", field, field_width());
    profile_findings(state, "project", field);
  }
}

// A group's title: a heading to screen readers, in the headings' colour, at the body's size.
void group_title(const std::string& text) {
  mark_next_text(TextRole::Heading);
  ImGui::PushStyleColor(ImGuiCol_Text, palette().heading);
  ImGui::TextWrapped("%s", text.c_str());
  ImGui::PopStyleColor();
}

// One row of the check list: the question, its answer in words, and a link to the field that
// answers it (修改, or 去填写 while it is missing). Three columns on a wide screen, stacked on a phone.
void check_row(AppState& state, const Need& need, bool columns) {
  const bool missing = !need.answered();
  const std::string action = missing ? "去填写" : "修改";
  ImGui::PushID(need.field.empty() ? need.label.c_str() : need.field.c_str());
  if (columns) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextWrapped("%s", need.label.c_str());
    ImGui::TableNextColumn();
  } else {
    ImGui::TextWrapped("%s", need.label.c_str());
    ImGui::Indent();
  }
  // On a phone the link beside it is a whole tap target tall: the words sit at its middle.
  if (!columns && narrow_layout()) ImGui::AlignTextToFramePadding();
  if (missing) warning_line(need.started ? "未填完" : "未填");
  else ImGui::TextWrapped("%s", need.answer.c_str());
  if (columns) ImGui::TableNextColumn();
  else same_line_if_fits(ImGui::CalcTextSize(action.c_str()).x);
  if (link(action, "检查 · " + need.label + " · " + action)) {
    if (need.field.empty()) show_screen(state, need.screen);
    else show_field(state, need.screen, need.field);
  }
  if (!columns) {
    ImGui::Unindent();
    ImGui::Spacing();
  }
  ImGui::PopID();
}

// The rows of one group that are (or are not) answered, under the group's title.
void check_group(AppState& state, const NeedGroup& group, bool answered) {
  std::vector<const Need*> rows;
  for (const auto& need : group.needs) {
    if (need.answered() == answered) rows.push_back(&need);
  }
  if (rows.empty()) return;
  ImGui::PushID(group.title.c_str());
  group_title(group.title + "（" + std::to_string(rows.size()) + " 项）");
  // At most ≈ 820 px wide: across a desktop's full width 修改 stood 950 px from its question and
  // the eye lost the row (a newcomer's walk).
  const float width = std::min(ImGui::GetContentRegionAvail().x, scaled(820.0f));
  const bool columns = !narrow_layout() && ImGui::BeginTable("rows", 3, ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_PadOuterX,
                                                             ImVec2(width, 0.0f));
  if (columns) {
    ImGui::TableSetupColumn("question", ImGuiTableColumnFlags_WidthStretch, 0.45f);
    ImGui::TableSetupColumn("answer", ImGuiTableColumnFlags_WidthStretch, 0.45f);
    ImGui::TableSetupColumn("action", ImGuiTableColumnFlags_WidthFixed, ImGui::CalcTextSize("去填写").x);
  }
  for (const Need* need : rows) check_row(state, *need, columns);
  if (columns) ImGui::EndTable();
  ImGui::Spacing();
  ImGui::PopID();
}

// What the evaluation asks to be checked (needs.hpp's check_needs), first: a draft that contradicts
// itself ("40% | 72%（与计算值不一致）") is what a reviewer must not receive.
void findings(AppState& state, const NeedGroup& checks) {
  if (checks.needs.empty()) return;
  ImGui::PushID("findings");
  group_title(checks.title + "（" + std::to_string(checks.needs.size()) + " 处）");
  for (const Need& need : checks.needs) {
    ImGui::PushID(need.field.empty() ? need.label.c_str() : need.field.c_str());
    warning_line(need.label);
    if (!need.field.empty() && link("修改", "检查 · " + need.label + " · 修改")) show_field(state, need.screen, need.field);
    ImGui::Spacing();
    ImGui::PopID();
  }
  ImGui::PopID();
}

// GOV.UK's "check your answers" for the category applied for: what is missing first, then
// everything answered, each with a link back to its field. What a category needs is needs.hpp's.
void check_answers(AppState& state) {
  subheading("检查填写内容");
  const auto declared = state.document().category();
  if (!declared) {
    muted_text("选择申报类别后，这里会列出该类申报书需要的全部内容：哪些还没填，已填的是什么。");
    return;
  }
  const std::vector<NeedGroup> groups = category_needs(state.model, *declared);
  const int missing = missing_count(groups);
  const NeedGroup checks{"须核对", check_needs(state.model)};
  ImGui::PushID("check");
  findings(state, checks);
  if (missing == 0 && checks.needs.empty()) {
    status_line(sx::Tri::True, "所选类别需要的内容均已填写，可以导出。");
  } else if (missing == 0) {
    muted_text("所选类别需要的内容均已填写；请先核对上面的不一致之处，再导出。");
  } else {
    ImGui::TextWrapped("%s", ("所选类别还有 " + std::to_string(missing) + " 项未填。").c_str());
    muted_text("点击“去填写”直接前往；也可以先导出，未填的内容在草稿中留空。");
    ImGui::PushID("missing");
    for (const auto& group : groups) check_group(state, group, false);
    ImGui::PopID();
  }
  ImGui::Spacing();
  subheading("已填写的内容");
  ImGui::PushID("answered");
  for (const auto& group : groups) check_group(state, group, true);
  ImGui::PopID();
  ImGui::PopID();
}

// 导出 Word is the screen's one primary action; the others are secondary.
bool export_button(const char* label, bool primary = false) {
  const float width = narrow_layout() ? -1.0f : 0.0f;
  return primary ? primary_button(label, width) : secondary_button(label, width);
}

// Said under the button that made the file: on a phone the end of the screen is out of sight.
void downloaded(const AppState& state, const std::string& ending) {
  const std::string& file = state.last_download;
  if (!state.download_current()) return;
  if (file.size() < ending.size() || file.compare(file.size() - ending.size(), ending.size(), ending) != 0) return;
  success_text("✓ 已下载“" + file + "”，请在浏览器的“下载”中查看。");
}

void downloads(AppState& state) {
  subheading("导出");
  wechat_download_note(state);
  // The draft and its print are of one category: with none chosen, the choice at the top is asked for.
  const bool declared = state.document().category().has_value();
  const auto ask_category = [&] {
    state.export_wants_category = true;
    show_field(state, "export", "category");
  };
  if (export_button("导出 Word", true)) {
    if (declared) state.requests.download_docx = true;
    else ask_category();
  }
  muted_text("下载申报书草稿（.docx），可在 Word 或 WPS 中继续修改。");
  downloaded(state, ".docx");
  if (export_button("打印 / 另存 PDF")) {
    if (declared) state.requests.print_view = true;
    else ask_category();
  }
  muted_text("打开浏览器的打印页面，可直接打印，或在打印机中选择“另存为 PDF”。");
  if (export_button("保存自评文件（JSON）")) state.requests.download_json = true;
  muted_text("保存全部自评内容，以后可用“打开自评文件”继续填写，或发给同事。");
  downloaded(state, ".json");
  result_picture_button(state);
  ImGui::Spacing();
  muted_text("最终认定由市经信局组织专家评审决定，本自评仅供参考（第十一条）。");
}
}  // namespace

void draw_export(AppState& state) {
  category_choice(state, "export");
  project_fields(state);
  check_answers(state);
  downloads(state);
}

}  // namespace sx_app
