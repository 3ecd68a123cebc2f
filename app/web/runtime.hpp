#pragma once
// The web app's single instance: state, atlas and the frame scheduler the glue files share.
#include <vector>

#include "app_state.hpp"
#include "glyph_atlas.hpp"
#include "widget_log.hpp"

namespace sx_app {

struct Runtime {
  AppState state;
  GlyphAtlas atlas;
  bool started = false;  // the UI font has arrived and the first frame can be drawn
  int frame = 0;
  int settle_frames = 0;  // frames still to draw after the last input (ImGui settles in 2–3)
  int saved_revision = 0;
  bool autosave_blocked = false;  // a corrupt save could not be kept aside: never overwrite it
  double last_atlas_ms = 0;
  double first_frame_atlas_ms = 0;  // all atlas builds of the first frame, for the performance script
  int first_frame_glyphs = 0;
  std::vector<double> frame_ms;  // CPU time of recent frames, for the performance script
};

Runtime& runtime();
// Schedules one animation frame unless one is already pending; idle pages draw nothing.
void request_frame();
// Draws a frame now (inside an input event, so that what it does counts as a user gesture).
void frame_now();

// persistence.cpp
void restore_saved_document(Runtime& rt);
// Called by a timer: saves when the document changed since the last save.
void autosave(Runtime& rt);
void schedule_autosave();

// services.cpp: carries out what the views asked of the platform.
void perform_requests(Runtime& rt);

}  // namespace sx_app
