#include "status.hpp"

#include "imgui.h"
#include "style.hpp"
#include "widget_log.hpp"

namespace sx_app {

namespace {
ImVec4 colour(sx::Tri state) {
  switch (state) {
    case sx::Tri::True: return palette().ok;
    case sx::Tri::False: return palette().fail;
    default: return palette().unknown;
  }
}
}  // namespace

const char* tri_mark(sx::Tri state) {
  return state == sx::Tri::True ? "✓" : state == sx::Tri::False ? "×" : "?";
}

void status_line(sx::Tri state, const std::string& text) {
  ImGui::TextColored(colour(state), "%s", tri_mark(state));
  ImGui::SameLine();
  ImGui::TextWrapped("%s", text.c_str());
}

void warning_line(const std::string& text) {
  ImGui::PushStyleColor(ImGuiCol_Text, palette().warning);
  ImGui::TextWrapped("%s", text.c_str());
  ImGui::PopStyleColor();
}

void field_warning(const std::string& text) {
  mark_next_text(TextRole::Error);
  warning_line(text);
}

}  // namespace sx_app
