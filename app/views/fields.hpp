#pragma once
// The controls that edit the document, shared by every screen that asks the same question (the
// 申报类别 screen and 假如 ask for cnc_rate too). Each one calls the model's actions and nothing
// else; `edits` keeps the text of a field that is being typed or was refused, so a field keeps
// focus and every keystroke whatever the keystroke changes elsewhere (IDs come from domain keys,
// never from text that changes).
//
// Every control's ImGui name (after "##") starts with `context` — the condition's title, the
// item's id and title, the figure's label — so the test API and screen readers can tell what it
// answers.
#include <string>

#include "app_state.hpp"

namespace sx_app {

// Where a control edits: the user's document, or the what-if copy.
struct Target {
  AppState& app;
  Model& model;
  FieldEdits& edits;
};
Target user_document(AppState& state);

// A bool fact's two states in its own words (未被撤销 / 曾被撤销) plus 不确定, the state that meets
// the condition (`meeting`) first; a check box per option plus 以上均无 for a set fact. `stacked`:
// one choice a line (快速自测's big answers), else side by side where they fit.
void fact_control(Target target, const sx::FactDef& fact, const std::string& context, bool meeting = true,
                  bool stacked = false);
// A metric (percent) in a number field with its unit; empty = not answered. `jump_key`: what a
// jump to it names (metric_jump_key where a screen asks one metric in several places).
void metric_control(Target target, const std::string& metric, const std::string& context,
                    float width = 160.0f, const std::string& jump_key = "");
void figure_control(Target target, const sx::FigureDef& figure, float width = 160.0f);
// One item of the score sheet, answered in place (bool, set, choice, metric).
void item_control(Target target, const sx::Item& item);
// Enterprise and project text fields ("enterprise" or "project").
// A text field of the enterprise or project (`member`), a paragraph for FieldKind::Paragraph, with
// the field's hint under it: the same on every screen that asks it.
void profile_field(Target target, const char* member, const sx::Field& field, float width = -1.0f);
// The field alone, without its hint.
void profile_text(Target target, const char* member, const sx::Field& field, float width = -1.0f);
// The core's findings about a profile field (a credit code's check character, an amount typed with
// its unit), under it once the user has left it: shown from the first keystroke, a line appeared
// and moved everything below the field while they typed (the newcomer's phone walk).
void profile_findings(AppState& state, const char* member, const sx::Field& field);

// A small "第七条 原文" button that opens 政策原文 at that article (or clause: "第八条（二）").
// Defined in article_link.cpp.
void article_link(AppState& state, const std::string& article);

}  // namespace sx_app
