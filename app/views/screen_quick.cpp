// 快速自测 (issue 17): GOV.UK's "check if you can" — one question a screen, big answers, 继续 and a
// way back, then what the core makes of the answers. The questions are the standard's
// (quick_check.json) and every answer goes into the user's own document, where the full
// assessment asks the same fact or metric: 开始完整自评 starts with them all in it.
#include <algorithm>
#include <string>

#include "fields.hpp"
#include "imgui.h"
#include "links.hpp"
#include "quick_check.hpp"
#include "screen_parts.hpp"
#include "screens.hpp"
#include "status.hpp"
#include "style.hpp"
#include "views.hpp"
#include "widgets.hpp"

namespace sx_app {

namespace {
constexpr const char* kContext = "快速自测";

void go_to(AppState& state, std::size_t question) {
  leave_screen(state);  // a number being typed is left; notices raised here go
  state.quick.question = question;
  state.scroll_to = 0.0f;
}

bool wide_button(const std::string& label, bool primary) {
  const float width = narrow_layout() ? -1.0f : 0.0f;
  return primary ? primary_button(label, width) : secondary_button(label, width);
}

std::string group_title(const sx::Standard& standard, const sx::Condition& condition) {
  if (standard.is_common(condition)) return standard.common.title;
  const sx::Category* category = standard.category(condition.category);
  return category != nullptr ? category->title : condition.category;
}

// Said once, over saved work: the answers shown are that work's, and a change is a change to it.
void carried_work(const AppState& state) {
  if (!state.quick.carried) return;
  const std::string name = state.document().enterprise_text("name");
  const std::string whose = name.empty() ? "上次的自评" : "“" + name + "”的自评";
  warning_text("本浏览器中保存着" + whose + "。这里显示其中已有的答案，改动会直接写入这份自评，"
               "回到完整自评后可点“撤销”找回原来的答案。"
               "如要为另一家企业自测，请先回到开始页选择“开始新的自评”。");
  ImGui::Spacing();
}

void question_screen(AppState& state, const std::vector<QuickQuestionInfo>& questions) {
  const std::size_t index = state.quick.question;
  const QuickQuestionInfo& info = questions[index];
  const sx::Standard& standard = *state.standard;
  const std::string back = index == 0 ? "← 返回开始" : "← 上一题";
  if (link(back, "quick.back")) {
    if (index == 0) show_screen(state, "start");
    else go_to(state, index - 1);
    return;
  }
  muted_text(std::string(kContext) + " · 第 " + std::to_string(index + 1) + " 题，共 " +
             std::to_string(questions.size()) + " 题");
  heading(info.question->question);
  if (index == 0) carried_work(state);
  if (!info.question->hint.empty()) muted_text(info.question->hint);
  ImGui::Spacing();
  ImGui::PushID(info.question->key().c_str());
  const Target target = user_document(state);
  bool entered = false;
  if (info.fact != nullptr) {
    fact_control(target, *info.fact, kContext, true, true);
  } else if (info.metric != nullptr) {
    const bool typing = ImGui::GetIO().WantTextInput;  // the field had the keyboard as this frame began
    metric_control(target, info.metric->key, kContext);
    // Enter (a phone keyboard's 前往) answers and moves on, as 继续 does — unless what was typed
    // was refused, whose words show under the field.
    entered = typing && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter), false) && state.edits.error.empty();
    muted_text("填百分数，例如 65；不清楚就留空。");
  }
  ImGui::PopID();
  ImGui::Spacing();
  const bool last = index + 1 == questions.size();
  if (wide_button(last ? "查看结果##quick.next" : "继续##quick.next", true) || entered) go_to(state, index + 1);
  // What the answer decides, with the published bar, so the enterprise sees why it is asked.
  subheading("这一题关系到");
  for (const sx::Condition* condition : info.conditions) {
    muted_text(condition->article + " " + group_title(standard, *condition) + "：" + condition->title);
  }
}

void condition_lines(const sx::Standard& standard, const std::vector<QuickCondition>& list) {
  for (const auto& c : list) {
    const std::string answer = c.state == sx::Tri::Unknown ? "未回答" : "你的回答：" + c.value_zh;
    // Under the category's own heading only a basic condition needs its group named.
    const std::string group = standard.is_common(*c.condition) ? standard.common.title + " · " : "";
    status_line(c.state, group + c.condition->title + "（" + answer + "）");
  }
}

void result_screen(AppState& state, std::size_t count) {
  const sx::Standard& standard = *state.standard;
  const QuickResult result = quick_result(state.model);
  if (link("← 修改答案", "quick.back")) {
    go_to(state, count - 1);
    return;
  }
  muted_text(std::string(kContext) + " · 结果");
  if (result.within_reach) {
    const sx::Category* category = standard.category(*result.within_reach);
    heading("可以考虑申报：" + category->title);
    ImGui::TextWrapped("%s", ("按你的回答，" + category->title + "（" + category->article +
                              "）在这里问到的条件都满足。还有 " + std::to_string(result.to_confirm) +
                              " 项条件要在完整自评中确认。").c_str());
  } else {
    heading("暂时还看不出可以申报哪一类");
    ImGui::TextWrapped("%s", result.answered == 0 ? "还没有回答问题。"
                                                  : "按你的回答，还没有一类的条件都满足。");
  }
  if (result.next) {
    const sx::Category* next = standard.category(*result.next);
    subheading((result.within_reach ? "离更高一类“" : "离“") + next->title + "”还差");
    if (result.lacking.empty() && result.uncertain.empty()) {
      muted_text("这里问到的条件没有不满足的，其余条件要在完整自评中确认。");
    }
    condition_lines(standard, result.lacking);
    condition_lines(standard, result.uncertain);
  }
  subheading("这只是初步判断");
  ImGui::TextWrapped("%s", ("快速自测只问了 " + std::to_string(count) +
                            " 个最关键的问题。能否申报，要在完整自评中对照全部认定条件和评分表逐项确认，"
                            "最终以专家评审和主管部门的认定为准。").c_str());
  ImGui::Spacing();
  if (wide_button("开始完整自评##quick.full", true)) {
    show_screen(state, "enterprise");
    return;
  }
  if (!narrow_layout()) ImGui::SameLine();
  if (wide_button("从第一题重新看##quick.again", false)) go_to(state, 0);
  muted_text("你的回答已保存在本浏览器中，完整自评会沿用，不必再填一遍。");
}
}  // namespace

void open_quick_check(AppState& state) {
  if (state.standard->quick_check.empty()) return;
  leave_screen(state);
  state.quick.open = true;
  state.quick.question = 0;
  state.quick.carried = !document_is_blank(state);
  state.nav_open = false;
  state.menu_open = false;
  state.came_from.reset();
  state.scroll_to = 0.0f;
}

void draw_quick(AppState& state) {
  const std::vector<QuickQuestionInfo> questions = quick_questions(state.model);
  if (questions.empty()) {
    show_screen(state, "start");
    return;
  }
  state.content_scroll = ImGui::GetScrollY();
  ImGui::PushID("quick");
  // On a wide screen one readable column (GOV.UK's two thirds), not lines across the whole window.
  const float column = std::min(ImGui::GetContentRegionAvail().x, scaled(720.0f));
  const bool in_column = !narrow_layout() && ImGui::BeginTable("column", 1, ImGuiTableFlags_None, ImVec2(column, 0.0f));
  if (in_column) {
    ImGui::TableSetupColumn("question", ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
  }
  draw_notices(state);
  if (state.quick.question < questions.size()) question_screen(state, questions);
  else result_screen(state, questions.size());
  if (in_column) ImGui::EndTable();
  ImGui::PopID();
}

}  // namespace sx_app
