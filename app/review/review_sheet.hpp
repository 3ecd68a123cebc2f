#pragma once
// The 审核情况表 a district bureau sends the city bureau with its opinion (第十条): the bureau,
// the enterprises reviewed — category, score, flags, the reviewer's decision and comment — a box
// for the 初审意见, and room for the seal and the date. Built as the draft's content model, so
// the .docx renderer that prints the draft prints it too.
#include <cstddef>
#include <vector>

#include "review.hpp"
#include "sx/draft.hpp"

namespace sx_review {

// The rows of `order` (indexes into review.rows(): the desk's filtered, sorted view), dated
// `date` (YYYY-MM-DD, the day it is made).
sx::DraftApplication review_sheet(const Review& review, const std::vector<std::size_t>& order, const std::string& date);
// Every row, in the order the files were added.
sx::DraftApplication review_sheet(const Review& review, const std::string& date);

}  // namespace sx_review
