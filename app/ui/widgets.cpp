#include "widgets.hpp"

#include "imgui.h"
#include "imgui_internal.h"
#include "imgui_stdlib.h"
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
  note_last_text(label, value);
  return edited;
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
