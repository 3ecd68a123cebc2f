#include "status.hpp"

#include "imgui.h"

namespace sx_app {

namespace {
ImVec4 colour(sx::Tri state) {
  switch (state) {
    case sx::Tri::True: return ImVec4(0.05f, 0.47f, 0.22f, 1.0f);
    case sx::Tri::False: return ImVec4(0.72f, 0.10f, 0.10f, 1.0f);
    default: return ImVec4(0.62f, 0.40f, 0.02f, 1.0f);
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
  ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.62f, 0.30f, 0.0f, 1.0f));
  ImGui::TextWrapped("%s", text.c_str());
  ImGui::PopStyleColor();
}

}  // namespace sx_app
