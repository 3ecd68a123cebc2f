#include "table_order.hpp"

#include <algorithm>
#include <string_view>

namespace sx_review {

namespace {
char folded(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

// `needle` (already folded) in `text`, ASCII letters in either case; no allocation per row.
bool contains_folded(std::string_view text, std::string_view needle) {
  if (needle.size() > text.size()) return false;
  for (std::size_t at = 0; at + needle.size() <= text.size(); ++at) {
    std::size_t i = 0;
    while (i < needle.size() && folded(text[at + i]) == needle[i]) ++i;
    if (i == needle.size()) return true;
  }
  return false;
}

std::string search_needle(const std::string& search) {
  const auto first = search.find_first_not_of(" \t\r\n");
  if (first == std::string::npos) return "";
  const auto last = search.find_last_not_of(" \t\r\n");
  std::string needle = search.substr(first, last - first + 1);
  std::transform(needle.begin(), needle.end(), needle.begin(), folded);
  return needle;
}

// What a row is sorted by in one column: a number, then a text. Rows without a value go last:
// an empty cell (1), then a file that gave no assessment at all (2), so an undecided row is not
// put behind the unreadable ones.
struct SortValue {
  int missing = 0;
  long long number = 0;
  std::string_view text;
};

// A place in one of the standard's lists (districts, tables, categories); ids it does not list
// come after the ones it does, by id.
template <typename List, typename Id>
SortValue rank_in(const List& list, Id id_of, const std::string& id) {
  if (id.empty()) return {1, 0, {}};
  const std::size_t place = place_in(list, id_of, id);
  return {0, static_cast<long long>(place), place < list.size() ? std::string_view() : std::string_view(id)};
}

SortValue value_of(const ReviewRow& row, const ColumnRef& column, const sx::Standard& standard) {
  const auto text = [](const std::string& s) { return SortValue{s.empty() ? 1 : 0, 0, s}; };
  const int unreadable = row.readable ? 0 : 1;  // one step further back than an empty cell
  switch (column.column) {
    case Column::File: return {0, 0, row.file};
    case Column::Decision: {
      // 推荐, 待定, 不推荐: from yes to no; then rows not decided, unreadable files last.
      static constexpr long long kRank[] = {0, 0, 2, 1};
      if (row.decision == Decision::None) return {1 + unreadable, 0, {}};
      return {0, kRank[static_cast<int>(row.decision)], {}};
    }
    case Column::Comment:
      if (row.comment.empty()) return {1 + unreadable, 0, {}};
      return text(row.comment);
    case Column::Error: return text(row.error_zh);
    default: break;
  }
  if (!row.readable) return {2, 0, {}};
  switch (column.column) {
    case Column::Enterprise: return text(row.enterprise);
    case Column::CreditCode: return text(row.credit_code);
    case Column::District: return rank_in(standard.districts, [](const sx::Field& d) { return d.key; }, row.district);
    case Column::Type: return rank_in(standard.tables, [](const sx::Table& t) { return t.type; }, row.type);
    case Column::Category:
      return rank_in(standard.categories, [](const sx::Category& c) { return c.id; }, row.category);
    case Column::Recommended:
      return rank_in(standard.categories, [](const sx::Category& c) { return c.id; }, row.recommended);
    case Column::Total: return {0, row.total, {}};
    case Column::Complete: return {0, row.complete ? 0 : 1, {}};
    case Column::Verdict: {
      const auto verdict = row.verdict(column.category);
      if (!verdict) return {1, 0, {}};
      // ✓, then ✓ 须核查, ?, ×: the order the cells read.
      if (*verdict == sx::Tri::True) return {0, row.verdicts_questioned(standard) ? 1 : 0, {}};
      return {0, *verdict == sx::Tri::Unknown ? 2 : 3, {}};
    }
    case Column::Flags:
    case Column::FlagDetails: return {0, static_cast<long long>(row.flags.size()), {}};
    case Column::Field: return text(column.field < row.summary.size() ? row.summary[column.field] : std::string());
    default: return {1, 0, {}};
  }
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Filter::matches with the search already trimmed and folded.
bool passes(const Filter& filter, const ReviewRow& row, std::string_view needle) {
  if (filter.district && (!row.readable || row.district != *filter.district)) return false;
  if (filter.category && (!row.readable || row.category != *filter.category)) return false;
  if (filter.verdict) {
    const auto state = row.verdict(filter.verdict->category);
    if (!row.readable || !state || *state != filter.verdict->state) return false;
  }
  if (filter.flag) {
    if (!row.readable) return false;
    if (filter.flag->empty() ? !row.flags.empty() : !row.has_flag(*filter.flag)) return false;
  }
  if (filter.readable && row.readable != *filter.readable) return false;
  return needle.empty() || contains_folded(row.enterprise, needle) || contains_folded(row.credit_code, needle) ||
         contains_folded(row.file, needle);
}
}  // namespace

int natural_compare(std::string_view a, std::string_view b) {
  std::size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (is_digit(a[i]) && is_digit(b[j])) {
      // A run of digits against a run of digits: by value (leading zeros aside), then the longer
      // run (more zeros) after, so 企业2 < 企业10 and 007 sits after 7.
      std::size_t ai = i, bj = j;
      while (ai < a.size() && a[ai] == '0') ++ai;
      while (bj < b.size() && b[bj] == '0') ++bj;
      std::size_t ae = ai, be = bj;
      while (ae < a.size() && is_digit(a[ae])) ++ae;
      while (be < b.size() && is_digit(b[be])) ++be;
      if (ae - ai != be - bj) return ae - ai < be - bj ? -1 : 1;
      const int c = a.substr(ai, ae - ai).compare(b.substr(bj, be - bj));
      if (c != 0) return c < 0 ? -1 : 1;
      if (ae - i != be - j) return ae - i < be - j ? -1 : 1;
      i = ae;
      j = be;
      continue;
    }
    if (a[i] != b[j]) return static_cast<unsigned char>(a[i]) < static_cast<unsigned char>(b[j]) ? -1 : 1;
    ++i;
    ++j;
  }
  if (i == a.size() && j == b.size()) return 0;
  return i == a.size() ? -1 : 1;
}

bool Filter::matches(const ReviewRow& row) const { return passes(*this, row, search_needle(search)); }

std::vector<std::size_t> filter_rows(const std::vector<ReviewRow>& rows, const Filter& filter) {
  const std::string needle = search_needle(filter.search);  // folded once, not once a row
  std::vector<std::size_t> order;
  order.reserve(rows.size());
  for (std::size_t i = 0; i < rows.size(); ++i) {
    if (passes(filter, rows[i], needle)) order.push_back(i);
  }
  return order;
}

void sort_rows(const std::vector<ReviewRow>& rows, std::vector<std::size_t>& order, const SortKey& key,
               const sx::Standard& standard) {
  std::vector<SortValue> values(rows.size());
  for (const std::size_t i : order) values[i] = value_of(rows[i], key.by, standard);
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    const SortValue& x = values[a];
    const SortValue& y = values[b];
    if (x.missing != y.missing) return x.missing < y.missing;
    if (x.missing != 0) return false;
    if (x.number != y.number) return key.descending ? x.number > y.number : x.number < y.number;
    const int c = natural_compare(x.text, y.text);
    return key.descending ? c > 0 : c < 0;
  });
}

std::vector<std::size_t> table_order(const std::vector<ReviewRow>& rows, const Filter& filter, const SortKey& key,
                                     const sx::Standard& standard) {
  std::vector<std::size_t> order = filter_rows(rows, filter);
  sort_rows(rows, order, key, standard);
  return order;
}

}  // namespace sx_review
