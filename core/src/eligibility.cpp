// Eligibility per category (spec "Eligibility"): each condition is true, false or unknown;
// a category is eligible when all its conditions and the basic ones hold.
#include <algorithm>
#include <string>

#include "evaluate_parts.hpp"
#include "sx/text.hpp"

namespace sx::detail {

namespace {
Tri fact_state(const Json* fact) {
  if (fact == nullptr || !fact->is_boolean()) return Tri::Unknown;
  return fact->get<bool>() ? Tri::True : Tri::False;
}

// What is true of the enterprise, in the fact's own words (未被撤销, not 否); unknown is 未填.
std::string fact_words(const FactDef* def, const std::string& key, Tri state) {
  if (state == Tri::Unknown) return "未填";
  if (def == nullptr) return key;  // a loaded standard defines every fact a condition names
  return def->words(state == Tri::True);
}

// All true → true; any false → false; otherwise unknown.
Tri all_of(const std::vector<Tri>& states) {
  bool unknown = false;
  for (const Tri state : states) {
    if (state == Tri::False) return Tri::False;
    if (state == Tri::Unknown) unknown = true;
  }
  return unknown ? Tri::Unknown : Tri::True;
}
}  // namespace

ConditionResult evaluate_condition(const Standard& standard, const Condition& condition,
                                   const Assessment& assessment,
                                   const std::vector<ModeResult>& modes) {
  ConditionResult result;
  result.id = condition.id;
  switch (condition.kind) {
    case RuleKind::FactsTrue: {
      std::vector<Tri> states;
      std::vector<std::string> values;
      for (const auto& key : condition.facts) {
        states.push_back(fact_state(assessment.fact(key)));
        const FactDef* def = standard.fact(key);
        // Of several facts, an unanswered one is named: "已在绍兴市注册；具有独立法人资格：未填".
        const bool name_it = states.back() == Tri::Unknown && condition.facts.size() > 1 && def != nullptr;
        values.push_back((name_it ? def->label + "：" : std::string()) + fact_words(def, key, states.back()));
      }
      result.state = all_of(states);
      const bool none = std::all_of(states.begin(), states.end(), [](Tri s) { return s == Tri::Unknown; });
      result.value_zh = none ? "未填" : join(values, "；");
      break;
    }
    case RuleKind::FactFalse: {
      const Tri fact = fact_state(assessment.fact(condition.facts.at(0)));
      result.state = fact == Tri::Unknown ? Tri::Unknown : fact == Tri::True ? Tri::False : Tri::True;
      result.value_zh = fact_words(standard.fact(condition.facts.at(0)), condition.facts.at(0), fact);
      break;
    }
    case RuleKind::SetNonEmpty: {
      const Json* fact = assessment.fact(condition.facts.at(0));
      if (fact == nullptr || !fact->is_array()) {
        result.state = Tri::Unknown;
        result.value_zh = "未填";
        break;
      }
      result.state = fact->empty() ? Tri::False : Tri::True;
      const FactDef* def = standard.fact(condition.facts.at(0));
      std::vector<std::string> labels;
      for (const auto& key : *fact) {
        const Option* option = def != nullptr ? def->option(key.get<std::string>()) : nullptr;
        labels.push_back(option != nullptr ? option->label : key.get<std::string>());
      }
      result.value_zh = labels.empty() ? "无" : join(labels, "；");
      break;
    }
    case RuleKind::MetricAtLeast: {
      const auto value = assessment.metric(condition.metric);
      result.state = !value ? Tri::Unknown : *value >= condition.min ? Tri::True : Tri::False;
      result.value_zh = value ? percent_text(*value) : "未填";
      break;
    }
    case RuleKind::AnyModeBasicallyMet: {
      bool any_answered = false;
      int open = 0;  // modes that could still become basically met: not rated through, none unmet
      std::vector<std::string> met;
      for (const auto& mode : modes) {
        const int count = mode.met + mode.partial + mode.unmet + mode.unanswered;
        if (mode.unanswered < count) any_answered = true;
        if (mode.basically_met) met.push_back(standard.mode(mode.key)->title);
        if (mode.state() == Tri::Unknown) ++open;
      }
      result.state = !met.empty() ? Tri::True : any_answered ? Tri::False : Tri::Unknown;
      // The spec's rule (unmet once anything is rated) stands; the words say when rating the rest
      // could still change it, so a half-rated mode does not read as a final 不具备.
      result.value_zh = !met.empty()     ? join(met, "；")
                        : !any_answered ? "未评"
                        : open > 0      ? "暂无基本具备的模式（" + std::to_string(open) + " 种尚未评完）"
                                        : "无基本具备的模式";
      break;
    }
  }
  return result;
}

std::vector<CategoryResult> evaluate_categories(const Standard& standard,
                                                const Assessment& assessment,
                                                const std::vector<ModeResult>& modes) {
  std::vector<ConditionResult> basic;
  for (const auto& condition : standard.conditions) {
    if (standard.is_common(condition)) {
      basic.push_back(evaluate_condition(standard, condition, assessment, modes));
    }
  }
  std::vector<CategoryResult> categories;
  for (const auto& category : standard.categories) {
    CategoryResult result;
    result.id = category.id;
    result.conditions = basic;
    for (const auto& condition : standard.conditions) {
      if (condition.category == category.id) {
        result.conditions.push_back(evaluate_condition(standard, condition, assessment, modes));
      }
    }
    std::vector<Tri> states;
    for (const auto& condition : result.conditions) {
      states.push_back(condition.state);
      if (condition.state == Tri::False) result.failed.push_back(condition.id);
      if (condition.state == Tri::Unknown) result.unknown.push_back(condition.id);
    }
    result.eligible = all_of(states);
    categories.push_back(std::move(result));
  }
  return categories;
}

}  // namespace sx::detail
