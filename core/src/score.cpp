// The score of one item (spec "Item ids and answer shapes"), generic over the item's data.
#include <algorithm>

#include "evaluate_parts.hpp"
#include "sx/text.hpp"

namespace sx::detail {

namespace {
std::vector<std::string> chosen_keys(const Json& answer) {
  std::vector<std::string> keys;
  for (const auto& entry : answer) keys.push_back(entry.get<std::string>());
  return keys;
}

std::string chosen_labels(const Item& item, const std::vector<std::string>& keys) {
  std::vector<std::string> labels;
  for (const auto& option : item.options) {
    if (std::find(keys.begin(), keys.end(), option.key) != keys.end()) labels.push_back(option.label);
  }
  return labels.empty() ? std::string("无") : join(labels, "；");
}
}  // namespace

int set_points(const Item& item, const std::vector<std::string>& chosen) {
  if (!item.count_points.empty()) {
    // Scored by how many are chosen; the last entry covers that many or more.
    const std::size_t n = std::min(chosen.size(), item.count_points.size() - 1);
    return item.count_points[n];
  }
  int points = 0;
  for (const auto& option : item.options) {
    if (std::find(chosen.begin(), chosen.end(), option.key) != chosen.end()) points += option.points;
  }
  return points;
}

const Option* forced_option(const Item& item, const Assessment& assessment) {
  if (!item.forced) return nullptr;
  const auto value = assessment.figure(item.forced->when_figure);
  const auto reference = assessment.figure(item.forced->below_figure);
  if (!value || !reference || *value >= *reference) return nullptr;
  return item.option(item.forced->option);
}

ItemResult score_item(const Item& item, const Assessment& assessment) {
  ItemResult result;
  result.id = item.id;
  result.max = item.max;

  if (item.kind == AnswerKind::Metric) {
    const auto value = assessment.metric(item.metric);
    if (!value) return result;
    result.answered = true;
    result.answer_zh = percent_text(*value);
    if (const Band* band = item.band_for(*value)) result.points = band->points;
    return result;
  }

  const Json* answer = assessment.answer(item.id);
  if (answer == nullptr) return result;
  result.answered = true;
  switch (item.kind) {
    case AnswerKind::Bool:
      result.points = *answer == true ? item.points : 0;
      result.answer_zh = *answer == true ? "有" : "无";
      break;
    case AnswerKind::Set: {
      const auto keys = chosen_keys(*answer);
      result.points = set_points(item, keys);
      result.answer_zh = chosen_labels(item, keys);
      // Spec inconsistency 6: below the count the table scores in full, the panel decides.
      result.provisional = !item.count_points.empty() &&
                           static_cast<int>(keys.size()) < item.provisional_below;
      break;
    }
    case AnswerKind::Choice: {
      const Option* chosen = item.option(answer->get<std::string>());
      const Option* forced = forced_option(item, assessment);
      result.forced = forced != nullptr && forced != chosen;
      const Option* scored = result.forced ? forced : chosen;
      result.points = scored != nullptr ? scored->points : 0;
      result.answer_zh = chosen != nullptr ? chosen->label : std::string();
      // What is scored first: "领先水平（按填报数据计为…）" read as the enterprise overstating itself.
      if (result.forced) {
        result.answer_zh = forced->label + "（按填报数据计分；自评所选为“" + result.answer_zh + "”）";
      }
      break;
    }
    case AnswerKind::Metric:
      break;
  }
  return result;
}

}  // namespace sx::detail
