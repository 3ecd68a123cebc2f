#include "paragraph_field.hpp"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstring>

#include "imgui.h"
#include "imgui_internal.h"
#include "imgui_stdlib.h"

namespace sx_app {

namespace {
int char_length(const char* s, const char* end) {
  unsigned int c = 0;
  return std::max(1, ImTextCharFromUtf8(&c, s, end));
}

// ImGui's edit state counts characters (ImWchar is 32-bit here); the layout counts UTF-8 bytes.
int byte_of_char(const std::string& text, int chars) {
  int byte = 0;
  const char* end = text.c_str() + text.size();
  for (int i = 0; i < chars && byte < static_cast<int>(text.size()); ++i) {
    byte += char_length(text.c_str() + byte, end);
  }
  return std::min(byte, static_cast<int>(text.size()));
}

int char_of_byte(const std::string& text, int byte) {
  int chars = 0;
  const char* end = text.c_str() + text.size();
  for (int at = 0; at < byte && at < static_cast<int>(text.size()); ++chars) {
    at += char_length(text.c_str() + at, end);
  }
  return chars;
}

// The line a caret at `pos` is drawn on. At a soft cut the end of one line is the start of the
// next; the caret goes to the next line, unless `at_end` (End, or a click right of the line).
int line_of(const std::vector<WrappedLine>& lines, int pos, bool at_end) {
  for (int i = 0; i < static_cast<int>(lines.size()); ++i) {
    if (pos < lines[i].begin || pos > lines[i].end) continue;
    const bool soft_cut = i + 1 < static_cast<int>(lines.size()) && lines[i + 1].begin == pos;
    if (pos == lines[i].end && soft_cut && !at_end) continue;
    return i;
  }
  return static_cast<int>(lines.size()) - 1;
}

// What the field draws and how it maps points to text positions, for one frame.
struct Layout {
  const std::string& text;
  std::vector<WrappedLine> lines;
  ImVec2 origin;  // top left of the first line
  float size;

  float x_of(int line, int pos) const {
    const WrappedLine& l = lines[static_cast<std::size_t>(line)];
    const char* base = text.c_str();
    return ImGui::GetFont()->CalcTextSizeA(size, FLT_MAX, 0.0f, base + l.begin, base + std::clamp(pos, l.begin, l.end)).x;
  }
  // The text position nearest to `x` on `line`.
  int pos_at(int line, float x) const {
    const WrappedLine& l = lines[static_cast<std::size_t>(line)];
    const char* base = text.c_str();
    const char* end = base + l.end;
    const float scale = size / ImGui::GetFont()->FontSize;
    float left = 0.0f;
    for (const char* s = base + l.begin; s < end;) {
      unsigned int c = 0;
      const int n = std::max(1, ImTextCharFromUtf8(&c, s, end));
      const float advance = ImGui::GetFont()->GetCharAdvance(static_cast<ImWchar>(c)) * scale;
      if (x < left + advance * 0.5f) return static_cast<int>(s - base);
      left += advance;
      s += n;
    }
    return l.end;
  }
  int line_at(float y) const {
    const int line = static_cast<int>(std::floor((y - origin.y) / size));
    return std::clamp(line, 0, static_cast<int>(lines.size()) - 1);
  }
};

// The caret and selection of the field being edited, in bytes, as the last frame left them.
struct Editing {
  ImGuiID id = 0;
  int cursor = 0;
  int select_start = 0;
  int select_end = 0;
  int anchor = 0;       // where a mouse selection started
  bool dragging = false;
  bool at_end = false;  // see line_of
};
Editing editing;

// Clicks, drags and Up/Down/Home/End, which ImGui has just applied to its unwrapped lines, applied
// again to the wrapped ones. Returns whether the caret or selection moved.
bool follow_wrapped_lines(const Layout& layout, const ImRect& frame, bool hovered, int& cursor, int& start,
                          int& end) {
  const ImGuiIO& io = ImGui::GetIO();
  const auto hit = [&](bool& at_end) {
    const int line = layout.line_at(io.MousePos.y);
    const int pos = layout.pos_at(line, io.MousePos.x - layout.origin.x);
    at_end = pos == layout.lines[static_cast<std::size_t>(line)].end;
    return pos;
  };
  if (ImGui::IsMouseClicked(0) && hovered && frame.Contains(io.MousePos)) {
    const int pos = hit(editing.at_end);
    if (!io.KeyShift) editing.anchor = pos;
    else editing.anchor = editing.select_start != editing.select_end ? editing.select_start : editing.cursor;
    editing.dragging = true;
    cursor = end = pos;
    start = editing.anchor;
    return true;
  }
  if (editing.dragging) {
    if (!io.MouseDown[0]) {
      editing.dragging = false;
    } else {
      cursor = end = hit(editing.at_end);
      start = editing.anchor;
      return true;
    }
  }
  const bool up = ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_UpArrow));
  const bool down = ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_DownArrow));
  const bool home = ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Home)) && !io.KeyCtrl;
  const bool finish = ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_End)) && !io.KeyCtrl;
  if (!(up || down || home || finish)) return false;
  const int size = static_cast<int>(layout.text.size());
  const int from = std::min(editing.cursor, size);
  const int line = line_of(layout.lines, from, editing.at_end);
  const int last = static_cast<int>(layout.lines.size()) - 1;
  const float x = layout.x_of(line, from);
  int to = from;
  editing.at_end = false;
  if (up) to = line > 0 ? layout.pos_at(line - 1, x) : 0;
  if (down) to = line < last ? layout.pos_at(line + 1, x) : size;
  if (home) to = layout.lines[static_cast<std::size_t>(line)].begin;
  if (finish) {
    to = layout.lines[static_cast<std::size_t>(line)].end;
    editing.at_end = true;
  }
  const bool had_selection = editing.select_start != editing.select_end;
  start = io.KeyShift ? (had_selection ? std::min(editing.select_start, size) : from) : to;
  cursor = end = to;
  return true;
}

void draw(const Layout& layout, ImDrawList* list, const ImRect& clip, int cursor, int start, int end,
          bool caret) {
  const ImU32 text_colour = ImGui::GetColorU32(ImGuiCol_Text);
  const ImU32 selection_colour = ImGui::GetColorU32(ImGuiCol_TextSelectedBg);
  const int from = std::min(start, end), to = std::max(start, end);
  list->PushClipRect(clip.Min, clip.Max, false);
  const char* base = layout.text.c_str();
  for (int i = 0; i < static_cast<int>(layout.lines.size()); ++i) {
    const WrappedLine& line = layout.lines[static_cast<std::size_t>(i)];
    const float top = layout.origin.y + static_cast<float>(i) * layout.size;
    if (from < to && from <= line.end && to > line.begin) {
      const float left = layout.x_of(i, from);
      // A selected line break shows as a little selected space after the line.
      const float right = to > line.end ? layout.x_of(i, line.end) + layout.size * 0.4f : layout.x_of(i, to);
      list->AddRectFilled(ImVec2(layout.origin.x + left, top), ImVec2(layout.origin.x + right, top + layout.size),
                          selection_colour);
    }
    list->AddText(ImGui::GetFont(), layout.size, ImVec2(layout.origin.x, top), text_colour, base + line.begin,
                  base + line.end);
  }
  if (caret) {
    const int line = line_of(layout.lines, cursor, editing.at_end);
    const float x = std::floor(layout.origin.x + layout.x_of(line, cursor));
    const float top = layout.origin.y + static_cast<float>(line) * layout.size;
    list->AddLine(ImVec2(x, top + 0.5f), ImVec2(x, top + layout.size - 1.5f), text_colour);
  }
  list->PopClipRect();
}
}  // namespace

std::vector<WrappedLine> wrap_lines(const ImFont* font, float size, const std::string& text, float width) {
  std::vector<WrappedLine> lines;
  const char* base = text.c_str();
  const int length = static_cast<int>(text.size());
  const float scale = size / font->FontSize;
  int begin = 0;
  for (;;) {
    const void* newline = std::memchr(base + begin, '\n', static_cast<std::size_t>(length - begin));
    const int hard_end = newline != nullptr ? static_cast<int>(static_cast<const char*>(newline) - base) : length;
    int start = begin;
    do {
      int cut = hard_end;
      if (font->CalcTextSizeA(size, FLT_MAX, 0.0f, base + start, base + hard_end).x > width) {
        cut = static_cast<int>(font->CalcWordWrapPositionA(scale, base + start, base + hard_end, width) - base);
        if (cut <= start) cut = start + char_length(base + start, base + hard_end);
        cut = std::min(cut, hard_end);
        while (cut < hard_end && (base[cut] == ' ' || base[cut] == '\t')) ++cut;
      }
      lines.push_back({start, cut});
      start = cut;
    } while (start < hard_end);
    if (newline == nullptr) break;
    begin = hard_end + 1;
  }
  return lines;
}

bool paragraph_field(const char* label, std::string& value, float width, int min_lines) {
  ImGuiContext& g = *GImGui;
  const ImGuiStyle& style = ImGui::GetStyle();
  const float size = ImGui::GetFontSize();
  const ImGuiID id = ImGui::GetID(label);
  const auto shown_text = [&]() {
    const ImGuiInputTextState* state = ImGui::GetInputTextState(id);
    if (state == nullptr || g.ActiveId != id) return value;
    std::string text(static_cast<std::size_t>(state->CurLenW) * 4 + 1, '\0');
    text.resize(static_cast<std::size_t>(
        ImTextStrToUtf8(text.data(), static_cast<int>(text.size()), state->TextW.Data, state->TextW.Data + state->CurLenW)));
    return text;
  };
  // Room for every wrapped line: ImGui then never scrolls its unwrapped lines inside the box.
  const float frame_width = ImGui::CalcItemSize(ImVec2(width, 0.0f), ImGui::CalcItemWidth(), 0.0f).x;
  const float text_width = std::max(size, frame_width - 2.0f * style.FramePadding.x - 2.0f);
  const std::size_t rows = wrap_lines(ImGui::GetFont(), size, shown_text(), text_width).size();
  const float height = static_cast<float>(std::max<std::size_t>(static_cast<std::size_t>(min_lines), rows)) * size +
                       2.0f * style.FramePadding.y;

  ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(0, 0, 0, 0));
  ImGui::PushStyleColor(ImGuiCol_TextSelectedBg, IM_COL32(0, 0, 0, 0));
  const bool edited = ImGui::InputTextMultiline(label, &value, ImVec2(width, height),
                                                ImGuiInputTextFlags_NoHorizontalScroll);
  ImGui::PopStyleColor(2);

  ImGuiWindow* child = nullptr;
  for (ImGuiWindow* w : g.CurrentWindow->DC.ChildWindows) {
    if (w->ChildId == id) child = w;
  }
  if (child == nullptr || !child->Active) return edited;
  const ImRect frame(ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
  const std::string text = shown_text();
  const Layout layout{text, wrap_lines(ImGui::GetFont(), size, text, text_width),
                      ImVec2(frame.Min.x + style.FramePadding.x - child->Scroll.x,
                             frame.Min.y + style.FramePadding.y - child->Scroll.y),
                      size};

  ImGuiInputTextState* state = ImGui::GetInputTextState(id);
  const bool active = state != nullptr && g.ActiveId == id;
  int cursor = 0, start = 0, end = 0;
  if (active) {
    if (editing.id != id) editing = Editing{id};
    cursor = byte_of_char(text, state->Stb.cursor);
    start = byte_of_char(text, state->Stb.select_start);
    end = byte_of_char(text, state->Stb.select_end);
    if (edited) editing.at_end = false;
    const bool moved = follow_wrapped_lines(layout, frame, g.HoveredWindow == child, cursor, start, end);
    if (moved) {
      state->Stb.cursor = char_of_byte(text, cursor);
      state->Stb.select_start = char_of_byte(text, start);
      state->Stb.select_end = char_of_byte(text, end);
      state->Stb.has_preferred_x = 0;
      state->CursorAnimReset();
    }
    editing.cursor = cursor;
    editing.select_start = start;
    editing.select_end = end;
    // The page's IME textarea (candidate window, phone keyboard) goes to the wrapped caret.
    const int line = line_of(layout.lines, cursor, editing.at_end);
    const ImVec2 caret(layout.origin.x + layout.x_of(line, cursor), layout.origin.y + static_cast<float>(line) * size);
    g.PlatformImePos = ImVec2(caret.x - 1.0f, caret.y);
    // The box grows as the text does: the screen follows the caret down, as a page's textarea would.
    if (edited || moved) {
      ImGui::ScrollToBringRectIntoView(g.CurrentWindow, ImRect(caret.x, caret.y, caret.x + 1.0f,
                                                               caret.y + size + style.FramePadding.y));
    }
  } else if (editing.id == id) {
    editing = Editing{};
  }
  const bool blink_on = active && (!g.IO.ConfigInputTextCursorBlink || state->CursorAnim <= 0.0f ||
                                   std::fmod(state->CursorAnim, 1.20f) <= 0.80f);
  draw(layout, child->DrawList, child->InnerClipRect, cursor, start, end, blink_on);
  return edited;
}

}  // namespace sx_app
