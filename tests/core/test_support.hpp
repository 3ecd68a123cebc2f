#pragma once
// Helpers shared by the core tests: documents built from a JSON patch over a valid header.
#include <fstream>
#include <sstream>
#include <string>

#include "sx/assessment.hpp"
#include "sx/evaluation.hpp"

namespace sx_test {

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

inline std::string fixture_text(const std::string& name) {
  std::ifstream in(std::string(SX_FIXTURES) + "/" + name, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

}  // namespace sx_test
