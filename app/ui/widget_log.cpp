#include "widget_log.hpp"

#include "sx/json.hpp"

// Set to be told of every text ImGui lays out (cmake/imgui.cmake).
extern void (*GImTextShown)(const char*, const char*, const ImRect&);

namespace sx_app {

namespace {
// Two buffers, swapped each frame and reused: the strings keep their storage, so a steady screen
// logs its hundreds of texts without allocating.
std::vector<LoggedWidget> building;
std::size_t building_count = 0;
std::vector<LoggedWidget> shown;
bool log_texts = true;

LoggedWidget& next_entry() {
  if (building_count >= building.size()) building.resize(building_count + 1);
  LoggedWidget& w = building[building_count++];
  w.is_text = false;
  w.id = 0;
  w.window = 0;
  w.enabled = true;
  w.label.clear();
  w.name.clear();
  w.flags = 0;
  w.checked = -1;
  w.role = Role::Auto;
  w.text_role = TextRole::Plain;
  w.text = false;
  w.multiline = false;
  w.value.clear();
  w.group.clear();
  w.table = 0;
  w.table_row = -1;
  w.table_column = -1;
  return w;
}
std::vector<LoggedWindow> building_windows;
std::vector<LoggedWindow> windows;
std::vector<LoggedTable> building_tables;
std::vector<LoggedTable> tables;
int table_row = 0;  // the noted table's row being drawn (note_table_row)

// An item drawn in a cell of the noted table takes its row and column.
void place_in_table(LoggedWidget& entry) {
  const ImGuiTable* table = GImGui->CurrentTable;
  if (table == nullptr || building_tables.empty() || table->ID != building_tables.back().id || !table->IsInsideRow) return;
  entry.table = table->ID;
  entry.table_row = (table->RowFlags & ImGuiTableRowFlags_Headers) ? 0 : table_row;
  entry.table_column = table->CurrentColumn;
}

// Which column the table is sorted by, as the frame left it (a header clicked this frame included).
void read_sort(LoggedTable& logged) {
  const ImGuiTable* table = ImGui::TableFindByID(logged.id);
  if (table == nullptr || !(table->Flags & ImGuiTableFlags_Sortable)) return;
  for (int c = 0; c < table->ColumnsCount; ++c) {
    if (table->Columns[c].SortOrder == 0) {
      logged.sort_column = c;
      logged.descending = table->Columns[c].SortDirection == ImGuiSortDirection_Descending;
    }
  }
}
TextRole next_text_role = TextRole::Plain;
std::string next_group;

// "保存##save" shows "保存" and is named "save"; "###id" hides the whole label.
void set_label(LoggedWidget& widget, const char* label) {
  const char* end = ImGui::FindRenderedTextEnd(label);
  // Without the line breaks a long label was given to fit its line (choice_label.hpp).
  widget.label.clear();
  for (const char* c = label; c < end; ++c) {
    if (*c != '\n') widget.label += *c;
  }
  const char* name = end;
  while (*name == '#') ++name;
  widget.name = name;
}

LoggedWidget* find(ImGuiID id) {
  for (std::size_t i = building_count; i-- > 0;) {
    if (!building[i].is_text && building[i].id == id) return &building[i];
  }
  return nullptr;
}

LoggedWindow* window_entry(ImGuiID id) {
  for (auto it = building_windows.rbegin(); it != building_windows.rend(); ++it) {
    if (it->id == id) return &*it;
  }
  return nullptr;
}

// The window's place in the log, taken when its first widget or text appears (Begin has set its
// scroll and clip rectangle by then).
ImGuiID log_window(ImGuiWindow* window) {
  if (window == nullptr) return 0;
  if (window_entry(window->ID) == nullptr) {
    LoggedWindow entry;
    entry.id = window->ID;
    entry.name = window->Name;
    entry.clip = window->InnerClipRect;
    entry.scroll = window->Scroll;
    entry.scroll_max = window->ScrollMax;
    entry.cursor_start = window->DC.CursorStartPos;
    entry.content_origin = ImVec2(window->DC.CursorStartPos.x - window->InnerClipRect.Min.x + window->Scroll.x,
                                  window->DC.CursorStartPos.y - window->InnerClipRect.Min.y + window->Scroll.y);
    entry.modal = (window->Flags & ImGuiWindowFlags_Modal) != 0;
    entry.popup = (window->Flags & ImGuiWindowFlags_Popup) != 0;
    entry.tooltip = (window->Flags & ImGuiWindowFlags_Tooltip) != 0;
    entry.frame = entry.clip;
    if ((window->Flags & ImGuiWindowFlags_ChildWindow) != 0 && !entry.popup && window->ParentWindow != nullptr) {
      entry.parent = window->ParentWindow->ID;
      // As Begin computes InnerClipRect, before clipping it with the parent's.
      const float side = ImMax(ImFloor(window->WindowPadding.x * 0.5f), window->WindowBorderSize);
      entry.frame = ImRect(ImFloor(0.5f + window->InnerRect.Min.x + side),
                           ImFloor(0.5f + window->InnerRect.Min.y + window->WindowBorderSize),
                           ImFloor(0.5f + window->InnerRect.Max.x - side),
                           ImFloor(0.5f + window->InnerRect.Max.y - window->WindowBorderSize));
    }
    building_windows.push_back(std::move(entry));
  }
  return window->ID;
}

bool blank(const char* begin, const char* end) {
  for (const char* p = begin; p != end; ++p) {
    if (*p != ' ' && *p != '\n' && *p != '\t') return false;
  }
  return true;
}

void on_text(const char* begin, const char* end, const ImRect& rect) {
  ImGuiContext& g = *GImGui;
  const TextRole role = next_text_role;
  next_text_role = TextRole::Plain;
  if (!g.TestEngineHookItems || g.CurrentWindow == nullptr || blank(begin, end)) return;
  const ImGuiID window = log_window(g.CurrentWindow);
  LoggedWidget& text = next_entry();
  text.is_text = true;
  text.window = window;
  text.rect = rect;
  text.clip = g.CurrentWindow->ClipRect;
  text.label.assign(begin, end);
  text.text_role = role;
  place_in_table(text);
}

bool has_chinese(const std::string& text) {
  for (const unsigned char c : text) {
    if (c >= 0x80) return true;
  }
  return false;
}
}  // namespace

void begin_widget_frame() {
  building_count = 0;
  building_windows.clear();
  building_tables.clear();
  next_text_role = TextRole::Plain;
  next_group.clear();
  GImTextShown = log_texts ? on_text : nullptr;
}

void end_widget_frame() {
  building.resize(building_count);
  shown.swap(building);
  building_count = 0;  // widgets ImGui adds between frames (its own windows in NewFrame) go nowhere
  windows.swap(building_windows);
  for (auto& table : building_tables) read_sort(table);
  tables.swap(building_tables);
}

void set_text_logging(bool on) { log_texts = on; }

void note_last_item(const char* label, int checked) {
  LoggedWidget* widget = find(ImGui::GetItemID());
  if (widget == nullptr) return;
  if (widget->label.empty() && widget->name.empty()) set_label(*widget, label);
  if (checked >= 0) widget->checked = checked;
}

void name_last_item(const char* label) {
  if (LoggedWidget* widget = find(ImGui::GetItemID())) set_label(*widget, label);
}

void note_last_text(const char* label, const std::string& value, bool multiline) {
  note_last_item(label);
  LoggedWidget* widget = find(ImGui::GetItemID());
  if (widget == nullptr) return;
  widget->text = true;
  widget->multiline = multiline;
  widget->value = value;
}

void note_last_role(Role role) {
  LoggedWidget* widget = find(ImGui::GetItemID());
  if (widget == nullptr) return;
  widget->role = role;
  if (role == Role::Radio && !next_group.empty()) {
    widget->group = std::move(next_group);
    next_group.clear();
  }
}

void name_next_group(const std::string& name) { next_group = name; }

void note_last_value(const std::string& value) {
  if (LoggedWidget* widget = find(ImGui::GetItemID())) widget->value = value;
}

void mark_next_text(TextRole role) { next_text_role = role; }

void note_hidden_text(const std::string& text) {
  ImGuiContext& g = *GImGui;
  if (!g.TestEngineHookItems || g.CurrentWindow == nullptr) return;
  const ImGuiID window = log_window(g.CurrentWindow);
  LoggedWidget& entry = next_entry();
  entry.is_text = true;
  entry.window = window;
  entry.rect = g.LastItemData.Rect;
  entry.clip = g.CurrentWindow->ClipRect;
  entry.label = text;
}

void note_item_text(const std::string& text, TextRole role) {
  const std::size_t before = building_count;
  note_hidden_text(text);
  if (building_count > before) building[building_count - 1].text_role = role;
}

void note_table(const std::string& name, int rows) {
  const ImGuiTable* table = GImGui->CurrentTable;
  if (table == nullptr) return;
  LoggedTable logged;
  logged.id = table->ID;
  logged.name = name;
  logged.rows = rows;
  logged.columns = table->ColumnsCount;
  building_tables.push_back(std::move(logged));
  table_row = 0;
}

void note_table_row(int row) { table_row = row; }

void note_window_landmark(const char* landmark) {
  const ImGuiID id = log_window(ImGui::GetCurrentWindow());
  if (LoggedWindow* window = window_entry(id)) window->landmark = landmark;
}

const std::vector<LoggedWidget>& shown_widgets() { return shown; }
const std::vector<LoggedWindow>& shown_windows() { return windows; }
const std::vector<LoggedTable>& shown_tables() { return tables; }

const LoggedWidget* find_shown(ImGuiID id) {
  for (const auto& w : shown) {
    if (!w.is_text && w.id == id) return &w;
  }
  return nullptr;
}

Role resolved_role(const LoggedWidget& widget) {
  if (widget.role != Role::Auto) return widget.role;
  if (widget.text) return Role::Textbox;
  if (widget.flags & ImGuiItemStatusFlags_Checkable) return Role::Checkbox;
  if (widget.flags & ImGuiItemStatusFlags_Openable) return Role::Disclosure;
  return Role::Button;
}

const char* role_name(Role role) {
  static const char* const kNames[] = {"button",   "button", "link",   "radio",      "checkbox",
                                       "textbox",  "combobox", "option", "disclosure", "navitem"};
  return kNames[static_cast<int>(role)];
}

std::string accessible_name(const std::vector<LoggedWidget>& log, std::size_t index) {
  const LoggedWidget& widget = log[index];
  if (!widget.label.empty()) return widget.label;
  // A field's caption is the text just before it in its window.
  std::string caption;
  for (std::size_t i = index; i-- > 0;) {
    if (log[i].window != widget.window) continue;
    if (log[i].is_text && log[i].text_role != TextRole::Error) caption = log[i].label;
    break;
  }
  if (!caption.empty()) return caption;
  if (has_chinese(widget.name)) return widget.name;
  for (std::size_t i = index; i-- > 0;) {
    if (log[i].window == widget.window && log[i].is_text) return log[i].label;
  }
  return widget.name;
}

std::string widgets_json() {
  sx::Json list = sx::Json::array();
  for (std::size_t i = 0; i < shown.size(); ++i) {
    const LoggedWidget& w = shown[i];
    if (w.is_text || (w.label.empty() && w.name.empty())) continue;
    const ImRect visible(ImMax(w.rect.Min, w.clip.Min), ImMin(w.rect.Max, w.clip.Max));
    sx::Json entry = {{"label", w.label},
                      {"name", w.name},
                      {"id", w.id},
                      {"x", w.rect.Min.x},
                      {"y", w.rect.Min.y},
                      {"w", w.rect.GetWidth()},
                      {"h", w.rect.GetHeight()},
                      {"visible", visible.Min.x < visible.Max.x && visible.Min.y < visible.Max.y},
                      {"enabled", w.enabled},
                      {"role", role_name(resolved_role(w))},
                      {"accessibleName", accessible_name(shown, i)}};
    if (w.checked >= 0) entry["checked"] = w.checked == 1;
    if (w.text) {
      entry["kind"] = "text";
      entry["value"] = w.value;
    }
    list.push_back(std::move(entry));
  }
  return list.dump(-1, ' ', false, sx::Json::error_handler_t::replace);
}

}  // namespace sx_app


void ImGuiTestEngineHook_ItemAdd(ImGuiContext* ctx, const ImRect& bb, ImGuiID id) {
  const ImGuiID window = sx_app::log_window(ctx->CurrentWindow);
  sx_app::LoggedWidget& widget = sx_app::next_entry();
  widget.id = id;
  widget.window = window;
  widget.rect = bb;
  widget.clip = ctx->CurrentWindow != nullptr ? ctx->CurrentWindow->ClipRect : bb;
  widget.enabled = (ctx->CurrentItemFlags & ImGuiItemFlags_Disabled) == 0;
  sx_app::place_in_table(widget);
}

void ImGuiTestEngineHook_ItemInfo(ImGuiContext*, ImGuiID id, const char* label,
                                  ImGuiItemStatusFlags flags) {
  sx_app::LoggedWidget* widget = sx_app::find(id);
  if (widget == nullptr || label == nullptr) return;
  sx_app::set_label(*widget, label);
  widget->flags = flags;
  if (flags & ImGuiItemStatusFlags_Checkable) {
    widget->checked = (flags & ImGuiItemStatusFlags_Checked) ? 1 : 0;
  }
}

void ImGuiTestEngineHook_Log(ImGuiContext*, const char*, ...) {}

const char* ImGuiTestEngine_FindItemDebugLabel(ImGuiContext*, ImGuiID id) {
  const sx_app::LoggedWidget* widget = sx_app::find(id);
  return widget != nullptr ? widget->label.c_str() : nullptr;
}
