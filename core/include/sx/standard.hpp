#pragma once
// The published standard as data (core/standards/<id>/*.json), loaded once into these plain
// structs; the evaluator interprets them and knows nothing specific to one year.
#include <cstddef>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "sx/json.hpp"

namespace sx {

struct Option {
  std::string key;
  std::string label;
  std::string label_en;
  int points = 0;
};

// Half-open [min, max); an absent bound is unbounded.
struct Band {
  std::optional<double> min;
  std::optional<double> max;
  int points = 0;
  std::string label;

  bool contains(double value) const {
    return (!min || value >= *min) && (!max || value < *max);
  }
};

enum class AnswerKind { Bool, Set, Choice, Metric };

// A choice that scores as `option` whenever figure `when_figure` is below `below_figure`
// (spec inconsistency 9: 亩均产值).
struct ForcedChoice {
  std::string option;
  std::string when_figure;
  std::string below_figure;
};

struct Item {
  std::string id;
  std::string title;
  std::string title_en;
  std::string text;
  std::string text_en;
  std::string published;
  std::string evidence;
  std::string hint;
  // Where the published text contradicts itself (its points, its numbering): the reading in a few
  // words, for the draft's 备注 beside the published text. Empty for most items.
  std::string remark;
  int max = 0;
  AnswerKind kind = AnswerKind::Bool;
  int points = 0;                      // Bool: points for yes
  std::vector<Option> options;         // Set, Choice
  std::vector<int> count_points;       // Set scored by how many options are chosen
  int provisional_below = 0;           // Set scored by count: fewer chosen is provisional
  std::string metric;                  // Metric
  std::vector<Band> bands;             // Metric
  std::vector<std::string> requires_items;
  std::string shared;                  // same meaning and options in the other table (type switch)
  std::optional<ForcedChoice> forced;
  std::vector<int> reading;            // spec inconsistency numbers this encoding follows

  const Option* option(std::string_view key) const;
  // The band a Metric item's value falls in, nullptr below every band (0 points).
  const Band* band_for(double value) const;
  // The items this one needs claimed first that `claimed` says are not (表1 4.3 needs 4.1 and
  // 4.2: spec inconsistency 8), in the standard's order. Empty: it may be claimed.
  std::vector<std::string> unmet_requirements(const std::function<bool(const std::string&)>& claimed) const;
};

struct Section {
  std::string id;
  std::string title;
  std::string title_en;
  int max = 0;
  std::vector<Item> items;
};

struct Table {
  std::string type;
  std::string label;     // 离散型
  std::string number;    // 表1
  std::string title;
  std::string title_en;
  std::string note;
  std::vector<Section> sections;

  const Item* item(std::string_view id) const;
  int max() const;
};

struct MetricDef {
  std::string key;
  std::string label;
  std::string label_en;
  std::string unit;
  std::optional<double> min;
  std::optional<double> max;
};

struct FactDef {
  std::string key;
  std::string label;
  std::string label_en;
  bool is_set = false;
  std::vector<Option> options;
  // Bool facts: what is true of the enterprise in either state (已在绍兴市注册 / 未在绍兴市注册),
  // so no one reads a bare 是/否 against a condition worded the other way (第十四条: 未被撤销).
  std::string when_true;
  std::string when_false;
  std::string question;  // what the form asks; the label with "？" unless the data words it

  const Option* option(std::string_view key) const;
  const std::string& words(bool value) const { return value ? when_true : when_false; }
};

struct FigureDef {
  std::string key;
  std::string label;
  std::string label_en;
  std::string unit;
  bool integer = false;
  double max = 0;  // published upper bound, far above any real enterprise (the minimum is 0)
  std::string hint;  // shown under the field: which count it is, where two totals look alike
};

enum class DerivationKind { Ratio, Increase, Decrease };

// ratio = from[0] / from[1]; increase/decrease compare before = from[0] with after = from[1].
struct Derivation {
  std::string metric;
  DerivationKind kind = DerivationKind::Ratio;
  std::string from[2];
};

// What a field holds, which decides how it is asked and checked: free text, a paragraph, one of
// the standard's districts, an industry of GB/T 4754, a unified social credit code (GB 32100), an
// amount (a plain number in the unit its label names: 总投资（万元）).
enum class FieldKind { Text, Paragraph, District, Industry, CreditCode, Amount, Phone };

struct Field {
  std::string key;
  std::string label;
  std::string label_en;
  FieldKind kind = FieldKind::Text;
  std::string hint;  // shown under the field, e.g. 例如 2019-06 或 2019年6月
};

// A division of the national industry classification (GB/T 4754-2017, 门类 C 制造业) that the
// industry field offers, with the table type most firms in it would choose and why: advice beside
// the type choice, the enterprise deciding from its own production process.
struct Industry {
  std::string code;    // "C17"
  std::string name;    // "纺织业"
  std::string type;    // the suggested table's type, or empty: no suggestion
  std::string reason;  // why, in plain words

  // As the field stores it: "C17 纺织业" (the form the fixtures and drafts use).
  std::string text() const { return code + " " + name; }
};

struct Category {
  std::string id;
  std::string title;
  std::string title_en;
  std::string article;
  int rank = 0;
};

enum class RuleKind { FactsTrue, FactFalse, SetNonEmpty, MetricAtLeast, AnyModeBasicallyMet };

struct Condition {
  std::string id;
  std::string category;  // the common group's id (Standard::common) or a Category id
  std::string article;
  std::string title;
  std::string title_en;
  std::string text;
  std::string evidence;
  RuleKind kind = RuleKind::FactsTrue;
  std::vector<std::string> facts;  // FactsTrue; FactFalse and SetNonEmpty use facts[0]
  std::string metric;              // MetricAtLeast
  double min = 0;
};

struct Mode {
  std::string key;
  std::string title;
  std::string title_en;
  std::vector<std::string> elements;
  std::string closing;
};

// What an element's rating counts as in the modes rule (附件, 第八条（二）): met counts towards the
// half, unmet blocks the mode, partial does neither.
enum class ElementState { Met, Partial, Unmet };

struct Rating {
  std::string key;
  std::string label;
  std::string label_en;
  ElementState counts_as = ElementState::Unmet;
};

// One of the measures' own checks a reviewer applies to a batch of submissions (审核台, issue 16):
// its code (the CSV's `flags` column), its short name, the article it rests on and that article's
// words. `details` are the sentences a flag is explained with, keyed by case, with {placeholders}
// the review fills in (app/review/flags.cpp).
struct ReviewFlag {
  std::string code;
  std::string label;
  std::string label_en;
  std::string article;
  std::string rule;
  std::vector<std::pair<std::string, std::string>> details;
  // The flag bears on a condition the enterprise answers itself (registered in Shaoxing, not
  // revoked, one category a year), so a ✓ drawn from its own answers must be checked, not trusted.
  bool questions_verdicts = false;

  // The detail sentence for `key`, empty if the data has none.
  const std::string& detail(std::string_view key) const;
};

// What the measures give a reviewer to check a batch with (review.json).
struct ReviewRules {
  // The administrative division a credit code's 3rd–8th characters must start with (第五条（一）:
  // registered in Shaoxing, 3306xx), its place name and article.
  std::string division_prefix;
  std::string division_label;
  std::string division_article;
  // The fact that says the enterprise is registered there (registered_in_shaoxing): its answer is
  // checked against the credit code's division, and the screen that asks it says what the code says.
  std::string division_fact;
  // The divisions' names (GB/T 2260), to say where a code was registered: "330603" → 柯桥区.
  std::map<std::string, std::string> division_names;
  // 第十四条: a revoked title bars a new application for this many years.
  int revocation_window_years = 0;
  // The fact by which an enterprise says it applied for another category this year (第十三条).
  std::string other_category_fact;
  std::vector<ReviewFlag> flags;  // in the order the review lists them
  // The document's own fields the 申报汇总表 (.xlsx) adds after the district: what a bureau
  // forwards besides the verdicts (项目名称, 总投资, 联系人, 联系电话). `part` is "enterprise" or
  // "project"; `number` writes the cell as a number when the text is one.
  struct SummaryField {
    std::string part;
    std::string key;
    bool number = false;
  };
  std::vector<SummaryField> summary_fields;

  const ReviewFlag* flag(std::string_view code) const;
  // Whether a registration division ("330603") lies in the standard's (division_prefix, 3306xx).
  bool in_division(std::string_view division) const;
};

// One question of the quick check (快速自测, quick_check.json): the fact or the metric of the
// document it asks for, written where the full assessment keeps it, so nothing is asked twice.
struct QuickQuestion {
  std::string fact;    // a fact of document.json, or empty
  std::string metric;  // a metric of document.json, or empty
  std::string question;  // what the screen asks, in the enterprise's words
  std::string hint;      // optional: how to answer it (what a rate is a share of)

  const std::string& key() const { return fact.empty() ? metric : fact; }
};

// The quick check asks at most this many questions (one a screen: two minutes on a phone).
inline constexpr std::size_t kMaxQuickQuestions = 10;

struct Standard {
  std::string id;
  std::string title;
  std::string document;
  std::string issued;
  std::vector<Table> tables;
  std::vector<MetricDef> metrics;
  std::vector<FactDef> facts;
  std::vector<FigureDef> figures;
  std::vector<Derivation> derivations;
  std::vector<Field> enterprise_fields;
  std::vector<Field> project_fields;
  std::vector<Field> districts;
  std::vector<Industry> industries;
  std::vector<Rating> ratings;
  Category common;                   // the conditions every category shares (基本条件, 第五条)
  std::vector<Category> categories;  // in the standard's order, the lowest rank first
  std::vector<Condition> conditions;
  std::vector<Mode> modes;
  std::string modes_rule;
  // The measures' full text (measures.json) for the reader: kept as written and parsed when first
  // read, so a page's start parses none of it; its title is read at load for the start screen.
  std::string measures_title;
  std::string measures_text;
  mutable std::shared_ptr<const Json> measures_parsed;  // measures_text once parsed
  ReviewRules review;
  std::vector<QuickQuestion> quick_check;  // in the order they are asked

  // measures_text parsed (an empty object if it is not JSON, which a loaded standard's never is).
  const Json& measures() const;

  const Table* table(std::string_view type) const;
  const MetricDef* metric(std::string_view key) const;
  const FactDef* fact(std::string_view key) const;
  const FigureDef* figure(std::string_view key) const;
  const Category* category(std::string_view id) const;
  const Condition* condition(std::string_view id) const;
  const Mode* mode(std::string_view key) const;
  const Rating* rating(std::string_view key) const;
  // A district by its key ("keqiao"); nullptr for a key the standard does not list.
  const Field* district(std::string_view key) const;
  // The division a stored industry text starts with ("C17", "C17 纺织业（袜业）"); nullptr if none.
  const Industry* industry_of(std::string_view text) const;
  const Derivation* derivation_of(std::string_view metric) const;
  // The condition every category shares (its group is `common`).
  bool is_common(const Condition& condition) const { return condition.category == common.id; }
  // The condition that takes the five modes' verdicts (第八条（二）), nullptr if none does.
  const Condition* modes_condition() const;
  // The category asks for the modes (智能工厂): the draft prints them, the check list asks them.
  bool takes_modes(std::string_view category) const;
};

// The standards compiled into this binary, by id ("shaoxing-2019"); nullptr if unknown.
const Standard* find_standard(std::string_view id);
std::vector<std::string> standard_ids();
// The standard a new assessment follows: of those known, the one issued last.
const Standard& current_standard();
// Makes a standard read at run time (`assess score --standard DIR`, the tests' made-up year) known
// to find_standard beside the compiled-in ones. nullptr and `error` when its id is taken.
const Standard* add_standard(Standard standard, std::string& error);

// Builds a Standard from one folder's files (file name → JSON text). Used by find_standard and by
// tests that feed a modified copy; returns nullopt and fills `errors` when the data is malformed.
std::optional<Standard> load_standard(const std::string& id,
                                      const std::vector<std::pair<std::string, std::string>>& files,
                                      std::vector<std::string>& errors);

}  // namespace sx
