#pragma once
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

// "path: zh / en" — the one-line form the command-line tool and the UI print.
std::string format_message(const Message& message);

// JSON path building: member("facts", "results") is `facts.results`, index(..., 1) is `…[1]`,
// member("answers", "2.1") is `answers["2.1"]`.
std::string path_member(const std::string& parent, const std::string& key);
std::string path_index(const std::string& parent, std::size_t index);

}  // namespace sx
