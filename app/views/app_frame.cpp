#include "imgui.h"
#include "views.hpp"

namespace sx_app {

bool narrow_layout() { return ImGui::GetIO().DisplaySize.x < 640.0f; }

void draw_app(AppState& state) {
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->WorkPos);
  ImGui::SetNextWindowSize(viewport->WorkSize);
  const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                 ImGuiWindowFlags_NoSavedSettings |
                                 ImGuiWindowFlags_NoBringToFrontOnFocus;
  ImGui::Begin("绍兴市传统产业智能化改造项目认定自评", nullptr, flags);
  draw_toolbar(state);
  ImGui::Separator();
  ImGui::BeginChild("content", ImVec2(0, 0), false);
  draw_notices(state);
  draw_summary(state);
  draw_gaps(state);
  draw_enterprise_form(state);
  draw_score_sheet(state);
  ImGui::EndChild();
  draw_modals(state);
  ImGui::End();
}

}  // namespace sx_app
