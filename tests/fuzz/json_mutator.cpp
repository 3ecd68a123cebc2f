// A mutator that knows the document is JSON (libFuzzer's LLVMFuzzerCustomMutator): half the time
// libFuzzer's own byte mutations (the parser's paths), half the time one edit of a parsed document
// — a number set to an edge, a key or value from the standard's data, a member added or dropped,
// a subtree copied — so that most inputs stay valid JSON and reach validation, scoring, the gaps
// and the draft. The words come from the embedded standard, not from a list kept here.
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <iterator>
#include <limits>
#include <random>
#include <string>
#include <vector>

#include "sx/json.hpp"
#include "sx/standard.hpp"

extern "C" std::size_t LLVMFuzzerMutate(std::uint8_t* data, std::size_t size, std::size_t max_size);

namespace {

using sx::Json;
using Random = std::minstd_rand;

const std::vector<std::string>& words() {
  static const std::vector<std::string> all = [] {
    std::vector<std::string> w = {"format", "version", "standard", "type", "category", "enterprise",
                                  "project", "facts", "metrics", "figures", "answers", "modes",
                                  "sx-retrofit-assessment", "shaoxing-2019", "", "<b>&amp;\"'</b>",
                                  "绍兴市示例有限公司", "\xF0\xA0\x80\x80", "1", "7", "0", "-1"};
    for (const auto& id : sx::standard_ids()) {
      const sx::Standard& s = *sx::find_standard(id);
      for (const auto& table : s.tables) {
        w.push_back(table.type);
        for (const auto& section : table.sections) {
          for (const auto& item : section.items) {
            w.push_back(item.id);
            for (const auto& option : item.options) w.push_back(option.key);
          }
        }
      }
      for (const auto& m : s.metrics) w.push_back(m.key);
      for (const auto& f : s.facts) {
        w.push_back(f.key);
        for (const auto& option : f.options) w.push_back(option.key);
      }
      for (const auto& f : s.figures) w.push_back(f.key);
      for (const auto* fields : {&s.enterprise_fields, &s.project_fields, &s.districts}) {
        for (const auto& f : *fields) w.push_back(f.key);
      }
      for (const auto& r : s.ratings) w.push_back(r.key);
      for (const auto& c : s.categories) w.push_back(c.id);
      for (const auto& m : s.modes) w.push_back(m.key);
    }
    return w;
  }();
  return all;
}

// Edges of the ranges and bands, of float → int conversions and of double itself.
const double kNumbers[] = {0, -0.0, 1, -1, 0.5, 0.004, 0.005, 0.8, 1.2, 9.995, 29, 49.995, 50, 58, 59.995, 60,
                           65, 70, 99.995, 100, 100.000001, 101, -99.999, -100, -100.000001, 1e6, 1e6 + 1,
                           1e7, 1e9, 1e10, 1e15, 2147483647, 2147483648.0, 4294967296.0, 9007199254740993.0,
                           1e300, -1e300, 1.7976931348623157e308, 5e-324, 1e-300};

std::size_t pick(Random& random, std::size_t n) { return n == 0 ? 0 : random() % n; }

Json scalar(Random& random) {
  switch (pick(random, 6)) {
    case 0: return Json(words()[pick(random, words().size())]);
    case 1: return Json(kNumbers[pick(random, std::size(kNumbers))]);
    case 2: return Json(static_cast<std::int64_t>(pick(random, 230)) - 110);
    case 3: return Json(pick(random, 2) == 0);
    case 4: return Json::array({Json(words()[pick(random, words().size())])});
    default: return Json(nullptr);
  }
}

// Every value in the document, depth first.
void collect(Json& value, std::vector<Json*>& out) {
  out.push_back(&value);
  if (value.is_structured()) {
    for (auto& child : value) collect(child, out);
  }
}

void mutate(Json& doc, Random& random) {
  std::vector<Json*> nodes;
  collect(doc, nodes);
  Json& node = *nodes[pick(random, nodes.size())];
  switch (pick(random, 8)) {
    case 0:  // a number at an edge, or nudged
      if (node.is_number() && pick(random, 2) == 0) {
        const double v = node.get<double>();
        node = v + (pick(random, 2) == 0 ? 1 : -1) * (pick(random, 2) == 0 ? 0.001 : 1.0);
      } else {
        node = kNumbers[pick(random, std::size(kNumbers))];
      }
      break;
    case 1:  // a word of the standard
      node = words()[pick(random, words().size())];
      break;
    case 2:  // a member added
      if (node.is_object()) node[words()[pick(random, words().size())]] = scalar(random);
      else if (node.is_array()) node.push_back(scalar(random));
      else node = scalar(random);
      break;
    case 3:  // a member dropped
      if (node.is_object() && !node.empty()) node.erase(std::next(node.begin(), static_cast<long>(pick(random, node.size()))));
      else if (node.is_array() && !node.empty()) node.erase(pick(random, node.size()));
      else node = scalar(random);
      break;
    case 4:  // another subtree copied here
      if (&node != &doc) node = Json(*nodes[pick(random, nodes.size())]);
      break;
    case 5:  // a bool flipped, or a value of another shape
      node = node.is_boolean() ? Json(!node.get<bool>()) : scalar(random);
      break;
    case 6:  // an object's member renamed
      if (node.is_object() && !node.empty()) {
        auto it = std::next(node.begin(), static_cast<long>(pick(random, node.size())));
        Json value = *it;
        node.erase(it);
        node[words()[pick(random, words().size())]] = std::move(value);
      }
      break;
    default:  // a long text
      node = std::string(pick(random, 3000), "a<&\"\n"[pick(random, 5)]);
      break;
  }
}

}  // namespace

extern "C" std::size_t LLVMFuzzerCustomMutator(std::uint8_t* data, std::size_t size, std::size_t max_size,
                                               unsigned int seed) {
  Random random(seed);
  if (pick(random, 2) == 0) return LLVMFuzzerMutate(data, size, max_size);
  Json doc = Json::parse(data, data + size, nullptr, false);
  if (doc.is_discarded()) return LLVMFuzzerMutate(data, size, max_size);
  const std::size_t edits = 1 + pick(random, 3);
  for (std::size_t i = 0; i < edits; ++i) mutate(doc, random);
  const std::string text = doc.dump(pick(random, 4) == 0 ? 2 : -1, ' ', false, Json::error_handler_t::replace);
  if (text.size() > max_size) return LLVMFuzzerMutate(data, size, max_size);
  std::memcpy(data, text.data(), text.size());
  return text.size();
}
