#pragma once
// A scrolling table hands the wheel on to the page at its ends, as a browser's boxes do.

namespace sx_app {

// Call right before BeginTable(id, …) in the window that holds it. ImGui keeps the wheel with the
// scrolling box under the pointer even when that box is at its end, so a desktop user scrolling
// down the page over the 审核台's table got stuck at the table's last row. When the table was
// already at the end the wheel turns towards, the page scrolls instead.
void pass_wheel_at_table_end(const char* id);

}  // namespace sx_app
