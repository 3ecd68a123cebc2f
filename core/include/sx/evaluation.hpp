#pragma once
// Everything the product concludes from one document: the score sheet, eligibility per
// category, the five modes, the recommended category and the gaps. Computed by evaluate(),
// shared by the CLI, the UI and the exports.
#include <optional>
#include <string>
#include <vector>

#include "sx/assessment.hpp"
#include "sx/message.hpp"
#include "sx/standard.hpp"

namespace sx {

enum class Tri { False, True, Unknown };
const char* tri_name(Tri value);  // "false" / "true" / "unknown"

struct ItemResult {
  std::string id;
  int points = 0;
  int max = 0;
  bool answered = false;
  bool provisional = false;  // spec inconsistency 6: the panel decides
  bool forced = false;       // the choice was overridden by figures (spec inconsistency 9)
  std::string answer_zh;     // the answer as the user would read it, e.g. "采用CAD等技术进行产品设计；…" or "66.5%"
};

struct SectionResult {
  std::string id;
  int points = 0;
  int max = 0;
};

struct ConditionResult {
  std::string id;
  Tri state = Tri::Unknown;
  std::string value_zh;  // the enterprise's own figure or answer in words, e.g. "58%" or "未被撤销"
  // Met by the answers, but an answer it rests on has a finding (是 to 在绍兴市境内注册 with a code
  // registered elsewhere, a rate its own figures contradict): to check, not to trust as met.
  bool to_check = false;
};

struct CategoryResult {
  std::string id;
  Tri eligible = Tri::Unknown;
  std::vector<ConditionResult> conditions;  // basic conditions first, then the category's own
  std::vector<std::string> failed;
  std::vector<std::string> unknown;

  const ConditionResult* condition(std::string_view id) const;
};

struct ModeResult {
  std::string key;
  bool basically_met = false;
  int met = 0;
  int partial = 0;
  int unmet = 0;
  int unanswered = 0;

  bool rated() const { return met + partial + unmet > 0; }  // at least one element answered
  // The one verdict every screen, `assess` and the draft show: True 基本具备; False 未基本具备 (an
  // element unmet, or all rated and too few met); Unknown while it may still be met (未评, 尚未评完).
  Tri state() const;
};

// That verdict in words: 基本具备, 未基本具备, 尚未评完 (no element unmet, some still unrated) or 未评
// (no element rated).
const char* mode_verdict_zh(const ModeResult& mode);

enum class GapKind { Condition, Item };

// One thing the enterprise lacks, in its own terms.
struct Gap {
  GapKind kind = GapKind::Item;
  std::string id;        // condition or item id
  std::string category;  // for conditions: "basic", "line", "workshop" or "factory"
  int gain = 0;          // items: points the next band or option would add
  std::string zh;
  std::string en;
};

// What the enterprise's valid credit code says of where it is registered (第五条（一）): the
// registration authority's division and whether it lies in the standard's (3306xx for 绍兴市).
struct RegistrationPlace {
  std::string division;  // "330621"
  bool inside = false;
  std::string name;  // the division's name when the standard lists it ("柯桥区"), else empty
};

struct Evaluation {
  std::string standard;
  std::string type;
  int total = 0;
  int max = 0;
  bool complete = false;
  std::vector<ItemResult> items;
  std::vector<SectionResult> sections;
  std::vector<CategoryResult> categories;  // in the standard's order: line, workshop, factory
  std::vector<ModeResult> modes;
  std::optional<std::string> recommended;
  std::vector<Gap> condition_gaps;  // in condition order, per category
  std::vector<Gap> item_gaps;       // ranked by gain, most first
  Messages warnings;                // e.g. a credit code whose check character is wrong
  std::optional<RegistrationPlace> registration;  // none without a valid credit code

  const ItemResult* item(const std::string& id) const;
  const CategoryResult* category(const std::string& id) const;
  // A condition's result, from the first category that has it (a basic condition is the same in each).
  const ConditionResult* condition(std::string_view id) const;
  const ModeResult* mode(const std::string& key) const;
  // The finding at a document path ("facts.registered_in_shaoxing", "metrics.cnc_rate"), or
  // nullptr: the evaluation gives a field at most one, the first thing wrong with it.
  const Message* warning_at(std::string_view path) const;
  // The findings at the answers a condition rests on: its metric's (a rate its figures
  // contradict), then its facts' (是 to 在绍兴市境内注册 of a code registered elsewhere).
  std::vector<const Message*> findings_of(const Condition& condition) const;
};

Evaluation evaluate(const Standard& standard, const Assessment& assessment);
// Looks the standard up by the document's own id; the document is valid, so it exists.
Evaluation evaluate(const Assessment& assessment);

// The JSON `assess score` prints (spec "The command-line tool").
Json to_json(const Evaluation& evaluation);

}  // namespace sx
