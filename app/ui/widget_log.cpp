#include "widget_log.hpp"

#include <vector>

#include "imgui.h"
#include "imgui_internal.h"
#include "sx/json.hpp"

namespace sx_app {

namespace {
struct Widget {
  ImGuiID id = 0;
  ImRect rect;
  ImRect clip;
  bool enabled = true;
  std::string label;
  std::string name;  // what follows "##" in the ImGui label: a stable name for unlabeled fields
  int flags = 0;
  int checked = -1;  // -1: not checkable
  bool text = false;
  std::string value;  // a text field's text
};

std::vector<Widget> building;
std::vector<Widget> shown;

// "保存##save" shows "保存" and is named "save"; "###id" hides the whole label.
void set_label(Widget& widget, const char* label) {
  const char* end = ImGui::FindRenderedTextEnd(label);
  widget.label.assign(label, end);
  const char* name = end;
  while (*name == '#') ++name;
  widget.name = name;
}

Widget* find(ImGuiID id) {
  for (auto it = building.rbegin(); it != building.rend(); ++it) {
    if (it->id == id) return &*it;
  }
  return nullptr;
}
}  // namespace

void begin_widget_frame() { building.clear(); }
void end_widget_frame() { shown.swap(building); }

void note_last_item(const char* label, int checked) {
  Widget* widget = find(ImGui::GetItemID());
  if (widget == nullptr) return;
  if (widget->label.empty() && widget->name.empty()) set_label(*widget, label);
  if (checked >= 0) widget->checked = checked;
}

void note_last_text(const char* label, const std::string& value) {
  note_last_item(label);
  Widget* widget = find(ImGui::GetItemID());
  if (widget == nullptr) return;
  widget->text = true;
  widget->value = value;
}

std::string widgets_json() {
  sx::Json list = sx::Json::array();
  for (const auto& w : shown) {
    if (w.label.empty() && w.name.empty()) continue;
    const ImRect visible(ImMax(w.rect.Min, w.clip.Min), ImMin(w.rect.Max, w.clip.Max));
    sx::Json entry = {{"label", w.label},
                      {"name", w.name},
                      {"id", w.id},
                      {"x", w.rect.Min.x},
                      {"y", w.rect.Min.y},
                      {"w", w.rect.GetWidth()},
                      {"h", w.rect.GetHeight()},
                      {"visible", visible.Min.x < visible.Max.x && visible.Min.y < visible.Max.y},
                      {"enabled", w.enabled}};
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
  sx_app::Widget widget;
  widget.id = id;
  widget.rect = bb;
  widget.clip = ctx->CurrentWindow != nullptr ? ctx->CurrentWindow->ClipRect : bb;
  widget.enabled = (ctx->CurrentItemFlags & ImGuiItemFlags_Disabled) == 0;
  sx_app::building.push_back(widget);
}

void ImGuiTestEngineHook_ItemInfo(ImGuiContext*, ImGuiID id, const char* label,
                                  ImGuiItemStatusFlags flags) {
  sx_app::Widget* widget = sx_app::find(id);
  if (widget == nullptr || label == nullptr) return;
  sx_app::set_label(*widget, label);
  widget->flags = flags;
  if (flags & ImGuiItemStatusFlags_Checkable) {
    widget->checked = (flags & ImGuiItemStatusFlags_Checked) ? 1 : 0;
  }
}

void ImGuiTestEngineHook_Log(ImGuiContext*, const char*, ...) {}

const char* ImGuiTestEngine_FindItemDebugLabel(ImGuiContext*, ImGuiID id) {
  const sx_app::Widget* widget = sx_app::find(id);
  return widget != nullptr ? widget->label.c_str() : nullptr;
}
