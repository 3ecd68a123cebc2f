#include "csv_report.hpp"

namespace assess {

namespace {
// RFC 4180 quoting; a leading = + - @ is defused so a spreadsheet shows an enterprise name
// instead of running it as a formula.
std::string field(const std::string& text, bool defuse = true) {
  std::string value = text;
  if (defuse && !value.empty() && (value[0] == '=' || value[0] == '+' || value[0] == '-' || value[0] == '@')) {
    value.insert(value.begin(), '\'');
  }
  if (value.find_first_of(",\"\r\n") == std::string::npos) return value;
  std::string quoted = "\"";
  for (const char c : value) {
    if (c == '"') quoted += '"';
    quoted += c;
  }
  return quoted + "\"";
}

std::string eligibility(const sx::Evaluation& evaluation, const char* category) {
  const sx::CategoryResult* result = evaluation.category(category);
  return result == nullptr ? "" : sx::tri_name(result->eligible);
}
}  // namespace

std::string csv_header() {
  return "file,enterprise,credit_code,type,total,complete,line,workshop,factory,recommended,error\r\n";
}

std::string csv_row(const std::string& file, const sx::Assessment& assessment,
                    const sx::Evaluation& evaluation) {
  // Submitted file names are defused like any text, except "-", which names standard input.
  return field(file, file != "-") + "," + field(assessment.enterprise_text("name")) + "," +
         field(assessment.enterprise_text("credit_code")) + "," + evaluation.type + "," +
         std::to_string(evaluation.total) + "," + (evaluation.complete ? "true" : "false") + "," +
         eligibility(evaluation, "line") + "," + eligibility(evaluation, "workshop") + "," +
         eligibility(evaluation, "factory") + "," + evaluation.recommended.value_or("") + ",\r\n";
}

std::string csv_error_row(const std::string& file, const std::string& error) {
  return field(file, file != "-") + ",,,,,,,,,," + field(error) + "\r\n";
}

}  // namespace assess
