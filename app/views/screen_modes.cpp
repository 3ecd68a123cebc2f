// 五种新模式: every key element of the five modes (附件), rated 具备 / 部分具备 / 不具备, with each
// mode's verdict and what it means for 智能工厂 (第八条（二）). A header's label shows the verdict;
// its ID is the mode's key, so rating an element never closes it.
#include <optional>

#include "field_jump.hpp"
#include "fields.hpp"
#include "imgui.h"
#include "screen_parts.hpp"
#include "screens.hpp"
#include "views.hpp"
#include "widget_log.hpp"
#include "widgets.hpp"

namespace sx_app {

namespace {
std::string counts_text(const sx::ModeResult& r) {
  const int count = r.met + r.partial + r.unmet + r.unanswered;
  return "共 " + std::to_string(count) + " 项：具备 " + std::to_string(r.met) + " 项，部分具备 " +
         std::to_string(r.partial) + " 项，不具备 " + std::to_string(r.unmet) + " 项，未评 " +
         std::to_string(r.unanswered) + " 项";
}

// What the modes feed: 智能工厂's condition 第八条（二）, with its current state and a way there.
void factory_link(AppState& state) {
  const sx::Condition* condition = state.standard->modes_condition();
  if (condition == nullptr) return;
  const sx::CategoryResult* factory = state.evaluation().category(condition->category);
  const sx::ConditionResult* result = factory != nullptr ? factory->condition(condition->id) : nullptr;
  const sx::Tri verdict = result != nullptr ? result->state : sx::Tri::Unknown;
  const sx::Category* category = state.standard->category(condition->category);
  const std::string title = category != nullptr ? category->title : condition->category;
  ImGui::TextWrapped("申报%s须满足%s：%s", title.c_str(), condition->article.c_str(), condition->text.c_str());
  ImGui::TextWrapped("目前“%s”：%s", condition->title.c_str(), verdict_text(verdict));
  if (link_button("查看" + title + "的全部认定条件##modes.factory_conditions")) show_screen(state, "categories");
  same_line_if_fits(button_width(condition->article + " 原文"));
  article_link(state, condition->article);
}

void element_choice(AppState& state, const sx::Mode& mode, int n) {
  const auto current = state.document().rating(mode.key, n);
  const std::string name = mode.title + " 要素" + std::to_string(n);
  JumpLanding landing(state, "modes." + mode.key + "." + std::to_string(n));
  bool first = true;
  name_next_group(name);
  auto choice = [&](const std::string& label, const std::optional<std::string>& rating) {
    if (!first) same_line_if_fits(choice_width(label));
    first = false;
    const bool chosen = radio((label + "##" + name + " · " + label).c_str(), current == rating);
    landing.control(current == rating);
    if (chosen) report(state, state.model.rate_mode(mode.key, n, rating));
  };
  for (const auto& rating : state.standard->ratings) choice(rating.label, rating.key);
  choice("未评", std::nullopt);
  landing.land();
}

void draw_mode(AppState& state, const sx::Mode& mode, const sx::ModeResult& result) {
  // Open the mode of the enterprise's own type at first; the others are one click away.
  const bool own_type = mode.key == state.document().type();
  const std::string label = mode.title + "：" + sx::mode_verdict_zh(result) + "###mode." + mode.key;
  if (jump_pending_under(state, "modes." + mode.key + ".")) ImGui::SetNextItemOpen(true);  // a jump to one of its elements
  const bool open = ImGui::CollapsingHeader(label.c_str(), own_type ? ImGuiTreeNodeFlags_DefaultOpen : 0);
  note_last_item(label.c_str());
  if (!open) return;
  ImGui::PushID(mode.key.c_str());
  for (std::size_t i = 0; i < mode.elements.size(); ++i) {
    const int n = static_cast<int>(i) + 1;
    ImGui::PushID(n);
    ImGui::Spacing();
    ImGui::TextWrapped("要素%d：%s", n, mode.elements[i].c_str());
    element_choice(state, mode, n);
    ImGui::PopID();
  }
  ImGui::Spacing();
  muted_text(mode.closing);
  ImGui::Spacing();
  const std::string verdict = std::string("结论：") + sx::mode_verdict_zh(result) + "（" + counts_text(result) + "）";
  if (result.basically_met) success_text(verdict);
  else ImGui::TextWrapped("%s", verdict.c_str());
  ImGui::Spacing();
  ImGui::PopID();
}
}  // namespace

void draw_modes(AppState& state) {
  factory_link(state);
  ImGui::Spacing();
  subheading("怎样算“基本具备”");
  muted_text(state.standard->modes_rule);
  ImGui::Spacing();
  for (const auto& mode : state.standard->modes) {
    const sx::ModeResult* result = state.evaluation().mode(mode.key);
    if (result != nullptr) draw_mode(state, mode, *result);
  }
}

}  // namespace sx_app
