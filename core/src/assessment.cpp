#include "sx/assessment.hpp"

#include <cmath>

namespace sx {

namespace {
const std::string kEmpty;

// Position of a byte offset as "第 L 行第 C 列 / line L, column C" (columns count bytes).
Message at_offset(std::string_view text, std::size_t offset, std::string zh, std::string en) {
  std::size_t line = 1;
  std::size_t column = 1;
  for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++line;
      column = 1;
    } else {
      ++column;
    }
  }
  return Message{"line " + std::to_string(line) + ", column " + std::to_string(column),
                 std::move(zh), std::move(en)};
}

// The parser recurses per nesting level; a version-1 document nests four deep, so anything
// past this is refused before parsing (a file of 500,000 '[' must not exhaust the stack).
constexpr int kMaxDepth = 64;

// nlohmann quotes the token it was reading ("…; last read: '…'", "number overflow parsing '…'").
// That token can be a whole unterminated string of the file, invalid UTF-8 included; the message
// must stay short and valid UTF-8 (it goes to a terminal, a CSV cell and the web API's JSON).
constexpr std::size_t kTokenExcerpt = 40;

std::string parser_message(std::string what) {
  for (const char* marker : {"last read: '", "parsing '"}) {
    const auto start = what.find(marker);
    if (start == std::string::npos) continue;
    const auto from = start + std::char_traits<char>::length(marker);
    auto to = what.find("'; expected ", from);
    if (to == std::string::npos) to = what.rfind('\'');
    if (to == std::string::npos || to < from) break;
    if (to - from > kTokenExcerpt) {
      std::size_t cut = from + kTokenExcerpt;
      while (cut > from && (static_cast<unsigned char>(what[cut]) & 0xC0) == 0x80) --cut;
      what = what.substr(0, cut) + "…" + what.substr(to);
    }
    break;
  }
  // Ill-formed bytes become U+FFFD.
  return Json::parse(Json(what).dump(-1, ' ', false, Json::error_handler_t::replace))
      .get<std::string>();
}

std::optional<Message> too_deep(std::string_view text) {
  int depth = 0;
  bool in_string = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (in_string) {
      if (c == '\\') ++i;
      else if (c == '"') in_string = false;
      continue;
    }
    if (c == '"') in_string = true;
    else if (c == '{' || c == '[') {
      if (++depth > kMaxDepth) {
        return at_offset(text, i, "嵌套超过 " + std::to_string(kMaxDepth) + " 层",
                         "nested deeper than " + std::to_string(kMaxDepth) + " levels");
      }
    } else if (c == '}' || c == ']') {
      --depth;
    }
  }
  return std::nullopt;
}
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

void Assessment::set_type(std::string_view type) { doc_["type"] = std::string(type); }
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

ParseResult assessment_from_json(const Json& doc) {
  ParseResult result;
  result.errors = validate_assessment(doc);
  if (result.errors.empty()) result.assessment = Assessment(doc);
  return result;
}

ParseResult parse_assessment(std::string_view text) {
  ParseResult result;
  std::size_t start = 0;
  while (start < text.size() && (text[start] == ' ' || text[start] == '\t' ||
                                 text[start] == '\n' || text[start] == '\r')) {
    ++start;
  }
  if (start == text.size()) {
    result.errors.push_back({"", "文件为空", "the document is empty"});
    return result;
  }
  if (auto deep = too_deep(text)) {
    result.errors.push_back(std::move(*deep));
    return result;
  }
  // nlohmann takes a NUL byte outside a string for the end of the input and would accept
  // `{…}\0garbage`; JSON text never holds one (inside a string it must be escaped).
  if (const auto nul = text.find('\0'); nul != std::string_view::npos) {
    result.errors.push_back(at_offset(text, nul, "不是有效的 JSON：含有 NUL 字节",
                                      "not valid JSON: a NUL byte"));
    return result;
  }
  Json doc;
  try {
    doc = Json::parse(text.begin(), text.end());
  } catch (const Json::parse_error& e) {
    // e.byte is 1-based and points just past the offending character.
    const std::size_t offset = e.byte > 0 ? e.byte - 1 : 0;
    std::string what = e.what();
    const auto colon = what.find(": ", what.find("parse error"));
    if (colon != std::string::npos) what = what.substr(colon + 2);
    what = parser_message(std::move(what));
    result.errors.push_back(at_offset(text, offset, "不是有效的 JSON：" + what,
                                      "not valid JSON: " + what));
    return result;
  } catch (const Json::exception& e) {
    // Number overflow (1e999) is an out_of_range error without a byte position.
    std::string what = e.what();
    const auto bracket = what.find("] ");
    if (bracket != std::string::npos) what = what.substr(bracket + 2);
    what = parser_message(std::move(what));
    result.errors.push_back({"", "不是有效的 JSON：" + what, "not valid JSON: " + what});
    return result;
  }
  return assessment_from_json(doc);
}

std::string serialise(const Assessment& assessment) {
  // Documents only ever hold valid UTF-8 (the parser and the app's setters see to it); replace
  // rather than throw should that ever fail.
  return assessment.json().dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace sx
