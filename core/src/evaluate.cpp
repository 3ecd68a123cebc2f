#include <cmath>
#include <string_view>

#include "evaluate_parts.hpp"
#include "sx/credit_code.hpp"
#include "sx/derive.hpp"
#include "sx/text.hpp"

namespace sx {

const char* tri_name(Tri value) {
  return value == Tri::True ? "true" : value == Tri::False ? "false" : "unknown";
}

namespace {
template <typename T>
const T* find_id(const std::vector<T>& list, std::string_view id, std::string T::*member) {
  for (const auto& entry : list) {
    if (entry.*member == id) return &entry;
  }
  return nullptr;
}

// GB 32100: a credit code's length, alphabet and check character (a finding, not an error).
void credit_code_warnings(const Field& field, const Assessment& assessment, Messages& warnings) {
  const std::string code = assessment.enterprise_text(field.key);
  if (code.empty()) return;
  const std::string path = path_member("enterprise", field.key);
  switch (check_credit_code(code)) {
    case CreditCodeProblem::None:
      break;
    case CreditCodeProblem::Length:
      warnings.push_back({path, "统一社会信用代码应为 18 位",
                          "the unified social credit code must have 18 characters"});
      break;
    case CreditCodeProblem::Character:
      warnings.push_back({path,
                          "统一社会信用代码含有不允许的字符（只用数字和除 I、O、Z、S、V 外的大写字母）",
                          "the credit code holds a character outside its alphabet"});
      break;
    case CreditCodeProblem::CheckCharacter:
      warnings.push_back({path, "统一社会信用代码校验位不正确，请核对",
                          "the credit code's check character is wrong"});
      break;
  }
}

// Digits with at most one decimal point: what an amount field holds ("6500", "1200.5").
bool plain_number(std::string_view text) {
  if (text.empty() || text.front() == '.' || text.back() == '.') return false;
  int points = 0;
  for (const char c : text) {
    if (c == '.') ++points;
    else if (c < '0' || c > '9') return false;
  }
  return points <= 1;
}

// An amount typed with its unit or separators ("6,500万元") prints its unit twice in the draft.
void amount_warning(const Field& field, const std::string& member, const std::string& text, Messages& warnings) {
  if (text.empty() || plain_number(text)) return;
  warnings.push_back({path_member(member, field.key), field.label + "请只填数字（如 6500），不带单位和逗号",
                      field.label_en + " should be a plain number"});
}

// A phone number a reviewer can dial: 11 digits for a mobile (1…), 10–12 with the area code for a
// fixed line (0575-88888888), 7–8 without; spaces, "-", brackets and +86 allowed, an extension after
// 转 not counted. A newcomer's 12-digit mobile went into the draft unremarked.
bool dialable(std::string_view text) {
  const std::size_t extension = text.find("转");
  if (extension != std::string_view::npos) text = text.substr(0, extension);
  std::string digits;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c >= '0' && c <= '9') digits += c;
    else if (c == '+' && digits.empty()) continue;
    else if (c != ' ' && c != '-' && c != '(' && c != ')') return false;
  }
  if (text.find('+') != std::string_view::npos) {
    if (digits.rfind("86", 0) != 0) return false;
    digits.erase(0, 2);
  }
  if (digits.empty()) return false;
  if (digits[0] == '1') return digits.size() == 11;
  if (digits[0] == '0') return digits.size() >= 10 && digits.size() <= 12;
  return digits.size() == 7 || digits.size() == 8;
}

void phone_warning(const Field& field, const std::string& member, const std::string& text, Messages& warnings) {
  if (text.empty() || dialable(text)) return;
  warnings.push_back({path_member(member, field.key),
                      field.label + "的位数或写法不对，请核对：手机号码为 11 位，固定电话如 0575-88888888",
                      field.label_en + " is not a Chinese phone number"});
}

std::optional<RegistrationPlace> registration_of(const Standard& standard, const Assessment& assessment) {
  if (standard.review.division_prefix.empty()) return std::nullopt;
  for (const auto& field : standard.enterprise_fields) {
    if (field.kind != FieldKind::CreditCode) continue;
    const std::string code = assessment.enterprise_text(field.key);
    if (check_credit_code(code) != CreditCodeProblem::None) continue;
    const auto division = registration_division(code);
    if (!division) continue;
    const auto named = standard.review.division_names.find(*division);
    return RegistrationPlace{*division, standard.review.in_division(*division),
                             named != standard.review.division_names.end() ? named->second : ""};
  }
  return std::nullopt;
}

// 第五条（一）: 在绍兴市境内注册 said 是 while the credit code's registration authority lies elsewhere.
void registration_warning(const Standard& standard, const Assessment& assessment,
                          const std::optional<RegistrationPlace>& place, Messages& warnings) {
  const std::string& fact = standard.review.division_fact;
  const Json* said = fact.empty() ? nullptr : assessment.fact(fact);
  if (place == std::nullopt || place->inside || said == nullptr || *said != Json(true)) return;
  const std::string& where = standard.review.division_label;
  warnings.push_back({path_member("facts", fact),
                      "统一社会信用代码第 3–8 位（登记机关的行政区划代码）为 " + place->division + "，不是" + where +
                          "的（" + where + "的以 " + standard.review.division_prefix + " 开头），与“在" + where +
                          "境内注册”不符，请核对",
                      "the credit code's registration division " + place->division + " lies outside " +
                          standard.review.division_prefix + "xx"});
}

// Findings that do not make the document invalid but that a reviewer should see.
Messages warnings_for(const Standard& standard, const Assessment& assessment) {
  Messages warnings;
  for (const auto& field : standard.enterprise_fields) {
    if (field.kind == FieldKind::CreditCode) credit_code_warnings(field, assessment, warnings);
    if (field.kind == FieldKind::Amount) amount_warning(field, "enterprise", assessment.enterprise_text(field.key), warnings);
    if (field.kind == FieldKind::Phone) phone_warning(field, "enterprise", assessment.enterprise_text(field.key), warnings);
  }
  for (const auto& field : standard.project_fields) {
    if (field.kind == FieldKind::Amount) amount_warning(field, "project", assessment.project_text(field.key), warnings);
  }
  // A metric the user typed that disagrees with the counts it derives from.
  for (const auto& derivation : standard.derivations) {
    const auto stated = assessment.metric(derivation.metric);
    const auto derived = derive(derivation, assessment).value;
    if (stated && derived && std::fabs(*stated - *derived) > 0.05) {
      warnings.push_back({path_member("metrics", derivation.metric),
                          "填报值 " + percent_text(*stated) + " 与原始数据计算值 " +
                              percent_text(*derived) + " 不一致",
                          "stated " + percent_text(*stated) + " but the figures give " +
                              percent_text(*derived)});
    }
  }
  return warnings;
}
}  // namespace

const ItemResult* Evaluation::item(const std::string& id) const {
  return find_id(items, id, &ItemResult::id);
}
const CategoryResult* Evaluation::category(const std::string& id) const {
  return find_id(categories, id, &CategoryResult::id);
}
const ConditionResult* CategoryResult::condition(std::string_view id) const {
  return find_id(conditions, id, &ConditionResult::id);
}
const ConditionResult* Evaluation::condition(std::string_view id) const {
  for (const auto& category : categories) {
    if (const ConditionResult* result = category.condition(id)) return result;
  }
  return nullptr;
}
const ModeResult* Evaluation::mode(const std::string& key) const {
  return find_id(modes, key, &ModeResult::key);
}
const Message* Evaluation::warning_at(std::string_view path) const {
  return find_id(warnings, path, &Message::path);
}
std::vector<const Message*> Evaluation::findings_of(const Condition& condition) const {
  std::vector<const Message*> found;
  if (condition.kind == RuleKind::MetricAtLeast) {
    if (const Message* m = warning_at(path_member("metrics", condition.metric))) found.push_back(m);
  }
  for (const auto& fact : condition.facts) {
    if (const Message* m = warning_at(path_member("facts", fact))) found.push_back(m);
  }
  return found;
}

namespace {
// A met condition whose answers carry a finding is to check (ConditionResult::to_check).
void mark_to_check(const Standard& standard, Evaluation& evaluation) {
  for (auto& category : evaluation.categories) {
    for (auto& result : category.conditions) {
      const Condition* condition = standard.condition(result.id);
      if (condition == nullptr || result.state != Tri::True) continue;
      result.to_check = !evaluation.findings_of(*condition).empty();
    }
  }
}

}  // namespace

Evaluation evaluate(const Standard& standard, const Assessment& assessment) {
  Evaluation evaluation;
  evaluation.standard = standard.id;
  evaluation.type = assessment.type();
  const Table* table = standard.table(assessment.type());
  if (table == nullptr) return evaluation;  // not a valid document; validation says why

  evaluation.complete = true;
  for (const auto& section : table->sections) {
    SectionResult sum{section.id, 0, section.max};
    for (const auto& item : section.items) {
      ItemResult result = detail::score_item(item, assessment);
      sum.points += result.points;
      evaluation.complete = evaluation.complete && result.answered;
      evaluation.items.push_back(std::move(result));
    }
    evaluation.total += sum.points;
    evaluation.max += sum.max;
    evaluation.sections.push_back(sum);
  }

  for (const auto& mode : standard.modes) {
    evaluation.modes.push_back(detail::evaluate_mode(standard, mode, assessment));
  }
  evaluation.categories = detail::evaluate_categories(standard, assessment, evaluation.modes);

  // factory > workshop > line: the highest-ranked category the enterprise is eligible for.
  int best_rank = 0;
  for (const auto& category : standard.categories) {
    const CategoryResult* result = evaluation.category(category.id);
    if (result->eligible == Tri::True && category.rank > best_rank) {
      best_rank = category.rank;
      evaluation.recommended = category.id;
    }
  }

  evaluation.condition_gaps = detail::condition_gaps(standard, assessment, evaluation);
  evaluation.item_gaps = detail::item_gaps(standard, *table, assessment, evaluation);
  evaluation.warnings = warnings_for(standard, assessment);
  evaluation.registration = registration_of(standard, assessment);
  registration_warning(standard, assessment, evaluation.registration, evaluation.warnings);
  mark_to_check(standard, evaluation);
  return evaluation;
}

Evaluation evaluate(const Assessment& assessment) {
  const Standard* standard = find_standard(assessment.standard_id());
  if (standard == nullptr) return Evaluation{};
  return evaluate(*standard, assessment);
}

}  // namespace sx
