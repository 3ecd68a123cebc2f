#pragma once
// Which characters each font of the atlas must hold (one font per size of the type scale,
// type_scale.hpp). ImGui reports a character a font drew without a glyph (cmake/imgui.cmake); it
// is added to that font only, so a title's 28 px glyphs are rasterised for the title's characters
// alone. Plain bookkeeping, apart from the atlas (app/web/glyph_atlas.cpp) so it is tested natively.
#include <cstddef>
#include <vector>

namespace sx_app {

class GlyphRequests {
 public:
  static constexpr std::size_t kLastCompleteFont = 1;  // TextSize::Section
  using Covers = bool (*)(unsigned int);
  // `fonts` fonts; font 0 is body text. `in_ui` / `in_gb2312`: the code points each font file has.
  GlyphRequests(std::size_t fonts, Covers in_ui, Covers in_gb2312);

  // Font `font` drew `cp` as the fallback glyph. True when the atlas must be rebuilt for it; a
  // character only the GB2312 file has waits for that file while it is not loaded; one in neither
  // file is drawn by the system (a control character or a lone surrogate keeps the fallback).
  bool request(std::size_t font, unsigned int cp, bool gb2312_loaded);
  // The GB2312 file has come: what waited for it joins its fonts. True when any did.
  bool gb2312_arrived();
  // Body text and section headings get every glyph of the UI file from now on, and every size
  // printable ASCII: scrolling to a heading not seen before, or a score that changes, costs no
  // rebuild. Titles and the score stay as requested (the whole file in them too made every later
  // rebuild, for a character typed, 80 ms; with section headings it is 30–45, body alone 19–27).
  bool complete_ui_font();
  bool ui_complete() const { return ui_complete_; }
  // Font `font` holds the whole UI file.
  bool ui_complete(std::size_t font) const { return ui_complete_ && font <= kLastCompleteFont; }
  // Something waits for the GB2312 file.
  bool waiting() const;

  // The UI file's code points font `font` needs: what it drew plus what ImGui looks up itself
  // (printable ASCII for body text; space, '?' and the ellipsis for every font). Sorted.
  std::vector<unsigned int> ui_code_points(std::size_t font) const;
  // The GB2312 file's code points font `font` drew. Sorted.
  std::vector<unsigned int> gb2312_code_points(std::size_t font) const;
  // Code points in neither file that font `font` drew (a rare character of a name, such as
  // U+5586; not written here, or the font cut from these sources would have it): the page draws them
  // with the system's own fonts (glyph_atlas.cpp). Sorted.
  std::vector<unsigned int> system_code_points(std::size_t font) const;
  std::size_t fonts() const { return fonts_.size(); }

 private:
  struct Font {
    std::vector<bool> requested = std::vector<bool>(0x110000, false);
    std::vector<unsigned int> ui;       // UI-file code points drawn (body: until it is complete)
    std::vector<unsigned int> gb2312;   // GB2312-file code points drawn
    std::vector<unsigned int> waiting;  // GB2312-file code points drawn before the file came
    std::vector<unsigned int> system;   // code points in neither file
  };
  bool always_in(std::size_t font, unsigned int cp) const;
  std::vector<Font> fonts_;
  Covers in_ui_;
  Covers in_gb2312_;
  bool ui_complete_ = false;
};

}  // namespace sx_app
