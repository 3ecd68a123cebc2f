#pragma once
// ImGui's style from a theme and a text size; sizes are CSS pixels at 100 % text. The palette and
// the text size chosen are kept beside ImGui's own (global) style for the views to read.
#include "palette.hpp"

namespace sx_app {

// Spacing scaled by `text_scale` (1 = 100 %), colours from the theme's palette.
void apply_style(Theme theme, float text_scale);
// Applies the last theme and text size again (ImGui's style is reset when the font atlas is
// rebuilt at a new devicePixelRatio); the ratio itself changes nothing, sizes being CSS pixels.
void apply_style(float dpr);

// The palette of the theme in use.
const Palette& palette();
Theme current_theme();
// The text size in use as a factor (1, 1.25, 1.5, 2).
float text_scale();
// A length the layout was designed with at 100 % text, at the text size in use.
inline float scaled(float css_px) { return css_px * text_scale(); }

}  // namespace sx_app
