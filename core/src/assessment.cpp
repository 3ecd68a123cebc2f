#include "sx/assessment.hpp"

#include "sx/migrate.hpp"

namespace sx {

namespace {
const std::string kEmpty;
}  // namespace

Assessment::Assessment(std::string_view standard, std::string_view type)
    : doc_(Json::object()) {
  doc_["format"] = kFormat;
  doc_["version"] = kFormatVersion;
  doc_["standard"] = std::string(standard);
  doc_["type"] = std::string(type);
}

const std::string& Assessment::standard_id() const {
  const auto it = doc_.find("standard");
  return it != doc_.end() && it->is_string() ? it->get_ref<const std::string&>() : kEmpty;
}

const std::string& Assessment::type() const {
  const auto it = doc_.find("type");
  return it != doc_.end() && it->is_string() ? it->get_ref<const std::string&>() : kEmpty;
}

bool Assessment::type_chosen() const {
  const auto it = doc_.find("type_chosen");
  return it == doc_.end() || *it != false;
}

std::optional<std::string> Assessment::category() const {
  const auto it = doc_.find("category");
  if (it == doc_.end() || !it->is_string()) return std::nullopt;
  return it->get<std::string>();
}

namespace {
const Json* member(const Json& doc, const char* object, std::string_view key) {
  const auto it = doc.find(object);
  if (it == doc.end() || !it->is_object()) return nullptr;
  const auto found = it->find(std::string(key));
  return found == it->end() ? nullptr : &*found;
}

std::optional<double> number(const Json* value) {
  if (value == nullptr || !value->is_number()) return std::nullopt;
  return value->get<double>();
}
}  // namespace

std::optional<double> Assessment::metric(std::string_view key) const {
  return number(member(doc_, "metrics", key));
}
std::optional<double> Assessment::figure(std::string_view key) const {
  return number(member(doc_, "figures", key));
}
const Json* Assessment::fact(std::string_view key) const { return member(doc_, "facts", key); }
const Json* Assessment::answer(std::string_view item_id) const {
  return member(doc_, "answers", item_id);
}

bool Assessment::claims(std::string_view item_id) const {
  const Json* value = answer(item_id);
  return value != nullptr && *value == true;
}

std::optional<std::string> Assessment::rating(std::string_view mode, int element) const {
  const Json* ratings = member(doc_, "modes", mode);
  if (ratings == nullptr || !ratings->is_object()) return std::nullopt;
  const auto it = ratings->find(std::to_string(element));
  if (it == ratings->end() || !it->is_string()) return std::nullopt;
  return it->get<std::string>();
}

std::string Assessment::enterprise_text(std::string_view key) const {
  const Json* value = member(doc_, "enterprise", key);
  return value != nullptr && value->is_string() ? value->get<std::string>() : std::string();
}
std::string Assessment::project_text(std::string_view key) const {
  const Json* value = member(doc_, "project", key);
  return value != nullptr && value->is_string() ? value->get<std::string>() : std::string();
}

void Assessment::set_in(const char* object, std::string_view key, Json value) {
  Json& target = doc_[object];
  if (!target.is_object()) target = Json::object();
  target[std::string(key)] = std::move(value);
}

void Assessment::erase_in(const char* object, std::string_view key) {
  const auto it = doc_.find(object);
  if (it == doc_.end() || !it->is_object()) return;
  it->erase(std::string(key));
  if (it->empty()) doc_.erase(object);
}

void Assessment::set_type(std::string_view type) {
  doc_["type"] = std::string(type);
  doc_.erase("type_chosen");
}
void Assessment::mark_type_unchosen() { doc_["type_chosen"] = false; }
void Assessment::set_category(std::optional<std::string> category) {
  if (category) doc_["category"] = *category;
  else doc_.erase("category");
}
void Assessment::set_metric(std::string_view key, double value) { set_in("metrics", key, value); }
void Assessment::set_figure(std::string_view key, double value) { set_in("figures", key, value); }
void Assessment::set_fact(std::string_view key, Json value) { set_in("facts", key, std::move(value)); }
void Assessment::set_answer(std::string_view item_id, Json value) {
  set_in("answers", item_id, std::move(value));
}
void Assessment::set_enterprise_text(std::string_view key, std::string_view value) {
  set_in("enterprise", key, std::string(value));
}
void Assessment::set_project_text(std::string_view key, std::string_view value) {
  set_in("project", key, std::string(value));
}
void Assessment::erase_metric(std::string_view key) { erase_in("metrics", key); }
void Assessment::erase_figure(std::string_view key) { erase_in("figures", key); }
void Assessment::erase_fact(std::string_view key) { erase_in("facts", key); }
void Assessment::erase_answer(std::string_view item_id) { erase_in("answers", item_id); }

void Assessment::set_rating(std::string_view mode, int element, std::string_view rating) {
  Json& modes = doc_["modes"];
  if (!modes.is_object()) modes = Json::object();
  Json& ratings = modes[std::string(mode)];
  if (!ratings.is_object()) ratings = Json::object();
  ratings[std::to_string(element)] = std::string(rating);
}

void Assessment::erase_rating(std::string_view mode, int element) {
  const auto modes = doc_.find("modes");
  if (modes == doc_.end() || !modes->is_object()) return;
  const auto ratings = modes->find(std::string(mode));
  if (ratings == modes->end() || !ratings->is_object()) return;
  ratings->erase(std::to_string(element));
  if (ratings->empty()) modes->erase(ratings);
  if (modes->empty()) doc_.erase(modes);
}

namespace {
// Upgrades a document of an older format version (sx/migrate.hpp), then validates it.
void upgrade_and_validate(Json& doc, ParseResult& result) {
  const std::optional<int> from = migrate_document(doc, result.errors);
  if (!from) return;
  result.errors = validate_assessment(doc);
  if (*from == kFormatVersion) return;
  result.migrated_from = *from;
  name_paths_as_written(result.errors, *from);
}
}  // namespace

ParseResult assessment_from_json(const Json& doc) {
  ParseResult result;
  const auto version = doc.find("version");
  if (version == doc.end() || *version == kFormatVersion) {
    result.errors = validate_assessment(doc);
    if (result.errors.empty()) result.assessment = Assessment(doc);
    return result;
  }
  Json upgraded = doc;
  upgrade_and_validate(upgraded, result);
  if (result.errors.empty()) result.assessment = Assessment(std::move(upgraded));
  return result;
}

Assessment::~Assessment() { release(doc_); }

ParseResult parse_assessment(std::string_view text) {
  ParseResult result;
  std::optional<Json> doc = read_json_text(text, result.errors);
  if (!doc) return result;
  // Moved, not copied, and released if validation runs out of memory (see release()): a
  // megabyte of JSON can take tens of megabytes as a tree.
  struct Release {
    Json& doc;
    ~Release() { release(doc); }
  } on_exit{*doc};
  upgrade_and_validate(*doc, result);
  if (result.errors.empty()) result.assessment = Assessment(std::move(*doc));
  return result;
}

std::string serialise(const Assessment& assessment) {
  // Documents only ever hold valid UTF-8 (the parser and the app's setters see to it); replace
  // rather than throw should that ever fail.
  return assessment.json().dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace sx
