#pragma once
// The ImGui font atlas holds only the glyphs shown, one font per size of the type scale
// (type_scale.hpp), each with the glyphs drawn in it (glyph_requests.hpp). It starts with the characters the first frame
// draws (ImGui reports each one it has no glyph for, see cmake/imgui.cmake), so the first frame
// rasterises a hundred glyphs rather than the UI font's seven hundred; the rest of the UI font
// joins once the page is up (complete_ui_font), and whatever users type or import as it appears.
// Until the UI file comes, its glyphs are cut from the first screen's file (FontFile::Start); a
// character that file lacks waits for the UI file, as a rare one waits for the GB2312 file.
// Rasterised at the devicePixelRatio times the text size chosen (适老化) so text stays crisp;
// rebuilt when new characters, a new ratio or a new text size come in.
#include <string>
#include <vector>

#include "font_files.hpp"
#include "glyph_requests.hpp"
#include "type_scale.hpp"

namespace sx_app {

class GlyphAtlas {
 public:
  GlyphAtlas();
  void set_font_data(FontFile file, std::vector<unsigned char> data);
  bool has_font(FontFile file) const;
  // The file will not come (the network failed): nothing waits for it any more.
  void font_failed(FontFile file);
  // Font `font` (a TextSize) drew `cp` without a glyph (the fallback): an unseen one makes the
  // atlas stale, and the frame is redrawn after the rebuild.
  void request(std::size_t font, unsigned int cp);
  // Adds every glyph of the UI font, so scrolling to new text later costs no rebuild.
  void complete_ui_font();
  // Font `font` will draw `text` (UTF-8): its glyphs join the next rebuild, not the frame that
  // first shows it.
  void request_text(std::size_t font, const std::string& text);
  // The text size as a factor of the base (1 = 100 %); a new one makes the atlas stale.
  void set_text_scale(float scale);
  // Code points requested that only the not-yet-loaded GB2312 file has.
  bool wants_gb2312() const { return wants_gb2312_; }
  // Code points requested that the first screen's file lacks and the UI file has not brought yet.
  bool wants_ui() const { return waiting_for_ui_; }
  bool stale(float dpr) const { return dirty_ || dpr != built_dpr_; }
  // Some character on screen is drawn as the fallback glyph: the atlas is stale, or the character
  // is waiting for the GB2312 file.
  bool showing_fallback(float dpr) const { return stale(dpr) || requests_.waiting() || waiting_for_ui_; }
  // The texture went with a lost WebGL context: the next frame rebuilds it.
  void texture_lost() { dirty_ = true; }
  // Rebuilds the ImGui atlas and its texture; returns the milliseconds it took.
  double rebuild(float dpr);
  // Glyphs in the atlas now.
  int glyph_count() const { return glyph_count_; }

 private:
  // The file the UI glyphs come from now: the UI file once it is here, the first screen's before.
  FontFile ui_source() const;
  std::vector<unsigned char> fonts_[kFontFiles];
  GlyphRequests requests_;
  bool dirty_ = true;
  bool wants_gb2312_ = false;
  bool waiting_for_ui_ = false;
  float built_dpr_ = 0;
  float text_scale_ = 1.0f;
  float line_per_em_ = 1.0f;  // the UI font's line height per em (ImGui sizes fonts by the line)
  int glyph_count_ = 0;
};

// Base size of body text in CSS pixels: the em, as CSS's font-size (ux.md: 16 px at least).
inline constexpr float kFontSize = kTextSizeEm[0];

}  // namespace sx_app
