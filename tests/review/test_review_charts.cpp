// The counts behind 审核台's charts (issue 16): submissions per declared category and per
// district, and each category's totals in score bands, over the rows the desk shows.
#include <gtest/gtest.h>

#include <numeric>

#include "review_charts.hpp"
#include "review_support.hpp"

namespace {

using sx_review::ReviewRow;

ReviewRow row(const std::string& category, const std::string& district, int total, bool readable = true) {
  ReviewRow r;
  r.file = category + "-" + district + "-" + std::to_string(total) + ".json";
  r.readable = readable;
  r.category = category;
  r.district = district;
  r.total = total;
  return r;
}

std::vector<std::size_t> all(const std::vector<ReviewRow>& rows) {
  std::vector<std::size_t> which(rows.size());
  std::iota(which.begin(), which.end(), 0);
  return which;
}

int count_of(const std::vector<sx_review::ChartBar>& bars, const std::string& key) {
  for (const auto& bar : bars) {
    if (bar.key == key) return bar.count;
  }
  return -1;
}

TEST(ReviewCharts, CountsPerCategoryAndDistrictInTheStandardsOrder) {
  const std::vector<ReviewRow> rows = {row("workshop", "keqiao", 75), row("workshop", "yuecheng", 88),
                                       row("factory", "keqiao", 91),  row("line", "shangyu", 62),
                                       row("workshop", "keqiao", 70)};
  const auto charts = sx_review::review_charts(rows, all(rows), sx_test::standard());
  EXPECT_EQ(charts.files, 5);
  EXPECT_EQ(charts.unreadable, 0);
  ASSERT_EQ(charts.by_category.size(), 3u) << "one bar per category of the standard, none for files naming none";
  EXPECT_EQ(charts.by_category[0].key, "line");
  EXPECT_EQ(charts.by_category[0].label, "生产线智能化改造项目");
  EXPECT_EQ(count_of(charts.by_category, "line"), 1);
  EXPECT_EQ(count_of(charts.by_category, "workshop"), 3);
  EXPECT_EQ(count_of(charts.by_category, "factory"), 1);
  ASSERT_EQ(charts.by_district.size(), sx_test::standard().districts.size());
  EXPECT_EQ(charts.by_district[0].label, "越城区");
  EXPECT_EQ(count_of(charts.by_district, "keqiao"), 3);
  EXPECT_EQ(count_of(charts.by_district, "yuecheng"), 1);
  EXPECT_EQ(count_of(charts.by_district, "shangyu"), 1);
  EXPECT_EQ(count_of(charts.by_district, "zhuji"), 0) << "a district with no file still has its bar, at 0";
}

TEST(ReviewCharts, ScoreBandsTakeBothEnds) {
  // {total, band index}: 0–59, 60–69, 70–79, 80–89, 90–100.
  const std::pair<int, std::size_t> cases[] = {{0, 0},  {59, 0}, {60, 1}, {69, 1}, {70, 2},
                                               {79, 2}, {80, 3}, {89, 3}, {90, 4}, {100, 4}};
  for (const auto& [total, band] : cases) {
    SCOPED_TRACE(total);
    const std::vector<ReviewRow> rows = {row("factory", "keqiao", total)};
    const auto charts = sx_review::review_charts(rows, all(rows), sx_test::standard());
    ASSERT_EQ(charts.bands.size(), 5u);
    EXPECT_EQ(charts.bands[band].label, band == 0 ? "0–59" : band == 4 ? "90–100" : charts.bands[band].label);
    const auto& factory = charts.scores[2];
    ASSERT_EQ(factory.category, "factory");
    EXPECT_EQ(factory.files, 1);
    for (std::size_t b = 0; b < 5; ++b) EXPECT_EQ(factory.per_band[b], b == band ? 1 : 0) << "band " << b;
  }
}

TEST(ReviewCharts, OnlyTheRowsGivenAndUnreadableFilesInNoChart) {
  const std::vector<ReviewRow> rows = {row("workshop", "keqiao", 75), row("", "", 0, false),
                                       row("factory", "zhuji", 95), row("workshop", "keqiao", 82)};
  // The desk's filter showed rows 1, 2 and 3 (the broken file among them).
  const auto charts = sx_review::review_charts(rows, {1, 2, 3}, sx_test::standard());
  EXPECT_EQ(charts.files, 3);
  EXPECT_EQ(charts.unreadable, 1);
  EXPECT_EQ(count_of(charts.by_category, "workshop"), 1);
  EXPECT_EQ(count_of(charts.by_category, "factory"), 1);
  EXPECT_EQ(count_of(charts.by_category, ""), -1) << "the broken file is not a file without a category";
  EXPECT_EQ(charts.scores[1].per_band[3], 1);
  EXPECT_EQ(charts.scores[1].per_band[2], 0) << "row 0 was filtered out";
}

TEST(ReviewCharts, FilesNamingNoCategoryOrDistrictHaveABarOfTheirOwn) {
  const std::vector<ReviewRow> rows = {row("", "", 40), row("workshop", "", 77), row("", "keqiao", 65)};
  const auto charts = sx_review::review_charts(rows, all(rows), sx_test::standard());
  ASSERT_EQ(charts.by_category.size(), 4u);
  EXPECT_EQ(charts.by_category.back().label, "未申报类别");
  EXPECT_EQ(charts.by_category.back().count, 2);
  EXPECT_EQ(charts.by_district.back().label, "未填写所在地");
  EXPECT_EQ(charts.by_district.back().count, 2);
  ASSERT_EQ(charts.scores.size(), 4u);
  EXPECT_EQ(charts.scores.back().label, "未申报类别");
  EXPECT_EQ(charts.scores.back().per_band[0], 1);
  EXPECT_EQ(charts.scores.back().per_band[1], 1);
}

TEST(ReviewCharts, ABatchOfRealFilesAsTheDeskReadsIt) {
  using namespace sx_review_test;
  const auto review = review_of({{"workshop.json", workshop_document()},
                                 {"factory.json", factory_document()},
                                 {"copy.json", workshop_document()},  // the same bytes: counted once
                                 {"broken.json", sx::Json::object()}});
  std::vector<std::size_t> which(review.size());
  std::iota(which.begin(), which.end(), 0);
  const auto charts = sx_review::review_charts(review.rows(), which, review.standard());
  EXPECT_EQ(charts.files, 4);
  EXPECT_EQ(charts.unreadable, 2);
  EXPECT_EQ(count_of(charts.by_category, "workshop"), 1);
  EXPECT_EQ(count_of(charts.by_category, "factory"), 1);
  EXPECT_EQ(count_of(charts.by_district, "keqiao"), 1);
  EXPECT_EQ(count_of(charts.by_district, "shangyu"), 1);
  int banded = 0;
  for (const auto& spread : charts.scores) banded += std::accumulate(spread.per_band.begin(), spread.per_band.end(), 0);
  EXPECT_EQ(banded, 2);
}

}  // namespace
