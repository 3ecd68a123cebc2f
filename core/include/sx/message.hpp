#pragma once
#include <cstddef>
#include <string>
#include <vector>

namespace sx {

// A problem found in a document, named by its JSON path (e.g. `answers["2.1"][1]`) and told
// in Chinese first, English second.
struct Message {
  std::string path;
  std::string zh;
  std::string en;
};

using Messages = std::vector<Message>;

// A document reports at most this many problems, then one "另有 N 处问题" line: a file repeating
// one mistake a hundred thousand times must not cost a hundred thousand messages (issue 9).
inline constexpr std::size_t kMaxReportedProblems = 20;
// The path of that last line, so that a reader of the list can tell it from a problem.
inline constexpr const char* kMoreProblemsPath = "…";

// Collects a document's problems: the first kMaxReportedProblems are kept, the rest only counted.
class ProblemList {
 public:
  void add(Message message);
  bool empty() const { return kept_.empty(); }
  // The kept problems, then "…: 另有 N 处问题 / and N more problems" if any were left out.
  Messages take();

 private:
  Messages kept_;
  std::size_t left_out_ = 0;
};

// "path: zh / en" — the one-line form the command-line tool prints.
std::string format_message(const Message& message);
// "path：zh" — the Chinese-only form the app shows; a position in the text reads
// "第 L 行第 C 列", and the "另有 N 处问题" line and a problem of the whole document have no path.
std::string format_message_zh(const Message& message);

// The path of a position in a document's text: "line L, column C" (columns count bytes).
std::string position_path(std::size_t line, std::size_t column);

// JSON path building: member("facts", "results") is `facts.results`, index(..., 1) is `…[1]`,
// member("answers", "2.1") is `answers["2.1"]`.
std::string path_member(const std::string& parent, const std::string& key);
std::string path_index(const std::string& parent, std::size_t index);

}  // namespace sx
