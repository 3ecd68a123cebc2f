#pragma once
// Helpers shared by the core tests: documents built from a JSON patch over a valid header.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "sx/assessment.hpp"
#include "sx/evaluation.hpp"

namespace sx_test {

// Time bounds in the tests catch work that grows out of proportion (quadratic, unbounded); under
// ASan + UBSan (the `sanitize` preset) every step is several times slower, so they are looser.
#if defined(__SANITIZE_ADDRESS__)
inline constexpr int kSlowdown = 5;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
inline constexpr int kSlowdown = 5;
#else
inline constexpr int kSlowdown = 1;
#endif
#else
inline constexpr int kSlowdown = 1;
#endif

inline const sx::Standard& standard() {
  const sx::Standard* s = sx::find_standard("shaoxing-2019");
  if (s == nullptr) throw std::runtime_error("shaoxing-2019 is not embedded");
  return *s;
}

// The published wording the data holds, for expectations that quote it.
inline const sx::Condition& condition(const std::string& id) {
  for (const auto& c : standard().conditions) {
    if (c.id == id) return c;
  }
  throw std::runtime_error("no condition " + id);
}
inline const sx::Item& item(const std::string& type, const std::string& id) {
  const sx::Item* found = standard().table(type)->item(id);
  if (found == nullptr) throw std::runtime_error("no item " + id);
  return *found;
}
inline std::string option_label(const std::string& type, const std::string& id, const std::string& key) {
  return item(type, id).option(key)->label;
}

inline sx::Json header(const std::string& type = "discrete") {
  return sx::Json{{"format", "sx-retrofit-assessment"},
                  {"version", 1},
                  {"standard", "shaoxing-2019"},
                  {"type", type}};
}

// A valid document of `type` with `patch`'s members merged in (objects merge one level deep).
inline sx::Json document(const std::string& type, const sx::Json& patch) {
  sx::Json doc = header(type);
  for (const auto& [key, value] : patch.items()) {
    if (value.is_object() && doc.contains(key)) {
      for (const auto& [k, v] : value.items()) doc[key][k] = v;
    } else {
      doc[key] = value;
    }
  }
  return doc;
}

inline sx::Assessment assessment(const sx::Json& doc) {
  auto parsed = sx::assessment_from_json(doc);
  if (!parsed.assessment) {
    std::string all;
    for (const auto& e : parsed.errors) all += sx::format_message(e) + "\n";
    throw std::runtime_error("test document is invalid:\n" + all);
  }
  return *parsed.assessment;
}

inline sx::Evaluation evaluate(const sx::Json& doc) { return sx::evaluate(assessment(doc)); }

#ifdef SX_STANDARDS
// A standard folder's files as load_standard takes them, read from the source tree.
inline std::vector<std::pair<std::string, std::string>> folder_files(const std::string& id) {
  std::vector<std::pair<std::string, std::string>> files;
  for (const auto& entry : std::filesystem::directory_iterator(std::string(SX_STANDARDS) + "/" + id)) {
    if (entry.path().extension() != ".json") continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    files.emplace_back(entry.path().filename().string(), text.str());
  }
  std::sort(files.begin(), files.end());
  return files;
}
#endif

inline std::string fixture_text(const std::string& name) {
  std::ifstream in(std::string(SX_FIXTURES) + "/" + name, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

}  // namespace sx_test
