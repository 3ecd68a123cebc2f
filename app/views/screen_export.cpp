// 导出: the category applied for, the project details the draft prints, a "check your answers"
// list of what is still missing (each with a link to its field), then the downloads.
#include <algorithm>

#include "fields.hpp"
#include "imgui.h"
#include "links.hpp"
#include "screen_parts.hpp"
#include "screens.hpp"
#include "status.hpp"
#include "style.hpp"
#include "views.hpp"
#include "widget_log.hpp"
#include "widgets.hpp"

namespace sx_app {

namespace {
float field_width() {
  return narrow_layout() ? -1.0f : std::min(ImGui::GetContentRegionAvail().x, scaled(520.0f));
}

const char* eligible_words(sx::Tri state) {
  return state == sx::Tri::True ? "符合全部条件" : state == sx::Tri::False ? "有条件不满足" : "条件待补充";
}

void declared_category(AppState& state) {
  subheading("申报类别");
  muted_text("同一年度每家企业只能申报其中一类（第十三条）。");
  const sx::Evaluation& evaluation = state.evaluation();
  const auto declared = state.document().category();
  name_next_group("申报类别");
  for (const auto& category : state.standard->categories) {
    const std::string label = category.title + "##申报类别 · " + category.title;
    if (radio(label.c_str(), declared == category.id)) report(state, state.model.set_category(category.id));
    const sx::CategoryResult* result = evaluation.category(category.id);
    const sx::Tri eligible = result != nullptr ? result->eligible : sx::Tri::Unknown;
    std::string note = eligible_words(eligible);
    if (evaluation.recommended == category.id) note += "，建议申报";
    same_line_if_fits(tag_width(verdict_text(eligible)) + ImGui::GetStyle().ItemSpacing.x +
                      ImGui::CalcTextSize(note.c_str()).x);
    status_line(eligible, note);
  }
  if (!declared) {
    muted_text(evaluation.recommended ? "建议申报全部条件都满足的最高一类。" : "请选择一类；可先在“申报类别”中对照各类的条件。");
    return;
  }
  const sx::CategoryResult* result = evaluation.category(*declared);
  if (result != nullptr && result->eligible == sx::Tri::False) {
    warning_line("按目前填写，所选类别有 " + std::to_string(result->failed.size()) + " 项条件不满足。");
    if (link("查看不满足的条件", "导出 · 查看不满足的条件")) show_screen(state, "categories");
  }
}

void project_fields(AppState& state) {
  subheading("项目信息");
  muted_text("申报书草稿会用到以下内容，未填的在草稿中显示为“（未填）”。");
  for (const auto& field : state.standard->project_fields) {
    const bool summary = field.key == "summary";
    profile_text(user_document(state), "project", field, field_width(), summary);
    if (field.key == "start" || field.key == "completion") muted_text("例如 2019-06 或 2019年6月");
  }
}

// The field a condition is answered by, for the jump from this list.
std::string condition_field(const sx::Condition& condition, const sx::Assessment& document) {
  if (condition.kind == sx::RuleKind::MetricAtLeast) return "metrics." + condition.metric;
  for (const auto& fact : condition.facts) {
    if (document.fact(fact) == nullptr) return "facts." + fact;
  }
  return condition.facts.empty() ? std::string() : "facts." + condition.facts.front();
}

struct Missing {
  std::string text;
  std::string name;  // stable while the text's counts change
  std::string screen;
  std::string field;  // empty: the screen itself
};

std::vector<Missing> missing_enterprise(const AppState& state) {
  std::vector<Missing> list;
  for (const auto& field : state.standard->enterprise_fields) {
    if (state.document().enterprise_text(field.key).empty()) {
      list.push_back({field.label + "：未填", field.label, "enterprise", "enterprise." + field.key});
    }
  }
  for (const auto& field : state.standard->project_fields) {
    if (state.document().project_text(field.key).empty()) {
      list.push_back({field.label + "：未填", field.label, "export", "project." + field.key});
    }
  }
  return list;
}

std::vector<Missing> missing_conditions(const AppState& state, const std::string& category) {
  std::vector<Missing> list;
  const sx::CategoryResult* result = state.evaluation().category(category);
  if (result == nullptr) return list;
  for (const auto& id : result->unknown) {
    for (const auto& condition : state.standard->conditions) {
      if (condition.id != id) continue;
      const std::string text = condition.title + "（" + condition.article + "）：待补充";
      if (condition.kind == sx::RuleKind::AnyModeBasicallyMet) list.push_back({text, condition.title, "modes", ""});
      else list.push_back({text, condition.title, "categories", condition_field(condition, state.document())});
    }
  }
  return list;
}

std::vector<Missing> missing_items(const AppState& state) {
  std::vector<Missing> list;
  const sx::Table& table = state.model.table();
  for (const auto& result : state.evaluation().items) {
    if (result.answered) continue;
    const sx::Item* item = table.item(result.id);
    const std::string name = table.number + " " + result.id + " " + (item != nullptr ? item->title : std::string());
    list.push_back({name + "：未填", name, "score", "answers." + result.id});
  }
  return list;
}

std::vector<Missing> missing_modes(const AppState& state) {
  std::vector<Missing> list;
  for (const auto& mode : state.standard->modes) {
    const sx::ModeResult* result = state.evaluation().mode(mode.key);
    if (result == nullptr || result->unanswered == 0) continue;
    int first = 0;  // the first element not yet rated, where the jump lands
    for (int n = 1; n <= static_cast<int>(mode.elements.size()) && first == 0; ++n) {
      if (!state.document().rating(mode.key, n)) first = n;
    }
    list.push_back({mode.title + "：" + std::to_string(result->unanswered) + " 个要素未评", mode.title, "modes",
                    "modes." + mode.key + "." + std::to_string(first)});
  }
  return list;
}

void missing_group(AppState& state, const std::string& title, const std::vector<Missing>& list) {
  if (list.empty()) return;
  ImGui::PushID(title.c_str());
  ImGui::TextWrapped("%s", (title + "（" + std::to_string(list.size()) + " 处）").c_str());
  ImGui::Indent();
  for (const auto& missing : list) {
    if (link(missing.text, std::string("尚缺 · ") + missing.name)) {
      if (missing.field.empty()) show_screen(state, missing.screen);
      else show_field(state, missing.screen, missing.field);
    }
  }
  ImGui::Unindent();
  ImGui::PopID();
}

void check_answers(AppState& state) {
  subheading("检查尚缺内容");
  const auto declared = state.document().category();
  const std::vector<Missing> enterprise = missing_enterprise(state);
  const std::vector<Missing> conditions = declared ? missing_conditions(state, *declared) : std::vector<Missing>{};
  const std::vector<Missing> items = missing_items(state);
  const std::vector<Missing> modes = declared == std::string("factory") ? missing_modes(state) : std::vector<Missing>{};
  const std::size_t total = enterprise.size() + conditions.size() + items.size() + modes.size();
  if (total == 0 && declared) {
    status_line(sx::Tri::True, "所有内容均已填写，可以导出。");
    return;
  }
  if (total > 0) {
    ImGui::TextWrapped("%s", ("还有 " + std::to_string(total) + " 处未填。").c_str());
    muted_text("点击可直接前往填写；也可以先导出，未填的内容在草稿中留空。");
  }
  if (!declared) muted_text("选择申报类别后，这里会列出该类尚待补充的认定条件。");
  missing_group(state, "企业与项目", enterprise);
  if (declared) {
    const sx::Category* category = state.standard->category(*declared);
    missing_group(state, "认定条件 · " + (category != nullptr ? category->title : *declared), conditions);
  }
  missing_group(state, "评分表", items);
  missing_group(state, "五种新模式", modes);
}

// 导出 Word is the screen's one primary action; the others are secondary.
bool export_button(const char* label, bool primary = false) {
  const float width = narrow_layout() ? -1.0f : 0.0f;
  return primary ? primary_button(label, width) : secondary_button(label, width);
}

void downloads(AppState& state) {
  subheading("导出");
  if (export_button("导出 Word", true)) state.requests.download_docx = true;
  muted_text("下载申报书草稿（.docx），可在 Word 或 WPS 中继续修改。");
  if (export_button("打印 / 另存 PDF")) state.requests.print_view = true;
  muted_text("打开浏览器的打印页面，可直接打印，或在打印机中选择“另存为 PDF”。");
  if (export_button("保存自评文件（JSON）")) state.requests.download_json = true;
  muted_text("保存全部自评内容，以后可用“打开自评文件”继续填写，或发给同事。");
  ImGui::Spacing();
  muted_text("最终认定由市经信局组织专家评审决定，本自评仅供参考（第十一条）。");
}
}  // namespace

void draw_export(AppState& state) {
  declared_category(state);
  project_fields(state);
  check_answers(state);
  downloads(state);
}

}  // namespace sx_app
