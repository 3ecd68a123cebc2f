#pragma once
// The 申报汇总表 a district bureau forwards (第十条): the review table as an Office Open XML
// workbook, written in memory. One sheet with the declared category as a column, the header row
// frozen and filtered, column widths set, totals as numbers, Chinese as inline strings.
#include <cstddef>
#include <vector>

#include "review.hpp"

namespace sx_review {

// The rows of `order` (indexes into review.rows(): the desk's filtered, sorted view), every column
// of table_columns. The zip entries are stamped with the date given (the same review, the same
// bytes). Empty if the zip could not be written.
std::vector<unsigned char> summary_xlsx(const Review& review, const std::vector<std::size_t>& order, int year,
                                        int month, int day);
// Every row, in the order the files were added.
std::vector<unsigned char> summary_xlsx(const Review& review, int year, int month, int day);

}  // namespace sx_review
