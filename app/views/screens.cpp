#include "screens.hpp"

#include "progress.hpp"

namespace sx_app {

const std::vector<Screen>& screens() {
  static const std::vector<Screen> table = {
      {"start", "开始", "了解本工具，开始、继续或打开一份自评。", draw_start},
      {"enterprise", "企业与项目", "填写企业基本情况和改造项目信息，并确定企业类型（离散型或流程型）。", draw_enterprise},
      {"figures", "基础数据", "填写原始数据，工具据此算出数控化率、联网率等指标。", draw_figures},
      {"categories", "申报类别", "逐条对照三类项目的认定条件，看看哪一类可以申报、还缺什么。", draw_categories},
      {"score", "评分表", "按认定标准逐项自评打分（满分 100 分）。", draw_score},
      {"modes", "五种新模式", "对照智能制造五种新模式的关键要素逐条自评，智能工厂须基本具备其中一种。", draw_modes},
      {"gaps", "差距与建议", "各类别还差哪些条件、哪些评分项还能加分，点击可直接去填写。", draw_gaps},
      {"whatif", "假如…（试算）", "在副本上试着改动数据或答案，看看得分和认定结果会怎样变化。", draw_whatif},
      {"policy", "政策原文", "阅读和检索认定管理办法、附件和两张评分表的原文。", draw_policy},
      {"export", "导出", "选择申报类别，检查尚缺内容，导出申报书草稿或自评文件。", draw_export},
  };
  return table;
}

const Screen* find_screen(const std::string& id) {
  for (const auto& screen : screens()) {
    if (id == screen.id) return &screen;
  }
  return nullptr;
}

void show_screen(AppState& state, const std::string& id) {
  if (find_screen(id) == nullptr) return;
  if (id != state.screen) {
    leave_screen(state);
    state.policy.article.clear();
  }
  state.screen = id;
  if (progress_of(state.model, id) != Progress::None) state.resume_step = id;
  state.quick.open = false;
  state.jump = FieldJump{};
  state.nav_open = false;
  state.scroll_to = 0.0f;
  state.scroll_after_layout.reset();
  state.came_from.reset();
}

void show_field(AppState& state, const std::string& screen, const std::string& field_key) {
  const AppState::ReturnPoint from{state.screen, state.content_scroll};
  show_screen(state, screen);  // from the top: where the screen is left if the field is never drawn
  state.jump = FieldJump{field_key, FieldJump::kFrames};
  if (from.screen != screen) state.came_from = from;
}

void return_to_origin(AppState& state) {
  if (!state.came_from) return;
  const AppState::ReturnPoint from = *state.came_from;
  show_screen(state, from.screen);
  state.scroll_to = from.scroll;
}

}  // namespace sx_app
