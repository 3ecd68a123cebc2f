#pragma once
// Shared by the draft builder's files: block constructors and the parts kept in their own file.
#include <string>
#include <vector>

#include "sx/assessment.hpp"
#include "sx/draft.hpp"

namespace sx::draft_parts {

using Blocks = std::vector<Block>;
using Rows = std::vector<std::vector<std::string>>;

inline Block block(BlockKind kind, std::string text = {}) {
  Block b;
  b.kind = kind;
  b.text = std::move(text);
  return b;
}

inline Block table(Rows rows, std::vector<int> widths, bool header = true) {
  Block b;
  b.kind = BlockKind::Table;
  b.rows = std::move(rows);
  b.widths = std::move(widths);
  b.header = header;
  return b;
}

inline std::string or_blank(const std::string& text) { return text.empty() ? "（未填）" : text; }

// 六、改造成效: before/after figures, counts, and the rates derived from them (draft_results.cpp).
void add_results(Blocks& blocks, const Standard& standard, const Assessment& assessment);

}  // namespace sx::draft_parts
