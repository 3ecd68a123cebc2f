#pragma once
// One submitted file as the review desk (审核台, issue 16) reads it: its name, and either the
// assessment it holds or why it holds none. A bad file is a reason, never an exception: one
// file must not cost the bureau the rest of the batch.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "sx/assessment.hpp"
#include "sx/message.hpp"

namespace sx_review {

// Why a file gives no assessment.
enum class Problem {
  None,
  Unreadable,     // the caller could not read it (no such file, a directory, an I/O error)
  TooLarge,       // over sx::kMaxDocumentBytes (a .docx: sx::kMaxPackageBytes), refused before parsing
  Invalid,        // not a valid assessment document (the core's errors)
  OutOfMemory,    // reading it exhausted memory
  SameAsEarlier,  // an earlier file of the batch again (the same bytes, or the same assessment): counted once
};

struct Submission {
  std::string file;
  std::optional<sx::Assessment> assessment;  // set exactly when problem is None
  Problem problem = Problem::None;
  sx::Messages reasons;                     // the problem, Chinese and English
  std::optional<std::size_t> same_as;       // SameAsEarlier: the earlier submission's index
  bool same_assessment_only = false;        // SameAsEarlier in other bytes (mark_same_assessment)
  // The bytes' size and FNV-1a hash, to find a file handed in twice; none when not read.
  std::size_t size = 0;
  std::optional<std::uint64_t> fingerprint;
  // The assessment's hash, to find one submission handed in as two files (the .json and the
  // .docx exported from it); none when unreadable.
  std::optional<std::uint64_t> content;
  bool package = false;  // read from an exported draft (.docx)

  bool readable() const { return problem == Problem::None; }
  // "path: zh / en; …" — the error column of `assess score --csv`.
  std::string reason_text() const;
  // The same in Chinese alone, one reason a line, for the desk.
  std::string reason_zh() const;
};

// "内存不足，未能处理此文件 / out of memory while reading this file": the reason of a file whose
// reading exhausted memory (the batch goes on).
sx::Message out_of_memory();

// Reads one file's bytes as the core reads a document: over the size limit is refused unparsed,
// anything else goes through sx::parse_assessment (older versions upgraded). An exported draft
// (.docx) is read for the assessment it carries (sx::assessment_in_docx), or gets the reason it
// has none, naming the file to ask for. Never throws.
Submission read_submission(std::string file, std::string_view bytes);
// A file with no bytes to read: an I/O error (Unreadable), or a file the page refused unread
// because of its size (TooLarge, with sx::document_too_large(size)).
Submission unread_submission(std::string file, Problem problem, sx::Message reason);
// `later` holds the same bytes as `earlier` (index `earlier_index`): it becomes a SameAsEarlier
// reason naming the earlier file, its assessment dropped.
void mark_same_as(Submission& later, const Submission& earlier, std::size_t earlier_index);
// `later` holds the same assessment as `earlier` in other bytes (an exported draft and its .json):
// a SameAsEarlier reason naming the earlier file.
void mark_same_assessment(Submission& later, const Submission& earlier, std::size_t earlier_index);
// One is an exported draft, the other a .json, and they carry the same assessment.
bool same_assessment(const Submission& a, const Submission& b);
// The two hold the same bytes, as far as their size, hash and content tell.
bool same_bytes(const Submission& a, const Submission& b);

}  // namespace sx_review
