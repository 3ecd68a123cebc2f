#include "links.hpp"

#include <algorithm>

#include "imgui.h"
#include "style.hpp"
#include "views.hpp"
#include "widget_log.hpp"
#include "widgets.hpp"

namespace sx_app {

bool link(const std::string& text, const std::string& name) {
  const float wrap = std::max(ImGui::GetContentRegionAvail().x, ImGui::GetFontSize() * 4.0f);
  const ImVec2 size = ImGui::CalcTextSize(text.c_str(), nullptr, false, wrap);
  // On a phone at least a button's height, so a one-line link is still a tap target.
  const float height = narrow_layout() ? std::max(size.y, ImGui::GetFrameHeight()) : size.y;
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  const float width = narrow_layout() ? std::max(size.x, kTapTarget) : std::max(size.x, 1.0f);
  const bool pressed = ImGui::InvisibleButton(("##" + name).c_str(), ImVec2(width, height));
  note_last_item((text + "##" + name).c_str());
  note_last_role(Role::Link);
  const bool hovered = ImGui::IsItemHovered();
  if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
  const ImU32 colour = ImGui::GetColorU32(hovered ? palette().link_hovered : palette().link);
  const ImVec2 at(pos.x, pos.y + (height - size.y) * 0.5f);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddText(ImGui::GetFont(), ImGui::GetFontSize(), at, colour, text.c_str(), nullptr, wrap);
  if (size.y < ImGui::GetFontSize() * 1.5f) {
    draw->AddLine(ImVec2(at.x, at.y + size.y), ImVec2(at.x + size.x, at.y + size.y), colour, 1.0f);
  }
  return pressed;
}

}  // namespace sx_app
