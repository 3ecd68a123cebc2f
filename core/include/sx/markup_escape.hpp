#pragma once
// Escaping of user text for the draft's formats and the review's .xlsx. Both keep every character a user can type
// (emoji, rare CJK, quotes) as text; XML 1.0 also forbids most control characters, which are dropped.
#include <optional>
#include <string>
#include <string_view>

namespace sx {

std::string escape_html(std::string_view text);
std::string escape_xml(std::string_view text);
// XML character data back to text, as another program may have written it: the five entities,
// character references and CDATA sections. nullopt if malformed or holding an element.
std::optional<std::string> unescape_xml(std::string_view data);

}  // namespace sx
