#include "sx/text.hpp"

#include <cmath>
#include <cstdio>

namespace sx {

double hundredths_down(double value) {
  // Beyond 1e15 a double has no hundredths to cut (and value * 100 could overflow to infinity).
  if (!(std::fabs(value) < 1e15)) return value;
  double n = std::floor(value * 100.0);
  if ((n + 1) / 100.0 <= value) n += 1;  // value * 100 came out just below a whole number
  if (n / 100.0 > value) n -= 1;
  return n / 100.0;
}

std::string number_text(double value) {
  // "%.2f" of the largest double is 309 digits and three more characters.
  char buffer[400];
  std::snprintf(buffer, sizeof buffer, "%.2f", hundredths_down(value));
  std::string text = buffer;
  while (!text.empty() && text.back() == '0') text.pop_back();
  if (!text.empty() && text.back() == '.') text.pop_back();
  if (text == "-0") text = "0";
  return text;
}

std::string percent_text(double value) { return number_text(value) + "%"; }

std::string trim_end(std::string text) {
  for (;;) {
    const std::size_t n = text.size();
    if (n > 0 && std::string(" \t\r\n\v\f").find(text[n - 1]) != std::string::npos) {
      text.pop_back();
    } else if (n >= 3 && text.compare(n - 3, 3, "\xE3\x80\x80") == 0) {
      text.resize(n - 3);
    } else {
      return text;
    }
  }
}

std::string join(const std::vector<std::string>& parts, const std::string& separator) {
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) out += separator;
    out += parts[i];
  }
  return out;
}

}  // namespace sx
