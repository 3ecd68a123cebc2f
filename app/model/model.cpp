#include "model.hpp"

#include <algorithm>
#include <cmath>

#include "sx/derive.hpp"
#include "sx/text.hpp"
#include "typed_number.hpp"

namespace sx_app {

namespace {
bool empty_value(const sx::Json& value) {
  return value.is_null() || (value.is_string() && value.get<std::string>().empty());
}

std::string item_name(const sx::Table& table, const sx::Item& item) {
  return table.number + " " + item.id + " " + item.title;
}


// Text is kept as the file will hold it (serialise() writes ill-formed UTF-8 as U+FFFD), so the
// document reloads to itself.
std::string well_formed(const std::string& text) {
  return sx::Json::parse(sx::Json(text).dump(-1, ' ', false, sx::Json::error_handler_t::replace))
      .get<std::string>();
}
}  // namespace

std::string field_error(const sx::Message& message) { return message.zh; }

Model::Model(const sx::Standard& standard, std::string type)
    : standard_(&standard), document_(standard.id, type) {}

sx::Assessment Model::blank(const sx::Standard& standard) {
  sx::Assessment document(standard.id, standard.tables.front().type);
  document.mark_type_unchosen();
  return document;
}

bool Model::is_blank() const {
  sx::Assessment blank(document_.standard_id(), document_.type());
  if (document_ == blank) return true;
  blank.mark_type_unchosen();
  return document_ == blank;
}

// A blank document with its type chosen differs from the new one by that member alone.
bool Model::is_untouched() const { return !document_.type_chosen() && is_blank(); }

Model::Model(const sx::Standard& standard, sx::Assessment document)
    : standard_(&standard), document_(std::move(document)) {
  follow_document_standard();
}

// A document is scored by the year it was written under, not by the newest one built in: a 2019
// file opened after a 2023 folder is added still scores as 2019 (a standard the binary does not
// know keeps the one given; the loader has already refused such a file).
void Model::follow_document_standard() {
  if (document_.standard_id() == standard_->id) return;
  if (const sx::Standard* own = sx::find_standard(document_.standard_id())) standard_ = own;
}

const sx::Evaluation& Model::evaluation() const {
  if (!evaluation_) evaluation_ = std::make_shared<const sx::Evaluation>(sx::evaluate(*standard_, document_));
  return *evaluation_;
}

const sx::Table& Model::table() const { return *standard_->table(document_.type()); }

std::uint64_t Model::next_stamp() {
  static std::uint64_t last = 0;
  return ++last;
}

void Model::changed() {
  stamp_ = next_stamp();
  follow_document_standard();
  if (evaluation_) stale_.push_back(std::move(evaluation_));
  evaluation_.reset();
  ++revision_;
}

ActionResult Model::commit(sx::Assessment next, std::vector<std::string> consequences) {
  ActionResult result;
  const sx::Messages errors = sx::validate_assessment(next.json());
  if (!errors.empty()) {
    result.ok = false;
    result.error = field_error(errors.front());
    coalesce_key_.clear();
    return result;
  }
  if (next == document_) {
    coalesce_key_.clear();
    return result;
  }
  const bool merge = !coalesce_key_.empty() && coalesce_key_ == last_coalesce_key_ && !undo_.empty();
  if (!merge) {
    undo_.push_back(document_);
    if (undo_.size() > kUndoDepth) undo_.pop_front();
  }
  redo_.clear();
  last_coalesce_key_ = coalesce_key_;
  coalesce_key_.clear();
  document_ = std::move(next);
  changed();
  result.consequences = std::move(consequences);
  return result;
}

ActionResult Model::answer(const std::string& item_id, const sx::Json& value) {
  const sx::Item* item = table().item(item_id);
  if (item == nullptr) return {false, "本表没有第 " + item_id + " 项", {}};
  sx::Assessment next = document_;
  if (empty_value(value)) next.erase_answer(item_id);
  else next.set_answer(item_id, value);
  // A claim that needs other items (表1 4.3 needs 4.1 and 4.2) becomes 无 when they no longer hold
  // (the core refuses it otherwise), and 有 again when they hold again: a 4.2 answered 无 and then
  // 有 costs nothing. The claim being answered is the user's own: never changed behind their back.
  withdrawn_.erase(item_id);
  std::vector<std::string> consequences;
  for (const auto& section : table().sections) {
    for (const auto& dependent : section.items) {
      if (dependent.id == item_id || dependent.requires_items.empty()) continue;
      const bool held = dependent.unmet_requirements([&](const std::string& id) { return next.claims(id); }).empty();
      if (!held && next.claims(dependent.id)) {
        next.set_answer(dependent.id, false);
        withdrawn_.insert(dependent.id);
        consequences.push_back(item_name(table(), dependent) + " 已改为“无”：须同时具备 " +
                               sx::join(dependent.requires_items, "、") + "；具备后自动恢复为“有”。");
      } else if (held && withdrawn_.count(dependent.id) != 0) {
        withdrawn_.erase(dependent.id);
        const sx::Json* before = next.answer(dependent.id);
        if (before == nullptr || *before != false) continue;  // answered since: the user's answer stands
        next.set_answer(dependent.id, true);
        consequences.push_back(item_name(table(), dependent) + " 已恢复为“有”。");
      }
    }
  }
  return commit(std::move(next), std::move(consequences));
}

ActionResult Model::set_fact(const std::string& key, const sx::Json& value) {
  sx::Assessment next = document_;
  if (empty_value(value)) next.erase_fact(key);
  else next.set_fact(key, value);
  return commit(std::move(next));
}

namespace {
std::string given_words(const sx::Standard& standard, const sx::Derivation& derivation, double given) {
  const sx::FigureDef* part = standard.figure(derivation.from[0]);
  const sx::FigureDef* whole = standard.figure(derivation.from[1]);
  return "按基础数据算得 " + sx::percent_text(given) + "；要改这个比率，请在“基础数据”中改" +
         (part != nullptr && whole != nullptr ? "“" + part->label + "”或“" + whole->label + "”" : std::string("它的两个数"));
}
}  // namespace

std::optional<double> Model::given_rate(const std::string& key, const sx::Derivation*& derivation) const {
  derivation = rates_follow_figures_ ? standard_->derivation_of(key) : nullptr;
  if (derivation == nullptr) return std::nullopt;
  const sx::Derived derived = sx::derive(*derivation, document_, standard_);
  if (!derived.value) return std::nullopt;
  return kept_percent(key, *derived.value);
}

std::string Model::rate_held_by_figures(const std::string& key) const {
  const sx::Derivation* derivation = nullptr;
  const auto given = given_rate(key, derivation);
  const auto held = document_.metric(key);
  if (!given || !held) return {};
  return std::fabs(*held - *given) <= 0.005 ? given_words(*standard_, *derivation, *given) : std::string();
}

ActionResult Model::set_metric(const std::string& key, std::optional<double> value) {
  const sx::Derivation* derivation = nullptr;
  if (const auto given = given_rate(key, derivation)) {
    if (value && std::fabs(*value - *given) > 0.005) {
      coalesce_key_.clear();
      return {false, given_words(*standard_, *derivation, *given), {}};
    }
    value = given;
  }
  sx::Assessment next = document_;
  if (value) next.set_metric(key, *value);
  else next.erase_metric(key);
  return commit(std::move(next));
}

double Model::kept_percent(const std::string& metric, double value) const {
  const sx::MetricDef* def = standard_->metric(metric);
  // Kept as shown (sx::derive has taken out the division's binary error: 29 of 50 is 58).
  double percent = sx::hundredths_down(value);
  if (def != nullptr && def->min && percent < *def->min) percent = *def->min;
  if (def != nullptr && def->max && percent > *def->max) percent = *def->max;
  return percent;
}

ActionResult Model::set_figure(const std::string& key, std::optional<double> value) {
  sx::Assessment next = document_;
  if (value) next.set_figure(key, *value);
  else next.erase_figure(key);
  std::vector<std::string> consequences;
  for (const auto& derivation : standard_->derivations) {
    if (derivation.from[0] != key && derivation.from[1] != key) continue;
    const sx::Derived derived = sx::derive(derivation, next, standard_);
    if (derived.error) return {false, field_error(*derived.error), {}};
    const sx::MetricDef* metric = standard_->metric(derivation.metric);
    const auto filled = [&](double value) { return kept_percent(derivation.metric, value); };
    if (!derived.value) {
      // A figure gone (cleared, or refused as typed): a rate computed from it goes too; one the
      // user typed in directly (not what the figures gave) stays.
      const sx::Derived before = sx::derive(derivation, document_, standard_);
      if (before.value && document_.metric(derivation.metric) == filled(*before.value)) {
        next.erase_metric(derivation.metric);
      }
      continue;
    }
    const double percent = filled(*derived.value);
    if (next.metric(derivation.metric) == percent) continue;
    next.set_metric(derivation.metric, percent);
    consequences.push_back(metric->label + " 按填报数据计算为 " + sx::percent_text(percent) + "。");
  }
  return commit(std::move(next), std::move(consequences));
}

ActionResult Model::rate_mode(const std::string& mode, int element, std::optional<std::string> rating) {
  sx::Assessment next = document_;
  if (rating && !rating->empty()) next.set_rating(mode, element, *rating);
  else next.erase_rating(mode, element);
  return commit(std::move(next));
}

ActionResult Model::set_enterprise_field(const std::string& key, const std::string& value) {
  sx::Assessment next = document_;
  next.set_enterprise_text(key, well_formed(value));
  return commit(std::move(next));
}

ActionResult Model::set_project_field(const std::string& key, const std::string& value) {
  sx::Assessment next = document_;
  next.set_project_text(key, well_formed(value));
  return commit(std::move(next));
}

namespace {
// The unit an amount's label names at its end: 总投资（万元） → 万元 (FieldKind::Amount).
std::string unit_in_label(const std::string& label) {
  const std::string open = "（", close = "）";
  if (label.size() < close.size() || label.compare(label.size() - close.size(), close.size(), close) != 0) return {};
  const std::size_t at = label.rfind(open);
  if (at == std::string::npos) return {};
  return label.substr(at + open.size(), label.size() - close.size() - at - open.size());
}
}  // namespace

ActionResult Model::finish_text(const std::string& member, const std::string& key) {
  const bool enterprise = member == "enterprise";
  const std::string text = enterprise ? document_.enterprise_text(key) : document_.project_text(key);
  std::string trimmed = sx::trim_end(text);
  // An amount as people write it (3,500 or 3500万元 in 总投资（万元）) is kept as the plain number
  // the field holds, as a figure's box takes it; anything else stays as typed, with its finding.
  const auto& fields = enterprise ? standard_->enterprise_fields : standard_->project_fields;
  const auto field = std::find_if(fields.begin(), fields.end(), [&](const sx::Field& f) { return f.key == key; });
  if (field != fields.end() && field->kind == sx::FieldKind::Amount) {
    const TypedNumber typed = parse_typed_number(trimmed, unit_in_label(field->label));
    if (typed.ok && typed.value && *typed.value >= 0 && *typed.value == sx::hundredths_down(*typed.value)) {
      trimmed = sx::number_text(*typed.value);
    }
  }
  if (trimmed == text) return {};
  coalesce_key_ = member + "." + key;
  return enterprise ? set_enterprise_field(key, trimmed) : set_project_field(key, trimmed);
}

ActionResult Model::set_category(std::optional<std::string> category) {
  sx::Assessment next = document_;
  next.set_category(std::move(category));
  return commit(std::move(next));
}

TypeSwitchPreview Model::preview_type_switch(const std::string& type) const {
  TypeSwitchPreview preview;
  preview.from = document_.type();
  preview.to = type;
  const sx::Table* from = standard_->table(preview.from);
  const sx::Table* to = standard_->table(type);
  if (from == nullptr || to == nullptr || from == to) return preview;
  for (const auto& section : from->sections) {
    for (const auto& item : section.items) {
      if (item.kind == sx::AnswerKind::Metric || document_.answer(item.id) == nullptr) continue;
      const sx::Item* twin = nullptr;
      for (const auto& s : to->sections) {
        for (const auto& other : s.items) {
          if (!item.shared.empty() && other.shared == item.shared) twin = &other;
        }
      }
      if (twin != nullptr) preview.kept.push_back(item_name(*from, item) + " → " + item_name(*to, *twin));
      else preview.dropped.push_back(item_name(*from, item));
    }
  }
  for (const auto& section : to->sections) {
    for (const auto& item : section.items) {
      if (item.kind == sx::AnswerKind::Metric && document_.metric(item.metric)) {
        preview.metrics_kept.push_back(item_name(*to, item));
      }
    }
  }
  return preview;
}

ActionResult Model::set_type(const std::string& type) {
  const sx::Table* from = standard_->table(document_.type());
  const sx::Table* to = standard_->table(type);
  if (to == nullptr) return {false, "未知的企业类型“" + type + "”", {}};
  if (from == to) {
    if (document_.type_chosen()) return {};
    sx::Assessment next = document_;  // the type it started on, now chosen
    next.set_type(type);
    return commit(std::move(next));
  }
  withdrawn_.clear();
  sx::Assessment next = document_;
  next.set_type(type);
  for (const auto& section : from->sections) {
    for (const auto& item : section.items) next.erase_answer(item.id);
  }
  for (const auto& section : from->sections) {
    for (const auto& item : section.items) {
      const sx::Json* value = document_.answer(item.id);
      if (value == nullptr || item.shared.empty()) continue;
      for (const auto& s : to->sections) {
        for (const auto& twin : s.items) {
          if (twin.shared == item.shared) next.set_answer(twin.id, *value);
        }
      }
    }
  }
  return commit(std::move(next));
}

void Model::replace(sx::Assessment document) {
  coalesce_key_.clear();
  withdrawn_.clear();
  commit(std::move(document));
}

bool Model::undo() {
  if (undo_.empty()) return false;
  redo_.push_back(std::move(document_));
  document_ = std::move(undo_.back());
  undo_.pop_back();
  last_coalesce_key_.clear();
  changed();
  return true;
}

bool Model::redo() {
  if (redo_.empty()) return false;
  undo_.push_back(std::move(document_));
  document_ = std::move(redo_.back());
  redo_.pop_back();
  last_coalesce_key_.clear();
  changed();
  return true;
}

}  // namespace sx_app
