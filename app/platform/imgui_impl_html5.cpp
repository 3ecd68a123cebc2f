#include "imgui_impl_html5.h"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstring>
#include <deque>
#include <string>
#include <emscripten/emscripten.h>
#include <emscripten/html5.h>

#include "imgui.h"

EM_JS(void, set_css_cursor, (const char* selector, const char* cursor), {
  document.querySelector(UTF8ToString(selector)).style.cursor = UTF8ToString(cursor);
});

// The canvas's size changes with the window (the resize event) or with its container (an
// iframe's host, the page's own layout): a ResizeObserver notes the latter. Reading the size
// (getBoundingClientRect) makes the browser lay out the page first, and the accessibility mirror
// has just changed the DOM: read every frame, each frame could pay for that layout. (What it saved
// was not measurable in perf.sh's wall times.)
EM_JS(void, observe_canvas_size, (const char* selector), {
  var canvas = document.querySelector(UTF8ToString(selector));
  if (!canvas || typeof ResizeObserver === 'undefined') return;
  new ResizeObserver(function () { _ImGui_ImplHtml5_CanvasResized(); }).observe(canvas);
});

namespace {

struct Backend {
  const char* canvas = "#canvas";
  void (*on_input)(bool gesture_end) = nullptr;
  double last_time = 0;
  float dpr = 1;
  double css_w = 0, css_h = 0;  // the canvas's size in CSS px, as last read
  bool size_stale = true;       // read it again in the next frame
  // A press shows for at least one frame even when the release comes before the frame does.
  bool pressed_since_frame[3] = {};
  // How many of `keys` came before the press: they go first, into the field they were typed in;
  // what came after waits for the frame after the press, so it lands in the field tapped.
  std::size_t keys_before_press[3] = {};
  bool down[3] = {};
  // A press that came while another was still waiting for its frame (two clicks or taps faster
  // than the frames, say while typed keys go in before the first): each gets a frame down and a
  // frame up of its own, at the place it was made, in order. Merged, the first was lost.
  struct QueuedPress {
    int button;
    ImVec2 pos;
    std::size_t keys_before;  // as keys_before_press
  };
  std::deque<QueuedPress> queued;
  // Where the pointer was in the last frame. A press elsewhere is shown after a frame of the
  // pointer at its place: ImGui 1.86 does not press a widget the pointer reaches in the press's
  // own frame (a second box clicked right after a first stayed unticked).
  ImVec2 frame_pos = ImVec2(-FLT_MAX, -FLT_MAX);
  // Touch: a tap clicks; a drag past the slop scrolls instead and never presses.
  bool touching = false;
  bool touch_scrolling = false;
  float touch_start_x = 0, touch_start_y = 0, touch_last_x = 0, touch_last_y = 0;
  // A swipe scrolls along the axis it started on, as a phone's own pages do: a page swiped down
  // does not also slide a wide table sideways.
  bool touch_sideways = false;
  // A phone has no hover: once a finger lifts (after a tap's press and release frames), the
  // pointer leaves, so what was tapped does not stay highlighted, e.g. after a jump.
  int frames_until_pointer_leaves = 0;
  // Keys and text in arrival order. A frame takes them in order but stops where the order would
  // be lost within one frame (ImGui applies a frame's text before its keys): text after a key
  // press, a key press after text, the release of a key pressed in the same frame, or a second
  // press of a key released in it.
  struct KeyEvent {
    enum Kind { Down, Up, Text } kind;
    int code;
    std::string text;
  };
  std::deque<KeyEvent> keys;
  bool key_down[512] = {};
};
Backend g;

constexpr float kTouchSlop = 8.0f;     // CSS px a finger may wander and still tap

// CSS px per wheel unit: ImGui scrolls 5 × the font size per unit, and the font size follows
// the text size chosen, so content moves as far as the wheel or the finger does.
// ImGui scrolls sideways 2 × the font size per unit, down 5 ×: sideways steps are scaled by this,
// so that a sideways wheel or swipe moves the content as far as a downward one.
constexpr float kSideways = 2.5f;

float wheel_step() {
  const ImGuiIO& io = ImGui::GetIO();
  const float font = io.Fonts->Fonts.empty() ? 16.0f : io.Fonts->Fonts[0]->FontSize * io.FontGlobalScale;
  return 5.0f * font;
}

void notify(bool gesture_end = false) {
  if (g.on_input) g.on_input(gesture_end);
}

bool press_waiting() { return g.pressed_since_frame[0] || g.pressed_since_frame[1] || g.pressed_since_frame[2]; }

bool near(ImVec2 a, ImVec2 b, float slop) {
  return slop == FLT_MAX || (std::fabs(a.x - b.x) <= slop && std::fabs(a.y - b.y) <= slop);
}

// A press at `pos` (a mouse button down, a tap): shown in the next frame when the last frame had
// the pointer there (within `slop`), else queued, behind any press still waiting for its frame.
void press(int button, ImVec2 pos, float slop) {
  if (press_waiting() || !g.queued.empty() || !near(pos, g.frame_pos, slop)) {
    g.queued.push_back({button, pos, g.keys.size()});
    return;
  }
  ImGui::GetIO().MousePos = pos;
  g.keys_before_press[button] = g.keys.size();
  g.pressed_since_frame[button] = true;
}

EM_BOOL on_mouse(int type, const EmscriptenMouseEvent* e, void*) {
  ImGuiIO& io = ImGui::GetIO();
  const ImVec2 pos(static_cast<float>(e->targetX), static_cast<float>(e->targetY));
  // While presses queue, the pointer stays where the press being shown was made.
  if (!press_waiting() && g.queued.empty()) io.MousePos = pos;
  g.frames_until_pointer_leaves = 0;  // a real mouse stays where it is
  const int button = e->button == 0 ? 0 : e->button == 2 ? 1 : e->button == 1 ? 2 : -1;
  if (button >= 0 && type == EMSCRIPTEN_EVENT_MOUSEDOWN) {
    g.down[button] = true;
    press(button, pos, 0.5f);
  } else if (button >= 0 && type == EMSCRIPTEN_EVENT_MOUSEUP) {
    g.down[button] = false;
  }
  notify(type == EMSCRIPTEN_EVENT_MOUSEUP);
  return EM_FALSE;
}

EM_BOOL on_window_mouseup(int, const EmscriptenMouseEvent* e, void*) {
  // A drag that ends outside the canvas must still release the button.
  const int button = e->button == 0 ? 0 : e->button == 2 ? 1 : e->button == 1 ? 2 : -1;
  if (button >= 0 && g.down[button]) {
    g.down[button] = false;
    notify();
  }
  return EM_FALSE;
}

EM_BOOL on_leave(int, const EmscriptenMouseEvent*, void*) {
  if (!g.down[0]) ImGui::GetIO().MousePos = ImVec2(-FLT_MAX, -FLT_MAX);
  notify();
  return EM_FALSE;
}

EM_BOOL on_wheel(int, const EmscriptenWheelEvent* e, void*) {
  ImGuiIO& io = ImGui::GetIO();
  // deltaMode 0 is pixels, 1 lines, 2 pages.
  const double scale = e->deltaMode == 0 ? 1.0 / wheel_step() : e->deltaMode == 1 ? 1.0 / 3.0 : 1.0;
  if (e->mouse.shiftKey) {
    // Shift+wheel goes sideways, whether the browser turned it already (Chromium on Windows and
    // Linux sends deltaX) or not. ImGui turns MouseWheel sideways itself when it knows Shift is
    // down, ignoring MouseWheelH then; it may not know (a Shift pressed on a mirror element stays
    // the page's), so the step goes where ImGui will read it as sideways.
    const float sideways = static_cast<float>((e->deltaY != 0.0 ? e->deltaY : e->deltaX) * scale) * kSideways;
    (io.KeysDown[16] ? io.MouseWheel : io.MouseWheelH) -= sideways;
  } else {
    io.MouseWheel -= static_cast<float>(e->deltaY * scale);
    io.MouseWheelH -= static_cast<float>(e->deltaX * scale) * kSideways;  // a trackpad's or a tilt wheel's sideways
  }
  notify();
  return EM_TRUE;  // the page itself never scrolls; ImGui does
}

EM_BOOL on_touch(int type, const EmscriptenTouchEvent* e, void*) {
  ImGuiIO& io = ImGui::GetIO();
  const EmscriptenTouchPoint* point = nullptr;
  for (int i = 0; i < e->numTouches; ++i) {
    if (e->touches[i].isChanged) point = &e->touches[i];
  }
  if (point == nullptr) return EM_TRUE;
  const float x = static_cast<float>(point->targetX);
  const float y = static_cast<float>(point->targetY);
  switch (type) {
    case EMSCRIPTEN_EVENT_TOUCHSTART:
      g.touching = true;
      g.touch_scrolling = false;
      g.touch_start_x = g.touch_last_x = x;
      g.touch_start_y = g.touch_last_y = y;
      if (!press_waiting() && g.queued.empty()) io.MousePos = ImVec2(x, y);
      break;
    case EMSCRIPTEN_EVENT_TOUCHMOVE:
      if (!g.touch_scrolling && (std::fabs(x - g.touch_start_x) > kTouchSlop ||
                                 std::fabs(y - g.touch_start_y) > kTouchSlop)) {
        g.touch_scrolling = true;
        g.touch_sideways = std::fabs(x - g.touch_start_x) > std::fabs(y - g.touch_start_y);
      }
      if (g.touch_scrolling) {
        if (g.touch_sideways) io.MouseWheelH += (x - g.touch_last_x) / wheel_step() * kSideways;
        else io.MouseWheel += (y - g.touch_last_y) / wheel_step();
        g.touch_last_x = x;
        g.touch_last_y = y;
      }
      break;
    case EMSCRIPTEN_EVENT_TOUCHEND:
      if (g.touching && !g.touch_scrolling) press(0, ImVec2(x, y), kTouchSlop);  // one frame down, then up: a click
      g.touching = false;
      g.frames_until_pointer_leaves = 2;
      // The app renders the tap at once, so that a text field it activates can take the
      // keyboard focus inside this event (mobile browsers open the keyboard only then).
      notify(true);
      return EM_TRUE;
    default:  // cancel
      g.touching = false;
      g.frames_until_pointer_leaves = 1;
      break;
  }
  notify();
  // Prevent the synthetic mouse events and the page's own scrolling and zooming.
  return EM_TRUE;
}

// DOM keyCode → ImGui key index (io.KeysDown is indexed by DOM keyCode).
void map_keys(ImGuiIO& io) {
  io.KeyMap[ImGuiKey_Tab] = 9;
  io.KeyMap[ImGuiKey_LeftArrow] = 37;
  io.KeyMap[ImGuiKey_RightArrow] = 39;
  io.KeyMap[ImGuiKey_UpArrow] = 38;
  io.KeyMap[ImGuiKey_DownArrow] = 40;
  io.KeyMap[ImGuiKey_PageUp] = 33;
  io.KeyMap[ImGuiKey_PageDown] = 34;
  io.KeyMap[ImGuiKey_Home] = 36;
  io.KeyMap[ImGuiKey_End] = 35;
  io.KeyMap[ImGuiKey_Insert] = 45;
  io.KeyMap[ImGuiKey_Delete] = 46;
  io.KeyMap[ImGuiKey_Backspace] = 8;
  io.KeyMap[ImGuiKey_Space] = 32;
  io.KeyMap[ImGuiKey_Enter] = 13;
  io.KeyMap[ImGuiKey_Escape] = 27;
  io.KeyMap[ImGuiKey_KeyPadEnter] = 13;
  io.KeyMap[ImGuiKey_A] = 65;
  io.KeyMap[ImGuiKey_C] = 67;
  io.KeyMap[ImGuiKey_V] = 86;
  io.KeyMap[ImGuiKey_X] = 88;
  io.KeyMap[ImGuiKey_Y] = 89;
  io.KeyMap[ImGuiKey_Z] = 90;
}

bool is_editing_key(unsigned long code) {
  switch (code) {
    case 8: case 9: case 13: case 27: case 33: case 34: case 35: case 36:
    case 37: case 38: case 39: case 40: case 46:
      return true;
    default:
      return false;
  }
}

EM_BOOL on_key(int type, const EmscriptenKeyboardEvent* e, void*) {
  ImGuiIO& io = ImGui::GetIO();
  const unsigned long code = e->keyCode;
  const bool shortcut = e->ctrlKey || e->metaKey;
  // Ctrl/Cmd+V is left to the browser: its paste event carries the system clipboard, which the
  // page's bridge hands to ImGui as text.
  if (code == 229 || code >= 512 || (shortcut && code == 86)) return EM_FALSE;
  const bool pressed = type == EMSCRIPTEN_EVENT_KEYDOWN;
  g.keys.push_back({pressed ? Backend::KeyEvent::Down : Backend::KeyEvent::Up, static_cast<int>(code), {}});
  notify();
  if (!io.WantCaptureKeyboard && !io.WantTextInput) return EM_FALSE;
  // Editing keys and ImGui's own shortcuts stay out of the hidden textarea; printable keys
  // must reach it, because its input event is where text comes from.
  return is_editing_key(code) || (shortcut && (code == 65 || code == 67 || code == 88 ||
                                               code == 89 || code == 90))
             ? EM_TRUE
             : EM_FALSE;
}

EM_BOOL on_blur(int, const EmscriptenFocusEvent*, void*) {
  // Keys held while the window loses focus never see their keyup: their presses and releases
  // go. Text already typed stays, for the field it was typed in.
  std::memset(g.key_down, 0, sizeof g.key_down);
  std::size_t kept = 0, kept_before_press[3] = {};
  for (std::size_t i = 0; i < g.keys.size(); ++i) {
    if (g.keys[i].kind != Backend::KeyEvent::Text) continue;
    for (int b = 0; b < 3; ++b) kept_before_press[b] += i < g.keys_before_press[b] ? 1 : 0;
    g.keys[kept++] = std::move(g.keys[i]);
  }
  g.keys.resize(kept);
  for (int b = 0; b < 3; ++b) g.keys_before_press[b] = kept_before_press[b];
  for (bool& d : g.down) d = false;
  g.queued.clear();  // presses made as the window lost focus
  notify();
  return EM_FALSE;
}

EM_BOOL on_resize(int, const EmscriptenUiEvent*, void*) {
  g.size_stale = true;
  notify();
  return EM_FALSE;
}

}  // namespace

bool ImGui_ImplHtml5_Init(const char* canvas_selector, void (*on_input)(bool gesture_end)) {
  g = Backend{};
  g.canvas = canvas_selector;
  g.on_input = on_input;
  ImGuiIO& io = ImGui::GetIO();
  io.BackendPlatformName = "imgui_impl_html5";
  io.BackendFlags |= ImGuiBackendFlags_HasMouseCursors;
  map_keys(io);
  const char* c = canvas_selector;
  emscripten_set_mousedown_callback(c, nullptr, true, on_mouse);
  emscripten_set_mouseup_callback(c, nullptr, true, on_mouse);
  emscripten_set_mousemove_callback(c, nullptr, true, on_mouse);
  emscripten_set_mouseleave_callback(c, nullptr, true, on_leave);
  emscripten_set_mouseup_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, false, on_window_mouseup);
  emscripten_set_wheel_callback(c, nullptr, true, on_wheel);
  emscripten_set_touchstart_callback(c, nullptr, true, on_touch);
  emscripten_set_touchmove_callback(c, nullptr, true, on_touch);
  emscripten_set_touchend_callback(c, nullptr, true, on_touch);
  emscripten_set_touchcancel_callback(c, nullptr, true, on_touch);
  emscripten_set_keydown_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, true, on_key);
  emscripten_set_keyup_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, true, on_key);
  // The window's own blur only: blur does not bubble, but a capturing listener on the window
  // would hear every element's, the text field's among them when a click moves to the canvas,
  // and drop the keys typed just before it (a fast typist's last digit).
  emscripten_set_blur_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, false, on_blur);
  emscripten_set_resize_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, true, on_resize);
  observe_canvas_size(canvas_selector);
  g.last_time = emscripten_get_now();
  return true;
}

void ImGui_ImplHtml5_Shutdown() {
  emscripten_html5_remove_all_event_listeners();
  g = Backend{};
}

extern "C" EMSCRIPTEN_KEEPALIVE void ImGui_ImplHtml5_CanvasResized() {
  g.size_stale = true;
  notify();
}

float ImGui_ImplHtml5_NewFrame() {
  ImGuiIO& io = ImGui::GetIO();
  if (g.size_stale) {
    emscripten_get_element_css_size(g.canvas, &g.css_w, &g.css_h);
    g.size_stale = false;
  }
  const double css_w = g.css_w, css_h = g.css_h;
  g.dpr = static_cast<float>(emscripten_get_device_pixel_ratio());
  const int backing_w = static_cast<int>(std::lround(css_w * g.dpr));
  const int backing_h = static_cast<int>(std::lround(css_h * g.dpr));
  int current_w = 0, current_h = 0;
  emscripten_get_canvas_element_size(g.canvas, &current_w, &current_h);
  if (current_w != backing_w || current_h != backing_h) {
    emscripten_set_canvas_element_size(g.canvas, backing_w, backing_h);
  }
  io.DisplaySize = ImVec2(static_cast<float>(css_w), static_cast<float>(css_h));
  io.DisplayFramebufferScale = ImVec2(g.dpr, g.dpr);

  const double now = emscripten_get_now();
  // After an idle spell the gap can be minutes; ImGui's timers only need it positive and small.
  io.DeltaTime = static_cast<float>(std::fmin(std::fmax((now - g.last_time) / 1000.0, 1e-4), 0.25));
  g.last_time = now;

  // Keys go in a character or two a frame (below), so key events and presses keep their order:
  // a press waits for the keys typed before it (a burst from a scanner or a fast typist, then a
  // tap on the next field: they belong to the field they were typed in), and keys typed after a
  // press wait for the frame after it (a tap on a field, then typing on a slow phone: ImGui
  // activates the field during the press's frame, after the old field has drawn).
  // A queued press comes once the press before it has had its frame down and its frame up, and
  // the pointer a frame at its place.
  if (!g.queued.empty() && !press_waiting() && !io.MouseDown[0] && !io.MouseDown[1] && !io.MouseDown[2]) {
    const Backend::QueuedPress next = g.queued.front();
    io.MousePos = next.pos;
    if (near(next.pos, g.frame_pos, 0.5f)) {
      g.queued.pop_front();
      g.keys_before_press[next.button] = next.keys_before;
      g.pressed_since_frame[next.button] = true;
    }
    // A queued tap's pointer leaves after its own release frame, not the first tap's.
    if (g.frames_until_pointer_leaves > 0) g.frames_until_pointer_leaves = 2;
  }
  std::size_t key_limit = g.keys.size();
  for (int i = 0; i < 3; ++i) {
    if (g.pressed_since_frame[i] && g.keys_before_press[i] > 0) {
      io.MouseDown[i] = false;
      key_limit = std::min(key_limit, g.keys_before_press[i]);
      continue;
    }
    // With presses queued behind it, the button is up after its press: it went up before the next.
    io.MouseDown[i] = (g.down[i] && g.queued.empty()) || g.pressed_since_frame[i];
    if (g.pressed_since_frame[i]) key_limit = 0;
    g.pressed_since_frame[i] = false;
  }
  if (g.frames_until_pointer_leaves > 0 && !g.touching && !io.MouseDown[0] && !g.pressed_since_frame[0] &&
      --g.frames_until_pointer_leaves == 0) {
    io.MousePos = ImVec2(-FLT_MAX, -FLT_MAX);
  }
  std::size_t taken = 0;
  bool pressed[512] = {};
  bool released[512] = {};
  bool any_pressed = false;
  bool typed = false;
  while (taken < key_limit && !g.keys.empty()) {
    const Backend::KeyEvent& e = g.keys.front();
    if (e.kind == Backend::KeyEvent::Down) {
      if (typed || released[e.code]) break;  // a repeat press needs a frame with the key up
      g.key_down[e.code] = pressed[e.code] = any_pressed = true;
    } else if (e.kind == Backend::KeyEvent::Up) {
      if (pressed[e.code]) break;
      g.key_down[e.code] = false;
      released[e.code] = true;
    } else {
      if (any_pressed) break;
      io.AddInputCharactersUTF8(e.text.c_str());
      typed = true;
    }
    g.keys.pop_front();
    ++taken;
  }
  for (std::size_t& before : g.keys_before_press) before -= std::min(before, taken);
  for (Backend::QueuedPress& queued : g.queued) queued.keys_before -= std::min(queued.keys_before, taken);
  for (int k = 0; k < 512; ++k) io.KeysDown[k] = g.key_down[k];
  // Modifiers follow the modifier keys (latched like any key); macOS's Cmd acts as Ctrl.
  io.KeyCtrl = io.KeysDown[17] || io.KeysDown[91] || io.KeysDown[93] || io.KeysDown[224];
  io.KeyShift = io.KeysDown[16];
  io.KeyAlt = io.KeysDown[18];
  io.KeySuper = false;

  static const char* const kCursors[ImGuiMouseCursor_COUNT] = {
      "default", "text", "move", "ns-resize", "ew-resize", "nesw-resize", "nwse-resize",
      "pointer", "not-allowed"};
  static int shown_cursor = -2;
  const int cursor = ImGui::GetMouseCursor();
  if (cursor != shown_cursor && cursor >= 0 && cursor < ImGuiMouseCursor_COUNT) {
    shown_cursor = cursor;
    set_css_cursor(g.canvas, kCursors[cursor]);
  }
  g.frame_pos = io.MousePos;
  return g.dpr;
}

bool ImGui_ImplHtml5_InputPending() {
  for (int i = 0; i < 3; ++i) {
    // A press to show, a button held, or a release ImGui has yet to see.
    if (g.pressed_since_frame[i] || g.down[i] || ImGui::GetIO().MouseDown[i]) return true;
  }
  return !g.keys.empty() || !g.queued.empty();
}

bool ImGui_ImplHtml5_KeysPending() { return !g.keys.empty(); }

void ImGui_ImplHtml5_AddText(const char* utf8) {
  g.keys.push_back({Backend::KeyEvent::Text, 0, utf8});
  notify();
}

void ImGui_ImplHtml5_Click(float x, float y) {
  ImGuiIO& io = ImGui::GetIO();
  const bool queued = press_waiting() || !g.queued.empty();
  press(0, ImVec2(x, y), FLT_MAX);  // the mirror's own element was clicked: no pointer to follow
  notify(true);  // the press and the release, drawn now (still inside the page's event)
  if (!queued) io.MousePos = ImVec2(-FLT_MAX, -FLT_MAX);
  notify();
}

void ImGui_ImplHtml5_TapKey(int dom_key_code) {
  if (dom_key_code <= 0 || dom_key_code >= 512) return;
  g.keys.push_back({Backend::KeyEvent::Down, dom_key_code, {}});
  g.keys.push_back({Backend::KeyEvent::Up, dom_key_code, {}});
  notify();
}
