#include "sx/standard.hpp"

#include <algorithm>

namespace sx {

namespace {
template <typename T, typename Key>
const T* find_by(const std::vector<T>& list, Key key, std::string T::*member) {
  const auto it = std::find_if(list.begin(), list.end(),
                               [&](const T& entry) { return entry.*member == key; });
  return it == list.end() ? nullptr : &*it;
}
}  // namespace

const Option* Item::option(std::string_view key) const { return find_by(options, key, &Option::key); }
std::vector<std::string> Item::unmet_requirements(const std::function<bool(const std::string&)>& claimed) const {
  std::vector<std::string> unmet;
  for (const auto& required : requires_items) {
    if (!claimed(required)) unmet.push_back(required);
  }
  return unmet;
}

const Condition* Standard::modes_condition() const {
  for (const auto& condition : conditions) {
    if (condition.kind == RuleKind::AnyModeBasicallyMet) return &condition;
  }
  return nullptr;
}

bool Standard::takes_modes(std::string_view category) const {
  const Condition* condition = modes_condition();
  return condition != nullptr && condition->category == category;
}

const Json& Standard::measures() const {
  if (!measures_parsed) {
    Json parsed = Json::parse(measures_text, nullptr, false);
    measures_parsed = std::make_shared<const Json>(parsed.is_discarded() ? Json::object() : std::move(parsed));
  }
  return *measures_parsed;
}

const Band* Item::band_for(double value) const {
  for (const auto& band : bands) {
    if (band.contains(value)) return &band;
  }
  return nullptr;
}
const Option* FactDef::option(std::string_view key) const {
  return find_by(options, key, &Option::key);
}

const Item* Table::item(std::string_view id) const {
  for (const auto& section : sections) {
    if (const Item* found = find_by(section.items, id, &Item::id)) return found;
  }
  return nullptr;
}

int Table::max() const {
  int sum = 0;
  for (const auto& section : sections) sum += section.max;
  return sum;
}

const std::string& ReviewFlag::detail(std::string_view key) const {
  static const std::string none;
  for (const auto& [name, text] : details) {
    if (name == key) return text;
  }
  return none;
}
const ReviewFlag* ReviewRules::flag(std::string_view code) const { return find_by(flags, code, &ReviewFlag::code); }
bool ReviewRules::in_division(std::string_view division) const {
  return division.substr(0, division_prefix.size()) == division_prefix;
}

const Table* Standard::table(std::string_view type) const { return find_by(tables, type, &Table::type); }
const MetricDef* Standard::metric(std::string_view key) const {
  return find_by(metrics, key, &MetricDef::key);
}
const FactDef* Standard::fact(std::string_view key) const { return find_by(facts, key, &FactDef::key); }
const FigureDef* Standard::figure(std::string_view key) const {
  return find_by(figures, key, &FigureDef::key);
}
const Category* Standard::category(std::string_view id) const {
  return find_by(categories, id, &Category::id);
}
const Condition* Standard::condition(std::string_view id) const {
  return find_by(conditions, id, &Condition::id);
}
const Mode* Standard::mode(std::string_view key) const { return find_by(modes, key, &Mode::key); }
const Field* Standard::district(std::string_view key) const { return find_by(districts, key, &Field::key); }
const Rating* Standard::rating(std::string_view key) const {
  return find_by(ratings, key, &Rating::key);
}
const Industry* Standard::industry_of(std::string_view text) const {
  for (const auto& industry : industries) {
    const std::size_t n = industry.code.size();
    // "C17" alone, or followed by a space or the division's name ("C17纺织业"), never "C171".
    if (text.substr(0, n) == industry.code && (text.size() == n || !(text[n] >= '0' && text[n] <= '9'))) {
      return &industry;
    }
  }
  return nullptr;
}
const Derivation* Standard::derivation_of(std::string_view metric) const {
  return find_by(derivations, metric, &Derivation::metric);
}

}  // namespace sx
