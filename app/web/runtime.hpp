#pragma once
// The web app's single instance: state, atlas and the frame scheduler the glue files share.
#include <vector>

#include "app_state.hpp"
#include "glyph_atlas.hpp"
#include "mirror.hpp"
#include "tab_sync.hpp"
#include "widget_log.hpp"

namespace sx_app {

// The accessibility mirror's side of focus (accessibility.cpp).
struct A11y {
  bool enabled = true;        // off only to measure what the mirror costs (?mirror=off)
  ImGuiID focus = 0;          // the widget whose mirror has the page's focus
  bool ring = false;          // the keyboard moved it: draw the focus ring
  ImGuiID pending_focus = 0;  // to give ImGui's focus in the next frame
  ImGuiID end_text = 0;       // a text field Tab left
  ImGuiID last_nav = 0;       // ImGui's focus as last told to the page
  bool sync_pending = false;  // the page will ask for the mirror's changes (sx_a11y_sync)
};

// Where one frame's wall time went, for the performance script (tools/perf/perf.mjs). Wall time:
// on a busy machine it counts waiting for a core; the script takes CPU time from a trace.
struct FrameCost {
  double total = 0;    // the whole frame, the mirror's sync included
  int draws = 0;       // times the UI was laid out (anchor and new-glyph rounds redraw it)
  double draw = 0;     // laying out, all draws together
  double atlas = 0;    // rebuilding the glyph atlas, inside draw
  double present = 0;  // handing the draw lists to WebGL
  double mirror = 0;   // building the accessibility mirror's changes and applying them
};

struct Runtime {
  AppState state;
  GlyphAtlas atlas;
  Mirror mirror;
  A11y a11y;
  bool presented = false;           // a frame has been drawn to the canvas
  bool presented_fallback = false;  // and it has a character drawn as the fallback glyph
  bool started = false;  // the first screen's font has arrived and the first frame can be drawn
  int frame = 0;
  int blink_frames = 0;  // of them, drawn only for the caret's blink (tests wait past these)
  std::string route;  // the address last given to the page (route.hpp); "" before the first
  int settle_frames = 0;  // frames still to draw after the last input (ImGui settles in 2–3)
  int saved_revision = 0;
  std::string kept_step;  // the resume place last written to storage (resume_place)
  bool autosave_blocked = false;  // a corrupt save could not be kept aside: never overwrite it
  SyncAgreement agreed;           // the stored save this tab last read, wrote or adopted (tab_sync.hpp)
  std::string tab_id;             // this page's part of its saves' ids
  int saves = 0;
  DisplayPrefs shown_display;     // the text size and theme the atlas and style have now
  double last_atlas_ms = 0;
  double first_frame_atlas_ms = 0;  // all atlas builds of the first frame, for the performance script
  int first_frame_glyphs = 0;
  // Marks each frame and mirror sync on the page's timeline (sx-frame, sx-frame-end, sx-mirror,
  // sx-mirror-end): a browser trace then gives their thread CPU time, which on a busy machine is
  // well below the wall time above (the performance script; sxApp.markFrames).
  bool mark_frames = false;
  std::vector<FrameCost> frame_costs;  // recent frames, for the performance script
  FrameCost cost;                      // the frame being drawn
};

Runtime& runtime();
// Schedules one animation frame unless one is already pending; idle pages draw nothing.
void request_frame();
// Draws a frame now (inside an input event, so that what it does counts as a user gesture).
void frame_now();
// Draws now what frames still to come would: one asked for (a scroll or focus the page asked for,
// a change) and those that input already queued takes. The page is about to act on what the last
// frame drew (a click where a widget is, a field closing); it must be what the user will see.
void catch_up();
// A frame is asked for, or input waits for one, beyond the caret's blink: the page is not yet at
// rest (tests wait for this to end).
bool work_pending();

// persistence.cpp
void restore_saved_document(Runtime& rt);
// Called by a timer: saves when the document changed since the last save.
void autosave(Runtime& rt);
// The step 继续 goes back to and how far down it, kept for the next visit when it changes (a
// scroll at most once a second, unless `now`: the page is being hidden or closed).
void keep_resume_step(Runtime& rt, bool now = false);
void schedule_autosave();
// A change waits for its autosave (the test API: a test waits for the save, not a fixed time).
bool autosave_waiting();
// Another tab wrote the autosave (the page's `storage` event): follow it, or ask the user.
void sync_with_other_tabs(Runtime& rt);
// The page is being hidden or closed (`closing`): the pending save is written now.
void flush_save(Runtime& rt, bool closing);
// After a frame: carries out the user's answer to the tab conflict.
void settle_tab_conflict(Runtime& rt);

// desk_save.cpp: 审核台's review, kept in localStorage apart from the document. restore_desk also
// sets the review year.
void restore_desk(Runtime& rt);
// After a frame: saves a moment after the review changed; save_desk writes it now.
void schedule_desk_save(Runtime& rt);
void save_desk(Runtime& rt);

// display.cpp: the text size and theme, kept in localStorage apart from the document.
// Reads them and applies them to the atlas and the style (before the first frame).
void restore_display(Runtime& rt);
// After a frame: applies and stores them when the toolbar changed them.
void keep_display(Runtime& rt);

// services.cpp: carries out what the views asked of the platform.
void perform_requests(Runtime& rt);

}  // namespace sx_app
