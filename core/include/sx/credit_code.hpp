#pragma once
// 统一社会信用代码 (GB 32100-2015): 18 characters from a 31-character alphabet, the last one a
// check character over the first seventeen.
#include <optional>
#include <string>
#include <string_view>

namespace sx {

enum class CreditCodeProblem { None, Length, Character, CheckCharacter };

CreditCodeProblem check_credit_code(std::string_view code);
// The check character the first 17 characters call for, or nullopt if one is outside the alphabet.
std::optional<char> credit_code_check_character(std::string_view first17);
// The registration authority's administrative division: the 3rd–8th characters, when they are
// six digits (GB 32100; "330621" for 柯桥区); nullopt otherwise.
std::optional<std::string> registration_division(std::string_view code);

}  // namespace sx
