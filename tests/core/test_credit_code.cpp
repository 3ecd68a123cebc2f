// 统一社会信用代码 (GB 32100-2015): length, alphabet and check character.
#include <gtest/gtest.h>

#include "sx/credit_code.hpp"
#include "test_support.hpp"

TEST(CreditCode, Check) {
  struct Row {
    const char* code;
    sx::CreditCodeProblem problem;
  };
  const Row rows[] = {
      {"91350100M000100Y43", sx::CreditCodeProblem::None},  // the standard's own example
      {"91330602MA2BCDE12D", sx::CreditCodeProblem::None},
      {"91350100M000100Y44", sx::CreditCodeProblem::CheckCharacter},
      {"91350100M000100Y4", sx::CreditCodeProblem::Length},
      {"91350100M000100Y433", sx::CreditCodeProblem::Length},
      {"", sx::CreditCodeProblem::Length},
      {"91350100I000100Y43", sx::CreditCodeProblem::Character},  // I, O, Z, S, V are not used
      {"91350100O000100Y43", sx::CreditCodeProblem::Character},
      {"91350100Z000100Y43", sx::CreditCodeProblem::Character},
      {"91350100S000100Y43", sx::CreditCodeProblem::Character},
      {"91350100V000100Y43", sx::CreditCodeProblem::Character},
      {"91350100m000100y43", sx::CreditCodeProblem::Character},  // lower case
  };
  for (const auto& r : rows) EXPECT_EQ(sx::check_credit_code(r.code), r.problem) << r.code;
}

TEST(CreditCode, CheckCharacterIsComputedFromTheFirstSeventeen) {
  EXPECT_EQ(sx::credit_code_check_character("91350100M000100Y4"), std::optional<char>('3'));
  EXPECT_EQ(sx::credit_code_check_character("91330602MA2BCDE12"), std::optional<char>('D'));
  // A remainder of 0 maps to '0', not to the 31st character.
  EXPECT_EQ(sx::credit_code_check_character("00000000000000000"), std::optional<char>('0'));
  EXPECT_EQ(sx::credit_code_check_character("9135010OM000100Y4"), std::nullopt);
}

TEST(CreditCode, AWrongCodeIsAWarningNotAnError) {
  const auto doc = sx_test::document("discrete", {{"enterprise", {{"credit_code", "91350100M000100Y44"}}}});
  EXPECT_TRUE(sx::validate_assessment(doc).empty());
  const auto e = sx_test::evaluate(doc);
  ASSERT_EQ(e.warnings.size(), 1u);
  EXPECT_EQ(e.warnings[0].path, "enterprise.credit_code");
  EXPECT_NE(e.warnings[0].zh.find("校验位"), std::string::npos);
}
