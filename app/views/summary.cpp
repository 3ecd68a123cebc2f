#include "imgui.h"
#include "sx/text.hpp"
#include "views.hpp"

namespace sx_app {

namespace {
const char* verdict(sx::Tri state) {
  return state == sx::Tri::True ? "✓ 符合" : state == sx::Tri::False ? "× 不符合" : "? 待补充";
}
}  // namespace

void draw_summary(AppState& state) {
  const sx::Evaluation& e = state.evaluation;
  const sx::Table* table = state.standard->table(e.type);
  ImGui::Text("自评得分：%d / %d（%s%s）", e.total, e.max,
              table != nullptr ? (table->number + table->label).c_str() : "", e.complete ? "" : "，尚未答完");
  for (const auto& category : e.categories) {
    const sx::Category* def = state.standard->category(category.id);
    ImGui::BulletText("%s（%s）：%s", def->title.c_str(), def->article.c_str(), verdict(category.eligible));
  }
  if (e.recommended) {
    ImGui::Text("建议申报：%s", state.standard->category(*e.recommended)->title.c_str());
  }
  for (const auto& item : e.items) {
    if (item.provisional) {
      ImGui::TextWrapped("注：%s 项按已选功能数估分，最终由专家组酌情认定。", item.id.c_str());
    }
  }
  ImGui::Spacing();
}

}  // namespace sx_app
