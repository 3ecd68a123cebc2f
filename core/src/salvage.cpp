#include "sx/salvage.hpp"

#include <set>

#include "sx/migrate.hpp"

namespace sx {

namespace {
// The member a validation path names, as (top-level member, key inside it): `answers["4.3"]` →
// ("answers", "4.3"), `facts.results[1]` → ("facts", "results"), `type` → ("type", "").
std::pair<std::string, std::string> member_of(const std::string& path) {
  std::size_t i = 0;
  while (i < path.size() && path[i] != '.' && path[i] != '[') ++i;
  std::string top = path.substr(0, i);
  if (i >= path.size()) return {top, ""};
  std::string key;
  if (path[i] == '.') {
    for (++i; i < path.size() && path[i] != '.' && path[i] != '['; ++i) key += path[i];
  } else if (i + 1 < path.size() && path[i + 1] == '"') {
    for (i += 2; i < path.size() && path[i] != '"'; ++i) {
      if (path[i] == '\\' && i + 1 < path.size()) ++i;
      key += path[i];
    }
  } else {
    return {top, ""};  // an index at the top level: drop the whole member
  }
  return {top, key};
}

// Members without which a document means nothing: their errors are not salvageable.
bool essential(const std::string& top) {
  return top == "format" || top == "version" || top == "standard" || top == "type" || top.empty();
}

// The validator's errors name a member of the document. The parser's (not JSON, a NUL byte,
// nesting deeper than the core reads, a duplicate key, too large) are not salvaged: such text is
// not read at all, here either — a document salvaged from it would not load back.
bool names_member(const std::string& path) {
  static const std::set<std::string> members{"format", "version",    "standard", "type",
                                             "category", "enterprise", "project",  "facts",
                                             "metrics",  "figures",    "answers",  "modes"};
  return members.count(member_of(path).first) > 0;
}

// Drops what the validator names from a document of the current format version.
Salvage salvage_json(Json parsed) {
  Salvage out;
  ParseResult first = assessment_from_json(parsed);
  if (first.assessment) {
    out.assessment = std::move(first.assessment);
    return out;
  }
  for (const auto& error : first.errors) {
    if (error.path != kMoreProblemsPath && !names_member(error.path)) {
      out.fatal = std::move(first.errors);
      return out;
    }
  }
  Json doc = std::move(parsed);
  // Each round drops what the validator names; dropping can only shrink the document, so this
  // ends — the bound is a guard against a validator that keeps naming the same path.
  std::set<std::string> seen;
  for (int round = 0; round < 16; ++round) {
    Messages errors = validate_assessment(doc);
    if (errors.empty()) break;
    bool progress = false;
    for (const auto& error : errors) {
      if (error.path == kMoreProblemsPath) continue;  // the next round names them
      const auto [top, key] = member_of(error.path);
      if (essential(top) || !doc.contains(top)) {
        out.fatal.push_back(error);
        continue;
      }
      Json& member = doc[top];
      if (!key.empty() && member.is_object() && member.contains(key)) {
        member.erase(key);
      } else {
        doc.erase(top);
      }
      if (seen.insert(error.path).second) out.dropped.push_back(error);
      progress = true;
    }
    if (!out.fatal.empty() || !progress) break;
  }
  if (!out.fatal.empty()) return out;
  ParseResult repaired = assessment_from_json(doc);
  if (!repaired.assessment) {
    out.fatal = std::move(repaired.errors);
    return out;
  }
  out.assessment = std::move(repaired.assessment);
  return out;
}

}  // namespace

Salvage salvage_assessment(std::string_view text) {
  Salvage out;
  std::optional<Json> parsed = read_json_text(text, out.fatal);
  if (!parsed) return out;
  // An older format version is upgraded first (a newer one is not salvaged: its members may
  // mean something this build does not know); messages name the members as the save holds them.
  const std::optional<int> from = migrate_document(*parsed, out.fatal);
  if (!from) return out;
  out = salvage_json(std::move(*parsed));
  if (*from != kFormatVersion) {
    out.migrated_from = *from;
    name_paths_as_written(out.dropped, *from);
    name_paths_as_written(out.fatal, *from);
  }
  return out;
}

}  // namespace sx
