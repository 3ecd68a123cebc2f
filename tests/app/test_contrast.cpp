// Contrast of the style the app draws with, in both themes: every text colour against every
// background it can be drawn on has a WCAG 2.1 contrast ratio (relative luminance of linearised
// sRGB) of at least 4.5:1 (1.4.3, AA), 7:1 in the high-contrast theme (1.4.6, AAA); the marks that
// show a control's state or the focus hold 3:1 (1.4.11). Disabled controls are exempt (1.4.3).
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <iomanip>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "imgui.h"
#include "palette.hpp"
#include "style.hpp"

// ImGui's assertions are on in the native build (tests/app/imconfig_test.h).
void sx_imgui_assert_failed(const char* expr, const char* file, int line) {
  ADD_FAILURE() << file << ":" << line << ": IM_ASSERT(" << expr << ")";
}

namespace {

using sx_app::Palette;
using sx_app::Theme;

double linear(float channel) {
  const double c = channel;
  return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const ImVec4& c) { return 0.2126 * linear(c.x) + 0.7152 * linear(c.y) + 0.0722 * linear(c.z); }

double contrast(const ImVec4& a, const ImVec4& b) {
  const double la = luminance(a);
  const double lb = luminance(b);
  return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// A colour with alpha as it shows over an opaque one.
ImVec4 over(const ImVec4& top, const ImVec4& under) {
  const float a = top.w;
  return ImVec4(top.x * a + under.x * (1 - a), top.y * a + under.y * (1 - a), top.z * a + under.z * (1 - a), 1.0f);
}

std::string hex(const ImVec4& c) {
  std::ostringstream out;
  out << '#' << std::hex << std::uppercase << std::setfill('0');
  for (const float v : {c.x, c.y, c.z}) out << std::setw(2) << static_cast<int>(std::lround(v * 255.0f));
  return out.str();
}

struct Named {
  const char* name;
  ImVec4 colour;
};

// The WCAG formula itself, on pairs whose ratios are published (WebAIM's checker).
TEST(ContrastFormula, MatchesKnownRatios) {
  const struct {
    ImVec4 fg, bg;
    double ratio;
  } known[] = {
      {ImVec4(0, 0, 0, 1), ImVec4(1, 1, 1, 1), 21.0},
      {ImVec4(1, 1, 1, 1), ImVec4(1, 1, 1, 1), 1.0},
      {ImVec4(0x76 / 255.0f, 0x76 / 255.0f, 0x76 / 255.0f, 1), ImVec4(1, 1, 1, 1), 4.54},  // the lightest AA grey
      {ImVec4(0x77 / 255.0f, 0x77 / 255.0f, 0x77 / 255.0f, 1), ImVec4(1, 1, 1, 1), 4.48},  // one step too light
      {ImVec4(0, 0, 1, 1), ImVec4(1, 1, 1, 1), 8.59},
      {ImVec4(1, 0, 0, 1), ImVec4(1, 1, 1, 1), 4.0},
  };
  for (const auto& k : known) {
    EXPECT_NEAR(contrast(k.fg, k.bg), k.ratio, 0.01) << hex(k.fg) << " on " << hex(k.bg);
  }
}

struct ThemeCase {
  Theme theme;
  const char* name;
  double text_minimum;
};

const ThemeCase kThemes[] = {
    {Theme::Light, "light", 4.5},
    {Theme::HighContrast, "high_contrast", 7.0},
};

class Contrast : public testing::TestWithParam<ThemeCase> {
 protected:
  void SetUp() override {
    context_ = ImGui::CreateContext();
    sx_app::apply_style(GetParam().theme, 1.0f);
    style_ = ImGui::GetStyle();
  }
  void TearDown() override { ImGui::DestroyContext(context_); }

  ImVec4 col(ImGuiCol c) const { return style_.Colors[c]; }
  const Palette& palette() const { return sx_app::palette(GetParam().theme); }

  // What text is drawn in: ImGui's own text colours (labels, field text, TextDisabled) and every
  // text colour of the palette.
  std::vector<Named> text_colours() const {
    const Palette& p = palette();
    return {{"ImGuiCol_Text", col(ImGuiCol_Text)}, {"ImGuiCol_TextDisabled", col(ImGuiCol_TextDisabled)},
            {"text", p.text},       {"muted", p.muted},       {"heading", p.heading},
            {"link", p.link},       {"link_hovered", p.link_hovered}, {"error", p.error},
            {"warning", p.warning}, {"ok", p.ok},             {"fail", p.fail},
            {"unknown", p.unknown}};
  }

  // What text is drawn on: windows, child windows and popups; the frames of fields and choices,
  // buttons and headers (the navigation, tree nodes, a dialog's title bar) in every state;
  // selected text; the palette's tinted panels.
  std::vector<Named> backgrounds() const {
    const Palette& p = palette();
    return {{"ImGuiCol_WindowBg", col(ImGuiCol_WindowBg)},
            {"ImGuiCol_ChildBg", col(ImGuiCol_ChildBg)},
            {"ImGuiCol_PopupBg", col(ImGuiCol_PopupBg)},
            {"ImGuiCol_FrameBg", col(ImGuiCol_FrameBg)},
            {"ImGuiCol_FrameBgHovered", col(ImGuiCol_FrameBgHovered)},
            {"ImGuiCol_FrameBgActive", col(ImGuiCol_FrameBgActive)},
            {"ImGuiCol_Button", col(ImGuiCol_Button)},
            {"ImGuiCol_ButtonHovered", col(ImGuiCol_ButtonHovered)},
            {"ImGuiCol_ButtonActive", col(ImGuiCol_ButtonActive)},
            {"ImGuiCol_Header", col(ImGuiCol_Header)},
            {"ImGuiCol_HeaderHovered", col(ImGuiCol_HeaderHovered)},
            {"ImGuiCol_HeaderActive", col(ImGuiCol_HeaderActive)},
            {"ImGuiCol_TitleBg", col(ImGuiCol_TitleBg)},
            {"ImGuiCol_TitleBgActive", col(ImGuiCol_TitleBgActive)},
            {"ImGuiCol_TextSelectedBg", col(ImGuiCol_TextSelectedBg)},
            {"result_bg", p.result_bg},
            {"notice_info", p.notice_info},
            {"notice_warning", p.notice_warning},
            {"notice_error", p.notice_error},
            {"field_error_bg", p.field_error_bg},
            {"match_bg", p.match_bg},
            {"landed_bg", p.landed_bg}};
  }

  // What a translucent background is seen over.
  std::vector<Named> surfaces() const {
    return {{"window", col(ImGuiCol_WindowBg)}, {"child", col(ImGuiCol_ChildBg)}, {"popup", col(ImGuiCol_PopupBg)}};
  }

  // The lowest ratio of `fg` on `bg` over any surface; `worst` names the pair.
  double lowest(const Named& fg, const Named& bg, std::string& where) const {
    double low = 1e9;
    for (const Named& surface : surfaces()) {
      const ImVec4 b = over(bg.colour, surface.colour);
      const double r = contrast(over(fg.colour, b), b);
      if (r < low) {
        low = r;
        where = std::string(fg.name) + " " + hex(fg.colour) + " on " + bg.name + " " + hex(b) +
                (bg.colour.w < 1.0f ? std::string(" (over ") + surface.name + ")" : std::string());
      }
    }
    return low;
  }

  ImGuiContext* context_ = nullptr;
  ImGuiStyle style_;
};

TEST_P(Contrast, EveryTextColourOnEveryBackground) {
  const double minimum = GetParam().text_minimum;
  double worst = 1e9;
  std::string worst_pair;
  for (const Named& fg : text_colours()) {
    for (const Named& bg : backgrounds()) {
      std::string pair;
      const double ratio = lowest(fg, bg, pair);
      EXPECT_GE(ratio, minimum) << GetParam().name << ": " << pair << " is " << std::fixed << std::setprecision(2)
                                << ratio << ":1, needs " << minimum << ":1";
      if (ratio < worst) {
        worst = ratio;
        worst_pair = pair;
      }
    }
  }
  std::printf("%s: lowest text contrast %.2f:1 (%s)\n", GetParam().name, worst, worst_pair.c_str());
}

// A check mark on its box, the focus ring, a progress bar's fill and (in high contrast) every
// control's border stand out from what they are drawn on.
TEST_P(Contrast, MarksAndBordersStandOut) {
  const Palette& p = palette();
  std::vector<std::pair<Named, Named>> pairs = {
      {{"ImGuiCol_CheckMark", col(ImGuiCol_CheckMark)}, {"ImGuiCol_FrameBg", col(ImGuiCol_FrameBg)}},
      {{"ImGuiCol_CheckMark", col(ImGuiCol_CheckMark)}, {"ImGuiCol_FrameBgHovered", col(ImGuiCol_FrameBgHovered)}},
      {{"focus_ring", p.focus_ring}, {"ImGuiCol_WindowBg", col(ImGuiCol_WindowBg)}},
      {{"focus_ring", p.focus_ring}, {"ImGuiCol_ChildBg", col(ImGuiCol_ChildBg)}},
      {{"focus_ring", p.focus_ring}, {"ImGuiCol_Button", col(ImGuiCol_Button)}},
      {{"ImGuiCol_NavHighlight", col(ImGuiCol_NavHighlight)}, {"ImGuiCol_ChildBg", col(ImGuiCol_ChildBg)}},
      {{"progress_fill", p.progress_fill}, {"progress_track", p.progress_track}},
  };
  if (GetParam().theme == Theme::HighContrast) {
    for (const ImGuiCol bg : {ImGuiCol_WindowBg, ImGuiCol_ChildBg, ImGuiCol_FrameBg, ImGuiCol_Button}) {
      pairs.push_back({{"ImGuiCol_Border", col(ImGuiCol_Border)}, {ImGui::GetStyleColorName(bg), col(bg)}});
    }
  }
  for (const auto& [fg, bg] : pairs) {
    std::string pair;
    const double ratio = lowest(fg, bg, pair);
    EXPECT_GE(ratio, 3.0) << GetParam().name << ": " << pair << " is " << std::fixed << std::setprecision(2) << ratio
                          << ":1, needs 3:1";
  }
}

// The colours drawn only together: white on the primary and destructive buttons in every state, a
// tag's words on its own tint (and the tint seen on every surface a tag sits on).
TEST_P(Contrast, ButtonAndTagTextOnItsOwnColour) {
  const Palette& p = palette();
  const double minimum = GetParam().text_minimum;
  const std::vector<std::pair<Named, Named>> pairs = {
      {{"button_text", p.button_text}, {"primary", p.primary}},
      {{"button_text", p.button_text}, {"primary_hovered", p.primary_hovered}},
      {{"button_text", p.button_text}, {"primary_active", p.primary_active}},
      {{"button_text", p.button_text}, {"destructive", p.destructive}},
      {{"button_text", p.button_text}, {"destructive_hovered", p.destructive_hovered}},
      {{"button_text", p.button_text}, {"destructive_active", p.destructive_active}},
      {{"tag_done_text", p.tag_done_text}, {"tag_done_bg", p.tag_done_bg}},
      {{"tag_fail_text", p.tag_fail_text}, {"tag_fail_bg", p.tag_fail_bg}},
      {{"tag_pending_text", p.tag_pending_text}, {"tag_pending_bg", p.tag_pending_bg}},
      {{"tag_none_text", p.tag_none_text}, {"tag_none_bg", p.tag_none_bg}},
      {{"tag_info_text", p.tag_info_text}, {"tag_info_bg", p.tag_info_bg}},
  };
  for (const auto& [fg, bg] : pairs) {
    std::string pair;
    const double ratio = lowest(fg, bg, pair);
    EXPECT_GE(ratio, minimum) << GetParam().name << ": " << pair << " is " << std::fixed << std::setprecision(2)
                              << ratio << ":1, needs " << minimum << ":1";
  }
  // A button stands apart from the page (WCAG 1.4.11: its edge, 3:1, marks where it is).
  for (const auto& [edge, fill] : std::vector<std::pair<Named, Named>>{
           {{"button_edge", p.button_edge}, {"ImGuiCol_ChildBg", col(ImGuiCol_ChildBg)}},
           {{"primary", p.primary}, {"ImGuiCol_ChildBg", col(ImGuiCol_ChildBg)}},
           {{"destructive", p.destructive}, {"ImGuiCol_ChildBg", col(ImGuiCol_ChildBg)}}}) {
    std::string pair;
    EXPECT_GE(lowest(edge, fill, pair), 3.0) << GetParam().name << ": " << pair;
  }
}

INSTANTIATE_TEST_SUITE_P(Themes, Contrast, testing::ValuesIn(kThemes),
                         [](const testing::TestParamInfo<ThemeCase>& info) { return std::string(info.param.name); });

}  // namespace
