#include "line_break.hpp"

#include "imgui.h"
#include "imgui_internal.h"  // ImTextCharFromUtf8

// Set to adjust every wrap position ImGui computes (cmake/imgui.cmake).
extern const char* (*GImWrapAdjust)(const char*, const char*, const char*);

namespace sx_app {

namespace {
// GB/T 15834 and common practice: marks that close (may not start a line) and that open (may not
// end one).
bool closes(unsigned c) {
  switch (c) {
    case 0xFF0C: case 0x3002: case 0x3001: case 0xFF1B: case 0xFF1A: case 0xFF1F: case 0xFF01:  // ，。、；：？！
    case 0xFF09: case 0x300B: case 0x300D: case 0x300F: case 0x3011: case 0x3015: case 0x3009:  // ）》」』】〕〉
    case 0x201D: case 0x2019: case 0x2026: case 0x2014: case 0xFF05: case 0x00B7: case 0x30FB:  // ”’…—％··
    case 0xFF0E: case 0xFF5D: case 0xFF3D:                                                      // ．｝］
    case ',': case '.': case ';': case ':': case '?': case '!': case ')': case ']': case '}': case '%':
      return true;
    default:
      return false;
  }
}

bool opens(unsigned c) {
  switch (c) {
    case 0xFF08: case 0x300A: case 0x300C: case 0x300E: case 0x3010: case 0x3014: case 0x3008:  // （《「『【〔〈
    case 0x201C: case 0x2018: case 0xFF5B: case 0xFF3B:                                        // “‘｛［
    case '(': case '[': case '{':
      return true;
    default:
      return false;
  }
}

// The character starting at `at`, or 0 at the end.
unsigned char_at(const char* at, const char* end) {
  if (at >= end) return 0;
  unsigned c = 0;
  ImTextCharFromUtf8(&c, at, end);
  return c;
}

// The start of the character before `at` (UTF-8 continuation bytes are 10xxxxxx).
const char* step_back(const char* line, const char* at) {
  do {
    --at;
  } while (at > line && (static_cast<unsigned char>(*at) & 0xC0) == 0x80);
  return at;
}

// Letters, digits and the marks that live inside a number, a code or an abbreviation: a break
// between two of them splits a token ("PD|M", "3.|2", "GB/|T").
bool in_token(unsigned c) {
  if ((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) return true;
  switch (c) {
    case '.': case '/': case '%': case '-': case '+': case '_': case '&': case '#':
      return true;
    default:
      return false;
  }
}

// What may follow a token after one space and still belong to it: a number or its unit
// ("GB/T 4754", "3.2 %").
bool continues_token(unsigned c) { return (c >= '0' && c <= '9') || c == '%'; }

// A Chinese unit or measure word the screens put after a number or a letter, with or without a
// space ("8 分", "满分 10 分", "A 类", "60%以上"): it does not start a line without its number.
bool unit(unsigned c) {
  switch (c) {
    case 0x5206: case 0x7C7B: case 0x6761: case 0x9879: case 0x53F0: case 0x4E2A: case 0x5143:  // 分类条项台个元
    case 0x5E74: case 0x6708: case 0x65E5: case 0x5929: case 0x4EBA: case 0x79CD: case 0x6863:  // 年月日天人种档
    case 0x5904: case 0x6B21: case 0x9875: case 0x500D: case 0x4E07: case 0x4EBF: case 0x4EE5:  // 处次页倍万亿以
      return true;
    default:
      return false;
  }
}

// A word that names the number after it ("表1", "第3") and does not end a line without it.
bool names_number(unsigned c) { return c == 0x8868 || c == 0x7B2C; }  // 表第

// A sign that belongs to what follows it after a space ("≥ 50%", "✓ 符合", "× 不符合").
bool leads(unsigned c) {
  switch (c) {
    case 0x2265: case 0x2264: case 0x2713: case 0x00D7: case 0x2192: case '<': case '>': case '=':  // ≥≤✓×→
      return true;
    default:
      return false;
  }
}

// A line starting at `at` would cut a token in two, or part a number from its unit or its name.
bool splits_token(const char* line, const char* at, const char* end) {
  const char* previous = step_back(line, at);
  const unsigned before = char_at(previous, end);
  const unsigned here = char_at(at, end);
  if (in_token(before) && in_token(here)) return true;
  if (in_token(before) && unit(here)) return true;
  if (names_number(before) && here >= '0' && here <= '9') return true;
  if (here == ' ') {
    const unsigned after = char_at(at + 1, end);
    return (in_token(before) && (continues_token(after) || unit(after))) || leads(before);
  }
  if (before == ' ' && previous > line) {
    const unsigned first = char_at(step_back(line, previous), end);
    return (in_token(first) && (continues_token(here) || unit(here))) || leads(first);
  }
  return false;
}

// A line starting at `at` would start with closing punctuation or leave opening punctuation behind.
bool breaks_punctuation(const char* line, const char* at, const char* end) {
  return closes(char_at(at, end)) || opens(char_at(step_back(line, at), end));
}

// The punctuation rule alone: `proposed` moved back a character or two, or kept when it cannot be.
const char* keep_punctuation(const char* line, const char* proposed, const char* end) {
  const char* at = proposed;
  // A few steps at most: "（二））" needs three (the marks and the bracket before "二" go with it
  // to the next line), and a line that is all punctuation breaks where ImGui said.
  for (int step = 0; step < 5; ++step) {
    const char* before = step_back(line, at);
    if (before <= line) break;
    if (!closes(char_at(at, end)) && !opens(char_at(before, end))) break;
    at = before;
  }
  return breaks_punctuation(line, at, end) ? proposed : at;
}
}  // namespace

const char* adjust_line_break(const char* line, const char* proposed, const char* end) {
  if (proposed <= line || proposed >= end) return proposed;
  const char* at = keep_punctuation(line, proposed, end);
  // A token goes to the next line whole, with an opening bracket before it ("（PDM）"); one as
  // long as the line is cut where the punctuation rule put it.
  for (int round = 0; round < 4 && splits_token(line, at, end); ++round) {
    const char* start = at;
    while (start > line && splits_token(line, start, end)) start = step_back(line, start);
    if (start <= line) break;
    const char* whole = keep_punctuation(line, start, end);
    if (breaks_punctuation(line, whole, end)) break;  // "（" alone on a line is worse than a cut token
    at = whole;
  }
  return at;
}

void install_line_breaking() { GImWrapAdjust = adjust_line_break; }

}  // namespace sx_app
