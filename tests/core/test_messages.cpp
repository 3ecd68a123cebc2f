// Problems as the app shows them, in Chinese only: a JSON syntax error says in Chinese what is
// wrong, what was read and what belongs there (not the parser's English), and a position reads
// "第 L 行第 C 列". The English stays for the command line.
#include <gtest/gtest.h>

#include "sx/json_text.hpp"
#include "sx/message.hpp"
#include "test_support.hpp"

namespace {

#define HEAD R"("format":"sx-retrofit-assessment","version":1,"standard":"shaoxing-2019","type":"discrete")"

// The one message a text that is not JSON gives, in the app's form.
std::string shown(const std::string& text) {
  const auto result = sx::parse_assessment(text);
  if (result.errors.size() != 1) return "(" + std::to_string(result.errors.size()) + " messages)";
  return sx::format_message_zh(result.errors[0]);
}

TEST(Messages, SyntaxErrorsAreToldInChinese) {
  struct Case {
    const char* name;
    std::string text;
    const char* shown;
  };
  const std::vector<Case> cases = {
      {"a key without quotes", "{format:",
       "第 1 行第 3 列：不是有效的 JSON：无法识别的内容，读到的是“{fo”；此处应为用英文双引号括起的文字"},
      {"a comma after the last member", "{" HEAD ",}",
       "第 1 行第 93 列：不是有效的 JSON：此处不应出现“}”；此处应为用英文双引号括起的文字"},
      // The comma is named where it belongs, after the previous value, not at the next one.
      {"a missing comma", R"({"a":1 "b":2})", "第 1 行第 7 列：不是有效的 JSON：此处缺少英文逗号“,”（或应以“}”结束）"},
      {"a missing comma at a line's end", "{\n  \"format\": \"x\",\n  \"version\": 1\n  \"standard\": \"y\"\n}",
       "第 3 行第 15 列：不是有效的 JSON：此处缺少英文逗号“,”（或应以“}”结束）"},
      {"a missing comma after a string", "{\"a\": \"x\\\"y\"  \"b\": 1}",
       "第 1 行第 13 列：不是有效的 JSON：此处缺少英文逗号“,”（或应以“}”结束）"},
      {"a missing comma in an array", "[1 2]", "第 1 行第 3 列：不是有效的 JSON：此处缺少英文逗号“,”（或应以“]”结束）"},
      {"a missing comma before an object", "[{} {}]",
       "第 1 行第 4 列：不是有效的 JSON：此处缺少英文逗号“,”（或应以“]”结束）"},
      {"a missing colon", R"({"a" 1})",
       "第 1 行第 6 列：不是有效的 JSON：此处不应出现数字；此处应为英文冒号“:”"},
      {"cut off in an object", "{" HEAD,
       "第 1 行第 92 列：不是有效的 JSON：文件在此处意外结束（内容不完整）；此处应为英文逗号“,”或“}”"},
      {"cut off in an array", "[1,2",
       "第 1 行第 5 列：不是有效的 JSON：文件在此处意外结束（内容不完整）；此处应为英文逗号“,”或“]”"},
      {"an unterminated string", R"({"a":"abc)",
       "第 1 行第 10 列：不是有效的 JSON：文字缺少结尾的英文双引号，读到的是“\"abc”"},
      {"a newline in a string", "{\"a\":\"x\ny\"}",
       "第 1 行第 8 列：不是有效的 JSON：文字中有未转义的控制字符 U+000A（如换行、制表符，须写作 \\n、\\t 等），"
       "读到的是“\"x<U+000A>”"},
      {"invalid UTF-8", "{\"a\":\"\xff\"}",
       "第 1 行第 7 列：不是有效的 JSON：文字中有不是 UTF-8 编码的字节（文件须以 UTF-8 保存），读到的是“\"\xEF\xBF\xBD”"},
      // Cut off inside 中 (E4 B8 AD): the file is incomplete, not in another encoding.
      {"cut off inside a character", "{\"a\":\"\xe4\xb8",
       "第 1 行第 7 列：不是有效的 JSON：文件在此处意外结束（内容不完整），最后一个字只有一半"},
      {"a bad escape", R"({"a":"\q"})", "第 1 行第 8 列：不是有效的 JSON：反斜杠“\\”后的字符不能转义，读到的是“\"\\q”"},
      {"a lone surrogate", R"({"a":"\ud800"})",
       "第 1 行第 13 列：不是有效的 JSON：“\\u”转义的代理项不成对，读到的是“\"\\ud800\"”"},
      {"a minus alone", R"({"a":-})", "第 1 行第 7 列：不是有效的 JSON：数字无效：负号后应为数字，读到的是“-}”"},
      {"a point without decimals", R"({"a":1.})",
       "第 1 行第 8 列：不是有效的 JSON：数字无效：小数点后应为数字，读到的是“1.}”"},
      {"a comment", R"({/*c*/})",
       "第 1 行第 2 列：不是有效的 JSON：无法识别的内容，读到的是“{/”；此处应为用英文双引号括起的文字"},
      {"text after the document", "{" HEAD "} x",
       "第 1 行第 94 列：不是有效的 JSON：无法识别的内容，读到的是“\"discrete\"} x”；文件到此应已结束"},
      {"a number beyond double", "{" HEAD R"(,"metrics":{"cnc_rate":1e999}})",
       "不是有效的 JSON：数字 1e999 超出可表示的范围"},
      {"a NUL byte", std::string("{}") + '\0', "第 1 行第 3 列：不是有效的 JSON：含有 NUL 字节"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.name);
    EXPECT_EQ(shown(c.text), c.shown);
  }
}

TEST(Messages, NoEnglishReachesTheChineseText) {
  // Every syntax error above and a few more: the Chinese text holds no word of the parser's.
  const std::vector<std::string> texts = {"{format:", "[1,2", R"({"a" 1})", R"({"a":1 "b":2})", "{\"a\":\"\xc3\x28\"}",
                                          R"({"a":tru})", R"({"a":1e})", R"({"a":"\u12"})", "{\"a\":\"\t\"}", "]"};
  for (const auto& text : texts) {
    SCOPED_TRACE(text);
    const auto errors = sx::parse_assessment(text).errors;
    ASSERT_EQ(errors.size(), 1u);
    for (const char* word : {"syntax", "error", "expected", "invalid", "literal", "unexpected", "parsing"}) {
      EXPECT_EQ(errors[0].zh.find(word), std::string::npos) << errors[0].zh;
    }
    EXPECT_NE(errors[0].en.find("not valid JSON: syntax error"), std::string::npos) << errors[0].en;
  }
}

TEST(Messages, TheChineseFormNamesPositionsInChinese) {
  struct Case {
    sx::Message message;
    const char* shown;
  };
  const Case cases[] = {
      {{"line 3, column 14", "不是有效的 JSON：…", "not valid JSON: …"}, "第 3 行第 14 列：不是有效的 JSON：…"},
      {{"metrics.cnc_rate", "数值 150 超出范围 [0, 100]", "value 150 is outside [0, 100]"},
       "metrics.cnc_rate：数值 150 超出范围 [0, 100]"},
      {{"", "文件为空", "the document is empty"}, "文件为空"},
      {{sx::kMoreProblemsPath, "另有 3 处问题", "and 3 more problems"}, "另有 3 处问题"},
      // Only the exact form is a position: a member named like one stays a path.
      {{"line 3, column 14x", "x", "x"}, "line 3, column 14x：x"},
      {{"line 3", "x", "x"}, "line 3：x"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.message.path);
    EXPECT_EQ(sx::format_message_zh(c.message), c.shown);
  }
  EXPECT_EQ(sx::position_path(3, 14), "line 3, column 14");
  // The command line keeps both languages.
  EXPECT_EQ(sx::format_message(cases[0].message), "line 3, column 14: 不是有效的 JSON：… / not valid JSON: …");
}

}  // namespace

// The page hands the core a file's bytes as they are (web/files.js): the core alone judges them.
namespace {

TEST(Messages, AFileSavedByNotepadWithAByteOrderMarkIsRead) {
  const auto result = sx::parse_assessment("\xEF\xBB\xBF{" HEAD "}");
  EXPECT_TRUE(result.assessment) << (result.errors.empty() ? "" : sx::format_message_zh(result.errors[0]));
}

TEST(Messages, AFileOverTheLimitIsToldWithItsSize) {
  const sx::Message told = sx::document_too_large(1048577);
  EXPECT_EQ(told.zh, "文件大小为 1,048,577 字节，超过 1 MiB（1,048,576 字节）的大小上限，未读取（申报文件通常只有几 KB）");
  EXPECT_EQ(sx::document_too_large(2147483648ULL).zh.rfind("文件大小为 2,147,483,648 字节", 0), 0u);
  EXPECT_EQ(sx::document_too_large(999).zh.rfind("文件大小为 999 字节", 0), 0u);
}

TEST(Messages, BytesThatAreNotUtf8AreToldWhereTheyAre) {
  EXPECT_EQ(shown("{" HEAD ",\n\"enterprise\":{\"name\":\"Caf\xE9\"}}"),
            "第 2 行第 26 列：不是有效的 JSON：文字中有不是 UTF-8 编码的字节（文件须以 UTF-8 保存），读到的是“\"Caf\xEF\xBF\xBD\"”");
}

}  // namespace
