// Sorting and filtering the review table (issue 16): every column both ways, stable, rows without a
// value last; every filter; 10,000 rows well within a frame's budget.
#include <gtest/gtest.h>

#include <chrono>
#include <numeric>

#include "review_support.hpp"
#include "table_order.hpp"

namespace {

using sx_review::Column;
using sx_review::ColumnRef;
using sx_review::Decision;
using sx_review::ReviewRow;
using sx::Tri;

ReviewRow row(const std::string& file, const std::string& enterprise, const std::string& code, const std::string& district,
              const std::string& type, const std::string& category, int total, bool complete,
              std::vector<std::optional<Tri>> verdicts, const std::string& recommended,
              std::vector<std::string> flags, Decision decision, const std::string& comment) {
  ReviewRow r;
  r.file = file;
  r.readable = true;
  r.enterprise = enterprise;
  r.credit_code = code;
  r.district = district;
  r.type = type;
  r.category = category;
  r.total = total;
  r.complete = complete;
  const char* ids[] = {"line", "workshop", "factory"};
  for (std::size_t i = 0; i < verdicts.size(); ++i) r.verdicts.push_back({ids[i], verdicts[i]});
  r.recommended = recommended;
  for (auto& flag : flags) r.flags.push_back({flag, flag});
  r.decision = decision;
  r.comment = comment;
  return r;
}

ReviewRow unreadable(const std::string& file, const std::string& error) {
  ReviewRow r;
  r.file = file;
  r.error = error;
  r.error_zh = error;
  for (const char* id : {"line", "workshop", "factory"}) r.verdicts.push_back({id, std::nullopt});
  return r;
}

// Seven rows with ties in every column, and an unreadable file.
std::vector<ReviewRow> rows() {
  const Tri T = Tri::True, F = Tri::False, U = Tri::Unknown;
  return {
      row("f0.json", "绍兴乙公司", "91330603B", "keqiao", "discrete", "workshop", 88, true, {T, T, U}, "workshop", {}, Decision::Recommend, "好"),
      row("f1.json", "Alpha 公司", "91330602A", "yuecheng", "process", "factory", 84, true, {U, U, T}, "factory", {"incomplete"}, Decision::None, ""),
      unreadable("f2.json", "坏文件"),
      row("f3.json", "绍兴甲公司", "91330681C", "zhuji", "discrete", "line", 32, false, {F, F, F}, "", {"duplicate", "category_not_met"}, Decision::NotRecommend, "差"),
      row("f4.json", "", "", "", "discrete", "", 10, false, {U, U, U}, "", {"incomplete"}, Decision::Pending, ""),
      row("f5.json", "beta 公司", "91330603D", "keqiao", "process", "workshop", 88, true, {T, F, U}, "line", {"duplicate"}, Decision::Recommend, ""),
      row("f6.json", "绍兴乙公司", "91330603E", "somewhere", "discrete", "workshop", 70, false, {T, U, U}, "line", {}, Decision::None, ""),
  };
}

std::vector<std::size_t> sorted(const std::vector<ReviewRow>& all, ColumnRef column, bool descending) {
  std::vector<std::size_t> order(all.size());
  std::iota(order.begin(), order.end(), 0);
  sx_review::sort_rows(all, order, {column, descending}, sx_test::standard());
  return order;
}

using Order = std::vector<std::size_t>;

}  // namespace

TEST(TableOrder, EveryColumnSortsBothWaysStablyWithEmptyCellsThenUnreadableFilesLast) {
  const auto all = rows();
  struct Case {
    Column kind;
    const char* category;  // a verdict's
    Order ascending;
    Order descending;
    ColumnRef column() const { return {kind, category}; }
  };
  const Case cases[] = {
      {Column::File, "", {0, 1, 2, 3, 4, 5, 6}, {6, 5, 4, 3, 2, 1, 0}},
      // Code point order: Latin before CJK, upper case before lower; an empty name last.
      {Column::Enterprise, "", {1, 5, 0, 6, 3, 4, 2}, {3, 0, 6, 5, 1, 4, 2}},
      {Column::CreditCode, "", {1, 0, 5, 6, 3, 4, 2}, {3, 6, 5, 0, 1, 4, 2}},
      // The standard's order of districts (越城区, 柯桥区, …, 诸暨市 …); an unknown key after them.
      {Column::District, "", {1, 0, 5, 3, 6, 4, 2}, {6, 3, 0, 5, 1, 4, 2}},
      {Column::Type, "", {0, 3, 4, 6, 1, 5, 2}, {1, 5, 0, 3, 4, 6, 2}},
      {Column::Category, "", {3, 0, 5, 6, 1, 4, 2}, {1, 0, 5, 6, 3, 4, 2}},
      {Column::Total, "", {4, 3, 6, 1, 0, 5, 2}, {0, 5, 1, 6, 3, 4, 2}},
      {Column::Complete, "", {0, 1, 5, 3, 4, 6, 2}, {3, 4, 6, 0, 1, 5, 2}},
      // ✓ 符合, ! 自评符合，须核查 (f5 is a duplicate), ? 待补充, × 不符合.
      {Column::Verdict, "line", {0, 6, 5, 1, 4, 3, 2}, {3, 1, 4, 5, 0, 6, 2}},
      {Column::Verdict, "workshop", {0, 1, 4, 6, 3, 5, 2}, {3, 5, 1, 4, 6, 0, 2}},
      {Column::Verdict, "factory", {1, 0, 4, 5, 6, 3, 2}, {3, 0, 4, 5, 6, 1, 2}},
      {Column::Recommended, "", {5, 6, 0, 1, 3, 4, 2}, {1, 0, 5, 6, 3, 4, 2}},
      {Column::Flags, "", {0, 6, 1, 4, 5, 3, 2}, {3, 1, 4, 5, 0, 6, 2}},
      {Column::FlagDetails, "", {0, 6, 1, 4, 5, 3, 2}, {3, 1, 4, 5, 0, 6, 2}},
      // 推荐, 待定, 不推荐; then the undecided rows; the unreadable file after them.
      {Column::Decision, "", {0, 5, 4, 3, 1, 6, 2}, {3, 4, 0, 5, 1, 6, 2}},
      {Column::Comment, "", {0, 3, 1, 4, 5, 6, 2}, {3, 0, 1, 4, 5, 6, 2}},
      {Column::Error, "", {2, 0, 1, 3, 4, 5, 6}, {2, 0, 1, 3, 4, 5, 6}},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(sx_review::column_title(sx_test::standard(), c.column()));
    EXPECT_EQ(sorted(all, c.column(), false), c.ascending);
    EXPECT_EQ(sorted(all, c.column(), true), c.descending);
  }
  // Every column of the table is covered.
  for (const auto& column : sx_review::table_columns(sx_test::standard())) {
    const bool covered = std::any_of(std::begin(cases), std::end(cases), [&](const Case& c) { return c.column() == column; });
    EXPECT_TRUE(covered) << sx_review::column_title(sx_test::standard(), column);
  }
}

TEST(TableOrder, SortingKeepsTheOrderItIsGivenForTies) {
  const auto all = rows();
  // By total, then by district: the districts' rows stay by total.
  Order order = sorted(all, {Column::Total, ""}, true);
  sx_review::sort_rows(all, order, {{Column::District, ""}, false}, sx_test::standard());
  EXPECT_EQ(order, (Order{1, 0, 5, 3, 6, 4, 2})) << "rows with no district too";
  Order by_file_desc = sorted(all, {Column::File, ""}, true);
  sx_review::sort_rows(all, by_file_desc, {{Column::Total, ""}, true}, sx_test::standard());
  EXPECT_EQ(by_file_desc, (Order{5, 0, 1, 6, 3, 4, 2})) << "88s as given: f5 before f0";
  // Sorting a filtered order leaves the others out.
  Order some = {6, 3, 0};
  sx_review::sort_rows(all, some, {{Column::Total, ""}, false}, sx_test::standard());
  EXPECT_EQ(some, (Order{3, 6, 0}));
}

// A district's files are often numbered: 企业2 comes before 企业10, as a reader counts.
TEST(TableOrder, TextSortsItsNumbersByValue) {
  struct Case {
    const char* a;
    const char* b;
    int sign;
  };
  const Case cases[] = {
      {"企业2", "企业10", -1},        {"企业00100", "企业01000", -1}, {"企业01000", "企业00100", 1},
      {"企业7", "企业007", -1},       {"企业007", "企业7", 1},        {"a9b", "a10a", -1},
      {"abc", "abd", -1},             {"ab", "abc", -1},              {"企业12", "企业12", 0},
      {"", "", 0},                    {"9", "", 1},                   {"乙1", "甲1", -1},
      {"x99999999999999999999", "x100000000000000000000", -1},
  };
  for (const Case& c : cases) {
    const int got = sx_review::natural_compare(c.a, c.b);
    EXPECT_EQ((got > 0) - (got < 0), c.sign) << c.a << " vs " << c.b;
  }
  // In the table: by enterprise, 企业2 before 企业10 before 企业100, both ways.
  std::vector<ReviewRow> named;
  for (const char* name : {"企业100", "企业2", "企业10"}) {
    ReviewRow r;
    r.file = std::string(name) + ".json";
    r.readable = true;
    r.enterprise = name;
    named.push_back(r);
  }
  Order order = {0, 1, 2};
  sx_review::sort_rows(named, order, {{Column::Enterprise, ""}, false}, sx_test::standard());
  EXPECT_EQ(order, (Order{1, 2, 0}));
  sx_review::sort_rows(named, order, {{Column::Enterprise, ""}, true}, sx_test::standard());
  EXPECT_EQ(order, (Order{0, 2, 1}));
}

TEST(TableOrder, Filters) {
  const auto all = rows();
  using sx_review::Filter;
  using sx_review::VerdictIs;
  struct Case {
    const char* what;
    Filter filter;
    Order expected;
  };
  const auto with = [](auto set) {
    Filter f;
    set(f);
    return f;
  };
  const Case cases[] = {
      {"nothing", Filter{}, {0, 1, 2, 3, 4, 5, 6}},
      {"district", with([](Filter& f) { f.district = "keqiao"; }), {0, 5}},
      {"no district", with([](Filter& f) { f.district = ""; }), {4}},
      {"category", with([](Filter& f) { f.category = "workshop"; }), {0, 5, 6}},
      {"no category", with([](Filter& f) { f.category = ""; }), {4}},
      {"verdict met", with([](Filter& f) { f.verdict = VerdictIs{"line", Tri::True}; }), {0, 5, 6}},
      {"verdict unknown", with([](Filter& f) { f.verdict = VerdictIs{"factory", Tri::Unknown}; }), {0, 4, 5, 6}},
      {"verdict not met", with([](Filter& f) { f.verdict = VerdictIs{"workshop", Tri::False}; }), {3, 5}},
      {"flag", with([](Filter& f) { f.flag = "duplicate"; }), {3, 5}},
      {"no flag", with([](Filter& f) { f.flag = ""; }), {0, 6}},
      {"unreadable", with([](Filter& f) { f.readable = false; }), {2}},
      {"readable", with([](Filter& f) { f.readable = true; }), {0, 1, 3, 4, 5, 6}},
      {"search a name", with([](Filter& f) { f.search = "乙公司"; }), {0, 6}},
      {"search letters in either case", with([](Filter& f) { f.search = " BETA "; }), {5}},
      {"search a code", with([](Filter& f) { f.search = "91330603"; }), {0, 5, 6}},
      {"search lower-case code", with([](Filter& f) { f.search = "330602a"; }), {1}},
      {"search a file", with([](Filter& f) { f.search = "f2"; }), {2}},
      {"blank search", with([](Filter& f) { f.search = "  "; }), {0, 1, 2, 3, 4, 5, 6}},
      {"all at once", with([](Filter& f) {
         f.district = "keqiao";
         f.category = "workshop";
         f.verdict = VerdictIs{"workshop", Tri::True};
         f.search = "绍兴";
       }),
       {0}},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.what);
    EXPECT_EQ(sx_review::filter_rows(all, c.filter), c.expected);
    for (std::size_t i = 0; i < all.size(); ++i) {
      const bool in = std::find(c.expected.begin(), c.expected.end(), i) != c.expected.end();
      EXPECT_EQ(c.filter.matches(all[i]), in) << i;
    }
  }
  sx_review::Filter keqiao;
  keqiao.district = "keqiao";
  EXPECT_EQ(sx_review::table_order(all, keqiao, {{Column::Total, ""}, false}, sx_test::standard()), (Order{0, 5}));
}

TEST(TableOrder, TenThousandRowsSortAndFilterWithinAFrame) {
  const auto seed = rows();
  std::vector<ReviewRow> many;
  for (std::size_t i = 0; i < 10000; ++i) {
    ReviewRow r = seed[i % seed.size()];
    r.file = "f" + std::to_string(i) + ".json";
    if (r.readable) r.total = static_cast<int>((i * 37) % 101);
    many.push_back(std::move(r));
  }
  sx_review::Filter filter;
  filter.search = "公司";
  filter.verdict = sx_review::VerdictIs{"factory", Tri::Unknown};
  const auto start = std::chrono::steady_clock::now();
  for (const auto& column : sx_review::table_columns(sx_test::standard())) {
    const auto order = sx_review::table_order(many, filter, {column, true}, sx_test::standard());
    ASSERT_EQ(order.size(), 10000u / 7 * 3 + 1);
  }
  const auto ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  const std::size_t columns = sx_review::table_columns(sx_test::standard()).size();
  // The issue asks ≤ 50 ms per sort or filter in the browser; natively it is a few ms.
  EXPECT_LT(ms / static_cast<double>(columns), 50.0 * sx_test::kSlowdown) << ms << " ms for " << columns << " columns";
}
