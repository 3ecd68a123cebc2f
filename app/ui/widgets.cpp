#include "widgets.hpp"

#include <algorithm>
#include <cmath>

#include "choice_label.hpp"
#include "imgui.h"
#include "imgui_internal.h"
#include "imgui_stdlib.h"
#include "style.hpp"
#include "type_scale.hpp"
#include "widget_log.hpp"

namespace sx_app {

bool radio(const char* label, bool selected) {
  const bool pressed = ImGui::RadioButton(fit_choice_label(label).c_str(), selected);
  note_last_item(label, selected ? 1 : 0);
  note_last_role(Role::Radio);
  return pressed;
}

bool checkbox(const char* label, bool* value) { return ImGui::Checkbox(fit_choice_label(label).c_str(), value); }

bool text_field(const char* label, std::string& value, float width) {
  ImGui::SetNextItemWidth(width);
  const bool edited = ImGui::InputText(label, &value);
  note_last_text(label, value);
  return edited;
}

bool search_field(const char* label, std::string& value, float width) {
  const char* end = ImGui::FindRenderedTextEnd(label);
  const std::string words(label, end);
  ImGui::SetNextItemWidth(width);
  // Only the name after the words in ImGui's label: the words are the hint inside the field,
  // nothing is drawn beside it. They are still its name to a screen reader (without them it took
  // the text above it, the desk's summary line).
  const bool edited = ImGui::InputTextWithHint(*end != '\0' ? end : ("##" + words).c_str(), words.c_str(), &value);
  name_last_item(label);
  note_last_text(label, value);
  return edited;
}

void heading(const std::string& text) {
  ImGui::PushFont(font_of(TextSize::Title));
  mark_next_text(TextRole::Title);
  ImGui::PushStyleColor(ImGuiCol_Text, palette().heading);
  bold_text_wrapped(text);
  ImGui::PopStyleColor();
  ImGui::PopFont();
  ImGui::Separator();
}

void subheading(const std::string& text) {
  ImGui::Spacing();
  ImGui::PushFont(font_of(TextSize::Section));
  ImGui::PushStyleColor(ImGuiCol_Text, palette().heading);
  mark_next_text(TextRole::Heading);
  bold_text_wrapped(text);
  ImGui::PopStyleColor();
  ImGui::PopFont();
}

namespace {
enum class ButtonKind { Primary, Secondary, Destructive };

bool action_button(ButtonKind kind, const std::string& label, float width) {
  const Palette& p = palette();
  int pushed = 0;
  ImVec4 edge = p.button_edge;
  if (kind != ButtonKind::Secondary) {
    const bool primary = kind == ButtonKind::Primary;
    ImGui::PushStyleColor(ImGuiCol_Button, primary ? p.primary : p.destructive);
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, primary ? p.primary_hovered : p.destructive_hovered);
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, primary ? p.primary_active : p.destructive_active);
    ImGui::PushStyleColor(ImGuiCol_Text, p.button_text);
    pushed = 4;
    edge = primary ? p.primary_edge : p.destructive_edge;
  }
  const ImGuiStyle& style = ImGui::GetStyle();
  const std::string fitted = fit_button_label(label.c_str());
  const float text_height = ImGui::CalcTextSize(fitted.c_str(), nullptr, true).y;
  const float height = std::max(text_height + style.FramePadding.y * 2.0f, action_button_height());
  if (width < 0.0f) width = ImGui::GetContentRegionAvail().x;
  const bool pressed = ImGui::Button(fitted.c_str(), ImVec2(width, height));
  // GOV.UK's shadow: a darker line along the bottom edge marks it as something to press.
  const ImVec2 min = ImGui::GetItemRectMin();
  const ImVec2 max = ImGui::GetItemRectMax();
  const float line = std::max(2.0f, std::floor(scaled(2.0f)));
  ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(min.x, max.y - line), max, ImGui::GetColorU32(edge),
                                            style.FrameRounding, ImDrawFlags_RoundCornersBottom);
  ImGui::PopStyleColor(pushed);
  note_last_item(label.c_str());
  return pressed;
}
}  // namespace

float action_button_height() { return std::max(ImGui::GetFrameHeight(), kTapTarget); }

bool primary_button(const std::string& label, float width) {
  return action_button(ButtonKind::Primary, label, width);
}
bool secondary_button(const std::string& label, float width) {
  return action_button(ButtonKind::Secondary, label, width);
}
bool destructive_button(const std::string& label, float width) {
  return action_button(ButtonKind::Destructive, label, width);
}

namespace {
float tag_padding() { return std::floor(scaled(8.0f)); }
}  // namespace

float tag_width(const std::string& words) {
  return ImGui::CalcTextSize(words.c_str()).x + tag_padding() * 2.0f;
}

void draw_status_tag(ImDrawList* draw, ImVec2 pos, float height, const std::string& words, Tag tag) {
  const Palette& p = palette();
  ImVec4 bg = p.tag_none_bg;
  ImVec4 fg = p.tag_none_text;
  switch (tag) {
    case Tag::Done: bg = p.tag_done_bg; fg = p.tag_done_text; break;
    case Tag::Fail: bg = p.tag_fail_bg; fg = p.tag_fail_text; break;
    case Tag::Pending: bg = p.tag_pending_bg; fg = p.tag_pending_text; break;
    case Tag::Info: bg = p.tag_info_bg; fg = p.tag_info_text; break;
    case Tag::None: break;
  }
  const ImVec2 text = ImGui::CalcTextSize(words.c_str());
  const float inset = std::floor(std::max(0.0f, height - text.y) * 0.25f);
  draw->AddRectFilled(ImVec2(pos.x, pos.y + inset), ImVec2(pos.x + tag_width(words), pos.y + height - inset),
                      ImGui::GetColorU32(bg), std::floor(scaled(3.0f)));
  draw->AddText(ImVec2(pos.x + tag_padding(), pos.y + std::floor((height - text.y) * 0.5f)), ImGui::GetColorU32(fg),
                words.c_str());
}

void status_tag(const std::string& words, Tag tag) {
  const ImVec2 size(tag_width(words), ImGui::GetFrameHeight());
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  ImGui::Dummy(size);
  note_item_text(words);
  if (ImGui::IsItemVisible()) draw_status_tag(ImGui::GetWindowDrawList(), pos, size.y, words, tag);
}

void muted_text(const std::string& text) {
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
  ImGui::TextWrapped("%s", text.c_str());
  ImGui::PopStyleColor();
}

}  // namespace sx_app
