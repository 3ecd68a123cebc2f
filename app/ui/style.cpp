#include "style.hpp"

#include "imgui.h"

namespace sx_app {

void apply_style(float) {
  ImGuiStyle& style = ImGui::GetStyle();
  style = ImGuiStyle();
  ImGui::StyleColorsLight(&style);
  style.WindowPadding = ImVec2(14, 12);
  style.FramePadding = ImVec2(8, 6);
  style.ItemSpacing = ImVec2(10, 8);
  style.ItemInnerSpacing = ImVec2(6, 6);
  style.ScrollbarSize = 14;
  style.FrameRounding = 4;
  style.GrabRounding = 4;
  style.WindowRounding = 0;
  style.PopupRounding = 6;
  style.FrameBorderSize = 1;
  style.SelectableTextAlign = ImVec2(0.0f, 0.5f);
  ImVec4* c = style.Colors;
  c[ImGuiCol_WindowBg] = ImVec4(0.96f, 0.97f, 0.98f, 1.0f);
  c[ImGuiCol_ChildBg] = ImVec4(1.0f, 1.0f, 1.0f, 1.0f);
  c[ImGuiCol_Text] = ImVec4(0.11f, 0.13f, 0.16f, 1.0f);
  c[ImGuiCol_TextDisabled] = ImVec4(0.42f, 0.45f, 0.50f, 1.0f);
  c[ImGuiCol_Border] = ImVec4(0.80f, 0.83f, 0.87f, 1.0f);
  c[ImGuiCol_FrameBg] = ImVec4(1.0f, 1.0f, 1.0f, 1.0f);
  c[ImGuiCol_Button] = ImVec4(0.87f, 0.92f, 0.99f, 1.0f);
  c[ImGuiCol_ButtonHovered] = ImVec4(0.78f, 0.86f, 0.98f, 1.0f);
  c[ImGuiCol_ButtonActive] = ImVec4(0.68f, 0.79f, 0.96f, 1.0f);
  c[ImGuiCol_Header] = ImVec4(0.86f, 0.91f, 0.97f, 1.0f);
  c[ImGuiCol_HeaderHovered] = ImVec4(0.80f, 0.87f, 0.96f, 1.0f);
  c[ImGuiCol_CheckMark] = ImVec4(0.13f, 0.38f, 0.70f, 1.0f);
}

}  // namespace sx_app
