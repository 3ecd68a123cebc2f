#pragma once
// The ImGui font atlas holds only the glyphs shown: the UI and standard's characters from the
// start, and whatever users type or import as it appears. Rasterised at the devicePixelRatio so
// text stays crisp; rebuilt when new characters or a new ratio come in.
#include <string_view>
#include <vector>

#include "font_files.hpp"

namespace sx_app {

class GlyphAtlas {
 public:
  void set_font_data(FontFile file, std::vector<unsigned char> data);
  bool has_font(FontFile file) const;
  // Notes every code point of `utf8`; unseen ones make the atlas stale.
  void request(std::string_view utf8);
  // Code points requested that only the not-yet-loaded GB2312 file has.
  bool wants_gb2312() const { return wants_gb2312_; }
  bool stale(float dpr) const { return dirty_ || dpr != built_dpr_; }
  // Rebuilds the ImGui atlas and its texture; returns the milliseconds it took.
  double rebuild(float dpr);
  int glyph_count() const { return static_cast<int>(shown_.size()); }

 private:
  std::vector<unsigned char> fonts_[2];
  std::vector<bool> requested_ = std::vector<bool>(0x110000, false);
  std::vector<unsigned int> shown_;  // requested code points that a loaded file covers
  std::vector<unsigned int> waiting_;  // requested but only in a file not loaded yet
  bool dirty_ = true;
  bool wants_gb2312_ = false;
  float built_dpr_ = 0;
};

// Base size of body text in CSS pixels.
inline constexpr float kFontSize = 16.0f;

}  // namespace sx_app
