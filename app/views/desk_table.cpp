// 审核台's filters, table, row details and exports (desk_views.hpp).
#include <algorithm>
#include <string>
#include <vector>

#include "desk_views.hpp"
#include "imgui.h"
#include "imgui_internal.h"
#include "noted_table.hpp"
#include "paragraph_field.hpp"
#include "scroll_anchor.hpp"
#include "status.hpp"
#include "submission.hpp"
#include "table_order.hpp"
#include "views.hpp"
#include "widget_log.hpp"
#include "wechat_note.hpp"
#include "wheel_chain.hpp"
#include "widgets.hpp"

namespace sx_app {

namespace {

// One choice of a filter: its words, and what the filter then holds (nullopt: every row passes).
struct FilterOption {
  std::string label;
  std::optional<std::string> key;
};

// A combo over `options`; a new choice sets `filter` to its key. True when the choice changed.
bool filter_combo(const char* caption, const char* label, int& choice, const std::vector<FilterOption>& options,
                  std::optional<std::string>& filter, float width, bool name_choice = false) {
  // Its caption above it: what a sighted user reads first and a screen reader announces. On a
  // phone the combo's own words (全部申报类别) say it, and the caption is the mirror's alone: drawn
  // there, it left the table's columns fitted to nothing (not yet understood).
  const bool grouped = !narrow_layout();
  if (grouped) {
    ImGui::BeginGroup();
    muted_text(caption);
  } else {
    note_hidden_text(caption);
  }
  ImGui::SetNextItemWidth(width);
  bool changed = false;
  // On a phone a choice names its filter too: 越城区 alone did not say which list it came from
  // (申报智能工厂 and 标记：… say it in their own words).
  std::string shown = options[static_cast<std::size_t>(choice)].label;
  if (!grouped && choice > 0 && name_choice) shown = std::string(caption) + "：" + shown;
  if (ImGui::BeginCombo(label, shown.c_str())) {
    for (int i = 0; i < static_cast<int>(options.size()); ++i) {
      const std::string& words = options[static_cast<std::size_t>(i)].label;
      const ImVec2 size(0.0f, narrow_layout() ? ImGui::GetFrameHeight() : 0.0f);
      if (ImGui::Selectable(words.c_str(), i == choice, 0, size)) {
        changed = i != choice;
        choice = i;
      }
      note_last_item(words.c_str(), i == choice ? 1 : 0);
      note_last_role(Role::Option);
    }
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) ImGui::CloseCurrentPopup();
    ImGui::EndCombo();
  }
  note_last_item(label);
  note_last_role(Role::Combobox);
  note_last_value(shown);
  if (grouped) ImGui::EndGroup();
  if (changed) filter = options[static_cast<std::size_t>(choice)].key;
  return changed;
}

// Why a file gave no row of its own, in a few words for the table (the details say it in full).
// A repeat names the file it repeats: sorted, that file may be listed below it, and “前面的” was wrong.
std::string problem_in_short(const sx_review::Submission& submission, const std::vector<sx_review::Submission>& all) {
  switch (submission.problem) {
    case sx_review::Problem::TooLarge: return "（文件过大，未读取）";
    case sx_review::Problem::Invalid: return "（不是有效的自评文件）";
    case sx_review::Problem::SameAsEarlier: {
      const std::string earlier = submission.same_as && *submission.same_as < all.size()
                                      ? "“" + all[*submission.same_as].file + "”"
                                      : "另一个文件";
      return submission.same_assessment_only ? "（与" + earlier + "是同一份申报）" : "（与" + earlier + "完全相同）";
    }
    case sx_review::Problem::OutOfMemory: return "（内存不足，未能读取）";
    case sx_review::Problem::Unreadable: return "（无法读取）";
    case sx_review::Problem::None: break;
  }
  return "";
}

// A search or filter changed what the table shows: its order again, from its first row.
void refilter(DeskState& desk) {
  desk.order_stale = true;
  desk.table_to_top = true;
}

float filter_width() { return narrow_layout() ? -1.0f : ImGui::GetFontSize() * 11.0f; }

void next_filter() {
  if (!narrow_layout()) ImGui::SameLine();
}

}  // namespace

void desk_filters(AppState& state) {
  DeskState& desk = state.desk;
  const sx::Standard& standard = desk.review->standard();
  ImGui::Spacing();
  if (search_field("查找企业名称、信用代码或文件名##desk.search", desk.filter.search,
                   narrow_layout() ? -1.0f : ImGui::GetFontSize() * 16.0f)) {
    refilter(desk);
  }

  std::vector<FilterOption> districts = {{"全部区、县（市）", std::nullopt}};
  for (const auto& district : standard.districts) districts.push_back({district.label, district.key});
  if (filter_combo("所在区、县（市）", "##desk.district", desk.district_choice, districts, desk.filter.district, filter_width(),
                   true)) {
    refilter(desk);
  }
  next_filter();
  std::vector<FilterOption> categories = {{"全部申报类别", std::nullopt}};
  for (const auto& category : standard.categories) categories.push_back({"申报" + category.title, category.id});
  if (filter_combo("申报类别", "##desk.category", desk.category_choice, categories, desk.filter.category, filter_width())) {
    refilter(desk);
  }
  next_filter();
  // "" lets through the rows with no flag at all (table_order.hpp).
  std::vector<FilterOption> flags = {{"全部标记", std::nullopt}, {"无任何标记", std::string()}};
  for (const auto& flag : standard.review.flags) flags.push_back({"标记：" + flag.label, flag.code});
  if (filter_combo("审核标记", "##desk.flag", desk.flag_choice, flags, desk.filter.flag, filter_width())) {
    refilter(desk);
  }
}

void desk_table(AppState& state, const std::vector<std::size_t>& order,
                const std::vector<sx_review::ColumnRef>& columns) {
  DeskState& desk = state.desk;
  const sx::Standard& standard = desk.review->standard();
  const auto& rows = desk.review->rows();
  // A filter that lets nothing through says so, and how to undo it (an empty table said nothing).
  if (order.empty() && !rows.empty()) {
    warning_line("没有符合当前查找和筛选条件的文件。请清空查找框，或把筛选改回“全部”。");
  }
  // The table is wider than a screen, and its sideways scroll bar is at its foot: said here.
  muted_text("显示 " + std::to_string(order.size()) + " 份。点击列标题排序，点击一行查看标记的说明并填写审核意见。" +
             (narrow_layout() ? "左右滑动表格可看其余各列。" : "表格较宽，按住 Shift 滚动鼠标滚轮可左右移动。"));
  // On a phone the table scrolls only sideways and is as tall as its rows: one that scrolled down
  // too would take every swipe on it, and it fills the screen there, so the page could not be
  // swiped past it.
  const bool own_scroll = !narrow_layout();
  const ImGuiTableFlags flags = ImGuiTableFlags_Sortable | ImGuiTableFlags_RowBg | ImGuiTableFlags_Borders |
                                ImGuiTableFlags_Resizable | ImGuiTableFlags_ScrollX |
                                (own_scroll ? ImGuiTableFlags_ScrollY : 0) | ImGuiTableFlags_SizingFixedFit;
  // As tall as its rows (up to fourteen, then it scrolls), a header and a scroll bar.
  const ImGuiStyle& style = ImGui::GetStyle();
  float row_height = (narrow_layout() ? kTapTarget : ImGui::GetTextLineHeight()) + style.CellPadding.y * 2.0f;
  // As tall as ImGui drew the rows last (the clipper measures them): a phone's table must hold them all.
  if (!own_scroll && desk.row_height_seen > row_height) row_height = desk.row_height_seen;
  const std::size_t rows_high = std::max<std::size_t>(order.size(), 1);
  const float shown_rows = static_cast<float>(own_scroll ? std::min<std::size_t>(rows_high, 14) : rows_high);
  // Some room to spare: a table that can scroll takes the wheel from the page while hovered.
  // On a phone the rows are as tall as last measured (row_height_seen), so the same spare holds
  // the header and keeps the table from scrolling down, without blank rows below the last.
  const float spare = 1.5f;
  const float height = row_height * (shown_rows + spare) + style.ScrollbarSize + style.CellPadding.y * 2.0f;
  // Begun below the fold too: a screen reader finds the table and its header before it is in view.
  pass_wheel_at_table_end("desk.table");
  if (!begin_table_kept("desk.table", static_cast<int>(columns.size()), flags, ImVec2(0.0f, height),
                        row_height * 2.0f + style.ScrollbarSize)) {
    return;
  }
  // Columns fit their text when the rows change (ImGui fits them once, to the rows it drew then),
  // and when the font gains characters: after a reload they were fitted before the names' and
  // the headers' characters had come, and 总分 showed as 总.
  const int glyphs = ImGui::GetFont()->Glyphs.Size;
  if (desk.fitted_rows != rows.size() || desk.fitted_glyphs != glyphs) {
    ImGui::TableSetColumnWidthAutoAll(ImGui::GetCurrentTable());
    desk.fitted_rows = rows.size();
    desk.fitted_glyphs = glyphs;
  }
  // A filter or search changed what is shown: its first rows, not the place the old rows were at.
  if (desk.table_to_top) {
    ImGui::SetScrollY(0.0f);
    desk.table_to_top = false;
  }
  note_table("申报文件一览", static_cast<int>(order.size()));
  // The file and the enterprise stay in view while the wide table scrolls sideways (shift+wheel,
  // a trackpad, a swipe); on a phone the file alone, or nothing would be left to scroll.
  ImGui::TableSetupScrollFreeze(narrow_layout() ? 1 : 2, 1);
  for (const auto& column : columns) {
    const std::string title = sx_review::column_title(standard, column);
    ImGui::TableSetupColumn(title.c_str(), column.column == sx_review::Column::File ? ImGuiTableColumnFlags_DefaultSort : 0);
  }
  // The headers sort the table: on a phone, tap targets as tall as any (ux.md).
  ImGui::TableNextRow(ImGuiTableRowFlags_Headers, narrow_layout() ? kTapTarget : 0.0f);
  for (int c = 0; c < static_cast<int>(columns.size()); ++c) {
    ImGui::TableSetColumnIndex(c);
    ImGui::TableHeader(ImGui::TableGetColumnName(c));
    const std::string title = ImGui::TableGetColumnName(c);
    note_last_item((title + "##desk.sort." + title).c_str());
  }
  if (desk.sort_to_table) {  // the sort of the last visit: the header's arrow says it
    for (std::size_t c = 0; c < columns.size(); ++c) {
      if (!(columns[c] == desk.sort.by)) continue;
      ImGui::TableSetColumnSortDirection(static_cast<int>(c), desk.sort.descending ? ImGuiSortDirection_Descending
                                                                                    : ImGuiSortDirection_Ascending, false);
    }
    desk.sort_to_table = false;
  }
  if (ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs(); specs != nullptr && specs->SpecsDirty) {
    if (specs->SpecsCount > 0) {
      const ImGuiTableColumnSortSpecs& spec = specs->Specs[0];
      desk.sort = {columns[static_cast<std::size_t>(spec.ColumnIndex)],
                   spec.SortDirection == ImGuiSortDirection_Descending};
      desk.sorted = true;
      desk.order_stale = true;
    }
    specs->SpecsDirty = false;
  }
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(order.size()));
  while (clipper.Step()) {
    for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
      const std::size_t index = order[static_cast<std::size_t>(i)];
      const sx_review::ReviewRow& row = rows[index];
      note_table_row(i + 1);
      ImGui::TableNextRow();
      for (std::size_t c = 0; c < columns.size(); ++c) {
        ImGui::TableSetColumnIndex(static_cast<int>(c));
        // On a phone a row is a 44 px tap target: every cell's text sits in its middle, as the
        // first cell's does (a Selectable centres its label: style.SelectableTextAlign).
        if (narrow_layout() && c > 0) {
          ImGui::SetCursorPosY(ImGui::GetCursorPosY() + (kTapTarget - ImGui::GetTextLineHeight()) * 0.5f);
        }
        std::string text = sx_review::cell_text(standard, row, columns[c]);
        // A file that gave no assessment says so where the enterprise's name would be.
        if (!row.readable && columns[c].column == sx_review::Column::Enterprise) {
          text = problem_in_short(desk.review->submissions()[index], desk.review->submissions());
        }
        if (c == 0) {
          // The first cell selects the row; its label is the file, its id the row's index.
          const std::string label = text + "##desk.row." + std::to_string(index);
          const ImVec2 size(0.0f, narrow_layout() ? kTapTarget : 0.0f);
          if (ImGui::Selectable(label.c_str(), desk.selected == index, ImGuiSelectableFlags_SpanAllColumns, size)) {
            desk.selected = index;
            desk.reveal_details = true;
            desk.clicked_row_y = ImGui::GetItemRectMin().y;
          }
          note_last_item(label.c_str());
        } else {
          ImGui::TextUnformatted(text.c_str());
        }
      }
    }
  }
  if (clipper.ItemsHeight > 0.0f) desk.row_height_seen = clipper.ItemsHeight;
  ImGui::EndTable();
}

void desk_details(AppState& state, std::size_t index) {
  DeskState& desk = state.desk;
  const sx_review::ReviewRow& row = desk.review->row(index);
  ImGui::Spacing();
  // A phone's details are above its table, which may be hundreds of rows long: a tap on a row
  // brings them into view (they were below them all). A desktop's are below the table, often
  // below the fold (a newcomer's click seemed to do nothing): see reveal_decision below.
  // (What was pressed moves with the page: not put back where the pointer was.)
  const bool reveal = desk.reveal_details;
  desk.reveal_details = false;
  if (reveal) {
    if (narrow_layout()) ImGui::SetScrollHereY(0.0f);
    let_go_of_anchor();
  }
  subheading(row.enterprise.empty() ? row.file : row.enterprise + "（" + row.file + "）");
  if (!row.readable) {
    ImGui::TextWrapped("此文件无法作为自评文件读取：%s", row.error_zh.c_str());
    muted_text("请企业重新导出自评文件（在本工具“导出”中点击“保存自评文件”）后再提交。");
  } else if (row.flags.empty()) {
    status_tag("无须核查的标记", Tag::Done);
  } else {
    for (const auto& flag : row.flags) {
      const sx::ReviewFlag* rule = desk.review->standard().review.flag(flag.code);
      status_tag(rule != nullptr ? rule->label : flag.code, Tag::Fail);
      ImGui::SameLine();
      ImGui::TextWrapped("%s", flag.explanation.c_str());
    }
  }
  // The file's answers against each other (a reported rate its own figures do not give): the
  // verdicts above take what the enterprise reported, so the reviewer is told to check.
  if (row.readable && !row.findings.empty()) {
    status_tag("填报数据须核对", Tag::Pending);
    muted_text("认定结果按企业填报的值判断；以下数据前后不一致，请核对证明材料：");
    for (const auto& finding : row.findings) ImGui::BulletText("%s", finding.c_str());
  }
  if (row.readable && secondary_button("查看自评内容（只读）##desk.view")) {
    desk_open_row(state, index);
    return;
  }
  ImGui::Spacing();
  ImGui::TextUnformatted("审核结论");
  const sx_review::Decision decisions[] = {sx_review::Decision::Recommend, sx_review::Decision::NotRecommend,
                                           sx_review::Decision::Pending};
  for (const auto decision : decisions) {
    const std::string label = std::string(sx_review::decision_zh(decision)) + "##desk.decision." +
                              sx_review::decision_id(decision);
    if (radio(label.c_str(), row.decision == decision)) desk_decide(desk, index, decision);
    if (!narrow_layout()) ImGui::SameLine();
  }
  ImGui::NewLine();
  // On a desktop the page goes down just far enough for the decision to show, and never so far
  // that the row clicked leaves the view (brought a third of the way down, the details hid the
  // row they were of: a second newcomer lost which file was open).
  if (reveal && !narrow_layout()) {
    ImGuiWindow* page = ImGui::GetCurrentWindow();
    const ImRect& view = page->InnerClipRect;
    const float margin = ImGui::GetFrameHeightWithSpacing();
    const float to_decision = ImGui::GetCursorScreenPos().y + margin - view.Max.y;
    const float to_row = desk.clicked_row_y - view.Min.y - margin;
    const float by = std::min(to_decision, std::max(0.0f, to_row));
    if (by > 0.0f) ImGui::SetScrollY(page, page->Scroll.y + by);
  }
  // Its words above it: a field as wide as the page has no room for ImGui's label beside it.
  std::string comment = row.comment;
  ImGui::TextUnformatted("审核意见（可不填）");
  if (text_field("审核意见（可不填）##desk.comment", comment)) desk_comment(desk, index, comment);
}

void desk_revoked(AppState& state) {
  DeskState& desk = state.desk;
  ImGui::Spacing();
  if (!ImGui::CollapsingHeader("撤销名单（第十四条）##desk.revoked", tap_tree_flags())) return;
  note_last_item("撤销名单（第十四条）##desk.revoked");
  muted_text("第十四条：三年内被撤销称号的企业不得申报。导入被撤销企业的名单（Excel、CSV 或文本，每行一个信用代码，"
             "可在代码后写撤销年份），名单上的企业会标记出来。");
  if (desk.revoked_codes > 0) {
    status_tag("已导入 " + std::to_string(desk.revoked_codes) + " 个代码（" + desk.revoked_from + "）", Tag::Done);
  }
  for (const auto& problem : desk.revoked_problems) ImGui::TextWrapped("%s", problem.c_str());
  if (!desk.revoked_problems.empty()) muted_text("名单有误，未导入。请改正后重新导入。");
  if (secondary_button("导入名单文件##desk.revoked.open")) state.requests.desk_pick_revoked = true;
  ImGui::TextUnformatted("或粘贴名单：");
  paragraph_field("或粘贴名单##desk.revoked.paste", desk.revoked_paste, -1.0f, 3);
  if (secondary_button("使用粘贴的名单##desk.revoked.use") && !desk.revoked_paste.empty()) {
    desk_set_revoked(desk, *state.standard, desk.year, "粘贴的名单", desk.revoked_paste);
  }
}

void desk_exports(AppState& state) {
  DeskState& desk = state.desk;
  ImGui::Spacing();
  wechat_download_note(state);
  if (primary_button("导出申报汇总表（Excel）##desk.xlsx")) state.requests.desk_download_xlsx = true;
  if (!narrow_layout()) ImGui::SameLine();
  if (secondary_button("导出 CSV##desk.csv")) state.requests.desk_download_csv = true;
  if (!narrow_layout()) ImGui::SameLine();
  if (secondary_button("导出审核情况表（Word）##desk.sheet")) state.requests.desk_download_sheet = true;
  if (!narrow_layout()) ImGui::SameLine();
  if (secondary_button("保存审核文件##desk.save")) state.requests.desk_download_review = true;
  if (!narrow_layout()) ImGui::SameLine();
  if (!desk.confirm_clear && destructive_button("清空本批文件##desk.clear")) desk.confirm_clear = true;
  if (desk.confirm_clear) {
    // Files, decisions and comments all go, and no 撤销 brings them back: asked first.
    ImGui::NewLine();
    ImGui::TextWrapped("清空后，本批 %zu 份文件和全部审核意见都将删除，无法撤销。如需保留，请先“保存审核文件”。",
                       desk.review->size());
    if (destructive_button("确定清空##desk.clear.confirm")) {
      desk_clear(desk);
      desk.confirm_clear = false;
    }
    if (!narrow_layout()) ImGui::SameLine();
    if (secondary_button("取消##desk.clear.cancel")) desk.confirm_clear = false;
  }
  muted_text("汇总表含当前筛选和排序下显示的各行；CSV 含全部文件，供其他工具读取。审核意见自动保存在本浏览器中；"
             "“保存审核文件”把全部文件和审核意见存为一个文件，换电脑或改日可用“打开审核文件”继续。");
  if (!desk.last_download.empty()) {
    ImGui::TextWrapped("✓ 已下载“%s”，请在浏览器的“下载”中查看。", desk.last_download.c_str());
  }
}

}  // namespace sx_app
