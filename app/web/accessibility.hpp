#pragma once
// The accessibility mirror's frame steps (accessibility.cpp); the page's calls are exported there.

namespace sx_app {

struct Runtime;
// After ImGui::NewFrame: the focus and editing changes the page asked for.
void before_widgets(Runtime& rt);
// After the widgets, before rendering: the keyboard focus ring.
void after_widgets(Runtime& rt);
// After a frame: asks the page to bring its mirror up to date once frames stop for a moment, so
// that a burst of frames (a click, a scroll, typing) costs one update, not one per frame.
void schedule_mirror_sync(Runtime& rt);
// The last frame's changes to the page's mirror, and ImGui's focus when it moved.
void sync_mirror(Runtime& rt);

}  // namespace sx_app
