#pragma once
// Sorting and filtering the review table: plain functions over the rows that give an order of row
// indexes, so the desk draws rows[order[i]] and never copies a row (10,000 rows in a few ms).
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "review_row.hpp"
#include "sx/evaluation.hpp"
#include "table_columns.hpp"

namespace sx_review {

struct SortKey {
  ColumnRef by;
  bool descending = false;
};

struct VerdictIs {
  std::string category;  // a category id of the review's standard
  sx::Tri state = sx::Tri::True;
};

// Every member given must hold; nullopt (or an empty search) lets every row through.
struct Filter {
  std::optional<std::string> district;  // a district key; "" for rows that name none
  std::optional<std::string> category;  // a declared category id; "" for rows that declare none
  std::optional<VerdictIs> verdict;
  std::optional<std::string> flag;      // a flag code; "" for rows with no flag at all
  std::optional<bool> readable;         // false: only the files that gave no assessment
  std::string search;                   // in the enterprise name, credit code or file name;
                                        // letters in either case, blanks at the ends ignored

  bool matches(const ReviewRow& row) const;
};

// The place of `id` in one of the standard's lists (districts, tables, categories), by key:
// list.size() for an id it does not list. The table's sort and the 审核情况表 both order by it.
template <typename List, typename Id>
std::size_t place_in(const List& list, Id id_of, const std::string& id) {
  for (std::size_t i = 0; i < list.size(); ++i) {
    if (id_of(list[i]) == id) return i;
  }
  return list.size();
}

// The indexes of the rows the filter lets through, in row order.
std::vector<std::size_t> filter_rows(const std::vector<ReviewRow>& rows, const Filter& filter);

// Text as a reader orders it: runs of digits by their value (企业2 before 企业10, 企业00100 before
// 企业01000), the rest by code point. Negative, zero or positive, as string_view::compare.
int natural_compare(std::string_view a, std::string_view b);

// Sorts `order` (indexes into rows) by one column, stably: rows that tie keep the order they had,
// so sorting by district after total gives districts with their rows by total. Ascending is
// 0 → 100, the standard's order for districts, types and categories, ✓ 符合 before ? 待补充 before
// × 不符合, complete first, fewer flags first, 推荐 before 待定 before 不推荐; text by code point (not
// pinyin), its runs of digits by value (natural_compare). A row with no value in the column comes
// last either way: an empty cell (an undecided row), then a file that could not be read.
void sort_rows(const std::vector<ReviewRow>& rows, std::vector<std::size_t>& order, const SortKey& key,
               const sx::Standard& standard);

// The table as the desk shows it: filtered, then sorted from row order.
std::vector<std::size_t> table_order(const std::vector<ReviewRow>& rows, const Filter& filter, const SortKey& key,
                                     const sx::Standard& standard);

}  // namespace sx_review
