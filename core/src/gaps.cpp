// The gap analysis the UI and the exports share: for every condition that fails or is unknown,
// what is needed; for every item below its maximum, the next band or option and its points.
#include <algorithm>
#include <cmath>

#include "evaluate_parts.hpp"
#include "sx/derive.hpp"
#include "sx/text.hpp"

namespace sx::detail {

namespace {

// "（数控装备 29/50 台/套，总数不变时还需 4 台/套）" when the metric derives from counts the user
// gave: upgrading what is there. Equipment bought new raises the total too, and needs more (a
// newcomer read “还需 30 台” as 30 to buy).
struct UnitsNeeded {
  std::string zh;
  std::string en;
};

std::optional<UnitsNeeded> units_for(const Standard& standard, const Assessment& assessment,
                                     const std::string& metric, double percent) {
  const Derivation* derivation = standard.derivation_of(metric);
  if (derivation == nullptr || derivation->kind != DerivationKind::Ratio) return std::nullopt;
  const FigureDef* part_def = standard.figure(derivation->from[0]);
  const auto part = assessment.figure(derivation->from[0]);
  const auto whole = assessment.figure(derivation->from[1]);
  if (part_def == nullptr || !part_def->integer || !part || !whole || *whole <= 0) return std::nullopt;
  const int needed = units_needed(*part, *whole, percent);
  if (needed <= 0) return std::nullopt;
  const std::string unit = part_def->unit;
  return UnitsNeeded{"（" + part_def->label + " " + number_text(*part) + "/" + number_text(*whole) +
                         "，总数不变时还需 " + std::to_string(needed) + " " + unit + "）",
                     " (" + number_text(*part) + "/" + number_text(*whole) + ", " +
                         std::to_string(needed) + " more of the same total)"};
}

std::string closest_mode(const Standard& standard, const std::vector<ModeResult>& modes) {
  // The mode needing the fewest changes: every unmet/unanswered element lifted, and enough
  // elements rated met to reach half.
  // Among the modes the enterprise has started to rate: one it never looked at, closest only
  // because it has fewer elements, is no advice (a newcomer rating 离散型智能制造 was pointed at
  // 大规模个性化定制, 0/4). None started: the condition itself asks for one.
  const auto started = [](const ModeResult& m) { return m.met + m.partial + m.unmet > 0; };
  if (std::none_of(modes.begin(), modes.end(), started)) return {};
  const ModeResult* best = nullptr;
  int best_steps = 0;
  for (const auto& mode : modes) {
    if (!started(mode)) continue;
    const int count = mode.met + mode.partial + mode.unmet + mode.unanswered;
    const int short_of_met = std::max(0, (count + 1) / 2 - mode.met);
    const int steps = std::max(mode.unmet + mode.unanswered, short_of_met);
    if (best == nullptr || steps < best_steps) {
      best = &mode;
      best_steps = steps;
    }
  }
  if (best == nullptr) return {};
  const int count = best->met + best->partial + best->unmet + best->unanswered;
  return "最接近的是" + standard.mode(best->key)->title + "：已具备 " + std::to_string(best->met) +
         "/" + std::to_string(count) + " 项，需至少 " + std::to_string((count + 1) / 2) +
         " 项具备且没有不具备或未评的要素";
}

Gap condition_gap(const Standard& standard, const Assessment& assessment,
                  const Evaluation& evaluation, const Condition& condition, Tri state) {
  Gap gap;
  gap.kind = GapKind::Condition;
  gap.id = condition.id;
  gap.category = condition.category;
  const bool failed = state == Tri::False;
  gap.zh = std::string(failed ? "不满足" : "待确认") + "：" + condition.title + "（" +
           condition.article + "）";
  gap.en = std::string(failed ? "not met: " : "to confirm: ") + condition.title_en;
  switch (condition.kind) {
    case RuleKind::MetricAtLeast: {
      const MetricDef* def = standard.metric(condition.metric);
      const std::string label = def != nullptr ? def->label : condition.metric;
      const auto value = assessment.metric(condition.metric);
      if (value) {
        gap.zh += "。" + label + " " + percent_text(*value) + " → 需 ≥ " + percent_text(condition.min);
        gap.en += ": " + percent_text(*value) + " → needs ≥ " + percent_text(condition.min);
        if (auto units = units_for(standard, assessment, condition.metric, condition.min)) {
          gap.zh += units->zh;
          gap.en += units->en;
        }
      } else {
        gap.zh += "。请填写" + label + "（需 ≥ " + percent_text(condition.min) + "）";
        gap.en += ": enter the figure (needs ≥ " + percent_text(condition.min) + ")";
      }
      break;
    }
    case RuleKind::AnyModeBasicallyMet:
      if (failed) {
        const std::string closest = closest_mode(standard, evaluation.modes);
        gap.zh += "。" + (closest.empty() ? std::string("请对至少一种新模式的关键要素进行自评") : closest);
      } else {
        gap.zh += "。请对至少一种新模式的关键要素进行自评";
      }
      break;
    default:
      break;
  }
  return gap;
}

Gap item_gap(const Item& item, int gain, std::string zh, std::string en) {
  Gap gap;
  gap.kind = GapKind::Item;
  gap.id = item.id;
  gap.gain = gain;
  gap.zh = item.id + " " + item.title + "：" + zh;
  gap.en = item.id + " " + item.title_en + ": " + en;
  return gap;
}

// "可加 N 分", not "+N 分": the draft's 差距 column is read by a reviewer, not only in the app.
std::string plus(int points) { return "可加 " + std::to_string(points) + " 分"; }

void metric_gaps(const Standard& standard, const Assessment& assessment, const Item& item,
                 const ItemResult& result, std::vector<Gap>& gaps) {
  const double value = *assessment.metric(item.metric);  // answered, so present
  // The next band up: the lowest band that scores more than now, above the current value.
  const Band* next = nullptr;
  for (const auto& band : item.bands) {
    if (band.points > result.points && band.min && *band.min > value &&
        (next == nullptr || *band.min < *next->min)) {
      next = &band;
    }
  }
  if (next == nullptr) return;
  std::string zh = percent_text(value) + " → ≥ " + percent_text(*next->min) + " 得 " +
                   std::to_string(next->points) + " 分";
  std::string en = percent_text(value) + " → ≥ " +
                   percent_text(*next->min) + " scores " + std::to_string(next->points);
  if (auto units = units_for(standard, assessment, item.metric, *next->min)) {
    zh += units->zh;
    en += units->en;
  }
  gaps.push_back(item_gap(item, next->points - result.points, zh, en));
}

void set_gaps(const Item& item, const Assessment& assessment, const ItemResult& result,
              std::vector<Gap>& gaps) {
  std::vector<std::string> chosen;
  if (const Json* answer = assessment.answer(item.id)) {
    for (const auto& key : *answer) chosen.push_back(key.get<std::string>());
  }
  if (!item.count_points.empty()) {
    const std::size_t last = item.count_points.size() - 1;
    const std::size_t n = std::min(chosen.size(), last);
    const int gain = item.count_points[std::min(n + 1, last)] - result.points;
    if (gain > 0) {
      gaps.push_back(item_gap(item, gain,
                              "已选 " + std::to_string(chosen.size()) + " 项，再具备 1 项" + plus(gain),
                              std::to_string(chosen.size()) + " chosen; one more adds " +
                                  std::to_string(gain)));
    }
    return;
  }
  for (const auto& option : item.options) {
    if (option.points > 0 && std::find(chosen.begin(), chosen.end(), option.key) == chosen.end()) {
      gaps.push_back(item_gap(item, option.points, option.label + "，" + plus(option.points),
                              option.label_en + " adds " + std::to_string(option.points)));
    }
  }
}

void choice_gaps(const Item& item, const Assessment& assessment, const ItemResult& result,
                 std::vector<Gap>& gaps) {
  if (const Option* forced = forced_option(item, assessment)) {
    gaps.push_back(item_gap(item, 0, "企业亩均产值低于上一年度行业平均值，按“" + forced->label + "”计分",
                            "output per mu is below the industry average; scored as " +
                                forced->label_en));
    return;
  }
  const Option* next = nullptr;
  for (const auto& option : item.options) {
    if (option.points > result.points && (next == nullptr || option.points < next->points)) {
      next = &option;
    }
  }
  if (next != nullptr) {
    gaps.push_back(item_gap(item, next->points - result.points,
                            "达到“" + next->label + "”" + plus(next->points - result.points),
                            "reaching " + next->label_en + " adds " +
                                std::to_string(next->points - result.points)));
  }
}

}  // namespace

std::vector<Gap> condition_gaps(const Standard& standard, const Assessment& assessment,
                                const Evaluation& evaluation) {
  std::vector<Gap> gaps;
  std::vector<std::string> seen;  // basic conditions repeat in every category; list them once
  for (const auto& category : evaluation.categories) {
    for (const auto& result : category.conditions) {
      if (result.state == Tri::True) continue;
      if (std::find(seen.begin(), seen.end(), result.id) != seen.end()) continue;
      seen.push_back(result.id);
      if (const Condition* condition = standard.condition(result.id)) {
        gaps.push_back(condition_gap(standard, assessment, evaluation, *condition, result.state));
      }
    }
  }
  return gaps;
}

std::vector<Gap> item_gaps(const Standard& standard, const Table& table,
                           const Assessment& assessment, const Evaluation& evaluation) {
  std::vector<Gap> gaps;
  for (const auto& section : table.sections) {
    for (const auto& item : section.items) {
      const ItemResult* result = evaluation.item(item.id);
      if (result == nullptr || result->points >= item.max) continue;
      // An item that needs others first says so, answered or not (spec inconsistency 8).
      const std::string needs = join(item.unmet_requirements([&](const std::string& id) {
        const ItemResult* other = evaluation.item(id);
        return other != nullptr && other->points > 0;
      }), "、");
      if (!needs.empty()) {
        gaps.push_back(item_gap(item, item.max, "须先具备 " + needs + "，之后" + plus(item.max),
                                "needs " + needs + " first; then adds " + std::to_string(item.max)));
        continue;
      }
      if (!result->answered) {
        gaps.push_back(item_gap(item, item.max, "未作答，最高 " + std::to_string(item.max) + " 分",
                                "unanswered; up to " + std::to_string(item.max)));
        continue;
      }
      switch (item.kind) {
        case AnswerKind::Bool:
          gaps.push_back(item_gap(item, item.points, "具备后" + plus(item.points),
                                  "adds " + std::to_string(item.points)));
          break;
        case AnswerKind::Set:
          set_gaps(item, assessment, *result, gaps);
          break;
        case AnswerKind::Choice:
          choice_gaps(item, assessment, *result, gaps);
          break;
        case AnswerKind::Metric:
          metric_gaps(standard, assessment, item, *result, gaps);
          break;
      }
    }
  }
  std::stable_sort(gaps.begin(), gaps.end(),
                   [](const Gap& a, const Gap& b) { return a.gain > b.gain; });
  return gaps;
}

}  // namespace sx::detail
