#include "typed_number.hpp"

#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <vector>

#include "sx/text.hpp"

namespace sx_app {

namespace {
bool ends_with(const std::string& text, const std::string& tail) {
  return !tail.empty() && text.size() >= tail.size() && text.compare(text.size() - tail.size(), tail.size(), tail) == 0;
}

// What may follow the number for `unit`: the unit, each of its "/" alternatives, and those run
// together (台/套 → 台/套, 台, 套, 台套), longest first so 台套 is not read as 台 after 30套.
std::vector<std::string> unit_spellings(const std::string& unit) {
  std::vector<std::string> spellings;
  if (unit.empty()) return spellings;
  spellings.push_back(unit);
  std::vector<std::string> parts;
  std::string joined;
  std::size_t from = 0;
  while (from <= unit.size()) {
    const std::size_t slash = unit.find('/', from);
    const std::string part = unit.substr(from, slash == std::string::npos ? std::string::npos : slash - from);
    if (!part.empty()) parts.push_back(part);
    joined += part;
    if (slash == std::string::npos) break;
    from = slash + 1;
  }
  if (parts.size() > 1) spellings.push_back(joined);
  for (const auto& p : parts) spellings.push_back(p);
  return spellings;
}

// The text with blanks and group commas taken out and fullwidth forms made ASCII; false when a
// fullwidth character other than those is in it.
bool plain_digits(const std::string& text, std::string& out) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == ' ' || c == '\t' || c == ',') continue;
    // U+3000 (ideographic space): E3 80 80.
    if (c == 0xE3 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80 &&
        static_cast<unsigned char>(text[i + 2]) == 0x80) {
      i += 2;
      continue;
    }
    // U+FF10–FF19 (０–９), U+FF0E (．), U+FF0C (，), U+FF0D (－), U+FF0B (＋): EF BC 90–99, 8E, 8C, 8D, 8B.
    if (c == 0xEF && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xBC) {
      const unsigned char d = static_cast<unsigned char>(text[i + 2]);
      if (d >= 0x90 && d <= 0x99) out += static_cast<char>('0' + (d - 0x90));
      else if (d == 0x8E) out += '.';
      else if (d == 0x8D) out += '-';
      else if (d == 0x8B) out += '+';
      else if (d != 0x8C) return false;
      i += 2;
      continue;
    }
    out += static_cast<char>(c);
  }
  return true;
}

}  // namespace

TypedNumber parse_typed_number(const std::string& text, const std::string& unit) {
  std::string number = sx::trim_end(text);
  if (number.empty()) return {true, std::nullopt};  // nothing but blanks: the answer is cleared
  // The field's own unit, once (a rate's % in either width).
  std::vector<std::string> spellings = unit_spellings(unit);
  if (unit == "%") spellings.push_back("\xEF\xBC\x85");
  for (const auto& spelling : spellings) {
    if (ends_with(number, spelling)) {
      number = sx::trim_end(number.substr(0, number.size() - spelling.size()));
      break;
    }
  }
  std::string plain;
  if (!plain_digits(number, plain)) return {};
  if (plain.empty()) return {};  // a unit or a sign with no number
  // strtod would take hex, "inf", "nan" and exponents; a figure is digits with one point.
  for (const char c : plain) {
    if (!((c >= '0' && c <= '9') || c == '.' || c == '-' || c == '+')) return {};
  }
  errno = 0;
  char* end = nullptr;
  const double value = std::strtod(plain.c_str(), &end);
  if (end != plain.c_str() + plain.size() || errno == ERANGE || !std::isfinite(value)) return {};
  return {true, value};
}

}  // namespace sx_app
