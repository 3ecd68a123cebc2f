#include "palette.hpp"

namespace sx_app {

namespace {
ImVec4 rgb(unsigned hex) {
  return ImVec4(static_cast<float>((hex >> 16) & 0xff) / 255.0f, static_cast<float>((hex >> 8) & 0xff) / 255.0f,
                static_cast<float>(hex & 0xff) / 255.0f, 1.0f);
}

Palette light() {
  Palette p;
  p.window_bg = rgb(0xF5F7FA);
  p.child_bg = rgb(0xFFFFFF);
  p.popup_bg = rgb(0xFFFFFF);
  p.frame_bg = rgb(0xFFFFFF);
  p.frame_hovered = rgb(0xEEF3FB);
  p.frame_active = rgb(0xE2EBF8);
  p.button = rgb(0xF0F1F3);
  p.button_hovered = rgb(0xDCDEE2);
  p.button_active = rgb(0xCDD0D5);
  p.button_edge = rgb(0x8A9099);
  p.primary = rgb(0x00703C);
  p.primary_hovered = rgb(0x005A30);
  p.primary_active = rgb(0x004A27);
  p.primary_edge = rgb(0x002D18);
  p.destructive = rgb(0xB8261A);
  p.destructive_hovered = rgb(0x9A1F15);
  p.destructive_active = rgb(0x801A11);
  p.destructive_edge = rgb(0x55130C);
  p.button_text = rgb(0xFFFFFF);
  p.tag_done_bg = rgb(0xCCE2D8);
  p.tag_done_text = rgb(0x005A30);
  p.tag_fail_bg = rgb(0xF4CDC6);
  p.tag_fail_text = rgb(0x8A2212);
  p.tag_pending_bg = rgb(0xFFF2B3);
  p.tag_pending_text = rgb(0x594300);
  p.tag_none_bg = rgb(0xE5E7EA);
  p.tag_none_text = rgb(0x383F48);
  p.tag_info_bg = rgb(0xD2E2F4);
  p.tag_info_text = rgb(0x0C2D4A);
  p.header = rgb(0xDBE8F7);
  p.header_hovered = rgb(0xCCDDF4);
  p.header_active = rgb(0xBCD1F2);
  p.text_selected_bg = rgb(0xC4D8F5);
  p.result_bg = rgb(0xEDF2FA);
  p.notice_info = rgb(0xE6F2FF);
  p.notice_warning = rgb(0xFFF5D9);
  p.notice_error = rgb(0xFCE8E8);
  p.field_error_bg = rgb(0xFFE6E6);
  p.match_bg = rgb(0xFFF0AA);
  p.landed_bg = rgb(0xD6E6FA);
  p.text = rgb(0x1C2129);
  p.muted = rgb(0x4D5460);
  p.heading = rgb(0x0D3366);
  p.link = rgb(0x124C9E);
  p.link_hovered = rgb(0x0A3880);
  p.error = rgb(0xA61414);
  p.warning = rgb(0x80480A);
  p.ok = rgb(0x085C2B);
  p.fail = rgb(0xA61414);
  p.unknown = rgb(0x80480A);
  p.border = rgb(0xCCD4DE);
  p.separator = rgb(0xCCD4DE);
  p.check_mark = rgb(0x2161B2);
  p.focus_ring = rgb(0x1F5FB3);
  p.progress_track = rgb(0xE1E7EF);
  p.progress_fill = rgb(0x2161B2);
  p.scrollbar_grab = rgb(0xB8BEC7);
  return p;
}

// Near-black on white, black borders, buttons filled so they stand apart from fields, a dark
// blue focus ring; every text pair at 7:1 (WCAG AAA).
Palette high_contrast() {
  Palette p;
  p.window_bg = rgb(0xFFFFFF);
  p.child_bg = rgb(0xFFFFFF);
  p.popup_bg = rgb(0xFFFFFF);
  p.frame_bg = rgb(0xFFFFFF);
  p.frame_hovered = rgb(0xFFF6CC);
  p.frame_active = rgb(0xFFEB99);
  p.button = rgb(0xEBEBEB);
  p.button_hovered = rgb(0xD6D6D6);
  p.button_active = rgb(0xC8C8C8);
  p.button_edge = rgb(0x000000);
  p.primary = rgb(0x00552D);
  p.primary_hovered = rgb(0x003F21);
  p.primary_active = rgb(0x00301A);
  p.primary_edge = rgb(0x000000);
  p.destructive = rgb(0x8F1A10);
  p.destructive_hovered = rgb(0x70140C);
  p.destructive_active = rgb(0x5C1009);
  p.destructive_edge = rgb(0x000000);
  p.button_text = rgb(0xFFFFFF);
  p.tag_done_bg = rgb(0xDDF2E6);
  p.tag_done_text = rgb(0x003814);
  p.tag_fail_bg = rgb(0xFFE0E0);
  p.tag_fail_text = rgb(0x6B0000);
  p.tag_pending_bg = rgb(0xFFF0C0);
  p.tag_pending_text = rgb(0x4D2B00);
  p.tag_none_bg = rgb(0xEBEBEB);
  p.tag_none_text = rgb(0x1A1A1A);
  p.tag_info_bg = rgb(0xE0EBFF);
  p.tag_info_text = rgb(0x001A4D);
  p.header = rgb(0xCCDAFF);
  p.header_hovered = rgb(0xB3C7FF);
  p.header_active = rgb(0xB3C7FF);
  p.text_selected_bg = rgb(0xB3C7FF);
  p.result_bg = rgb(0xF0F0F0);
  p.notice_info = rgb(0xE0ECFF);
  p.notice_warning = rgb(0xFFF0C0);
  p.notice_error = rgb(0xFFE0E0);
  p.field_error_bg = rgb(0xFFE0E0);
  p.match_bg = rgb(0xFFEB80);
  p.landed_bg = rgb(0xD0E0FF);
  p.text = rgb(0x000000);
  p.muted = rgb(0x333333);
  p.heading = rgb(0x001A4D);
  p.link = rgb(0x00008F);
  p.link_hovered = rgb(0x000066);
  p.error = rgb(0x6B0000);
  p.warning = rgb(0x4D2B00);
  p.ok = rgb(0x003814);
  p.fail = rgb(0x6B0000);
  p.unknown = rgb(0x4D2B00);
  p.border = rgb(0x000000);
  p.separator = rgb(0x000000);
  p.check_mark = rgb(0x000000);
  p.focus_ring = rgb(0x0033CC);
  p.progress_track = rgb(0xC8C8C8);
  p.progress_fill = rgb(0x0033CC);
  p.scrollbar_grab = rgb(0x4D4D4D);
  return p;
}
}  // namespace

const Palette& palette(Theme theme) {
  static const Palette light_palette = light();
  static const Palette high_contrast_palette = high_contrast();
  return theme == Theme::HighContrast ? high_contrast_palette : light_palette;
}

}  // namespace sx_app
