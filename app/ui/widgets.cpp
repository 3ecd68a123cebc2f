#include "widgets.hpp"

#include "choice_label.hpp"
#include "imgui.h"
#include "imgui_internal.h"
#include "imgui_stdlib.h"
#include "style.hpp"
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

void help_marker(const char* text) {
  ImGui::SameLine();
  ImGui::TextDisabled("(?)");
  note_hidden_text(text);  // the mirror reads it where the (?) is
  if (ImGui::IsItemHovered()) {
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 24.0f);
    ImGui::TextUnformatted(text);
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
  }
}

void heading(const std::string& text) {
  mark_next_text(TextRole::Title);
  ImGui::PushStyleColor(ImGuiCol_Text, palette().heading);
  ImGui::TextWrapped("%s", text.c_str());
  ImGui::PopStyleColor();
  ImGui::Separator();
}

void subheading(const std::string& text) {
  ImGui::Spacing();
  ImGui::PushStyleColor(ImGuiCol_Text, palette().heading);
  mark_next_text(TextRole::Heading);
  ImGui::TextWrapped("%s", text.c_str());
  ImGui::PopStyleColor();
}

void muted_text(const std::string& text) {
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
  ImGui::TextWrapped("%s", text.c_str());
  ImGui::PopStyleColor();
}

}  // namespace sx_app
