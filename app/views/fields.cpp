#include "fields.hpp"

#include <algorithm>
#include <cmath>
#include <functional>

#include "field_jump.hpp"
#include "imgui.h"
#include "imgui_internal.h"
#include "imgui_stdlib.h"
#include "paragraph_field.hpp"
#include "screen_parts.hpp"
#include "status.hpp"
#include "typed_number.hpp"
#include "style.hpp"
#include "sx/message.hpp"
#include "sx/text.hpp"
#include "views.hpp"
#include "widget_log.hpp"
#include "widgets.hpp"

namespace sx_app {

namespace {
std::string range_text(std::optional<double> min, std::optional<double> max) {
  if (min && max) return "请输入 " + sx::number_text(*min) + " 到 " + sx::number_text(*max) + " 之间的数";
  if (min) return "请输入不小于 " + sx::number_text(*min) + " 的数";
  if (max) return "请输入不大于 " + sx::number_text(*max) + " 的数";
  return "请输入数字";
}

void error_text(const std::string& text) {
  mark_next_text(TextRole::Error);  // the mirror makes it the field's description
  ImGui::PushStyleColor(ImGuiCol_Text, palette().error);
  ImGui::TextWrapped("%s", text.c_str());
  ImGui::PopStyleColor();
}

// A number cleared (emptied, or refused as typed) took with it what it gave: its notice goes,
// unless the clearing had consequences of its own to tell (4.3 back to 无).
void report_cleared(AppState& app, const ActionResult& result) {
  if (result.consequences.empty()) withdraw_report(app);
  else report(app, result);
}

// The jump from another screen lands on this field (field_jump.hpp).
JumpLanding jump_here(Target target, const std::string& key) {
  return JumpLanding(target.app, key, &target.model == &target.app.model);
}

// A number field bound to a document value through `apply`. While the field is active, or while
// its text was refused, the text lives in edits (by `key`); otherwise it shows the document.
// `jump_key`: what a jump to it names, when not `key` (one metric asked by two conditions).
template <typename Apply>
void number_field(Target target, const std::string& key, const std::string& name,
                  std::optional<double> value, std::optional<double> min, std::optional<double> max,
                  bool integer, float width, const std::string& unit, Apply apply,
                  const std::string& jump_key = "") {
  const std::string label = "##" + name;
  const ImGuiID id = ImGui::GetID(label.c_str());
  auto& texts = target.edits.text;
  auto& errors = target.edits.error;
  const auto typed = texts.find(key);
  std::string buffer = typed != texts.end() ? typed->second
                                            : (value ? sx::number_text(*value) : std::string());
  const auto error = errors.find(key);
  const bool bad = error != errors.end();
  if (bad) ImGui::PushStyleColor(ImGuiCol_FrameBg, palette().field_error_bg);
  JumpLanding landing = jump_here(target, jump_key.empty() ? key : jump_key);
  ImGui::SetNextItemWidth(width);
  const bool edited = ImGui::InputText(label.c_str(), &buffer);
  note_last_text(label.c_str(), buffer);
  landing.control(false, true);
  landing.land();
  const bool left = ImGui::IsItemDeactivated();
  if (ImGui::GetActiveID() == id || edited) texts[key] = buffer;
  if (bad) ImGui::PopStyleColor();
  if (!unit.empty()) {  // beside the box, above an error below it
    ImGui::SameLine();
    ImGui::TextUnformatted(unit.c_str());
  }
  if (edited) {
    const TypedNumber typed_number = parse_typed_number(buffer, unit);
    const std::optional<double> next = typed_number.value;
    std::string problem;
    // With the unit named: “30万” in a 万元 field was refused as not a number, which it looked like.
    if (!typed_number.ok) problem = unit.empty() || unit == "%" ? "请输入数字" : "请只填数字，不带单位（本栏单位已是" + unit + "）";
    else if (next && ((min && *next < *min) || (max && *next > *max))) problem = range_text(min, max);
    else if (next && integer && std::floor(*next) != *next) problem = "请输入整数";
    if (problem.empty()) {
      target.model.set_coalesce_key(key);
      const ActionResult result = apply(next);
      if (!result.ok) problem = result.error;
      else if (!next) report_cleared(target.app, result);
      else report(target.app, result);
    }
    if (problem.empty()) {
      errors.erase(key);
    } else {
      // The document never keeps a value the field no longer shows (4 of a refused 45): it is
      // cleared until the text is a number it takes, so no rate is computed from it.
      errors[key] = problem;
      target.model.set_coalesce_key(key);
      report_cleared(target.app, apply(std::nullopt));
    }
  }
  if (left && errors.count(key) == 0) texts.erase(key);
  // While the field is typed in, its tint says the text is refused and the words wait until it is
  // left: a line coming and going under it mid-number (“-”, “4a”) moved the fields below from
  // under the pointer aimed at them. Not in the frame it is left either: a press on the next
  // field is tested after this line, which would have moved that field from under the pointer;
  // from the next frame on, what was pressed stays put (scroll_anchor).
  if (errors.count(key) != 0) {
    if (ImGui::GetActiveID() == id || left) note_hidden_text(errors[key]);
    else error_text(errors[key]);
  }
}

bool contains(const sx::Json* set, const std::string& key) {
  if (set == nullptr || !set->is_array()) return false;
  return std::find(set->begin(), set->end(), key) != set->end();
}

// Check boxes for a subset of `options`, plus 以上均无; `apply` receives the new array (or null).
template <typename Apply>
// `current` reads the answer afresh: a click replaces the document, and with it what a pointer
// taken before the click pointed into.
void option_set(const std::vector<sx::Option>& options, const std::function<const sx::Json*()>& current,
                const std::string& context, bool with_points, JumpLanding& landing, Apply apply) {
  for (const auto& option : options) {
    const sx::Json* chosen = current();
    bool on = contains(chosen, option.key);
    std::string label = option.label;
    if (with_points) label += "（" + std::to_string(option.points) + " 分）";
    const bool changed = checkbox((label + "##" + context + " · " + option.label).c_str(), &on);
    landing.control();
    if (changed) {
      sx::Json next = sx::Json::array();
      for (const auto& o : options) {
        if (o.key == option.key ? on : contains(chosen, o.key)) next.push_back(o.key);
      }
      apply(next);
    }
  }
  const sx::Json* chosen = current();
  bool none = chosen != nullptr && chosen->is_array() && chosen->empty();
  const bool changed = checkbox(("以上均无##" + context + " · 以上均无").c_str(), &none);
  landing.control();
  if (changed) apply(none ? sx::Json::array() : sx::Json());
}

bool is_narrow() { return narrow_layout(); }
}  // namespace

Target user_document(AppState& state) { return Target{state, state.model, state.edits}; }


void fact_control(Target target, const sx::FactDef& fact, const std::string& context, bool meeting,
                  bool stacked) {
  ImGui::PushID(fact.key.c_str());
  JumpLanding landing = jump_here(target, "facts." + fact.key);
  if (fact.is_set) {
    option_set(fact.options, [&] { return target.model.document().fact(fact.key); }, context, false, landing,
               [&](const sx::Json& next) {
      report(target.app, target.model.set_fact(fact.key, next));
    });
  } else {
    name_next_group(fact.question);
    // Unanswered is drawn as 不确定 chosen, and the condition's line says 未填: the choice says
    // both (a newcomer saw 不确定 chosen beside 未填 and thought one of them wrong).
    const struct { std::string words; std::string shown; sx::Json value; } choices[] = {
        {fact.words(meeting), fact.words(meeting), meeting},
        {fact.words(!meeting), fact.words(!meeting), !meeting},
        {"不确定", "不确定（未填）", sx::Json()}};
    bool first = true;
    for (const auto& choice : choices) {
      const sx::Json* value = target.model.document().fact(fact.key);  // afresh: a click replaces the document
      const bool selected = choice.value.is_null() ? value == nullptr : value != nullptr && *value == choice.value;
      const std::string label = choice.shown + "##" + context + " · " + choice.words;
      if (!first && !stacked) same_line_if_fits(choice_width(label));  // wraps on a phone at large text
      first = false;
      const bool chosen = radio(label.c_str(), selected);
      // Unanswered (不确定 drawn as chosen), a jump lands on the first answer: it asks for one.
      landing.control(selected && !choice.value.is_null());
      if (chosen) report(target.app, target.model.set_fact(fact.key, choice.value));
    }
  }
  landing.land();
  ImGui::PopID();
}

void metric_control(Target target, const std::string& metric, const std::string& context, float width,
                    const std::string& jump_key) {
  const sx::MetricDef* def = target.model.standard().metric(metric);
  if (def == nullptr) return;
  ImGui::PushID(metric.c_str());
  // A rate its figures give is theirs: shown, not typed over (a newcomer typed 58 over 71.66, saw it
  // refused in red and still there) — said beside it, with where to change it.
  const std::string held = target.model.rate_held_by_figures(metric);
  ImGui::BeginDisabled(!held.empty());
  number_field(target, "metrics." + metric, context + " · " + def->label, target.model.document().metric(metric),
               def->min, def->max, false, width, def->unit,
               [&](std::optional<double> v) { return target.model.set_metric(metric, v); }, jump_key);
  ImGui::EndDisabled();
  if (!held.empty()) muted_text(held + "。");
  ImGui::PopID();
}

void figure_control(Target target, const sx::FigureDef& figure, float width) {
  ImGui::PushID(figure.key.c_str());
  number_field(target, "figures." + figure.key, figure.label, target.model.document().figure(figure.key),
               0.0, std::nullopt, figure.integer, width, figure.unit,
               [&](std::optional<double> v) { return target.model.set_figure(figure.key, v); });
  if (!figure.hint.empty()) muted_text(figure.hint);
  ImGui::PopID();
}

void item_control(Target target, const sx::Item& item) {
  Model& model = target.model;
  const sx::Json* answer = model.document().answer(item.id);
  const std::string context = item.id + " " + item.title;
  ImGui::PushID(item.id.c_str());
  JumpLanding landing = jump_here(target, "answers." + item.id);
  switch (item.kind) {
    case sx::AnswerKind::Bool: {
      // Claiming 有 needs the required items (表1 4.3 needs 4.1 and 4.2); 无 is always possible.
      const bool blocked =
          !item.unmet_requirements([&](const std::string& id) { return model.document().claims(id); }).empty();
      name_next_group(context);
      ImGui::BeginDisabled(blocked);
      const bool yes = answer != nullptr && *answer == true;
      const bool chose_yes = radio(("有（" + std::to_string(item.points) + " 分）##" + context + " · 有").c_str(), yes);
      landing.control(yes);
      if (chose_yes) report(target.app, model.answer(item.id, true));
      ImGui::EndDisabled();
      const std::string no = "无（0 分）##" + context + " · 无";
      same_line_if_fits(choice_width(no));
      answer = model.document().answer(item.id);  // a click on 有 replaced the document
      const bool is_no = answer != nullptr && *answer == false;
      const bool chose_no = radio(no.c_str(), is_no);
      landing.control(is_no);
      if (chose_no) report(target.app, model.answer(item.id, false));
      if (blocked) {
        std::vector<std::string> names;
        for (const auto& required : item.requires_items) {
          const sx::Item* other = model.table().item(required);
          names.push_back(required + " " + (other != nullptr ? other->title : std::string()));
        }
        // Said here, beside the answer it changed: the notice at the screen's top is out of view.
        muted_text(model.withdrawn(item.id)
                       ? "已自动改为“无”：须同时在 " + sx::join(names, "、") + " 中选择“有”；选回“有”后本项自动恢复为“有”。"
                       : "要选“有”，须先在 " + sx::join(names, "、") + " 中选择“有”；没有时请选“无”。");
      }
      break;
    }
    case sx::AnswerKind::Set:
      option_set(item.options, [&] { return model.document().answer(item.id); }, context, item.count_points.empty(),
                 landing, [&](const sx::Json& next) {
        report(target.app, model.answer(item.id, next));
      });
      break;
    case sx::AnswerKind::Choice:
      name_next_group(context);
      for (const auto& option : item.options) {
        answer = model.document().answer(item.id);  // a click on an earlier option replaced the document
        const bool selected = answer != nullptr && *answer == option.key;
        const std::string label = option.label + "（" + std::to_string(option.points) + " 分）##" +
                                  context + " · " + option.label;
        const bool chosen = radio(label.c_str(), selected);
        landing.control(selected);
        if (chosen) report(target.app, model.answer(item.id, option.key));
        if (!is_narrow()) ImGui::SameLine();
      }
      if (!is_narrow()) ImGui::NewLine();
      break;
    case sx::AnswerKind::Metric: {
      const sx::MetricDef* def = model.standard().metric(item.metric);
      ImGui::TextWrapped("%s", def != nullptr ? def->label.c_str() : item.metric.c_str());
      metric_control(target, item.metric, context);
      break;
    }
  }
  landing.land();
  ImGui::PopID();
}

void profile_field(Target target, const char* member, const sx::Field& field, float width) {
  profile_text(target, member, field, width);
  if (!field.hint.empty()) muted_text(field.hint);
}

void profile_text(Target target, const char* member, const sx::Field& field, float width) {
  const bool multiline = field.kind == sx::FieldKind::Paragraph;
  const bool enterprise = std::string(member) == "enterprise";
  const std::string key = std::string(member) + "." + field.key;
  std::string value = enterprise ? target.model.document().enterprise_text(field.key)
                                 : target.model.document().project_text(field.key);
  ImGui::PushID(key.c_str());
  JumpLanding landing = jump_here(target, key);
  ImGui::TextWrapped("%s", field.label.c_str());
  const std::string label = "##" + field.label;
  bool edited = false;
  if (multiline) {
    edited = paragraph_field(label.c_str(), value, width);
  } else {
    ImGui::SetNextItemWidth(width);
    edited = ImGui::InputText(label.c_str(), &value);
  }
  note_last_text(label.c_str(), value, multiline);
  landing.control(false, true);
  landing.land();
  // Trailing blanks and line breaks go when the user leaves the field (finish_text_field), and its
  // findings show then — not while the tap that left it is still down or just released: a line
  // appearing above what was tapped moved it from under the finger, and a button or list that
  // acts on release missed the tap (a newcomer's tap on 所在区 after a wrong credit code).
  if (&target.model == &target.app.model) {
    const bool tapping = ImGui::IsMouseDown(ImGuiMouseButton_Left) || ImGui::IsMouseReleased(ImGuiMouseButton_Left);
    if (ImGui::IsItemActive()) begin_text_field(target.app, key);
    else if (target.app.editing_text == key && !tapping) finish_text_field(target.app);
  }
  if (edited) {
    target.model.set_coalesce_key(key);
    const ActionResult result = enterprise ? target.model.set_enterprise_field(field.key, value)
                                           : target.model.set_project_field(field.key, value);
    if (!result.ok) target.edits.error[key] = result.error;
    else target.edits.error.erase(key);
  }
  const auto error = target.edits.error.find(key);
  if (error != target.edits.error.end()) error_text(error->second);
  ImGui::PopID();
}

void profile_findings(AppState& state, const char* member, const sx::Field& field) {
  if (state.editing_text == std::string(member) + "." + field.key) return;
  field_finding(state.evaluation(), sx::path_member(member, field.key));
}

}  // namespace sx_app
