// 评分表: the table for the enterprise's type, answered in place, with the total and the
// sections as bars at the top. Section points are drawn as text, never in an ID, so a field keeps
// focus whatever its answer does to the subtotals.
#include <algorithm>
#include <string>
#include <vector>

#include "fields.hpp"
#include "result_panel.hpp"
#include "imgui.h"
#include "links.hpp"
#include "screen_parts.hpp"
#include "screens.hpp"
#include "status.hpp"
#include "style.hpp"
#include "sx/text.hpp"
#include "views.hpp"
#include "widgets.hpp"

namespace sx_app {

namespace {
const sx::SectionResult* section_result(const sx::Evaluation& e, const std::string& id) {
  for (const auto& s : e.sections) {
    if (s.id == id) return &s;
  }
  return nullptr;
}

std::string points_of(int points, int max) { return std::to_string(points) + "/" + std::to_string(max); }

void total_line(AppState& state, const sx::Table& table) {
  draw_result_panel(state);
  muted_text(table.title);
}

// One bar per section, "1 入户诊断 10/10" beside it (above it on a phone).
void section_chart(const sx::Evaluation& e, const sx::Table& table) {
  const bool stacked = narrow_layout();
  const float height = ImGui::GetTextLineHeight() * (stacked ? 0.6f : 1.0f);
  float label_width = 0.0f;
  for (const auto& section : table.sections) {
    const std::string label = section.id + " " + section.title + " " + points_of(section.max, section.max);
    label_width = std::max(label_width, ImGui::CalcTextSize(label.c_str()).x);
  }
  for (const auto& section : table.sections) {
    const sx::SectionResult* result = section_result(e, section.id);
    const int points = result != nullptr ? result->points : 0;
    const std::string label = section.id + " " + section.title + " " + points_of(points, section.max);
    ImGui::TextWrapped("%s", label.c_str());  // a phone at large text has room for a few characters
    if (!stacked) ImGui::SameLine(label_width + ImGui::GetStyle().ItemSpacing.x * 2.0f);
    const float width = stacked ? 0.0f : std::min(ImGui::GetContentRegionAvail().x, scaled(480.0f));
    progress_bar(section.max > 0 ? static_cast<float>(points) / static_cast<float>(section.max) : 0.0f,
                 width, height);
  }
}

std::string score_line(const sx::ItemResult* result, const sx::Item& item) {
  if (result == nullptr || !result->answered) return "未答（满分 " + std::to_string(item.max) + " 分）";
  return "得分 " + std::to_string(result->points) + " / " + std::to_string(result->max);
}

// A figure-driven item: the value, its band, and the way to the counts it comes from.
void metric_details(AppState& state, const sx::Item& item) {
  const auto value = state.document().metric(item.metric);
  if (value) {
    const sx::Band* band = item.band_for(*value);
    muted_text(band != nullptr ? "当前 " + sx::percent_text(*value) + "，属于“" + band->label + "”档，得 " +
                                     std::to_string(band->points) + " 分"
                               : "当前 " + sx::percent_text(*value) + "，未达到表中任何一档，得 0 分");
  }
  std::vector<std::string> bands;
  for (const auto& b : item.bands) bands.push_back(b.label + " " + std::to_string(b.points) + " 分");
  muted_text("分档：" + sx::join(bands, "；"));
  if (const sx::Message* finding = state.evaluation().warning_at(sx::path_member("metrics", item.metric))) {
    warning_text(finding->zh);
  }
  const sx::Derivation* derivation = state.standard->derivation_of(item.metric);
  if (derivation != nullptr) {
    std::vector<std::string> figures;
    for (const auto& key : derivation->from) {
      const sx::FigureDef* def = state.standard->figure(key);
      const auto figure = state.document().figure(key);
      if (def != nullptr && figure) figures.push_back(def->label + " " + sx::number_text(*figure) + " " + def->unit);
    }
    if (!figures.empty()) muted_text("基础数据：" + sx::join(figures, "，"));
    if (link_button("去基础数据填写##" + item.id + " " + item.title + " · 去基础数据填写")) {
      show_field(state, "figures", "figures." + derivation->from[0]);
    }
  }
}

// 亩均产值 below the industry average scores as 低于平均水平 whatever is chosen.
void forced_note(AppState& state, const sx::Item& item) {
  if (!item.forced) return;
  const sx::Option* option = item.option(item.forced->option);
  const sx::FigureDef* own = state.standard->figure(item.forced->when_figure);
  const sx::FigureDef* reference = state.standard->figure(item.forced->below_figure);
  const auto own_value = state.document().figure(item.forced->when_figure);
  const auto reference_value = state.document().figure(item.forced->below_figure);
  if (option == nullptr || own == nullptr || reference == nullptr || !own_value || !reference_value) return;
  warning_text("按基础数据，" + own->label + " " + sx::number_text(*own_value) + " " + own->unit + " 低于" +
               reference->label + " " + sx::number_text(*reference_value) + " " + reference->unit +
               "，此项按“" + option->label + "”计分（" + std::to_string(option->points) +
               " 分），与上面的选择无关。");
  if (link_button("去基础数据核对##" + item.id + " " + item.title + " · 去基础数据核对")) {
    show_field(state, "figures", "figures." + item.forced->when_figure);
  }
}

void draw_item(AppState& state, const sx::Item& item) {
  const sx::ItemResult* result = state.evaluation().item(item.id);
  ImGui::PushID(item.id.c_str());
  ImGui::Separator();
  // The id, then the text with a hanging indent: ImGui wraps at spaces, so "3.2 建立…" in one
  // string would leave the id alone on its line.
  ImGui::TextUnformatted(item.id.c_str());
  ImGui::SameLine();
  ImGui::TextWrapped("%s", item.text.c_str());
  ImGui::TextUnformatted(score_line(result, item).c_str());
  if (result != nullptr && result->provisional) {
    warning_text("暂估：少于 " + std::to_string(item.provisional_below) + " 项时由专家组酌情认定");
  }
  item_control(user_document(state), item);
  if (item.kind == sx::AnswerKind::Metric) metric_details(state, item);
  if (result != nullptr && result->forced) forced_note(state, item);
  if (!item.hint.empty()) muted_text(item.hint);
  if (!item.evidence.empty()) ImGui::TextWrapped("证明材料：%s", item.evidence.c_str());
  ImGui::Spacing();
  ImGui::PopID();
}
}  // namespace

void draw_score(AppState& state) {
  const sx::Evaluation& e = state.evaluation();
  const sx::Table& table = state.model.table();
  total_line(state, table);
  // Scored on the first table until the type is chosen (Model::blank): said before the table.
  if (!state.document().type_chosen()) {
    warning_line("尚未选择企业类型，下面暂按" + table.number + "（" + table.label + "）列出。流程型企业用另一张评分表。");
    if (link("去选择企业类型", "评分表 · 去选择企业类型")) show_field(state, "enterprise", "type");
  }
  section_chart(e, table);
  ImGui::PushID(table.type.c_str());
  for (const auto& section : table.sections) {
    const sx::SectionResult* result = section_result(e, section.id);
    ImGui::PushID(section.id.c_str());
    ImGui::Spacing();
    subheading(section.id + " " + section.title + "（" + std::to_string(result != nullptr ? result->points : 0) +
            " / " + std::to_string(section.max) + " 分）");
    for (const auto& item : section.items) draw_item(state, item);
    ImGui::PopID();
  }
  if (!table.note.empty()) muted_text(table.note);
  ImGui::PopID();
}

}  // namespace sx_app
