#pragma once
// What an assessment needs answered, question by question, for this enterprise's type and (for the
// draft) the category applied for: the one place the task list's statuses (progress.cpp) and
// 导出's check list ("check your answers", GOV.UK) are read from. Derived from the document every
// time, never stored.
#include <string>
#include <vector>

#include "model.hpp"

namespace sx_app {

// One question, its answer in words, and the field that answers it.
struct Need {
  std::string label;   // what is asked: "企业名称", "本年度只申报一类", "表1 6.6 低端用工下降率"
  std::string answer;  // the answer in words ("是", "72%", "基本具备"); empty while not answered
  bool started = false;  // something is entered, if not yet all (a mode with some elements rated)
  std::string screen;  // where it is answered: "enterprise", "figures", "categories", "score", "modes", "export"
  std::string field;   // the field a jump lands on ("facts.closed_loop_decision"); empty: the screen
  bool answered() const { return !answer.empty(); }
};

struct NeedGroup {
  std::string title;  // "企业与项目", "基本条件", "智能工厂的认定条件", "评分表（表1）", "五种新模式"
  std::vector<Need> needs;
};

// Enterprise and project fields: what the draft's cover and project pages print.
std::vector<Need> profile_needs(const Model& model);
// The raw figures behind the metrics this type's table scores and the conditions test (表1 does not
// use the control loops); a figure is answered when filled or when its rate was typed directly.
std::vector<Need> figure_needs(const Model& model);
// The conditions of one group (the common group or a category): answered when decided (met or not).
std::vector<Need> condition_needs(const Model& model, const std::string& group);
// One condition: its field is the first of its facts still to answer (then the first not true),
// its metric, or for 第八条（二） the first element of the enterprise's own mode still to rate.
Need condition_need(const Model& model, const sx::Condition& condition);
// Every item of this type's table.
std::vector<Need> item_needs(const Model& model);
// What a jump to a condition's metric field names: "metrics.cnc_rate@workshop.cnc_rate" — 申报类别
// asks 数控化率 for 第六条 and again for 第七条, and a jump lands on the one its link was about.
std::string metric_jump_key(const sx::Condition& condition);
// The field an item of the table is answered in (a jump's target): its metric, or its answer.
std::string item_field(const sx::Item& item);
// Where a rate is changed when its figures give it (both are filled, so the rate field refuses
// another value): the figure in 基础数据 a user moves to change it — a ratio's part, the value
// after a change. Empty when the rate is the user's own to type.
std::string rate_figure_field(const Model& model, const std::string& metric);
// Where a jump to an item goes: its own field, or for a rate its figures give, the figure.
Need item_jump(const Model& model, const sx::Item& item);
// The five modes, one need each: answered when every element is rated.
std::vector<Need> mode_needs(const Model& model);
// The modes the enterprise has started to rate (the draft prints those; one is enough for
// 第八条（二）, whose condition asks for it when none is): answered when every element is rated.
std::vector<Need> rated_mode_needs(const Model& model);

// Everything the draft application for `category` needs, in the check list's order: 企业与项目,
// 基本条件, the category's own conditions, 评分表, and for 智能工厂 (第八条（二）) the modes it
// has started to rate.
std::vector<NeedGroup> category_needs(const Model& model, const std::string& category);
// What the evaluation asks to be checked before the draft goes out (a rate typed against the
// figures it derives from, a credit code's check character): the finding in words as the label,
// and the field to correct it in — a metric where a condition asks for it (申报类别), else where the
// table scores it (评分表). Answered never: each stays until corrected.
std::vector<Need> check_needs(const Model& model);
// How many needs of the groups are not answered.
int missing_count(const std::vector<NeedGroup>& groups);

}  // namespace sx_app
