#include "sx/credit_code.hpp"

namespace sx {

namespace {
// GB 32100-2015 表1: digits and capital letters without I, O, Z, S, V.
constexpr std::string_view kAlphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
constexpr int kWeights[17] = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

int value_of(char c) {
  const auto at = kAlphabet.find(c);
  return at == std::string_view::npos ? -1 : static_cast<int>(at);
}
}  // namespace

std::optional<char> credit_code_check_character(std::string_view first17) {
  if (first17.size() != 17) return std::nullopt;
  int sum = 0;
  for (std::size_t i = 0; i < 17; ++i) {
    const int value = value_of(first17[i]);
    if (value < 0) return std::nullopt;
    sum += value * kWeights[i];
  }
  const int check = (31 - sum % 31) % 31;
  return kAlphabet[static_cast<std::size_t>(check)];
}

CreditCodeProblem check_credit_code(std::string_view code) {
  if (code.size() != 18) return CreditCodeProblem::Length;
  for (const char c : code) {
    if (value_of(c) < 0) return CreditCodeProblem::Character;
  }
  return credit_code_check_character(code.substr(0, 17)) == code[17]
             ? CreditCodeProblem::None
             : CreditCodeProblem::CheckCharacter;
}

std::optional<std::string> registration_division(std::string_view code) {
  if (code.size() < 8) return std::nullopt;
  const std::string_view division = code.substr(2, 6);
  for (const char c : division) {
    if (c < '0' || c > '9') return std::nullopt;
  }
  return std::string(division);
}

}  // namespace sx
