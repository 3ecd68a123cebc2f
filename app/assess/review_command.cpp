#include "review_command.hpp"

#include <algorithm>
#include <iostream>
#include <new>
#include <optional>

#include "csv_report.hpp"
#include "file_io.hpp"
#include "review.hpp"
#include "review_sheet.hpp"
#include "revoked_xlsx.hpp"
#include "summary_xlsx.hpp"
#include "sx/date.hpp"
#include "sx/docx_assessment.hpp"
#include "sx/json_text.hpp"

namespace assess {

namespace {
constexpr int kReviewed = 0;
constexpr int kOther = 1;
constexpr int kInvalid = 2;
// A revoked list is a column of codes: 16 MiB is hundreds of thousands of lines.
constexpr std::size_t kMaxListBytes = 16 * 1024 * 1024;

struct Options {
  std::vector<std::string> files;
  std::string revoked, xlsx, csv, docx, year;
};

std::optional<Options> options_of(const std::vector<std::string>& args) {
  Options options;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const bool has_value = i + 1 < args.size();
    if (args[i] == "--revoked" && has_value) options.revoked = args[++i];
    else if (args[i] == "--xlsx" && has_value) options.xlsx = args[++i];
    else if (args[i] == "--csv" && has_value) options.csv = args[++i];
    else if (args[i] == "--docx" && has_value) options.docx = args[++i];
    else if (args[i] == "--year" && has_value) options.year = args[++i];
    else if (args[i].rfind("--", 0) == 0) return std::nullopt;
    else options.files.push_back(args[i]);
  }
  if (options.files.empty() || (options.xlsx.empty() && options.csv.empty() && options.docx.empty())) return std::nullopt;
  return options;
}

// The revoked list, or nullopt with its problems on stderr.
std::optional<sx_review::RevokedList> revoked_list(const std::string& path) {
  std::string error;
  const auto text = read_file(path, kMaxListBytes, error);
  if (!text) {
    std::cerr << path << ": cannot read: " << error << "\n";
    return std::nullopt;
  }
  if (text->size() > kMaxListBytes) {
    std::cerr << path << ": 撤销名单超过 16 MiB / the revoked list is larger than 16 MiB\n";
    return std::nullopt;
  }
  auto read = sx_review::read_revoked_file(*text);
  for (const auto& problem : read.problems) std::cerr << path << ": " << problem.text() << "\n";
  return std::move(read.list);
}

// One file into the review; `status` rises to what the file deserves (as `assess score --csv`).
void add_file(sx_review::Review& review, const std::string& path, int& status) {
  std::string error;
  std::optional<std::string> text;
  try {
    // An exported draft (.docx) may be larger than a document; read_submission bounds each kind.
    text = read_file(path, std::max(sx::kMaxDocumentBytes, sx::kMaxPackageBytes), error);
  } catch (const std::bad_alloc&) {
    error = "out of memory";
  }
  std::size_t index = 0;
  if (!text) {
    index = review.add(sx_review::unread_submission(
        path, sx_review::Problem::Unreadable, {"", "无法读取此文件：" + error, "cannot read: " + error}));
  } else {
    index = review.add(path, *text);
  }
  switch (review.submissions()[index].problem) {
    case sx_review::Problem::Unreadable:
    case sx_review::Problem::OutOfMemory: status = kOther; break;
    case sx_review::Problem::TooLarge:
    case sx_review::Problem::Invalid:
      if (status == kReviewed) status = kInvalid;
      break;
    // A file handed in twice is read well; its row says so, as flags say what the checks find.
    case sx_review::Problem::SameAsEarlier:
    case sx_review::Problem::None: break;
  }
}

bool write(const std::string& path, const void* data, std::size_t size) {
  if (path == "-") {
    std::cout.write(static_cast<const char*>(data), static_cast<std::streamsize>(size));
    return static_cast<bool>(std::cout.flush());
  }
  std::string error;
  if (write_file(path, data, size, error)) return true;
  std::cerr << path << ": cannot write: " << error << "\n";
  return false;
}
}  // namespace

int review_batch(const std::vector<std::string>& args, const std::string& today) {
  const auto options = options_of(args);
  if (!options) return -1;
  const std::string year_text = options->year.empty() ? today.substr(0, 4) : options->year;
  if (!sx::is_calendar_date(year_text + "-01-01")) {
    std::cerr << "--year " << year_text << ": 不是有效的年份（应为 YYYY，2000 年以后） / not a year (YYYY, from 2000)\n";
    return kOther;
  }
  sx_review::Review review(sx::current_standard(), std::stoi(year_text));
  if (!options->revoked.empty()) {
    auto list = revoked_list(options->revoked);
    if (!list) return kOther;
    review.set_revoked(std::move(*list));
  }
  int status = kReviewed;
  for (const auto& path : options->files) add_file(review, path, status);
  bool written = true;
  if (!options->csv.empty()) {
    const std::string csv = sx_review::review_csv(review);
    written = write(options->csv, csv.data(), csv.size()) && written;
  }
  if (!options->xlsx.empty()) {
    const auto xlsx = sx_review::summary_xlsx(review, std::stoi(today.substr(0, 4)), std::stoi(today.substr(5, 2)),
                                              std::stoi(today.substr(8, 2)));
    if (xlsx.empty()) {
      std::cerr << options->xlsx << ": the summary could not be written\n";
      written = false;
    } else {
      written = write(options->xlsx, xlsx.data(), xlsx.size()) && written;
    }
  }
  if (!options->docx.empty()) {
    // The 审核情况表 for the bureau's opinion (第十条).
    const auto sheet = sx::render_docx(sx_review::review_sheet(review, today));
    if (sheet.empty()) {
      std::cerr << options->docx << ": the review sheet could not be written\n";
      written = false;
    } else {
      written = write(options->docx, sheet.data(), sheet.size()) && written;
    }
  }
  return written ? status : kOther;
}

}  // namespace assess
