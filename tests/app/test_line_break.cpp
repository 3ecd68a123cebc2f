// Chinese line-breaking rules (app/ui/line_break.cpp): the rule on its own, then through ImGui's
// wrapping (the cmake patch), where a comma ImGui would put at a line's start moves back with
// the character before it.
#include <gtest/gtest.h>

#include <cfloat>
#include <string>
#include <vector>

#include "default_font.hpp"
#include "imgui.h"
#include "line_break.hpp"
#include "style.hpp"

// ImGui's assertions are on in the native build (tests/app/imconfig_test.h).
void sx_imgui_assert_failed(const char* expr, const char* file, int line) {
  ADD_FAILURE() << file << ":" << line << ": IM_ASSERT(" << expr << ")";
}

namespace {

// Where the next line starts, as an index into `text`, for ImGui's proposed break at `proposed`.
std::size_t adjusted(const std::string& text, std::size_t proposed) {
  const char* begin = text.c_str();
  return static_cast<std::size_t>(sx_app::adjust_line_break(begin, begin + proposed, begin + text.size()) - begin);
}

struct BreakCase {
  const char* what;
  std::string text;
  std::size_t proposed;
  std::size_t expected;
};

class LineBreak : public ::testing::TestWithParam<BreakCase> {};

TEST_P(LineBreak, MovesBreaksOffPunctuation) {
  const auto& c = GetParam();
  EXPECT_EQ(adjusted(c.text, c.proposed), c.expected) << c.what;
}

// Chinese characters are 3 bytes in UTF-8: index 3n is the n-th character.
INSTANTIATE_TEST_SUITE_P(
    Rules, LineBreak,
    ::testing::Values(
        BreakCase{"plain break stays", "一二三四五六", 9, 9},
        BreakCase{"comma never starts a line", "一二三，四五", 9, 6},
        BreakCase{"full stop never starts a line", "一二三。四五", 9, 6},
        BreakCase{"closing bracket never starts a line, nor opening ends one", "一二（三）四", 12, 6},
        BreakCase{"closing quote and full stop both stay", "一二三四。”五", 12, 9},
        BreakCase{"opening bracket never ends a line", "一二（三四）", 9, 6},
        BreakCase{"opening quote never ends a line", "一二“三四”", 9, 6},
        BreakCase{"ASCII comma after a word", "abc, def", 3, 2},
        BreakCase{"the first character always stays on its line", "一，二", 3, 3},
        BreakCase{"all punctuation: ImGui's break stands", "一，，，二", 9, 9},
        BreakCase{"break at the end is left alone", "一二三", 9, 9},
        BreakCase{"break at the start is left alone", "一二三", 0, 0},
        // Tokens: letters, digits and their marks go to the next line whole (issue 14, item 9).
        BreakCase{"an abbreviation is not split, its bracket goes with it", "一二（PDM）", 11, 6},
        BreakCase{"a number is not split at its point", "一3.2二", 5, 3},
        BreakCase{"a number keeps its unit after a space", "得分3.2 %", 9, 6},
        BreakCase{"a standard's code keeps its number", "按GB/T 4754", 7, 3},
        BreakCase{"also when the break is after the space", "按GB/T 4754", 8, 3},
        BreakCase{"words still break at spaces", "abc def", 3, 3},
        BreakCase{"a token as long as the line is cut", "ABCDEFGH", 4, 4},
        BreakCase{"Chinese before a token still breaks", "一二三CAD", 6, 6},
        // A number keeps its unit and its name; a sign keeps what it qualifies (the newcomer's
        // walk: "8 |分", "表|1 6.1", "≥ |50%", "✓ |符合", "A |类").
        BreakCase{"a number keeps its measure word after a space", "一二得 8 分", 12, 10},
        BreakCase{"also when the break is at the space", "一二得 8 分", 11, 10},
        BreakCase{"a number keeps its unit without a space", "一二60%以上", 9, 6},
        BreakCase{"a letter keeps its measure word", "一如 A 类", 9, 7},
        BreakCase{"表 keeps its number", "一二表1 6.1", 9, 6},
        BreakCase{"≥ keeps its number", "一二 ≥ 50%", 10, 7},
        BreakCase{"✓ keeps its word", "一二 ✓ 符合", 11, 7},
        BreakCase{"Chinese after a number that is no unit still breaks", "一2二", 4, 4}),
    [](const ::testing::TestParamInfo<BreakCase>& info) { return "case" + std::to_string(info.index); });

// Through ImGui: every character of ProggyClean's fallback is as wide, so a wrap width of five
// characters puts the comma of "一二三四五，六七八九" at the start of the second line unpatched.
TEST(LineBreakInImGui, WrappedTextKeepsTheCommaOnTheFirstLine) {
  ImFont* font = default_font_with_the_app_style();
  const std::string text = "一二三四五，六七八九";
  const float advance = font->FallbackAdvanceX;
  const char* begin = text.c_str();
  const char* end = begin + text.size();
  std::vector<std::string> lines;
  for (const char* line = begin; line < end && lines.size() < 10;) {
    const char* next = font->CalcWordWrapPositionA(1.0f, line, end, advance * 5.5f);
    lines.emplace_back(line, next);
    line = next;
  }
  // Unpatched: 一二三四五 / ，六七八九.
  EXPECT_EQ(lines, (std::vector<std::string>{"一二三四", "五，六七八", "九"}));
  const ImVec2 size = font->CalcTextSizeA(font->FontSize, FLT_MAX, advance * 5.5f, begin, end);
  EXPECT_FLOAT_EQ(size.y, font->FontSize * 3) << "ImGui measures the text as it breaks it";
  ImGui::DestroyContext();
}

// Through ImGui at every width from 18 to 40 characters (the longest token here, “（GB/T 4754-2017）”,
// is 16): no line ends inside a run of letters, digits and their marks (issue 14, item 9), in texts
// the screens really show.
TEST(LineBreakInImGui, NoTokenIsSplitAtAnyWidth) {
  ImFont* font = default_font_with_the_app_style();
  const float advance = font->FallbackAdvanceX;
  const auto token_char = [](char c) {
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '.' || c == '%' || c == '/';
  };
  const std::vector<std::string> texts = {
      "建立产品数据管理系统（PDM），实现产品数据的集成管理。研发设计及管理工具（CAD、CAE、PDM、CAPP等）普及率不低于70%",
      "按《国民经济行业分类》（GB/T 4754-2017）制造业大类选择。",
      "3.2 现场数据自动采集和分析：得分 3.2 % 或 66.5 %，满分 10 分，数控化率 65.25%。",
  };
  for (const auto& text : texts) {
    const char* begin = text.c_str();
    const char* end = begin + text.size();
    for (int chars = 18; chars <= 40; ++chars) {
      std::vector<std::string> lines;
      for (const char* line = begin; line < end && lines.size() < 100;) {
        const char* next = font->CalcWordWrapPositionA(1.0f, line, end, advance * (static_cast<float>(chars) + 0.5f));
        ASSERT_GT(next, line) << "wrapping must advance";
        while (next < end && *next == ' ') ++next;  // ImGui drops blanks at a break
        lines.emplace_back(line, next);
        line = next;
      }
      for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
        std::string last = lines[i];
        while (!last.empty() && last.back() == ' ') last.pop_back();
        ASSERT_FALSE(last.empty());
        EXPECT_FALSE(token_char(last.back()) && token_char(lines[i + 1].front()))
            << "at " << chars << " characters: " << ::testing::PrintToString(lines);
      }
    }
  }
  ImGui::DestroyContext();
}

// Nor does a line start with closing punctuation, even two or three marks in a row after a
// nested bracket (“（第七条（二））要求”), at any width from 6 to 40 characters.
TEST(LineBreakInImGui, NoLineStartsWithClosingPunctuationAtAnyWidth) {
  ImFont* font = default_font_with_the_app_style();
  const float advance = font->FallbackAdvanceX;
  const std::vector<std::string> starts_not = {"）", "，", "。", "、", "；", "：", "”", "》"};
  const std::vector<std::string> texts = {
      "另须满足智能制造示范车间（第七条（二））要求，并具备“两化融合”（《管理体系》）。",
      "建成投产（第五条（二））。“智能工厂”（第八条）、“示范车间”（第七条）：须满足。",
  };
  for (const auto& text : texts) {
    const char* begin = text.c_str();
    const char* end = begin + text.size();
    for (int chars = 6; chars <= 40; ++chars) {
      std::vector<std::string> lines;
      for (const char* line = begin; line < end && lines.size() < 100;) {
        const char* next = font->CalcWordWrapPositionA(1.0f, line, end, advance * (static_cast<float>(chars) + 0.5f));
        ASSERT_GT(next, line) << "wrapping must advance";
        lines.emplace_back(line, next);
        line = next;
      }
      for (std::size_t i = 1; i < lines.size(); ++i) {
        for (const auto& mark : starts_not) {
          EXPECT_NE(lines[i].rfind(mark, 0), 0u) << "at " << chars << " characters: " << ::testing::PrintToString(lines);
        }
      }
    }
  }
  ImGui::DestroyContext();
}

}  // namespace
