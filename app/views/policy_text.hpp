#pragma once
// The published text as one list of passages in reading order — the measures (with the notice
// that issued them), the annex of the five modes, and both tables — so 政策原文 draws, searches
// and scrolls to them the same way.
#include <string>
#include <vector>

#include "sx/standard.hpp"

namespace sx_app {

struct Passage {
  enum class Kind { Title, Heading, Text, Note };
  Kind kind = Kind::Text;
  std::string anchor;  // what links name: "第七条", "第七条（二）", "表1 3.1", "附件"
  std::string lead;    // drawn before the text with a hanging indent: "第七条", "3.1", "1."
  std::string text;
};

// Built once per standard.
const std::vector<Passage>& policy_passages(const sx::Standard& standard);
// Where `query` occurs in `text` (ASCII letters case-insensitively); npos if nowhere.
std::size_t find_in(const std::string& text, const std::string& query);
// A short excerpt of `text` around byte `at`, cut at character boundaries.
std::string excerpt(const std::string& text, std::size_t at, std::size_t length);

}  // namespace sx_app
