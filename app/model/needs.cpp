#include "needs.hpp"

#include <algorithm>

#include "sx/derive.hpp"
#include "sx/text.hpp"

namespace sx_app {

namespace {
// The metrics something asks for on this type: the type's table scores them, a condition tests
// them (conditions apply to both types).
bool metric_used(const Model& model, const std::string& metric) {
  for (const auto& section : model.table().sections) {
    for (const auto& item : section.items) {
      if (item.kind == sx::AnswerKind::Metric && item.metric == metric) return true;
    }
  }
  return std::any_of(model.standard().conditions.begin(), model.standard().conditions.end(),
                     [&](const sx::Condition& c) { return c.kind == sx::RuleKind::MetricAtLeast && c.metric == metric; });
}

// The figures a forced choice compares (亩均产值, spec inconsistency 9) on this type's table.
bool compared_figure(const Model& model, const std::string& figure) {
  for (const auto& section : model.table().sections) {
    for (const auto& item : section.items) {
      if (item.forced && (item.forced->when_figure == figure || item.forced->below_figure == figure)) return true;
    }
  }
  return false;
}

std::string figure_answer(const sx::FigureDef& figure, double value) {
  return sx::number_text(value) + (figure.unit.empty() || figure.unit == "%" ? figure.unit : " " + figure.unit);
}

// The first of a mode's elements not yet rated (1-based), or 0 when all are.
int first_unrated(const sx::Assessment& document, const sx::Mode& mode) {
  for (int n = 1; n <= static_cast<int>(mode.elements.size()); ++n) {
    if (!document.rating(mode.key, n)) return n;
  }
  return 0;
}

std::string mode_field(const sx::Mode& mode, int element) {
  return "modes." + mode.key + "." + std::to_string(element > 0 ? element : 1);
}

// The field a condition is answered by: its metric, or the first of its facts not yet answered
// (then the first not true), or for the modes (第八条（二）) the first element of the enterprise's
// own mode still to rate.
std::string condition_field(const Model& model, const sx::Condition& condition) {
  const sx::Assessment& document = model.document();
  switch (condition.kind) {
    case sx::RuleKind::MetricAtLeast: {
      const std::string figure = rate_figure_field(model, condition.metric);
      return figure.empty() ? metric_jump_key(condition) : figure;
    }
    case sx::RuleKind::AnyModeBasicallyMet: {
      const sx::Mode* own = model.standard().mode(document.type());
      return own != nullptr ? mode_field(*own, first_unrated(document, *own)) : std::string();
    }
    default:
      break;
  }
  for (const auto& fact : condition.facts) {
    if (document.fact(fact) == nullptr) return "facts." + fact;
  }
  if (condition.kind == sx::RuleKind::FactsTrue) {
    for (const auto& fact : condition.facts) {
      if (*document.fact(fact) != true) return "facts." + fact;
    }
  }
  return condition.facts.empty() ? std::string() : "facts." + condition.facts.front();
}

bool condition_started(const Model& model, const sx::Condition& condition) {
  const sx::Assessment& document = model.document();
  switch (condition.kind) {
    case sx::RuleKind::MetricAtLeast:
      return document.metric(condition.metric).has_value();
    case sx::RuleKind::AnyModeBasicallyMet:
      for (const auto& mode : model.evaluation().modes) {
        if (mode.met + mode.partial + mode.unmet > 0) return true;
      }
      return false;
    default:
      return std::any_of(condition.facts.begin(), condition.facts.end(),
                         [&](const std::string& fact) { return document.fact(fact) != nullptr; });
  }
}

}  // namespace

std::string metric_jump_key(const sx::Condition& condition) {
  return "metrics." + condition.metric + "@" + condition.id;
}

std::string item_field(const sx::Item& item) {
  return item.kind == sx::AnswerKind::Metric ? "metrics." + item.metric : "answers." + item.id;
}

std::string rate_figure_field(const Model& model, const std::string& metric) {
  const sx::Derivation* derivation = model.standard().derivation_of(metric);
  if (derivation == nullptr || !sx::derive(*derivation, model.document(), &model.standard()).value) return {};
  // 数控装备数 of 关键生产装备总数; 改造后 of 改造前/改造后.
  const std::string& moved = derivation->kind == sx::DerivationKind::Ratio ? derivation->from[0] : derivation->from[1];
  return "figures." + moved;
}

Need item_jump(const Model& model, const sx::Item& item) {
  const std::string figure = item.kind == sx::AnswerKind::Metric ? rate_figure_field(model, item.metric) : std::string();
  return figure.empty() ? Need{item.title, "", false, "score", item_field(item)} : Need{item.title, "", false, "figures", figure};
}

std::vector<Need> profile_needs(const Model& model) {
  const sx::Standard& standard = model.standard();
  const sx::Assessment& document = model.document();
  std::vector<Need> needs;
  for (const auto& field : standard.enterprise_fields) {
    std::string answer = document.enterprise_text(field.key);
    if (field.kind == sx::FieldKind::District && !answer.empty()) {
      if (const sx::Field* district = standard.district(answer)) answer = district->label;
    }
    needs.push_back({field.label, answer, !answer.empty(), "enterprise", "enterprise." + field.key});
  }
  // The type, which a new assessment has not chosen though it is scored on the first table.
  std::string type;
  if (document.type_chosen()) type = model.table().label + "（用" + model.table().number + "评分）";
  needs.push_back({"企业类型", type, false, "enterprise", "type"});
  for (const auto& field : standard.project_fields) {
    const std::string answer = document.project_text(field.key);
    // Also asked on 导出, beside the check list that links to them.
    needs.push_back({field.label, answer, !answer.empty(), "export", "project." + field.key});
  }
  return needs;
}

std::vector<Need> figure_needs(const Model& model) {
  const sx::Standard& standard = model.standard();
  const sx::Assessment& document = model.document();
  std::vector<Need> needs;
  for (const auto& figure : standard.figures) {
    const sx::Derivation* derivation = nullptr;
    for (const auto& d : standard.derivations) {
      if (d.from[0] == figure.key || d.from[1] == figure.key) derivation = &d;
    }
    const bool needed = derivation != nullptr ? metric_used(model, derivation->metric) : compared_figure(model, figure.key);
    if (!needed) continue;
    std::string answer;
    if (const auto value = document.figure(figure.key)) {
      answer = figure_answer(figure, *value);
    } else if (derivation != nullptr) {
      // The rate typed directly (on 申报类别 or 评分表) answers what the figure was for.
      if (const auto rate = document.metric(derivation->metric)) answer = "（直接填写的比率 " + sx::percent_text(*rate) + "）";
    }
    needs.push_back({figure.label, answer, !answer.empty(), "figures", "figures." + figure.key});
  }
  return needs;
}

Need condition_need(const Model& model, const sx::Condition& condition) {
  const sx::ConditionResult* result = model.evaluation().condition(condition.id);
  std::string answer;
  if (result != nullptr && result->state != sx::Tri::Unknown) {
    answer = result->state == sx::Tri::True ? "满足" : "不满足";
    if (!result->value_zh.empty()) answer += "（" + result->value_zh + "）";
  }
  const bool modes = condition.kind == sx::RuleKind::AnyModeBasicallyMet;
  std::string field = condition_field(model, condition);
  const std::string screen = modes ? "modes" : field.rfind("figures.", 0) == 0 ? "figures" : "categories";
  return {condition.title, answer, !answer.empty() || condition_started(model, condition), screen, std::move(field)};
}

std::vector<Need> condition_needs(const Model& model, const std::string& group) {
  std::vector<Need> needs;
  for (const auto& condition : model.standard().conditions) {
    if (condition.category == group) needs.push_back(condition_need(model, condition));
  }
  return needs;
}

std::vector<Need> item_needs(const Model& model) {
  const sx::Table& table = model.table();
  std::vector<Need> needs;
  for (const auto& section : table.sections) {
    for (const auto& item : section.items) {
      const sx::ItemResult* result = model.evaluation().item(item.id);
      std::string answer;
      if (result != nullptr && result->answered) {
        answer = (result->answer_zh.empty() ? std::string("已填") : result->answer_zh) + "，得 " +
                 std::to_string(result->points) + " 分";
      }
      const Need jump = item_jump(model, item);
      needs.push_back({table.number + " " + item.id + " " + item.title, answer, !answer.empty(), jump.screen, jump.field});
    }
  }
  return needs;
}

std::vector<Need> mode_needs(const Model& model) {
  std::vector<Need> needs;
  for (const auto& mode : model.standard().modes) {
    const sx::ModeResult* result = model.evaluation().mode(mode.key);
    if (result == nullptr) continue;
    const int rated = result->met + result->partial + result->unmet;
    std::string answer;
    if (result->unanswered == 0) {
      answer = std::string(sx::mode_verdict_zh(*result)) + "（具备 " + std::to_string(result->met) +
               "，部分具备 " + std::to_string(result->partial) + "，不具备 " + std::to_string(result->unmet) + "）";
    }
    needs.push_back({mode.title, answer, rated > 0, "modes", mode_field(mode, first_unrated(model.document(), mode))});
  }
  return needs;
}

std::vector<Need> rated_mode_needs(const Model& model) {
  std::vector<Need> needs = mode_needs(model);
  needs.erase(std::remove_if(needs.begin(), needs.end(), [](const Need& need) { return !need.started; }), needs.end());
  return needs;
}

std::vector<NeedGroup> category_needs(const Model& model, const std::string& category) {
  std::vector<NeedGroup> groups;
  groups.push_back({"企业与项目", profile_needs(model)});
  groups.push_back({model.standard().common.title, condition_needs(model, model.standard().common.id)});
  const sx::Category* def = model.standard().category(category);
  if (def != nullptr) groups.push_back({def->title + "的认定条件", condition_needs(model, category)});
  groups.push_back({"评分表（" + model.table().number + "）", item_needs(model)});
  // 第八条（二）: only a smart factory needs a mode, and one is enough; the draft prints the modes
  // rated, so those started must be finished — until one is 基本具备: then another left half rated
  // is optional (the draft names it in a line), not a missing answer. None started: the condition
  // above asks for one.
  if (model.standard().takes_modes(category)) {
    std::vector<Need> rated = rated_mode_needs(model);
    const auto& modes = model.evaluation().modes;
    if (std::any_of(modes.begin(), modes.end(), [](const sx::ModeResult& m) { return m.basically_met; })) {
      rated.erase(std::remove_if(rated.begin(), rated.end(), [](const Need& need) { return !need.answered(); }),
                  rated.end());
    }
    if (!rated.empty()) groups.push_back({"五种新模式", std::move(rated)});
  }
  return groups;
}

std::vector<Need> check_needs(const Model& model) {
  const sx::Standard& standard = model.standard();
  std::vector<Need> needs;
  for (const auto& warning : model.evaluation().warnings) {
    const std::size_t dot = warning.path.find('.');
    const std::string part = warning.path.substr(0, dot);
    const std::string key = dot == std::string::npos ? std::string() : warning.path.substr(dot + 1);
    std::string screen;
    if (part == "enterprise" || part == "project") screen = "enterprise";  // 企业与项目 asks both
    if (part == "facts") screen = "categories";  // beside its condition (在绍兴市境内注册 and the code)
    std::string field = warning.path;
    if (part == "metrics") {
      // The first condition that asks for it (申报类别), else the table's item (评分表).
      const auto condition = std::find_if(standard.conditions.begin(), standard.conditions.end(), [&](const sx::Condition& c) {
        return c.kind == sx::RuleKind::MetricAtLeast && c.metric == key;
      });
      if (condition != standard.conditions.end()) field = metric_jump_key(*condition);
      screen = condition != standard.conditions.end() ? "categories" : metric_used(model, key) ? "score" : "figures";
    }
    // A metric's finding names the metric (the core's words are said beside its field).
    const sx::MetricDef* metric = part == "metrics" ? standard.metric(key) : nullptr;
    const std::string label = metric != nullptr ? metric->label + "：" + warning.zh : warning.zh;
    needs.push_back({label, "", true, screen.empty() ? "start" : screen, screen.empty() ? "" : field});
  }
  return needs;
}

int missing_count(const std::vector<NeedGroup>& groups) {
  int missing = 0;
  for (const auto& group : groups) {
    missing += static_cast<int>(std::count_if(group.needs.begin(), group.needs.end(),
                                              [](const Need& need) { return !need.answered(); }));
  }
  return missing;
}

}  // namespace sx_app
