#pragma once
// A review: the bureau's batch of submitted files, one row each, the measures' checks over the
// batch and the reviewer's decisions (审核台, issue 16). Plain C++ — no ImGui, no browser — so the
// desk's screens and `assess review` share it.
//
// Files come one at a time (the page reads them over many frames); the flags, which depend on the
// whole batch, are brought up to date when rows() is next read.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "review_row.hpp"
#include "revoked_list.hpp"
#include "submission.hpp"
#include "sx/standard.hpp"

namespace sx_review {

class Review {
 public:
  // `standard`: the one in force for this review (its categories are the verdict columns, its
  // review.json the checks); `year`: the review year (第十四条 counts from it).
  Review(const sx::Standard& standard, int year);

  const sx::Standard& standard() const { return *standard_; }
  int year() const { return year_; }
  void set_year(int year);
  // Replaces the revoked list (an empty one clears it).
  void set_revoked(RevokedList list);
  const RevokedList& revoked() const { return revoked_; }

  // Adds one file as read (read_submission); a file with the same bytes as an earlier one becomes
  // a SameAsEarlier row. Returns its row's index. Never throws on a bad file.
  std::size_t add(std::string file, std::string_view bytes);
  // Adds a submission made elsewhere (a Web Worker's read_submission, unread_submission).
  std::size_t add(Submission submission);

  std::size_t size() const { return submissions_.size(); }
  // The row of an earlier file with the same bytes as `submission`, if any.
  std::optional<std::size_t> find_same(const Submission& submission) const;
  const std::vector<Submission>& submissions() const { return submissions_; }
  // One row per file, in the order added; flags up to date.
  const std::vector<ReviewRow>& rows() const;
  const ReviewRow& row(std::size_t index) const { return rows()[index]; }

  void set_decision(std::size_t index, Decision decision);
  void set_comment(std::size_t index, std::string comment);

 private:
  const sx::Standard* standard_;
  int year_;
  RevokedList revoked_;
  std::vector<Submission> submissions_;
  mutable std::vector<ReviewRow> rows_;
  mutable bool flags_stale_ = false;
  // Files read so far by their bytes' hash, to find one handed in twice.
  std::unordered_multimap<std::uint64_t, std::size_t> by_fingerprint_;
  std::unordered_multimap<std::uint64_t, std::size_t> by_content_;  // readable submissions by assessment
};

}  // namespace sx_review
