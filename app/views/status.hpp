#pragma once
// The marks the screens share for a condition's or a category's state: ✓ 符合, × 不符合,
// ? 待补充 as status tags, the words always in them (never colour alone).
#include <string>

#include "progress.hpp"
#include "sx/evaluation.hpp"
#include "widgets.hpp"

namespace sx_app {

const char* tri_mark(sx::Tri state);  // "✓" / "×" / "?"
// The tag for a verdict: ✓ 符合 (green), × 不符合 (red), ? 待补充 (yellow).
Tag tri_tag(sx::Tri state);
void verdict_tag(sx::Tri state);
// The verdict's tag, then `text` beside it; the text wraps.
void status_line(sx::Tri state, const std::string& text);
// A part's progress as a tag: 已完成 (green), 进行中 (yellow), 未开始 (grey).
void progress_tag(Progress progress);
Tag progress_tag_kind(Progress progress);
// A warning beside a field (e.g. the core's credit-code check), in the warning colour.
void warning_line(const std::string& text);
// A warning about the text field drawn just before: the accessibility mirror makes it the field's
// description and marks the field invalid, as it does for an error (issue 14, item 10).
void field_warning(const std::string& text);
// The core's own finding about the field at `path` ("enterprise.credit_code": its check
// character; "project.investment": not a plain number), as field_warning; not re-checked here.
void field_finding(const sx::Evaluation& evaluation, const std::string& path);

}  // namespace sx_app
