#pragma once
// Lands a jump (AppState::jump, set by show_field) on the field drawn between a JumpLanding's
// construction and land(): while the field is not wholly in its window's view it scrolls it there
// (a third of the way down), frame after frame until the layout has settled; once it is, a text
// field gets the caret and a choice gets the focus (ImGui's, the page's and the focus ring).
#include <string>

#include "app_state.hpp"
#include "imgui.h"
#include "imgui_internal.h"

namespace sx_app {

class JumpLanding {
 public:
  // Active when the pending jump names `key` and the field edits the user's document (not 假如's copy).
  JumpLanding(AppState& state, const std::string& key, bool user_document = true);
  bool active() const { return state_ != nullptr; }
  // After each control of the field. `preferred`: the control the focus goes to (the chosen
  // option); otherwise the first enabled one. `text`: a text field, which gets the caret.
  void control(bool preferred = false, bool text = false);
  // After the field's last control: scrolls, or focuses and ends the jump.
  void land();

 private:
  AppState* state_ = nullptr;
  ImRect rect_;
  bool any_ = false;
  ImGuiID focus_ = 0;
  bool focus_preferred_ = false;
  bool text_ = false;
};

// Whether a jump is under way to a field whose key starts with `prefix` (a collapsed section
// opens for it: "modes.discrete.").
bool jump_pending_under(const AppState& state, const std::string& prefix);
// Counts the jump's frames down (the platform draws while any are left); once a frame, after the screen.
void age_jump(AppState& state);

}  // namespace sx_app
