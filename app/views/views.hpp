#pragma once
// One function per screen part, each over the plain AppState (imgui_demo.cpp's pattern).
#include "app_state.hpp"

namespace sx_app {

void draw_app(AppState& state);        // the whole window: toolbar, notices, sections
void draw_toolbar(AppState& state);
void draw_notices(AppState& state);    // banners at the top
void draw_modals(AppState& state);     // import errors, confirmations
void draw_enterprise_form(AppState& state);
void draw_summary(AppState& state);    // total, eligibility, recommendation
void draw_score_sheet(AppState& state);
void draw_gaps(AppState& state);        // what is missing per category, and where points are

// True when the window is phone-narrow: views stack their columns.
bool narrow_layout();

}  // namespace sx_app
