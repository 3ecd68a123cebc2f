// Bounded work on one hostile document (issue 9): a size limit checked before parsing, and at most
// kMaxReportedProblems problems reported, then one "另有 N 处问题 / and N more problems" line.
#include <gtest/gtest.h>

#include <chrono>

#include "test_support.hpp"

namespace {

const std::string kHead =
    R"({"format":"sx-retrofit-assessment","version":1,"standard":"shaoxing-2019","type":"discrete")";

// A valid document padded with spaces to exactly `size` bytes.
std::string valid_document_of_size(std::size_t size) {
  std::string text = kHead + "}";
  text.insert(text.size() - 1, std::string(size - text.size(), ' '));
  return text;
}

// A document whose facts.results repeats "cost": one duplicate-option problem per repeat.
std::string repeated_option(std::size_t repeats) {
  std::string text = kHead + R"(,"facts":{"results":["cost")";
  for (std::size_t i = 0; i < repeats; ++i) text += R"(,"cost")";
  return text + "]}}";
}

}  // namespace

TEST(Limits, ADocumentOfOneMebibyteIsReadAndOneByteMoreIsNot) {
  EXPECT_EQ(sx::kMaxDocumentBytes, 1024u * 1024u);
  const std::string at_limit = valid_document_of_size(sx::kMaxDocumentBytes);
  ASSERT_EQ(at_limit.size(), sx::kMaxDocumentBytes);
  const auto read = sx::parse_assessment(at_limit);
  EXPECT_TRUE(read.assessment.has_value()) << (read.errors.empty() ? "" : sx::format_message(read.errors[0]));

  const auto refused = sx::parse_assessment(valid_document_of_size(sx::kMaxDocumentBytes + 1));
  EXPECT_FALSE(refused.assessment.has_value());
  ASSERT_EQ(refused.errors.size(), 1u);
  EXPECT_EQ(refused.errors[0].path, "");
  EXPECT_EQ(refused.errors[0].en, "the file is larger than the 1 MiB limit (documents are a few KB)");
  EXPECT_EQ(refused.errors[0].zh, "文件超过 1 MiB 的大小上限（申报文件通常只有几 KB）");
}

TEST(Limits, TheSizeIsCheckedBeforeAnythingElse) {
  // Too deep, not JSON, a NUL byte: past the limit the size is all that is said, at once.
  for (const std::string& text : {std::string(sx::kMaxDocumentBytes + 1, '['),
                                  std::string(sx::kMaxDocumentBytes + 1, 'x'),
                                  std::string(sx::kMaxDocumentBytes + 1, '\0'),
                                  std::string(10 * 1024 * 1024, ' ')}) {
    const auto start = std::chrono::steady_clock::now();
    const auto errors = sx::parse_assessment(text).errors;
    EXPECT_LT(std::chrono::steady_clock::now() - start, sx_test::kSlowdown * std::chrono::milliseconds(200));
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_EQ(errors[0].en, sx::document_too_large().en);
  }
}

TEST(Limits, ProblemsAreCappedAtTwentyAndTheRestCounted) {
  struct Row {
    std::size_t problems;  // in the document
    std::size_t reported;  // lines, the "more" line included
    const char* more_en;   // the last line's English, or nullptr when nothing is left out
    const char* more_zh;
  };
  const Row rows[] = {
      {1, 1, nullptr, nullptr},
      {19, 19, nullptr, nullptr},
      {20, 20, nullptr, nullptr},
      {21, 21, "and 1 more problem", "另有 1 处问题"},
      {22, 21, "and 2 more problems", "另有 2 处问题"},
      {100000, 21, "and 99980 more problems", "另有 99980 处问题"},
  };
  for (const auto& row : rows) {
    SCOPED_TRACE(row.problems);
    const std::string text = repeated_option(row.problems);
    ASSERT_LE(text.size(), sx::kMaxDocumentBytes);
    const auto start = std::chrono::steady_clock::now();
    const auto errors = sx::parse_assessment(text).errors;
    EXPECT_LT(std::chrono::steady_clock::now() - start, sx_test::kSlowdown * std::chrono::seconds(2));
    ASSERT_EQ(errors.size(), row.reported);
    EXPECT_EQ(errors[0].path, "facts.results[1]");
    EXPECT_EQ(errors[0].en, "duplicate option \"cost\"");
    const std::size_t named = row.more_en != nullptr ? row.reported - 1 : row.reported;
    EXPECT_EQ(errors[named - 1].path, "facts.results[" + std::to_string(named) + "]");
    if (row.more_en != nullptr) {
      EXPECT_EQ(errors.back().path, sx::kMoreProblemsPath);
      EXPECT_EQ(errors.back().en, row.more_en);
      EXPECT_EQ(errors.back().zh, row.more_zh);
      EXPECT_EQ(sx::format_message(errors.back()), std::string("…: ") + row.more_zh + " / " + row.more_en);
    }
    // Validation alone reports the same.
    const auto again = sx::validate_assessment(sx::Json::parse(text));
    ASSERT_EQ(again.size(), errors.size());
    EXPECT_EQ(again.back().en, errors.back().en);
  }
}

TEST(Limits, DuplicateKeysAreCappedToo) {
  std::string text = kHead + R"(,"project":{"x":1)";
  for (int i = 0; i < 1000; ++i) text += R"(,"x":1)";
  const auto errors = sx::parse_assessment(text + "}}").errors;
  ASSERT_EQ(errors.size(), 21u);
  EXPECT_EQ(errors[0].path, "project.x");
  EXPECT_EQ(errors.back().en, "and 980 more problems");
}
