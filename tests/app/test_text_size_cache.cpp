// The wrapped-text size cache (app/ui/text_size_cache.hpp): it gives what ImGui measures at every
// width, holds a text once, and forgets everything when a glyph table is rebuilt (a glyph joining
// the atlas changes its character's advance).
#include <gtest/gtest.h>

#include <cfloat>
#include <string>

#include "default_font.hpp"
#include "imgui.h"
#include "text_size_cache.hpp"

// ImGui's assertions are on in the native build (tests/app/imconfig_test.h).
void sx_imgui_assert_failed(const char* expr, const char* file, int line) {
  ADD_FAILURE() << file << ":" << line << ": IM_ASSERT(" << expr << ")";
}

namespace {

ImVec2 wrapped(ImFont* font, const std::string& text, float width) {
  return font->CalcTextSizeA(font->FontSize, FLT_MAX, width, text.c_str(), text.c_str() + text.size(), nullptr);
}

TEST(TextSizeCache, GivesWhatImGuiMeasuresAtEveryWidth) {
  ImFont* font = default_font_with_the_app_style();
  const std::string texts[] = {"一二三四五，六七八九", "按《国民经济行业分类》（GB/T 4754-2017）制造业大类选择。",
                               "short", "两行\n第二行很长很长很长很长", ""};
  for (const std::string& text : texts) {
    for (float width = 8.0f; width < 400.0f; width += 7.0f) {
      SCOPED_TRACE(text + " at " + std::to_string(width));
      sx_app::use_text_size_cache(false);
      const ImVec2 fresh = wrapped(font, text, width);
      sx_app::use_text_size_cache(true);
      const ImVec2 first = wrapped(font, text, width);
      const ImVec2 again = wrapped(font, text, width);
      EXPECT_EQ(first.x, fresh.x);
      EXPECT_EQ(first.y, fresh.y);
      EXPECT_EQ(again.x, fresh.x);
      EXPECT_EQ(again.y, fresh.y);
    }
  }
  ImGui::DestroyContext();
}

TEST(TextSizeCache, HoldsATextOnceAndForgetsWhenAGlyphTableIsRebuilt) {
  ImFont* font = default_font_with_the_app_style();
  sx_app::use_text_size_cache(true);
  const std::string text = "aaaa aaaa aaaa";
  const ImVec2 before = wrapped(font, text, 1000.0f);
  EXPECT_EQ(sx_app::text_sizes_held(), 1);
  wrapped(font, text, 1000.0f);
  EXPECT_EQ(sx_app::text_sizes_held(), 1) << "measured twice";
  wrapped(font, text, 40.0f);
  wrapped(font, "bbbb bbbb bbbb", 1000.0f);
  EXPECT_EQ(sx_app::text_sizes_held(), 3) << "a width and a text of their own";
  font->CalcTextSizeA(font->FontSize, FLT_MAX, 0.0f, text.c_str(), nullptr, nullptr);
  EXPECT_EQ(sx_app::text_sizes_held(), 3) << "unwrapped text is cheap to measure and not held";

  // 'a' twice as wide, as a glyph rasterised afresh would be: the next measure sees it.
  ImFontGlyph* a = const_cast<ImFontGlyph*>(font->FindGlyphNoFallback('a'));
  ASSERT_NE(a, nullptr);
  a->AdvanceX *= 2.0f;
  font->BuildLookupTable();
  const ImVec2 after = wrapped(font, text, 1000.0f);
  EXPECT_GT(after.x, before.x * 1.5f);
  EXPECT_EQ(sx_app::text_sizes_held(), 1);
  ImGui::DestroyContext();
}

}  // namespace
