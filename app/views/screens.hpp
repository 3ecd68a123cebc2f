#pragma once
// The screens, in one table that navigation, the page's test API and the headless view tests all
// iterate (implot's demo table; ImHex's list of views). Each screen is one file in app/views/.
#include <string>
#include <vector>

#include "app_state.hpp"

namespace sx_app {

struct Screen {
  const char* id;       // stable: "start", "enterprise", … (sxApp.screens())
  const char* title;    // navigation and heading: "企业与项目"
  const char* purpose;  // one line under the heading: what the screen is for
  void (*draw)(AppState&);
};

const std::vector<Screen>& screens();
const Screen* find_screen(const std::string& id);
// Switches the screen as the navigation does (scrolls to the top, closes the phone menu).
void show_screen(AppState& state, const std::string& id);
// Switches to the screen that holds a field, brings that field wholly into view and focuses it
// (the caret in a text field; the focus ring on a choice). The field's view lands it (field_jump.hpp).
void show_field(AppState& state, const std::string& screen, const std::string& field_key);
// Back to the screen and place a jump came from (AppState::came_from).
void return_to_origin(AppState& state);

// 快速自测 (screen_quick.cpp): opens at its first question over the user's document (its answers
// are the full assessment's), and the page it draws instead of the screens while open.
void open_quick_check(AppState& state);
void draw_quick(AppState& state);

// ← 上一步 / 下一步 → at the foot of the current screen.
void step_buttons(AppState& state);

void draw_start(AppState& state);
void draw_enterprise(AppState& state);
void draw_figures(AppState& state);
void draw_categories(AppState& state);
void draw_score(AppState& state);
void draw_modes(AppState& state);
void draw_gaps(AppState& state);
void draw_whatif(AppState& state);
void draw_policy(AppState& state);
void draw_export(AppState& state);

}  // namespace sx_app
