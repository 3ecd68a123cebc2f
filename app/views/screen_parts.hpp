#pragma once
// Small drawing helpers shared by the 评分表, 五种新模式, 差距, 假如 and 政策原文 screens.
#include <string>

#include "sx/evaluation.hpp"
#include "sx/standard.hpp"

namespace sx_app {

// A button that reports its label to the test API. `label` follows ImGui's rules: a stable
// name after "##" (or "###" when the visible text changes).
bool link_button(const std::string& label);
// SameLine when a widget `width` wide still fits on the current line, so rows of choices wrap
// on a phone instead of running off the right edge. True when it stayed on the line.
bool same_line_if_fits(float width);
// The width a Button or SmallButton with this label takes.
float button_width(const std::string& label);
// The width a radio button or checkbox with this label takes.
float choice_width(const std::string& label);
// "✓ 符合" / "× 不符合" / "? 待补充".
const char* verdict_text(sx::Tri state);
// "三类" for a standard of three categories: how the screens speak of all of them.
std::string categories_in_words(const sx::Standard& standard);
// Text in a colour: a warning (amber-brown) or good news (green).
void warning_text(const std::string& text);
void success_text(const std::string& text);
// A horizontal bar `fraction` full across `width` (≤ 0: the rest of the line), drawn with the
// window's draw list; reserves its space with a Dummy.
void progress_bar(float fraction, float width, float height);

}  // namespace sx_app
