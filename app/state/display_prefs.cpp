#include "display_prefs.hpp"

#include <algorithm>
#include <iterator>

#include "sx/json.hpp"

namespace sx_app {

DisplayPrefs parse_display_prefs(const std::string& text) {
  DisplayPrefs prefs;
  const sx::Json json = sx::Json::parse(text, nullptr, false);
  if (json.is_discarded() || !json.is_object()) return prefs;
  const auto percent = json.find("text_percent");
  if (percent != json.end() && percent->is_number_integer()) {
    const int value = percent->get<int>();
    if (std::find(std::begin(kTextPercents), std::end(kTextPercents), value) != std::end(kTextPercents)) {
      prefs.text_percent = value;
    }
  }
  const auto contrast = json.find("high_contrast");
  if (contrast != json.end() && contrast->is_boolean()) prefs.high_contrast = contrast->get<bool>();
  return prefs;
}

std::string display_prefs_json(const DisplayPrefs& prefs) {
  sx::Json json = sx::Json::object();
  json["text_percent"] = prefs.text_percent;
  json["high_contrast"] = prefs.high_contrast;
  return json.dump();
}

}  // namespace sx_app
