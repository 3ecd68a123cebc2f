#include <algorithm>
#include <cmath>

#include "desk_views.hpp"
#include "field_jump.hpp"
#include "imgui.h"
#include "imgui_internal.h"
#include "screens.hpp"
#include "palette.hpp"
#include "style.hpp"
#include "type_scale.hpp"
#include "views.hpp"
#include "widget_log.hpp"
#include "widgets.hpp"

namespace sx_app {

// The thresholds are for 100 % text: a larger text size needs a proportionally wider window.
bool narrow_layout() { return ImGui::GetIO().DisplaySize.x < scaled(640.0f); }

std::string toolbar_action(const char* action) {
  const std::string quoted = std::string("“") + action + "”";
  return narrow_layout() ? "“菜单”中的" + quoted : quoted;
}
int tap_tree_flags() { return narrow_layout() ? ImGuiTreeNodeFlags_FramePadding : 0; }
bool wide_layout() { return ImGui::GetIO().DisplaySize.x >= scaled(1024.0f); }

void toggle_header_menu(AppState& state, bool& menu) {
  const bool opening = !menu;
  const bool was_open = state.nav_open || state.menu_open;
  state.nav_open = false;
  state.menu_open = false;
  menu = opening;
  if (opening && !was_open) {
    state.scroll_before_menu = state.content_scroll;
    state.scroll_to = 0.0f;
  } else if (!opening) {
    state.scroll_to = state.scroll_before_menu;
  }
}

float return_button_room() { return action_button_height() + 2.0f * scaled(12.0f); }

namespace {
// After 去填写 or 修改 the field is mid-screen, far from any link at the top: the way back stays at
// the bottom right of the screen, below the content, until the user goes anywhere else.
void draw_return_button(AppState& state) {
  if (!state.came_from) return;
  const Screen* from = find_screen(state.came_from->screen);
  if (from == nullptr) return;
  const ImGuiIO& io = ImGui::GetIO();
  const float margin = scaled(12.0f);
  ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x - margin, io.DisplaySize.y - margin), ImGuiCond_Always,
                          ImVec2(1.0f, 1.0f));
  ImGui::SetNextWindowBgAlpha(0.0f);
  const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize |
                                 ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing |
                                 ImGuiWindowFlags_NoMove;
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0.0f, 0.0f));
  ImGui::Begin("##return", nullptr, flags);
  const std::string words = std::string("← 返回") + from->title;
  // Its own width: an auto-sized window offers a button no room to lay out its words in.
  const float width = std::min(ImGui::CalcTextSize(words.c_str()).x + ImGui::GetStyle().FramePadding.x * 2.0f,
                               io.DisplaySize.x - 2.0f * margin);
  if (secondary_button(words + "###return", width)) return_to_origin(state);
  ImGui::End();
  ImGui::PopStyleVar();
}

void draw_screen(AppState& state) {
  const Screen* screen = find_screen(state.screen);
  if (screen == nullptr) screen = &screens().front();
  state.content_scroll = ImGui::GetScrollY();
  // Not while a phone's header menu is open: it shows the content from its top.
  if (state.screen == state.resume_step && !state.nav_open && !state.menu_open) state.resume_scroll = state.content_scroll;
  ImGui::PushID(screen->id);
  if (narrow_layout() && std::string(screen->id) == "start") {
    // A caption over the title (GOV.UK's caption-l): whose service this is.
    ImGui::PushFont(font_of(TextSize::Section));
    ImGui::PushStyleColor(ImGuiCol_Text, palette().muted);
    ImGui::TextWrapped("%s", kServiceName);
    ImGui::PopStyleColor();
    ImGui::PopFont();
  }
  heading(screen->title);
  muted_text(screen->purpose);
  ImGui::Spacing();
  const float notices_top = ImGui::GetCursorPosY();
  draw_notices(state);
  // A notice that comes (another tab's change followed) or goes while the user is down the form,
  // out of view above them, must not push the field they are in: the scroll follows its height.
  const float notices_height = ImGui::GetCursorPosY() - notices_top;
  const float scroll = ImGui::GetScrollY();
  if (state.notices_screen == screen->id && notices_height != state.notices_height && scroll > notices_top &&
      !state.scroll_to) {
    ImGui::SetScrollY(std::max(0.0f, scroll + notices_height - state.notices_height));
  }
  state.notices_height = notices_height;
  state.notices_screen = screen->id;
  screen->draw(state);
  ImGui::Spacing();
  step_buttons(state);
  // Given once the screen is laid out: scroll_to, given before, is held to the last screen's height.
  // Not in the frame that opened it (the screen drawn is still the one left).
  if (state.scroll_after_layout && state.screen == screen->id) {
    const float y = *state.scroll_after_layout;
    if (std::fabs(ImGui::GetScrollY() - y) < 1.0f) {
      state.scroll_after_layout.reset();
    } else {
      ImGui::SetScrollY(y);
    }
  }
  ImGui::PopID();
}
}  // namespace

void draw_app(AppState& state) {
  // A few frames at most, whatever is drawn meanwhile: the platform draws while it is pending.
  if (state.scroll_after_layout && state.scroll_after_layout_frames-- <= 0) state.scroll_after_layout.reset();
  follow_standard(state);  // undo, another tab or a restore may have brought another year's document
  handle_shortcuts(state);
  // On a phone every answer, box and button is a finger's tap target: controls are padded to
  // 44 CSS px tall for the whole frame, dialogs included (larger text is already that tall).
  const bool phone = narrow_layout();
  const ImVec2 padding = ImGui::GetStyle().FramePadding;
  ImGui::PushStyleVar(ImGuiStyleVar_FramePadding,
                      phone ? ImVec2(padding.x, std::max(padding.y, std::ceil((kTapTarget - ImGui::GetFontSize()) * 0.5f)))
                            : padding);
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->WorkPos);
  ImGui::SetNextWindowSize(viewport->WorkSize);
  const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                 ImGuiWindowFlags_NoSavedSettings |
                                 ImGuiWindowFlags_NoBringToFrontOnFocus;
  ImGui::Begin("绍兴市传统产业智能化改造项目认定自评", nullptr, flags);
  note_window_landmark("banner");
  // Without the side list (a narrow window, large text) the toolbar and the screen menu scroll away
  // with the screen: fixed, they would leave it little or no height at 200 %. A phone has a fixed
  // header of one row instead, whose menus open at the top of the content.
  const bool own_page = state.desk.open || state.quick.open;
  const bool side_list = wide_layout() && !own_page;
  if (own_page) {
    // 审核台 and 快速自测 have their own pages: the toolbar and the steps are the full assessment's.
  } else if (phone) {
    // One row, fixed: the screen starts right under it (ux.md: a phone shows content first).
    draw_phone_header(state);
  } else if (side_list) {
    draw_toolbar(state);
    ImGui::Separator();
    ImGui::BeginChild("nav", ImVec2(scaled(230.0f), 0.0f), false);
    note_window_landmark("navigation");
    draw_navigation(state);
    ImGui::EndChild();
    ImGui::SameLine();
  }
  // A pending scroll (a new screen from its top, a closed menu, 返回) is given to the content
  // before it begins, so this very frame draws there: set inside it, it would wait for the next
  // frame's Begin, and a swipe in between (NewFrame's wheel) would overwrite it — the screen
  // then stayed where the last one was left, at its foot.
  static ImGuiID content_id = 0;
  if (state.scroll_to) {
    if (ImGuiWindow* content = ImGui::FindWindowByID(content_id)) ImGui::SetScrollY(content, *state.scroll_to);
    state.scroll_to.reset();
  }
  // While 返回 shows, the content ends above it: floating over the content it hid an answer, the
  // end of a field or a line of text under it (a newcomer's walk on a phone).
  ImGui::BeginChild("content", ImVec2(0, state.came_from && !own_page ? -return_button_room() : 0.0f), false);
  content_id = ImGui::GetCurrentWindow()->ID;
  note_window_landmark("main");
  if (state.desk.open) {
    draw_desk(state);
  } else if (state.quick.open) {
    draw_quick(state);
  } else {
    if (phone) {
      // What the header's two buttons open, at the top of the content so it scrolls at any text size.
      if (state.menu_open) {
        draw_toolbar(state);
        ImGui::Separator();
      }
      draw_navigation(state);
    } else if (!side_list) {
      draw_toolbar(state);
      ImGui::Separator();
      draw_navigation(state);
    }
    draw_screen(state);
  }
  ImGui::Dummy(ImVec2(0.0f, ImGui::GetFontSize() * 2.0f));
  ImGui::EndChild();
  age_jump(state);
  ImGui::End();
  draw_return_button(state);
  draw_modals(state);
  ImGui::PopStyleVar();
  // Nothing drawn holds on to an evaluation past here (model.hpp).
  state.model.release_stale_evaluations();
  if (state.whatif.scratch) state.whatif.scratch->release_stale_evaluations();
}

}  // namespace sx_app
