// The measures' own checks as flags (issue 16; review.json): each raised and not raised, at the
// boundaries the measures draw — a Shaoxing division (第五条（一）: 3306xx), the three years of
// 第十四条, one category per enterprise per year (第十三条).
#include <gtest/gtest.h>

#include "review_support.hpp"
#include "table_columns.hpp"

namespace {

using sx_review_test::complete;
using sx_review_test::credit_code;
using sx_review_test::factory_document;
using sx_review_test::review_of;
using sx_review_test::with_code;
using sx_review_test::with_enterprise;
using sx_review_test::workshop_document;

std::vector<std::string> codes_of(const sx_review::ReviewRow& row) {
  std::vector<std::string> codes;
  for (const auto& flag : row.flags) codes.push_back(flag.code);
  return codes;
}

const sx_review::Flag* flag_of(const sx_review::ReviewRow& row, const std::string& code) {
  for (const auto& flag : row.flags) {
    if (flag.code == code) return &flag;
  }
  return nullptr;
}

sx_review::RevokedList revoked(const std::string& text) {
  auto read = sx_review::read_revoked_list(text);
  if (!read.list) throw std::runtime_error("bad list: " + read.problems.front().text());
  return std::move(*read.list);
}

}  // namespace

TEST(ReviewFlags, ACompleteEligibleShaoxingDocumentHasNone) {
  const auto review = review_of({{"a.json", workshop_document()}, {"b.json", factory_document()}});
  for (const auto& row : review.rows()) {
    SCOPED_TRACE(row.file);
    EXPECT_TRUE(row.readable);
    EXPECT_TRUE(row.flags.empty()) << (row.flags.empty() ? "" : row.flags.front().explanation);
    EXPECT_EQ(row.missing_count, 0);
  }
}

TEST(ReviewFlags, OutsideShaoxingIsTheDivisionDigitsNotBeing3306xx) {
  struct Case {
    std::string division;
    bool outside;
  };
  const Case cases[] = {
      {"330600", false}, {"330602", false}, {"330603", false}, {"330681", false}, {"330699", false},
      {"330599", true},  {"330500", true},  {"330700", true},  {"330000", true},  {"110108", true},
      {"330106", true},  {"340600", true},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.division);
    const std::string code = credit_code(c.division);
    const auto review = review_of({{"a.json", with_code(workshop_document(), code)}});
    const auto& row = review.row(0);
    EXPECT_EQ(row.has_flag("outside_shaoxing"), c.outside);
    EXPECT_FALSE(row.has_flag("credit_code_invalid")) << code;
    if (c.outside) {
      EXPECT_EQ(flag_of(row, "outside_shaoxing")->explanation,
                "非绍兴市登记：统一社会信用代码第 3–8 位（登记管理机关行政区划码）为 " + c.division +
                    "，不是绍兴市（3306xx），请核对营业执照（第五条（一））");
    }
  }
}

TEST(ReviewFlags, OutsideShaoxingNeedsDigitsToJudge) {
  // Too short to hold a division, or letters where the digits go: the code is wrong, the place unknown.
  for (const std::string code : {"9133", "91ABCDEFMA2BK7L37A", ""}) {
    SCOPED_TRACE(code);
    const auto review = review_of({{"a.json", with_code(workshop_document(), code)}});
    EXPECT_FALSE(review.row(0).has_flag("outside_shaoxing"));
  }
}

TEST(ReviewFlags, CreditCodeInvalidIsTheCheckCharacter) {
  const std::string good = credit_code("330603");
  std::string wrong_check = good;
  wrong_check[17] = wrong_check[17] == '0' ? '1' : '0';
  struct Case {
    const char* what;
    std::string code;
    const char* explanation;  // empty: no flag
  };
  const Case cases[] = {
      {"valid", good, ""},
      {"the fixture's", "91330603MA2BK7L37A", ""},
      {"none given (incomplete says so)", "", ""},
      {"wrong check character", wrong_check, nullptr},
      {"17 characters", good.substr(0, 17), "信用代码有误：统一社会信用代码 91330603MA2BK7L37 为 17 位，应为 18 位（GB 32100-2015）"},
      {"an I", "91330603MA2BK7LI7A",
       "信用代码有误：统一社会信用代码 91330603MA2BK7LI7A 含有编码规则不用的字符（I、O、Z、S、V 或符号）（GB 32100-2015）"},
      {"lower case", "91330603ma2bk7l37a",
       "信用代码有误：统一社会信用代码 91330603ma2bk7l37a 含有编码规则不用的字符（I、O、Z、S、V 或符号）（GB 32100-2015）"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.what);
    const auto review = review_of({{"a.json", with_code(workshop_document(), c.code)}});
    const sx_review::Flag* flag = flag_of(review.row(0), "credit_code_invalid");
    if (c.explanation != nullptr && std::string(c.explanation).empty()) {
      EXPECT_EQ(flag, nullptr);
      continue;
    }
    ASSERT_NE(flag, nullptr);
    if (c.explanation != nullptr) {
      EXPECT_EQ(flag->explanation, c.explanation);
    } else {
      EXPECT_EQ(flag->explanation, "信用代码有误：统一社会信用代码 " + wrong_check + " 的校验码应为 " + good.substr(17) +
                                       "（GB 32100-2015）");
    }
  }
}

TEST(ReviewFlags, DuplicateIsOneCodeInSeveralFiles) {
  const std::string code = credit_code("330603");
  const std::string other = credit_code("330602");
  const auto same_category = review_of({{"a.json", with_code(workshop_document(), code)},
                                        {"b.json", with_code(workshop_document(), other)},
                                        {"c.json", with_enterprise(with_code(workshop_document(), code), {{"name", "另一份"}})}});
  EXPECT_EQ(codes_of(same_category.row(0)), std::vector<std::string>{"duplicate"});
  EXPECT_TRUE(same_category.row(1).flags.empty());
  EXPECT_EQ(codes_of(same_category.row(2)), std::vector<std::string>{"duplicate"});
  EXPECT_EQ(same_category.row(0).flags[0].explanation,
            "重复申报：统一社会信用代码 " + code + " 还见于 c.json（第十三条）");
  EXPECT_EQ(same_category.row(2).flags[0].explanation,
            "重复申报：统一社会信用代码 " + code + " 还见于 a.json（第十三条）");

  // Matched as codes are, whatever the case and blanks (the lower-case one is also a wrong code).
  std::string lower = code;
  for (auto& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  const auto spelled = review_of({{"a.json", with_code(workshop_document(), code)},
                                  {"b.json", with_code(workshop_document(), " " + lower.substr(0, 9) + " " + lower.substr(9))}});
  EXPECT_TRUE(spelled.row(0).has_flag("duplicate"));
  EXPECT_TRUE(spelled.row(1).has_flag("duplicate"));
}

TEST(ReviewFlags, DuplicateNamesTheCategoriesWhenOneEnterpriseDeclaresSeveral) {
  // 第十三条: one category per enterprise per year. The same code declaring 车间 and 工厂.
  const std::string code = credit_code("330603");
  sx::Json factory = with_code(workshop_document(), code);
  factory["category"] = "factory";
  const auto review = review_of({{"a.json", with_code(workshop_document(), code)}, {"b.json", factory}});
  EXPECT_EQ(review.row(0).flags.front().explanation,
            "重复申报：统一社会信用代码 " + code + " 还见于 b.json；同一企业在本批中申报了智能制造示范车间、智能工厂（第十三条）");
  EXPECT_TRUE(review.row(1).has_flag("duplicate"));
}

TEST(ReviewFlags, DuplicateIsAlsoTheEnterpriseSayingItAppliedForAnother) {
  sx::Json doc = workshop_document();
  doc["facts"]["applied_other_category_this_year"] = true;
  const auto review = review_of({{"a.json", doc}});
  const sx_review::Flag* flag = flag_of(review.row(0), "duplicate");
  ASSERT_NE(flag, nullptr);
  EXPECT_EQ(flag->explanation, "重复申报：企业自述本年度已申报其他类别（第十三条）");
  // Its own answers then fail 基本条件 (basic.one_category) as well.
  EXPECT_TRUE(review.row(0).has_flag("category_not_met"));
}

TEST(ReviewFlags, FileNamesAreNotReadForPlaceholders) {
  const std::string code = credit_code("330603");
  const auto review = review_of({{"{code}{files}.json", with_code(workshop_document(), code)},
                                 {"b.json", with_enterprise(with_code(workshop_document(), code), {{"name", "b"}})}});
  ASSERT_TRUE(review.row(1).has_flag("duplicate"));
  EXPECT_EQ(review.row(1).flags.front().explanation,
            "重复申报：统一社会信用代码 " + code + " 还见于 {code}{files}.json（第十三条）");
}

TEST(ReviewFlags, ManyFilesOfOneCodeAreNamedAFew) {
  const std::string code = credit_code("330603");
  std::vector<std::pair<std::string, sx::Json>> files;
  for (int i = 0; i < 9; ++i) {
    files.emplace_back("f" + std::to_string(i) + ".json", with_enterprise(with_code(workshop_document(), code), {{"name", std::to_string(i)}}));
  }
  const auto review = review_of(files);
  EXPECT_EQ(review.row(0).flags.front().explanation,
            "重复申报：统一社会信用代码 " + code + " 还见于 f1.json、f2.json、f3.json、f4.json、f5.json 等 8 个文件（第十三条）");
}

TEST(ReviewFlags, RevokedIsWithinTheThreeYearsOfArticle14) {
  const std::string code = credit_code("330603");
  struct Case {
    std::string line;      // the list's line for the code
    const char* expected;  // the explanation; nullptr: not flagged
  };
  const Case cases[] = {
      {code + ",2020", "三年内曾被撤销：列入撤销名单（2020 年撤销，名单第 1 行），至审核年度 2020 年不满 3 年（第十四条）"},
      {code + ",2019", "三年内曾被撤销：列入撤销名单（2019 年撤销，名单第 1 行），至审核年度 2020 年不满 3 年（第十四条）"},
      {code + ",2018", "三年内曾被撤销：列入撤销名单（2018 年撤销，名单第 1 行），至审核年度 2020 年不满 3 年（第十四条）"},
      // Exactly three years before: within them or not depends on the day, which a year does not say.
      {code + ",2017",
       "三年内曾被撤销：列入撤销名单（2017 年撤销，名单第 1 行），至审核年度 2020 年是否已满 3 年取决于撤销日期，请核对（第十四条）"},
      {code + ",2016", nullptr},
      {code + ",2010", nullptr},
      // Revoked after the review year: no bar on that year's application.
      {code + ",2021", nullptr},
      {code, "三年内曾被撤销：列入撤销名单（名单第 1 行，未注明撤销年份），请核对撤销日期（第十四条）"},
      {credit_code("330602") + ",2020", nullptr},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.line);
    auto review = review_of({{"a.json", with_code(workshop_document(), code)}}, 2020);
    EXPECT_FALSE(review.row(0).has_flag("revoked")) << "no list, no flag";
    review.set_revoked(revoked(c.line));
    const sx_review::Flag* flag = flag_of(review.row(0), "revoked");
    if (c.expected == nullptr) {
      EXPECT_EQ(flag, nullptr);
    } else {
      ASSERT_NE(flag, nullptr);
      EXPECT_EQ(flag->explanation, c.expected);
    }
  }
}

TEST(ReviewFlags, TheReviewYearMovesTheWindow) {
  const std::string code = credit_code("330603");
  auto review = review_of({{"a.json", with_code(workshop_document(), code)}}, 2024);
  review.set_revoked(revoked(code + " 2020"));
  EXPECT_FALSE(review.row(0).has_flag("revoked"));
  review.set_year(2023);
  EXPECT_TRUE(review.row(0).has_flag("revoked"));
  review.set_revoked({});
  EXPECT_FALSE(review.row(0).has_flag("revoked"));
}

TEST(ReviewFlags, CategoryNotMetIsTheEnterprisesOwnAnswers) {
  // 68% CNC meets 车间 (≥ 65); 60% does not.
  sx::Json unmet = workshop_document();
  unmet["metrics"]["cnc_rate"] = 60;
  unmet["figures"].erase("key_equipment");
  unmet["figures"].erase("cnc_key_equipment");
  const auto review = review_of({{"met.json", workshop_document()}, {"unmet.json", unmet}});
  EXPECT_FALSE(review.row(0).has_flag("category_not_met"));
  const sx_review::Flag* flag = flag_of(review.row(1), "category_not_met");
  ASSERT_NE(flag, nullptr);
  const sx::Condition& cnc = sx_test::condition("workshop.cnc_rate");
  EXPECT_EQ(flag->explanation, "不满足申报类别：按企业自己的填报，不满足所申报的智能制造示范车间的条件：" + cnc.title + "（" +
                                   cnc.article + "）");
  EXPECT_EQ(cnc.article, "第七条（二）");
  EXPECT_EQ(review.row(1).recommended, "line") << "it still meets 生产线 (≥ 60)";

  // An unknown condition is not a failed one: that is `incomplete`.
  sx::Json unknown = workshop_document();
  unknown["facts"].erase("mes_core");
  const auto partial = review_of({{"a.json", unknown}});
  EXPECT_FALSE(partial.row(0).has_flag("category_not_met"));
  EXPECT_TRUE(partial.row(0).has_flag("incomplete"));
  // No category declared: nothing to meet.
  sx::Json undeclared = workshop_document();
  undeclared.erase("category");
  EXPECT_FALSE(review_of({{"a.json", undeclared}}).row(0).has_flag("category_not_met"));
}

TEST(ReviewFlags, CategoryNotMetNamesTheArticlesOfTheFailedConditions) {
  sx::Json doc = workshop_document();
  doc["metrics"]["cnc_rate"] = 60;
  doc["figures"].erase("key_equipment");
  doc["figures"].erase("cnc_key_equipment");
  doc["facts"]["operating_normally"] = false;
  const auto review = review_of({{"a.json", doc}});
  const std::string& explanation = flag_of(review.row(0), "category_not_met")->explanation;
  EXPECT_NE(explanation.find(sx_test::condition("basic.operating").title), std::string::npos) << explanation;
  // Each article once, in the conditions' order: 基本条件 first.
  const std::string articles = "（" + sx_test::condition("basic.operating").article + "、第七条（二））";
  EXPECT_EQ(articles, "（第五条（一）、第七条（二））");
  EXPECT_EQ(explanation.substr(explanation.size() - articles.size()), articles);
}

TEST(ReviewFlags, IncompleteIsWhatTheDeclaredCategoryNeeds) {
  const auto review = review_of({{"full.json", workshop_document()},
                                 {"fixture.json", sx_review_test::fixture("discrete-full.json")}});
  EXPECT_FALSE(review.row(0).has_flag("incomplete"));
  const auto& row = review.row(1);
  EXPECT_EQ(row.missing_count, 6);
  EXPECT_EQ(flag_of(row, "incomplete")->explanation,
            "填报不完整：申报智能制造示范车间所需的 6 项未填：通讯地址、联系电话、实施地点、开工时间、建成投产时间 等（第十条）");

  sx::Json undeclared = workshop_document();
  undeclared.erase("category");
  const auto none = review_of({{"a.json", undeclared}});
  EXPECT_EQ(flag_of(none.row(0), "incomplete")->explanation, "填报不完整：未选择申报类别（第十条）");

  // A file whose type was never chosen (a new assessment's, handed in as it was) lacks 企业类型.
  sx::Json unchosen = workshop_document();
  unchosen["type_chosen"] = false;
  const auto type = review_of({{"a.json", unchosen}});
  ASSERT_TRUE(type.row(0).has_flag("incomplete"));
  EXPECT_EQ(flag_of(type.row(0), "incomplete")->explanation,
            "填报不完整：申报智能制造示范车间所需的 1 项未填：企业类型（第十条）");

  // A smart factory needs a mode it started to rate finished (第八条（二）) until one is 基本具备;
  // then another half rated is optional. A workshop needs none.
  sx::Json factory = factory_document();
  factory["modes"]["remote"] = {{"1", "met"}};
  const auto optional = review_of({{"a.json", factory}});
  EXPECT_FALSE(optional.row(0).has_flag("incomplete"));
  factory["modes"] = {{"remote", {{"1", "met"}}}};
  const auto modes = review_of({{"a.json", factory}});
  ASSERT_TRUE(modes.row(0).has_flag("incomplete"));
  EXPECT_NE(flag_of(modes.row(0), "incomplete")->explanation.find("远程运维服务模式"), std::string::npos);
}

TEST(ReviewFlags, FlagsComeInTheDataOrderAndOnlyOnReadableRows) {
  // discrete-partial declares 生产线 and misses it; a Beijing code (110108) on the revoked list.
  const std::string beijing = credit_code("110108");
  sx::Json doc = with_code(sx_review_test::fixture("discrete-partial.json"), beijing);
  doc["facts"]["applied_other_category_this_year"] = true;
  auto listed = review_of({{"a.json", doc}});
  listed.set_revoked(revoked(beijing + ",2019"));
  EXPECT_EQ(codes_of(listed.row(0)),
            (std::vector<std::string>{"duplicate", "revoked", "outside_shaoxing", "category_not_met", "incomplete"}));

  std::string wrong = beijing;
  wrong[17] = wrong[17] == '0' ? '1' : '0';
  const auto invalid = review_of({{"a.json", with_code(doc, wrong)}, {"b.json", with_code(doc, wrong)}});
  EXPECT_EQ(codes_of(invalid.row(0)), (std::vector<std::string>{"duplicate", "outside_shaoxing", "credit_code_invalid",
                                                                "category_not_met", "incomplete"}));

  sx_review::Review broken(sx_test::standard(), 2020);
  broken.add("x.json", "{");
  broken.add("y.json", "{");
  EXPECT_TRUE(broken.row(0).flags.empty());
  EXPECT_TRUE(broken.row(1).flags.empty());
}

TEST(ReviewFlags, AFlagOnWhatTheEnterpriseAnswersOfItselfPutsItsTicksInQuestion) {
  // A ✓ drawn from the enterprise's own answers is not to be trusted where the batch shows those
  // answers may be wrong (registered elsewhere, revoked, applied twice, a code that is no code);
  // a flag on the answers themselves (not met, incomplete) leaves the other categories' ticks alone.
  sx::Json unmet = workshop_document();
  unmet["metrics"]["cnc_rate"] = 60;  // meets 生产线, not the declared 车间
  unmet["figures"].erase("key_equipment");
  unmet["figures"].erase("cnc_key_equipment");
  const std::string twice = credit_code("330602", "MA2BK7L45");
  unmet = with_code(unmet, credit_code("330603", "MA2BK7L53"));
  auto review = review_of({{"clean.json", workshop_document()},
                           {"outside.json", with_code(workshop_document(), credit_code("330106"))},
                           {"twice-a.json", with_code(workshop_document(), twice)},
                           {"twice-b.json", with_enterprise(with_code(workshop_document(), twice), {{"name", "另一份"}})},
                           {"unmet.json", unmet}});
  struct Case {
    std::size_t row;
    const char* flag;  // the flag the row carries, "" for none
    bool questioned;
  };
  const Case cases[] = {{0, "", false},
                        {1, "outside_shaoxing", true},
                        {2, "duplicate", true},
                        {3, "duplicate", true},
                        {4, "category_not_met", false}};
  const sx::Standard& standard = sx_test::standard();
  const sx_review::ColumnRef line{sx_review::Column::Verdict, "line"};
  for (const auto& c : cases) {
    const auto& row = review.row(c.row);
    SCOPED_TRACE(row.file);
    if (*c.flag != '\0') {
      EXPECT_TRUE(row.has_flag(c.flag));
    }
    EXPECT_EQ(row.verdicts_questioned(standard), c.questioned);
    ASSERT_EQ(row.verdict("line"), sx::Tri::True);
    EXPECT_EQ(sx_review::cell_text(standard, row, line), c.questioned ? "! 自评符合，须核查" : "✓ 符合");
  }
  // Every flag the data marks so questions the ticks; the rest do not.
  for (const auto& flag : standard.review.flags) {
    SCOPED_TRACE(flag.code);
    const bool expected = flag.code == "duplicate" || flag.code == "revoked" || flag.code == "outside_shaoxing" ||
                          flag.code == "credit_code_invalid";
    EXPECT_EQ(flag.questions_verdicts, expected);
  }
}

// A file whose reported rate its own figures do not give (70.5 % against 34 of 50 = 68 %): the
// row says so in words, apart from the flags (not a rule
// of the measures), and the summary's 标记说明 carries it; a file that agrees with itself has none.
TEST(ReviewFlags, AFileAgainstItselfIsToldApartFromTheFlags) {
  sx::Json inconsistent = workshop_document();
  inconsistent["metrics"]["cnc_rate"] = 70.5;
  inconsistent = with_code(inconsistent, credit_code("330603", "MA2BK7L53"));
  const auto review = review_of({{"clean.json", workshop_document()}, {"inconsistent.json", inconsistent}});
  EXPECT_TRUE(review.row(0).findings.empty());
  ASSERT_EQ(review.row(1).findings.size(), 1u) << [&] { std::string all; for (const auto& f : review.row(1).findings) all += f + " / "; return all; }();
  EXPECT_NE(review.row(1).findings[0].find("70.5"), std::string::npos) << review.row(1).findings[0];
  EXPECT_NE(review.row(1).findings[0].find("68"), std::string::npos) << review.row(1).findings[0];
  EXPECT_TRUE(review.row(1).flags.empty()) << "a flag code the CSV does not know: " << review.row(1).flags.front().code;
  const std::string details = sx_review::cell_text(sx_test::standard(), review.row(1), {sx_review::Column::FlagDetails, ""});
  EXPECT_NE(details.find("须核对：" + review.row(1).findings[0]), std::string::npos) << details;
  EXPECT_EQ(sx_review::cell_text(sx_test::standard(), review.row(1), {sx_review::Column::Flags, ""}), "数据须核对");
  EXPECT_EQ(sx_review::cell_text(sx_test::standard(), review.row(0), {sx_review::Column::Flags, ""}), "");
}
