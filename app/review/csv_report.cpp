#include "csv_report.hpp"

#include <string_view>

namespace assess {

namespace {
// What a spreadsheet may take for the start of a formula (OWASP "CSV injection"): = + - @, tab and
// CR, and the fullwidth ＝ ＋ － ＠ a Chinese input method types, which Excel and WPS read as = + - @.
bool starts_a_formula(const std::string& value) {
  if (value.empty()) return false;
  if (std::string_view("=+-@\t\r").find(value[0]) != std::string_view::npos) return true;
  for (const char* fullwidth : {"\uFF1D", "\uFF0B", "\uFF0D", "\uFF20"}) {
    if (value.rfind(fullwidth, 0) == 0) return true;
  }
  return false;
}

// RFC 4180 quoting; a cell that could start a formula gets a leading ' so that a spreadsheet
// shows an enterprise name instead of running it.
std::string field(const std::string& text, bool defuse = true) {
  std::string value = text;
  if (defuse && starts_a_formula(value)) value.insert(value.begin(), '\'');
  if (value.find_first_of(",\"\r\n") == std::string::npos) return value;
  std::string quoted = "\"";
  for (const char c : value) {
    if (c == '"') quoted += '"';
    quoted += c;
  }
  return quoted + "\"";
}

std::string eligibility(const sx::Evaluation& evaluation, const std::string& category) {
  const sx::CategoryResult* result = evaluation.category(category);
  return result == nullptr ? "" : sx::tri_name(result->eligible);
}

// One column per category of the standard in force, in its order (line, workshop, factory in 2019).
const std::vector<sx::Category>& category_columns() { return sx::current_standard().categories; }

std::string verdicts(const sx::Evaluation& evaluation) {
  std::string cells;
  for (const auto& category : category_columns()) cells += eligibility(evaluation, category.id) + ",";
  return cells;
}
}  // namespace

std::string csv_header() {
  // The UTF-8 byte order mark: without it Excel and WPS on a Chinese Windows read the file as GBK.
  std::string header = "\xEF\xBB\xBF" "file,enterprise,credit_code,type,total,complete,";
  for (const auto& category : category_columns()) header += category.id + ",";
  return header + "recommended,error\r\n";
}

std::string csv_row(const std::string& file, const sx::Assessment& assessment,
                    const sx::Evaluation& evaluation) {
  // Submitted file names are defused like any text, except "-", which names standard input.
  return field(file, file != "-") + "," + field(assessment.enterprise_text("name")) + "," +
         field(assessment.enterprise_text("credit_code")) + "," + evaluation.type + "," +
         std::to_string(evaluation.total) + "," + (evaluation.complete ? "true" : "false") + "," +
         verdicts(evaluation) + evaluation.recommended.value_or("") + ",\r\n";
}

std::string csv_error_row(const std::string& file, const std::string& error) {
  // Empty cells up to the error: enterprise … complete, the categories, recommended.
  return field(file, file != "-") + std::string(5 + category_columns().size() + 1, ',') + "," + field(error) + "\r\n";
}

}  // namespace assess
