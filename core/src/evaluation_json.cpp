// The JSON form of an Evaluation: what `assess score` prints and the web test API returns.
#include "sx/evaluation.hpp"

namespace sx {

namespace {
Json tri_json(Tri value) {
  if (value == Tri::Unknown) return nullptr;
  return value == Tri::True;
}

Json gap_json(const Gap& gap) {
  Json j = Json::object();
  j["kind"] = gap.kind == GapKind::Condition ? "condition" : "item";
  j["id"] = gap.id;
  if (gap.kind == GapKind::Condition) j["category"] = gap.category;
  else j["gain"] = gap.gain;
  j["zh"] = gap.zh;
  j["en"] = gap.en;
  return j;
}

Json message_json(const Message& message) {
  return Json{{"path", message.path}, {"zh", message.zh}, {"en", message.en}};
}
}  // namespace

Json to_json(const Evaluation& evaluation) {
  Json out = Json::object();
  out["standard"] = evaluation.standard;
  out["type"] = evaluation.type;
  out["total"] = evaluation.total;
  out["max"] = evaluation.max;
  out["complete"] = evaluation.complete;

  Json items = Json::array();
  for (const auto& item : evaluation.items) {
    items.push_back(Json{{"id", item.id},
                         {"points", item.points},
                         {"max", item.max},
                         {"answered", item.answered},
                         {"provisional", item.provisional}});
    if (item.forced) items.back()["forced"] = true;
  }
  out["items"] = std::move(items);

  Json sections = Json::array();
  for (const auto& section : evaluation.sections) {
    sections.push_back(Json{{"id", section.id}, {"points", section.points}, {"max", section.max}});
  }
  out["sections"] = std::move(sections);

  Json categories = Json::object();
  for (const auto& category : evaluation.categories) {
    categories[category.id] = Json{{"eligible", tri_json(category.eligible)},
                                   {"failed", category.failed},
                                   {"unknown", category.unknown}};
  }
  out["categories"] = std::move(categories);

  Json modes = Json::object();
  for (const auto& mode : evaluation.modes) {
    modes[mode.key] = Json{{"basically_met", mode.basically_met},
                           {"met", mode.met},
                           {"partial", mode.partial},
                           {"unmet", mode.unmet},
                           {"unanswered", mode.unanswered}};
  }
  out["modes"] = std::move(modes);
  out["recommended"] = evaluation.recommended ? Json(*evaluation.recommended) : Json(nullptr);

  Json gaps = Json::array();
  for (const auto& gap : evaluation.condition_gaps) gaps.push_back(gap_json(gap));
  for (const auto& gap : evaluation.item_gaps) gaps.push_back(gap_json(gap));
  out["gaps"] = std::move(gaps);
  Json warnings = Json::array();
  for (const auto& warning : evaluation.warnings) warnings.push_back(message_json(warning));
  out["warnings"] = std::move(warnings);
  return out;
}

}  // namespace sx
