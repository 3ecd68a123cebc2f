#include "font_metrics.hpp"

#include <cstdint>
#include <cstring>

namespace sx_app {

namespace {
// Big-endian reads that return false past the end of the file.
bool u16(const unsigned char* data, std::size_t size, std::size_t at, std::uint16_t& out) {
  if (at + 2 > size) return false;
  out = static_cast<std::uint16_t>((data[at] << 8) | data[at + 1]);
  return true;
}
bool u32(const unsigned char* data, std::size_t size, std::size_t at, std::uint32_t& out) {
  std::uint16_t high = 0, low = 0;
  if (!u16(data, size, at, high) || !u16(data, size, at + 2, low)) return false;
  out = (static_cast<std::uint32_t>(high) << 16) | low;
  return true;
}

// Offset of a table in the face whose table directory starts at `font`, or 0.
std::size_t table(const unsigned char* data, std::size_t size, std::size_t font, const char* tag) {
  std::uint16_t count = 0;
  if (!u16(data, size, font + 4, count)) return 0;
  for (std::size_t i = 0; i < count; ++i) {
    const std::size_t record = font + 12 + 16 * i;
    std::uint32_t offset = 0;
    if (record + 16 > size || !u32(data, size, record + 8, offset)) return 0;
    if (std::memcmp(data + record, tag, 4) == 0) return offset;
  }
  return 0;
}
}  // namespace

float line_height_for_em(const unsigned char* data, std::size_t size, int face, float em_px) {
  std::uint32_t font = 0;
  if (size >= 4 && std::memcmp(data, "ttcf", 4) == 0) {
    if (face < 0 || !u32(data, size, 12 + 4 * static_cast<std::size_t>(face), font)) return em_px;
  }
  const std::size_t head = table(data, size, font, "head");
  const std::size_t hhea = table(data, size, font, "hhea");
  std::uint16_t units_per_em = 0, ascent = 0, descent = 0;
  if (head == 0 || hhea == 0 || !u16(data, size, head + 18, units_per_em) ||
      !u16(data, size, hhea + 4, ascent) || !u16(data, size, hhea + 6, descent) || units_per_em == 0) {
    return em_px;
  }
  const int line = static_cast<std::int16_t>(ascent) - static_cast<std::int16_t>(descent);
  if (line <= 0) return em_px;
  return em_px * static_cast<float>(line) / static_cast<float>(units_per_em);
}

}  // namespace sx_app
