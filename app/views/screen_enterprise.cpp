// 企业与项目: who applies, with which project, and which of the two tables applies (离散型 表1 or
// 流程型 表2). The 所属行业 choice suggests a type; the user decides.
#include <algorithm>

#include "field_jump.hpp"
#include "fields.hpp"
#include "imgui.h"
#include "imgui_internal.h"
#include "screens.hpp"
#include "status.hpp"
#include "style.hpp"
#include "views.hpp"
#include "widget_log.hpp"
#include "widgets.hpp"

namespace sx_app {

namespace {
float field_width() {
  return narrow_layout() ? -1.0f : std::min(ImGui::GetContentRegionAvail().x, scaled(520.0f));
}

// The division the enterprise's industry field names (the field of that kind, whatever its key).
const sx::Industry* chosen_industry(const AppState& state) {
  for (const auto& field : state.standard->enterprise_fields) {
    if (field.kind != sx::FieldKind::Industry) continue;
    if (const sx::Industry* industry = state.standard->industry_of(state.document().enterprise_text(field.key))) {
      return industry;
    }
  }
  return nullptr;
}

// A type switch that would keep or drop no answer of the score sheet: nothing to ask about.
bool nothing_at_stake(const TypeSwitchPreview& preview) { return preview.kept.empty() && preview.dropped.empty(); }

// A type not yet chosen follows the industry's suggestion while nothing in the score sheet would
// be lost, and the notice says so (a newcomer who picked 纺织业 and never read the hint under the
// radios was scored on the wrong table). A chosen type stays: the industry only suggests (another
// newcomer chose 离散型 by hand, picked another industry and was switched back to 流程型).
void follow_industry(AppState& state) {
  const sx::Industry* industry = chosen_industry(state);
  if (industry == nullptr || state.document().type_chosen()) return;
  const bool same = industry->type == state.document().type();
  const sx::Table* suggested = state.standard->table(industry->type);
  if (suggested == nullptr) return;
  if (!nothing_at_stake(state.model.preview_type_switch(industry->type))) return;  // the user decides
  ActionResult result = state.model.set_type(industry->type);
  result.consequences.push_back("按所属行业，企业类型" + std::string(same ? "定为" : "已改为") + suggested->label +
                                "（用" + suggested->number + "评分）；如本企业的生产方式不同，可在下面的“企业类型”中改选。");
  report(state, result);
}

// On a phone a list opened low on the screen came up above its field, over the field's label
// and the fields before it: the page goes down until the field is near the top, the list below it.
void list_below_on_phone(const std::string& label, std::size_t rows) {
  static ImGuiID opened = 0;  // the list open in the last frame (one at a time)
  const ImGuiID id = ImGui::GetID(label.c_str());
  const bool open = ImGui::IsPopupOpen(ImHashStr("##ComboPopup", 0, id), ImGuiPopupFlags_None);
  const bool just_opened = open && opened != id;
  if (open) opened = id;
  else if (opened == id) opened = 0;
  if (!just_opened || !narrow_layout()) return;
  ImGuiWindow* page = ImGui::GetCurrentWindow();
  const ImRect field(ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
  const ImGuiStyle& style = ImGui::GetStyle();
  const float list = (ImGui::GetFrameHeight() + style.ItemSpacing.y) * static_cast<float>(std::min<std::size_t>(rows, 20)) +
                     style.WindowPadding.y * 2.0f;
  const ImGuiViewport* screen = ImGui::GetMainViewport();
  const float bottom = screen->WorkPos.y + screen->WorkSize.y - style.DisplaySafeAreaPadding.y;
  if (field.Max.y + list <= bottom) return;  // it fits below already
  const float margin = ImGui::GetFrameHeight();  // the field's label stays in view above it
  ImGui::SetScrollY(page, page->Scroll.y + field.Min.y - page->InnerRect.Min.y - margin);
}

// A combo over fixed choices, writing the chosen text into enterprise.<field.key>. `current` is
// what the document holds (shown as it is when it is not one of the choices, so nothing is lost).
template <typename Choices>
void enterprise_choice(AppState& state, const sx::Field& field, const std::string& preview_text,
                       const Choices& choices) {
  const std::string key = "enterprise." + field.key;
  ImGui::PushID(key.c_str());
  JumpLanding landing(state, key);
  ImGui::TextWrapped("%s", field.label.c_str());
  const std::string label = "##" + field.label;
  ImGui::SetNextItemWidth(field_width());
  const std::string preview = preview_text.empty() ? std::string("请选择") : preview_text;
  if (ImGui::BeginCombo(label.c_str(), preview.c_str(), ImGuiComboFlags_HeightLarge)) {
    for (const auto& choice : choices) {
      const std::string item = choice.label + "##" + field.label + " · " + choice.label;
      // A phone needs taller rows to tap the right one.
      const ImVec2 size(0.0f, narrow_layout() ? ImGui::GetFrameHeight() : 0.0f);
      if (ImGui::Selectable(item.c_str(), choice.selected, 0, size)) {
        report(state, state.model.set_enterprise_field(field.key, choice.value));
        if (field.kind == sx::FieldKind::Industry) follow_industry(state);
      }
      note_last_item(item.c_str(), choice.selected ? 1 : 0);
      note_last_role(Role::Option);
      if (choice.selected) ImGui::SetItemDefaultFocus();
    }
    // Escape closes the list as a browser's own would (ImGui's keyboard navigation is off).
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) ImGui::CloseCurrentPopup();
    ImGui::EndCombo();
  }
  note_last_item(label.c_str());
  note_last_role(Role::Combobox);
  note_last_value(preview);
  list_below_on_phone(label, choices.size());
  landing.control();
  landing.land();
  ImGui::PopID();
}

struct Choice {
  std::string label;
  std::string value;
  bool selected;
};

void district_field(AppState& state, const sx::Field& field) {
  const std::string current = state.document().enterprise_text(field.key);
  std::string shown = current;
  std::vector<Choice> choices;
  for (const auto& district : state.standard->districts) {
    choices.push_back({district.label, district.key, district.key == current});
    if (district.key == current) shown = district.label;
  }
  enterprise_choice(state, field, shown, choices);
}

void industry_field(AppState& state, const sx::Field& field) {
  const std::string current = state.document().enterprise_text(field.key);
  const sx::Industry* chosen = state.standard->industry_of(current);
  std::vector<Choice> choices;
  for (const auto& industry : state.standard->industries) {
    choices.push_back({industry.text(), industry.text(), &industry == chosen});
  }
  enterprise_choice(state, field, current, choices);
  if (!field.hint.empty()) muted_text(field.hint);
  // What the industry suggests, where the user is looking: the type below may be out of view, and
  // it is not changed for them once chosen, or while score-sheet answers are at stake.
  const sx::Table* suggested = chosen != nullptr ? state.standard->table(chosen->type) : nullptr;
  if (suggested != nullptr && (!state.document().type_chosen() || suggested->type != state.document().type())) {
    warning_line("按所属行业，建议企业类型选" + suggested->label + "（用" + suggested->number +
                 "评分）；企业类型未自动改变，请在下面的“企业类型”中选择。");
  }
  if (!current.empty() && chosen == nullptr) {
    warning_line("“" + current + "”不在上面的行业大类中，请重新选择。");
  }
}

void enterprise_fields(AppState& state) {
  subheading("企业基本情况");
  for (const auto& field : state.standard->enterprise_fields) {
    switch (field.kind) {
      case sx::FieldKind::District:
        district_field(state, field);
        break;
      case sx::FieldKind::Industry:
        industry_field(state, field);
        break;
      default:
        profile_field(user_document(state), "enterprise", field, field_width());
        // The core's findings about it (the credit code's check character), not re-checked here.
        profile_findings(state, "enterprise", field);
        break;
    }
    ImGui::Spacing();
  }
}

void choose_type(AppState& state, const std::string& to) {
  if (to == state.document().type()) {
    if (!state.document().type_chosen()) report(state, state.model.set_type(to));  // chosen now
    return;
  }
  TypeSwitchPreview preview = state.model.preview_type_switch(to);
  // Nothing answered in the score sheet: nothing to lose, so no question to ask.
  if (nothing_at_stake(preview)) {
    report(state, state.model.set_type(to));
  } else {
    state.type_switch.preview = std::move(preview);
  }
}

void type_choice(AppState& state) {
  subheading("企业类型");
  ImGui::TextWrapped("按生产方式，企业分为两类，各用一张评分表自评：");
  muted_text("离散型（用表1评分）：产品由零部件加工、装配而成，如机械、汽车、电子、纺织服装、家具。");
  muted_text("流程型（用表2评分）：原料经过连续的物理、化学变化制成产品，如纺纱印染、化工、化纤、冶金、建材、造纸、医药、食品。");
  const std::string current = state.document().type();
  // A new assessment is scored on the first table until the type is chosen, but no radio says so:
  // a newcomer took the pre-chosen 离散型 for an answer it had given.
  const bool chosen = state.document().type_chosen();
  JumpLanding landing(state, "type", true);
  name_next_group("企业类型");
  for (const auto& table : state.standard->tables) {
    const std::string label = table.label + "（" + table.number + "）##企业类型 · " + table.label;
    if (radio(label.c_str(), chosen && table.type == current)) choose_type(state, table.type);
    landing.control();
    if (!narrow_layout()) ImGui::SameLine();
  }
  if (!narrow_layout()) ImGui::NewLine();
  landing.land();
  if (!chosen) {
    warning_line("尚未选择企业类型。选择之前，评分表暂按" + state.standard->table(current)->number + "（" +
                 state.standard->table(current)->label + "）列出。");
  }

  const sx::Industry* industry = chosen_industry(state);
  if (industry == nullptr) {
    muted_text("选择所属行业后，这里会给出建议。");
    return;
  }
  const sx::Table* suggested = state.standard->table(industry->type);
  if (suggested == nullptr) {
    muted_text(industry->text() + "：" + industry->reason + "。");
    return;
  }
  ImGui::TextWrapped("%s", ("按所属行业，建议选择" + suggested->label + "（" + industry->reason + "）。").c_str());
  if (chosen && suggested->type != current) {
    muted_text("你目前选择的是" + state.standard->table(current)->label +
               "。如果本企业的生产方式确实如此，可以保留；以本企业实际的生产方式为准。");
    // One tap takes the suggestion, so a 流程型 enterprise that never looked at the radios is not
    // scored on the wrong table.
    if (secondary_button("改为" + suggested->label + "（" + suggested->number + "）")) {
      choose_type(state, suggested->type);
    }
  } else if (!chosen) {
    // Not taken by itself (answers of the score sheet were at stake): one tap takes it.
    if (secondary_button("选择" + suggested->label + "（" + suggested->number + "）")) {
      choose_type(state, suggested->type);
    }
  }
}

void project_fields(AppState& state) {
  subheading("改造项目");
  for (const auto& field : state.standard->project_fields) {
    profile_field(user_document(state), "project", field, field_width());
    profile_findings(state, "project", field);
    ImGui::Spacing();
  }
}

// 第五条（二）: the project must be built and in production; asked here where the project is.
void in_production(AppState& state) {
  const sx::FactDef* fact = state.standard->fact("project_in_production");
  if (fact == nullptr) return;
  std::string context = fact->label;
  for (const auto& condition : state.standard->conditions) {
    if (std::find(condition.facts.begin(), condition.facts.end(), fact->key) != condition.facts.end()) {
      context = condition.title;
    }
  }
  ImGui::TextWrapped("%s", fact->question.c_str());
  fact_control(user_document(state), *fact, context);
  muted_text("项目须已建成投产才能申报（第五条）。");
}
}  // namespace

void draw_enterprise(AppState& state) {
  enterprise_fields(state);
  type_choice(state);
  project_fields(state);
  in_production(state);
}

}  // namespace sx_app
