#pragma once
// Small text helpers shared by the evaluation, the exports and the UI.
#include <string>
#include <vector>

namespace sx {

// 66.5 → "66.5", 60 → "60", 66.6667 → "66.66", 59.996 → "59.99": at most two decimals, no
// trailing zeros, never rounded up — a value shown is never past an edge the value itself is not.
std::string number_text(double value);
// number_text + "%".
std::string percent_text(double value);
// The largest n / 100 not above `value`: what the product keeps and shows of a figure. Never
// rounded up across a band or condition edge the exact value does not reach (59.996 is 59.99,
// not 60); the edges of the standard have at most two decimals. Beyond 1e15, `value` itself.
double hundredths_down(double value);
std::string join(const std::vector<std::string>& parts, const std::string& separator);
// Without trailing ASCII blanks, line breaks and ideographic spaces (U+3000, typed by Chinese IMEs).
std::string trim_end(std::string text);

}  // namespace sx
