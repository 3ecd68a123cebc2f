#pragma once
#include <string>
// The frame around the screens (imgui_demo.cpp's pattern: one function per part, over the plain
// AppState). The screens themselves are listed in screens.hpp.
#include "app_state.hpp"

namespace sx_app {

void draw_app(AppState& state);         // the whole window: toolbar, navigation, current screen
void draw_toolbar(AppState& state);     // title, undo/redo, files
// A phone's header, one row: the step menu (nav.menu) and 菜单 (toolbar.menu), which opens the
// toolbar's actions at the top of the content.
void draw_phone_header(AppState& state);
void draw_navigation(AppState& state);  // side list (desktop) or menu (phone), with progress
// The phone's step menu button "▼ 第 1/10 步：开始", `width` wide.
void step_menu_button(AppState& state, float width);
// Opens or closes one of the phone header's two menus (the other closes): opening goes to the top
// of the content, where the menu is drawn; closing goes back to where the user was.
void toggle_header_menu(AppState& state, bool& menu);
void draw_notices(AppState& state);     // banners at the top
void draw_modals(AppState& state);      // import errors, confirmations, the type switch
// Ctrl+Z / Ctrl+Shift+Z (and Ctrl+Y) when no text field has the keyboard.
void handle_shortcuts(AppState& state);

// The service's name: the desktop's header, and on a phone over 开始's title (its header has room
// for the step menu only, and a newcomer never saw whose service this was).
inline constexpr const char* kServiceName = "绍兴市传统产业智能化改造项目认定 · 企业自评";

// True when the window is phone-narrow: views stack their columns.
bool narrow_layout();
// How a text names a toolbar action: "“撤销”", or on a phone, where the toolbar is folded into the
// header's 菜单, "“菜单”中的“撤销”" (a newcomer looked for 撤销 and did not find it).
std::string toolbar_action(const char* action);
// A disclosure's flags: as tall as a control on a phone, so a finger can open it.
int tap_tree_flags();
// The height the 返回 button (after a jump) takes below the content, margins included.
float return_button_room();
// True when the side list of screens fits (≥ 1024 CSS px).
bool wide_layout();

}  // namespace sx_app
