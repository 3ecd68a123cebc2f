#include "glyph_atlas.hpp"

#include <algorithm>
#include <emscripten/emscripten.h>

#include "font_metrics.hpp"
#include "imgui.h"
#include "imgui_impl_webgl2.h"

namespace sx_app {

namespace {
bool covers(const CodepointRange* ranges, std::size_t count, unsigned int cp) {
  const CodepointRange* end = ranges + count;
  const auto it = std::upper_bound(ranges, end, cp, [](unsigned int value, const CodepointRange& r) {
    return value < r.first;
  });
  return it != ranges && cp <= (it - 1)->last;
}

bool in_ui_font(unsigned int cp) { return covers(kUiFontRanges, kUiFontRangesCount, cp); }

// Printable ASCII (the fallback '?' among them) and the ellipsis, which ImGui looks up itself when
// the atlas is built, are in every atlas.
constexpr unsigned int kAsciiFirst = 0x20;
constexpr unsigned int kAsciiLast = 0x7e;
constexpr unsigned int kEllipsis = 0x2026;
bool always_in_atlas(unsigned int cp) {
  return (cp >= kAsciiFirst && cp <= kAsciiLast) || cp == kEllipsis;
}
bool in_gb2312_font(unsigned int cp) {
  return covers(kGb2312FontRanges, kGb2312FontRangesCount, cp);
}

// ImGui wants a zero-terminated list of inclusive pairs; consecutive code points share a pair.
ImVector<ImWchar> to_ranges(std::vector<unsigned int> cps) {
  std::sort(cps.begin(), cps.end());
  ImVector<ImWchar> ranges;
  for (const unsigned int cp : cps) {
    if (!ranges.empty() && ranges.back() + 1 == cp) {
      ranges.back() = static_cast<ImWchar>(cp);
    } else {
      ranges.push_back(static_cast<ImWchar>(cp));
      ranges.push_back(static_cast<ImWchar>(cp));
    }
  }
  ranges.push_back(0);
  return ranges;
}
}  // namespace

void GlyphAtlas::set_font_data(FontFile file, std::vector<unsigned char> data) {
  fonts_[static_cast<int>(file)] = std::move(data);
  if (file == FontFile::Gb2312 && !waiting_.empty()) {
    for (const unsigned int cp : waiting_) shown_.push_back(cp);
    waiting_.clear();
    dirty_ = true;
  }
  if (file == FontFile::Ui) {
    const auto& ui = fonts_[static_cast<int>(FontFile::Ui)];
    line_per_em_ = line_height_for_em(ui.data(), ui.size(), 0, 1.0f);
    dirty_ = true;
  }
}

void GlyphAtlas::set_text_scale(float scale) {
  if (scale == text_scale_) return;
  text_scale_ = scale;
  dirty_ = true;
}

bool GlyphAtlas::has_font(FontFile file) const { return !fonts_[static_cast<int>(file)].empty(); }

void GlyphAtlas::request(unsigned int cp) {
  if (cp >= requested_.size() || requested_[cp]) return;
  requested_[cp] = true;
  if (always_in_atlas(cp)) return;
  if (in_ui_font(cp)) {
    if (!ui_complete_) {
      ui_shown_.push_back(cp);
      dirty_ = true;
    }
    return;
  }
  if (in_gb2312_font(cp)) {
    if (has_font(FontFile::Gb2312)) {
      shown_.push_back(cp);
      dirty_ = true;
    } else {
      waiting_.push_back(cp);
      wants_gb2312_ = true;
    }
  }
}

void GlyphAtlas::complete_ui_font() {
  if (ui_complete_) return;
  ui_complete_ = true;
  ui_shown_.clear();
  dirty_ = true;
}

double GlyphAtlas::rebuild(float dpr) {
  const double start = emscripten_get_now();
  ImGuiIO& io = ImGui::GetIO();
  io.Fonts->Clear();
  // Kept alive until the atlas is built; ImGui reads them during Build().
  static ImVector<ImWchar> base_ranges;
  static ImVector<ImWchar> extra_ranges;
  base_ranges.clear();
  if (ui_complete_) {
    for (std::size_t i = 0; i < kUiFontRangesCount; ++i) {
      base_ranges.push_back(static_cast<ImWchar>(kUiFontRanges[i].first));
      base_ranges.push_back(static_cast<ImWchar>(kUiFontRanges[i].last));
    }
    base_ranges.push_back(0);
  } else {
    // ui_shown_ never holds these (request() skips them), so the list has no duplicates; to_ranges
    // sorts it. ImGui leaves out a code point the font lacks.
    std::vector<unsigned int> cps = ui_shown_;
    for (unsigned int cp = kAsciiFirst; cp <= kAsciiLast; ++cp) cps.push_back(cp);
    cps.push_back(kEllipsis);
    base_ranges = to_ranges(std::move(cps));
  }

  ImFontConfig config;
  config.FontDataOwnedByAtlas = false;
  config.OversampleH = 1;  // rasterised at the device's pixel size already: no oversampling
  config.OversampleV = 1;
  config.PixelSnapH = true;
  // The GB2312 file is cut from the same Noto Sans CJK, with the same line per em.
  const float size = kFontSize * line_per_em_ * text_scale_ * dpr;
  auto& ui = fonts_[static_cast<int>(FontFile::Ui)];
  io.Fonts->AddFontFromMemoryTTF(ui.data(), static_cast<int>(ui.size()), size, &config, base_ranges.Data);
  auto& gb = fonts_[static_cast<int>(FontFile::Gb2312)];
  if (!gb.empty() && !shown_.empty()) {
    extra_ranges = to_ranges(shown_);
    ImFontConfig merge = config;
    merge.MergeMode = true;
    io.Fonts->AddFontFromMemoryTTF(gb.data(), static_cast<int>(gb.size()), size, &merge, extra_ranges.Data);
  }
  io.Fonts->Build();
  glyph_count_ = io.Fonts->Fonts.empty() ? 0 : io.Fonts->Fonts[0]->Glyphs.Size;
  io.FontGlobalScale = 1.0f / dpr;
  ImGui_ImplWebGL2_UpdateFontsTexture();
  dirty_ = false;
  built_dpr_ = dpr;
  return emscripten_get_now() - start;
}

}  // namespace sx_app
