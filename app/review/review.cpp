#include "review.hpp"

#include <new>
#include <optional>

#include "flags.hpp"

namespace sx_review {

namespace {
// The submission filed under `key` that `same` (given its index) takes for the one in hand.
template <class Same>
std::optional<std::size_t> find_filed(const std::unordered_multimap<std::uint64_t, std::size_t>& filed,
                                      std::uint64_t key, Same same) {
  const auto [first, last] = filed.equal_range(key);
  for (auto it = first; it != last; ++it) {
    if (same(it->second)) return it->second;
  }
  return std::nullopt;
}
}  // namespace

Review::Review(const sx::Standard& standard, int year) : standard_(&standard), year_(year) {}

void Review::set_year(int year) {
  year_ = year;
  flags_stale_ = true;
}

void Review::set_revoked(RevokedList list) {
  revoked_ = std::move(list);
  flags_stale_ = true;
}

std::size_t Review::add(std::string file, std::string_view bytes) {
  return add(read_submission(std::move(file), bytes));
}

std::size_t Review::add(Submission submission) {
  const std::size_t index = submissions_.size();
  if (submission.fingerprint) {
    if (const auto earlier = find_same(submission)) {
      mark_same_as(submission, submissions_[*earlier], *earlier);
    } else {
      by_fingerprint_.emplace(*submission.fingerprint, index);
    }
  }
  if (!submission.same_as && submission.content) {
    const auto earlier = find_filed(by_content_, *submission.content,
                                    [&](std::size_t i) { return same_assessment(submission, submissions_[i]); });
    if (earlier) {
      mark_same_assessment(submission, submissions_[*earlier], *earlier);
    } else {
      by_content_.emplace(*submission.content, index);
    }
  }
  ReviewRow row;
  try {
    row = row_of(submission, *standard_);
  } catch (const std::bad_alloc&) {
    // Evaluating one document ran out of memory: its row says so, the batch goes on.
    submission.assessment.reset();
    submission.problem = Problem::OutOfMemory;
    submission.reasons = {out_of_memory()};
    row = row_of(submission, *standard_);
  }
  submissions_.push_back(std::move(submission));
  rows_.push_back(std::move(row));
  flags_stale_ = true;
  return index;
}

std::optional<std::size_t> Review::find_same(const Submission& submission) const {
  if (!submission.fingerprint) return std::nullopt;
  return find_filed(by_fingerprint_, *submission.fingerprint,
                    [&](std::size_t i) { return same_bytes(submission, submissions_[i]); });
}

const std::vector<ReviewRow>& Review::rows() const {
  if (flags_stale_) {
    flag_rows(rows_, {standard_, revoked_.empty() ? nullptr : &revoked_, year_});
    flags_stale_ = false;
  }
  return rows_;
}

void Review::set_decision(std::size_t index, Decision decision) { rows_.at(index).decision = decision; }

void Review::set_comment(std::size_t index, std::string comment) { rows_.at(index).comment = std::move(comment); }

}  // namespace sx_review
