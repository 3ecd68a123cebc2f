// 差距与建议: for each category what its conditions still lack, then the score items ranked by
// the points still to be had. Every entry links to the field that closes it.
#include <algorithm>
#include <string>
#include <vector>

#include "fields.hpp"
#include "imgui.h"
#include "needs.hpp"
#include "picture_button.hpp"
#include "screen_parts.hpp"
#include "screens.hpp"
#include "status.hpp"
#include "views.hpp"
#include "widgets.hpp"

namespace sx_app {

namespace {

// The field that answers a condition (needs.hpp); the mode condition (第八条（二）) is answered on
// 五种新模式.
void go_to_condition(AppState& state, const sx::Condition& condition) {
  const Need need = condition_need(state.model, condition);
  if (need.field.empty()) show_screen(state, need.screen);
  else show_field(state, need.screen, need.field);
}

// One missing condition, with the way to the field that answers it and to its article.
void condition_entry(AppState& state, const std::string& where, const sx::Gap& gap) {
  const sx::Condition* condition = state.standard->condition(gap.id);
  ImGui::PushID(gap.id.c_str());
  ImGui::AlignTextToFramePadding();  // level with the buttons beside it
  ImGui::Bullet();
  ImGui::TextWrapped("%s", gap.zh.c_str());
  if (condition != nullptr) {
    const std::string action = condition->kind == sx::RuleKind::AnyModeBasicallyMet ? "去五种新模式自评" : "去填写";
    const std::string label = action + "##" + where + " · " + condition->title + " · " + action;
    const float width = button_width(label) + ImGui::GetStyle().ItemSpacing.x +
                        button_width(condition->article + " 原文");
    // Beside the text when it fits, else on the next line under the text.
    const bool inline_links = same_line_if_fits(width);
    if (!inline_links) ImGui::Indent();
    if (link_button(label)) go_to_condition(state, *condition);
    same_line_if_fits(button_width(condition->article + " 原文"));
    article_link(state, condition->article);
    if (!inline_links) ImGui::Unindent();
  }
  ImGui::PopID();
}

// The basic conditions (第五条、第十三条、第十四条) hold for all three categories: listed once.
int basic_gaps(AppState& state) {
  int shown = 0;
  const sx::Category& common = state.standard->common;
  ImGui::PushID(common.id.c_str());
  subheading(categories_in_words(*state.standard) + "项目都须满足的" + common.title);
  for (const auto& gap : state.evaluation().condition_gaps) {
    if (gap.category != common.id) continue;
    condition_entry(state, common.title, gap);
    ++shown;
  }
  if (shown == 0) success_text(common.title + "均已满足。");
  ImGui::PopID();
  return shown;
}

void category_gaps(AppState& state, const sx::Category& category, int basic_missing) {
  const sx::Evaluation& e = state.evaluation();
  const sx::CategoryResult* result = e.category(category.id);
  const sx::Tri eligible = result != nullptr ? result->eligible : sx::Tri::Unknown;
  ImGui::PushID(category.id.c_str());
  // The verdict as a tag under the name, as on 申报类别: in the heading it broke between ✓ and 符合.
  subheading(category.title + "（" + category.article + "）");
  verdict_tag(eligible);
  int shown = 0;
  for (const auto& gap : e.condition_gaps) {
    if (gap.category != category.id) continue;
    condition_entry(state, category.title, gap);
    ++shown;
  }
  if (shown == 0 && basic_missing == 0) success_text("各项认定条件均已满足。");
  else if (shown == 0) muted_text("本类自身的条件均已满足，还须补齐上面的基本条件。");
  ImGui::PopID();
}

// Where points are still to be had, most first; an item with several gaps (one per option it
// lacks) is listed once, where its largest gain ranks it. Metric items are answered by their figure.
void item_gaps(AppState& state) {
  const sx::Evaluation& e = state.evaluation();
  const sx::Table& table = state.model.table();
  subheading("哪里还能加分（" + table.number + "，按可增加的分数排序）");
  if (e.item_gaps.empty()) {
    success_text("各评分项均已得满分。");
    return;
  }
  std::vector<std::string> listed;
  ImGui::PushID("items");
  for (const auto& first : e.item_gaps) {
    if (std::find(listed.begin(), listed.end(), first.id) != listed.end()) continue;
    listed.push_back(first.id);
    const sx::Item* item = table.item(first.id);
    if (item == nullptr) continue;
    ImGui::PushID(item->id.c_str());
    const auto gaps = std::count_if(e.item_gaps.begin(), e.item_gaps.end(), [&](const sx::Gap& g) { return g.id == item->id; });
    // A rate its figures give is raised in 基础数据 (its own field refuses another value).
    const Need jump = item_jump(state.model, *item);
    const std::string action = jump.screen == "figures" ? "去基础数据填写" : "去评分表填写";
    const std::string label = action + "##" + table.number + " " + item->id + " " + item->title + " · " + action;
    const auto link = [&] {
      const bool inline_link = same_line_if_fits(button_width(label));
      if (!inline_link) ImGui::Indent();
      if (link_button(label)) show_field(state, jump.screen, jump.field);
      if (!inline_link) ImGui::Unindent();
    };
    // Several gaps of one item (3.3's options) come under its name, the link beside it: after the
    // last of them, a newcomer took the first for one without a link.
    const std::string named = item->id + " " + item->title + "：";  // how each gap begins
    if (gaps > 1) {
      ImGui::AlignTextToFramePadding();
      ImGui::Bullet();
      ImGui::TextWrapped("%s", named.c_str());
      link();
      ImGui::Indent();
    }
    for (const auto& gap : e.item_gaps) {
      if (gap.id != item->id) continue;
      ImGui::AlignTextToFramePadding();
      ImGui::Bullet();
      // Under the item's name, each gap without it again.
      const bool under_name = gaps > 1 && gap.zh.rfind(named, 0) == 0;
      ImGui::TextWrapped("%s", under_name ? gap.zh.c_str() + named.size() : gap.zh.c_str());
    }
    if (gaps > 1) ImGui::Unindent();
    else link();
    ImGui::PopID();
  }
  ImGui::PopID();
}
}  // namespace

void draw_gaps(AppState& state) {
  const sx::Evaluation& e = state.evaluation();
  if (e.recommended) {
    const sx::Category* best = state.standard->category(*e.recommended);
    if (best != nullptr) success_text("按目前填写的情况，可以申报：" + best->title + "。");
  } else {
    muted_text("按目前填写的情况，三类项目都还不能确定可以申报。下面列出每一类还差什么。");
  }
  result_picture_button(state);
  ImGui::PushID("conditions");
  const int basic_missing = basic_gaps(state);
  for (const auto& category : state.standard->categories) category_gaps(state, category, basic_missing);
  ImGui::PopID();
  ImGui::Spacing();
  item_gaps(state);
}

}  // namespace sx_app
