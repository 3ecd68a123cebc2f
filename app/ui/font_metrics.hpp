#pragma once
// ImGui sizes a font by its line height (stb_truetype's ScaleForPixelHeight: hhea ascent −
// descent), CSS by its em. Noto Sans CJK's line is 1.448 em, so ImGui's "16 px" draws ideographs
// 11 px wide; asking for the line height that gives a 16 px em draws them as a browser would.
#include <cstddef>

namespace sx_app {

// The ImGui font size whose em is `em_px`, for face `face` of this TrueType/OpenType file (or
// collection); `em_px` itself when the file's head and hhea tables cannot be read.
float line_height_for_em(const unsigned char* data, std::size_t size, int face, float em_px);

}  // namespace sx_app
