// 统一社会信用代码 (GB 32100-2015): length, alphabet and check character. Alphabet
// 0123456789ABCDEFGHJKLMNPQRTUWXY (A = 10 … Y = 30; no I, O, S, V, Z), weights
// 1 3 9 27 19 26 16 17 20 29 25 13 8 24 10 30 28, check = (31 − Σ mod 31) mod 31.
#include <gtest/gtest.h>

#include <set>

#include "sx/credit_code.hpp"
#include "test_support.hpp"

namespace {

// The sums below were worked by hand from the weights:
//   91350100M000100Y4: 9·1 + 1·3 + 3·9 + 5·27 + 0 + 1·26 + 0 + 0 + M(21)·20 + 0 + 0 + 0 + 1·8 + 0 + 0
//                      + Y(30)·30 + 4·28 = 9 + 3 + 27 + 135 + 26 + 420 + 8 + 900 + 112 = 1640;
//                      1640 = 52·31 + 28 → 31 − 28 = 3 → '3'
//   10000000000000000: 1 → 31 − 1 = 30 → 'Y'       01000000000000000: 3 → 28 → 'W'
//   00000000000000000: 0 → (31 − 0) mod 31 = 0 → '0'
//   00000000000000001: 28 → 3 → '3'                 20000000000000000: 2 → 29 → 'X'
//   91330603MA2BK7L37: 2036 = 65·31 + 21 → 10 → 'A' (the discrete fixture, 柯桥区 330603)
//   91330604MA2D4C8Q0: 2393 = 77·31 + 6 → 25 → 'R' (the process fixture, 上虞区 330604)
//   91330681MA2JR5T62: 2231 = 71·31 + 30 → 1 → '1' (the partial fixture, 诸暨市 330681)
//   91330603146273810: 877 = 28·31 + 9 → 22 → 'N'
struct Check {
  const char* first17;
  char check;
};
const Check kChecks[] = {
    {"91350100M000100Y4", '3'}, {"10000000000000000", 'Y'}, {"01000000000000000", 'W'},
    {"00000000000000000", '0'}, {"00000000000000001", '3'}, {"20000000000000000", 'X'},
    {"91330603MA2BK7L37", 'A'}, {"91330604MA2D4C8Q0", 'R'}, {"91330681MA2JR5T62", '1'},
    {"91330603146273810", 'N'},
};

}  // namespace

TEST(CreditCode, CheckCharacterIsComputedFromTheFirstSeventeen) {
  for (const auto& c : kChecks) {
    EXPECT_EQ(sx::credit_code_check_character(c.first17), std::optional<char>(c.check)) << c.first17;
    EXPECT_EQ(sx::check_credit_code(std::string(c.first17) + c.check), sx::CreditCodeProblem::None) << c.first17;
  }
  EXPECT_EQ(sx::credit_code_check_character("9135010OM000100Y4"), std::nullopt);  // O is not in the alphabet
  EXPECT_EQ(sx::credit_code_check_character("91350100M000100Y"), std::nullopt);   // 16 characters
  EXPECT_EQ(sx::credit_code_check_character(""), std::nullopt);
}

TEST(CreditCode, Check) {
  using P = sx::CreditCodeProblem;
  struct Row {
    std::string code;
    P problem;
  };
  const Row rows[] = {
      {"91350100M000100Y43", P::None},  // the commonly cited example
      {"91330603MA2BK7L37A", P::None},
      {"10000000000000000Y", P::None},
      {"91350100M000100Y44", P::CheckCharacter},
      {"91350100M000100Y40", P::CheckCharacter},
      {"91330603MA2BK7L37B", P::CheckCharacter},
      {"91330603MA2BK7L73A", P::CheckCharacter},  // two characters swapped
      {"91350100M000100Y4", P::Length},
      {"91350100M000100Y433", P::Length},
      {"", P::Length},
      {" 91350100M000100Y43", P::Length},
      {"９１３５０１００Ｍ０００１００Ｙ４３", P::Length},  // full-width: 18 characters, 54 bytes
      {"91350100I000100Y43", P::Character},
      {"91350100O000100Y43", P::Character},
      {"91350100S000100Y43", P::Character},
      {"91350100V000100Y43", P::Character},
      {"91350100Z000100Y43", P::Character},
      {"91350100m000100y43", P::Character},  // lower case
      {"91350100M000100Y4 ", P::Character},
      {"91350100M000100Y4-", P::Character},
      {"91350100M000100Y4I", P::Character},  // a bad check character is a bad character first
  };
  for (const auto& r : rows) EXPECT_EQ(sx::check_credit_code(r.code), r.problem) << "\"" << r.code << "\"";
}

TEST(CreditCode, AWrongCodeIsAWarningAtItsPathNotAnError) {
  struct Case {
    const char* code;
    const char* en;  // nullptr: no warning
  };
  const Case cases[] = {
      {"91350100M000100Y44", "the credit code's check character is wrong"},
      {"91350100M000100Y4", "the unified social credit code must have 18 characters"},
      {"91350100O000100Y43", "the credit code holds a character outside its alphabet"},
      {"91330603MA2BK7L37A", nullptr},
      {"", nullptr},  // not given yet
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.code);
    const auto doc = sx_test::document("discrete", {{"enterprise", {{"credit_code", c.code}}}});
    EXPECT_TRUE(sx::validate_assessment(doc).empty());
    const auto e = sx_test::evaluate(doc);
    if (c.en == nullptr) {
      EXPECT_TRUE(e.warnings.empty());
      continue;
    }
    ASSERT_EQ(e.warnings.size(), 1u);
    EXPECT_EQ(e.warnings[0].path, "enterprise.credit_code");
    EXPECT_EQ(e.warnings[0].en, c.en);
    const auto json = sx::to_json(e);
    ASSERT_EQ(json["warnings"].size(), 1u);
    EXPECT_EQ(json["warnings"][0]["path"], "enterprise.credit_code");
  }
  const auto check = sx_test::evaluate(sx_test::document("discrete", {{"enterprise", {{"credit_code", "91350100M000100Y44"}}}}));
  EXPECT_NE(check.warnings[0].zh.find("校验位"), std::string::npos);
}

TEST(CreditCode, TheFixturesCarryValidCodes) {
  for (const char* file : {"discrete-full.json", "process-full.json", "discrete-partial.json"}) {
    const auto doc = sx::Json::parse(sx_test::fixture_text(file));
    EXPECT_EQ(sx::check_credit_code(doc["enterprise"]["credit_code"].get<std::string>()), sx::CreditCodeProblem::None)
        << file;
  }
}

// 第五条（一）: the registration authority's division (3rd–8th characters) against 在绍兴市境内注册.
// A valid code outside 3306xx answered 是 is a finding on the fact; the place is told either way.
TEST(CreditCode, TheRegistrationDivisionIsCheckedAgainstRegisteredInShaoxing) {
  EXPECT_EQ(sx::registration_division("91330603MA2BK7L37A"), "330603");
  EXPECT_EQ(sx::registration_division("9133"), std::nullopt);
  EXPECT_EQ(sx::registration_division("91AB0603MA2BK7L37A"), std::nullopt);
  struct Case {
    const char* code;
    sx::Json said;           // null: not answered
    const char* division;    // nullptr: no place (no valid code)
    bool inside;
    bool finding;
    const char* name;        // the division's name, as review.json lists Shaoxing's
  };
  const Case cases[] = {
      {"91330603MA2BK7L37A", true, "330603", true, false, "柯桥区"},
      {"91330603MA2BK7L37A", false, "330603", true, false, "柯桥区"},
      {"91350100M000100Y43", true, "350100", false, true, ""},
      {"91350100M000100Y43", false, "350100", false, false, ""},
      {"91350100M000100Y43", nullptr, "350100", false, false, ""},
      {"91350100M000100Y44", true, nullptr, false, false, ""},  // a wrong check character: its own finding only
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(std::string(c.code) + " " + c.said.dump());
    sx::Json doc = sx_test::document("discrete", {{"enterprise", {{"credit_code", c.code}}}});
    if (!c.said.is_null()) doc["facts"]["registered_in_shaoxing"] = c.said;
    doc["facts"]["independent_legal_person"] = true;  // the condition's other fact, so 是 meets it
    ASSERT_TRUE(sx::validate_assessment(doc).empty());
    const auto e = sx_test::evaluate(doc);
    if (c.division == nullptr) {
      EXPECT_FALSE(e.registration.has_value());
    } else {
      ASSERT_TRUE(e.registration.has_value());
      EXPECT_EQ(e.registration->division, c.division);
      EXPECT_EQ(e.registration->inside, c.inside);
      EXPECT_EQ(e.registration->name, c.name);
    }
    const auto finding = std::find_if(e.warnings.begin(), e.warnings.end(),
                                      [](const sx::Message& m) { return m.path == "facts.registered_in_shaoxing"; });
    EXPECT_EQ(finding != e.warnings.end(), c.finding);
    // The condition it answers is met by the answers but to check, in every category, exactly then.
    for (const auto& category : e.categories) {
      for (const auto& result : category.conditions) {
        if (result.id == "basic.registered") EXPECT_EQ(result.to_check, c.finding) << category.id;
        else EXPECT_FALSE(result.to_check) << category.id << " " << result.id;
      }
    }
    if (finding != e.warnings.end()) {
      EXPECT_NE(finding->zh.find("350100"), std::string::npos) << finding->zh;
      EXPECT_NE(finding->zh.find("绍兴市"), std::string::npos) << finding->zh;
    }
  }
}

// One rule for "in the standard's division", used by the evaluation's place and the desk's flag:
// the boundaries of 3306xx.
TEST(CreditCode, ADivisionIsInsideWhenItStartsWithTheStandardsPrefix) {
  const sx::ReviewRules& rules = sx::current_standard().review;
  ASSERT_EQ(rules.division_prefix, "3306");
  struct Case {
    const char* division;
    bool inside;
  };
  const Case cases[] = {{"330600", true},  {"330603", true},  {"330699", true}, {"330599", false},
                        {"330700", false}, {"350100", false}, {"3306", true},   {"330", false}, {"", false}};
  for (const auto& c : cases) EXPECT_EQ(rules.in_division(c.division), c.inside) << c.division;
}

// Evaluation::warning_at gives a field's finding, and a field has at most one: every screen and
// the draft show that one. A document wrong in many fields at once (a credit code, a phone number,
// a non-number investment, a rate its figures contradict, 是 to 在绍兴市境内注册 from elsewhere).
TEST(CreditCode, EachFieldHasAtMostOneFindingAndWarningAtGivesIt) {
  struct Case {
    const char* code;
    const char* finding;  // the path the code's own trouble is reported at
  };
  const Case cases[] = {{"91330603MA2BK7L37", "enterprise.credit_code"},    // 17 characters
                        {"91330603MA2BK7L3IA", "enterprise.credit_code"},   // I is not in the alphabet
                        {"91330603MA2BK7L37B", "enterprise.credit_code"},   // wrong check character
                        {"91350100M000100Y43", "facts.registered_in_shaoxing"}};  // valid, from Fuzhou
  for (const auto& [code, finding] : cases) {
    SCOPED_TRACE(code);
    sx::Json doc = sx_test::document("discrete", {{"enterprise", {{"credit_code", code}, {"phone", "12"}}},
                                                  {"project", {{"investment", "六千万"}}},
                                                  {"facts", {{"registered_in_shaoxing", true}}}});
    const auto e = sx_test::evaluate(doc);
    ASSERT_FALSE(e.warnings.empty());
    std::set<std::string> paths;
    for (const auto& w : e.warnings) {
      EXPECT_TRUE(paths.insert(w.path).second) << "two findings at " << w.path;
      const sx::Message* at = e.warning_at(w.path);
      ASSERT_NE(at, nullptr) << w.path;
      EXPECT_EQ(at->zh, w.zh);
    }
    EXPECT_NE(e.warning_at(finding), nullptr);
    EXPECT_NE(e.warning_at("project.investment"), nullptr);
    EXPECT_EQ(e.warning_at("enterprise.name"), nullptr);
    EXPECT_EQ(e.warning_at(""), nullptr);
  }
}
