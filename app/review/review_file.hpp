#pragma once
// A review saved and opened again (审核台: a review spans days, and the desk autosaves it in the
// browser): every file's document as read, why the others gave none, the reviewer's decisions
// and comments, and the revoked list's codes. One JSON text, self-contained: opening it needs
// none of the submitted files.
//
// {"format": "sx-retrofit-review", "version": 1, "year": 2026,
//  "revoked": [{"code": "91330…", "year": 2025}],
//  "files": [{"file": "a.json", "document": {…} | null, "problem": "invalid", "reason_zh": "…",
//             "reason_en": "…", "decision": "recommend", "comment": "…"}]}
#include <string>
#include <string_view>
#include <vector>

#include "review.hpp"

namespace sx_review {

std::string review_file(const Review& review);

// Adds the review file's files to `review`, with their decisions and comments, and its revoked
// codes to the review's list. A file already in the review (the same document) is not added
// again; it takes the saved decision if it has none. False, with `errors` in Chinese, when the
// text is not a review file this version reads; nothing is added then.
bool read_review_file(std::string_view text, Review& review, std::vector<std::string>& errors);

}  // namespace sx_review
