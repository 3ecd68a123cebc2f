#include "text_size_cache.hpp"

#include <cfloat>
#include <cstdint>
#include <functional>
#include <unordered_map>

#include "imgui.h"

// Set to measure wrapped text; bumped whenever a font's glyph tables are rebuilt (cmake/imgui.cmake).
extern ImVec2 (*GImTextSizeCache)(const ImFont*, float, float, const char*, const char*);
extern int GImFontGeneration;

namespace sx_app {

namespace {
struct Key {
  const ImFont* font;
  float size;
  float wrap;
  std::uint64_t hash;
  std::size_t length;
  bool operator==(const Key& o) const {
    return font == o.font && size == o.size && wrap == o.wrap && hash == o.hash && length == o.length;
  }
};

struct KeyHash {
  std::size_t operator()(const Key& k) const {
    std::uint64_t h = k.hash;
    h ^= reinterpret_cast<std::uintptr_t>(k.font) + 0x9E3779B97F4A7C15ull + (h << 6) + (h >> 2);
    h ^= std::hash<float>()(k.size) + 0x9E3779B97F4A7C15ull + (h << 6) + (h >> 2);
    h ^= std::hash<float>()(k.wrap) + 0x9E3779B97F4A7C15ull + (h << 6) + (h >> 2);
    return static_cast<std::size_t>(h);
  }
};

constexpr std::size_t kLimit = 8192;  // a few screens' texts at a few widths; past it, all forgotten
std::unordered_map<Key, ImVec2, KeyHash> sizes;
int generation = -1;

// FNV-1a over the bytes: a tenth of what measuring them costs (a glyph lookup and the line-break
// rule per character).
std::uint64_t fnv1a(const char* begin, const char* end) {
  std::uint64_t h = 14695981039346656037ull;
  for (const char* p = begin; p < end; ++p) h = (h ^ static_cast<unsigned char>(*p)) * 1099511628211ull;
  return h;
}

ImVec2 measure(const ImFont* font, float size, float wrap, const char* begin, const char* end) {
  if (generation != GImFontGeneration || sizes.size() >= kLimit) {
    sizes.clear();
    generation = GImFontGeneration;
  }
  const Key key{font, size, wrap, fnv1a(begin, end), static_cast<std::size_t>(end - begin)};
  const auto found = sizes.find(key);
  if (found != sizes.end()) return found->second;
  const ImVec2 measured = font->CalcTextSizeA(size, FLT_MAX, wrap, begin, end, nullptr);
  sizes.emplace(key, measured);
  return measured;
}
}  // namespace

void install_text_size_cache() { GImTextSizeCache = measure; }

int text_sizes_held() { return static_cast<int>(sizes.size()); }

void use_text_size_cache(bool on) {
  GImTextSizeCache = on ? measure : nullptr;
  sizes.clear();
}

}  // namespace sx_app
