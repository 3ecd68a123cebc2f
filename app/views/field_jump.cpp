#include "field_jump.hpp"

#include <algorithm>
#include <cfloat>

#include "scroll_anchor.hpp"
#include "views.hpp"

namespace sx_app {

JumpLanding::JumpLanding(AppState& state, const std::string& key, bool user_document) {
  if (user_document && !state.jump.key.empty() && state.jump.key == key) state_ = &state;
}

void JumpLanding::control(bool preferred, bool text) {
  if (state_ == nullptr) return;
  const ImRect item(ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
  if (!any_) rect_ = item;
  else rect_.Add(item);
  any_ = true;
  const bool enabled = (GImGui->LastItemData.InFlags & ImGuiItemFlags_Disabled) == 0;
  if (enabled && (focus_ == 0 || (preferred && !focus_preferred_))) {
    focus_ = ImGui::GetItemID();
    focus_preferred_ = preferred;
    text_ = text;
  }
}

void JumpLanding::land() {
  if (state_ == nullptr || !any_) return;
  AppState& state = *state_;
  state_ = nullptr;
  ImGuiWindow* window = ImGui::GetCurrentWindow();
  // The content ends above the 返回 button while it shows (app_frame.cpp): its clip is the view.
  const ImRect view = window->InnerClipRect;
  const float margin = ImGui::GetStyle().ItemSpacing.y;
  const bool fits = rect_.GetHeight() + 2.0f * margin <= view.GetHeight();
  const bool in_view = fits ? rect_.Min.y >= view.Min.y && rect_.Max.y <= view.Max.y
                            : rect_.Min.y >= view.Min.y && rect_.Min.y < view.Min.y + view.GetHeight() * 0.5f;
  // A scroll asked for this frame (a new screen's scroll to the top) moves the field after this.
  if (!in_view || window->ScrollTarget.y < FLT_MAX) {
    // A third of the way down, or its top at the top when it is taller than the view. ImGui clamps
    // the scroll to the content of the frame before: a new screen's first frame falls short, and
    // the next one goes on from there.
    // A field near the screen's top is shown with the screen from its top: put a third of the way
    // down, the category at the top of 导出 left its heading half under the top bar.
    const float above = fits ? std::min(view.GetHeight() * 0.3f, view.GetHeight() - rect_.GetHeight() - margin) : margin;
    const float field_top = window->Scroll.y + rect_.Min.y - view.Min.y;  // in the content
    const bool near_top = fits && field_top + rect_.GetHeight() + margin <= view.GetHeight();
    ImGui::SetScrollY(window, near_top ? 0.0f : field_top - above);
    let_go_of_anchor();  // the page is meant to move: what was pressed is not put back
    return;
  }
  state.jump = FieldJump{std::string(), FieldJump::kFocusFrames};
  // Landed in view: the page stays as it is rather than scrolling to keep the pressed link or
  // button in place (导出 Word, whose refusal's words came above it, moved the screen's heading).
  let_go_of_anchor();
  if (focus_ == 0) return;
  if (text_) {
    // The caret: ImGui activates the last item (the text field: land() comes right after it) as
    // a Tab would, on the next frame; it is in view, so that focus scrolls nothing. Its text is
    // selected whole, so that what is typed replaces it: ImGui keeps the caret of the field last
    // edited (a jump back to it put the caret after "72", and "75" typed made "7275"), so that
    // kept state is dropped.
    if (GImGui->InputTextState.ID == focus_ && ImGui::GetActiveID() != focus_) GImGui->InputTextState.ID = 0;
    ImGui::SetKeyboardFocusHere(-1);
  } else {
    state.jump.landed_on = focus_;
  }
}

bool jump_pending_under(const AppState& state, const std::string& prefix) {
  return state.jump.key.compare(0, prefix.size(), prefix) == 0 && !state.jump.key.empty();
}

void age_jump(AppState& state) {
  if (state.jump.frames_left > 0 && --state.jump.frames_left == 0) state.jump = FieldJump{};
}

}  // namespace sx_app
