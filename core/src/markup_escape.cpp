#include "sx/markup_escape.hpp"

#include <cstdint>

namespace sx {

namespace {
std::string escape(std::string_view text, bool xml) {
  std::string out;
  out.reserve(text.size() + 16);
  for (std::size_t i = 0; i < text.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      case '\r': break;  // renderers split lines on \n, so a CR is only a Windows line ending's rest
      default:
        // Tab and newline are the C0 characters XML 1.0 allows (and CR, handled above).
        if (c < 0x20 && c != '\t' && c != '\n') {
          if (!xml) out += ' ';
          break;
        }
        // U+FFFE and U+FFFF (EF BF BE / EF BF BF) are not XML characters either.
        if (xml && c == 0xEF && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xBF &&
            (static_cast<unsigned char>(text[i + 2]) == 0xBE || static_cast<unsigned char>(text[i + 2]) == 0xBF)) {
          i += 2;
          break;
        }
        out += static_cast<char>(c);
    }
  }
  return out;
}
}  // namespace

std::string escape_html(std::string_view text) { return escape(text, false); }
std::string escape_xml(std::string_view text) { return escape(text, true); }

namespace {
void append_utf8(std::string& out, std::uint32_t code) {
  if (code < 0x80) {
    out += static_cast<char>(code);
  } else if (code < 0x800) {
    out += static_cast<char>(0xC0 | (code >> 6));
    out += static_cast<char>(0x80 | (code & 0x3F));
  } else if (code < 0x10000) {
    out += static_cast<char>(0xE0 | (code >> 12));
    out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (code >> 18));
    out += static_cast<char>(0x80 | ((code >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code & 0x3F));
  }
}

}  // namespace

std::optional<std::string> unescape_xml(std::string_view data) {
  std::string out;
  out.reserve(data.size());
  for (std::size_t i = 0; i < data.size(); ++i) {
    if (data.substr(i, 9) == "<![CDATA[") {
      const std::size_t end = data.find("]]>", i + 9);
      if (end == std::string_view::npos) return std::nullopt;
      out.append(data.substr(i + 9, end - i - 9));
      i = end + 2;
      continue;
    }
    if (data[i] == '<') return std::nullopt;  // an element inside: not the part we wrote
    if (data[i] != '&') {
      out += data[i];
      continue;
    }
    const std::size_t end = data.find(';', i);
    if (end == std::string_view::npos || end - i > 10) return std::nullopt;
    const std::string_view name = data.substr(i + 1, end - i - 1);
    if (name == "amp") out += '&';
    else if (name == "lt") out += '<';
    else if (name == "gt") out += '>';
    else if (name == "quot") out += '"';
    else if (name == "apos") out += '\'';
    else if (name.size() > 1 && name[0] == '#') {
      const bool hex = name[1] == 'x';
      const std::string digits(name.substr(hex ? 2 : 1));
      if (digits.empty() || digits.find_first_not_of(hex ? "0123456789abcdefABCDEF" : "0123456789") != std::string::npos) {
        return std::nullopt;
      }
      const unsigned long code = std::stoul(digits, nullptr, hex ? 16 : 10);
      if (code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) return std::nullopt;
      append_utf8(out, static_cast<std::uint32_t>(code));
    } else {
      return std::nullopt;
    }
    i = end;
  }
  return out;
}


}  // namespace sx
