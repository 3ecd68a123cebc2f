// The review's CSV (issue 16, "The CSV's columns"): exactly the columns of `assess score --csv`,
// then category, flags, decision, comment; the same byte order mark, CRLF and defused cells.
#include <gtest/gtest.h>

#include "csv_report.hpp"
#include "review_support.hpp"

namespace {

using sx_review_test::read_text;

std::string fixture_text(const std::string& name) { return read_text(std::string(SX_FIXTURES) + "/" + name); }

}  // namespace

TEST(ReviewCsv, TheHeaderIsTheScoreColumnsThenTheReviews) {
  EXPECT_EQ(sx_review::review_csv_header(sx_test::standard()),
            "\xEF\xBB\xBF"
            "file,enterprise,credit_code,type,total,complete,line,workshop,factory,recommended,error,"
            "category,flags,decision,comment\r\n");
  // The score CSV's header is its start.
  const std::string score = sx_review::score_csv_header();
  EXPECT_EQ(sx_review::review_csv_header(sx_test::standard()).rfind(score.substr(0, score.size() - 2) + ",", 0), 0u);
}

TEST(ReviewCsv, RowsByteForByte) {
  sx_review::Review review(sx_test::standard(), 2020);
  review.add("discrete-partial.json", fixture_text("discrete-partial.json"));
  review.add("process-full.json", fixture_text("process-full.json"));
  review.add("unknown-option.json", fixture_text("bad/unknown-option.json"));
  review.set_decision(0, sx_review::Decision::NotRecommend);
  review.set_comment(0, "数控化率不足, 见\"附件\"");
  review.set_decision(1, sx_review::Decision::Recommend);
  review.set_comment(2, "=请重新提交");
  EXPECT_EQ(sx_review::review_csv(review),
            "\xEF\xBB\xBF"
            "file,enterprise,credit_code,type,total,complete,line,workshop,factory,recommended,error,category,flags,decision,comment\r\n"
            "discrete-partial.json,诸暨市示例袜业有限公司,91330681MA2JR5T621,discrete,32,false,false,false,false,,,line,"
            "category_not_met;incomplete,not_recommend,\"数控化率不足, 见\"\"附件\"\"\"\r\n"
            "process-full.json,绍兴市上虞区示例化工股份有限公司,91330604MA2D4C8Q0R,process,84,true,unknown,unknown,true,factory,,"
            "factory,incomplete,recommend,\r\n"
            "unknown-option.json,,,,,,,,,,"
            "\"answers[\"\"2.1\"\"][1]: 未知选项 \"\"cax\"\" / unknown option \"\"cax\"\"\""
            ",,,,'=请重新提交\r\n");
}

TEST(ReviewCsv, AReadableRowStartsAsTheScoreCsvRowOfTheSameFile) {
  for (const char* name : {"discrete-full.json", "process-full.json", "discrete-partial.json", "version-0.json"}) {
    SCOPED_TRACE(name);
    sx_review::Review review(sx_test::standard(), 2020);
    review.add(name, fixture_text(name));
    const sx::Assessment assessment = *sx::parse_assessment(fixture_text(name)).assessment;
    std::string score = sx_review::score_csv_row(name, assessment, sx::evaluate(assessment));
    score.resize(score.size() - 2);  // CRLF
    EXPECT_EQ(sx_review::review_csv_row(review.row(0)).rfind(score + ",", 0), 0u) << sx_review::review_csv_row(review.row(0));
  }
  // …and a bad file's row as the score CSV's error row.
  sx_review::Review review(sx_test::standard(), 2020);
  review.add("bad.json", fixture_text("bad/malformed.json"));
  std::string score = sx_review::score_csv_error_row("bad.json", review.submissions()[0].reason_text());
  score.resize(score.size() - 2);
  EXPECT_EQ(sx_review::review_csv_row(review.row(0)), score + ",,,,\r\n");
}

TEST(ReviewCsv, TheReviewsCellsAreDefusedToo) {
  sx::Json doc = sx_review_test::with_enterprise(sx_review_test::workshop_document(), {{"name", "＝HYPERLINK(1)"}});
  auto review = sx_review_test::review_of({{"@cmd.json", doc}});
  review.set_comment(0, "-1+1");
  const std::string row = sx_review::review_csv_row(review.row(0));
  EXPECT_EQ(row.rfind("'@cmd.json,'＝HYPERLINK(1),", 0), 0u) << row;
  EXPECT_EQ(row.substr(row.size() - std::string(",,'-1+1\r\n").size()), ",,'-1+1\r\n") << row;
}
