#include "picture_button.hpp"

#include <string>

#include "imgui.h"
#include "screen_parts.hpp"
#include "views.hpp"
#include "widgets.hpp"

namespace sx_app {

void result_picture_button(AppState& state) {
  ImGui::Spacing();
  if (secondary_button("生成结果长图", narrow_layout() ? -1.0f : 0.0f)) state.requests.result_picture = true;
  const std::string what = "得分、" + categories_in_words(*state.standard) + "项目的结论和主要差距做成一张图片";
  muted_text(narrow_layout() ? what + "，长按保存后可转发到微信。" : what + "（PNG），可转发到微信；在本机生成，不上传。");
}

}  // namespace sx_app
