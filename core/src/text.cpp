#include "sx/text.hpp"

#include <cmath>
#include <cstdio>

namespace sx {

std::string number_text(double value) {
  // "%.2f" of the largest double is 309 digits and three more characters; beyond 1e15 a double
  // has no hundredths to cut (and value * 100 could overflow to infinity).
  char buffer[400];
  double shown = value;
  if (std::fabs(value) < 1e15) {
    // The largest n / 100 not above the value: rounding 59.996 up to "60" would show a value on
    // the passing side of a ≥ 60 edge it fails. The edges of the standard have at most two
    // decimals, so n / 100 and the value are always on the same side of every one of them.
    double n = std::floor(value * 100.0);
    if ((n + 1) / 100.0 <= value) n += 1;  // value * 100 came out just below a whole number
    if (n / 100.0 > value) n -= 1;
    shown = n / 100.0;
  }
  std::snprintf(buffer, sizeof buffer, "%.2f", shown);
  std::string text = buffer;
  while (!text.empty() && text.back() == '0') text.pop_back();
  if (!text.empty() && text.back() == '.') text.pop_back();
  if (text == "-0") text = "0";
  return text;
}

std::string percent_text(double value) { return number_text(value) + "%"; }

std::string join(const std::vector<std::string>& parts, const std::string& separator) {
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) out += separator;
    out += parts[i];
  }
  return out;
}

}  // namespace sx
