// 差距: what the enterprise lacks for each category and where points are still to be had.
#include "imgui.h"
#include "views.hpp"
#include "widgets.hpp"

namespace sx_app {

void draw_gaps(AppState& state) {
  const sx::Evaluation& e = state.evaluation;
  if (!ImGui::CollapsingHeader("差距分析")) return;
  ImGui::PushID("gaps");
  for (const auto& category : state.standard->categories) {
    ImGui::PushID(category.id.c_str());
    const std::string title = category.title + "（" + category.article + "）";
    if (ImGui::TreeNode(title.c_str())) {
      bool any = false;
      for (const auto& gap : e.condition_gaps) {
        if (gap.category == "basic" || gap.category == category.id) {
          ImGui::BulletText("%s", gap.zh.c_str());
          any = true;
        }
      }
      if (!any) muted_text("各项条件均已满足。");
      ImGui::TreePop();
    }
    ImGui::PopID();
  }
  if (ImGui::TreeNode("得分提升空间（按可增分数排序）")) {
    for (const auto& gap : e.item_gaps) ImGui::BulletText("%s", gap.zh.c_str());
    if (e.item_gaps.empty()) muted_text("各项均已得满分。");
    ImGui::TreePop();
  }
  ImGui::PopID();
}

}  // namespace sx_app
