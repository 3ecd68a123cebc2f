#pragma once
// The review desk (审核台, issue 16): the bureau's batch of submitted files, how its table is
// sorted and filtered, and the row being looked at. Apart from the user's own assessment: opening
// the desk touches neither the document nor its autosave.
#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "review.hpp"
#include "table_order.hpp"

namespace sx_app {

struct AppState;

// A submitted file opened to read (desk_open_row): its own state, so the ordinary screens draw it
// while the user's own assessment — the document, its autosave and its undo — is never touched.
struct DeskViewing {
  std::size_t row = 0;
  std::shared_ptr<AppState> state;
  std::string screen = "categories";  // which of its screens is shown
  float desk_scroll = 0.0f;           // where the desk was, to come back to
};

struct DeskState {
  bool open = false;
  int revision = 0;          // counts changes to the review (files, decisions, the list): the autosave
  std::string save_problem;  // why the autosave failed, shown on the desk
  std::vector<std::string> file_problems;  // why a review file the reviewer opened was refused
  int year = 0;  // the review year (第十四条 counts back from it): this year, set by the platform at start
  std::optional<sx_review::Review> review;  // made when the first file comes
  sx_review::SortKey sort;                  // the column last clicked; file order until then
  bool sorted = false;
  bool sort_to_table = false;  // a sort brought back from the last visit: the table's header shows it
  sx_review::Filter filter;
  std::vector<std::size_t> order;  // the rows shown, in their order (table_order)
  bool order_stale = true;
  int reading_total = 0;  // files the page is reading for the desk now, and how many have come
  int reading_done = 0;
  std::optional<std::size_t> selected;  // the row whose details are open
  bool confirm_clear = false;           // 清空本批文件 asks before it deletes
  bool table_to_top = false;            // a filter changed: the table shows its first rows
  bool reveal_details = false;          // a row chosen: the page goes to its details
  float clicked_row_y = 0.0f;           // where the row chosen was on screen (the page keeps it in view)
  std::optional<DeskViewing> viewing;   // a row opened read-only
  std::string last_download;
  std::size_t fitted_rows = 0;
  int fitted_glyphs = 0;  // ...and to a font of this many glyphs (characters new to it widened them)
  float row_height_seen = 0.0f;  // a table row as ImGui last drew it (a phone's table holds them all)
  // The revoked list (第十四条): where it came from and how many codes it gave, or why it was refused.
  std::string revoked_from;
  std::size_t revoked_codes = 0;
  std::vector<std::string> revoked_problems;
  std::string revoked_paste;  // the table's columns were fitted to this many rows
  // The district, category and flag filters' choices as the combos show them.
  int district_choice = 0;
  int category_choice = 0;
  int flag_choice = 0;
};

// Opens the desk (开始's 打开审核台, its address #/desk) from its top.
void open_desk(AppState& state);
// A file the page read for the desk (its bytes as they are; the review judges them).
void desk_add_file(DeskState& desk, const sx::Standard& standard, int year, std::string name, std::string_view bytes);
// A file the page could not read, or refused unread because of its size.
void desk_add_unread(DeskState& desk, const sx::Standard& standard, int year, std::string name,
                     std::optional<std::size_t> too_large);
// A revoked list the reviewer imported (`from`: its file name, or 粘贴的名单): every file of the
// batch is checked against it. A list with a bad line is refused whole, its problems kept.
void desk_set_revoked(DeskState& desk, const sx::Standard& standard, int year, std::string from, std::string_view text);
// The page is reading a batch for the desk and not all of it has come; what its progress says.
bool desk_reading(const DeskState& desk);
std::string desk_reading_text(const DeskState& desk);
// The rows shown, filtered and sorted, brought up to date.
const std::vector<std::size_t>& desk_order(DeskState& desk);
// Opens the row's assessment read-only in the ordinary screens (only a row that gave one);
// desk_close_row comes back to the desk where it was.
void desk_open_row(AppState& state, std::size_t row);
void desk_close_row(AppState& state);
// The screens a row can show, in their order: 企业与项目, 基础数据, 申报类别, 评分表, 五种新模式, 差距与建议
// (it opens on 申报类别, what a reviewer reads first).
const std::vector<std::string>& desk_viewing_screens();
// The reviewer's decision and comment on a row.
void desk_decide(DeskState& desk, std::size_t row, sx_review::Decision decision);
void desk_comment(DeskState& desk, std::size_t row, std::string comment);
// A review file the reviewer opened (review_file.hpp): its files join the batch.
void desk_open_review_file(DeskState& desk, const sx::Standard& standard, int year, std::string_view text);
// Starts over with no files (the reviewer's decisions go with them).
void desk_clear(DeskState& desk);
// How the reviewer left the table (its sort), as the browser keeps it between visits: JSON, or ""
// for file order. Not in the review file, which is the bureau's record of the batch.
std::string desk_view_text(const DeskState& desk, const sx::Standard& standard);
// Brings back a view desk_view_text wrote; a column this standard no longer has, or text that is
// not a view, leaves file order.
void restore_desk_view(DeskState& desk, const sx::Standard& standard, std::string_view text);

}  // namespace sx_app
