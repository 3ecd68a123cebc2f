#pragma once
// The result of the self-assessment at a glance, on 申报类别 and 评分表 (GOV.UK's panel): the score
// large, the three categories as status tags, the recommended category in one sentence.
#include "app_state.hpp"

namespace sx_app {

void draw_result_panel(AppState& state);

}  // namespace sx_app
