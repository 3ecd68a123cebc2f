#include "quick_check.hpp"

#include <algorithm>

namespace sx_app {

namespace {
bool decides(const sx::QuickQuestion& question, const sx::Condition& condition) {
  if (!question.metric.empty()) {
    return condition.kind == sx::RuleKind::MetricAtLeast && condition.metric == question.metric;
  }
  return std::find(condition.facts.begin(), condition.facts.end(), question.fact) != condition.facts.end();
}

bool asked(const sx::Standard& standard, const sx::Condition& condition) {
  return std::any_of(standard.quick_check.begin(), standard.quick_check.end(),
                     [&](const sx::QuickQuestion& q) { return decides(q, condition); });
}

QuickCondition quick_condition(const sx::Standard& standard, const sx::ConditionResult& result) {
  const auto it = std::find_if(standard.conditions.begin(), standard.conditions.end(),
                               [&](const sx::Condition& c) { return c.id == result.id; });
  const sx::Condition* condition = it == standard.conditions.end() ? nullptr : &*it;
  return {condition, result.state, result.value_zh, condition != nullptr && asked(standard, *condition)};
}

// Nothing the core found false, and every condition the quick check asked about met.
bool within_reach(const sx::Standard& standard, const sx::CategoryResult& category) {
  if (!category.failed.empty()) return false;
  return std::all_of(category.conditions.begin(), category.conditions.end(), [&](const sx::ConditionResult& r) {
    const QuickCondition c = quick_condition(standard, r);
    return !c.asked || c.state == sx::Tri::True;
  });
}
}  // namespace

std::vector<QuickQuestionInfo> quick_questions(const Model& model) {
  const sx::Standard& standard = model.standard();
  std::vector<QuickQuestionInfo> list;
  for (const auto& question : standard.quick_check) {
    QuickQuestionInfo info;
    info.question = &question;
    if (!question.fact.empty()) {
      info.fact = standard.fact(question.fact);
      info.answered = model.document().fact(question.fact) != nullptr;
    } else {
      info.metric = standard.metric(question.metric);
      info.answered = model.document().metric(question.metric).has_value();
    }
    for (const auto& condition : standard.conditions) {
      if (decides(question, condition)) info.conditions.push_back(&condition);
    }
    list.push_back(std::move(info));
  }
  return list;
}

QuickResult quick_result(const Model& model) {
  const sx::Standard& standard = model.standard();
  const sx::Evaluation& evaluation = model.evaluation();
  QuickResult result;
  for (const auto& info : quick_questions(model)) result.answered += info.answered ? 1 : 0;
  // The evaluation lists the categories in the standard's order, the lowest rank first.
  std::optional<std::size_t> reach;
  for (std::size_t i = 0; i < evaluation.categories.size(); ++i) {
    if (within_reach(standard, evaluation.categories[i])) reach = i;
  }
  std::size_t next = 0;
  if (reach) {
    const sx::CategoryResult& category = evaluation.categories[*reach];
    result.within_reach = category.id;
    for (const auto& r : category.conditions) {
      const QuickCondition c = quick_condition(standard, r);
      if (!c.asked && c.state != sx::Tri::True) ++result.to_confirm;
    }
    next = *reach + 1;
  }
  if (next >= evaluation.categories.size()) return result;
  const sx::CategoryResult& above = evaluation.categories[next];
  result.next = above.id;
  for (const auto& r : above.conditions) {
    const QuickCondition c = quick_condition(standard, r);
    if (c.state == sx::Tri::False) result.lacking.push_back(c);
    else if (c.asked && c.state == sx::Tri::Unknown) result.uncertain.push_back(c);
  }
  return result;
}

}  // namespace sx_app
