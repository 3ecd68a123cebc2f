#pragma once
// Every colour the app draws with, by what it is for, in two themes: the calm light theme and a
// high-contrast one (适老化). Text colours hold 4.5:1 (WCAG AA) against every background here, and
// 7:1 in the high-contrast theme; tests/app/test_contrast.cpp checks each pair.
#include "imgui.h"

namespace sx_app {

enum class Theme { Light, HighContrast };

struct Palette {
  // Backgrounds.
  ImVec4 window_bg;
  ImVec4 child_bg;
  ImVec4 popup_bg;
  ImVec4 frame_bg;  // text fields, check boxes, radio buttons
  ImVec4 frame_hovered;
  ImVec4 frame_active;
  ImVec4 button;  // a secondary action (GOV.UK's grey button), ImGui's every plain button
  ImVec4 button_hovered;
  ImVec4 button_active;
  ImVec4 button_edge;  // the line under a button (GOV.UK's shadow)
  // The one primary action of a screen (GOV.UK's green button) and a destructive one (red), both
  // with button_text on them.
  ImVec4 primary;
  ImVec4 primary_hovered;
  ImVec4 primary_active;
  ImVec4 primary_edge;
  ImVec4 destructive;
  ImVec4 destructive_hovered;
  ImVec4 destructive_active;
  ImVec4 destructive_edge;
  ImVec4 button_text;  // on primary and destructive
  // Status tags (GOV.UK's tag): a tinted pill with darker text of the same hue, words always in it.
  ImVec4 tag_done_bg;  // 已完成, ✓ 符合
  ImVec4 tag_done_text;
  ImVec4 tag_fail_bg;  // × 不符合
  ImVec4 tag_fail_text;
  ImVec4 tag_pending_bg;  // 进行中, ? 待补充
  ImVec4 tag_pending_text;
  ImVec4 tag_none_bg;  // 未开始
  ImVec4 tag_none_text;
  ImVec4 tag_info_bg;  // a category named, the recommended one
  ImVec4 tag_info_text;
  ImVec4 header;  // the current screen in the navigation, open tree nodes
  ImVec4 header_hovered;
  ImVec4 header_active;
  ImVec4 text_selected_bg;  // selected text in a field
  ImVec4 result_bg;         // 基础数据: the rates worked out from the figures
  ImVec4 notice_info;
  ImVec4 notice_warning;
  ImVec4 notice_error;
  ImVec4 field_error_bg;  // a field whose text was refused
  ImVec4 match_bg;        // 政策原文: a passage the search found
  ImVec4 landed_bg;       // 政策原文: the passage a link landed on
  // Text.
  ImVec4 text;
  ImVec4 muted;  // secondary text; also ImGui's TextDisabled
  ImVec4 heading;
  ImVec4 link;
  ImVec4 link_hovered;
  ImVec4 error;    // a refused value, said next to its field
  ImVec4 warning;  // e.g. the credit code's check character
  ImVec4 ok;       // ✓ met, 已完成
  ImVec4 fail;     // × not met
  ImVec4 unknown;  // ? not yet known, 进行中
  // Lines and marks (3:1 against what they sit on, WCAG 1.4.11).
  ImVec4 border;
  ImVec4 separator;
  ImVec4 check_mark;
  ImVec4 focus_ring;
  ImVec4 progress_track;
  ImVec4 progress_fill;
  ImVec4 scrollbar_grab;
};

const Palette& palette(Theme theme);

}  // namespace sx_app
