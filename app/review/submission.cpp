#include "submission.hpp"

#include <new>

#include "sx/docx_assessment.hpp"
#include "sx/json_text.hpp"
#include "sx/zip_read.hpp"

namespace sx_review {

namespace {
// FNV-1a, 64 bits: enough to find candidates; same_bytes confirms on the content.
std::uint64_t fnv1a(std::string_view bytes) {
  std::uint64_t hash = 14695981039346656037ull;
  for (const char c : bytes) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 1099511628211ull;
  }
  return hash;
}

// A reason of the whole file reads "zh / en", as `assess score --csv` writes it; a problem at a
// path in the document reads as the core formats it.
std::string line_of(const sx::Message& reason) {
  if (!reason.path.empty()) return sx::format_message(reason);
  return reason.en.empty() ? reason.zh : reason.zh + " / " + reason.en;
}
}  // namespace

sx::Message out_of_memory() { return {"", "内存不足，未能处理此文件", "out of memory while reading this file"}; }

std::string Submission::reason_text() const {
  std::string text;
  for (const auto& reason : reasons) text += (text.empty() ? "" : "; ") + line_of(reason);
  return text;
}

std::string Submission::reason_zh() const {
  std::string text;
  for (const auto& reason : reasons) text += (text.empty() ? "" : "\n") + sx::format_message_zh(reason);
  return text;
}

Submission read_submission(std::string file, std::string_view bytes) {
  Submission submission;
  submission.file = std::move(file);
  // An exported draft (.docx, a zip) carries its assessment inside; anything else is JSON text.
  const bool package = sx::looks_like_zip(bytes);
  if (bytes.size() > (package ? sx::kMaxPackageBytes : sx::kMaxDocumentBytes)) {
    submission.problem = Problem::TooLarge;
    submission.reasons.push_back(package ? sx::package_too_large(bytes.size()) : sx::document_too_large());
    return submission;
  }
  submission.size = bytes.size();
  submission.fingerprint = fnv1a(bytes);
  try {
    std::string carried;
    if (package) {
      sx::DocxAssessment docx = sx::assessment_in_docx(bytes);
      if (!docx.json) {
        submission.problem = Problem::Invalid;
        submission.reasons = {std::move(docx.problem)};
        return submission;
      }
      carried = std::move(*docx.json);
    }
    auto parsed = sx::parse_assessment(package ? std::string_view(carried) : bytes);
    if (parsed.assessment) {
      submission.assessment = std::move(parsed.assessment);
      submission.package = package;
      submission.content = fnv1a(submission.assessment->json().dump());
    } else {
      submission.problem = Problem::Invalid;
      submission.reasons = std::move(parsed.errors);
    }
  } catch (const std::bad_alloc&) {
    submission.assessment.reset();
    submission.problem = Problem::OutOfMemory;
    submission.reasons = {out_of_memory()};
  }
  return submission;
}

Submission unread_submission(std::string file, Problem problem, sx::Message reason) {
  Submission submission;
  submission.file = std::move(file);
  submission.problem = problem;
  submission.reasons.push_back(std::move(reason));
  return submission;
}

bool same_bytes(const Submission& a, const Submission& b) {
  if (!a.fingerprint || a.size != b.size || a.fingerprint != b.fingerprint || a.problem != b.problem) return false;
  // A hash can collide; equal documents (or equal errors) cannot come from different bytes that
  // matter to the review.
  if (a.assessment && b.assessment) return *a.assessment == *b.assessment;
  if (a.reasons.size() != b.reasons.size()) return false;
  for (std::size_t i = 0; i < a.reasons.size(); ++i) {
    if (a.reasons[i].path != b.reasons[i].path || a.reasons[i].en != b.reasons[i].en) return false;
  }
  return true;
}

bool same_assessment(const Submission& a, const Submission& b) {
  // Only a draft and a .json: two .json files in other bytes stay two files, as two hand-ins
  // (第十三条's duplicate), whatever they hold.
  return a.package != b.package && a.content && a.content == b.content && a.assessment && b.assessment &&
         *a.assessment == *b.assessment;
}

namespace {
// `later` is counted once, as the earlier submission at `earlier_index`: its assessment dropped.
void mark_repeat(Submission& later, std::size_t earlier_index, sx::Message reason) {
  later.assessment.reset();
  later.problem = Problem::SameAsEarlier;
  later.same_as = earlier_index;
  later.reasons = {std::move(reason)};
}
}  // namespace

void mark_same_assessment(Submission& later, const Submission& earlier, std::size_t earlier_index) {
  // 第十三条 counts an enterprise's application once: a draft handed in beside the .json it was
  // exported from is that application, not a second one.
  mark_repeat(later, earlier_index,
              {"", "与 " + earlier.file + " 是同一份申报（Word 草稿与自评文件中的自评完全相同），只计一次",
               "the same assessment as " + earlier.file + " (an exported draft and its .json), counted once"});
  later.same_assessment_only = true;
}

void mark_same_as(Submission& later, const Submission& earlier, std::size_t earlier_index) {
  mark_repeat(later, earlier_index,
              {"", "与 " + earlier.file + " 内容完全相同（重复提交的文件），只计一次",
               "the same bytes as " + earlier.file + " (a file handed in twice), counted once"});
}

}  // namespace sx_review
