#pragma once
// The draft application (申报书草稿): one content model, filled from the self-assessment, that the
// .docx and the print page both render, so the two can never disagree. Text here is raw; each
// renderer escapes it for its own format.
#include <string>
#include <vector>

#include "sx/evaluation.hpp"

namespace sx {

enum class BlockKind {
  Title,      // the cover's title
  Heading,    // 一、企业基本情况 …
  Paragraph,
  Note,       // smaller, muted
  Table,      // rows[0] is the header row when `header` is set
  Checklist,  // one ☐ line per rows[i][0]
  Signature,  // lines with space to sign, stamp and date
  Box,        // an empty bordered box titled `text` (the district bureau's review)
  PageBreak
};

struct Block {
  BlockKind kind = BlockKind::Paragraph;
  std::string text;
  std::vector<std::vector<std::string>> rows;
  std::vector<int> widths;  // Table: relative column widths
  bool header = true;
};

struct DraftApplication {
  std::string title;
  std::string enterprise;
  std::string date;  // YYYY-MM-DD
  std::vector<Block> blocks;
};

// `date` is YYYY-MM-DD (the caller's today, or a fixed date for reproducible output).
DraftApplication build_draft(const Standard& standard, const Assessment& assessment,
                             const Evaluation& evaluation, const std::string& date);

// A standalone HTML5 page with A4 print CSS; every user string escaped.
std::string render_html(const DraftApplication& draft);
// An Office Open XML document (.docx), zipped with minizip; empty on an internal zip error.
std::vector<unsigned char> render_docx(const DraftApplication& draft);

}  // namespace sx
