#pragma once
// The review desk (审核台, issue 16): the bureau's batch of submitted files, how its table is
// sorted and filtered, and the row being looked at. Apart from the user's own assessment: opening
// the desk touches neither the document nor its autosave.
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "review.hpp"
#include "table_order.hpp"

namespace sx_app {

struct DeskState {
  bool open = false;
  std::optional<sx_review::Review> review;  // made when the first file comes
  sx_review::SortKey sort;                  // the column last clicked; file order until then
  bool sorted = false;
  sx_review::Filter filter;
  std::vector<std::size_t> order;  // the rows shown, in their order (table_order)
  bool order_stale = true;
  int reading_total = 0;  // files the page is reading for the desk now, and how many have come
  int reading_done = 0;
  std::optional<std::size_t> selected;  // the row whose details are open
  std::string last_download;
  std::size_t fitted_rows = 0;  // the table's columns were fitted to this many rows
  // The district, category and flag filters' choices as the combos show them.
  int district_choice = 0;
  int category_choice = 0;
  int flag_choice = 0;
};

// A file the page read for the desk (its bytes as they are; the review judges them).
void desk_add_file(DeskState& desk, const sx::Standard& standard, int year, std::string name, std::string_view bytes);
// A file the page could not read, or refused unread because of its size.
void desk_add_unread(DeskState& desk, const sx::Standard& standard, int year, std::string name,
                     std::optional<std::size_t> too_large);
// The rows shown, filtered and sorted, brought up to date.
const std::vector<std::size_t>& desk_order(DeskState& desk);
// Starts over with no files (the reviewer's decisions go with them).
void desk_clear(DeskState& desk);

}  // namespace sx_app
