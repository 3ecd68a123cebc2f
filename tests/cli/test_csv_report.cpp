// The CSV of `assess score --csv`, cell by cell (app/review/csv_report.cpp): a cell a spreadsheet
// could run as a formula is defused with a leading ', and the file opens as UTF-8 (issue 9).
#include <gtest/gtest.h>

#include "csv_report.hpp"
#include "test_support.hpp"

namespace {

// The enterprise-name cell of a row for a document named `name`, as written (quoted or not).
std::string name_cell(const std::string& name) {
  const auto doc = sx_test::document("discrete", {{"enterprise", {{"name", name}}}});
  const auto assessment = sx_test::assessment(doc);
  const std::string row = sx_review::score_csv_row("a.json", assessment, sx::evaluate(assessment));
  const std::string after_file = row.substr(std::string("a.json,").size());
  if (after_file[0] != '"') return after_file.substr(0, after_file.find(','));
  std::size_t end = 1;
  while (!(after_file[end] == '"' && after_file[end + 1] != '"')) end += after_file[end] == '"' ? 2 : 1;
  return after_file.substr(0, end + 1);
}

}  // namespace

TEST(CsvReport, EveryFormulaStartIsDefused) {
  struct Row {
    const char* what;
    std::string name;
    std::string cell;
  };
  const Row rows[] = {
      {"=", "=1+1", "'=1+1"},
      {"+", "+86 575", "'+86 575"},
      {"-", "-2+3", "'-2+3"},
      {"@", "@SUM(A1)", "'@SUM(A1)"},
      {"tab", "\t=1+1", "'\t=1+1"},
      {"CR", "\r=1+1", "\"'\r=1+1\""},
      {"fullwidth ＝", "＝1+1", "'＝1+1"},
      {"fullwidth ＋", "＋1+1", "'＋1+1"},
      {"fullwidth －", "－1+1", "'－1+1"},
      {"fullwidth ＠", "＠SUM(A1)", "'＠SUM(A1)"},
      {"= with a comma, quoted", "=HYPERLINK(\"x\"),1", "\"'=HYPERLINK(\"\"x\"\"),1\""},
      // Text that merely holds these characters, or starts like them but is not them, is kept.
      {"Chinese", "绍兴市柯桥区示例纺织有限公司", "绍兴市柯桥区示例纺织有限公司"},
      {"a sign inside", "A=1+1@x", "A=1+1@x"},
      {"a digit first", "1+1", "1+1"},
      {"a space first", " =1", " =1"},
      {"fullwidth ％ (U+FF05)", "％1", "％1"},
      {"fullwidth ， (U+FF0C)", "，1", "，1"},
      {"empty", "", ""},
  };
  for (const auto& row : rows) EXPECT_EQ(name_cell(row.name), row.cell) << row.what;
}

TEST(CsvReport, TheFileStartsWithAUtf8ByteOrderMark) {
  const std::string header = sx_review::score_csv_header();
  EXPECT_EQ(header.rfind("\xEF\xBB\xBF" "file,enterprise,", 0), 0u);
  EXPECT_EQ(header.find("\xEF\xBB\xBF", 1), std::string::npos) << "only once, at the start";
  // Rows carry none.
  const auto assessment = sx_test::assessment(sx_test::header());
  EXPECT_EQ(sx_review::score_csv_row("a.json", assessment, sx::evaluate(assessment)).find("\xEF\xBB\xBF"), std::string::npos);
  EXPECT_EQ(sx_review::score_csv_error_row("a.json", "x").find("\xEF\xBB\xBF"), std::string::npos);
}

TEST(CsvReport, FileNamesAndErrorsAreDefusedToo) {
  EXPECT_EQ(sx_review::score_csv_error_row("＝cmd.json", "x").rfind("'＝cmd.json,", 0), 0u);
  EXPECT_EQ(sx_review::score_csv_error_row("\tcmd.json", "x").rfind("'\tcmd.json,", 0), 0u);
  EXPECT_EQ(sx_review::score_csv_error_row("-", "x").rfind("-,", 0), 0u) << "standard input keeps its name";
  const std::string row = sx_review::score_csv_error_row("a.json", "＋x");
  EXPECT_EQ(row.substr(row.size() - std::string(",'＋x\r\n").size()), ",'＋x\r\n");
}
