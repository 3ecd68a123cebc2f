#pragma once
// Documents of an older format version, brought up to kFormatVersion before validation, so that
// an autosave or a file written by an earlier build opens with everything it holds.
//
// Version 0, the prototype's document, differs from version 1 in two places only: the answers are
// the member `items` (version 1: `answers`), and the metrics are members of the document itself
// (`"cnc_rate": 66.5` beside `type`; version 1: inside `metrics`). Everything else — format,
// standard, type, category, enterprise, project, facts, modes and free-form keys — is the same.
#include <optional>

#include "sx/json.hpp"
#include "sx/message.hpp"

namespace sx {

inline constexpr int kOldestFormatVersion = 0;

// Upgrades `doc` in place when it is a document of an older version this build reads, and
// returns the version it was written in. Returns nullopt, with `errors` set, when it cannot be
// read as any version: a newer version than kFormatVersion, a negative one, or a version-0
// document that also holds `answers` or `metrics` (which would its answers be?). Anything else
// (not an object, another format, no integer version) is left untouched with kFormatVersion
// returned, for the validator to name.
std::optional<int> migrate_document(Json& doc, Messages& errors);

// The validator names paths in the upgraded document; for a file as the user wrote it, name them
// as written in version `from` (`answers["2.1"]` → `items["2.1"]`, `metrics.cnc_rate` → `cnc_rate`).
void name_paths_as_written(Messages& messages, int from);

}  // namespace sx
