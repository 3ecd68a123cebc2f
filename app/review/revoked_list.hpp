#pragma once
// The list of enterprises whose title was revoked (第十四条), as a reviewer imports it: a CSV
// (code, year of revocation; a header or none; UTF-8 with or without a byte order mark) or text
// pasted from anywhere, one code a line, optionally followed by the year. An .xlsx list is read by
// revoked_xlsx.hpp into the same lines.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace sx_review {

// A credit code as codes are matched, in the list and across the batch: capital letters, no blanks.
std::string code_key(std::string_view code);

struct RevokedEntry {
  std::string code;         // as code_key gives it
  std::optional<int> year;  // of the revocation; none when the line gives none
  std::size_t line = 0;     // in the list, from 1
};

class RevokedList {
 public:
  void add(RevokedEntry entry);
  // The entry for a code (code_key form), nullptr if not listed. Listed twice: the one without a
  // year (it cannot be ruled out), else the latest year.
  const RevokedEntry* find(std::string_view code) const;
  const std::vector<RevokedEntry>& entries() const { return entries_; }
  bool empty() const { return entries_.empty(); }

 private:
  std::vector<RevokedEntry> entries_;
  std::unordered_map<std::string, std::size_t> by_code_;
};

// A line of the list that cannot be taken, in Chinese and English.
struct ListProblem {
  std::size_t line = 0;  // 0: the list as a whole (the "and N more" line)
  std::string zh;
  std::string en;

  std::string text_zh() const;  // "第 3 行：…"
  std::string text() const;     // "第 3 行：… / line 3: …"
};

struct RevokedListRead {
  std::optional<RevokedList> list;   // set only when problems is empty
  std::vector<ListProblem> problems;  // the first 20, then how many more
};

// Reads the list. Any bad line refuses the whole list, naming the line: a revoked enterprise
// silently left out is worse than a list sent back to be fixed.
RevokedListRead read_revoked_list(std::string_view text);

}  // namespace sx_review
