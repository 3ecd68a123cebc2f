#pragma once
// The assessment document (format version 1, spec "The assessment document"): what the app
// autosaves, imports and exports, and what `assess` reads. The document stays JSON so that
// free-form keys round-trip untouched; the accessors below read the validated members.
#include <optional>
#include <string>
#include <string_view>

#include "sx/json.hpp"
#include "sx/json_text.hpp"
#include "sx/message.hpp"
#include "sx/standard.hpp"

namespace sx {

inline constexpr const char* kFormat = "sx-retrofit-assessment";
inline constexpr int kFormatVersion = 1;

struct ParseResult;

class Assessment {
 public:
  // A blank document for one standard and enterprise type.
  Assessment(std::string_view standard, std::string_view type);
  Assessment(const Assessment&) = default;
  Assessment(Assessment&&) noexcept = default;
  Assessment& operator=(const Assessment&) = default;
  Assessment& operator=(Assessment&&) noexcept = default;
  ~Assessment();  // releases the document without allocating (sx::release)

  const Json& json() const { return doc_; }
  const std::string& standard_id() const;
  const std::string& type() const;
  // False while the type is the one a new assessment starts on and nobody has chosen it yet
  // ("type_chosen": false, which the app writes into a new assessment; absent means chosen, as
  // in every file written before). The type stays required: a document is always scored by one
  // table, and the app asks for the choice rather than taking the first table as an answer.
  bool type_chosen() const;
  std::optional<std::string> category() const;

  std::optional<double> metric(std::string_view key) const;
  std::optional<double> figure(std::string_view key) const;
  const Json* fact(std::string_view key) const;
  const Json* answer(std::string_view item_id) const;
  // The item is answered 有 (true): a claim other items may need (Item::unmet_requirements).
  bool claims(std::string_view item_id) const;
  std::optional<std::string> rating(std::string_view mode, int element) const;  // element from 1
  std::string enterprise_text(std::string_view key) const;
  std::string project_text(std::string_view key) const;

  // Editing, for the app. Each setter replaces one member; `erase_*` makes it unanswered.
  void set_type(std::string_view type);  // the type chosen: drops the mark below
  void mark_type_unchosen();
  void set_category(std::optional<std::string> category);
  void set_metric(std::string_view key, double value);
  void set_figure(std::string_view key, double value);
  void set_fact(std::string_view key, Json value);
  void set_answer(std::string_view item_id, Json value);
  void set_rating(std::string_view mode, int element, std::string_view rating);
  void set_enterprise_text(std::string_view key, std::string_view value);
  void set_project_text(std::string_view key, std::string_view value);
  void erase_metric(std::string_view key);
  void erase_figure(std::string_view key);
  void erase_fact(std::string_view key);
  void erase_answer(std::string_view item_id);
  void erase_rating(std::string_view mode, int element);

  bool operator==(const Assessment& other) const { return doc_ == other.doc_; }

 private:
  friend struct ParseResult;
  friend ParseResult parse_assessment(std::string_view text);
  friend ParseResult assessment_from_json(const Json& doc);
  explicit Assessment(Json doc) : doc_(std::move(doc)) {}
  void set_in(const char* member, std::string_view key, Json value);
  void erase_in(const char* member, std::string_view key);
  Json doc_;
};

struct ParseResult {
  std::optional<Assessment> assessment;  // set only when errors is empty
  Messages errors;  // the document's problems: the first kMaxReportedProblems, then "and N more"
  // The older format version the document was written in and upgraded from (sx/migrate.hpp);
  // its errors name paths as written in that version.
  std::optional<int> migrated_from;
};

// Reads JSON text (UTF-8, read_json_text's limits), upgrades an older format version and
// validates it. Never throws; malformed, overflowing, invalid UTF-8, oversized and absurdly deep
// input, duplicate keys and a newer format version all come back as errors with a position or a
// path.
ParseResult parse_assessment(std::string_view text);
// The same for a JSON value already parsed (copied only when it needs upgrading).
ParseResult assessment_from_json(const Json& doc);

// Validation alone, of any JSON value (the app uses it before it replaces the user's work);
// capped like ParseResult::errors.
Messages validate_assessment(const Json& doc);

// Pretty-printed UTF-8 JSON, ending in a newline.
std::string serialise(const Assessment& assessment);

}  // namespace sx
