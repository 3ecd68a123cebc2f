// The display preferences as stored in the browser: what is written reads back the same, and
// anything else (an older build's value, a hand edit, garbage) gives the defaults member by member.
#include <gtest/gtest.h>

#include <string>

#include "display_prefs.hpp"

namespace {

using sx_app::DisplayPrefs;
using sx_app::display_prefs_json;
using sx_app::parse_display_prefs;

TEST(DisplayPrefs, RoundTrips) {
  for (const int percent : sx_app::kTextPercents) {
    for (const bool contrast : {false, true}) {
      DisplayPrefs prefs;
      prefs.text_percent = percent;
      prefs.high_contrast = contrast;
      EXPECT_EQ(parse_display_prefs(display_prefs_json(prefs)), prefs) << display_prefs_json(prefs);
    }
  }
}

TEST(DisplayPrefs, BadValuesGiveTheDefaults) {
  const struct {
    const char* stored;
    int percent;
    bool contrast;
  } cases[] = {
      {"", 100, false},
      {"not json", 100, false},
      {"[150, true]", 100, false},
      {"null", 100, false},
      {"{\"text_percent\":150,\"high_contrast\":true", 100, false},  // cut short
      {"{\"text_percent\":175,\"high_contrast\":true}", 100, true},   // not a size offered
      {"{\"text_percent\":\"200\",\"high_contrast\":1}", 100, false},
      {"{\"text_percent\":150.0}", 100, false},
      {"{\"text_percent\":-200}", 100, false},
      {"{\"text_percent\":99999999999999999999}", 100, false},
      {"{\"text_percent\":125}", 125, false},
      {"{\"high_contrast\":true,\"other\":{}}", 100, true},
  };
  for (const auto& c : cases) {
    const DisplayPrefs prefs = parse_display_prefs(c.stored);
    EXPECT_EQ(prefs.text_percent, c.percent) << c.stored;
    EXPECT_EQ(prefs.high_contrast, c.contrast) << c.stored;
  }
}

}  // namespace
