#include "mirror.hpp"

#include <cmath>
#include <cstdint>
#include <cstring>
#include <optional>
#include <unordered_map>
#include <unordered_set>

#include "widget_log.hpp"

namespace sx_app {

namespace {
// Built by hand, not through nlohmann::json: this runs every frame that draws.
void append_string(std::string& out, const std::string& text) {
  out += '"';
  for (const char ch : text) {
    const unsigned char c = static_cast<unsigned char>(ch);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += ch;
    } else if (c < 0x20) {
      static const char* const kHex = "0123456789abcdef";
      out += "\\u00";
      out += kHex[c >> 4];
      out += kHex[c & 15];
    } else {
      out += ch;
    }
  }
  out += '"';
}

void field(std::string& out, const char* name, const std::string& value) {
  out += ",\"";
  out += name;
  out += "\":";
  append_string(out, value);
}

void field(std::string& out, const char* name, long value) {
  out += ",\"";
  out += name;
  out += "\":";
  out += std::to_string(value);
}

const char* element_role(const LoggedWidget& w) {
  if (w.is_text) {
    switch (w.text_role) {
      case TextRole::Title: return "h1";
      case TextRole::Heading: return "h2";
      case TextRole::Error: return "error";
      default: return "text";
    }
  }
  const Role role = resolved_role(w);
  return role == Role::Textbox && w.multiline ? "textarea" : sx_app::role_name(role);
}

// Element keys: a widget's ID, a radio group's (its first radio's ID), a text's place. Numbers,
// not strings, so that comparing frames costs little; the page sees them as "i…", "g…", "t…".
// A noted table (note_table) is a table, its rows and its cells ("b…", "r…", "c…"), which hold
// the items drawn in them.
constexpr Mirror::Key kItem = 1ull << 32, kGroup = 2ull << 32, kText = 3ull << 32, kWindow = 4ull << 32,
                      kTable = 5ull << 32, kRow = 6ull << 32, kCell = 7ull << 32;

std::string key_text(Mirror::Key key) {
  static const char kKinds[] = "?igtwbrc";
  const std::uint64_t kind = key >> 32;
  return (kind < 8 ? kKinds[kind] : 'w') + std::to_string(static_cast<std::uint32_t>(key));
}

// One element of the mirror as this frame has it: its key, parent and a hash of everything the
// page shows of it, so that only changed elements are serialised.
struct Entry {
  Mirror::Key key = 0;
  Mirror::Key parent = 0;
  std::size_t source = 0;  // index in the log (a group: its first radio's)
  bool group = false;
  // A child window's container, placed among its parent window's elements where it is drawn.
  bool window_place = false;
  // A table's structure rather than an item: its table, row or cell (the item `source` opened it).
  enum class Part { None, Table, Row, Cell } part = Part::None;
  std::uint64_t hash = 0;
  Mirror::Key error = 0;  // the error text describing a text field
  ImVec4 rect;            // in its window's content, as last sent when it moved by less than kJitter
};

// An element is moved only when its widget moved by more than about a line: the mirror is
// invisible, its places only guide the browser's scrolling (focus, find), and the app brings a
// focused widget fully into view itself. Exact places would resend everything below a line that
// appeared, and every element on a scrolled frame (ImGui floors lines from a fractional start).
constexpr float kJitter = 24.0f;

// 64-bit hashing eight bytes a step, mixed fully once at the end: a sync hashes every element
// of the screen, and ImGui's byte-wise CRC made that a quarter of a frame's work on a long screen.
std::uint64_t mix(std::uint64_t h) {
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdull;
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ull;
  return h ^ (h >> 33);
}
std::uint64_t hash_bytes(const void* data, std::size_t size, std::uint64_t seed) {
  const unsigned char* p = static_cast<const unsigned char*>(data);
  std::uint64_t h = seed ^ (size * 0x9e3779b97f4a7c15ull);
  for (; size >= 8; p += 8, size -= 8) {
    std::uint64_t word;
    std::memcpy(&word, p, 8);
    h = (h ^ word) * 0x9e3779b97f4a7c15ull;
    h ^= h >> 32;
  }
  if (size > 0) {
    std::uint64_t tail = 0;
    std::memcpy(&tail, p, size);
    h = (h ^ tail) * 0x9e3779b97f4a7c15ull;
  }
  return mix(h);
}
std::uint64_t hash_str(const std::string& s, std::uint64_t seed) { return hash_bytes(s.data(), s.size(), seed); }

const LoggedTable* table_of(ImGuiID id) {
  for (const auto& table : shown_tables()) {
    if (table.id == id) return &table;
  }
  return nullptr;
}

// What ARIA calls the sort of a column header: only the column sorted by has one.
const char* sort_of(const LoggedTable& table, int column) {
  if (column != table.sort_column) return nullptr;
  return table.descending ? "descending" : "ascending";
}

// Everything of fixed size an element shows, hashed in one go (zeroed first, padding and all).
struct Shown {
  Mirror::Key key;
  Mirror::Key parent;
  Mirror::Key error;
  std::uint64_t chain;  // the entry before, for a name taken from the text before it
  float rect[4];
  int state[8];
};

// Per-window running state while walking the log (a frame has a handful of windows).
struct WindowRun {
  const LoggedWindow* window = nullptr;
  // A child window without a landmark of its own (a scrolling table) is a container inside its
  // parent's, where it is drawn: read, and reached with Tab, between what is drawn before and
  // after it. Its place is then its whole frame, in the parent's content.
  WindowRun* parent = nullptr;
  bool placed = false;
  ImGuiID last_item = 0;  // the widget the next texts follow
  int texts = 0;          // texts since it
  std::uint64_t chain = 0;  // hash of the last entry, for names taken from the text before
};

// The frame's windows, looked up by ID; entries come window by window, so the last one found
// is tried first.
struct Runs {
  std::vector<WindowRun> list;
  std::size_t last = 0;

  WindowRun* of(ImGuiID id) {
    if (last < list.size() && list[last].window->id == id) return &list[last];
    for (std::size_t i = 0; i < list.size(); ++i) {
      if (list[i].window->id == id) {
        last = i;
        return &list[i];
      }
    }
    return nullptr;
  }
};

// Where a point on the screen sits in a window's content: measured from where the content starts
// this frame, so scrolling does not move it (ImGui floors each line, hence a pixel of jitter; see
// kJitter). A nested window's container is its frame, the others' their clip rectangle.
ImVec2 content_point(const ImVec2& point, const WindowRun& run) {
  const LoggedWindow& window = *run.window;
  ImVec2 origin = window.content_origin;
  if (run.parent != nullptr) {
    origin.x += window.clip.Min.x - window.frame.Min.x;
    origin.y += window.clip.Min.y - window.frame.Min.y;
  }
  return ImVec2(point.x - window.cursor_start.x + std::round(origin.x),
                point.y - window.cursor_start.y + std::round(origin.y));
}

ImVec4 content_rect(const LoggedWidget& w, const WindowRun& run) {
  const ImVec2 at = content_point(w.rect.Min, run);
  return ImVec4(std::round(at.x), std::round(at.y), std::round(w.rect.GetWidth()), std::round(w.rect.GetHeight()));
}

// A window's container: where it lies (in the page, or in its parent's content when nested) and
// how far its content reaches.
struct Place {
  long x, y, w, h, sw, sh;
};
Place place_of(const WindowRun& run) {
  const LoggedWindow& w = *run.window;
  const ImRect& r = run.parent != nullptr ? w.frame : w.clip;
  const ImVec2 at = run.parent != nullptr ? content_point(r.Min, *run.parent) : r.Min;
  return {std::lround(at.x), std::lround(at.y), std::lround(r.GetWidth()), std::lround(r.GetHeight()),
          std::lround(w.scroll_max.x + r.GetWidth()), std::lround(w.scroll_max.y + r.GetHeight())};
}
}  // namespace

void Mirror::reset() {
  keys_.clear();
  hashes_.clear();
  rects_.clear();
  window_numbers_.clear();
  window_names_.clear();
  extents_.clear();
  live_.clear();
}

std::string Mirror::changes(const std::vector<LiveStatus>& live) {
  const auto& log = shown_widgets();
  const auto& windows = shown_windows();
  Runs runs;
  for (const auto& w : windows) {
    if (!w.tooltip) runs.list.push_back({&w});
  }
  for (auto& run : runs.list) {
    const LoggedWindow& w = *run.window;
    if (w.parent != 0 && w.landmark.empty() && !w.modal && !w.popup) {
      for (auto& other : runs.list) {
        if (other.window->id == w.parent) run.parent = &other;
      }
    }
  }

  // Keys: a widget's ID; a text's place (its window, the widget before it, its count since that
  // widget), so that a text whose wording changes is the same element with new text.
  std::vector<Entry> entries;
  entries.reserve(log.size() + 16);
  Mirror::Key group = 0;  // the radio group being filled
  ImGuiID group_window = 0;
  std::size_t last_field = log.size();
  std::unordered_set<Mirror::Key> structure;  // the tables, rows and cells entered this frame
  // A nested window's container comes before its first element (its parent's, outermost first).
  const auto place = [&entries](WindowRun& run, std::size_t source, const auto& self) -> void {
    if (run.parent == nullptr || run.placed) return;
    run.placed = true;
    self(*run.parent, source, self);
    Entry e;
    e.key = kWindow | run.window->id;
    e.parent = kWindow | run.parent->window->id;
    e.source = source;
    e.window_place = true;
    e.hash = mix(e.key ^ (e.parent << 1));
    entries.push_back(e);
  };
  for (std::size_t i = 0; i < log.size(); ++i) {
    const LoggedWidget& w = log[i];
    if (!w.is_text && w.label.empty() && w.name.empty()) continue;  // a child window's own item
    WindowRun* run = runs.of(w.window);
    if (run == nullptr) continue;
    place(*run, i, place);
    Entry entry;
    entry.source = i;
    if (w.is_text) {
      const ImGuiID place[] = {w.window, run->last_item, static_cast<ImGuiID>(run->texts++)};
      entry.key = kText | static_cast<std::uint32_t>(hash_bytes(place, sizeof place, 0));
    } else {
      entry.key = kItem | w.id;
      run->last_item = w.id;
      run->texts = 0;
    }
    entry.parent = kWindow | w.window;
    if (w.table != 0 && table_of(w.table) != nullptr) {
      // The table, its row and its cell come before the first item in each, once.
      const std::uint32_t row_place[] = {w.table, static_cast<std::uint32_t>(w.table_row)};
      const std::uint32_t cell_place[] = {w.table, static_cast<std::uint32_t>(w.table_row),
                                          static_cast<std::uint32_t>(w.table_column)};
      const Mirror::Key parts[] = {kTable | w.table,
                                   kRow | static_cast<std::uint32_t>(hash_bytes(row_place, sizeof row_place, 5)),
                                   kCell | static_cast<std::uint32_t>(hash_bytes(cell_place, sizeof cell_place, 6))};
      for (int p = 0; p < 3; ++p) {
        if (structure.insert(parts[p]).second) {
          Entry part;
          part.key = parts[p];
          part.parent = entry.parent;
          part.source = i;
          part.part = static_cast<Entry::Part>(p + 1);
          entries.push_back(part);
        }
        entry.parent = parts[p];
      }
    }
    const bool radio = !w.is_text && resolved_role(w) == Role::Radio;
    if (radio) {
      if (group == 0 || group_window != w.window || !w.group.empty()) {
        group = kGroup | w.id;
        group_window = w.window;
        Entry g;
        g.key = group;
        g.parent = entry.parent;
        g.source = i;
        g.group = true;
        entries.push_back(g);
      }
      entry.parent = group;
    } else {
      group = 0;
    }
    if (!w.is_text && w.text) last_field = i;
    if (w.is_text && w.text_role == TextRole::Error && last_field < log.size() && log[last_field].window == w.window) {
      // The error describes the text field before it.
      for (auto it = entries.rbegin(); it != entries.rend(); ++it) {
        if (!it->group && !it->window_place && it->part == Entry::Part::None && it->source == last_field) {
          it->error = entry.key;
          break;
        }
      }
    }
    entries.push_back(entry);
  }
  for (auto& run : runs.list) place(run, log.size(), place);

  // The same elements in the same order as last time (most frames): each is compared with its
  // place in the last frame's lists, without looking its key up.
  bool same_order = entries.size() == keys_.size();
  for (std::size_t i = 0; same_order && i < entries.size(); ++i) same_order = entries[i].key == keys_[i];
  std::unordered_map<Mirror::Key, std::size_t> last_index;
  if (!same_order) {
    last_index.reserve(keys_.size());
    for (std::size_t i = 0; i < keys_.size(); ++i) last_index.emplace(keys_[i], i);
  }
  const auto last_of = [&](std::size_t i) -> std::optional<std::size_t> {
    if (same_order) return i;
    const auto it = last_index.find(entries[i].key);
    return it == last_index.end() ? std::nullopt : std::optional<std::size_t>(it->second);
  };

  // Places, kept as last sent while they only jitter.
  for (std::size_t i = 0; i < entries.size(); ++i) {
    Entry& e = entries[i];
    if (e.group || e.window_place || e.part != Entry::Part::None) continue;
    e.rect = content_rect(log[e.source], *runs.of(log[e.source].window));
    const auto last = last_of(i);
    if (!last) continue;
    const ImVec4& sent = rects_[*last];
    if (std::fabs(sent.x - e.rect.x) <= kJitter && std::fabs(sent.y - e.rect.y) <= kJitter &&
        std::fabs(sent.z - e.rect.z) <= kJitter && std::fabs(sent.w - e.rect.w) <= kJitter) {
      e.rect = sent;
    }
  }
  // What each element shows, hashed; the name of a widget without a label comes from the text
  // before it, so the hash chains through the previous entry of the same window.
  for (auto& e : entries) {
    if (e.window_place) continue;  // hashed when placed
    const LoggedWidget& w = log[e.source];
    WindowRun* run = runs.of(w.window);
    Shown shown;
    std::memset(&shown, 0, sizeof shown);
    shown.key = e.key;
    shown.parent = e.parent;
    std::uint64_t h = 0;
    if (e.part != Entry::Part::None) {
      const LoggedTable& table = *table_of(w.table);
      const int numbers[] = {static_cast<int>(e.part), table.rows, table.columns, w.table_row, w.table_column,
                             w.table_column == table.sort_column ? (table.descending ? 2 : 1) : 0};
      h = hash_str(e.part == Entry::Part::Table ? table.name : std::string(),
                   hash_bytes(numbers, sizeof numbers, hash_bytes(&shown, sizeof shown, 7)));
    } else if (e.group) {
      shown.chain = run->chain;
      h = hash_str(w.group, hash_bytes(&shown, sizeof shown, 1));
    } else {
      shown.error = e.error;
      const float rect[] = {e.rect.x, e.rect.y, e.rect.z, e.rect.w};
      std::memcpy(shown.rect, rect, sizeof rect);
      if (!w.is_text && w.label.empty()) shown.chain = run->chain;
      const int state[] = {w.is_text ? 1 : 0, static_cast<int>(w.text_role), static_cast<int>(resolved_role(w)),
                           w.checked, w.enabled ? 1 : 0, w.flags & ImGuiItemStatusFlags_Opened, w.multiline ? 1 : 0};
      std::memcpy(shown.state, state, sizeof state);
      h = hash_str(w.label, hash_bytes(&shown, sizeof shown, 2));
      if (!w.name.empty()) h = hash_str(w.name, h ^ 3);
      if (!w.value.empty()) h = hash_str(w.value, h ^ 4);
      run->chain = h;
    }
    e.hash = h;
  }

  // The windows: their places compared as numbers, the JSON built only when one changed. How far
  // a window's content reaches is sent with a margin and kept while it stays within it: ImGui's
  // content height moves by a pixel or two as the page scrolls, and each height sent made the page
  // lay its tree out again (0.5–1 ms a scrolled frame), for a spacer no one sees. A spacer a little
  // longer than the content only lets the page's container scroll a little further than the app.
  std::vector<Place> places;
  std::unordered_map<ImGuiID, ImVec2> extents;
  for (const auto& run : runs.list) {
    Place at = place_of(run);
    const auto sent = extents_.find(run.window->id);
    // Only a window that scrolls that way has the margin: the others' containers stay exactly
    // their size, with nothing to scroll.
    const auto extent = [](long now, float scroll_max, const float* before) {
      if (scroll_max <= 0) return now;
      const long margin = std::lround(kJitter);
      if (before != nullptr) {
        const long was = std::lround(*before);
        if (now <= was && was - now <= 2 * margin) return was;
      }
      return now + margin;
    };
    const bool known = sent != extents_.end();
    at.sw = extent(at.sw, run.window->scroll_max.x, known ? &sent->second.x : nullptr);
    at.sh = extent(at.sh, run.window->scroll_max.y, known ? &sent->second.y : nullptr);
    extents.emplace(run.window->id, ImVec2(static_cast<float>(at.sw), static_cast<float>(at.sh)));
    places.push_back(at);
  }
  extents_.swap(extents);
  std::vector<long> window_numbers;
  std::string window_names;
  for (std::size_t r = 0; r < runs.list.size(); ++r) {
    const WindowRun& run = runs.list[r];
    const LoggedWindow& w = *run.window;
    const Place& at = places[r];
    const long numbers[] = {static_cast<long>(w.id), w.modal ? 1L : 0L, w.popup ? 1L : 0L,
                            run.parent != nullptr ? static_cast<long>(run.parent->window->id) : -1L,
                            at.x, at.y, at.w, at.h, at.sw, at.sh,
                            std::lround(w.scroll.x), std::lround(w.scroll.y)};
    window_numbers.insert(window_numbers.end(), std::begin(numbers), std::end(numbers));
    window_names.append(w.name).append(1, '\0').append(w.landmark).append(1, '\0');
  }
  std::string windows_json;
  if (window_numbers != window_numbers_ || window_names != window_names_) {
    windows_json = "[";
    for (std::size_t r = 0; r < runs.list.size(); ++r) {
      const WindowRun& run = runs.list[r];
      const LoggedWindow& w = *run.window;
      const Place& at = places[r];
      if (windows_json.size() > 1) windows_json += ',';
      windows_json += "{\"k\":";
      append_string(windows_json, key_text(kWindow | w.id));
      field(windows_json, "n", w.name);
      field(windows_json, "l", w.landmark);
      field(windows_json, "m", w.modal ? 1L : 0L);
      field(windows_json, "pp", w.popup ? 1L : 0L);
      if (run.parent != nullptr) field(windows_json, "pw", key_text(kWindow | run.parent->window->id));
      field(windows_json, "x", at.x);
      field(windows_json, "y", at.y);
      field(windows_json, "w", at.w);
      field(windows_json, "h", at.h);
      field(windows_json, "sw", at.sw);
      field(windows_json, "sh", at.sh);
      field(windows_json, "sx", std::lround(w.scroll.x));
      field(windows_json, "sy", std::lround(w.scroll.y));
      windows_json += '}';
    }
    windows_json += ']';
  }

  std::string live_json = "[";
  for (const auto& s : live) {
    if (live_json.size() > 1) live_json += ',';
    live_json += '[';
    append_string(live_json, s.key);
    live_json += ',';
    append_string(live_json, s.text);
    live_json += ']';
  }
  live_json += ']';

  // What changed since the last frame: new or changed elements, and the order when it moved.
  std::string set;
  for (std::size_t i = 0; i < entries.size(); ++i) {
    const Entry& e = entries[i];
    if (e.window_place) continue;  // a window: its container comes with the windows
    if (const auto last = last_of(i); last && hashes_[*last] == e.hash) continue;
    const LoggedWidget& w = log[e.source];
    set += set.empty() ? "{\"k\":" : ",{\"k\":";
    append_string(set, key_text(e.key));
    field(set, "p", key_text(e.parent));
    if (e.part != Entry::Part::None) {
      // ARIA counts rows and columns from 1; the header row is the first.
      const LoggedTable& table = *table_of(w.table);
      if (e.part == Entry::Part::Table) {
        field(set, "r", std::string("table"));
        field(set, "n", table.name);
        field(set, "rc", static_cast<long>(table.rows + 1));
        field(set, "cc", static_cast<long>(table.columns));
      } else if (e.part == Entry::Part::Row) {
        field(set, "r", std::string("row"));
        field(set, "ri", static_cast<long>(w.table_row + 1));
      } else {
        field(set, "r", std::string(w.table_row == 0 ? "columnheader" : "cell"));
        field(set, "ci", static_cast<long>(w.table_column + 1));
        if (const char* sort = w.table_row == 0 ? sort_of(table, w.table_column) : nullptr) {
          field(set, "s", std::string(sort));
        }
      }
      set += '}';
      continue;
    }
    if (e.group) {
      // Named by the view (the question), else by the heading of the texts just before it,
      // else by the nearest text.
      std::string caption = w.group;
      for (std::size_t j = e.source; caption.empty() && j-- > 0;) {
        if (log[j].window != w.window) continue;
        if (!log[j].is_text) break;
        if (log[j].text_role == TextRole::Heading || log[j].text_role == TextRole::Title) {
          caption = log[j].label;
          break;
        }
      }
      for (std::size_t j = e.source; caption.empty() && j-- > 0;) {
        if (log[j].window == w.window && log[j].is_text) caption = log[j].label;
      }
      field(set, "r", std::string("radiogroup"));
      field(set, "n", caption);
      set += '}';
      continue;
    }
    const std::string role = element_role(w);
    field(set, "r", role);
    field(set, "n", w.is_text ? w.label : accessible_name(log, e.source));
    const ImVec4& r = e.rect;
    field(set, "x", std::lround(r.x));
    field(set, "y", std::lround(r.y));
    field(set, "w", std::lround(r.z));
    field(set, "h", std::lround(r.w));
    if (!w.is_text) {
      if (w.text || role == "combobox") field(set, "v", w.value);
      if (w.checked >= 0) field(set, "c", static_cast<long>(w.checked));
      else if (role == "disclosure") field(set, "c", (w.flags & ImGuiItemStatusFlags_Opened) ? 1L : 0L);
      if (!w.enabled) field(set, "d", 1L);
      if (e.error != 0) field(set, "e", key_text(e.error));
    }
    set += '}';
  }

  std::string out;
  if (!windows_json.empty()) out += ",\"windows\":" + windows_json;
  if (!set.empty()) out += ",\"set\":[" + set + "]";
  if (!same_order) {
    out += ",\"order\":[";
    for (std::size_t i = 0; i < entries.size(); ++i) {
      if (i > 0) out += ',';
      append_string(out, key_text(entries[i].key));
    }
    out += "]";
  }
  if (live_json != live_) out += ",\"live\":" + live_json;
  // What the page has now: each element's place is the one last sent (the hash holds it).
  keys_.resize(entries.size());
  hashes_.resize(entries.size());
  rects_.resize(entries.size());
  for (std::size_t i = 0; i < entries.size(); ++i) {
    keys_[i] = entries[i].key;
    hashes_[i] = entries[i].hash;
    rects_[i] = entries[i].rect;
  }
  window_numbers_ = std::move(window_numbers);
  window_names_ = std::move(window_names);
  live_ = std::move(live_json);
  if (out.empty()) return {};
  out[0] = '{';
  return out + "}";
}

}  // namespace sx_app
