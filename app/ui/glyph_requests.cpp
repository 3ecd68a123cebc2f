#include "glyph_requests.hpp"

#include <algorithm>

namespace sx_app {

namespace {
constexpr unsigned int kAsciiFirst = 0x20;
constexpr unsigned int kAsciiLast = 0x7e;
constexpr unsigned int kEllipsis = 0x2026;

// A character a system font can show: not a control character, not half a surrogate pair.
bool drawable(unsigned int cp) {
  return cp >= 0x20 && !(cp >= 0x7f && cp < 0xa0) && !(cp >= 0xd800 && cp <= 0xdfff) && cp <= 0x10ffff;
}

std::vector<unsigned int> sorted(std::vector<unsigned int> cps) {
  std::sort(cps.begin(), cps.end());
  cps.erase(std::unique(cps.begin(), cps.end()), cps.end());
  return cps;
}
}  // namespace

GlyphRequests::GlyphRequests(std::size_t fonts, Covers in_ui, Covers in_gb2312)
    : fonts_(std::max<std::size_t>(fonts, 1)), in_ui_(in_ui), in_gb2312_(in_gb2312) {}

// ImGui looks up the fallback ('?'), the space and the ellipsis itself when it builds a font;
// body text, which shows numbers and Latin everywhere, has all of printable ASCII from the start,
// the larger sizes once the page is up (not in the first frame: each glyph there delays it).
bool GlyphRequests::always_in(std::size_t font, unsigned int cp) const {
  if (cp == ' ' || cp == '?' || cp == kEllipsis) return true;
  return (font == 0 || ui_complete_) && cp >= kAsciiFirst && cp <= kAsciiLast;
}

bool GlyphRequests::request(std::size_t font, unsigned int cp, bool gb2312_loaded) {
  if (font >= fonts_.size()) font = 0;
  Font& f = fonts_[font];
  if (cp >= f.requested.size() || f.requested[cp]) return false;
  f.requested[cp] = true;
  if (always_in(font, cp)) return false;
  if (in_ui_(cp)) {
    if (ui_complete(font)) return false;
    f.ui.push_back(cp);
    return true;
  }
  if (!in_gb2312_(cp)) {
    if (!drawable(cp)) return false;
    f.system.push_back(cp);
    return true;
  }
  if (gb2312_loaded) {
    f.gb2312.push_back(cp);
    return true;
  }
  f.waiting.push_back(cp);
  return false;
}

bool GlyphRequests::gb2312_arrived() {
  bool any = false;
  for (Font& f : fonts_) {
    any = any || !f.waiting.empty();
    f.gb2312.insert(f.gb2312.end(), f.waiting.begin(), f.waiting.end());
    f.waiting.clear();
  }
  return any;
}

bool GlyphRequests::complete_ui_font() {
  if (ui_complete_) return false;
  ui_complete_ = true;
  for (std::size_t font = 0; font <= kLastCompleteFont && font < fonts_.size(); ++font) fonts_[font].ui.clear();
  return true;
}

bool GlyphRequests::waiting() const {
  return std::any_of(fonts_.begin(), fonts_.end(), [](const Font& f) { return !f.waiting.empty(); });
}

std::vector<unsigned int> GlyphRequests::ui_code_points(std::size_t font) const {
  if (font >= fonts_.size()) return {};
  std::vector<unsigned int> cps = fonts_[font].ui;
  for (unsigned int cp = kAsciiFirst; cp <= kAsciiLast; ++cp) {
    if (always_in(font, cp)) cps.push_back(cp);
  }
  cps.push_back(kEllipsis);
  return sorted(std::move(cps));
}

std::vector<unsigned int> GlyphRequests::gb2312_code_points(std::size_t font) const {
  if (font >= fonts_.size()) return {};
  return sorted(fonts_[font].gb2312);
}

std::vector<unsigned int> GlyphRequests::system_code_points(std::size_t font) const {
  if (font >= fonts_.size()) return {};
  return sorted(fonts_[font].system);
}

}  // namespace sx_app
