// The web app's entry point: WebGL context, ImGui, the html5 backend, and a frame scheduler that
// draws only when something changed (input, resize, a font arriving, the caret's blink).
#include <cfloat>

#include <emscripten/emscripten.h>
#include <emscripten/html5.h>
#include <GLES3/gl3.h>

#include "accessibility.hpp"
#include "bridge.hpp"
#include "imgui.h"
#include "imgui_internal.h"
#include "imgui_impl_html5.h"
#include "imgui_impl_webgl2.h"
#include "route.hpp"
#include "runtime.hpp"
#include "scroll_anchor.hpp"
#include "style.hpp"
#include "views.hpp"

// Set to be told of every character a font draws without a glyph (cmake/imgui.cmake).
extern void (*GImFontMissingGlyph)(const ImFont*, ImWchar);

namespace sx_app {

namespace {
bool frame_pending = false;
bool context_lost = false;  // the browser took the WebGL context away; nothing is drawn until it is back
bool caret_timer_pending = false;
bool blink_only = false;  // the frame asked for is the caret's blink and nothing else
constexpr int kSettleFrames = 3;
constexpr double kCaretBlinkMs = 400;  // ImGui's caret is on 0.8 s, off 0.4 s
ImVec2 ime_position;                   // top-left of the caret's line, CSS px

// Characters reach the atlas as ImGui draws them (GImFontMissingGlyph, set in main); one that
// only the GB2312 file has makes that file load now if it has not come yet; the same for one the
// first screen's file lacks while the UI file is on its way.
void load_wanted_fonts(Runtime& rt) {
  static bool asked[kFontFiles] = {};
  const auto ask = [&](FontFile file, bool wanted) {
    const int index = static_cast<int>(file);
    if (!wanted || rt.atlas.has_font(file) || asked[index]) return;
    sx_js_load_font(index);
    asked[index] = true;
  };
  ask(FontFile::Ui, rt.atlas.wants_ui());
  ask(FontFile::Gb2312, rt.atlas.wants_gb2312());
}

void sync_ime() {
  ImGuiIO& io = ImGui::GetIO();
  // WantTextInput is the last frame's: a field the mirror closed this frame (Tab) no longer wants it.
  const ImGuiID field = io.WantTextInput ? ImGui::GetActiveID() : 0;
  sx_js_ime_state(field != 0 ? 1 : 0, field, ime_position.x, ime_position.y, ImGui::GetFontSize());
}

// The page's URL follows the screen: a new history entry per screen the user opens, so the
// browser's back button goes back a screen rather than out of the tool. An article of 政策原文
// named after its screen opened replaces that entry (a link to one took two Backs to leave).
void sync_route(Runtime& rt) {
  const std::string route = route_of(rt.state);
  if (route == rt.route) return;
  sx_js_route(route.c_str(), rt.route.empty() || same_screen(route, rt.route) ? 0 : 1);
  rt.route = route;
}

// A scroll a view asked for (SetScrollY, SetScrollHereY) is applied by the next frame's Begin:
// without one the canvas kept the old place and the next click met the page as it moved (the
// desk's details brought into view, then a click on another row landed elsewhere).
bool scroll_pending() {
  for (const ImGuiWindow* window : GImGui->Windows) {
    if (window->Active && (window->ScrollTarget.x < FLT_MAX || window->ScrollTarget.y < FLT_MAX)) return true;
  }
  return false;
}

void draw_frame(Runtime& rt) {
  const double start = emscripten_get_now();
  const float dpr = ImGui_ImplHtml5_NewFrame();
  if (rt.atlas.stale(dpr)) {
    rt.last_atlas_ms = rt.atlas.rebuild(dpr);
    rt.cost.atlas += rt.last_atlas_ms;
    if (rt.frame == 0) rt.first_frame_atlas_ms += rt.last_atlas_ms;
    apply_style(dpr);
  }
  ImGui::NewFrame();
  before_widgets(rt);
  begin_widget_frame();
  draw_app(rt.state);
  end_widget_frame();
  after_widgets(rt);
  ImGui::Render();
  rt.cost.draw += emscripten_get_now() - start;
  ++rt.cost.draws;
}

void present() {
  glDisable(GL_SCISSOR_TEST);
  glClearColor(0.96f, 0.97f, 0.98f, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplWebGL2_RenderDrawData(ImGui::GetDrawData());
}

void run_frame() {
  Runtime& rt = runtime();
  if (!rt.started || context_lost) return;
  const double start = emscripten_get_now();
  const bool blink = blink_only;
  blink_only = false;
  rt.cost = FrameCost{};
  if (rt.mark_frames) sx_js_mark("sx-frame");
  if (rt.frame == 0) sx_js_mark("sx-first-frame-start");
  const int revision = rt.state.model.revision();
  draw_frame(rt);
  // Something above what the user just pressed changed height: drawn again with it back in place
  // (a few rounds: a notice settles its height over two frames).
  for (int round = 0; round < 3 && keep_anchor_in_place(); ++round) draw_frame(rt);
  perform_requests(rt);
  if (rt.state.model.revision() != revision) schedule_autosave();
  schedule_desk_save(rt);
  load_wanted_fonts(rt);
  // New characters appeared in this frame (drawn without a glyph, or in the state): redraw before
  // the browser shows it, so no fallback glyph reaches the screen. A redraw with wider glyphs can
  // bring more text into view, hence a few rounds.
  for (int round = 0; round < 3 && rt.atlas.stale(ImGui::GetIO().DisplayFramebufferScale.x); ++round) {
    draw_frame(rt);
    load_wanted_fonts(rt);
  }
  // A screen whose characters wait for the UI file (in the moment after the first frame, before
  // it comes) is not shown: the canvas keeps the last frame rather than showing the fallback glyph.
  // What the canvas shows is what the loading screen and the fallback count judge.
  const bool held = rt.atlas.wants_ui() && rt.presented;
  if (!held) {
    const double present_start = emscripten_get_now();
    present();
    rt.cost.present = emscripten_get_now() - present_start;
    rt.presented = true;
    rt.presented_fallback = rt.atlas.showing_fallback(ImGui::GetIO().DisplayFramebufferScale.x);
  }
  const bool fallback = rt.presented_fallback;
  sync_ime();
  sync_route(rt);
  keep_resume_step(rt);
  schedule_mirror_sync(rt);
  if (rt.frame_costs.size() >= 2000) rt.frame_costs.erase(rt.frame_costs.begin(), rt.frame_costs.begin() + 1000);
  rt.cost.total = emscripten_get_now() - start;
  rt.frame_costs.push_back(rt.cost);
  if (rt.mark_frames) sx_js_mark("sx-frame-end");
  if (rt.frame == 0) rt.first_frame_glyphs = rt.atlas.glyph_count();
  ++rt.frame;
  if (blink) ++rt.blink_frames;
  if (rt.frame == 1) sx_js_mark("sx-first-frame");
  sx_js_frame_done(rt.frame, fallback ? 1 : 0);

  if (rt.settle_frames > 0) --rt.settle_frames;
  // A jump to a field goes on over the frames its landing takes (field_jump.hpp).
  if (rt.settle_frames > 0 || ImGui_ImplHtml5_InputPending() || rt.state.jump.frames_left > 0 ||
      rt.state.scroll_after_layout || scroll_pending()) {
    request_frame();
  }
  if (ImGui::GetIO().WantTextInput && !caret_timer_pending) {
    caret_timer_pending = true;
    emscripten_set_timeout(
        [](void*) {
          caret_timer_pending = false;
          if (ImGui::GetIO().WantTextInput && !frame_pending) {
            request_frame();
            blink_only = true;
          }
        },
        kCaretBlinkMs, nullptr);
  }
}

EM_BOOL on_animation_frame(double, void*) {
  frame_pending = false;
  run_frame();
  return EM_FALSE;
}

// A GPU reset or too many contexts in the browser lose the WebGL context. Saying so
// (preventDefault, by returning true) lets the browser restore it; everything the GPU held went
// with it: the program, the buffers and the font texture are made again and the frame redrawn.
EM_BOOL on_context_lost(int, const void*, void*) {
  context_lost = true;
  return EM_TRUE;
}

EM_BOOL on_context_restored(int, const void*, void*) {
  if (!ImGui_ImplWebGL2_Init()) {
    sx_js_fail("webgl");
    return EM_TRUE;
  }
  runtime().atlas.texture_lost();
  context_lost = false;
  runtime().settle_frames = kSettleFrames;
  request_frame();
  return EM_TRUE;
}

void on_input(bool gesture_end) {
  runtime().settle_frames = kSettleFrames;
  if (gesture_end && runtime().started) {
    // Two frames: the press, then the release that completes a click; two more when the pointer
    // had not been drawn where it pressed (a frame there first) or a press waited for another.
    run_frame();
    run_frame();
    for (int i = 0; i < 2 && ImGui_ImplHtml5_InputPending(); ++i) run_frame();
  }
  request_frame();
}
}  // namespace

Runtime& runtime() {
  static Runtime rt;
  return rt;
}

void request_frame() {
  blink_only = false;
  if (frame_pending) return;
  frame_pending = true;
  emscripten_request_animation_frame(on_animation_frame, nullptr);
}

bool work_pending() {
  const Runtime& rt = runtime();
  return (frame_pending && !blink_only) || ImGui_ImplHtml5_InputPending() || rt.settle_frames > 0 ||
         rt.state.jump.frames_left > 0 || rt.state.scroll_after_layout || rt.a11y.sync_pending;
}

void frame_now() {
  blink_only = false;
  run_frame();
}

void catch_up() {
  blink_only = false;
  if (frame_pending) run_frame();
  for (int i = 0; i < 8 && ImGui_ImplHtml5_InputPending(); ++i) run_frame();
  // Every key still queued goes in, a character or two a frame: eight frames took 4 of a burst
  // of 18 typed before a Tab (a fast typist, a scanner), and the field closed on the rest.
  for (int i = 0; i < 512 && ImGui_ImplHtml5_KeysPending(); ++i) run_frame();
}

}  // namespace sx_app

int main() {
  using namespace sx_app;
  sx_js_mark("sx-main");
  EmscriptenWebGLContextAttributes attributes;
  emscripten_webgl_init_context_attributes(&attributes);
  attributes.majorVersion = 2;
  attributes.alpha = false;
  attributes.antialias = false;
  attributes.depth = false;
  attributes.stencil = false;
  attributes.enableExtensionsByDefault = false;  // ImGui needs only core WebGL 2; each one costs a round trip
  const auto context = emscripten_webgl_create_context("#canvas", &attributes);
  if (context <= 0) {
    sx_js_fail("webgl");
    return 1;
  }
  emscripten_webgl_make_context_current(context);
  sx_js_mark("sx-webgl");

  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // layout is not persisted; the document is
  io.ConfigInputTextCursorBlink = true;
  io.SetClipboardTextFn = [](void*, const char* text) { sx_js_set_clipboard(text); };
  io.GetClipboardTextFn = [](void*) -> const char* { return ""; };  // paste comes as text input
  io.ImeSetInputScreenPosFn = [](int x, int y) {
    ime_position = ImVec2(static_cast<float>(x), static_cast<float>(y));
  };
  ImGui::GetCurrentContext()->TestEngineHookItems = true;
  GImFontMissingGlyph = [](const ImFont* font, ImWchar c) {
    // The font's index in the atlas is its text size (type_scale.hpp).
    const ImVector<ImFont*>& fonts = ImGui::GetIO().Fonts->Fonts;
    std::size_t index = 0;
    for (int i = 0; i < fonts.Size; ++i) {
      if (fonts[i] == font) index = static_cast<std::size_t>(i);
    }
    runtime().atlas.request(index, static_cast<unsigned int>(c));
  };
  ImGui_ImplHtml5_Init("#canvas", on_input);
  if (!ImGui_ImplWebGL2_Init()) {
    sx_js_fail("webgl");
    return 1;
  }
  emscripten_set_webglcontextlost_callback("#canvas", nullptr, EM_FALSE, on_context_lost);
  emscripten_set_webglcontextrestored_callback("#canvas", nullptr, EM_FALSE, on_context_restored);

  sx_js_mark("sx-imgui");
  sx::current_standard();  // the embedded data parsed here, timed apart from the state
  sx_js_mark("sx-standard");
  runtime();
  sx_js_mark("sx-state");
  runtime().state.in_wechat = sx_js_in_wechat() != 0;
  restore_saved_document(runtime());
  restore_desk(runtime());
  sx_js_mark("sx-ready");
  sx_js_ready();
  // Frames start when the UI font arrives (exports.cpp: sx_font_loaded); the runtime stays alive.
  return 0;
}
