// assess — the command-line front end on the core (spec "The command-line tool").
//   assess score FILE          one JSON evaluation on stdout
//   assess score --csv FILE…   one CSV row per file
//   assess export FILE [--docx OUT] [--html OUT] [--json OUT] [--date YYYY-MM-DD]
// Exit: 0 scored; 2 not a valid assessment document; 1 anything else (unreadable file, usage).
#include <ctime>
#include <iostream>
#include <optional>
#include <string>
#include <vector>

#include "csv_report.hpp"
#include "file_io.hpp"
#include "sx/assessment.hpp"
#include "sx/draft.hpp"
#include "sx/evaluation.hpp"

namespace {

constexpr int kScored = 0;
constexpr int kOther = 1;
constexpr int kInvalid = 2;

const char* kUsage =
    "usage: assess score FILE         evaluate one assessment document (FILE may be -)\n"
    "       assess score --csv FILE…  one CSV row per document\n"
    "       assess export FILE [--docx OUT] [--html OUT] [--json OUT] [--date YYYY-MM-DD]\n"
    "                                 the draft application as Word and as a print page\n";

// Reads and validates one document, telling stderr what is wrong; `status` is the exit status then.
std::optional<sx::Assessment> load(const std::string& path, int& status) {
  std::string error;
  const auto text = assess::read_file(path, error);
  if (!text) {
    std::cerr << path << ": cannot read: " << error << "\n";
    status = kOther;
    return std::nullopt;
  }
  auto parsed = sx::parse_assessment(*text);
  if (!parsed.assessment) {
    for (const auto& message : parsed.errors) std::cerr << sx::format_message(message) << "\n";
    status = kInvalid;
  }
  return std::move(parsed.assessment);
}

int score_one(const std::string& path) {
  int status = kScored;
  const auto assessment = load(path, status);
  if (!assessment) return status;
  std::cout << sx::to_json(sx::evaluate(*assessment)).dump(2) << "\n";
  return kScored;
}

int score_csv(const std::vector<std::string>& paths) {
  int status = kScored;
  std::string out = assess::csv_header();
  for (const auto& path : paths) {
    std::string error;
    const auto text = assess::read_file(path, error);
    if (!text) {
      out += assess::csv_error_row(path, "cannot read: " + error);
      status = kOther;
      continue;
    }
    const auto parsed = sx::parse_assessment(*text);
    if (!parsed.assessment) {
      std::string joined;
      for (const auto& message : parsed.errors) {
        joined += (joined.empty() ? "" : "; ") + sx::format_message(message);
      }
      out += assess::csv_error_row(path, joined);
      if (status == kScored) status = kInvalid;
      continue;
    }
    out += assess::csv_row(path, *parsed.assessment, sx::evaluate(*parsed.assessment));
  }
  std::cout << out;
  return status;
}

std::string today() {
  const std::time_t now = std::time(nullptr);
  char buffer[16];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%d", std::localtime(&now));
  return buffer;
}

bool valid_date(const std::string& date) {
  int y = 0, m = 0, d = 0;
  char tail = 0;
  return std::sscanf(date.c_str(), "%4d-%2d-%2d%c", &y, &m, &d, &tail) == 3 && y >= 2000 && m >= 1 &&
         m <= 12 && d >= 1 && d <= 31;
}

int export_draft(const std::vector<std::string>& args) {
  std::string input, docx, html, json, date = today();
  for (std::size_t i = 0; i < args.size(); ++i) {
    const bool has_value = i + 1 < args.size();
    if (args[i] == "--docx" && has_value) docx = args[++i];
    else if (args[i] == "--html" && has_value) html = args[++i];
    else if (args[i] == "--json" && has_value) json = args[++i];
    else if (args[i] == "--date" && has_value) date = args[++i];
    else if (input.empty() && args[i].rfind("--", 0) != 0) input = args[i];
    else {
      std::cerr << kUsage;
      return kOther;
    }
  }
  if (input.empty() || (docx.empty() && html.empty() && json.empty()) || !valid_date(date)) {
    std::cerr << kUsage;
    return kOther;
  }
  int status = kScored;
  const auto loaded = load(input, status);
  if (!loaded) return status;
  const sx::Assessment& assessment = *loaded;
  std::string error;
  const sx::Standard& standard = *sx::find_standard(assessment.standard_id());
  const auto draft = sx::build_draft(standard, assessment, sx::evaluate(standard, assessment), date);
  auto write = [&](const std::string& path, const void* data, std::size_t size) {
    if (path.empty()) return true;
    if (assess::write_file(path, data, size, error)) return true;
    std::cerr << path << ": cannot write: " << error << "\n";
    return false;
  };
  const auto word = docx.empty() ? std::vector<unsigned char>{} : sx::render_docx(draft);
  const std::string page = html.empty() ? std::string() : sx::render_html(draft);
  if ((!docx.empty() && word.empty()) || (!html.empty() && page.empty())) {
    std::cerr << input << ": the draft could not be rendered\n";
    return kOther;
  }
  const std::string document = json.empty() ? std::string() : sx::serialise(assessment);
  const bool ok = write(docx, word.data(), word.size()) && write(html, page.data(), page.size()) &&
                  write(json, document.data(), document.size());
  return ok ? kScored : kOther;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty() || args[0] == "--help" || args[0] == "-h") {
    std::cout << kUsage;
    return args.empty() ? kOther : kScored;
  }
  if (args[0] == "score") {
    if (args.size() >= 3 && args[1] == "--csv") {
      return score_csv(std::vector<std::string>(args.begin() + 2, args.end()));
    }
    if (args.size() == 2 && args[1] != "--csv") return score_one(args[1]);
  }
  if (args[0] == "export") return export_draft(std::vector<std::string>(args.begin() + 1, args.end()));
  std::cerr << kUsage;
  return kOther;
}
