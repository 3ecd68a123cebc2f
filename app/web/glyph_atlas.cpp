#include "glyph_atlas.hpp"

#include <algorithm>
#include <cmath>
#include <emscripten/emscripten.h>

#include "font_metrics.hpp"
#include "imgui.h"
#include "imgui_internal.h"
#include "imgui_impl_webgl2.h"

extern "C" {
// web/library_sx.js: the system's own fonts (canvas 2D) for characters neither font file has.
// The advance, in pixels, of `cp` at an em of `em_px`.
float sx_js_glyph_advance(unsigned int cp, float em_px);
// Draws `cp` into a w×h box of the atlas's alpha pixels at `dest` (rows `stride` apart), its
// baseline `baseline` pixels below the top.
void sx_js_draw_glyph(unsigned int cp, float em_px, int w, int h, float baseline, unsigned char* dest,
                      int stride);
}

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
bool in_start_font(unsigned int cp) {
  return covers(kStartFontRanges, kStartFontRangesCount, cp);
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

GlyphAtlas::GlyphAtlas() : requests_(kTextSizes, in_ui_font, in_gb2312_font) {}

void GlyphAtlas::set_font_data(FontFile file, std::vector<unsigned char> data) {
  fonts_[static_cast<int>(file)] = std::move(data);
  if (file == FontFile::Gb2312 && requests_.gb2312_arrived()) dirty_ = true;
  if (file == FontFile::Ui || file == FontFile::Start) {
    // Both are cut from the same face, with the same line per em.
    const auto& ui = fonts_[static_cast<int>(file)];
    line_per_em_ = line_height_for_em(ui.data(), ui.size(), 0, 1.0f);
    dirty_ = true;
  }
  if (file == FontFile::Ui) waiting_for_ui_ = false;
}

FontFile GlyphAtlas::ui_source() const {
  return has_font(FontFile::Ui) ? FontFile::Ui : FontFile::Start;
}

void GlyphAtlas::set_text_scale(float scale) {
  if (scale == text_scale_) return;
  text_scale_ = scale;
  dirty_ = true;
}

void GlyphAtlas::font_failed(FontFile file) {
  if (file == FontFile::Ui) waiting_for_ui_ = false;
}

bool GlyphAtlas::has_font(FontFile file) const { return !fonts_[static_cast<int>(file)].empty(); }

void GlyphAtlas::request(std::size_t font, unsigned int cp) {
  const bool gb2312_loaded = has_font(FontFile::Gb2312);
  if (requests_.request(font, cp, gb2312_loaded)) dirty_ = true;
  if (!gb2312_loaded && requests_.waiting()) wants_gb2312_ = true;
  if (!has_font(FontFile::Ui) && in_ui_font(cp) && !in_start_font(cp)) waiting_for_ui_ = true;
}

void GlyphAtlas::request_text(std::size_t font, const std::string& text) {
  const char* at = text.c_str();
  const char* end = at + text.size();
  while (at < end) {
    unsigned int cp = 0;
    const int length = ImTextCharFromUtf8(&cp, at, end);
    if (length <= 0) break;
    at += length;
    request(font, cp);
  }
}

void GlyphAtlas::complete_ui_font() {
  if (requests_.complete_ui_font()) dirty_ = true;
}

double GlyphAtlas::rebuild(float dpr) {
  const double start = emscripten_get_now();
  ImGuiIO& io = ImGui::GetIO();
  io.Fonts->Clear();
  // Kept alive until the atlas is built; ImGui reads them during Build().
  static ImVector<ImWchar> ui_ranges[kTextSizes];
  static ImVector<ImWchar> gb_ranges[kTextSizes];
  ImFontConfig config;
  config.FontDataOwnedByAtlas = false;
  config.OversampleH = 1;  // rasterised at the device's pixel size already: no oversampling
  config.OversampleV = 1;
  config.PixelSnapH = true;
  auto& ui = fonts_[static_cast<int>(ui_source())];
  const bool whole_ui = ui_source() == FontFile::Ui;
  auto& gb = fonts_[static_cast<int>(FontFile::Gb2312)];
  // A character neither file has (a rare one of a name, U+5586 and the like) gets a box of the
  // font's line, drawn after the build by the browser with the system's fonts, which every phone
  // and PC has for CJK.
  struct SystemGlyph {
    int rect;
    ImFont* font;
    unsigned int cp;
    float em_px;
  };
  std::vector<SystemGlyph> system_glyphs;
  // Fonts[i] is TextSize i (font_of); ImGui leaves out a code point the font lacks.
  for (std::size_t size_index = 0; size_index < kTextSizes; ++size_index) {
    ImVector<ImWchar>& ranges = ui_ranges[size_index];
    ranges.clear();
    if (requests_.ui_complete(size_index) && whole_ui) {
      for (std::size_t i = 0; i < kUiFontRangesCount; ++i) {
        ranges.push_back(static_cast<ImWchar>(kUiFontRanges[i].first));
        ranges.push_back(static_cast<ImWchar>(kUiFontRanges[i].last));
      }
      ranges.push_back(0);
    } else {
      std::vector<unsigned int> wanted = requests_.ui_code_points(size_index);
      // What the first screen's file lacks is left out (drawn as the fallback) until the UI file comes.
      if (!whole_ui) wanted.erase(std::remove_if(wanted.begin(), wanted.end(), [](unsigned int cp) {
        return !in_start_font(cp);
      }), wanted.end());
      ranges = to_ranges(std::move(wanted));
    }
    // The GB2312 file is cut from the same Noto Sans CJK, with the same line per em.
    const float size = kTextSizeEm[size_index] * line_per_em_ * text_scale_ * dpr;
    ImFont* font = io.Fonts->AddFontFromMemoryTTF(ui.data(), static_cast<int>(ui.size()), size, &config,
                                                  ranges.Data);
    const std::vector<unsigned int> extra = requests_.gb2312_code_points(size_index);
    if (!gb.empty() && !extra.empty()) {
      gb_ranges[size_index] = to_ranges(extra);
      ImFontConfig merge = config;
      merge.MergeMode = true;
      io.Fonts->AddFontFromMemoryTTF(gb.data(), static_cast<int>(gb.size()), size, &merge,
                                     gb_ranges[size_index].Data);
    }
    const float em_px = size / line_per_em_;
    for (const unsigned int cp : requests_.system_code_points(size_index)) {
      const float advance = std::round(sx_js_glyph_advance(cp, em_px));
      const int width = static_cast<int>(std::ceil(std::max(advance, em_px)));
      const int height = static_cast<int>(std::ceil(size));
      const int rect = io.Fonts->AddCustomRectFontGlyph(font, static_cast<ImWchar>(cp), width, height,
                                                        advance, ImVec2(0, 0));
      system_glyphs.push_back({rect, font, cp, em_px});
    }
  }
  io.Fonts->Build();
  if (!system_glyphs.empty()) {
    unsigned char* pixels = nullptr;
    int width = 0, height = 0;
    io.Fonts->GetTexDataAsAlpha8(&pixels, &width, &height);
    for (const SystemGlyph& glyph : system_glyphs) {
      const ImFontAtlasCustomRect* r = io.Fonts->GetCustomRectByIndex(glyph.rect);
      // The baseline where the font's own glyphs have theirs (ImGui puts them Ascent below the top).
      sx_js_draw_glyph(glyph.cp, glyph.em_px, r->Width, r->Height, glyph.font->Ascent,
                       pixels + r->Y * width + r->X, width);
    }
  }
  glyph_count_ = 0;
  for (const ImFont* font : io.Fonts->Fonts) glyph_count_ += font->Glyphs.Size;
  io.FontGlobalScale = 1.0f / dpr;
  ImGui_ImplWebGL2_UpdateFontsTexture();
  dirty_ = false;
  built_dpr_ = dpr;
  return emscripten_get_now() - start;
}

}  // namespace sx_app
