#pragma once
// A fresh ImGui context with ImGui's own font (every CJK character drawn as the fallback, all as
// wide) and the app's style, which installs the line-breaking rule and the text size cache. The
// caller destroys the context.
#include "imgui.h"
#include "style.hpp"

inline ImFont* default_font_with_the_app_style() {
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.Fonts->AddFontDefault();
  unsigned char* pixels = nullptr;
  int width = 0, height = 0;
  io.Fonts->GetTexDataAsRGBA32(&pixels, &width, &height);
  sx_app::apply_style(sx_app::Theme::Light, 1.0f);
  return io.Fonts->Fonts[0];
}
