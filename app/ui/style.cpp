#include "style.hpp"

#include <cmath>

#include "imgui.h"
#include "line_break.hpp"
#include "text_size_cache.hpp"

namespace sx_app {

namespace {
Theme theme_in_use = Theme::Light;
float scale_in_use = 1.0f;
}  // namespace

void apply_style(Theme theme, float text_scale) {
  theme_in_use = theme;
  scale_in_use = text_scale;
  install_line_breaking();
  install_text_size_cache();
  const Palette& p = palette(theme);
  const bool strong = theme == Theme::HighContrast;
  ImGuiStyle& style = ImGui::GetStyle();
  style = ImGuiStyle();
  ImGui::StyleColorsLight(&style);
  style.WindowPadding = ImVec2(14, 12);
  style.FramePadding = ImVec2(8, 6);
  style.ItemSpacing = ImVec2(10, 8);
  style.ItemInnerSpacing = ImVec2(6, 6);
  style.ScrollbarSize = 14;
  style.FrameRounding = 4;
  style.GrabRounding = 4;
  style.WindowRounding = 0;
  style.PopupRounding = 6;
  style.SelectableTextAlign = ImVec2(0.0f, 0.5f);
  style.ScaleAllSizes(text_scale);
  // The margins and the scroll bar grow half as fast as the text: at 200 % on a phone every
  // pixel of width is a character more per line.
  const float margin_scale = 1.0f + (text_scale - 1.0f) * 0.5f;
  style.WindowPadding = ImVec2(std::floor(14 * margin_scale), std::floor(12 * margin_scale));
  style.ScrollbarSize = std::floor(14 * margin_scale);
  // Lines stay thin at larger text (ScaleAllSizes leaves them), thicker in high contrast.
  style.FrameBorderSize = strong ? 2.0f : 1.0f;
  style.PopupBorderSize = strong ? 2.0f : 1.0f;

  ImVec4* c = style.Colors;
  c[ImGuiCol_Text] = p.text;
  c[ImGuiCol_TextDisabled] = p.muted;
  c[ImGuiCol_WindowBg] = p.window_bg;
  c[ImGuiCol_ChildBg] = p.child_bg;
  c[ImGuiCol_PopupBg] = p.popup_bg;
  c[ImGuiCol_Border] = p.border;
  c[ImGuiCol_FrameBg] = p.frame_bg;
  c[ImGuiCol_FrameBgHovered] = p.frame_hovered;
  c[ImGuiCol_FrameBgActive] = p.frame_active;
  c[ImGuiCol_TitleBg] = p.header;  // a dialog's title
  c[ImGuiCol_TitleBgActive] = p.header;
  c[ImGuiCol_TitleBgCollapsed] = p.header;
  c[ImGuiCol_ScrollbarGrab] = p.scrollbar_grab;
  c[ImGuiCol_ScrollbarGrabHovered] = p.check_mark;
  c[ImGuiCol_ScrollbarGrabActive] = p.check_mark;
  c[ImGuiCol_CheckMark] = p.check_mark;
  c[ImGuiCol_Button] = p.button;
  c[ImGuiCol_ButtonHovered] = p.button_hovered;
  c[ImGuiCol_ButtonActive] = p.button_active;
  c[ImGuiCol_Header] = p.header;
  c[ImGuiCol_HeaderHovered] = p.header_hovered;
  c[ImGuiCol_HeaderActive] = p.header_active;
  c[ImGuiCol_Separator] = p.separator;
  c[ImGuiCol_TableBorderLight] = p.separator;
  c[ImGuiCol_TableBorderStrong] = p.border;
  c[ImGuiCol_TextSelectedBg] = p.text_selected_bg;
  c[ImGuiCol_NavHighlight] = p.focus_ring;
}

void apply_style(float) { apply_style(theme_in_use, scale_in_use); }

const Palette& palette() { return palette(theme_in_use); }
Theme current_theme() { return theme_in_use; }
float text_scale() { return scale_in_use; }

}  // namespace sx_app
