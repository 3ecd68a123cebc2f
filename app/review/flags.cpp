#include "flags.hpp"

#include <algorithm>
#include <string_view>
#include <unordered_map>
#include <utility>

#include "sx/credit_code.hpp"

namespace sx_review {

namespace {
using Values = std::vector<std::pair<std::string_view, std::string>>;

// The data's sentence with its {placeholders} filled in, in one pass: a value is never read again
// for placeholders (a file named "{code}.json" stays so).
std::string fill(const std::string& text, const Values& values) {
  std::string out;
  std::size_t at = 0;
  while (at < text.size()) {
    const std::size_t open = text.find('{', at);
    const std::size_t close = open == std::string::npos ? std::string::npos : text.find('}', open);
    if (close == std::string::npos) break;
    out.append(text, at, open - at);
    const std::string_view name(text.data() + open + 1, close - open - 1);
    const auto value = std::find_if(values.begin(), values.end(), [&](const auto& v) { return v.first == name; });
    if (value != values.end()) out += value->second;
    else out.append(text, open, close - open + 1);
    at = close + 1;
  }
  return out.append(text, std::min(at, text.size()), std::string::npos);
}

std::string joined(const std::vector<std::string>& parts, std::string_view separator) {
  std::string text;
  for (const auto& part : parts) text += (text.empty() ? "" : std::string(separator)) + part;
  return text;
}

std::size_t characters(std::string_view utf8) {
  return static_cast<std::size_t>(std::count_if(utf8.begin(), utf8.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  }));
}

const std::string& category_title(const sx::Standard& standard, const std::string& id) {
  const sx::Category* category = standard.category(id);
  return category != nullptr ? category->title : id;
}

// The other files of a code's group, a handful by name: a code in 500 files must not make a cell
// of 500 names.
std::string other_files(const std::vector<ReviewRow>& rows, const std::vector<std::size_t>& group, std::size_t self) {
  constexpr std::size_t kNamed = 5;
  std::vector<std::string> names;
  for (std::size_t k = 0; k < group.size() && names.size() < kNamed; ++k) {
    if (group[k] != self) names.push_back(rows[group[k]].file);
  }
  std::string text = joined(names, "、");
  if (group.size() - 1 > kNamed) text += " 等 " + std::to_string(group.size() - 1) + " 个文件";
  return text;
}

class Flagger {
 public:
  Flagger(std::vector<ReviewRow>& rows, const FlagContext& context)
      : rows_(rows), standard_(*context.standard), rules_(standard_.review), context_(context) {
    for (std::size_t i = 0; i < rows_.size(); ++i) {
      if (!rows_[i].readable) continue;
      const std::string key = code_key(rows_[i].credit_code);
      if (!key.empty()) by_code_[key].rows.push_back(i);
    }
    // The categories a code's files declare, once per code: the group may be the whole batch.
    for (auto& [key, group] : by_code_) {
      if (group.rows.size() < 2) continue;
      std::vector<std::string> titles;
      for (const auto& category : standard_.categories) {
        const bool declared = std::any_of(group.rows.begin(), group.rows.end(),
                                          [&](std::size_t j) { return rows_[j].category == category.id; });
        if (declared) titles.push_back(category.title);
      }
      if (titles.size() > 1) group.categories = joined(titles, "、");
    }
  }

  void flag(std::size_t i) {
    ReviewRow& row = rows_[i];
    row.flags.clear();
    if (!row.readable) return;
    for (const auto& def : rules_.flags) {
      std::vector<std::string> details;
      std::string article = def.article;
      if (def.code == "duplicate") details = duplicate(def, i);
      else if (def.code == "revoked") details = revoked(def, row);
      else if (def.code == "outside_shaoxing") details = outside(def, row);
      else if (def.code == "credit_code_invalid") details = invalid_code(def, row);
      else if (def.code == "category_not_met") details = not_met(def, row, article);
      else if (def.code == "incomplete") details = incomplete(def, row);
      if (details.empty()) continue;
      row.flags.push_back({def.code, def.label + "：" + joined(details, "；") + "（" + article + "）"});
    }
  }

 private:
  std::vector<std::string> duplicate(const sx::ReviewFlag& def, std::size_t i) const {
    const ReviewRow& row = rows_[i];
    std::vector<std::string> details;
    const auto group = by_code_.find(code_key(row.credit_code));
    if (group != by_code_.end() && group->second.rows.size() > 1) {
      const std::string files = other_files(rows_, group->second.rows, i);
      details.push_back(fill(def.detail("same_code"), {{"code", row.credit_code}, {"files", files}}));
      if (!group->second.categories.empty()) {
        details.push_back(fill(def.detail("other_categories"), {{"categories", group->second.categories}}));
      }
    }
    if (row.declares_other_category) details.push_back(def.detail("self_declared"));
    return details;
  }

  std::vector<std::string> revoked(const sx::ReviewFlag& def, const ReviewRow& row) const {
    if (context_.revoked == nullptr) return {};
    const RevokedEntry* entry = context_.revoked->find(code_key(row.credit_code));
    if (entry == nullptr) return {};
    const Values values = {{"line", std::to_string(entry->line)},
                           {"year", entry->year ? std::to_string(*entry->year) : ""},
                           {"review_year", std::to_string(context_.year)},
                           {"window", std::to_string(rules_.revocation_window_years)}};
    if (!entry->year) return {fill(def.detail("listed_without_year"), values)};
    // Only years are known: revoked in the review year or the two before, the bar still holds;
    // exactly three years before, it depends on the day; a revocation after the review year does
    // not bar that year's application.
    const int years = context_.year - *entry->year;
    if (years < 0 || years > rules_.revocation_window_years) return {};
    return {fill(def.detail(years < rules_.revocation_window_years ? "listed" : "listed_boundary"), values)};
  }

  std::vector<std::string> outside(const sx::ReviewFlag& def, const ReviewRow& row) const {
    // 3rd–8th characters: the registration authority's division (GB 32100); only digits are one.
    const auto division = sx::registration_division(code_key(row.credit_code));
    if (!division || rules_.in_division(*division)) return {};
    return {fill(def.detail("division"), {{"division", *division}, {"place", rules_.division_label}, {"prefix", rules_.division_prefix}})};
  }

  std::vector<std::string> invalid_code(const sx::ReviewFlag& def, const ReviewRow& row) const {
    const std::string& code = row.credit_code;
    if (code.empty()) return {};  // not given: `incomplete` says so
    switch (sx::check_credit_code(code)) {
      case sx::CreditCodeProblem::None: return {};
      case sx::CreditCodeProblem::Length:
        return {fill(def.detail("length"), {{"code", code}, {"length", std::to_string(characters(code))}})};
      case sx::CreditCodeProblem::Character: return {fill(def.detail("character"), {{"code", code}})};
      case sx::CreditCodeProblem::CheckCharacter: {
        const auto expected = sx::credit_code_check_character(std::string_view(code).substr(0, 17));
        return {fill(def.detail("check_character"), {{"code", code}, {"expected", std::string(1, expected.value_or('?'))}})};
      }
    }
    return {};
  }

  // The article is the failed conditions' own (第五条, 第七条 …), not the flag's general one.
  std::vector<std::string> not_met(const sx::ReviewFlag& def, const ReviewRow& row, std::string& article) const {
    if (row.unmet_conditions.empty()) return {};
    std::vector<std::string> titles, articles;
    for (const auto& id : row.unmet_conditions) {
      const sx::Condition* found = standard_.condition(id);
      if (found == nullptr) {
        titles.push_back(id);
        continue;
      }
      titles.push_back(found->title);
      if (std::find(articles.begin(), articles.end(), found->article) == articles.end()) articles.push_back(found->article);
    }
    if (!articles.empty()) article = joined(articles, "、");
    return {fill(def.detail("failed"), {{"category", category_title(standard_, row.category)}, {"conditions", joined(titles, "、")}})};
  }

  std::vector<std::string> incomplete(const sx::ReviewFlag& def, const ReviewRow& row) const {
    if (row.category.empty()) return {def.detail("no_category")};
    if (row.missing_count == 0) return {};
    std::string needs = joined(row.first_missing, "、");
    if (static_cast<std::size_t>(row.missing_count) > row.first_missing.size()) needs += " 等";
    return {fill(def.detail("missing"), {{"category", category_title(standard_, row.category)},
                                         {"count", std::to_string(row.missing_count)},
                                         {"needs", needs}})};
  }

  std::vector<ReviewRow>& rows_;
  const sx::Standard& standard_;
  const sx::ReviewRules& rules_;
  const FlagContext& context_;
  struct Group {
    std::vector<std::size_t> rows;  // of one credit code, in file order
    std::string categories;         // the categories they declare, when more than one
  };
  std::unordered_map<std::string, Group> by_code_;
};
}  // namespace

void flag_rows(std::vector<ReviewRow>& rows, const FlagContext& context) {
  Flagger flagger(rows, context);
  for (std::size_t i = 0; i < rows.size(); ++i) flagger.flag(i);
}

}  // namespace sx_review
