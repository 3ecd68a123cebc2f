#pragma once
// The type scale (GOV.UK's, in Chinese): body 16 CSS px, a section's heading 20, a screen's title
// 28, the result panel's score 44, each an ImFont of its own in the atlas, rasterised at the device's pixel ratio times the text
// size (app/web/glyph_atlas.cpp), so every size is as crisp as body text. Headings are drawn bold
// by drawing them again a device pixel or two to the right: a bold face would be a second font
// file to download for text that changes with the data (section titles, the policy's headings).
#include <cstddef>
#include <string>

#include "imgui.h"

namespace sx_app {

// Score: the result panel's number (digits only, so its glyphs cost next to nothing).
enum class TextSize { Body = 0, Section = 1, Title = 2, Score = 3 };
inline constexpr std::size_t kTextSizes = 4;

// The em of each size in CSS px at 100 % text; its font is io.Fonts->Fonts[size].
inline constexpr float kTextSizeEm[kTextSizes] = {16.0f, 20.0f, 28.0f, 44.0f};

// The atlas's font for `size`, or the first font when the atlas has no such font (yet).
ImFont* font_of(TextSize size);
// Wrapped text in the current font, emboldened; reported to the widget log as TextWrapped is.
void bold_text_wrapped(const std::string& text);

}  // namespace sx_app
