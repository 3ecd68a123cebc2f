// A batch of submitted files (issue 16): every file gets a row — a broken, oversized or repeated
// file its reason, in Chinese and English — and the rest are read as if alone.
#include <gtest/gtest.h>

#include "review_support.hpp"
#include "sx/json_text.hpp"

namespace {

using sx_review_test::factory_document;
using sx_review_test::fixture;
using sx_review_test::read_text;
using sx_review_test::workshop_document;

std::string fixture_text(const std::string& name) { return read_text(std::string(SX_FIXTURES) + "/" + name); }

}  // namespace

TEST(ReviewBatch, ARowHoldsTheDocumentsColumns) {
  sx_review::Review review(sx_test::standard(), 2020);
  review.add("discrete-full.json", fixture_text("discrete-full.json"));
  review.add("process-full.json", fixture_text("process-full.json"));
  review.add("discrete-partial.json", fixture_text("discrete-partial.json"));
  const auto& rows = review.rows();
  ASSERT_EQ(rows.size(), 3u);
  const auto& a = rows[0];
  EXPECT_TRUE(a.readable);
  EXPECT_EQ(a.error, "");
  EXPECT_EQ(a.file, "discrete-full.json");
  EXPECT_EQ(a.enterprise, "绍兴市柯桥区示例纺织有限公司");
  EXPECT_EQ(a.credit_code, "91330603MA2BK7L37A");
  EXPECT_EQ(a.district, "keqiao");
  EXPECT_EQ(a.type, "discrete");
  EXPECT_EQ(a.category, "workshop");
  EXPECT_EQ(a.total, 88);
  EXPECT_TRUE(a.complete);
  EXPECT_EQ(a.recommended, "workshop");
  // One verdict per category, in the standard's order, as the evaluation has them.
  const sx::Evaluation evaluation = sx_test::evaluate(fixture("discrete-full.json"));
  ASSERT_EQ(a.verdicts.size(), sx_test::standard().categories.size());
  for (std::size_t i = 0; i < a.verdicts.size(); ++i) {
    EXPECT_EQ(a.verdicts[i].category, sx_test::standard().categories[i].id);
    EXPECT_EQ(a.verdicts[i].eligible, evaluation.categories[i].eligible) << a.verdicts[i].category;
  }
  EXPECT_EQ(a.verdict("factory"), sx::Tri::Unknown);
  EXPECT_EQ(a.verdict("nonsense"), std::nullopt);
  EXPECT_EQ(rows[1].type, "process");
  EXPECT_EQ(rows[1].total, 84);
  EXPECT_EQ(rows[1].recommended, "factory");
  EXPECT_EQ(rows[2].total, 32);
  EXPECT_FALSE(rows[2].complete);
  EXPECT_EQ(rows[2].recommended, "");
  EXPECT_EQ(rows[2].district, "zhuji");
  for (const auto& row : rows) {
    EXPECT_EQ(row.decision, sx_review::Decision::None);
    EXPECT_EQ(row.comment, "");
  }
}

TEST(ReviewBatch, BrokenAndOversizedFilesGetTheirReasonAndTheRestIsRead) {
  sx_review::Review review(sx_test::standard(), 2020);
  review.add("a.json", fixture_text("discrete-full.json"));
  review.add("malformed.json", fixture_text("bad/malformed.json"));
  review.add("unknown-option.json", fixture_text("bad/unknown-option.json"));
  std::string large = fixture_text("process-full.json");
  large.insert(large.size() - 2, std::string(sx::kMaxDocumentBytes, ' '));
  review.add("large.json", large);
  review.add("b.json", fixture_text("process-full.json"));
  review.add(sx_review::unread_submission("gone.json", sx_review::Problem::Unreadable,
                                          {"", "无法读取此文件：No such file or directory", "cannot read: No such file or directory"}));
  review.add(sx_review::unread_submission("huge.json", sx_review::Problem::TooLarge, sx::document_too_large(5u << 20)));
  review.add("v0.json", fixture_text("version-0.json"));
  const auto& rows = review.rows();
  ASSERT_EQ(rows.size(), 8u);
  for (const std::size_t good : {0u, 4u, 7u}) EXPECT_TRUE(rows[good].readable) << rows[good].file;
  EXPECT_EQ(rows[0].total, 88);
  EXPECT_EQ(rows[4].total, 84);
  EXPECT_EQ(rows[7].category, "workshop") << "version 0, upgraded as it is read";

  EXPECT_FALSE(rows[1].readable);
  EXPECT_EQ(review.submissions()[1].problem, sx_review::Problem::Invalid);
  EXPECT_EQ(rows[1].error_zh, "第 1 行第 51 列：不是有效的 JSON：此处不应出现英文逗号“,”；此处应为用英文双引号括起的文字");
  EXPECT_EQ(rows[1].error.rfind("line 1, column 51: 不是有效的 JSON", 0), 0u) << rows[1].error;
  EXPECT_EQ(rows[2].error, "answers[\"2.1\"][1]: 未知选项 \"cax\" / unknown option \"cax\"");
  EXPECT_EQ(rows[2].error_zh, "answers[\"2.1\"][1]：未知选项 \"cax\"");

  const sx::Message too_large = sx::document_too_large();
  EXPECT_EQ(review.submissions()[3].problem, sx_review::Problem::TooLarge);
  EXPECT_EQ(rows[3].error, too_large.zh + " / " + too_large.en);
  EXPECT_EQ(rows[3].error_zh, too_large.zh);
  EXPECT_EQ(rows[5].error, "无法读取此文件：No such file or directory / cannot read: No such file or directory");
  EXPECT_EQ(rows[6].error_zh, sx::document_too_large(5u << 20).zh);
  for (const std::size_t bad : {1u, 2u, 3u, 5u, 6u}) {
    SCOPED_TRACE(rows[bad].file);
    EXPECT_FALSE(rows[bad].readable);
    EXPECT_FALSE(review.submissions()[bad].assessment.has_value());
    EXPECT_EQ(rows[bad].enterprise, "");
    EXPECT_TRUE(rows[bad].flags.empty());
  }
}

TEST(ReviewBatch, ExactlyTheLimitIsRead) {
  std::string text = fixture_text("discrete-full.json");
  text.insert(text.size() - 2, std::string(sx::kMaxDocumentBytes - text.size(), ' '));
  ASSERT_EQ(text.size(), sx::kMaxDocumentBytes);
  sx_review::Review review(sx_test::standard(), 2020);
  review.add("limit.json", text);
  review.add("over.json", text + " ");
  EXPECT_TRUE(review.row(0).readable);
  EXPECT_EQ(review.submissions()[1].problem, sx_review::Problem::TooLarge);
}

TEST(ReviewBatch, AFileHandedInTwiceIsCountedOnce) {
  const std::string a = workshop_document().dump();
  const std::string b = factory_document().dump();
  sx_review::Review review(sx_test::standard(), 2020);
  review.add("a.json", a);
  review.add("b.json", b);
  review.add("a-copy.json", a);
  review.add("a-again.json", a);
  review.add("a-pretty.json", workshop_document().dump(2));  // same document, other bytes
  review.add("broken.json", "{");
  review.add("broken-copy.json", "{");
  const auto& rows = review.rows();
  EXPECT_EQ(review.submissions()[2].problem, sx_review::Problem::SameAsEarlier);
  EXPECT_EQ(review.submissions()[2].same_as, 0u);
  EXPECT_EQ(review.submissions()[3].same_as, 0u) << "named after the first, not the copy";
  EXPECT_FALSE(rows[2].readable);
  EXPECT_EQ(rows[2].error_zh, "与 a.json 内容完全相同（重复提交的文件），只计一次");
  EXPECT_EQ(rows[2].error, "与 a.json 内容完全相同（重复提交的文件），只计一次 / the same bytes as a.json (a file handed in twice), counted once");
  EXPECT_EQ(review.submissions()[6].same_as, 5u);
  // Other bytes are another file: read, and then the same code twice is the measures' `duplicate`.
  EXPECT_TRUE(rows[4].readable);
  EXPECT_TRUE(rows[4].has_flag("duplicate"));
  EXPECT_TRUE(rows[0].has_flag("duplicate"));
  EXPECT_EQ(rows[0].flags.front().explanation.find("a-copy.json"), std::string::npos) << "a copy is no application";
  EXPECT_FALSE(rows[1].has_flag("duplicate"));
}

TEST(ReviewBatch, DecisionsAndCommentsAreKeptWhileTheFlagsChange) {
  auto review = sx_review_test::review_of({{"a.json", workshop_document()}, {"b.json", factory_document()}});
  review.set_decision(0, sx_review::Decision::Recommend);
  review.set_comment(0, "材料齐全");
  review.set_decision(1, sx_review::Decision::Pending);
  review.add("c.json", sx_review_test::with_enterprise(workshop_document(), {{"name", "又一份"}}).dump());
  EXPECT_TRUE(review.row(0).has_flag("duplicate"));
  EXPECT_EQ(review.row(0).decision, sx_review::Decision::Recommend);
  EXPECT_EQ(review.row(0).comment, "材料齐全");
  EXPECT_EQ(review.row(1).decision, sx_review::Decision::Pending);
  EXPECT_EQ(review.row(2).decision, sx_review::Decision::None);
  EXPECT_THROW(review.set_decision(3, sx_review::Decision::Recommend), std::out_of_range);
}

TEST(ReviewBatch, DecisionsHaveIdsAndWords) {
  struct Row {
    sx_review::Decision decision;
    const char* id;
    const char* zh;
  };
  const Row rows[] = {{sx_review::Decision::None, "", ""},
                      {sx_review::Decision::Recommend, "recommend", "推荐"},
                      {sx_review::Decision::NotRecommend, "not_recommend", "不推荐"},
                      {sx_review::Decision::Pending, "pending", "待定"}};
  for (const auto& row : rows) {
    EXPECT_STREQ(sx_review::decision_id(row.decision), row.id);
    EXPECT_STREQ(sx_review::decision_zh(row.decision), row.zh);
    EXPECT_EQ(sx_review::decision_from_id(row.id), row.decision);
  }
  EXPECT_EQ(sx_review::decision_from_id("yes"), std::nullopt);
}
