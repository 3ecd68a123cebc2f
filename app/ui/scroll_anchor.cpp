#include "scroll_anchor.hpp"

#include <cmath>

#include "imgui.h"
#include "imgui_internal.h"
#include "widget_log.hpp"

namespace sx_app {

namespace {
struct Anchor {
  ImGuiContext* context = nullptr;  // IDs are the context's: the view tests make one per case
  ImGuiID widget = 0;  // the last widget pressed or typed in
  ImGuiID area = 0;    // the scrolling area it lies in
  float at = 0.0f;     // where the last frame drew it in the area's content (its scroll added)
  bool placed = false;
};
Anchor anchor;

const LoggedWindow* main_area() {
  for (const LoggedWindow& window : shown_windows()) {
    if (window.landmark == "main") return &window;
  }
  return nullptr;
}

// Drawn in the area itself or in a child of it that does not scroll on its own (a notice box, a
// table): then the area's scroll alone decides where it is.
bool in_area(const LoggedWidget& widget, const LoggedWindow& area) {
  if (widget.window == area.id) return true;
  for (const LoggedWindow& window : shown_windows()) {
    if (window.id == widget.window) return window.parent == area.id && window.scroll.y == 0.0f;
  }
  return false;
}
}  // namespace

bool keep_anchor_in_place() {
  const ImGuiID active = ImGui::GetActiveID();
  if (anchor.context != ImGui::GetCurrentContext()) anchor = Anchor{ImGui::GetCurrentContext()};
  if (active != 0 && active != anchor.widget) anchor = Anchor{anchor.context, active};
  const LoggedWindow* area = main_area();
  const LoggedWidget* widget = anchor.widget != 0 ? find_shown(anchor.widget) : nullptr;
  // A dialog open over the screen: what moves under it is not under the finger.
  const bool dialog = ImGui::GetTopMostPopupModal() != nullptr;
  if (area == nullptr || widget == nullptr || dialog || !in_area(*widget, *area)) {
    anchor.placed = false;
    return false;
  }
  // Where it lies in the area's content: a scroll (a swipe, a jump) leaves that alone; only
  // something above it changing height moves it there, and the area's scroll follows it.
  const float at = widget->rect.Min.y - area->clip.Min.y + area->scroll.y;
  const float moved = std::round(at - anchor.at);
  const bool same = anchor.placed && anchor.area == area->id;
  anchor.area = area->id;
  anchor.at = at;
  anchor.placed = true;
  if (!same || moved == 0.0f) return false;
  ImGuiWindow* window = ImGui::FindWindowByID(area->id);
  const float target = ImMax(0.0f, area->scroll.y + moved);
  if (window == nullptr || target == area->scroll.y) return false;
  ImGui::SetScrollY(window, target);
  return true;
}

void let_go_of_anchor() { anchor.placed = false; }

}  // namespace sx_app
