#include "csv_report.hpp"

#include <string_view>
#include <vector>

namespace sx_review {

namespace {
// The UTF-8 byte order mark: without it Excel and WPS on a Chinese Windows read the file as GBK.
constexpr const char* kBom = "\xEF\xBB\xBF";

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

// The cells `assess score --csv` writes for one file, in its order.
struct ScoreCells {
  std::string file;
  std::string enterprise;
  std::string credit_code;
  std::string type;
  std::string total;
  std::string complete;
  std::vector<std::string> verdicts;  // one per category column
  std::string recommended;
  std::string error;
};

// Without the line's end: the review appends its own columns.
std::string cells_of(const ScoreCells& cells) {
  // Submitted file names are defused like any text, except "-", which names standard input.
  std::string line = csv_field(cells.file, cells.file != "-");
  for (const std::string* cell : {&cells.enterprise, &cells.credit_code, &cells.type, &cells.total, &cells.complete}) {
    line += "," + csv_field(*cell);
  }
  for (const auto& verdict : cells.verdicts) line += "," + csv_field(verdict);
  return line + "," + csv_field(cells.recommended) + "," + csv_field(cells.error);
}

std::string header_of(const std::vector<sx::Category>& categories) {
  std::string header = std::string(kBom) + "file,enterprise,credit_code,type,total,complete,";
  for (const auto& category : categories) header += category.id + ",";
  return header + "recommended,error";
}

// One column per category of the standard in force, in its order (line, workshop, factory in 2019).
const std::vector<sx::Category>& category_columns() { return sx::current_standard().categories; }
}  // namespace

std::string csv_field(const std::string& text, bool defuse) {
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

std::string score_csv_header() { return header_of(category_columns()) + "\r\n"; }

std::string score_csv_row(const std::string& file, const sx::Assessment& assessment, const sx::Evaluation& evaluation) {
  ScoreCells cells{file, assessment.enterprise_text("name"), assessment.enterprise_text("credit_code"),
                   evaluation.type, std::to_string(evaluation.total), evaluation.complete ? "true" : "false",
                   {}, evaluation.recommended.value_or(""), ""};
  for (const auto& category : category_columns()) {
    const sx::CategoryResult* result = evaluation.category(category.id);
    cells.verdicts.push_back(result == nullptr ? "" : sx::tri_name(result->eligible));
  }
  return cells_of(cells) + "\r\n";
}

std::string score_csv_error_row(const std::string& file, const std::string& error) {
  ScoreCells cells{file, "", "", "", "", "", std::vector<std::string>(category_columns().size()), "", error};
  return cells_of(cells) + "\r\n";
}

std::string review_csv_header(const sx::Standard& standard) {
  return header_of(standard.categories) + ",category,flags,decision,comment\r\n";
}

std::string review_csv_row(const ReviewRow& row) {
  ScoreCells cells{row.file, "", "", "", "", "", {}, "", row.error};
  std::string flags;
  if (row.readable) {
    cells.enterprise = row.enterprise;
    cells.credit_code = row.credit_code;
    cells.type = row.type;
    cells.total = std::to_string(row.total);
    cells.complete = row.complete ? "true" : "false";
    cells.recommended = row.recommended;
    for (const auto& flag : row.flags) flags += (flags.empty() ? "" : ";") + flag.code;
  }
  for (const auto& verdict : row.verdicts) {
    cells.verdicts.push_back(row.readable && verdict.eligible ? sx::tri_name(*verdict.eligible) : "");
  }
  return cells_of(cells) + "," + csv_field(row.readable ? row.category : "") + "," + csv_field(flags) + "," +
         csv_field(decision_id(row.decision)) + "," + csv_field(row.comment) + "\r\n";
}

std::string review_csv(const Review& review) {
  std::string csv = review_csv_header(review.standard());
  for (const auto& row : review.rows()) csv += review_csv_row(row);
  return csv;
}

}  // namespace sx_review
