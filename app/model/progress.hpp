#pragma once
// How far the user has come on each part of the assessment: the task list's 未开始 / 进行中 /
// 已完成 (GOV.UK's task-list pattern). Derived from the document every time, never stored.
#include <string_view>

#include "model.hpp"

namespace sx_app {

// None: a screen with nothing to fill. Optional: not started, and the declared category does not
// need it (五种新模式 for a production line or a workshop).
enum class Progress { None, NotStarted, InProgress, Done, Optional };

Progress progress_of(const Model& model, std::string_view screen);
const char* progress_label(Progress progress);  // "未开始" / "进行中" / "已完成" / "选填" / ""

}  // namespace sx_app
