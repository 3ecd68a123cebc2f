#include "revoked_list.hpp"

#include <algorithm>

#include "sx/credit_code.hpp"
#include "sx/message.hpp"

namespace sx_review {

namespace {
constexpr std::string_view kBom = "\xEF\xBB\xBF";
constexpr std::string_view kFullwidthSpace = "\xE3\x80\x80";  // U+3000
constexpr std::string_view kFullwidthComma = "\xEF\xBC\x8C";  // U+FF0C，

// The length of a field separator at `at`, 0 if none: a comma (either width), a tab, a blank.
std::size_t separator_at(std::string_view line, std::size_t at) {
  const char c = line[at];
  if (c == ',' || c == '\t' || c == ' ' || c == ';') return 1;
  for (const auto wide : {kFullwidthSpace, kFullwidthComma}) {
    if (line.substr(at, wide.size()) == wide) return wide.size();
  }
  return 0;
}

// The line's fields: CSV quoting ("a ""b""") is honoured, and runs of separators count as one,
// since pasted text separates with any number of blanks or tabs.
std::vector<std::string> fields_of(std::string_view line) {
  std::vector<std::string> fields;
  std::size_t at = 0;
  while (at < line.size()) {
    if (const std::size_t skip = separator_at(line, at)) {
      at += skip;
      continue;
    }
    std::string field;
    if (line[at] == '"') {
      for (++at; at < line.size(); ++at) {
        if (line[at] != '"') field += line[at];
        else if (at + 1 < line.size() && line[at + 1] == '"') field += line[++at];
        else break;
      }
      ++at;
    } else {
      while (at < line.size() && separator_at(line, at) == 0) field += line[at++];
    }
    fields.push_back(std::move(field));
  }
  return fields;
}

bool has_digit(std::string_view text) {
  return std::any_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// "2019", "2019年", "2019-06-30", "2019/6/30", "2019年6月30日", "2019.6": the year; nullopt if
// the field is none of these.
std::optional<int> year_of(std::string_view field) {
  if (field.size() < 4 || !std::all_of(field.begin(), field.begin() + 4, [](char c) { return c >= '0' && c <= '9'; })) {
    return std::nullopt;
  }
  std::string_view rest = field.substr(4);
  while (!rest.empty()) {
    std::size_t skip = 0;
    if ((rest[0] >= '0' && rest[0] <= '9') || rest[0] == '-' || rest[0] == '/' || rest[0] == '.') skip = 1;
    for (const std::string_view unit : {"年", "月", "日"}) {
      if (rest.substr(0, unit.size()) == unit) skip = unit.size();
    }
    if (skip == 0) return std::nullopt;
    rest.remove_prefix(skip);
  }
  return std::stoi(std::string(field.substr(0, 4)));
}

std::string code_problem_zh(const std::string& code) {
  switch (sx::check_credit_code(code)) {
    case sx::CreditCodeProblem::None: return "";
    case sx::CreditCodeProblem::Length: return "“" + code + "”不是 18 位的统一社会信用代码";
    case sx::CreditCodeProblem::Character: return "“" + code + "”含有统一社会信用代码不用的字符（I、O、Z、S、V 或符号）";
    case sx::CreditCodeProblem::CheckCharacter: {
      const auto expected = sx::credit_code_check_character(std::string_view(code).substr(0, 17));
      return "统一社会信用代码“" + code + "”的校验码应为 " + std::string(1, expected.value_or('?'));
    }
  }
  return "";
}

std::string code_problem_en(const std::string& code) {
  switch (sx::check_credit_code(code)) {
    case sx::CreditCodeProblem::None: return "";
    case sx::CreditCodeProblem::Length: return "\"" + code + "\" is not an 18-character credit code";
    case sx::CreditCodeProblem::Character: return "\"" + code + "\" holds a character credit codes do not use";
    case sx::CreditCodeProblem::CheckCharacter: return "the check character of \"" + code + "\" is wrong";
  }
  return "";
}
}  // namespace

std::string code_key(std::string_view code) {
  std::string key;
  key.reserve(code.size());
  for (std::size_t i = 0; i < code.size(); ++i) {
    const char c = code[i];
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n') continue;
    if (code.substr(i, kFullwidthSpace.size()) == kFullwidthSpace) {
      i += kFullwidthSpace.size() - 1;
      continue;
    }
    key += (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
  }
  return key;
}

void RevokedList::add(RevokedEntry entry) {
  const auto found = by_code_.find(entry.code);
  if (found != by_code_.end()) {
    RevokedEntry& kept = entries_[found->second];
    const bool takes_over = kept.year && (!entry.year || *entry.year > *kept.year);
    if (takes_over) kept = std::move(entry);
    return;
  }
  by_code_.emplace(entry.code, entries_.size());
  entries_.push_back(std::move(entry));
}

const RevokedEntry* RevokedList::find(std::string_view code) const {
  const auto found = by_code_.find(std::string(code));
  return found == by_code_.end() ? nullptr : &entries_[found->second];
}

std::string ListProblem::text_zh() const {
  return line == 0 ? zh : "第 " + std::to_string(line) + " 行：" + zh;
}

std::string ListProblem::text() const {
  if (line == 0) return zh + " / " + en;
  return text_zh() + " / line " + std::to_string(line) + ": " + en;
}

RevokedListRead read_revoked_list(std::string_view text) {
  if (text.substr(0, kBom.size()) == kBom) text.remove_prefix(kBom.size());
  RevokedList list;
  std::vector<ListProblem> problems;
  std::size_t left_out = 0;
  const auto problem = [&](std::size_t line, std::string zh, std::string en) {
    if (problems.size() < sx::kMaxReportedProblems) problems.push_back({line, std::move(zh), std::move(en)});
    else ++left_out;
  };
  bool first = true;
  std::size_t number = 0;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find_first_of("\r\n", start);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view line = text.substr(start, end - start);
    ++number;
    start = end + (text.substr(end, 2) == "\r\n" ? 2 : 1);
    const std::vector<std::string> fields = fields_of(line);
    if (fields.empty()) continue;
    // A first line whose first field has no digit names the columns (code, 统一社会信用代码…).
    const bool header = first && !has_digit(fields[0]);
    first = false;
    if (header) continue;
    RevokedEntry entry{code_key(fields[0]), std::nullopt, number};
    const std::string code_zh = code_problem_zh(entry.code);
    if (!code_zh.empty()) {
      problem(number, code_zh, code_problem_en(entry.code));
      continue;
    }
    if (fields.size() >= 2) {
      entry.year = year_of(fields[1]);
      if (!entry.year || *entry.year < 1990 || *entry.year > 2100) {
        problem(number, "“" + fields[1] + "”不是撤销的年份（应为如 2019 或 2019-06-30）",
                "\"" + fields[1] + "\" is not the year of revocation (such as 2019 or 2019-06-30)");
        continue;
      }
    }
    list.add(std::move(entry));
  }
  if (left_out > 0) {
    problems.push_back({0, "另有 " + std::to_string(left_out) + " 处问题",
                        "and " + std::to_string(left_out) + " more problems"});
  }
  RevokedListRead read;
  if (problems.empty()) read.list = std::move(list);
  read.problems = std::move(problems);
  return read;
}

}  // namespace sx_review
