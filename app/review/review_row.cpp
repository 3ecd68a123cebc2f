#include "review_row.hpp"

#include <algorithm>

#include "model.hpp"
#include "needs.hpp"

namespace sx_review {

namespace {
// The enterprise field of a kind (the credit code, the district): found by kind, as the core and
// the forms find it, not by key.
std::string field_of_kind(const sx::Standard& standard, const sx::Assessment& document, sx::FieldKind kind) {
  for (const auto& field : standard.enterprise_fields) {
    if (field.kind == kind) return document.enterprise_text(field.key);
  }
  return "";
}
}  // namespace

const char* decision_id(Decision decision) {
  switch (decision) {
    case Decision::None: return "";
    case Decision::Recommend: return "recommend";
    case Decision::NotRecommend: return "not_recommend";
    case Decision::Pending: return "pending";
  }
  return "";
}

const char* decision_zh(Decision decision) {
  switch (decision) {
    case Decision::None: return "";
    case Decision::Recommend: return "推荐";
    case Decision::NotRecommend: return "不推荐";
    case Decision::Pending: return "待定";
  }
  return "";
}

std::optional<Decision> decision_from_id(std::string_view id) {
  for (const Decision d : {Decision::None, Decision::Recommend, Decision::NotRecommend, Decision::Pending}) {
    if (id == decision_id(d)) return d;
  }
  return std::nullopt;
}

bool ReviewRow::has_flag(std::string_view code) const {
  return std::any_of(flags.begin(), flags.end(), [&](const Flag& flag) { return flag.code == code; });
}

bool ReviewRow::verdicts_questioned(const sx::Standard& standard) const {
  return std::any_of(flags.begin(), flags.end(), [&](const Flag& flag) {
    const sx::ReviewFlag* def = standard.review.flag(flag.code);
    return def != nullptr && def->questions_verdicts;
  });
}

std::optional<sx::Tri> ReviewRow::verdict(std::string_view category) const {
  for (const auto& verdict : verdicts) {
    if (verdict.category == category) return verdict.eligible;
  }
  return std::nullopt;
}

ReviewRow row_of(const Submission& submission, const sx::Standard& standard) {
  ReviewRow row;
  row.file = submission.file;
  for (const auto& category : standard.categories) row.verdicts.push_back({category.id, std::nullopt});
  if (!submission.readable()) {
    row.error = submission.reason_text();
    row.error_zh = submission.reason_zh();
    return row;
  }
  const sx::Assessment& document = *submission.assessment;
  // The document is valid, so its standard is known; the model gives the check list's needs.
  const sx_app::Model model(*sx::find_standard(document.standard_id()), document);
  const sx::Standard& own = model.standard();
  const sx::Evaluation& evaluation = model.evaluation();
  row.readable = true;
  row.enterprise = document.enterprise_text("name");
  row.credit_code = field_of_kind(own, document, sx::FieldKind::CreditCode);
  row.district = field_of_kind(own, document, sx::FieldKind::District);
  row.type = document.type();
  row.category = document.category().value_or("");
  row.total = evaluation.total;
  row.complete = evaluation.complete;
  for (auto& verdict : row.verdicts) {
    if (const sx::CategoryResult* result = evaluation.category(verdict.category)) verdict.eligible = result->eligible;
  }
  row.recommended = evaluation.recommended.value_or("");
  for (const auto& field : standard.review.summary_fields) {
    row.summary.push_back(field.part == "project" ? document.project_text(field.key) : document.enterprise_text(field.key));
  }
  if (const sx::CategoryResult* declared = evaluation.category(row.category)) row.unmet_conditions = declared->failed;
  if (!row.category.empty()) {
    for (const auto& group : sx_app::category_needs(model, row.category)) {
      for (const auto& need : group.needs) {
        if (need.answered()) continue;
        if (row.first_missing.size() < kMissingNamed) row.first_missing.push_back(need.label);
        ++row.missing_count;
      }
    }
  }
  for (const auto& need : sx_app::check_needs(model)) row.findings.push_back(need.label);
  const sx::Json* other = document.fact(standard.review.other_category_fact);
  row.declares_other_category = other != nullptr && other->is_boolean() && other->get<bool>();
  return row;
}

}  // namespace sx_review
