// Both directions between ImGui and the accessibility mirror (web/mirror.js): each frame's
// changes go to the page; the page's focus, activations and scrolling come back here. Activating
// a mirrored widget clicks it, so it does exactly what a click on the canvas does.
#include <emscripten/emscripten.h>

#include <algorithm>

#include "accessibility.hpp"
#include "bridge.hpp"
#include "focus_ring.hpp"
#include "imgui.h"
#include "imgui_impl_html5.h"
#include "imgui_internal.h"
#include "live_status.hpp"
#include "palette.hpp"
#include "runtime.hpp"
#include "style.hpp"

namespace sx_app {

namespace {
// Sideways, a widget is in view when wholly in it, or, wider than the view (a table's row, as
// wide as the table), when it covers part of it. The view is the window's as far as the widget's
// own clip rectangle lets it show: a table's column scrolled sideways passes under the frozen
// columns (审核台's file and enterprise), where a click would land on their header or cell.
bool across_in_view(const LoggedWidget& widget, const ImRect& window_view) {
  const ImRect& rect = widget.rect;
  const ImRect view(ImMax(window_view.Min.x, widget.clip.Min.x), window_view.Min.y,
                    ImMin(window_view.Max.x, widget.clip.Max.x), window_view.Max.y);
  if (rect.Min.x >= view.Min.x - 1.0f && rect.Max.x <= view.Max.x + 1.0f) return true;
  return rect.GetWidth() > view.GetWidth() && rect.Min.x < view.Max.x && rect.Max.x > view.Min.x;
}

// The window to scroll when the widget is not wholly in its view, else nullptr. The window's own
// clip rectangle: a table column's runs past the window's edge.
ImGuiWindow* window_hiding(const LoggedWidget& widget) {
  ImGuiWindow* window = ImGui::FindWindowByID(widget.window);
  if (window == nullptr) return nullptr;
  const ImRect& view = window->InnerClipRect;
  const bool down = widget.rect.Min.y >= view.Min.y && widget.rect.Max.y <= view.Max.y;
  return down && across_in_view(widget, view) ? nullptr : window;
}

// Brings the widget's middle into its window's view sideways when it is out of it (a column of a
// wide table scrolled the other way).
void scroll_across(ImGuiWindow* window, const LoggedWidget& widget) {
  const ImRect& view = window->InnerClipRect;
  if (!across_in_view(widget, view)) {
    ImGui::SetScrollX(window, window->Scroll.x + widget.rect.GetCenter().x - view.GetCenter().x);
  }
}

// Scrolls the widget's window until the widget is wholly in view and draws that frame, so that a
// click lands on it. Returns the widget as now drawn, or nullptr when it is gone.
const LoggedWidget* bring_into_view(ImGuiID id) {
  // The click goes where the last frame drew the widget: a frame still to come (a scroll the
  // page's focus asked for a moment ago) would move it from under the click.
  catch_up();
  const LoggedWidget* widget = find_shown(id);
  if (widget == nullptr) return nullptr;
  ImGuiWindow* window = window_hiding(*widget);
  if (window == nullptr) return widget;
  const ImRect& view = window->InnerClipRect;
  if (widget->rect.Min.y < view.Min.y || widget->rect.Max.y > view.Max.y) {
    ImGui::SetScrollY(window, window->Scroll.y + widget->rect.GetCenter().y - view.GetCenter().y);
  }
  scroll_across(window, *widget);
  frame_now();
  frame_now();  // the first frame applies the scroll, the second lays out at it
  return find_shown(id);
}

// A text field is entered where its text ends; anything else is clicked in the middle of what
// is in view of it (a table's row runs past the window's edge).
void click(const LoggedWidget& widget) {
  const bool field = resolved_role(widget) == Role::Textbox;
  ImRect shown = widget.rect;
  shown.ClipWithFull(widget.clip);
  if (shown.Min.x >= shown.Max.x || shown.Min.y >= shown.Max.y) shown = widget.rect;
  const ImVec2 at = field ? ImVec2(widget.rect.Max.x - 4.0f,
                                   widget.multiline ? widget.rect.Max.y - 6.0f : widget.rect.GetCenter().y)
                          : shown.GetCenter();
  ImGui_ImplHtml5_Click(at.x, at.y);
}
}  // namespace

void before_widgets(Runtime& rt) {
  A11y& a11y = rt.a11y;
  // A jump landed on a choice (show_field): ImGui's focus and the ring go to it as a Tab would
  // take them there, and sync_mirror moves the page's focus to its mirror.
  if (const ImGuiID landed = rt.state.jump.landed_on) {
    rt.state.jump.landed_on = 0;
    const LoggedWidget* widget = find_shown(landed);
    if (ImGuiWindow* window = widget != nullptr ? ImGui::FindWindowByID(widget->window) : nullptr) {
      ImGui::SetFocusID(landed, window);
      ImGui::GetCurrentContext()->NavDisableHighlight = true;  // the mirror's ring shows focus
      a11y.focus = landed;
      a11y.ring = true;
      rt.settle_frames = std::max(rt.settle_frames, 1);
    }
  }
  if (a11y.end_text != 0) {
    if (ImGui::GetActiveID() == a11y.end_text) ImGui::ClearActiveID();
    a11y.end_text = 0;
  }
  if (a11y.pending_focus != 0) {
    const LoggedWidget* widget = find_shown(a11y.pending_focus);
    ImGuiWindow* window = widget != nullptr ? ImGui::FindWindowByID(widget->window) : nullptr;
    if (window != nullptr) {
      ImGui::SetFocusID(a11y.pending_focus, window);
      ImGui::GetCurrentContext()->NavDisableHighlight = true;  // the mirror's ring shows focus
      a11y.last_nav = a11y.pending_focus;  // the page has it already
    }
    a11y.pending_focus = 0;
  }
}

void after_widgets(Runtime& rt) {
  if (!rt.a11y.ring) return;
  const ImGuiID active = ImGui::GetActiveID();
  const LoggedWidget* field = active != 0 ? find_shown(active) : nullptr;
  draw_focus_ring(field != nullptr && field->text ? active : rt.a11y.focus,
                  ImGui::GetColorU32(palette(current_theme()).focus_ring));
}

void sync_mirror(Runtime& rt) {
  rt.a11y.sync_pending = false;
  if (!rt.a11y.enabled || !rt.started) return;
  const double start = emscripten_get_now();
  if (rt.mark_frames) sx_js_mark("sx-mirror");
  const std::string changes = rt.mirror.changes(live_status(rt.state));
  // The page's focus follows ImGui's before the changes go in when its element is there already:
  // focusing makes the browser bring its styles up to date, and before the changes there are
  // none to bring (after them, each click's sync paid for every element it touched).
  const ImGuiID nav = ImGui::GetCurrentContext()->NavId;
  bool followed = nav == rt.a11y.last_nav || nav == 0;
  rt.a11y.last_nav = nav;
  if (!followed) followed = sx_js_mirror_focus(nav) != 0;
  if (!changes.empty()) sx_js_mirror(changes.c_str());
  if (!followed) sx_js_mirror_focus(nav);
  // Counted in the frame that asked for it, so the performance script sees what the mirror costs.
  if (!rt.frame_costs.empty()) {
    const double ms = emscripten_get_now() - start;
    rt.frame_costs.back().total += ms;
    rt.frame_costs.back().mirror += ms;
  }
  if (rt.mark_frames) sx_js_mark("sx-mirror-end");
}

void schedule_mirror_sync(Runtime& rt) {
  if (rt.a11y.sync_pending || !rt.a11y.enabled) return;
  rt.a11y.sync_pending = true;
  sx_js_mirror_later();
}

}  // namespace sx_app

extern "C" {

// The page's focus moved to the mirror of widget `id`: ImGui's focus follows (a text field is
// entered, as a click would); `ring` when the keyboard moved it.
EMSCRIPTEN_KEEPALIVE void sx_a11y_focus(unsigned id, int ring) {
  auto& rt = sx_app::runtime();
  rt.a11y.focus = id;
  rt.a11y.ring = ring != 0;
  const sx_app::LoggedWidget* widget = sx_app::find_shown(id);
  if (widget != nullptr && widget->text && ImGui::GetActiveID() != id) {
    if ((widget = sx_app::bring_into_view(id)) != nullptr) sx_app::click(*widget);
    return;
  }
  // The mirror's places are approximate (mirror.cpp, kJitter): the app makes sure it is in view.
  if (ImGuiWindow* window = widget != nullptr ? sx_app::window_hiding(*widget) : nullptr) {
    const ImRect& view = window->InnerClipRect;
    const float below = widget->rect.Max.y - view.Max.y, above = widget->rect.Min.y - view.Min.y;
    if (below > 0 || above < 0) ImGui::SetScrollY(window, window->Scroll.y + (below > 0 ? below + 8.0f : above - 8.0f));
    sx_app::scroll_across(window, *widget);
  }
  rt.a11y.pending_focus = id;
  rt.settle_frames = 2;
  sx_app::request_frame();
}

// Enter or Space on a mirrored widget, a screen reader's click, a radio chosen with the arrows.
EMSCRIPTEN_KEEPALIVE void sx_a11y_activate(unsigned id) {
  if (const sx_app::LoggedWidget* widget = sx_app::bring_into_view(id)) sx_app::click(*widget);
}

// The page scrolled a window's mirror (find-in-page, a screen reader's cursor): ImGui follows.
EMSCRIPTEN_KEEPALIVE void sx_a11y_scroll(unsigned window_id, float x, float y) {
  ImGuiWindow* window = ImGui::FindWindowByID(window_id);
  if (window == nullptr) return;
  ImGui::SetScrollX(window, x);
  ImGui::SetScrollY(window, y);
  sx_app::runtime().settle_frames = 2;
  sx_app::request_frame();
}

// Tab left text field `id`: it stops editing (what was typed is already in the document).
EMSCRIPTEN_KEEPALIVE void sx_a11y_end_text(unsigned id) {
  // Keys typed a moment before the Tab may still wait for their frame: they go into the field
  // before it closes (a fast typist's "13" then Tab must not leave "1").
  sx_app::catch_up();
  sx_app::runtime().a11y.end_text = id;
  sx_app::runtime().settle_frames = 2;
  sx_app::request_frame();
}

// The pointer took over (ring off) or a key was pressed in the mirror (ring on).
EMSCRIPTEN_KEEPALIVE void sx_a11y_ring(int on) {
  auto& rt = sx_app::runtime();
  if (rt.a11y.ring == (on != 0)) return;
  rt.a11y.ring = on != 0;
  rt.settle_frames = 1;
  sx_app::request_frame();
}

// The page's mirror brought up to date: once the app has stopped drawing for a moment
// (bridge.hpp), or at once when the page needs it current (a key, an activation).
EMSCRIPTEN_KEEPALIVE void sx_a11y_sync() {
  if (sx_app::runtime().a11y.sync_pending) sx_app::sync_mirror(sx_app::runtime());
}

// Off only for the performance script, to measure the mirror's cost against the app without it.
EMSCRIPTEN_KEEPALIVE void sx_a11y_enable(int on) {
  sx_app::runtime().a11y.enabled = on != 0;
  sx_app::runtime().mirror.reset();
  sx_app::set_text_logging(on != 0);
}

// The page rebuilt its tree (after an error): send everything again.
EMSCRIPTEN_KEEPALIVE void sx_a11y_reset() {
  sx_app::runtime().mirror.reset();
  sx_app::runtime().a11y.last_nav = 0;
  sx_app::request_frame();
}

}  // extern "C"
