#pragma once
// A scrolling table that a screen reader finds wherever the page is scrolled. ImGui skips a
// scrolling table (a child window) wholly below its window's view, BeginTable returning false,
// so the accessibility mirror had no table at all until the user scrolled to it.
#include "imgui.h"

namespace sx_app {

// ImGui::BeginTable, except that a table below the view is still begun with its first
// `keep_height` px (the header and a row) drawn, past the window's bottom edge where nothing
// shows, so its header and first rows are logged. Pair with ImGui::EndTable when true.
bool begin_table_kept(const char* id, int columns, ImGuiTableFlags flags, const ImVec2& size, float keep_height);

}  // namespace sx_app
