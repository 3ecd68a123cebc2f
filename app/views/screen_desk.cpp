// 审核台 (issue 16): the bureau's desk. Many submitted files at once, one row each with the
// measures' own checks as flags, sorted by a header click and filtered; the row clicked opens its
// details and the reviewer's decision under the table. A plain function over AppState, drawn in
// place of the assessment's screens while the desk is open.
#include <algorithm>
#include <string>
#include <vector>

#include "desk_views.hpp"
#include "screens.hpp"
#include "imgui.h"
#include "screen_parts.hpp"
#include "style.hpp"
#include "table_columns.hpp"
#include "views.hpp"
#include "widget_log.hpp"
#include "widgets.hpp"

namespace sx_app {

namespace {

// The table's columns: every column of the summary but the long ones, which the details show,
// with what a reviewer decides on first — the declared category, the score, the flags and the
// decision — beside the enterprise, and its code, district and type after the verdicts (a
// newcomer on a desktop never found the flags and decisions, a wide scroll to the right).
std::vector<sx_review::ColumnRef> shown_columns(const sx::Standard& standard) {
  using sx_review::Column;
  std::vector<sx_review::ColumnRef> columns = sx_review::table_columns(standard);
  columns.erase(std::remove_if(columns.begin(), columns.end(), [](const sx_review::ColumnRef& c) {
    return c.column == Column::FlagDetails || c.column == Column::Comment || c.column == Column::Error;
  }), columns.end());
  return sx_review::decision_first(std::move(columns));
}

void open_buttons(AppState& state) {
  if (primary_button("打开自评文件（可多选）##desk.open")) state.requests.desk_pick_files = true;
  if (!narrow_layout()) ImGui::SameLine();
  if (secondary_button("打开文件夹##desk.folder")) state.requests.desk_pick_folder = true;
  if (!narrow_layout()) ImGui::SameLine();
  if (secondary_button("打开审核文件##desk.open_review")) state.requests.desk_pick_review = true;
  // Short enough to keep its lines on a phone: the table starts where it did.
  muted_text("企业提交的自评文件（.json 或导出的 Word）。也可以把文件或文件夹拖到本页面上。");
  for (const auto& problem : state.desk.file_problems) ImGui::TextWrapped("%s", problem.c_str());
  if (!state.desk.save_problem.empty()) ImGui::TextWrapped("%s", state.desk.save_problem.c_str());
}

void reading_progress(const DeskState& desk) {
  if (!desk_reading(desk)) return;
  const std::string text = desk_reading_text(desk);
  ImGui::ProgressBar(static_cast<float>(desk.reading_done) / static_cast<float>(desk.reading_total),
                     ImVec2(-1.0f, 0.0f), text.c_str());
  note_last_item(text.c_str());
}

// One line a bureau would put in its report: how many files, how many meet each category, flags.
void summary(const DeskState& desk) {
  const sx_review::Review& review = *desk.review;
  const auto& rows = review.rows();
  int unreadable = 0, flagged = 0, inconsistent = 0;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    // A copy of an earlier file was read; it is counted once, not as unreadable.
    if (!rows[i].readable && !review.submissions()[i].same_as) ++unreadable;
    if (!rows[i].flags.empty()) ++flagged;
    if (!rows[i].findings.empty()) ++inconsistent;
  }
  std::string line = "共 " + std::to_string(rows.size()) + " 份文件";
  if (unreadable > 0) line += "（其中 " + std::to_string(unreadable) + " 份无法读取）";
  for (const auto& category : review.standard().categories) {
    int meets = 0, questioned = 0;
    for (const auto& row : rows) {
      if (row.verdict(category.id) != sx::Tri::True) continue;
      ++(row.verdicts_questioned(review.standard()) ? questioned : meets);
    }
    line += "；符合" + category.title + " " + std::to_string(meets) + " 份";
    if (questioned > 0) line += "（另 " + std::to_string(questioned) + " 份自评符合但须核查）";
  }
  line += "；有须核查标记的 " + std::to_string(flagged) + " 份";
  // Said apart from the flags: not a rule of the measures, the file against itself.
  if (inconsistent > 0) line += "；填报数据前后不一致、须核对的 " + std::to_string(inconsistent) + " 份";
  line += "。";
  ImGui::TextWrapped("%s", line.c_str());
}

}  // namespace

void desk_viewing(AppState& state) {
  DeskViewing& viewing = *state.desk.viewing;
  AppState& shown = *viewing.state;
  const sx_review::ReviewRow& row = state.desk.review->row(viewing.row);
  heading(row.enterprise.empty() ? row.file : row.enterprise);
  status_tag("只读", Tag::Info);
  ImGui::SameLine();
  muted_text(row.file + " 中的自评，在此不能修改。");
  if (secondary_button("← 返回审核台##desk.view.back")) {
    desk_close_row(state);
    return;
  }
  // Its screens as a row of tabs (a column on a phone).
  for (const std::string& id : desk_viewing_screens()) {
    const Screen* screen = find_screen(id);
    if (screen == nullptr) continue;
    const std::string label = std::string(id == viewing.screen ? "● " : "") + screen->title + "##desk.view." + id;
    if (!narrow_layout() && id != desk_viewing_screens().front()) ImGui::SameLine();
    if (secondary_button(label)) {
      viewing.screen = id;
      show_screen(shown, id);
      state.scroll_to = 0.0f;
    }
  }
  ImGui::Separator();
  // Nothing in a submitted file is edited here: every control is disabled, its words at full
  // contrast, its fields and buttons flat on a tint (white fields looked as if they took typing).
  const float alpha = ImGui::GetStyle().Alpha;
  const Palette& colours = palette();
  ImGui::BeginDisabled();
  ImGui::PushStyleVar(ImGuiStyleVar_Alpha, alpha);
  for (const ImGuiCol col : {ImGuiCol_FrameBg, ImGuiCol_FrameBgHovered, ImGuiCol_FrameBgActive, ImGuiCol_Button,
                             ImGuiCol_ButtonHovered, ImGuiCol_ButtonActive}) {
    ImGui::PushStyleColor(col, colours.result_bg);
  }
  if (const Screen* screen = find_screen(viewing.screen)) {
    subheading(screen->title);
    screen->draw(shown);
  }
  ImGui::PopStyleColor(6);
  ImGui::PopStyleVar();
  ImGui::EndDisabled();
  shown.model.release_stale_evaluations();
}

void draw_desk(AppState& state) {
  DeskState& desk = state.desk;
  if (desk.viewing) {
    desk_viewing(state);
    return;
  }
  heading("审核台");
  muted_text("供区、县（市）经信局初审（第十条）和市经信局审核（第十一条）使用：一次打开多家企业的自评文件，"
             "查看各企业符合哪一类、哪些文件须核查。文件只在本浏览器中读取，不会上传；企业自己的自评不受影响。");
  if (secondary_button("← 返回企业自评##desk.back")) {
    desk.open = false;
    state.scroll_to = 0.0f;
    return;
  }
  ImGui::Spacing();
  open_buttons(state);
  reading_progress(desk);
  if (!desk.review || desk.review->size() == 0) {
    desk_revoked(state);
    return;
  }

  ImGui::Spacing();
  summary(desk);
  desk_filters(state);
  // On a phone what goes out comes above the rows it takes (the filtered table): below a thousand
  // rows it was 70 swipes down. A desktop's table scrolls in its own box.
  if (narrow_layout()) desk_exports(state);
  const std::vector<std::size_t>& order = desk_order(desk);
  const std::vector<sx_review::ColumnRef> columns = shown_columns(desk.review->standard());
  // The details are of a row the table shows: one a filter has hidden closes with it. On a phone
  // they come above the table (below it, they were hundreds of rows away), on a desktop under its box.
  const bool details = desk.selected && std::find(order.begin(), order.end(), *desk.selected) != order.end();
  if (details && narrow_layout()) desk_details(state, *desk.selected);
  desk_table(state, order, columns);
  if (details && !narrow_layout()) desk_details(state, *desk.selected);
  desk_charts(state, order);
  desk_revoked(state);
  if (!narrow_layout()) desk_exports(state);
}

}  // namespace sx_app
