// The text size and theme (适老化): read from localStorage before the first frame, applied to the
// font atlas and ImGui's style, and written back when the user changes them on the toolbar. Kept
// under their own key, so they outlive 新建自评 and never travel with a saved document.
#include <cstdlib>

#include "bridge.hpp"
#include "runtime.hpp"
#include "style.hpp"

namespace sx_app {

namespace {
constexpr const char* kDisplayKey = "sx-retrofit.display.v1";

void apply_display(Runtime& rt) {
  const DisplayPrefs& prefs = rt.state.display;
  rt.atlas.set_text_scale(prefs.text_scale());
  apply_style(prefs.high_contrast ? Theme::HighContrast : Theme::Light, prefs.text_scale());
  rt.shown_display = prefs;
}
}  // namespace

void restore_display(Runtime& rt) {
  if (char* stored = sx_js_storage_get(kDisplayKey)) {
    rt.state.display = parse_display_prefs(stored);
    std::free(stored);
  }
  apply_display(rt);
}

void keep_display(Runtime& rt) {
  if (rt.state.display == rt.shown_display) return;
  apply_display(rt);
  // Unsaved when storage is refused: the document's autosave already tells the user so.
  sx_js_storage_set(kDisplayKey, display_prefs_json(rt.state.display).c_str());
  rt.settle_frames = 2;
  request_frame();
}

}  // namespace sx_app
