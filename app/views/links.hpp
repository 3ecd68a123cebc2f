#pragma once
// A text link that wraps like a paragraph and jumps somewhere when tapped (GOV.UK's "change"
// links on 检查尚缺内容, the task list, 从基础数据计算). `name` is its stable ImGui name: the
// visible text may change (a count in it) without changing the ID.
#include <string>

namespace sx_app {

bool link(const std::string& text, const std::string& name);

}  // namespace sx_app
