#pragma once
// How the app is shown (适老化): the text size and the high-contrast theme. Kept in the browser
// under their own key, apart from the document, and read back leniently: a value this build does
// not know falls back to its default and never stops the app.
#include <string>

namespace sx_app {

// The text sizes offered, in per cent of the 16 CSS px base.
inline constexpr int kTextPercents[] = {100, 125, 150, 200};

struct DisplayPrefs {
  int text_percent = 100;  // one of kTextPercents
  bool high_contrast = false;

  float text_scale() const { return static_cast<float>(text_percent) / 100.0f; }
  bool operator==(const DisplayPrefs& other) const {
    return text_percent == other.text_percent && high_contrast == other.high_contrast;
  }
  bool operator!=(const DisplayPrefs& other) const { return !(*this == other); }
};

// {"text_percent":150,"high_contrast":true}; each member on its own: a bad one is the default.
DisplayPrefs parse_display_prefs(const std::string& text);
std::string display_prefs_json(const DisplayPrefs& prefs);

}  // namespace sx_app
