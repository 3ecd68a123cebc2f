#include "imgui.h"
#include "screens.hpp"
#include "views.hpp"
#include "widgets.hpp"

namespace sx_app {

bool narrow_layout() { return ImGui::GetIO().DisplaySize.x < 640.0f; }
bool wide_layout() { return ImGui::GetIO().DisplaySize.x >= 1024.0f; }

namespace {
void draw_screen(AppState& state) {
  const Screen* screen = find_screen(state.screen);
  if (screen == nullptr) screen = &screens().front();
  if (state.scroll_to_top) {
    ImGui::SetScrollY(0.0f);
    state.scroll_to_top = false;
  }
  ImGui::PushID(screen->id);
  heading(screen->title);
  muted_text(screen->purpose);
  ImGui::Spacing();
  draw_notices(state);
  screen->draw(state);
  ImGui::Spacing();
  step_buttons(state);
  ImGui::PopID();
}
}  // namespace

void draw_app(AppState& state) {
  handle_shortcuts(state);
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->WorkPos);
  ImGui::SetNextWindowSize(viewport->WorkSize);
  const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                 ImGuiWindowFlags_NoSavedSettings |
                                 ImGuiWindowFlags_NoBringToFrontOnFocus;
  ImGui::Begin("绍兴市传统产业智能化改造项目认定自评", nullptr, flags);
  draw_toolbar(state);
  ImGui::Separator();
  if (wide_layout()) {
    ImGui::BeginChild("nav", ImVec2(230.0f, 0.0f), false);
    draw_navigation(state);
    ImGui::EndChild();
    ImGui::SameLine();
  } else {
    draw_navigation(state);
  }
  ImGui::BeginChild("content", ImVec2(0, 0), false);
  draw_screen(state);
  ImGui::Dummy(ImVec2(0.0f, ImGui::GetFontSize() * 2.0f));
  ImGui::EndChild();
  draw_modals(state);
  ImGui::End();
}

}  // namespace sx_app
