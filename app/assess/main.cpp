// assess — the command-line front end on the core (spec "The command-line tool").
//   assess score FILE          one JSON evaluation on stdout
//   assess score --csv FILE…   one CSV row per file
// Exit: 0 scored; 2 not a valid assessment document; 1 anything else (unreadable file, usage).
#include <iostream>
#include <string>
#include <vector>

#include "csv_report.hpp"
#include "read_file.hpp"
#include "sx/assessment.hpp"
#include "sx/evaluation.hpp"

namespace {

constexpr int kScored = 0;
constexpr int kOther = 1;
constexpr int kInvalid = 2;

const char* kUsage =
    "usage: assess score FILE         evaluate one assessment document (FILE may be -)\n"
    "       assess score --csv FILE…  one CSV row per document\n";

int score_one(const std::string& path) {
  std::string error;
  const auto text = assess::read_file(path, error);
  if (!text) {
    std::cerr << path << ": cannot read: " << error << "\n";
    return kOther;
  }
  const auto parsed = sx::parse_assessment(*text);
  if (!parsed.assessment) {
    for (const auto& message : parsed.errors) std::cerr << sx::format_message(message) << "\n";
    return kInvalid;
  }
  std::cout << sx::to_json(sx::evaluate(*parsed.assessment)).dump(2) << "\n";
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
  std::cerr << kUsage;
  return kOther;
}
