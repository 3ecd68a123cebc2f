#pragma once
// The measures' own checks over a batch (review.json's flags): each row's flags from its own
// findings and from the other rows — the same credit code twice (第十三条), a code on the revoked
// list within the years of 第十四条.
#include <vector>

#include "review_row.hpp"
#include "revoked_list.hpp"
#include "sx/standard.hpp"

namespace sx_review {

struct FlagContext {
  const sx::Standard* standard = nullptr;  // the review's: its review rules, categories, conditions
  const RevokedList* revoked = nullptr;    // none imported: no row is `revoked`
  int year = 0;                            // the review year; 第十四条's years count back from it
};

// Replaces every row's flags. Linear in the rows (one pass to group the codes).
void flag_rows(std::vector<ReviewRow>& rows, const FlagContext& context);

}  // namespace sx_review
