#pragma once
// The category the enterprise applies for (第十三条: one per year), with each category's verdict
// beside it: on 申报类别, where a newcomer looked for it after reading the conditions, and on 导出.
#include "app_state.hpp"

namespace sx_app {

// `here`: the screen it is drawn on ("categories" or "export"); from 导出 a link leads to the
// conditions, on 申报类别 they are below.
void category_choice(AppState& state, const char* here);

// Why 导出 Word or 打印 made nothing: shown beside the choice and said by the live region.
inline constexpr const char* kChooseCategoryFirst = "请先选择申报类别：申报书按所选类别列出认定条件和须提交的内容。";

}  // namespace sx_app
