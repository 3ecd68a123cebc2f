#include "wechat_note.hpp"

#include "type_scale.hpp"
#include "views.hpp"
#include "widgets.hpp"

namespace sx_app {

namespace {
constexpr const char* kWayOut = "请点右上角“···”，选择“在浏览器打开”";
}

void wechat_start_note(const AppState& state) {
  if (!state.in_wechat) return;
  // A lead in bold, not a tag: a newcomer took the tag's box for a button to press.
  bold_text_wrapped("在微信中打开本页时");
  ImGui::TextWrapped("快速自测和结果长图可以在微信中完成。完整自评最后要导出 Word，微信中无法保存文件：%s后再开始"
                     "（在微信中填写的内容不会带到浏览器）。",
                     kWayOut);
}

void wechat_download_note(const AppState& state) {
  if (!state.in_wechat) return;
  bold_text_wrapped("微信中无法保存文件");
  ImGui::TextWrapped("%s，在浏览器中导出。在微信中填写的内容不会带到浏览器；“生成结果长图”可在微信中长按保存。", kWayOut);
}

}  // namespace sx_app
