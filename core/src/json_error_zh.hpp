#pragma once
#include <string>
#include <string_view>

namespace sx {

// The Chinese for a JSON parser's complaint (nlohmann's English, as json_text.cpp trims it:
// "syntax error while parsing object key - unexpected '}'; expected string literal"): what is
// wrong where the parser stopped, what it read there and what belongs there instead. An
// unrecognised text is kept as it is, after a plain Chinese sentence.
std::string json_error_zh(std::string_view what);

}  // namespace sx
