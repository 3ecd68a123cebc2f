#include "category_choice.hpp"

#include <string>

#include "field_jump.hpp"
#include "imgui.h"
#include "links.hpp"
#include "screen_parts.hpp"
#include "screens.hpp"
#include "status.hpp"
#include "views.hpp"
#include "widget_log.hpp"
#include "widgets.hpp"

namespace sx_app {

namespace {
const char* eligible_words(sx::Tri state) {
  return state == sx::Tri::True ? "符合全部条件" : state == sx::Tri::False ? "有条件不满足" : "条件待补充";
}

// What the chosen category still lacks, both kinds counted: "1 项不满足" alone read as the whole
// gap while 差距与建议 listed more to confirm (a newcomer's walk).
std::string lacking_words(const sx::CategoryResult& result) {
  std::string words;
  if (!result.failed.empty()) words += std::to_string(result.failed.size()) + " 项条件不满足";
  if (!result.unknown.empty()) {
    words += (words.empty() ? "" : "，") + std::to_string(result.unknown.size()) + " 项条件待确认";
  }
  return words;
}
}  // namespace

void category_choice(AppState& state, const char* here) {
  const bool on_export = std::string(here) == "export";
  subheading(on_export ? "申报类别" : "拟申报的类别");
  muted_text("同一年度每家企业只能申报其中一类（第十三条）。" +
             std::string(on_export ? "" : "可对照下面各类的条件再选，也可在“导出”中修改。"));
  const sx::Evaluation& evaluation = state.evaluation();
  const auto declared = state.document().category();
  name_next_group("申报类别");
  // 导出 Word asks for a category first and lands here.
  JumpLanding landing(state, "category");
  for (const auto& category : state.standard->categories) {
    const std::string label = category.title + "##申报类别 · " + category.title;
    if (radio(label.c_str(), declared == category.id)) {
      report(state, state.model.set_category(category.id));
      state.export_wants_category = false;
    }
    landing.control(declared == category.id);
    const sx::CategoryResult* result = evaluation.category(category.id);
    const sx::Tri eligible = result != nullptr ? result->eligible : sx::Tri::Unknown;
    std::string note = eligible_words(eligible);
    if (evaluation.recommended == category.id) note += "，建议申报";
    same_line_if_fits(tag_width(verdict_text(eligible)) + ImGui::GetStyle().ItemSpacing.x +
                      ImGui::CalcTextSize(note.c_str()).x);
    status_line(eligible, note);
  }
  landing.land();
  if (!declared && on_export && state.export_wants_category) {
    warning_line(kChooseCategoryFirst);
  }
  if (!declared) {
    muted_text(evaluation.recommended ? "建议申报全部条件都满足的最高一类。"
                                      : on_export ? "请选择一类；可先在“申报类别”中对照各类的条件。"
                                                  : "请选择一类；还没有全部条件都满足的类别时，可先看下面各类还差什么。");
    return;
  }
  const sx::CategoryResult* result = evaluation.category(*declared);
  if (result == nullptr || result->eligible == sx::Tri::True) return;
  const std::string lacking = lacking_words(*result);
  if (result->eligible == sx::Tri::False) warning_line("按目前填写，所选类别有 " + lacking + "。");
  else muted_text("按目前填写，所选类别还有 " + lacking + "。");
  if (on_export && link("查看这些条件", "导出 · 查看不满足的条件")) show_screen(state, "categories");
}

}  // namespace sx_app
