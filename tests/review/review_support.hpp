#pragma once
// Helpers shared by the review tests (审核台, issue 16): realistic submissions built from the
// fixtures of both types, credit codes with the right check character, a review over them.
#include <fstream>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "review.hpp"
#include "sx/credit_code.hpp"
#include "test_support.hpp"

namespace sx_review_test {

inline std::string read_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

inline sx::Json fixture(const std::string& name) {
  return sx::Json::parse(read_text(std::string(SX_FIXTURES) + "/" + name));
}

// A valid code: registration department and kind "91", a division (330603 is 柯桥区), nine
// characters of organisation code, then the check character GB 32100 calls for.
inline std::string credit_code(const std::string& division, const std::string& body = "MA2BK7L37") {
  const std::string first17 = "91" + division + body;
  return first17 + *sx::credit_code_check_character(first17);
}

// The fixture with every field of the cover and project pages filled: nothing the declared
// category needs is missing (discrete-full: 智能制造示范车间, met; process-full: 智能工厂, met).
inline sx::Json complete(sx::Json doc) {
  const std::pair<const char*, const char*> enterprise[] = {
      {"industry", "C17 纺织业"}, {"address", "绍兴市柯桥区示例路 1 号"}, {"contact", "王工"}, {"phone", "0575-88000000"}};
  const std::pair<const char*, const char*> project[] = {
      {"name", "智能化改造项目"}, {"location", "绍兴市"}, {"start", "2019-06"},
      {"completion", "2020-06"}, {"investment", "1200"}, {"summary", "改造内容、主要装备和成效。"}};
  for (const auto& [key, value] : enterprise) {
    if (!doc["enterprise"].contains(key)) doc["enterprise"][key] = value;
  }
  for (const auto& [key, value] : project) {
    if (!doc["project"].contains(key)) doc["project"][key] = value;
  }
  return doc;
}

inline sx::Json workshop_document() { return complete(fixture("discrete-full.json")); }
inline sx::Json factory_document() { return complete(fixture("process-full.json")); }

// `doc` with enterprise members replaced.
inline sx::Json with_enterprise(sx::Json doc, const sx::Json& members) {
  for (const auto& [key, value] : members.items()) doc["enterprise"][key] = value;
  return doc;
}

inline sx::Json with_code(sx::Json doc, const std::string& code) {
  return with_enterprise(std::move(doc), {{"credit_code", code}});
}

// A review of 2020 over the documents, each under its file name; rows() in their order.
inline sx_review::Review review_of(const std::vector<std::pair<std::string, sx::Json>>& files, int year = 2020) {
  sx_review::Review review(sx_test::standard(), year);
  for (const auto& [name, doc] : files) review.add(name, doc.dump());
  return review;
}

}  // namespace sx_review_test
