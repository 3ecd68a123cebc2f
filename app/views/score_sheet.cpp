// 自评分表: every item of the table for the enterprise's type, answered in place.
#include <algorithm>

#include "imgui.h"
#include "sx/text.hpp"
#include "views.hpp"
#include "widgets.hpp"

namespace sx_app {

namespace {
std::string with_points(const sx::Option& option) {
  return option.label + "（" + std::to_string(option.points) + " 分）";
}

void bool_item(AppState& state, const sx::Item& item) {
  const sx::Json* answer = state.document.answer(item.id);
  bool blocked = false;
  for (const auto& required : item.requires_items) {
    const sx::Json* other = state.document.answer(required);
    if (other == nullptr || *other != true) blocked = true;
  }
  if (blocked) {
    ImGui::BeginDisabled();
  }
  if (radio(("有（" + std::to_string(item.points) + " 分）").c_str(), answer && *answer == true)) {
    state.document.set_answer(item.id, true);
    document_changed(state);
  }
  ImGui::SameLine();
  if (radio("无（0 分）", answer && *answer == false)) {
    state.document.set_answer(item.id, false);
    document_changed(state);
  }
  if (blocked) {
    ImGui::EndDisabled();
    std::string needs = sx::join(item.requires_items, "、");
    muted_text("须先具备 " + needs + " 才能申报此项（规范说明第 8 条）。");
  }
}

void set_item(AppState& state, const sx::Item& item) {
  const sx::Json* answer = state.document.answer(item.id);
  std::vector<std::string> chosen;
  if (answer != nullptr) {
    for (const auto& key : *answer) chosen.push_back(key.get<std::string>());
  }
  for (const auto& option : item.options) {
    bool on = std::find(chosen.begin(), chosen.end(), option.key) != chosen.end();
    const std::string label = item.count_points.empty() ? with_points(option) : option.label;
    if (checkbox((label + "##" + option.key).c_str(), &on)) {
      sx::Json next = sx::Json::array();
      for (const auto& o : item.options) {
        const bool was = std::find(chosen.begin(), chosen.end(), o.key) != chosen.end();
        if (o.key == option.key ? on : was) next.push_back(o.key);
      }
      state.document.set_answer(item.id, next);
      document_changed(state);
    }
  }
  bool none = answer != nullptr && chosen.empty();
  if (checkbox("以上均无##none", &none)) {
    if (none) state.document.set_answer(item.id, sx::Json::array());
    else state.document.erase_answer(item.id);
    document_changed(state);
  }
}

void choice_item(AppState& state, const sx::Item& item) {
  const sx::Json* answer = state.document.answer(item.id);
  for (const auto& option : item.options) {
    const bool selected = answer != nullptr && *answer == option.key;
    if (radio((with_points(option) + "##" + option.key).c_str(), selected)) {
      state.document.set_answer(item.id, option.key);
      document_changed(state);
    }
    if (!narrow_layout()) ImGui::SameLine();
  }
  if (!narrow_layout()) ImGui::NewLine();
}

void metric_item(AppState& state, const sx::Item& item) {
  const sx::MetricDef* def = state.standard->metric(item.metric);
  std::optional<double> value = state.document.metric(item.metric);
  ImGui::TextUnformatted((def->label + "（" + def->unit + "）").c_str());
  ImGui::SameLine();
  if (number_field(("##metrics." + item.metric).c_str(), state.ui.edit_text[item.metric], value,
                   def->min, def->max, 120.0f)) {
    if (value) state.document.set_metric(item.metric, *value);
    else state.document.erase_metric(item.metric);
    document_changed(state);
  }
  std::vector<std::string> bands;
  for (const auto& band : item.bands) bands.push_back(band.label + " → " + std::to_string(band.points) + " 分");
  muted_text("分档：" + sx::join(bands, "；"));
}

void draw_item(AppState& state, const sx::Item& item) {
  const sx::ItemResult* result = state.evaluation.item(item.id);
  ImGui::PushID(item.id.c_str());
  ImGui::Separator();
  ImGui::TextWrapped("%s %s", item.id.c_str(), item.text.c_str());
  if (result != nullptr) {
    ImGui::Text("得分 %d / %d%s%s", result->points, result->max, result->answered ? "" : "（未答）",
                result->provisional ? "（暂估，专家组酌情认定）" : "");
  }
  switch (item.kind) {
    case sx::AnswerKind::Bool: bool_item(state, item); break;
    case sx::AnswerKind::Set: set_item(state, item); break;
    case sx::AnswerKind::Choice: choice_item(state, item); break;
    case sx::AnswerKind::Metric: metric_item(state, item); break;
  }
  if (!item.hint.empty()) muted_text(item.hint);
  ImGui::PopID();
}
}  // namespace

void draw_score_sheet(AppState& state) {
  const sx::Table* table = state.standard->table(state.document.type());
  if (table == nullptr) return;
  const std::string header = "自评分表：" + table->title;
  if (!ImGui::CollapsingHeader(header.c_str(), ImGuiTreeNodeFlags_DefaultOpen)) return;
  ImGui::PushID(table->type.c_str());
  for (const auto& section : table->sections) {
    int points = 0;
    for (const auto& s : state.evaluation.sections) {
      if (s.id == section.id) points = s.points;
    }
    ImGui::PushID(section.id.c_str());
    const std::string title = section.id + ". " + section.title + "（" + std::to_string(points) + " / " +
                              std::to_string(section.max) + " 分）";
    if (ImGui::TreeNodeEx(title.c_str(), ImGuiTreeNodeFlags_DefaultOpen)) {
      for (const auto& item : section.items) draw_item(state, item);
      ImGui::TreePop();
    }
    ImGui::PopID();
  }
  if (!table->note.empty()) muted_text(table->note);
  ImGui::PopID();
}

}  // namespace sx_app
