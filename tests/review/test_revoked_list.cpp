// The revoked list a reviewer imports (第十四条): CSV with or without a header, with or without a
// byte order mark, or pasted text; a line that cannot be taken is named and refuses the list.
#include <gtest/gtest.h>

#include "review_support.hpp"
#include "revoked_list.hpp"

namespace {

using sx_review_test::credit_code;

const std::string kA = credit_code("330603");
const std::string kB = credit_code("330602", "MA2D4C8Q0");

struct Entry {
  std::string code;
  std::optional<int> year;
  std::size_t line;
  bool operator==(const Entry& other) const { return code == other.code && year == other.year && line == other.line; }
};

std::ostream& operator<<(std::ostream& out, const Entry& e) {
  return out << e.code << " " << (e.year ? std::to_string(*e.year) : "-") << " @" << e.line;
}

std::vector<Entry> entries_of(const std::string& text) {
  auto read = sx_review::read_revoked_list(text);
  if (!read.list) return {{"refused: " + read.problems.front().text(), std::nullopt, 0}};
  std::vector<Entry> entries;
  for (const auto& e : read.list->entries()) entries.push_back({e.code, e.year, e.line});
  return entries;
}

std::string lower(std::string text) {
  for (auto& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

}  // namespace

TEST(RevokedList, ReadsCsvAndPastedText) {
  struct Case {
    const char* what;
    std::string text;
    std::vector<Entry> expected;
  };
  const Case cases[] = {
      {"CSV with a header", "code,year\r\n" + kA + ",2019\r\n" + kB + ",2018\r\n", {{kA, 2019, 2}, {kB, 2018, 3}}},
      {"CSV with a Chinese header and a BOM", "\xEF\xBB\xBF统一社会信用代码,撤销年份\n" + kA + ",2019\n", {{kA, 2019, 2}}},
      {"CSV without a header", kA + ",2019\n" + kB + ",2018", {{kA, 2019, 1}, {kB, 2018, 2}}},
      {"a BOM and no header", "\xEF\xBB\xBF" + kA + ",2019\n", {{kA, 2019, 1}}},
      {"quoted cells", "\"" + kA + "\",\"2019\"\n", {{kA, 2019, 1}}},
      {"more columns (a name) are ignored", "code,year,name\n" + kA + ",2019,\"绍兴某某, 有限公司\"\n", {{kA, 2019, 2}}},
      {"pasted: codes alone", kA + "\n" + kB + "\n", {{kA, std::nullopt, 1}, {kB, std::nullopt, 2}}},
      {"pasted: blanks, tabs, fullwidth separators", "  " + kA + "\t2019\n" + kB + "　，2018年\n",
       {{kA, 2019, 1}, {kB, 2018, 2}}},
      {"blank lines and CR line ends count as lines", "\n" + kA + " 2019\r\r" + kB + "\n\n", {{kA, 2019, 2}, {kB, std::nullopt, 4}}},
      {"lower case is the same code", lower(kA) + ",2019", {{kA, 2019, 1}}},
      {"so are blanks inside a quoted cell", "\"" + kA.substr(0, 8) + " " + kA.substr(8) + "\",2019", {{kA, 2019, 1}}},
      {"dates give their year", kA + ",2019-06-30\n" + kB + ",2018/1/2\n", {{kA, 2019, 1}, {kB, 2018, 2}}},
      {"a Chinese date", kA + ",2019年6月30日\n", {{kA, 2019, 1}}},
      {"empty", "", {}},
      {"a header alone", "code,year\n", {}},
  };
  for (const auto& c : cases) EXPECT_EQ(entries_of(c.text), c.expected) << c.what;
}

TEST(RevokedList, ABadLineIsNamedAndTheListRefused) {
  std::string wrong = kA;
  wrong[17] = wrong[17] == '0' ? '1' : '0';
  struct Case {
    const char* what;
    std::string text;
    std::string problem;  // the first problem, text()
  };
  const Case cases[] = {
      {"too short", "code,year\n" + kA + ",2019\n9133060,2019\n",
       "第 3 行：“9133060”不是 18 位的统一社会信用代码 / line 3: \"9133060\" is not an 18-character credit code"},
      {"a wrong check character", kA + "\n" + wrong + "\n",
       "第 2 行：统一社会信用代码“" + wrong + "”的校验码应为 " + kA.substr(17) + " / line 2: the check character of \"" + wrong +
           "\" is wrong"},
      {"a letter the alphabet lacks", "91330603MA2BK7LO7A,2019",
       "第 1 行：“91330603MA2BK7LO7A”含有统一社会信用代码不用的字符（I、O、Z、S、V 或符号） / line 1: \"91330603MA2BK7LO7A\" "
       "holds a character credit codes do not use"},
      {"not a year", kA + ",去年\n",
       "第 1 行：“去年”不是撤销的年份（应为如 2019 或 2019-06-30） / line 1: \"去年\" is not the year of revocation (such as 2019 "
       "or 2019-06-30)"},
      {"a year out of range", kA + ",1899\n", "第 1 行：“1899”不是撤销的年份（应为如 2019 或 2019-06-30） / line 1: \"1899\" is "
                                             "not the year of revocation (such as 2019 or 2019-06-30)"},
      {"a header only on the first line", kA + "\ncode,year\n",
       "第 2 行：“CODE”不是 18 位的统一社会信用代码 / line 2: \"CODE\" is not an 18-character credit code"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.what);
    const auto read = sx_review::read_revoked_list(c.text);
    EXPECT_FALSE(read.list.has_value());
    ASSERT_FALSE(read.problems.empty());
    EXPECT_EQ(read.problems.front().text(), c.problem);
  }
}

TEST(RevokedList, ProblemsAreCappedAsADocumentsAre) {
  std::string text;
  for (int i = 0; i < 100; ++i) text += "x" + std::to_string(i) + "\n";
  const auto read = sx_review::read_revoked_list(text);
  ASSERT_EQ(read.problems.size(), 21u);
  EXPECT_EQ(read.problems.front().line, 1u) << "x0 has a digit: not a header";
  EXPECT_EQ(read.problems.back().text_zh(), "另有 80 处问题");
  EXPECT_EQ(read.problems.back().text(), "另有 80 处问题 / and 80 more problems");
}

TEST(RevokedList, ACodeListedTwiceKeepsWhatCannotBeRuledOut) {
  EXPECT_EQ(entries_of(kA + ",2015\n" + kA + ",2019\n" + kA + ",2017\n"), (std::vector<Entry>{{kA, 2019, 2}}));
  EXPECT_EQ(entries_of(kA + ",2019\n" + kA + "\n" + kA + ",2020\n"), (std::vector<Entry>{{kA, std::nullopt, 2}}));
  const auto read = sx_review::read_revoked_list(kA + ",2015\n" + kB + "\n");
  ASSERT_TRUE(read.list);
  ASSERT_NE(read.list->find(kA), nullptr);
  EXPECT_EQ(read.list->find(kA)->year, 2015);
  EXPECT_EQ(read.list->find(kB)->year, std::nullopt);
  EXPECT_EQ(read.list->find(credit_code("330604")), nullptr);
  EXPECT_EQ(read.list->find(lower(kA)), nullptr) << "find takes code_key's form";
  EXPECT_NE(read.list->find(sx_review::code_key(lower(kA))), nullptr);
}
