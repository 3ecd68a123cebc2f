// 基础数据: the raw figures a user knows (equipment counts, before/after figures), grouped by the
// rate each pair gives. Beside each group: the rate, the score band it falls in on the user's
// table, and which categories' thresholds it meets — all read from the model and its evaluation.
#include <algorithm>

#include "fields.hpp"
#include "imgui.h"
#include "links.hpp"
#include "screens.hpp"
#include "status.hpp"
#include "style.hpp"
#include "sx/derive.hpp"
#include "sx/text.hpp"
#include "views.hpp"
#include "widgets.hpp"

namespace sx_app {

namespace {
// "其中数控装备数" reads as "数控装备数" inside a formula.
std::string short_label(const sx::Standard& standard, const std::string& key) {
  const sx::FigureDef* figure = standard.figure(key);
  std::string label = figure != nullptr ? figure->label : key;
  const std::string prefix = "其中";
  if (label.compare(0, prefix.size(), prefix) == 0) label = label.substr(prefix.size());
  return label;
}

std::string formula(const sx::Standard& standard, const sx::Derivation& d) {
  const sx::MetricDef* metric = standard.metric(d.metric);
  const std::string name = metric != nullptr ? metric->label : d.metric;
  const std::string a = short_label(standard, d.from[0]);
  const std::string b = short_label(standard, d.from[1]);
  switch (d.kind) {
    case sx::DerivationKind::Ratio: return name + " = " + a + " ÷ " + b;
    case sx::DerivationKind::Increase: return name + " = （" + b + " - " + a + "）÷ " + a;
    case sx::DerivationKind::Decrease: return name + " = （" + a + " - " + b + "）÷ " + a;
  }
  return name;
}

// A figure with its label above it; on a phone the field and its unit share the full width.
void figure_field(AppState& state, const sx::FigureDef& figure) {
  ImGui::TextWrapped("%s", figure.label.c_str());
  float width = scaled(200.0f);
  if (narrow_layout()) {
    const float unit = figure.unit.empty() ? 0.0f
                                           : ImGui::CalcTextSize(figure.unit.c_str()).x + ImGui::GetStyle().ItemSpacing.x;
    width = std::max(ImGui::GetContentRegionAvail().x - unit, scaled(80.0f));
  }
  figure_control(user_document(state), figure, width);
}

// The score-sheet item the metric answers on the user's table, and where the value falls.
void band_of(AppState& state, const std::string& metric, std::optional<double> value) {
  const sx::Table& table = state.model.table();
  const sx::Item* item = nullptr;
  for (const auto& section : table.sections) {
    for (const auto& candidate : section.items) {
      if (candidate.kind == sx::AnswerKind::Metric && candidate.metric == metric) item = &candidate;
    }
  }
  if (item == nullptr) {
    const bool condition = std::any_of(state.standard->conditions.begin(), state.standard->conditions.end(),
                                       [&](const sx::Condition& c) { return c.metric == metric; });
    std::string text = "评分表（" + table.number + "）中没有此项";
    if (condition) text += "，它用于判断申报条件";
    for (const auto& other : state.standard->tables) {
      if (&other == &table) continue;
      for (const auto& section : other.sections) {
        for (const auto& candidate : section.items) {
          if (candidate.kind == sx::AnswerKind::Metric && candidate.metric == metric) {
            text += "；" + other.label + "企业在" + other.number + " " + candidate.id + "中评分";
          }
        }
      }
    }
    muted_text(text + "。");
    return;
  }
  const std::string name = table.number + " " + item->id + " " + item->title;
  if (!value) {
    muted_text(name + "：填写后显示得分档次。");
    return;
  }
  const sx::ItemResult* result = state.evaluation().item(item->id);
  const int points = result != nullptr ? result->points : 0;
  const sx::Band* band = item->band_for(*value);
  std::string text = name + "：";
  if (band != nullptr) {
    text += "属于“" + band->label + "”档，得 " + std::to_string(points) + " 分";
  } else {
    std::vector<std::string> labels;
    for (const auto& b : item->bands) labels.push_back(b.label);
    text += "未达到评分表所列档次（" + sx::join(labels, "、") + "），得 " + std::to_string(points) + " 分";
  }
  ImGui::TextWrapped("%s", (text + "（满分 " + std::to_string(item->max) + " 分）").c_str());
}

// The categories whose conditions ask for this metric (第六至八条), met or not.
void thresholds_of(AppState& state, const std::string& metric) {
  for (const auto& condition : state.standard->conditions) {
    if (condition.kind != sx::RuleKind::MetricAtLeast || condition.metric != metric) continue;
    const sx::Category* category = state.standard->category(condition.category);
    const sx::CategoryResult* result = state.evaluation().category(condition.category);
    const sx::ConditionResult* own = result != nullptr ? result->condition(condition.id) : nullptr;
    const sx::Tri met = own != nullptr ? own->state : sx::Tri::Unknown;
    const std::string who = category != nullptr ? category->title + "（" + condition.article + "）" : condition.article;
    const std::string verdict = met == sx::Tri::True ? "达到" : met == sx::Tri::False ? "未达到" : "待填写";
    status_line(met, who + "要求 ≥ " + sx::percent_text(condition.min) + "：" + verdict);
  }
}

void result_panel(AppState& state, const sx::Derivation& d) {
  const sx::MetricDef* metric = state.standard->metric(d.metric);
  const std::string name = metric != nullptr ? metric->label : d.metric;
  const auto value = state.document().metric(d.metric);
  const sx::Derived derived = sx::derive(d, state.document());
  if (value) {
    ImGui::TextWrapped("%s", (name + "：" + sx::percent_text(*value)).c_str());
    if (!derived.value) muted_text("这是直接填写的数值；填写这组原始数据后，将改为按原始数据计算。");
  } else {
    ImGui::TextWrapped("%s", (name + "：填写两个数后自动算出").c_str());
  }
  if (const sx::Message* finding = state.evaluation().warning_at(sx::path_member("metrics", d.metric))) {
    warning_line(finding->zh);
  }
  band_of(state, d.metric, value);
  thresholds_of(state, d.metric);
}

// Fields on the left, what they give on the right; stacked on a phone.
template <typename Fields, typename Result>
void group(const char* id, Fields fields, Result result) {
  ImGui::PushID(id);
  if (narrow_layout()) {
    fields();
    ImGui::Indent();
    result();
    ImGui::Unindent();
  } else if (ImGui::BeginTable("group", 2, ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_PadOuterX)) {
    ImGui::TableSetupColumn("fields", ImGuiTableColumnFlags_WidthStretch, 0.5f);
    ImGui::TableSetupColumn("result", ImGuiTableColumnFlags_WidthStretch, 0.5f);
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    fields();
    ImGui::TableNextColumn();
    ImGui::TableSetBgColor(ImGuiTableBgTarget_CellBg, ImGui::GetColorU32(palette().result_bg));
    result();
    ImGui::EndTable();
  }
  ImGui::PopID();
}

void derivation_group(AppState& state, const sx::Derivation& d) {
  const sx::MetricDef* metric = state.standard->metric(d.metric);
  subheading(metric != nullptr ? metric->label : d.metric);
  muted_text(formula(*state.standard, d) + " × 100%");
  // A ratio's whole comes first ("关键生产装备总数", then "其中数控装备数"); a change reads before → after.
  const std::string first = d.kind == sx::DerivationKind::Ratio ? d.from[1] : d.from[0];
  const std::string second = d.kind == sx::DerivationKind::Ratio ? d.from[0] : d.from[1];
  group(
      d.metric.c_str(),
      [&] {
        for (const auto& key : {first, second}) {
          if (const sx::FigureDef* figure = state.standard->figure(key)) figure_field(state, *figure);
        }
      },
      [&] { result_panel(state, d); });
}

bool derived_from(const sx::Standard& standard, const std::string& key) {
  return std::any_of(standard.derivations.begin(), standard.derivations.end(),
                     [&](const sx::Derivation& d) { return d.from[0] == key || d.from[1] == key; });
}

// 亩均产值: no rate to derive; a figure below the industry average decides the item's level.
void output_per_mu_group(AppState& state) {
  std::vector<const sx::FigureDef*> figures;
  for (const auto& figure : state.standard->figures) {
    if (!derived_from(*state.standard, figure.key)) figures.push_back(&figure);
  }
  if (figures.empty()) return;
  const sx::Table& table = state.model.table();
  const sx::Item* item = nullptr;
  for (const auto& section : table.sections) {
    for (const auto& candidate : section.items) {
      if (candidate.forced) item = &candidate;
    }
  }
  subheading("亩均产值");
  group(
      "output_per_mu",
      [&] {
        for (const auto* figure : figures) figure_field(state, *figure);
      },
      [&] {
        if (item == nullptr) return;
        const sx::Option* option = item->option(item->forced->option);
        const std::string level = option != nullptr ? option->label : item->forced->option;
        const std::string name = table.number + " " + item->id + " " + item->title;
        ImGui::TextWrapped("%s", ("企业亩均产值低于上一年度行业平均值时，" + name + "按“" + level + "”计分。").c_str());
        const sx::ItemResult* result = state.evaluation().item(item->id);
        if (result != nullptr && result->forced) {
          warning_line("目前低于行业平均值：" + item->id + " 按“" + level + "”计 " + std::to_string(result->points) + " 分。");
        } else {
          muted_text("不低于行业平均值时，在评分表中按实际水平选择等级。");
        }
        if (link("去评分表填写 " + item->id + " " + item->title, "基础数据 · 去评分表 " + item->id)) {
          show_field(state, "score", "answers." + item->id);
        }
      });
}
}  // namespace

void draw_figures(AppState& state) {
  ImGui::TextWrapped("填写企业台账中的原始数据，工具会自动算出各项比率，并同步到申报类别和评分表中。不知道的可以先空着。");
  for (const auto& derivation : state.standard->derivations) derivation_group(state, derivation);
  output_per_mu_group(state);
}

}  // namespace sx_app
