// Turns a standard's JSON files (core/standards/README.md describes them) into a Standard.
#include <algorithm>
#include <cstdlib>
#include <map>

#include "sx/standard.hpp"

namespace sx {

namespace {

std::string text_of(const Json& j, const char* key) {
  const auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

std::optional<double> bound(const Json& j, const char* key) {
  const auto it = j.find(key);
  if (it == j.end() || it->is_null()) return std::nullopt;
  return it->get<double>();
}

std::vector<Option> options_of(const Json& j) {
  std::vector<Option> options;
  if (!j.contains("options")) return options;
  for (const auto& o : j.at("options")) {
    options.push_back({o.at("key").get<std::string>(), text_of(o, "label"), text_of(o, "label_en"),
                       o.value("points", 0)});
  }
  return options;
}

// A kind named in the data (an answer's, a field's, a rule's); an unknown name is a load error.
template <typename Kind>
Kind kind_named(const std::map<std::string, Kind>& kinds, const std::string& name, const char* what) {
  const auto it = kinds.find(name);
  if (it == kinds.end()) throw std::runtime_error(std::string("unknown ") + what + " \"" + name + "\"");
  return it->second;
}

AnswerKind answer_kind(const std::string& name) {
  static const std::map<std::string, AnswerKind> kinds = {{"bool", AnswerKind::Bool},
                                                          {"set", AnswerKind::Set},
                                                          {"choice", AnswerKind::Choice},
                                                          {"metric", AnswerKind::Metric}};
  return kind_named(kinds, name, "answer kind");
}

Item load_item(const Json& j) {
  Item item;
  item.id = j.at("id").get<std::string>();
  item.title = text_of(j, "title");
  item.title_en = text_of(j, "title_en");
  item.text = text_of(j, "text");
  item.text_en = text_of(j, "text_en");
  item.published = text_of(j, "published");
  item.evidence = text_of(j, "evidence");
  item.hint = text_of(j, "hint");
  item.remark = text_of(j, "remark");
  item.max = j.at("max").get<int>();
  item.kind = answer_kind(j.at("answer").get<std::string>());
  item.points = j.value("points", 0);
  item.options = options_of(j);
  item.count_points = j.value("count_points", std::vector<int>{});
  item.provisional_below = j.value("provisional_below", 0);
  item.metric = text_of(j, "metric");
  if (j.contains("bands")) {
    for (const auto& b : j.at("bands")) {
      item.bands.push_back({bound(b, "min"), bound(b, "max"), b.at("points").get<int>(),
                            text_of(b, "label")});
    }
  }
  item.requires_items = j.value("requires", std::vector<std::string>{});
  item.shared = text_of(j, "shared");
  if (j.contains("forced")) {
    const auto& f = j.at("forced");
    item.forced = ForcedChoice{f.at("option").get<std::string>(),
                               f.at("when_figure").get<std::string>(),
                               f.at("below_figure").get<std::string>()};
  }
  item.reading = j.value("reading", std::vector<int>{});
  return item;
}

Table load_table(const std::string& type, const Json& j, const Json& type_info) {
  Table table;
  table.type = type;
  table.label = text_of(type_info, "label");
  table.number = text_of(type_info, "table");
  table.title = text_of(j, "title");
  table.title_en = text_of(j, "title_en");
  table.note = text_of(j, "note");
  for (const auto& s : j.at("sections")) {
    Section section{s.at("id").get<std::string>(), text_of(s, "title"), text_of(s, "title_en"),
                    s.at("max").get<int>(), {}};
    for (const auto& i : s.at("items")) section.items.push_back(load_item(i));
    table.sections.push_back(std::move(section));
  }
  return table;
}

FieldKind field_kind(const std::string& name) {
  static const std::map<std::string, FieldKind> kinds = {{"text", FieldKind::Text},
                                                         {"paragraph", FieldKind::Paragraph},
                                                         {"district", FieldKind::District},
                                                         {"industry", FieldKind::Industry},
                                                         {"credit_code", FieldKind::CreditCode},
                                                         {"amount", FieldKind::Amount},
                                                         {"phone", FieldKind::Phone}};
  return kind_named(kinds, name, "field kind");
}

std::vector<Field> fields_of(const Json& list) {
  std::vector<Field> fields;
  for (const auto& f : list) {
    fields.push_back({f.at("key").get<std::string>(), text_of(f, "label"), text_of(f, "label_en"),
                      field_kind(f.value("kind", "text")), text_of(f, "hint")});
  }
  return fields;
}

RuleKind rule_kind(const std::string& name) {
  static const std::map<std::string, RuleKind> kinds = {
      {"facts_true", RuleKind::FactsTrue},
      {"fact_false", RuleKind::FactFalse},
      {"set_nonempty", RuleKind::SetNonEmpty},
      {"metric_at_least", RuleKind::MetricAtLeast},
      {"any_mode_basically_met", RuleKind::AnyModeBasicallyMet}};
  return kind_named(kinds, name, "rule kind");
}

Condition load_condition(const Json& j) {
  Condition c;
  c.id = j.at("id").get<std::string>();
  c.category = j.at("category").get<std::string>();
  c.article = text_of(j, "article");
  c.title = text_of(j, "title");
  c.title_en = text_of(j, "title_en");
  c.text = text_of(j, "text");
  c.evidence = text_of(j, "evidence");
  const auto& rule = j.at("rule");
  c.kind = rule_kind(rule.at("kind").get<std::string>());
  if (rule.contains("facts")) c.facts = rule.at("facts").get<std::vector<std::string>>();
  if (rule.contains("fact")) c.facts = {rule.at("fact").get<std::string>()};
  c.metric = text_of(rule, "metric");
  c.min = rule.value("min", 0.0);
  return c;
}

FactDef load_fact(const Json& j) {
  FactDef fact;
  fact.key = j.at("key").get<std::string>();
  fact.label = text_of(j, "label");
  fact.label_en = text_of(j, "label_en");
  const std::string kind = j.at("kind").get<std::string>();
  if (kind != "bool" && kind != "set") throw std::runtime_error("unknown fact kind \"" + kind + "\"");
  fact.is_set = kind == "set";
  fact.options = options_of(j);
  fact.when_true = text_of(j, "when_true");
  fact.when_false = text_of(j, "when_false");
  // Without both words the draft and the form would fall back to a bare 是/否.
  if (!fact.is_set && (fact.when_true.empty() || fact.when_false.empty())) {
    throw std::runtime_error("bool fact \"" + fact.key + "\" needs when_true and when_false");
  }
  fact.question = text_of(j, "question");
  if (fact.question.empty()) fact.question = fact.label + (fact.is_set ? "" : "？");
  return fact;
}

DerivationKind derivation_kind(const std::string& name) {
  static const std::map<std::string, DerivationKind> kinds = {{"ratio", DerivationKind::Ratio},
                                                              {"increase", DerivationKind::Increase},
                                                              {"decrease", DerivationKind::Decrease}};
  return kind_named(kinds, name, "derivation kind");
}

// What a rating counts as in the modes rule, in the words the evaluation names its counts with.
ElementState element_state(const std::string& name) {
  static const std::map<std::string, ElementState> states = {{"met", ElementState::Met},
                                                             {"partial", ElementState::Partial},
                                                             {"unmet", ElementState::Unmet}};
  return kind_named(states, name, "counts_as");
}

void load_document_schema(Standard& s, const Json& j) {
  for (const auto& m : j.at("metrics")) {
    s.metrics.push_back({m.at("key").get<std::string>(), text_of(m, "label"), text_of(m, "label_en"),
                         text_of(m, "unit"), bound(m, "min"), bound(m, "max")});
  }
  for (const auto& f : j.at("facts")) s.facts.push_back(load_fact(f));
  for (const auto& f : j.at("figures")) {
    s.figures.push_back({f.at("key").get<std::string>(), text_of(f, "label"),
                         text_of(f, "label_en"), text_of(f, "unit"), f.value("integer", false),
                         f.at("max").get<double>(), text_of(f, "hint")});
  }
  for (const auto& d : j.at("derivations")) {
    const auto from = d.at("from").get<std::vector<std::string>>();
    if (from.size() != 2) throw std::runtime_error("a derivation needs two figures");
    s.derivations.push_back({d.at("metric").get<std::string>(),
                             derivation_kind(d.at("kind").get<std::string>()),
                             {from[0], from[1]}});
  }
  s.enterprise_fields = fields_of(j.at("enterprise_fields"));
  s.project_fields = fields_of(j.at("project_fields"));
  s.districts = fields_of(j.at("districts"));
  const Json& industries = j.value("industries", Json::array());
  for (std::size_t i = 0; i < industries.size(); ++i) {
    const Json& d = industries.at(i);
    s.industries.push_back({d.at("code").get<std::string>(), text_of(d, "name"), text_of(d, "type"),
                            text_of(d, "reason")});
    const std::string& type = s.industries.back().type;
    if (!type.empty() && s.table(type) == nullptr) {
      throw std::runtime_error("industries[" + std::to_string(i) + "].type: unknown type \"" + type + "\"");
    }
  }
  // A field that asks for an industry offers this list; without it there would be nothing to choose.
  for (const auto* fields : {&s.enterprise_fields, &s.project_fields}) {
    for (const auto& field : *fields) {
      if (field.kind == FieldKind::Industry && s.industries.empty()) {
        throw std::runtime_error("field \"" + field.key + "\" is of kind industry but \"industries\" is empty");
      }
    }
  }
  const Json& ratings = j.at("ratings");
  for (std::size_t i = 0; i < ratings.size(); ++i) {
    const Json& r = ratings.at(i);
    Rating rating{r.at("key").get<std::string>(), text_of(r, "label"), text_of(r, "label_en")};
    try {
      rating.counts_as = element_state(text_of(r, "counts_as"));
    } catch (const std::runtime_error& e) {
      throw std::runtime_error("ratings[" + std::to_string(i) + "].counts_as: " + e.what());
    }
    s.ratings.push_back(std::move(rating));
  }
}

// review.json: the checks a reviewer applies to a batch (审核台).
ReviewRules load_review_rules(const Standard& s, const Json& j) {
  ReviewRules rules;
  const Json& division = j.at("registration_division");
  rules.division_prefix = division.at("prefix").get<std::string>();
  rules.division_label = text_of(division, "label");
  rules.division_article = text_of(division, "article");
  rules.division_fact = division.value("fact", "");
  const Json names = division.value("names", Json::object());
  for (const auto& [code, name] : names.items()) {
    if (!name.is_string() || name.get<std::string>().empty()) throw std::runtime_error("registration_division.names." + code + ": a name is needed");
    rules.division_names[code] = name.get<std::string>();
  }
  rules.revocation_window_years = j.at("revocation_window_years").get<int>();
  rules.other_category_fact = j.at("other_category_fact").get<std::string>();
  for (const auto& f : j.at("flags")) {
    ReviewFlag flag{f.at("code").get<std::string>(), text_of(f, "label"), text_of(f, "label_en"),
                    text_of(f, "article"), text_of(f, "rule"), {},
                    f.value("questions_verdicts", false)};
    for (const auto& [key, text] : f.at("details").items()) flag.details.emplace_back(key, text.get<std::string>());
    rules.flags.push_back(std::move(flag));
  }
  const Json& summary = j.value("summary_fields", Json::array());
  for (std::size_t i = 0; i < summary.size(); ++i) {
    const std::string where = "summary_fields[" + std::to_string(i) + "]";
    const Json& f = summary.at(i);
    ReviewRules::SummaryField field{text_of(f, "part"), text_of(f, "key"), f.value("number", false)};
    const std::vector<Field>* fields = field.part == "enterprise" ? &s.enterprise_fields
                                       : field.part == "project"  ? &s.project_fields
                                                                  : nullptr;
    if (fields == nullptr) throw std::runtime_error(where + ".part: \"enterprise\" or \"project\" expected");
    if (std::none_of(fields->begin(), fields->end(), [&](const Field& d) { return d.key == field.key; })) {
      throw std::runtime_error(where + ".key: no " + field.part + " field \"" + field.key + "\" in document.json");
    }
    rules.summary_fields.push_back(std::move(field));
  }
  return rules;
}

// quick_check.json: which of the document's facts and metrics the quick check asks. Each must be
// one the conditions read, or its answer would decide nothing.
std::vector<QuickQuestion> load_quick_check(const Standard& s, const Json& j) {
  const Json& list = j.at("questions");
  if (!list.is_array() || list.empty() || list.size() > kMaxQuickQuestions) {
    throw std::runtime_error("questions: 1 to " + std::to_string(kMaxQuickQuestions) + " questions expected");
  }
  std::vector<QuickQuestion> questions;
  for (std::size_t i = 0; i < list.size(); ++i) {
    const std::string where = "questions[" + std::to_string(i) + "]";
    const Json& q = list.at(i);
    QuickQuestion question{text_of(q, "fact"), text_of(q, "metric"), text_of(q, "question"), text_of(q, "hint")};
    if (question.fact.empty() == question.metric.empty()) {
      throw std::runtime_error(where + ": needs either \"fact\" or \"metric\"");
    }
    if (!question.fact.empty() && s.fact(question.fact) == nullptr) {
      throw std::runtime_error(where + ": unknown fact \"" + question.fact + "\"");
    }
    if (!question.metric.empty() && s.metric(question.metric) == nullptr) {
      throw std::runtime_error(where + ": unknown metric \"" + question.metric + "\"");
    }
    if (question.question.empty()) throw std::runtime_error(where + ": needs \"question\"");
    const bool decides = std::any_of(s.conditions.begin(), s.conditions.end(), [&](const Condition& c) {
      return question.fact.empty() ? c.kind == RuleKind::MetricAtLeast && c.metric == question.metric
                                   : std::find(c.facts.begin(), c.facts.end(), question.fact) != c.facts.end();
    });
    if (!decides) throw std::runtime_error(where + ": \"" + question.key() + "\" decides no condition");
    for (const auto& earlier : questions) {
      if (earlier.key() == question.key()) throw std::runtime_error(where + ": \"" + question.key() + "\" is asked twice");
    }
    questions.push_back(std::move(question));
  }
  return questions;
}

}  // namespace

std::optional<Standard> load_standard(const std::string& id,
                                      const std::vector<std::pair<std::string, std::string>>& files,
                                      std::vector<std::string>& errors) {
  std::map<std::string, Json> parsed;
  for (const auto& [name, text] : files) {
    try {
      parsed[name] = Json::parse(text);
    } catch (const std::exception& e) {
      errors.push_back(id + "/" + name + ": " + e.what());
    }
  }
  for (const char* name : {"standard.json", "tables.json", "document.json", "conditions.json",
                           "modes.json", "measures.json", "review.json", "quick_check.json"}) {
    if (!parsed.count(name)) errors.push_back(id + "/" + name + ": missing");
  }
  if (!errors.empty()) return std::nullopt;

  Standard s;
  const char* current = "standard.json";
  try {
    const Json& head = parsed["standard.json"];
    s.id = head.at("id").get<std::string>();
    s.title = text_of(head, "title");
    s.document = text_of(head, "document");
    s.issued = text_of(head, "issued");
    current = "tables.json";
    for (const auto& type : head.at("types")) {
      const std::string key = type.at("key").get<std::string>();
      s.tables.push_back(load_table(key, parsed["tables.json"].at(key), type));
    }
    current = "document.json";
    load_document_schema(s, parsed["document.json"]);
    current = "conditions.json";
    const Json& conditions = parsed["conditions.json"];
    const auto category_of = [](const Json& c) {
      return Category{c.at("id").get<std::string>(), text_of(c, "title"), text_of(c, "title_en"),
                      text_of(c, "article"), c.at("rank").get<int>()};
    };
    s.common = category_of(conditions.at("common"));
    for (const auto& c : conditions.at("categories")) s.categories.push_back(category_of(c));
    for (const auto& c : conditions.at("conditions")) {
      s.conditions.push_back(load_condition(c));
      const Condition& added = s.conditions.back();
      if (!s.is_common(added) && s.category(added.category) == nullptr) {
        errors.push_back(id + "/conditions.json: condition " + added.id + ": category \"" + added.category +
                         "\" is neither \"" + s.common.id + "\" (common) nor one of \"categories\"");
      }
    }
    if (!errors.empty()) return std::nullopt;
    current = "modes.json";
    const Json& modes = parsed["modes.json"];
    s.modes_rule = text_of(modes, "rule_text");
    for (const auto& m : modes.at("modes")) {
      s.modes.push_back({m.at("key").get<std::string>(), text_of(m, "title"), text_of(m, "title_en"),
                         m.at("elements").get<std::vector<std::string>>(), text_of(m, "closing")});
    }
    current = "measures.json";
    const Json& measures = parsed["measures.json"];
    s.measures_title = text_of(measures, "title");
    s.measures_text = std::find_if(files.begin(), files.end(), [](const auto& f) { return f.first == "measures.json"; })->second;
    s.measures_parsed = std::make_shared<const Json>(measures);
    current = "review.json";
    s.review = load_review_rules(s, parsed["review.json"]);
    current = "quick_check.json";
    s.quick_check = load_quick_check(s, parsed["quick_check.json"]);
  } catch (const std::exception& e) {
    errors.push_back(id + "/" + current + ": " + e.what());
    return std::nullopt;
  }
  return s;
}

}  // namespace sx
