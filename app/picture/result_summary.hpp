#pragma once
// The result picture's content (结果长图, issue 17): what a user who has just learned their result
// forwards to the boss, gathered from the standard and the evaluation as 差距与建议 shows them. Plain
// C++, no ImGui, no browser: the page draws it (web/picture.js) from to_json().
#include <string>
#include <vector>

#include "sx/assessment.hpp"
#include "sx/evaluation.hpp"
#include "sx/json.hpp"
#include "sx/standard.hpp"

namespace sx_app {

struct SummaryCategory {
  std::string title;    // the standard's own name for it
  std::string article;
  sx::Tri eligible = sx::Tri::Unknown;
  std::string verdict;  // ✓ 符合, × 不符合, ? 待补充
  bool recommended = false;
};

struct ResultSummary {
  static constexpr std::size_t kTopGaps = 3;

  std::string enterprise;  // the enterprise's name as typed; empty when not filled in
  std::string standard;    // the standard's title
  std::string type;        // 离散型
  std::string table;       // 表1
  int total = 0;
  int max = 0;
  bool complete = false;   // every item of the table answered
  std::vector<SummaryCategory> categories;  // in the standard's order, the lowest rank first
  std::string recommended;  // the recommended category's title, empty when none is met
  // The category reached for next: the one above the recommended, or the first when none is met;
  // empty when the recommended is the highest. Its missing conditions (the basic ones first), at
  // most kTopGaps, and how many more there are.
  std::string next;
  std::vector<std::string> next_gaps;
  std::size_t next_gaps_more = 0;
  // Where points are still to be had, most first (one line per item), at most kTopGaps.
  std::vector<std::string> score_gaps;
  std::string date;  // YYYY-MM-DD, the day the picture is made
};

ResultSummary summarise(const sx::Standard& standard, const sx::Assessment& document,
                        const sx::Evaluation& evaluation, std::string date);

// The JSON the page draws from: the fields above, the verdict also as "true"/"false"/"unknown".
sx::Json to_json(const ResultSummary& summary);

}  // namespace sx_app
