// What a figure's box takes as a number and what it refuses (app/model/typed_number.hpp).
#include "typed_number.hpp"

#include <gtest/gtest.h>

#include <optional>
#include <string>

namespace {

struct Case {
  const char* text;
  const char* unit;
  bool ok;
  std::optional<double> value;
};

}  // namespace

TEST(TypedNumber, TakesWhatPeopleTypeForANumberAndRefusesTheRest) {
  const Case cases[] = {
      {"66.5", "%", true, 66.5},
      {"", "%", true, std::nullopt},
      {"   ", "台/套", true, std::nullopt},
      {"\xE3\x80\x80", "", true, std::nullopt},             // an ideographic space alone
      {"0", "台/套", true, 0.0},
      {"-12.5", "%", true, -12.5},
      {"\xEF\xBC\x8D" "5", "%", true, -5.0},                // －5
      // Digit groups, in either width.
      {"1,200", "台/套", true, 1200.0},
      {"1\xEF\xBC\x8C" "200", "台/套", true, 1200.0},       // 1，200
      {"12,345.6", "万元", true, 12345.6},
      // Fullwidth digits and point: ６６．５
      {"\xEF\xBC\x96\xEF\xBC\x96\xEF\xBC\x8E\xEF\xBC\x95", "%", true, 66.5},
      // The field's unit after the number: the whole of it, an alternative, or all of them.
      {"30台", "台/套", true, 30.0},
      {"30套", "台/套", true, 30.0},
      {"30台套", "台/套", true, 30.0},
      {"30 台/套", "台/套", true, 30.0},
      {"50万元", "万元", true, 50.0},
      {"12人 ", "人", true, 12.0},
      {"65%", "%", true, 65.0},
      {"65 \xEF\xBC\x85", "%", true, 65.0},                 // 65 ％
      // Another unit would be another number; a percentage is no count.
      {"30万", "万元", false, std::nullopt},
      {"300000元", "万元", false, std::nullopt},
      {"30%", "台/套", false, std::nullopt},
      {"30人", "台/套", false, std::nullopt},
      {"30台台", "台/套", false, std::nullopt},
      {"台", "台/套", false, std::nullopt},
      {"%", "%", false, std::nullopt},
      // Not numbers.
      {"-", "%", false, std::nullopt},
      {"4a", "%", false, std::nullopt},
      {"1e3", "%", false, std::nullopt},
      {"0x10", "%", false, std::nullopt},
      {"inf", "%", false, std::nullopt},
      {"nan", "%", false, std::nullopt},
      {"1.2.3", "%", false, std::nullopt},
      {"六十", "%", false, std::nullopt},
      {"1e999", "", false, std::nullopt},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(std::string("\"") + c.text + "\" in a " + c.unit + " field");
    const sx_app::TypedNumber got = sx_app::parse_typed_number(c.text, c.unit);
    EXPECT_EQ(got.ok, c.ok);
    EXPECT_EQ(got.value, c.value);
  }
}
