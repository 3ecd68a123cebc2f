#pragma once
// A multi-line text field whose text wraps at the box's width, while it is typed and after.
// ImGui 1.86's InputTextMultiline breaks lines only at '\n', so a paragraph of Chinese ran past
// the box. Here ImGui's field still does the editing (keys, IME text, undo, copy, the mirror's
// focus), with its own one-line-per-paragraph drawing hidden; the text is laid out again, wrapped,
// in its place, and the caret, the selection, clicks and Up/Down/Home/End follow those lines.
// Nothing is inserted into the text: the wrapping is only in the drawing.
#include <string>
#include <vector>

struct ImFont;

namespace sx_app {

// One displayed line: bytes [begin, end) of the text. A '\n' after `end` belongs to no line.
struct WrappedLine {
  int begin;
  int end;
};

// `text` laid out `width` pixels wide with `font` at `size`: a new line at each '\n' and where the
// width runs out (ImGui's word wrap with the Chinese line-breaking rules, app/ui/line_break.cpp).
// Blanks where a line is cut stay at the end of that line. At least one line.
std::vector<WrappedLine> wrap_lines(const ImFont* font, float size, const std::string& text, float width);

// The field, `width` wide by ImGui's item-width rules, `min_lines` lines tall or taller as the
// text grows, so all of it can be read; true when `value` was edited this frame.
bool paragraph_field(const char* label, std::string& value, float width, int min_lines = 4);

}  // namespace sx_app
