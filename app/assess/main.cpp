// assess — the command-line front end on the core (spec "The command-line tool").
//   assess score FILE          one JSON evaluation on stdout
//   assess score --csv FILE…   one CSV row per file
//   assess score --standard DIR [--csv] FILE…   the same, knowing a standard folder read now
//   assess export FILE [--docx OUT] [--html OUT] [--json OUT] [--date YYYY-MM-DD]
//   assess review FILE… [--revoked LIST] [--year YYYY] [--xlsx OUT] [--csv OUT] [--docx OUT]
// Exit: 0 scored; 2 not a valid assessment document (larger than 1 MiB included); 1 anything else
// (unreadable file, out of memory, usage).
#include <ctime>
#include <filesystem>
#include <iostream>
#include <new>
#include <optional>
#include <string>
#include <system_error>
#include <vector>

#include "csv_report.hpp"
#include "file_io.hpp"
#include "review_command.hpp"
#include "sx/assessment.hpp"
#include "sx/date.hpp"
#include "sx/draft.hpp"
#include "sx/evaluation.hpp"
#include "sx/standard.hpp"

namespace {

constexpr int kScored = 0;
constexpr int kOther = 1;
constexpr int kInvalid = 2;

const char* kUsage =
    "usage: assess score FILE         evaluate one assessment document (FILE may be -)\n"
    "       assess score --standard DIR [--csv] FILE…\n"
    "                                 the same with a standard folder read now (core/standards/<id>/)\n"
    "       assess score --csv FILE…  one CSV row per document\n"
    "       assess export FILE [--docx OUT] [--html OUT] [--json OUT] [--date YYYY-MM-DD]\n"
    "                                 the draft application as Word and as a print page\n"
    "       assess review FILE… [--revoked LIST] [--year YYYY] [--xlsx OUT] [--csv OUT] [--docx OUT]\n"
    "                                 the bureau's review of a batch: the 申报汇总表 as .xlsx and/or CSV,\n"
    "                                 the Word 审核情况表 (--docx) for the district's opinion\n"
    "                                 (at least one; --csv - for stdout) with the measures' checks as\n"
    "                                 flags; LIST: revoked credit codes (CSV, text or .xlsx, code [year]);\n"
    "                                 YYYY: the review year (default: this year)\n";

// A file that cannot be a document: unreadable (exit 1) or larger than the core reads (exit 2).
// Returns the text, or nullopt with `problem` and `status` set.
std::optional<std::string> read_document(const std::string& path, std::string& problem, int& status) {
  std::string error;
  auto text = assess::read_file(path, sx::kMaxDocumentBytes, error);
  if (!text) {
    problem = "cannot read: " + error;
    status = kOther;
    return std::nullopt;
  }
  if (text->size() > sx::kMaxDocumentBytes) {
    const sx::Message too_large = sx::document_too_large();
    problem = too_large.zh + " / " + too_large.en;
    status = kInvalid;
    return std::nullopt;
  }
  return text;
}

// Reads and validates one document, telling stderr what is wrong; `status` is the exit status then.
std::optional<sx::Assessment> load(const std::string& path, int& status) {
  std::string problem;
  const auto text = read_document(path, problem, status);
  if (!text) {
    std::cerr << path << ": " << problem << "\n";
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

// One file's row; `status` rises to what the file deserves (unreadable 1 over invalid 2 over 0).
std::string csv_row_of(const std::string& path, int& status) {
  std::string problem;
  int file_status = kScored;
  const auto text = read_document(path, problem, file_status);
  if (!text) {
    if (file_status == kOther || status == kScored) status = file_status;
    return sx_review::score_csv_error_row(path, problem);
  }
  const auto parsed = sx::parse_assessment(*text);
  if (!parsed.assessment) {
    std::string joined;
    for (const auto& message : parsed.errors) {
      joined += (joined.empty() ? "" : "; ") + sx::format_message(message);
    }
    if (status == kScored) status = kInvalid;
    return sx_review::score_csv_error_row(path, joined);
  }
  return sx_review::score_csv_row(path, *parsed.assessment, sx::evaluate(*parsed.assessment));
}

int score_csv(const std::vector<std::string>& paths) {
  int status = kScored;
  std::cout << sx_review::score_csv_header();
  for (const auto& path : paths) {
    // One file that exhausts memory must not cost the bureau the rows of all the others.
    std::string row;
    try {
      row = csv_row_of(path, status);
    } catch (const std::bad_alloc&) {
      const sx::Message reason = sx_review::out_of_memory();
      row = sx_review::score_csv_error_row(path, reason.zh + " / " + reason.en);
      status = kOther;
    }
    std::cout << row << std::flush;
  }
  return status;
}

std::string today() {
  const std::time_t now = std::time(nullptr);
  char buffer[16];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%d", std::localtime(&now));
  return buffer;
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
  if (input.empty() || (docx.empty() && html.empty() && json.empty())) {
    std::cerr << kUsage;
    return kOther;
  }
  if (!sx::is_calendar_date(date)) {
    std::cerr << "--date " << date << ": 不是有效的日期（应为 YYYY-MM-DD，2000 年以后的真实日期） / "
              << "not a real date (YYYY-MM-DD, from 2000)\n";
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

// `--standard DIR`: a standard folder read now (next year's data, checked before anyone rebuilds),
// known beside the compiled-in ones for the files that name its id. False, with the problems
// named by file, when it is malformed.
bool load_standard_folder(const std::string& dir) {
  std::vector<std::pair<std::string, std::string>> files;
  std::error_code failed;
  for (const auto& entry : std::filesystem::directory_iterator(dir, failed)) {
    if (entry.path().extension() != ".json") continue;
    std::string error;
    auto text = assess::read_file(entry.path().string(), 16 * 1024 * 1024, error);
    if (!text) {
      std::cerr << entry.path().string() << ": cannot read: " << error << "\n";
      return false;
    }
    files.emplace_back(entry.path().filename().string(), std::move(*text));
  }
  if (failed) {
    std::cerr << dir << ": cannot read the standard folder: " << failed.message() << "\n";
    return false;
  }
  std::vector<std::string> errors;
  auto standard = sx::load_standard(std::filesystem::path(dir).filename().string(), files, errors);
  if (!standard) {
    for (const auto& e : errors) std::cerr << dir << ": " << e << "\n";
    return false;
  }
  std::string error;
  if (sx::add_standard(std::move(*standard), error) == nullptr) {
    std::cerr << dir << ": " << error << "\n";
    return false;
  }
  return true;
}

int run(std::vector<std::string> args) {
  if (args.empty() || args[0] == "--help" || args[0] == "-h") {
    std::cout << kUsage;
    return args.empty() ? kOther : kScored;
  }
  if (args[0] == "score" && args.size() >= 3 && args[1] == "--standard") {
    if (!load_standard_folder(args[2])) return kOther;
    args.erase(args.begin() + 1, args.begin() + 3);
  }
  if (args[0] == "score") {
    if (args.size() >= 3 && args[1] == "--csv") {
      return score_csv(std::vector<std::string>(args.begin() + 2, args.end()));
    }
    if (args.size() == 2 && args[1] != "--csv") return score_one(args[1]);
  }
  if (args[0] == "export") return export_draft(std::vector<std::string>(args.begin() + 1, args.end()));
  if (args[0] == "review") {
    const int status = assess::review_batch(std::vector<std::string>(args.begin() + 1, args.end()), today());
    if (status >= 0) return status;
  }
  std::cerr << kUsage;
  return kOther;
}

}  // namespace

int main(int argc, char** argv) {
  try {
    return run(std::vector<std::string>(argv + 1, argv + argc));
  } catch (const std::bad_alloc&) {
    std::cerr << "assess: 内存不足 / out of memory\n";
    return kOther;
  }
}
