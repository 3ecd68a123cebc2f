#pragma once
// The counts behind 审核台's charts, the figures a bureau puts in its report: submissions per
// declared category and per district, and each declared category's totals in score bands. Plain
// counting over the rows given (the desk passes the rows its filters show), drawn by the desk.
#include <cstddef>
#include <string>
#include <vector>

#include "review_row.hpp"
#include "sx/standard.hpp"

namespace sx_review {

// One bar: what it counts, in words, and how many files.
struct ChartBar {
  std::string key;  // a category id or district key; "" for the files that name none
  std::string label;
  int count = 0;
};

// A band of totals, both ends included: 60–69 分.
struct ScoreBand {
  int low = 0;
  int high = 0;
  std::string label;  // 60–69
};

// The totals of the files declaring one category, counted per band.
struct ScoreSpread {
  std::string category;  // "" for the files that declare none
  std::string label;
  int files = 0;
  std::vector<int> per_band;  // one per band, in the bands' order
};

struct ReviewCharts {
  int files = 0;       // the rows given
  int unreadable = 0;  // of them, those that gave no assessment: in no chart
  std::vector<ChartBar> by_category;  // the standard's categories in its order, then 未申报类别 if any
  std::vector<ChartBar> by_district;  // the standard's districts in its order, then 未填写 if any
  std::vector<ScoreBand> bands;
  std::vector<ScoreSpread> scores;    // as by_category: one per category, then 未申报类别 if any
};

// The score bands the charts use: 0–59, then tens up to 90–100 (the whole 100-point scale).
const std::vector<ScoreBand>& score_bands();

// The charts of rows[which[i]] (a readable row counts once in each chart; an unreadable one in none).
ReviewCharts review_charts(const std::vector<ReviewRow>& rows, const std::vector<std::size_t>& which,
                           const sx::Standard& standard);

}  // namespace sx_review
