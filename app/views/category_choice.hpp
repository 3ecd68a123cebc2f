#pragma once
// The category the enterprise applies for (第十三条: one per year), with each category's verdict
// beside it: on 申报类别, where a newcomer looked for it after reading the conditions, and on 导出.
#include "app_state.hpp"

namespace sx_app {

// `here`: the screen it is drawn on ("categories" or "export"); from 导出 a link leads to the
// conditions, on 申报类别 they are below.
void category_choice(AppState& state, const char* here);

}  // namespace sx_app
