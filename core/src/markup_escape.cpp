#include "sx/markup_escape.hpp"

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

}  // namespace sx
