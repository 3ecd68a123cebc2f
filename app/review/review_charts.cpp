#include "review_charts.hpp"

namespace sx_review {

namespace {
// The bar of `key`; a key no bar has (empty: the file names none; another standard's id) gets a
// bar of its own at the end, added only when some row needs it.
int& bar_for(std::vector<ChartBar>& bars, const std::string& key, const char* none) {
  for (auto& bar : bars) {
    if (bar.key == key) return bar.count;
  }
  bars.push_back({key, key.empty() ? none : key, 0});
  return bars.back().count;
}

std::size_t band_of(int total) {
  const auto& bands = score_bands();
  for (std::size_t b = 0; b < bands.size(); ++b) {
    if (total <= bands[b].high) return b;
  }
  return bands.size() - 1;
}
}  // namespace

const std::vector<ScoreBand>& score_bands() {
  static const std::vector<ScoreBand> bands = {
      {0, 59, "0–59"}, {60, 69, "60–69"}, {70, 79, "70–79"}, {80, 89, "80–89"}, {90, 100, "90–100"}};
  return bands;
}

ReviewCharts review_charts(const std::vector<ReviewRow>& rows, const std::vector<std::size_t>& which,
                           const sx::Standard& standard) {
  ReviewCharts charts;
  charts.bands = score_bands();
  for (const auto& category : standard.categories) {
    charts.by_category.push_back({category.id, category.title, 0});
    charts.scores.push_back({category.id, category.title, 0, std::vector<int>(charts.bands.size(), 0)});
  }
  for (const auto& district : standard.districts) charts.by_district.push_back({district.key, district.label, 0});

  for (const std::size_t index : which) {
    if (index >= rows.size()) continue;
    const ReviewRow& row = rows[index];
    ++charts.files;
    if (!row.readable) {
      ++charts.unreadable;
      continue;
    }
    ++bar_for(charts.by_category, row.category, "未申报类别");
    ++bar_for(charts.by_district, row.district, "未填写所在地");
    ScoreSpread* spread = nullptr;
    for (auto& s : charts.scores) {
      if (s.category == row.category) spread = &s;
    }
    if (spread == nullptr) {
      charts.scores.push_back({row.category, row.category.empty() ? "未申报类别" : row.category, 0,
                               std::vector<int>(charts.bands.size(), 0)});
      spread = &charts.scores.back();
    }
    ++spread->files;
    ++spread->per_band[band_of(row.total)];
  }
  return charts;
}

}  // namespace sx_review
