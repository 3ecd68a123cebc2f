#pragma once
// The pieces evaluate() assembles; each lives in its own file.
#include "sx/evaluation.hpp"

namespace sx::detail {

// score.cpp — one item of the table for the document's type.
ItemResult score_item(const Item& item, const Assessment& assessment);
// The option a forced choice scores as, when the figures force it (spec inconsistency 9).
const Option* forced_option(const Item& item, const Assessment& assessment);
// The points a set answer with `chosen` options scores.
int set_points(const Item& item, const std::vector<std::string>& chosen);

// modes.cpp — the five modes (附件) and the "basically met" rule.
ModeResult evaluate_mode(const Standard& standard, const Mode& mode, const Assessment& assessment);

// eligibility.cpp — conditions per category (第五条 to 第八条, 第十三条, 第十四条).
ConditionResult evaluate_condition(const Standard& standard, const Condition& condition,
                                   const Assessment& assessment,
                                   const std::vector<ModeResult>& modes);
std::vector<CategoryResult> evaluate_categories(const Standard& standard,
                                                const Assessment& assessment,
                                                const std::vector<ModeResult>& modes);

// gaps.cpp — what is missing, in the user's own terms.
std::vector<Gap> condition_gaps(const Standard& standard, const Assessment& assessment,
                                const Evaluation& evaluation);
std::vector<Gap> item_gaps(const Standard& standard, const Table& table,
                           const Assessment& assessment, const Evaluation& evaluation);

}  // namespace sx::detail
