#include "desk_state.hpp"

#include "app_state.hpp"

#include "review_file.hpp"
#include "revoked_list.hpp"
#include "revoked_xlsx.hpp"
#include "submission.hpp"
#include "table_columns.hpp"
#include "sx/docx_assessment.hpp"
#include "sx/json_text.hpp"

namespace sx_app {

namespace {
sx_review::Review& review_of(DeskState& desk, const sx::Standard& standard, int year) {
  if (!desk.review) desk.review.emplace(standard, year);
  desk.order_stale = true;
  ++desk.revision;
  return *desk.review;
}
}  // namespace

void open_desk(AppState& state) {
  state.desk.open = true;
  state.scroll_to = 0.0f;  // the desk from its top, not at the page's scroll before
}

bool desk_reading(const DeskState& desk) {
  return desk.reading_total > 0 && desk.reading_done < desk.reading_total;
}

std::string desk_reading_text(const DeskState& desk) {
  return "正在读取 " + std::to_string(desk.reading_done) + " / " + std::to_string(desk.reading_total) + " 个文件";
}

void desk_add_file(DeskState& desk, const sx::Standard& standard, int year, std::string name, std::string_view bytes) {
  review_of(desk, standard, year).add(std::move(name), bytes);
}

void desk_add_unread(DeskState& desk, const sx::Standard& standard, int year, std::string name,
                     std::optional<std::size_t> too_large) {
  sx_review::Review& review = review_of(desk, standard, year);
  if (too_large) {
    // The page refuses a .docx over the package limit, any other file over the document limit.
    const bool docx = name.size() >= 5 && (name.compare(name.size() - 5, 5, ".docx") == 0 ||
                                           name.compare(name.size() - 5, 5, ".DOCX") == 0);
    auto reason = docx ? sx::package_too_large(*too_large) : sx::document_too_large(*too_large);
    review.add(sx_review::unread_submission(std::move(name), sx_review::Problem::TooLarge, std::move(reason)));
  } else {
    review.add(sx_review::unread_submission(std::move(name), sx_review::Problem::Unreadable,
                                            {"", "无法读取此文件", "the file could not be read"}));
  }
}

void desk_set_revoked(DeskState& desk, const sx::Standard& standard, int year, std::string from, std::string_view text) {
  sx_review::RevokedListRead read = sx_review::read_revoked_file(text);
  desk.revoked_problems.clear();
  if (!read.list) {
    for (const auto& problem : read.problems) desk.revoked_problems.push_back(problem.text_zh());
    return;
  }
  desk.revoked_codes = read.list->entries().size();
  desk.revoked_from = std::move(from);
  review_of(desk, standard, year).set_revoked(std::move(*read.list));
}

const std::vector<std::size_t>& desk_order(DeskState& desk) {
  if (!desk.review) {
    desk.order.clear();
    return desk.order;
  }
  if (desk.order_stale) {
    const auto& rows = desk.review->rows();
    if (desk.sorted) {
      desk.order = sx_review::table_order(rows, desk.filter, desk.sort, desk.review->standard());
    } else {
      desk.order = sx_review::filter_rows(rows, desk.filter);
    }
    desk.order_stale = false;
  }
  return desk.order;
}

const std::vector<std::string>& desk_viewing_screens() {
  static const std::vector<std::string> screens = {"enterprise", "figures", "categories", "score", "modes", "gaps"};
  return screens;
}

void desk_open_row(AppState& state, std::size_t row) {
  DeskState& desk = state.desk;
  if (!desk.review || row >= desk.review->size()) return;
  const sx_review::Submission& submission = desk.review->submissions()[row];
  if (!submission.assessment) return;
  const sx::Standard* standard = sx::find_standard(submission.assessment->standard_id());
  if (standard == nullptr) return;
  DeskViewing viewing;
  viewing.row = row;
  viewing.state = std::make_shared<AppState>(*standard);
  viewing.state->model = Model(*standard, *submission.assessment);
  viewing.state->screen = viewing.screen;
  viewing.desk_scroll = state.content_scroll;
  desk.viewing = std::move(viewing);
  state.scroll_to = 0.0f;
}

void desk_close_row(AppState& state) {
  if (!state.desk.viewing) return;
  state.scroll_to = state.desk.viewing->desk_scroll;
  state.desk.viewing.reset();
}

void desk_decide(DeskState& desk, std::size_t row, sx_review::Decision decision) {
  desk.review->set_decision(row, decision);
  desk.order_stale = true;
  ++desk.revision;
}

void desk_comment(DeskState& desk, std::size_t row, std::string comment) {
  desk.review->set_comment(row, std::move(comment));
  ++desk.revision;
}

void desk_open_review_file(DeskState& desk, const sx::Standard& standard, int year, std::string_view text) {
  desk.file_problems.clear();
  sx_review::Review& review = review_of(desk, standard, year);
  if (!sx_review::read_review_file(text, review, desk.file_problems)) return;
  desk.revoked_codes = review.revoked().entries().size();
  if (desk.revoked_codes > 0 && desk.revoked_from.empty()) desk.revoked_from = "审核文件中的名单";
}

void desk_clear(DeskState& desk) {
  ++desk.revision;
  desk.viewing.reset();
  desk.review.reset();
  desk.order.clear();
  desk.order_stale = true;
  desk.selected.reset();
  desk.last_download.clear();
}

std::string desk_view_text(const DeskState& desk, const sx::Standard& standard) {
  if (!desk.sorted) return {};
  // The column by its title, as the header says it: a view outlives a build that adds a column.
  return sx::Json{{"sort", {{"column", sx_review::column_title(standard, desk.sort.by)},
                            {"descending", desk.sort.descending}}}}.dump();
}

void restore_desk_view(DeskState& desk, const sx::Standard& standard, std::string_view text) {
  const sx::Json view = sx::Json::parse(text, nullptr, false);
  if (!view.is_object() || !view.contains("sort") || !view["sort"].is_object()) return;
  const sx::Json& sort = view["sort"];
  const auto column = sort.find("column");
  const auto descending = sort.find("descending");
  if (column == sort.end() || !column->is_string() || descending == sort.end() || !descending->is_boolean()) return;
  for (const auto& ref : sx_review::table_columns(standard)) {
    if (sx_review::column_title(standard, ref) != column->get<std::string>()) continue;
    desk.sort = {ref, descending->get<bool>()};
    desk.sorted = true;
    desk.sort_to_table = true;
    desk.order_stale = true;
    return;
  }
}

}  // namespace sx_app
