// 申报类别: every condition of 第五至八条, 第十三条 and 第十四条, answered in place. The basic
// conditions once at the top (they apply to all three categories), then the three categories side
// by side on a desktop and one after another on a phone. States come from the evaluation.
#include <algorithm>

#include "category_choice.hpp"
#include "choice_label.hpp"
#include "fields.hpp"
#include "imgui.h"
#include "links.hpp"
#include "needs.hpp"
#include "result_panel.hpp"
#include "screen_parts.hpp"
#include "screens.hpp"
#include "status.hpp"
#include "style.hpp"
#include "sx/text.hpp"
#include "views.hpp"
#include "widget_log.hpp"
#include "widgets.hpp"

namespace sx_app {

namespace {

const char* state_words(sx::Tri state) {
  return state == sx::Tri::True ? "满足" : state == sx::Tri::False ? "不满足" : "待补充";
}

// What the credit code says of where the enterprise is registered, beside the question that asks
// it (a newcomer, asked it right after choosing a district, did not know what more was wanted).
void registration_note(const AppState& state, const sx::FactDef& fact) {
  const std::string& where = state.standard->review.division_label;
  const auto& place = state.evaluation().registration;
  if (!place) {
    muted_text("按营业执照上的登记机关回答；填写统一社会信用代码后，这里会显示代码所示的登记地。");
    return;
  }
  const sx::Json* said = state.document().fact(fact.key);
  if (!place->inside && said != nullptr && *said == sx::Json(true)) return;  // the core's finding says it
  const std::string named = place->name.empty() ? "" : "（" + place->name + "）";
  muted_text("统一社会信用代码第 3–8 位（登记机关的行政区划代码）为 " + place->division + named + "，" +
             (place->inside ? "在" + where + "。"
                            : "不是" + where + "的（" + where + "的以 " + state.standard->review.division_prefix + " 开头）。"));
}

void fact_answer(AppState& state, const sx::Condition& condition) {
  const bool several = condition.facts.size() > 1;
  for (const auto& key : condition.facts) {
    const sx::FactDef* fact = state.standard->fact(key);
    if (fact == nullptr) continue;
    // The condition's title names what the controls answer; with several facts, each fact's own.
    const std::string context = several ? condition.title + " · " + fact->label : condition.title;
    if (several || fact->label != condition.title) ImGui::TextWrapped("%s", fact->question.c_str());
    // 第十三、十四条 are met when the fact is false: that answer comes first, like the others' true.
    fact_control(user_document(state), *fact, context, condition.kind != sx::RuleKind::FactFalse);
    if (key == state.standard->review.division_fact) registration_note(state, *fact);
    if (const sx::Message* finding = state.evaluation().warning_at(sx::path_member("facts", key))) {
      warning_line(finding->zh);
    }
  }
}

void metric_answer(AppState& state, const sx::Condition& condition) {
  const sx::MetricDef* metric = state.standard->metric(condition.metric);
  if (metric == nullptr) return;
  ImGui::TextWrapped("%s", (metric->label + "（要求 ≥ " + sx::percent_text(condition.min) + "）").c_str());
  metric_control(user_document(state), condition.metric, condition.title, scaled(120.0f), metric_jump_key(condition));
  // The core's finding when a typed rate disagrees with the figures it derives from.
  if (const sx::Message* finding = state.evaluation().warning_at(sx::path_member("metrics", condition.metric))) {
    field_warning(finding->zh);
  }
  if (const sx::Derivation* derivation = state.standard->derivation_of(condition.metric)) {
    if (link("从基础数据计算", condition.title + " · 从基础数据计算")) {
      show_field(state, "figures", "figures." + derivation->from[1]);
    }
  }
}

// 第八条（二）: the five modes' verdicts, answered on their own screen.
void modes_answer(AppState& state, const sx::Condition& condition) {
  for (const auto& mode : state.standard->modes) {
    const sx::ModeResult* result = state.evaluation().mode(mode.key);
    if (result == nullptr) continue;
    std::string text = mode.title + "：" + sx::mode_verdict_zh(*result);
    if (!result->basically_met && result->rated()) {
      text += "（具备 " + std::to_string(result->met) + "，部分具备 " + std::to_string(result->partial) +
              "，不具备 " + std::to_string(result->unmet) + "，未评 " + std::to_string(result->unanswered) + "）";
    }
    status_line(result->state(), text);
  }
  const std::string label = "去五种新模式自评##" + condition.title + " · 去五种新模式自评";
  if (ImGui::Button(label.c_str())) show_screen(state, "modes");
  note_last_item(label.c_str());
}

void draw_condition(AppState& state, const sx::Condition& condition) {
  const sx::ConditionResult* result = state.evaluation().condition(condition.id);
  const sx::Tri met = result != nullptr ? result->state : sx::Tri::Unknown;
  ImGui::PushID(condition.id.c_str());
  // Met by answers to check, it is not shown as ✓ 符合 (a newcomer read the green tag and missed
  // the finding under the answer).
  const bool to_check = result != nullptr && result->to_check;
  if (to_check) {
    status_tag("? 须核对", Tag::Pending);
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    ImGui::TextWrapped("%s", condition.title.c_str());
  } else {
    status_line(met, condition.title);
  }
  std::string detail = std::string(to_check ? "按所填答案满足，但与其他填报信息不符，须核对" : state_words(met)) + " · " +
                       condition.article;
  if (result != nullptr && !result->value_zh.empty()) detail += " · 目前：" + result->value_zh;
  muted_text(detail);
  switch (condition.kind) {
    case sx::RuleKind::FactsTrue:
    case sx::RuleKind::FactFalse:
    case sx::RuleKind::SetNonEmpty:
      fact_answer(state, condition);
      break;
    case sx::RuleKind::MetricAtLeast:
      metric_answer(state, condition);
      break;
    case sx::RuleKind::AnyModeBasicallyMet:
      modes_answer(state, condition);
      break;
  }
  const std::string tree = "原文与证明材料##" + condition.title + " · 原文与证明材料";
  if (ImGui::TreeNodeEx(fit_tree_label(tree.c_str()).c_str(), tap_tree_flags())) {
    ImGui::TextWrapped("%s", (condition.article + "：" + condition.text).c_str());
    muted_text("证明材料：" + condition.evidence);
    article_link(state, condition.article);
    ImGui::TreePop();
  }
  ImGui::Spacing();
  ImGui::Separator();
  ImGui::PopID();
}

struct Counts {
  int met = 0;
  int failed = 0;
  int unknown = 0;
};

Counts count(const std::vector<sx::ConditionResult>& results, const std::string& category,
             const sx::Standard& standard) {
  Counts counts;
  for (const auto& result : results) {
    const auto def = std::find_if(standard.conditions.begin(), standard.conditions.end(),
                                  [&](const sx::Condition& c) { return c.id == result.id; });
    if (def == standard.conditions.end() || def->category != category) continue;
    if (result.state == sx::Tri::True) ++counts.met;
    else if (result.state == sx::Tri::False) ++counts.failed;
    else ++counts.unknown;
  }
  return counts;
}

std::string counts_text(const Counts& counts) {
  return "满足 " + std::to_string(counts.met) + " 项 · 不满足 " + std::to_string(counts.failed) +
         " 项 · 待补充 " + std::to_string(counts.unknown) + " 项";
}

// Two columns on a desktop, so the shared block does not push the categories far down.
void basic_block(AppState& state) {
  const sx::Category& common = state.standard->common;
  subheading(common.title + "（" + categories_in_words(*state.standard) + "项目都须满足）");
  if (!state.evaluation().categories.empty()) {
    muted_text(counts_text(count(state.evaluation().categories.front().conditions, common.id, *state.standard)));
  }
  const bool columns = !narrow_layout() && ImGui::GetContentRegionAvail().x >= scaled(600.0f) &&
                       ImGui::BeginTable(common.id.c_str(), 2, ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_SizingStretchSame |
                                                         ImGuiTableFlags_PadOuterX);
  for (const auto& condition : state.standard->conditions) {
    if (!state.standard->is_common(condition)) continue;
    if (columns) ImGui::TableNextColumn();
    draw_condition(state, condition);
  }
  if (columns) ImGui::EndTable();
}

void category_column(AppState& state, const sx::Category& category) {
  const sx::CategoryResult* result = state.evaluation().category(category.id);
  const sx::Tri eligible = result != nullptr ? result->eligible : sx::Tri::Unknown;
  ImGui::PushID(category.id.c_str());
  subheading(category.title + "（" + category.article + "）");
  verdict_tag(eligible);
  if (result != nullptr) muted_text("本类条件：" + counts_text(count(result->conditions, category.id, *state.standard)));
  muted_text("另须满足上面的基本条件。");
  ImGui::Separator();
  for (const auto& condition : state.standard->conditions) {
    if (condition.category == category.id) draw_condition(state, condition);
  }
  ImGui::PopID();
}

// Three columns where they fit (≈ 250 px each at least), otherwise one after another.
void categories_block(AppState& state) {
  const auto& categories = state.standard->categories;
  const float needed = scaled(250.0f) * static_cast<float>(categories.size());
  if (!narrow_layout() && ImGui::GetContentRegionAvail().x >= needed &&
      ImGui::BeginTable("categories", static_cast<int>(categories.size()),
                        ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_SizingStretchSame |
                            ImGuiTableFlags_PadOuterX)) {
    for (const auto& category : categories) {
      ImGui::TableSetupColumn(category.id.c_str(), ImGuiTableColumnFlags_WidthStretch);
    }
    ImGui::TableNextRow();
    for (const auto& category : categories) {
      ImGui::TableNextColumn();
      category_column(state, category);
    }
    ImGui::EndTable();
    return;
  }
  for (const auto& category : categories) category_column(state, category);
}

// The recommended category, or what each one still lacks (the core's condition gaps).
void recommendation(AppState& state) {
  const sx::Evaluation& evaluation = state.evaluation();
  draw_result_panel(state);
  const std::vector<std::string> groups = [&] {
    std::vector<std::string> ids{state.standard->common.id};
    for (const auto& c : state.standard->categories) ids.push_back(c.id);
    return ids;
  }();
  for (const auto& group : groups) {
    std::vector<const sx::Gap*> gaps;
    for (const auto& gap : evaluation.condition_gaps) {
      if (gap.category == group) gaps.push_back(&gap);
    }
    if (gaps.empty()) continue;
    const sx::Category* category = state.standard->category(group);
    if (category != nullptr && evaluation.recommended) {
      const sx::Category* recommended = state.standard->category(*evaluation.recommended);
      if (category->rank < recommended->rank) continue;  // a lower category is of no interest
    }
    const std::string name = category != nullptr ? category->title : std::string("基本条件");
    const std::string label = name + "：还差 " + std::to_string(gaps.size()) + " 项###还差 · " + name;
    if (ImGui::TreeNodeEx(fit_tree_label(label.c_str()).c_str(), tap_tree_flags())) {
      for (const auto* gap : gaps) {
        ImGui::Bullet();
        ImGui::SameLine();
        ImGui::TextWrapped("%s", gap->zh.c_str());
      }
      ImGui::TreePop();
    }
  }
  muted_text("最终认定由市经信局组织专家评审决定，本自评仅供参考（第十一条）。");
}
}  // namespace

void draw_categories(AppState& state) {
  recommendation(state);
  category_choice(state, "categories");
  basic_block(state);
  categories_block(state);
}

}  // namespace sx_app
