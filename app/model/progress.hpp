#pragma once
// How far the user has come on each part of the assessment: the task list's 未开始 / 进行中 /
// 已完成 (GOV.UK's task-list pattern). Derived from the document every time, never stored.
#include <string_view>

#include "model.hpp"

namespace sx_app {

// None: a screen with nothing to fill. Optional: not started, and the declared category does not
// need it (五种新模式 for a production line or a workshop). Check: something entered there is to be
// checked (check_needs: a rate against its figures, an amount typed with its unit) — not 已完成
// while it stands. Ready: 导出 has everything the chosen category needs ("可以导出": 已完成 there
// was read as "exported", the newcomer's walk).
enum class Progress { None, NotStarted, InProgress, Done, Optional, Check, Ready };

Progress progress_of(const Model& model, std::string_view screen);
// "未开始" / "进行中" / "已完成" / "选填" / "须核对" / "可以导出" / ""
const char* progress_label(Progress progress);

}  // namespace sx_app
