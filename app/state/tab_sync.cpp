#include "tab_sync.hpp"

#include <algorithm>
#include <cstdio>
#include <utility>

#include "sx/json.hpp"

namespace sx_app {

std::string text_hash(const std::string& text) {
  std::uint64_t hash = 14695981039346656037ull;
  for (const unsigned char c : text) {
    hash ^= c;
    hash *= 1099511628211ull;
  }
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(hash));
  return hex;
}

std::string stamp_json(const SaveStamp& stamp, const std::string& text) {
  sx::Json json = sx::Json::object();
  json["id"] = stamp.id;
  json["base"] = stamp.base;
  json["hash"] = text_hash(text);
  return json.dump();
}

std::optional<SaveStamp> read_stamp(const std::string& stamp_text, const std::string& text) {
  // No stamp (a save by a build before stamps): not parsed, so that a returning user's start
  // stays off the JSON parser's error path, which the first module leaves out (split_wasm.py).
  if (stamp_text.empty()) return std::nullopt;
  const sx::Json json = sx::Json::parse(stamp_text, nullptr, false);
  if (json.is_discarded() || !json.is_object()) return std::nullopt;
  const auto id = json.find("id");
  const auto base = json.find("base");
  const auto hash = json.find("hash");
  if (id == json.end() || base == json.end() || hash == json.end() || !id->is_string() ||
      !base->is_string() || !hash->is_string() || id->get<std::string>().empty()) {
    return std::nullopt;
  }
  if (hash->get<std::string>() != text_hash(text)) return std::nullopt;
  return SaveStamp{id->get<std::string>(), base->get<std::string>()};
}

SyncStep decide_sync(const SyncAgreement& agreed, const std::string& own, const std::string& stored,
                     const std::optional<SaveStamp>& stamp) {
  const std::string stored_id = stamp ? stamp->id : std::string();
  if (stored.empty()) return SyncStep::Nothing;  // nothing stored (cleared): nothing to lose
  if (stored == agreed.text) return stored_id == agreed.id ? SyncStep::Nothing : SyncStep::Agree;
  if (stored == own) return SyncStep::Agree;
  if (own != agreed.text) return SyncStep::Conflict;  // this tab changed it too
  // This tab changed nothing since it agreed. A writer that had seen that save only moved on;
  // one without a stamp (an older build) is followed too: this tab has nothing to lose. A writer
  // that had not seen it overwrote what this tab agreed on — perhaps this tab's own save.
  if (!stamp || stamp->base == agreed.id) return SyncStep::Adopt;
  return SyncStep::Conflict;
}

std::vector<std::string> differences(const sx::Standard& standard, const sx::Assessment& mine,
                                     const sx::Assessment& other) {
  // The screen each member is filled in on; a member not listed (free-form) goes by its name.
  static const std::pair<const char*, const char*> kWhere[] = {
      {"type", "企业类型"},        {"type_chosen", "企业类型"},  {"enterprise", "企业与项目"}, {"project", "企业与项目"},
      {"figures", "基础数据"},     {"metrics", "基础数据（指标）"}, {"facts", "申报类别（认定条件）"},
      {"category", "申报类别"},   {"modes", "五种新模式"}};
  std::vector<std::string> out;
  auto add = [&out](std::string what) {
    if (std::find(out.begin(), out.end(), what) == out.end()) out.push_back(std::move(what));
  };
  const sx::Json& a = mine.json();
  const sx::Json& b = other.json();
  const sx::Json none;
  auto member = [&none](const sx::Json& doc, const std::string& key) -> const sx::Json& {
    const auto found = doc.find(key);
    return found == doc.end() ? none : *found;
  };
  // Answers item by item, named as the score table shows them.
  const sx::Json& answers_a = member(a, "answers");
  const sx::Json& answers_b = member(b, "answers");
  std::vector<std::string> ids;
  for (const sx::Json* answers : {&answers_a, &answers_b}) {
    if (!answers->is_object()) continue;
    for (auto it = answers->begin(); it != answers->end(); ++it) {
      if (std::find(ids.begin(), ids.end(), it.key()) == ids.end()) ids.push_back(it.key());
    }
  }
  std::sort(ids.begin(), ids.end());
  const sx::Table* table = standard.table(other.type());
  for (const auto& id : ids) {
    if (member(answers_a, id) == member(answers_b, id)) continue;
    const sx::Item* item = table != nullptr ? table->item(id) : nullptr;
    add("评分表 " + id + (item != nullptr ? " " + item->title : std::string()));
  }
  std::vector<std::string> keys;
  for (const sx::Json* doc : {&a, &b}) {
    for (auto it = doc->begin(); it != doc->end(); ++it) {
      if (it.key() != "answers" && std::find(keys.begin(), keys.end(), it.key()) == keys.end()) {
        keys.push_back(it.key());
      }
    }
  }
  for (const auto& key : keys) {
    if (member(a, key) == member(b, key)) continue;
    std::string where = key;
    for (const auto& [name, screen] : kWhere) {
      if (key == name) where = screen;
    }
    add(where);
  }
  return out;
}

}  // namespace sx_app
