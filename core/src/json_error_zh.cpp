#include "json_error_zh.hpp"

#include <utility>

namespace sx {

namespace {

bool starts_with(std::string_view text, std::string_view prefix) {
  return text.substr(0, prefix.size()) == prefix;
}

// The parser's token names (nlohmann's lexer::token_type_name) as a reader of a file knows them;
// "expected X" is X where the parser expected it.
std::string token_zh(std::string_view name) {
  static const std::pair<std::string_view, const char*> kTokens[] = {
      {"string literal", "用英文双引号括起的文字"},
      {"number literal", "数字"},
      {"true literal", "true"},
      {"false literal", "false"},
      {"null literal", "null"},
      {"'[', '{', or a literal", "一个值（数字、文字、true、false、null、对象或数组）"},
      {"end of input", "文件结尾"},
      {"'['", "“[”"},
      {"'{'", "“{”"},
      {"']'", "“]”"},
      {"'}'", "“}”"},
      // The parser expects '}' (or ']') only after a member, where a comma would do as well:
      // most often a comma is what is missing.
      {"expected '}'", "英文逗号“,”或“}”"},
      {"expected ']'", "英文逗号“,”或“]”"},
      {"':'", "英文冒号“:”"},
      {"','", "英文逗号“,”"},
  };
  for (const auto& [english, chinese] : kTokens) {
    if (name == english) return chinese;
  }
  constexpr std::string_view kExpected = "expected ";
  if (starts_with(name, kExpected)) return token_zh(name.substr(kExpected.size()));
  return std::string(name);
}

// The lexer's own messages: what is wrong with the characters just read.
std::string lexer_zh(std::string_view message) {
  static const std::pair<std::string_view, const char*> kMessages[] = {
      {"invalid literal", "无法识别的内容"},
      {"invalid string: ill-formed UTF-8 byte", "文字中有不是 UTF-8 编码的字节（文件须以 UTF-8 保存）"},
      {"invalid string: missing closing quote", "文字缺少结尾的英文双引号"},
      {"invalid string: '\\u' must be followed by 4 hex digits", "“\\u”后须有 4 位十六进制数字"},
      {"invalid string: surrogate U+D800..U+DBFF must be followed by U+DC00..U+DFFF",
       "“\\u”转义的代理项不成对"},
      {"invalid string: surrogate U+DC00..U+DFFF must follow U+D800..U+DBFF", "“\\u”转义的代理项不成对"},
      {"invalid string: forbidden character after backslash", "反斜杠“\\”后的字符不能转义"},
      {"invalid number; expected digit after '-'", "数字无效：负号后应为数字"},
      {"invalid number; expected digit after '.'", "数字无效：小数点后应为数字"},
      {"invalid number; expected '+', '-', or digit after exponent", "数字无效：指数“e”后应为数字"},
      {"invalid number; expected digit after exponent sign", "数字无效：指数的正负号后应为数字"},
      {"invalid comment; missing closing '*/'", "JSON 中不能有注释"},
      {"invalid comment; expecting '/' or '*' after '/'", "JSON 中不能有注释"},
      {"invalid BOM; must be 0xEF 0xBB 0xBF if given", "文件开头的字节顺序标记（BOM）无效"},
  };
  for (const auto& [english, chinese] : kMessages) {
    if (message == english) return chinese;
  }
  // "invalid string: control character U+000A (LF) must be escaped to \u000A or \n"
  constexpr std::string_view kControl = "invalid string: control character ";
  if (starts_with(message, kControl)) {
    const std::string_view code = message.substr(kControl.size(), 6);  // "U+000A"
    return "文字中有未转义的控制字符 " + std::string(code) + "（如换行、制表符，须写作 \\n、\\t 等）";
  }
  return "无法读取（" + std::string(message) + "）";
}

}  // namespace

std::string json_error_zh(std::string_view what) {
  constexpr std::string_view kOverflow = "number overflow parsing '";
  if (starts_with(what, kOverflow)) {
    std::string_view number = what.substr(kOverflow.size());
    if (!number.empty() && number.back() == '\'') number.remove_suffix(1);
    return "数字 " + std::string(number) + " 超出可表示的范围";
  }
  constexpr std::string_view kSyntax = "syntax error ";
  if (!starts_with(what, kSyntax)) return "无法读取（" + std::string(what) + "）";
  std::string_view rest = what.substr(kSyntax.size());
  const auto dash = rest.find("- ");
  if (dash == std::string_view::npos) return "无法读取（" + std::string(what) + "）";
  rest = rest.substr(dash + 2);  // the context ("while parsing object key") says nothing a reader needs

  // What the parser expected comes last ("; expected string literal"); the lexer's own message
  // may say "expected" too ("invalid number; expected digit after '-'"), so it is looked for
  // after the token read ("last read: '…'"), which is quoted.
  std::string problem;
  std::string_view expected;
  constexpr std::string_view kExpected = "; expected ";
  constexpr std::string_view kUnexpected = "unexpected ";
  constexpr std::string_view kLastRead = "; last read: '";
  if (starts_with(rest, kUnexpected)) {
    std::string_view token = rest.substr(kUnexpected.size());
    if (const auto at = token.find(kExpected); at != std::string_view::npos) {
      expected = token.substr(at + kExpected.size());
      token = token.substr(0, at);
    }
    problem = token == "end of input" ? "文件在此处意外结束（内容不完整）" : "此处不应出现" + token_zh(token);
  } else if (const auto read = rest.find(kLastRead); read != std::string_view::npos) {
    std::string_view token = rest.substr(read + kLastRead.size());
    if (const auto at = token.rfind("'" + std::string(kExpected)); at != std::string_view::npos) {
      expected = token.substr(at + 1 + kExpected.size());
      token = token.substr(0, at);
    } else if (!token.empty() && token.back() == '\'') {
      token.remove_suffix(1);
    }
    problem = lexer_zh(rest.substr(0, read));
    if (!token.empty()) problem += "，读到的是“" + std::string(token) + "”";
  } else {
    problem = lexer_zh(rest);
  }
  if (!expected.empty()) {
    problem += expected == "end of input" ? "；文件到此应已结束"
                                          : "；此处应为" + token_zh("expected " + std::string(expected));
  }
  return problem;
}

}  // namespace sx
