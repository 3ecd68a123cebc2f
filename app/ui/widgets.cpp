#include "widgets.hpp"

#include <cerrno>
#include <cmath>
#include <cstdlib>

#include "imgui.h"
#include "imgui_internal.h"
#include "imgui_stdlib.h"
#include "sx/text.hpp"
#include "widget_log.hpp"

namespace sx_app {

bool radio(const char* label, bool selected) {
  const bool pressed = ImGui::RadioButton(label, selected);
  note_last_item(label, selected ? 1 : 0);
  return pressed;
}

bool checkbox(const char* label, bool* value) { return ImGui::Checkbox(label, value); }

bool text_field(const char* label, std::string& value, float width) {
  ImGui::SetNextItemWidth(width);
  const bool edited = ImGui::InputText(label, &value);
  note_last_item(label);
  return edited;
}

namespace {
// "66.5" → 66.5; "" → nullopt; anything else (or out of range, NaN, ∞) → error.
bool parse_number(const std::string& text, std::optional<double>& out) {
  std::string trimmed;
  for (const char c : text) {
    if (c != ' ' && c != '%') trimmed += c;
  }
  if (trimmed.empty()) {
    out.reset();
    return true;
  }
  errno = 0;
  char* end = nullptr;
  const double value = std::strtod(trimmed.c_str(), &end);
  if (end != trimmed.c_str() + trimmed.size() || errno == ERANGE || !std::isfinite(value)) return false;
  out = value;
  return true;
}
}  // namespace

bool number_field(const char* label, std::string& buffer, std::optional<double>& value,
                  std::optional<double> min, std::optional<double> max, float width) {
  const ImGuiID id = ImGui::GetID(label);
  if (ImGui::GetActiveID() != id) buffer = value ? sx::number_text(*value) : std::string();
  std::optional<double> typed;
  const bool parsed = parse_number(buffer, typed);
  const bool in_range = !typed || ((!min || *typed >= *min) && (!max || *typed <= *max));
  const bool bad = !parsed || !in_range;
  if (bad) ImGui::PushStyleColor(ImGuiCol_FrameBg, ImVec4(1.0f, 0.87f, 0.87f, 1.0f));
  ImGui::SetNextItemWidth(width);
  const bool edited = ImGui::InputText(label, &buffer, ImGuiInputTextFlags_CharsScientific);
  note_last_item(label);
  if (bad) ImGui::PopStyleColor();
  if (bad) {
    ImGui::SameLine();
    const std::string range = "[" + (min ? sx::number_text(*min) : std::string("-∞")) + ", " +
                              (max ? sx::number_text(*max) : std::string("∞")) + "]";
    ImGui::TextColored(ImVec4(0.75f, 0.1f, 0.1f, 1.0f), "%s",
                       parsed ? ("应在 " + range + " 之间").c_str() : "请输入数字");
  }
  if (!edited) return false;
  std::optional<double> next;
  if (!parse_number(buffer, next)) return false;
  if (next && ((min && *next < *min) || (max && *next > *max))) return false;
  if (next == value) return false;
  value = next;
  return true;
}

void help_marker(const char* text) {
  ImGui::SameLine();
  ImGui::TextDisabled("(?)");
  if (ImGui::IsItemHovered()) {
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 24.0f);
    ImGui::TextUnformatted(text);
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
  }
}

void heading(const std::string& text) {
  ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.05f, 0.20f, 0.42f, 1.0f));
  ImGui::TextWrapped("%s", text.c_str());
  ImGui::PopStyleColor();
  ImGui::Separator();
}

void subheading(const std::string& text) {
  ImGui::Spacing();
  ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.05f, 0.20f, 0.42f, 1.0f));
  ImGui::TextWrapped("%s", text.c_str());
  ImGui::PopStyleColor();
}

void muted_text(const std::string& text) {
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
  ImGui::TextWrapped("%s", text.c_str());
  ImGui::PopStyleColor();
}

}  // namespace sx_app
