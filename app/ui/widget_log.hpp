#pragma once
// What the last frame showed, in reading order: every widget (through ImGui's test-engine item
// hooks, IMGUI_ENABLE_TEST_ENGINE) and every text (through the TextEx hook, cmake/imgui.cmake),
// with the window each sits in. The page's test API lists the widgets so browser tests click real
// ones; the accessibility mirror (mirror.hpp) turns the whole log into DOM for screen readers,
// the keyboard and the browser's find-in-page.
#include <string>
#include <vector>

#include "imgui.h"
#include "imgui_internal.h"

namespace sx_app {

// What a widget is to a screen reader. Auto: a checkbox when ImGui reports it checkable, a
// disclosure when openable, a text box when noted as one, otherwise a button.
enum class Role { Auto, Button, Link, Radio, Checkbox, Textbox, Combobox, Option, Disclosure, NavItem };
// What a text is: a screen's title, a section's heading, or a field's error (which the mirror
// attaches to the text field before it).
enum class TextRole { Plain, Title, Heading, Error };

struct LoggedWindow {
  ImGuiID id = 0;
  std::string name;
  ImRect clip;  // the window's inner clip rectangle, screen px
  ImVec2 scroll;
  ImVec2 scroll_max;
  ImVec2 content_origin;  // where its content starts when not scrolled, in the window (padding)
  ImVec2 cursor_start;    // where its content starts on screen this frame
  bool modal = false;
  bool popup = false;
  bool tooltip = false;  // not mirrored: what it says is logged where its (?) is
  std::string landmark;  // "main", "navigation", "banner" or empty
  // A child window (BeginChild, a scrolling table): the window it is drawn in, and its clip
  // rectangle before that window's clips it (it may lie partly out of its parent's view).
  ImGuiID parent = 0;
  ImRect frame;
};

struct LoggedWidget {
  bool is_text = false;  // a text rather than a widget
  ImGuiID id = 0;        // the widget's ImGui ID (0 for texts)
  ImGuiID window = 0;
  ImRect rect;
  ImRect clip;
  bool enabled = true;
  std::string label;  // what the widget shows (the text itself for texts)
  std::string name;   // what follows "##" in the ImGui label: a stable name for unlabeled fields
  int flags = 0;      // ImGuiItemStatusFlags
  int checked = -1;   // -1: not checkable
  Role role = Role::Auto;
  TextRole text_role = TextRole::Plain;
  bool text = false;  // a text field
  bool multiline = false;
  std::string value;  // a text field's text, a combo's choice
  std::string group;  // a radio group's name, on its first radio
  // In a table the view noted (note_table): the table's ImGui ID, the row (0: the header row, n:
  // the n-th row in the table's order) and the column; 0 and -1 outside one.
  ImGuiID table = 0;
  int table_row = -1;
  int table_column = -1;
};

// A table a screen reader reads as one (note_table): its rows and columns, the column it is sorted by.
struct LoggedTable {
  ImGuiID id = 0;
  std::string name;
  int rows = 0;  // every row besides the header, also those scrolled out of view and not drawn
  int columns = 0;
  int sort_column = -1;  // -1: not sorted
  bool descending = false;
};

void begin_widget_frame();
void end_widget_frame();
// Texts are logged for the accessibility mirror; off, only widgets are (the mirror's cost measured).
void set_text_logging(bool on);
// Records the last item's label and, for choices, whether it is selected: ImGui reports
// neither for a radio button, nor any label for an item scrolled out of view.
void note_last_item(const char* label, int checked = -1);
// Gives the last item `label` (its words, then "##" and its name) whatever ImGui's label said: a
// field whose words are drawn inside it as a hint has none beside it.
void name_last_item(const char* label);
// Records the last item as a text field holding `value` (reported as kind "text").
void note_last_text(const char* label, const std::string& value, bool multiline = false);
void note_last_role(Role role);
// A combo's current choice (ImGui draws it without a text item).
void note_last_value(const std::string& value);
// The next text drawn is a title, heading or error.
void mark_next_text(TextRole role);
// The radios drawn next form a group that a screen reader announces as `name` (the question).
void name_next_group(const std::string& name);
// A text the screen shows only on hover (a tooltip): logged as if drawn over the last item, so
// the mirror reads it there and find-in-page finds it.
void note_hidden_text(const std::string& text);
// The last item (a Dummy) shows `text`, drawn with the draw list (a status tag): logged as a text
// at its place, so the mirror reads the words where they are; also a passage left undrawn out of
// view (政策原文), with its role.
void note_item_text(const std::string& text, TextRole role = TextRole::Plain);
// The ImGui table being drawn (call after BeginTable) is a table to a screen reader, named `name`,
// with `rows` rows besides its header row: its header cells, columns and sort state come from ImGui.
void note_table(const std::string& name, int rows);
// The items drawn next, until the next call, are in the table's `row`-th row (1-based, in the
// table's order): a clipped table draws only some of its rows, and ImGui counts only those.
void note_table_row(int row);
// The window being drawn is a page landmark ("main", "navigation", "banner").
void note_window_landmark(const char* landmark);

// The last frame's log (valid until the next end_widget_frame) and its windows by first use.
const std::vector<LoggedWidget>& shown_widgets();
const std::vector<LoggedWindow>& shown_windows();
const std::vector<LoggedTable>& shown_tables();
const LoggedWidget* find_shown(ImGuiID id);
// The role a logged widget has once Auto is resolved.
Role resolved_role(const LoggedWidget& widget);
// Its name in the test API and the mirror: "button", "link", "radio" …
const char* role_name(Role role);
// The name a screen reader announces: the label, else a Chinese name after "##", else the text
// drawn just before the widget in its window (a field's caption).
std::string accessible_name(const std::vector<LoggedWidget>& log, std::size_t index);

// [{label, name, id, x, y, w, h, visible, enabled, role, accessibleName, checked?, kind?, value?}]
// in CSS pixels: the interactive widgets only.
std::string widgets_json();

}  // namespace sx_app
