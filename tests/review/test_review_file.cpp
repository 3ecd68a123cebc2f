// A review saved and opened again (审核台): the files' documents, the reasons of those that gave
// none, the decisions and comments and the revoked codes come back as they were; opening the same
// review twice adds nothing twice; anything else is refused with a reason and adds nothing.
#include <gtest/gtest.h>

#include "review_file.hpp"
#include "review_support.hpp"
#include "sx/json_text.hpp"

namespace {

using sx_review_test::read_text;

std::string fixture_text(const std::string& name) { return read_text(std::string(SX_FIXTURES) + "/" + name); }

sx_review::Review a_review() {
  sx_review::Review review(sx_test::standard(), 2026);
  review.add("discrete-full.json", fixture_text("discrete-full.json"));
  review.add("process-full.json", fixture_text("process-full.json"));
  review.add("broken.json", "{\"format\":");
  review.add(sx_review::unread_submission("huge.json", sx_review::Problem::TooLarge, sx::document_too_large(5u << 20)));
  auto list = sx_review::read_revoked_list("91330604MA2D4C8Q0R,2025\n");
  review.set_revoked(std::move(*list.list));
  review.set_decision(0, sx_review::Decision::Recommend);
  review.set_comment(0, "材料齐全，建议推荐。");
  review.set_decision(1, sx_review::Decision::NotRecommend);
  return review;
}

}  // namespace

TEST(ReviewFile, AReviewComesBackAsItWas) {
  const sx_review::Review saved = a_review();
  const std::string text = sx_review::review_file(saved);
  sx_review::Review opened(sx_test::standard(), 2026);
  std::vector<std::string> errors;
  ASSERT_TRUE(sx_review::read_review_file(text, opened, errors)) << (errors.empty() ? "" : errors[0]);
  ASSERT_EQ(opened.size(), saved.size());
  for (std::size_t i = 0; i < saved.size(); ++i) {
    SCOPED_TRACE(saved.row(i).file);
    const auto& a = saved.row(i);
    const auto& b = opened.row(i);
    EXPECT_EQ(b.file, a.file);
    EXPECT_EQ(b.readable, a.readable);
    EXPECT_EQ(b.enterprise, a.enterprise);
    EXPECT_EQ(b.total, a.total);
    EXPECT_EQ(b.decision, a.decision);
    EXPECT_EQ(b.comment, a.comment);
    EXPECT_EQ(b.error_zh, a.error_zh);
    ASSERT_EQ(b.flags.size(), a.flags.size());
    for (std::size_t f = 0; f < a.flags.size(); ++f) EXPECT_EQ(b.flags[f].code, a.flags[f].code);
  }
  EXPECT_TRUE(opened.row(1).has_flag("revoked")) << "the revoked codes came back";
  EXPECT_EQ(sx_review::review_file(opened), text) << "saved again, the same text";
}

TEST(ReviewFile, OpeningItTwiceAddsNothingTwice) {
  const std::string text = sx_review::review_file(a_review());
  sx_review::Review opened(sx_test::standard(), 2026);
  std::vector<std::string> errors;
  ASSERT_TRUE(sx_review::read_review_file(text, opened, errors));
  const std::size_t once = opened.size();
  ASSERT_TRUE(sx_review::read_review_file(text, opened, errors));
  std::size_t readable = 0;
  for (const auto& row : opened.rows()) readable += row.readable ? 1 : 0;
  EXPECT_EQ(readable, 2u) << "the two documents once each";
  EXPECT_LE(opened.size(), once + 2) << "only the unreadable files' rows may repeat";
}

TEST(ReviewFile, AnythingElseIsRefusedAndAddsNothing) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"not JSON", "{"},
      {"an assessment", fixture_text("discrete-full.json")},
      {"another version", R"({"format":"sx-retrofit-review","version":2,"files":[]})"},
      {"no files", R"({"format":"sx-retrofit-review","version":1})"},
  };
  for (const auto& [name, text] : cases) {
    SCOPED_TRACE(name);
    sx_review::Review review(sx_test::standard(), 2026);
    std::vector<std::string> errors;
    EXPECT_FALSE(sx_review::read_review_file(text, review, errors));
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_EQ(review.size(), 0u);
  }
}
