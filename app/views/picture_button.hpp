#pragma once
// 生成结果长图 (issue 17): where a user has just learned their result (差距与建议, 导出), one tap
// asks the page for the result picture to forward (app/picture/result_summary.hpp, web/picture.js).
#include "app_state.hpp"

namespace sx_app {

void result_picture_button(AppState& state);

}  // namespace sx_app
