// The atlas's bookkeeping of which characters each font (text size) must hold: a character drawn
// in the title's font is added to that font alone, body text keeps its ASCII, characters only the
// GB2312 file has wait for it, and a character asked again costs no rebuild.
#include <gtest/gtest.h>

#include <vector>

#include "glyph_requests.hpp"
#include "type_scale.hpp"

namespace {

using sx_app::GlyphRequests;
constexpr std::size_t kBody = 0;
constexpr std::size_t kSection = 1;
constexpr std::size_t kTitle = 2;
constexpr unsigned int kKai = 0x5F00;  // 开, in the UI file
constexpr unsigned int kShi = 0x59CB;  // 始, in the UI file
constexpr unsigned int kRare = 0x9F98;  // 龘-ish: only in the GB2312 file here
constexpr unsigned int kEllipsis = 0x2026;

bool in_ui(unsigned int cp) { return (cp >= 0x20 && cp <= 0x7e) || cp == kKai || cp == kShi || cp == kEllipsis; }
bool in_gb2312(unsigned int cp) { return cp == kRare; }

bool has(const std::vector<unsigned int>& cps, unsigned int cp) {
  for (const unsigned int c : cps) {
    if (c == cp) return true;
  }
  return false;
}

TEST(GlyphRequests, OneFontPerTextSize) {
  const GlyphRequests requests(sx_app::kTextSizes, in_ui, in_gb2312);
  EXPECT_EQ(requests.fonts(), 4u);
  EXPECT_EQ(sx_app::kTextSizeEm[static_cast<int>(sx_app::TextSize::Body)], 16.0f);
  EXPECT_EQ(sx_app::kTextSizeEm[static_cast<int>(sx_app::TextSize::Section)], 20.0f);
  EXPECT_EQ(sx_app::kTextSizeEm[static_cast<int>(sx_app::TextSize::Title)], 28.0f);
  EXPECT_EQ(sx_app::kTextSizeEm[static_cast<int>(sx_app::TextSize::Score)], 44.0f);
}

TEST(GlyphRequests, ACharacterDrawnInTheTitleJoinsTheTitleFontOnly) {
  GlyphRequests requests(3, in_ui, in_gb2312);
  EXPECT_TRUE(requests.request(kTitle, kKai, false));
  EXPECT_TRUE(has(requests.ui_code_points(kTitle), kKai));
  EXPECT_FALSE(has(requests.ui_code_points(kBody), kKai));
  EXPECT_FALSE(has(requests.ui_code_points(kSection), kKai));
  // Asked again: nothing new, no rebuild.
  EXPECT_FALSE(requests.request(kTitle, kKai, false));
  // The same character drawn in body text is the body font's request, a rebuild of its own.
  EXPECT_TRUE(requests.request(kBody, kKai, false));
  EXPECT_TRUE(has(requests.ui_code_points(kBody), kKai));
}

TEST(GlyphRequests, BodyTextHasAsciiTheLargerSizesOnlyWhatTheyDrew) {
  GlyphRequests requests(3, in_ui, in_gb2312);
  const auto body = requests.ui_code_points(kBody);
  const auto title = requests.ui_code_points(kTitle);
  EXPECT_TRUE(has(body, 'A'));
  EXPECT_TRUE(has(body, '7'));
  EXPECT_FALSE(has(title, 'A'));
  EXPECT_FALSE(has(title, '7'));
  // What ImGui looks up itself when it builds a font: every font has it.
  for (const unsigned int cp : {unsigned(' '), unsigned('?'), kEllipsis}) {
    EXPECT_TRUE(has(body, cp)) << cp;
    EXPECT_TRUE(has(title, cp)) << cp;
  }
  EXPECT_FALSE(requests.request(kBody, 'A', false));  // there already
  EXPECT_TRUE(requests.request(kTitle, '7', false));  // "第 1/10 步" in a heading
  EXPECT_TRUE(has(requests.ui_code_points(kTitle), '7'));
}

TEST(GlyphRequests, Gb2312CharactersWaitForTheirFileInTheirFont) {
  GlyphRequests requests(3, in_ui, in_gb2312);
  EXPECT_FALSE(requests.request(kSection, kRare, false));  // nothing to rebuild with yet
  EXPECT_TRUE(requests.waiting());
  EXPECT_TRUE(requests.gb2312_arrived());
  EXPECT_FALSE(requests.waiting());
  EXPECT_TRUE(has(requests.gb2312_code_points(kSection), kRare));
  EXPECT_FALSE(has(requests.gb2312_code_points(kBody), kRare));
  EXPECT_FALSE(requests.gb2312_arrived());
  // Once the file is loaded, a new request is a rebuild at once.
  EXPECT_TRUE(requests.request(kTitle, kRare, true));
  EXPECT_TRUE(has(requests.gb2312_code_points(kTitle), kRare));
}

// Body text and section headings get the whole UI file: scrolling to a heading not seen before
// cost a 20–50 ms rebuild (perf.sh counted six in 478 frames); a title still asks for its own.
TEST(GlyphRequests, CompletingTheUiFontCoversBodyTextAndSectionHeadings) {
  GlyphRequests requests(3, in_ui, in_gb2312);
  EXPECT_TRUE(requests.request(kSection, kKai, false));  // before: a heading asks
  EXPECT_TRUE(requests.complete_ui_font());
  EXPECT_FALSE(requests.complete_ui_font());
  EXPECT_TRUE(requests.ui_complete());
  EXPECT_TRUE(requests.ui_complete(kBody));
  EXPECT_TRUE(requests.ui_complete(kSection));
  EXPECT_FALSE(requests.ui_complete(kTitle));
  EXPECT_FALSE(requests.request(kBody, kShi, false));  // body text has the whole UI file now
  EXPECT_FALSE(requests.request(kSection, kShi, false));  // and so do section headings
  EXPECT_TRUE(requests.request(kTitle, kShi, false));  // a title still asks for its own
}

// Once the page is up every size has printable ASCII: a score or a count in a heading that
// changes costs no rebuild (an 18–27 ms frame); the larger sizes' Chinese is still asked for.
TEST(GlyphRequests, CompletingGivesEverySizeAscii) {
  GlyphRequests requests(4, in_ui, in_gb2312);
  EXPECT_TRUE(requests.request(kTitle, kKai, false));  // before: a title asks
  EXPECT_FALSE(has(requests.ui_code_points(kTitle), '7'));
  EXPECT_TRUE(requests.complete_ui_font());
  EXPECT_FALSE(requests.ui_complete(kTitle));
  for (const std::size_t font : {kBody, kSection, kTitle, std::size_t(3)}) {
    EXPECT_TRUE(has(requests.ui_code_points(font), '7')) << font;
    EXPECT_FALSE(requests.request(font, '5', false)) << font;  // "得分 65" costs no rebuild
  }
  EXPECT_TRUE(requests.request(kTitle, kShi, false));
}

// 喆 and 堃 are in neither file (names use them; GB2312 does not have them): the page draws them
// with the system's fonts, at once and in the font that drew them, without waiting for a file.
TEST(GlyphRequests, ACharacterInNeitherFileIsDrawnByTheSystemInItsFont) {
  constexpr unsigned int kZhe = 0x5586;  // 喆
  constexpr unsigned int kKun = 0x5803;  // 堃
  GlyphRequests requests(3, in_ui, in_gb2312);
  EXPECT_TRUE(requests.request(kBody, kZhe, false));
  EXPECT_TRUE(requests.request(kTitle, kKun, false));
  EXPECT_FALSE(requests.request(kBody, kZhe, false));  // asked again: no rebuild
  EXPECT_FALSE(requests.waiting());
  EXPECT_EQ(requests.system_code_points(kBody), std::vector<unsigned int>{kZhe});
  EXPECT_EQ(requests.system_code_points(kTitle), std::vector<unsigned int>{kKun});
  EXPECT_TRUE(requests.system_code_points(kSection).empty());
  EXPECT_FALSE(has(requests.gb2312_code_points(kBody), kZhe));
  EXPECT_FALSE(has(requests.ui_code_points(kBody), kZhe));
}

TEST(GlyphRequests, ControlCharactersSurrogatesAndAnUnknownFontChangeNothingHarmful) {
  GlyphRequests requests(3, in_ui, in_gb2312);
  EXPECT_FALSE(requests.request(kBody, 0x07, false));
  EXPECT_FALSE(requests.request(kBody, 0x85, false));
  EXPECT_FALSE(requests.request(kBody, 0xD83D, false));
  EXPECT_FALSE(requests.waiting());
  EXPECT_FALSE(requests.request(9, 'A', false));  // treated as body text, which has ASCII
  EXPECT_FALSE(requests.request(kBody, 0x110000, false));
  EXPECT_TRUE(requests.system_code_points(kBody).empty());
}

}  // namespace
