// 假如: try changes on a copy of the document and compare its score and verdicts with the
// user's own; keep the copy (one undoable step) or throw it away. The fields are the shared
// controls over the copy, under PushID("whatif").
#include <algorithm>
#include <optional>
#include <string>

#include "fields.hpp"
#include "imgui.h"
#include "screen_parts.hpp"
#include "screens.hpp"
#include "style.hpp"
#include "sx/text.hpp"
#include "views.hpp"
#include "widgets.hpp"

namespace sx_app {

namespace {
std::string delta_text(int before, int after) {
  if (before == after) return "（不变）";
  return after > before ? "（+" + std::to_string(after - before) + "）" : "（" + std::to_string(after - before) + "）";
}

std::string metric_text(std::optional<double> value) {
  return value ? sx::percent_text(*value) : std::string("未填");
}

// The total and the three verdicts, the user's document → the copy.
void comparison(AppState& state, const Model& scratch) {
  const sx::Evaluation& before = state.evaluation();
  const sx::Evaluation& after = scratch.evaluation();
  muted_text("箭头左边是您的自评，右边是试算的副本。");
  subheading("得分 " + std::to_string(before.total) + " → " + std::to_string(after.total) +
             delta_text(before.total, after.total));
  for (const auto& category : state.standard->categories) {
    const sx::CategoryResult* a = before.category(category.id);
    const sx::CategoryResult* b = after.category(category.id);
    if (a == nullptr || b == nullptr) continue;
    const std::string line = category.title + "：" + verdict_text(a->eligible) + " → " + verdict_text(b->eligible);
    if (a->eligible != b->eligible && b->eligible == sx::Tri::True) success_text(line);
    else if (a->eligible != b->eligible) warning_text(line);
    else ImGui::TextWrapped("%s", line.c_str());
  }
  if (scratch.document() == state.document()) muted_text("副本与您的自评相同：改动下面的数据试试看。");
}

// Drawn above and below the long list; `suffix` keeps the two pairs' names apart.
void keep_or_discard(AppState& state, const std::string& suffix) {
  if (link_button("保留这些改动##whatif.keep" + suffix)) {
    // One step in the user's undo: 撤销 brings the document back as it was.
    state.model.replace(state.whatif.scratch->document());
    state.whatif.scratch.reset();
    state.whatif.edits = FieldEdits{};
    return;
  }
  ImGui::SameLine();
  if (link_button("放弃##whatif.discard" + suffix)) {
    state.whatif.scratch.reset();
    state.whatif.edits = FieldEdits{};
  }
}

void metrics(AppState& state, Target target) {
  subheading("指标");
  const bool narrow = narrow_layout();
  for (const auto& metric : state.standard->metrics) {
    ImGui::PushID(metric.key.c_str());
    const std::string label = metric.label + "（您的自评：" + metric_text(state.document().metric(metric.key)) + "）";
    if (narrow) {
      ImGui::TextWrapped("%s", label.c_str());
    } else {
      // One row per metric on a desktop: the label, then the field at a fixed column.
      ImGui::AlignTextToFramePadding();
      ImGui::TextUnformatted(label.c_str());
      ImGui::SameLine(std::max(ImGui::GetItemRectSize().x + ImGui::GetStyle().ItemSpacing.x, scaled(440.0f)));
    }
    metric_control(target, metric.key, "假如", narrow ? -scaled(60.0f) : scaled(160.0f));
    ImGui::PopID();
  }
}

std::string item_points(const sx::Evaluation& e, const std::string& id) {
  const sx::ItemResult* r = e.item(id);
  return r != nullptr && r->answered ? std::to_string(r->points) : std::string("未答");
}

// The copy's items in a compact list; metric items are set by the metrics above.
void items(AppState& state, Target target) {
  const sx::Table& table = target.model.table();
  subheading("评分项（" + table.number + "）");
  for (const auto& section : table.sections) {
    for (const auto& item : section.items) {
      ImGui::PushID(item.id.c_str());
      ImGui::Separator();
      const std::string before = item_points(state.evaluation(), item.id);
      const std::string after = item_points(target.model.evaluation(), item.id);
      ImGui::TextWrapped("%s %s：得分 %s → %s（满分 %d）", item.id.c_str(), item.title.c_str(), before.c_str(),
                         after.c_str(), item.max);
      if (item.kind == sx::AnswerKind::Metric) {
        const sx::MetricDef* def = state.standard->metric(item.metric);
        muted_text("由上面的指标“" + (def != nullptr ? def->label : item.metric) + "”决定。");
      } else {
        item_control(target, item);
      }
      ImGui::PopID();
    }
  }
}
}  // namespace

void draw_whatif(AppState& state) {
  if (!state.whatif.scratch) {
    ImGui::TextWrapped("先复制一份您的自评，在副本上改动指标或答案，看看得分和三类项目的认定结果会怎样变化。"
                       "您的自评不受影响，除非您选择保留这些改动。");
    if (link_button("开始试算##whatif.start")) {
      state.whatif.scratch.emplace(*state.standard, state.document());
      state.whatif.scratch->follow_figures(false);  // a trial may set any rate, figures or not
      state.whatif.edits = FieldEdits{};
    }
    return;
  }
  Model& scratch = *state.whatif.scratch;
  comparison(state, scratch);
  keep_or_discard(state, "");
  if (!state.whatif.scratch) return;
  Target target{state, scratch, state.whatif.edits};
  ImGui::PushID("whatif");
  metrics(state, target);
  items(state, target);
  ImGui::PopID();
  ImGui::Spacing();
  ImGui::Separator();
  comparison(state, scratch);
  keep_or_discard(state, ".end");
}

}  // namespace sx_app
