#pragma once
// The draft application (申报书草稿): one content model, filled from the self-assessment, that the
// .docx and the print page both render, so the two can never disagree. Text here is raw; each
// renderer escapes it for its own format.
#include <cstddef>
#include <string>
#include <vector>

#include "sx/evaluation.hpp"

namespace sx {

enum class BlockKind {
  Title,       // the cover's title
  Heading,     // 一、企业基本情况 …
  Subheading,  // one mode under 五、
  Paragraph,
  Note,        // smaller, muted
  Table,       // rows[0] is the header row when `header` is set
  Checklist,   // one ☐ line per row, its first cell
  Signature,   // lines with space to sign, stamp and date, one per row
  Box,         // an empty bordered box titled `text`, rows signed at its foot (第十条's review)
  PageBreak
};

struct Block {
  BlockKind kind = BlockKind::Paragraph;
  std::string text;
  std::vector<std::vector<std::string>> rows;
  std::vector<int> widths;                // Table: relative column widths
  bool header = true;                     // Table: rows[0] is a header row
  std::vector<std::size_t> strong_rows;   // Table: subtotal and total rows, set in bold
};

struct DraftApplication {
  std::string title;
  std::string enterprise;
  std::string date;  // YYYY-MM-DD
  std::vector<Block> blocks;
  // The assessment the draft was made from, as JSON text: the .docx carries it inside for the
  // review desk (sx/docx_assessment.hpp); empty, none is carried.
  std::string assessment;
  // A form a page wide (the review desk's 审核情况表): A4 landscape, its title atop the first page
  // rather than on a cover. The print page ignores it.
  bool form = false;
};

// `date` is YYYY-MM-DD (the caller's today, or a fixed date for reproducible output). The
// assessment and the evaluation come from the same standard; never throws.
DraftApplication build_draft(const Standard& standard, const Assessment& assessment,
                             const Evaluation& evaluation, const std::string& date);

// A standalone HTML5 page with A4 print CSS; every user string escaped. Never throws.
std::string render_html(const DraftApplication& draft);
// An Office Open XML document (.docx), zipped with minizip; empty on an internal zip error.
std::vector<unsigned char> render_docx(const DraftApplication& draft);

}  // namespace sx
