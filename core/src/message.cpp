#include "sx/message.hpp"

#include <cstdio>

namespace sx {

std::string format_message(const Message& message) {
  std::string line = message.path.empty() ? std::string("(document)") : message.path;
  line += ": ";
  line += message.zh;
  if (!message.en.empty()) {
    line += " / ";
    line += message.en;
  }
  return line;
}

std::string position_path(std::size_t line, std::size_t column) {
  return "line " + std::to_string(line) + ", column " + std::to_string(column);
}

std::string format_message_zh(const Message& message) {
  if (message.path.empty() || message.path == kMoreProblemsPath) return message.zh;
  unsigned long line = 0, column = 0;
  char end = 0;
  if (std::sscanf(message.path.c_str(), "line %lu, column %lu%c", &line, &column, &end) == 2 &&
      position_path(line, column) == message.path) {
    return "第 " + std::to_string(line) + " 行第 " + std::to_string(column) + " 列：" + message.zh;
  }
  return message.path + "：" + message.zh;
}

void ProblemList::add(Message message) {
  if (kept_.size() < kMaxReportedProblems) kept_.push_back(std::move(message));
  else ++left_out_;
}

Messages ProblemList::take() {
  Messages out = std::move(kept_);
  if (left_out_ > 0) {
    const std::string n = std::to_string(left_out_);
    out.push_back({kMoreProblemsPath, "另有 " + n + " 处问题",
                   "and " + n + (left_out_ == 1 ? " more problem" : " more problems")});
  }
  kept_.clear();
  left_out_ = 0;
  return out;
}

namespace {
bool is_identifier(const std::string& key) {
  if (key.empty()) return false;
  for (std::size_t i = 0; i < key.size(); ++i) {
    const char c = key[i];
    const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    const bool digit = c >= '0' && c <= '9';
    if (!(letter || (digit && i > 0))) return false;
  }
  return true;
}
}  // namespace

std::string path_member(const std::string& parent, const std::string& key) {
  if (is_identifier(key)) return parent.empty() ? key : parent + "." + key;
  std::string quoted = "[\"";
  for (const char c : key) {
    if (c == '"' || c == '\\') quoted += '\\';
    quoted += c;
  }
  quoted += "\"]";
  return parent + quoted;
}

std::string path_index(const std::string& parent, std::size_t index) {
  return parent + "[" + std::to_string(index) + "]";
}

}  // namespace sx
