#pragma once
// The bureau's CSVs: `assess score --csv` (one row per file) and the review's (the same columns,
// then the declared category, the flags and the reviewer's decision and comment) — the desk's CSV
// download and `assess review --csv` alike. UTF-8 with a byte order mark, CRLF, every cell a
// spreadsheet could run as a formula defused.
#include <string>

#include "review.hpp"
#include "sx/evaluation.hpp"

namespace sx_review {

// One cell: RFC 4180 quoting, and a leading ' before what a spreadsheet would run as a formula
// (unless `defuse` is false: "-" naming standard input).
std::string csv_field(const std::string& text, bool defuse = true);

// `assess score --csv`: file, enterprise, credit_code, type, total, complete, one column per
// category of the standard in force, recommended, error. The header starts with the byte order mark.
std::string score_csv_header();
std::string score_csv_row(const std::string& file, const sx::Assessment& assessment, const sx::Evaluation& evaluation);
std::string score_csv_error_row(const std::string& file, const std::string& error);

// The review's: the score columns (by the review's standard's categories), then category, flags
// (codes joined by ';'), decision (decision_id), comment.
std::string review_csv_header(const sx::Standard& standard);
std::string review_csv_row(const ReviewRow& row);
// The header and every row, in the order the files were added.
std::string review_csv(const Review& review);

}  // namespace sx_review
