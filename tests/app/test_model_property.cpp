// The model's one invariant (app/model/model.hpp), over thousands of random action sequences:
// whatever actions run, valid or not, the document reloads through the core without errors and
// evaluates to exactly what model.evaluation() shows. A refused action changes nothing.
#include <gtest/gtest.h>

#include <cstdint>
#include <cstdlib>
#include <iostream>
#include <limits>
#include <optional>
#include <random>
#include <string>
#include <vector>

#include "model.hpp"
#include "progress.hpp"
#include "sx/evaluation.hpp"

namespace {

using sx_app::ActionResult;
using sx_app::Model;

constexpr std::uint32_t kSeed = 20191219;  // the measures' date of issue
// 400 sequences by default (about 12,000 actions, each reloaded and re-evaluated: half a minute
// under the sanitizers, within the suite's 30 minutes); SX_PROPERTY_SEQUENCES=3000 or more for a
// longer run (SX_FULL=1: 3,000).
int sequences() {
  const char* value = std::getenv("SX_PROPERTY_SEQUENCES");
  const int n = value != nullptr ? std::atoi(value) : 0;
  const char* full = std::getenv("SX_FULL");
  return n > 0 ? n : full != nullptr && std::string(full) == "1" ? 3000 : 400;
}
constexpr int kMaxActions = 60;

const sx::Standard& standard() {
  const sx::Standard* s = sx::find_standard("shaoxing-2019");
  if (s == nullptr) throw std::runtime_error("shaoxing-2019 is not embedded");
  return *s;
}

// Everything an argument can be drawn from: every id and key the standard holds, plus some it
// does not.
struct Vocabulary {
  std::vector<std::string> items{"9.9", "", "4.4"};
  std::vector<std::string> options{"cax", "", "none"};
  std::vector<std::string> facts{"no_such_fact"};
  std::vector<std::string> fact_options{"bogus"};
  std::vector<std::string> metrics{"output_rate"};
  std::vector<std::string> figures{"bogus_figure"};
  std::vector<std::string> modes{"factory", ""};
  std::vector<std::string> ratings{"good", "MET"};
  std::vector<std::string> enterprise_fields{"internal_ref"};
  std::vector<std::string> project_fields{"note"};
  std::vector<std::string> texts{"",
                                 "绍兴市示例纺织有限公司",
                                 "91330603MA2BK7L37A",   // a valid credit code
                                 "91330603MA2BK7L37B",   // wrong check character
                                 "9133060",              // too short
                                 "91330603MA2BK7L37\xff",  // ill-formed UTF-8
                                 "\xe7\xbb",             // a truncated character
                                 "line\nbreak \"quoted\" \\"};
  std::vector<double> metric_values{0,    0.01, 0.99, 1,     2,    5,     7.99, 8,    14.99, 15,  29.99,
                                    30,   39.99, 40,  49.99, 50,   59.996, 60,  64.99, 65,   69.99, 70,
                                    100,  100.01, 140, 250,  -0.01, -50,  -100, -100.5, -1e9, 1e9,
                                    std::numeric_limits<double>::quiet_NaN(),
                                    std::numeric_limits<double>::infinity(),
                                    -std::numeric_limits<double>::infinity()};

  Vocabulary() {
    const sx::Standard& s = standard();
    for (const auto& table : s.tables) {
      for (const auto& section : table.sections) {
        for (const auto& item : section.items) {
          items.push_back(item.id);
          for (const auto& option : item.options) options.push_back(option.key);
        }
      }
    }
    for (const auto& fact : s.facts) {
      facts.push_back(fact.key);
      for (const auto& option : fact.options) fact_options.push_back(option.key);
    }
    for (const auto& metric : s.metrics) metrics.push_back(metric.key);
    for (const auto& figure : s.figures) figures.push_back(figure.key);
    for (const auto& mode : s.modes) modes.push_back(mode.key);
    for (const auto& rating : s.ratings) ratings.push_back(rating.key);
    for (const auto& field : s.enterprise_fields) enterprise_fields.push_back(field.key);
    for (const auto& field : s.project_fields) project_fields.push_back(field.key);
  }
};

class Random {
 public:
  explicit Random(std::uint32_t seed) : engine_(seed) {}
  int below(int n) { return std::uniform_int_distribution<int>(0, n - 1)(engine_); }
  bool chance(int percent) { return below(100) < percent; }
  template <typename T>
  const T& pick(const std::vector<T>& list) { return list[static_cast<std::size_t>(below(static_cast<int>(list.size())))]; }
  double uniform(double lo, double hi) { return std::uniform_real_distribution<double>(lo, hi)(engine_); }

 private:
  std::mt19937 engine_;
};

sx::Json random_set(Random& r, const std::vector<std::string>& keys) {
  sx::Json set = sx::Json::array();
  const int n = r.below(4);
  for (int i = 0; i < n; ++i) set.push_back(r.pick(keys));  // duplicates and unknown keys included
  return set;
}

// Any shape an answer or a fact could be given: booleans, option sets, one option, numbers, null.
sx::Json random_value(Random& r, const std::vector<std::string>& keys) {
  switch (r.below(8)) {
    case 0: return true;
    case 1: return false;
    case 2: return r.chance(50) ? sx::Json(nullptr) : sx::Json("");
    case 3:
    case 4: return random_set(r, keys);
    case 5: return r.pick(keys);
    case 6: return r.chance(50) ? sx::Json(r.below(101)) : sx::Json("yes");
    default: return r.chance(70);
  }
}

std::optional<double> random_metric(Random& r, const Vocabulary& v) {
  if (r.chance(10)) return std::nullopt;
  if (r.chance(60)) return r.pick(v.metric_values);
  return r.uniform(-150, 250);
}

std::optional<double> random_figure(Random& r) {
  switch (r.below(10)) {
    case 0: return std::nullopt;
    case 1: return -static_cast<double>(r.below(5) + 1);                  // negative
    case 2: return r.below(40) + 0.5;                                     // fractional count
    case 3: return r.uniform(0, 1e6);                                     // money, big counts
    case 4: return r.chance(50) ? std::numeric_limits<double>::quiet_NaN() : 1e300;
    default: return r.below(31);  // small counts: impossible pairs come up often
  }
}

// How often each outcome came up, so that a generator drifting into refusals only is noticed.
struct Tally {
  int applied = 0;
  int refused = 0;
  int consequences = 0;
};

// One random action; returns its name for the failure message.
std::string act(Model& model, Random& r, const Vocabulary& v, std::vector<sx::Assessment>& seen,
                Tally& tally) {
  if (r.chance(15)) model.set_coalesce_key(r.pick(std::vector<std::string>{"enterprise.name", "figures.key_equipment", "x"}));
  ActionResult result;
  std::string name;
  switch (r.below(15)) {
    case 0:
    case 1:
    case 2: {
      const std::string id = r.pick(v.items);
      const sx::Json value = random_value(r, v.options);
      name = "answer(" + id + ", " + value.dump(-1, ' ', false, sx::Json::error_handler_t::replace) + ")";
      result = model.answer(id, value);
      break;
    }
    case 3: {
      const std::string key = r.pick(v.facts);
      const sx::Json value = random_value(r, v.fact_options);
      name = "set_fact(" + key + ", " + value.dump() + ")";
      result = model.set_fact(key, value);
      break;
    }
    case 4: {
      const std::string key = r.pick(v.metrics);
      const auto value = random_metric(r, v);
      name = "set_metric(" + key + ", " + (value ? std::to_string(*value) : "nullopt") + ")";
      result = model.set_metric(key, value);
      break;
    }
    case 5:
    case 6: {
      const std::string key = r.pick(v.figures);
      const auto value = random_figure(r);
      name = "set_figure(" + key + ", " + (value ? std::to_string(*value) : "nullopt") + ")";
      result = model.set_figure(key, value);
      break;
    }
    case 7: {
      const std::string mode = r.pick(v.modes);
      const int element = r.below(10) - 1;
      std::optional<std::string> rating;
      if (!r.chance(15)) rating = r.chance(10) ? std::string() : r.pick(v.ratings);
      name = "rate_mode(" + mode + ", " + std::to_string(element) + ", " + rating.value_or("nullopt") + ")";
      result = model.rate_mode(mode, element, rating);
      break;
    }
    case 8: {
      const bool enterprise = r.chance(50);
      const std::string key = r.pick(enterprise ? v.enterprise_fields : v.project_fields);
      const std::string text = r.pick(v.texts);
      name = std::string(enterprise ? "set_enterprise_field(" : "set_project_field(") + key + ")";
      result = enterprise ? model.set_enterprise_field(key, text) : model.set_project_field(key, text);
      break;
    }
    case 9: {
      std::optional<std::string> category;
      if (!r.chance(20)) category = r.pick(std::vector<std::string>{"line", "workshop", "factory", "plant", ""});
      name = "set_category(" + category.value_or("nullopt") + ")";
      result = model.set_category(category);
      break;
    }
    case 10: {
      const std::string type = r.pick(std::vector<std::string>{"discrete", "process", "chemical"});
      const auto answered = [&model] {
        const auto& doc = model.document().json();
        return doc.contains("answers") ? doc.at("answers").size() : std::size_t{0};
      };
      const bool switches = type != model.document().type() && model.standard().table(type) != nullptr;
      const auto preview = model.preview_type_switch(type);
      name = "set_type(" + type + ")";
      // The preview lists every answer once, as kept or dropped, and the switch keeps exactly those.
      if (switches) {
        EXPECT_EQ(preview.kept.size() + preview.dropped.size(), answered()) << name;
      }
      result = model.set_type(type);
      if (switches && result.ok) {
        EXPECT_EQ(answered(), preview.kept.size()) << name;
      }
      break;
    }
    case 11:
    case 12: {
      name = "undo";
      model.undo();
      return name;
    }
    case 13: {
      name = "redo";
      model.redo();
      return name;
    }
    default: {
      name = "replace";
      model.replace(seen.empty() || r.chance(30) ? sx::Assessment("shaoxing-2019", r.chance(50) ? "discrete" : "process")
                                                 : r.pick(seen));
      return name;
    }
  }
  if (!result.ok) {
    EXPECT_FALSE(result.error.empty()) << name;
    EXPECT_TRUE(result.consequences.empty()) << name;
  }
  ++(result.ok ? tally.applied : tally.refused);
  if (!result.consequences.empty()) ++tally.consequences;
  return name + (result.ok ? "" : " refused: " + result.error);
}

TEST(ModelProperty, EveryDocumentReloadsToTheSameEvaluation) {
  const Vocabulary v;
  Random r(kSeed);
  std::vector<sx::Assessment> seen;
  Tally tally;
  const int count = sequences();
  for (int sequence = 0; sequence < count; ++sequence) {
    Model model(standard(), r.chance(50) ? "discrete" : "process");
    std::vector<std::string> trail;
    const int length = 1 + r.below(kMaxActions);
    for (int step = 0; step < length; ++step) {
      const sx::Assessment before = model.document();
      const int revision = model.revision();
      trail.push_back(act(model, r, v, seen, tally));
      const auto where = [&] {
        std::string text = "seed " + std::to_string(kSeed) + ", sequence " + std::to_string(sequence) +
                           ", step " + std::to_string(step) + "; actions:";
        for (const auto& t : trail) text += "\n  " + t;
        return text + "\ndocument: " + model.document().json().dump(-1, ' ', false, sx::Json::error_handler_t::replace);
      };
      // No new revision: the document must be the one already checked at the previous step.
      if (model.revision() == revision) {
        ASSERT_TRUE(model.document() == before) << "changed without a new revision; " << where();
        continue;
      }
      const auto parsed = sx::parse_assessment(sx::serialise(model.document()));
      ASSERT_TRUE(parsed.errors.empty()) << sx::format_message(parsed.errors.front()) << "\n" << where();
      ASSERT_TRUE(*parsed.assessment == model.document()) << where();
      ASSERT_EQ(sx::to_json(sx::evaluate(*parsed.assessment)), sx::to_json(model.evaluation())) << where();
      // Progress is read from the same state without failing.
      for (const char* screen : {"enterprise", "figures", "categories", "score", "modes", "export"}) {
        ASSERT_NE(sx_app::progress_of(model, screen), sx_app::Progress::None) << screen << "; " << where();
      }
    }
    if (seen.size() < 64) seen.push_back(model.document());
    else seen[static_cast<std::size_t>(r.below(64))] = model.document();
  }
  // Both kinds of action in numbers, and consequences among them, at any length of run.
  EXPECT_GT(tally.applied, count * 3);
  EXPECT_GT(tally.refused, count * 3);
  EXPECT_GT(tally.consequences, count / 30);  // derived metrics and 4.3 falling back to 无
  std::cout << "applied " << tally.applied << ", refused " << tally.refused << ", with consequences "
            << tally.consequences << "\n";
}

}  // namespace
