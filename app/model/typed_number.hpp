#pragma once
// A number as people type it into a figure's box: what the field takes and what it refuses.
#include <optional>
#include <string>

namespace sx_app {

struct TypedNumber {
  bool ok = false;               // false: not a number (the field says 请输入数字)
  std::optional<double> value;   // nullopt with ok: the box is empty (the answer is cleared)
};

// "66.5" → 66.5, "" → empty. Also what a Chinese keyboard or a habit gives for the same number:
// fullwidth digits and point (６６．５), digit-group commas in either width (1,200 and 1，200),
// blanks anywhere (a fullwidth one too), and the field's own unit after the number — the whole
// unit, one of its "/" alternatives or all of them (30台, 30套, 30台套 for 台/套; 50万元 for 万元;
// 65% or 65％ for a rate). Anything else is refused: 30万 in a 万元 field or 300000元 would be
// another number, 30% is no count, and NaN, infinities and exponents are no figure.
TypedNumber parse_typed_number(const std::string& text, const std::string& unit = "");

}  // namespace sx_app
