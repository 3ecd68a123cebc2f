// 开始: what the tool is for, that the data stays in this browser, how to start or go on, the
// measures in force, and the task list of the parts with their progress (GOV.UK's task list).
#include <algorithm>
#include <cstdlib>

#include "imgui.h"
#include "links.hpp"
#include "progress.hpp"
#include "screens.hpp"
#include "status.hpp"
#include "style.hpp"
#include "views.hpp"
#include "widget_log.hpp"
#include "widgets.hpp"

namespace sx_app {

namespace {
// "2019-12-19" → "2019年12月19日"; anything else as it is.
std::string chinese_date(const std::string& iso) {
  if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-') return iso;
  return iso.substr(0, 4) + "年" + std::to_string(std::atoi(iso.substr(5, 2).c_str())) + "月" +
         std::to_string(std::atoi(iso.substr(8, 2).c_str())) + "日";
}

bool document_is_blank(const AppState& state) {
  const sx::Assessment& doc = state.document();
  return doc == sx::Assessment(doc.standard_id(), doc.type());
}

// Where 继续 goes: the first part not yet 已完成, or 导出 when all are.
std::string next_unfinished(const AppState& state) {
  for (const auto& screen : screens()) {
    const Progress progress = progress_of(state.model, screen.id);
    if (progress != Progress::None && progress != Progress::Done) return screen.id;
  }
  return "export";
}

// One primary action (GOV.UK): 继续上次的自评 when there is work to go on with, else 开始自评.
bool button(const char* label, bool primary) {
  const float width = narrow_layout() ? -1.0f : 0.0f;
  return primary ? primary_button(label, width) : secondary_button(label, width);
}

void actions(AppState& state) {
  const bool blank = document_is_blank(state);
  if (button("开始自评", blank)) show_screen(state, "enterprise");
  if (!blank) {
    if (!narrow_layout()) ImGui::SameLine();
    if (button("继续上次的自评", true)) show_screen(state, next_unfinished(state));
  }
  if (!narrow_layout()) ImGui::SameLine();
  if (button("打开自评文件", false)) state.requests.open_file = true;
  muted_text("“打开自评文件”用于继续以前保存的 .json 自评文件。");
  const std::string name = state.document().enterprise_text("name");
  if (!name.empty()) ImGui::TextWrapped("本浏览器中保存的自评：%s", name.c_str());
}

void standard_in_force(AppState& state) {
  const sx::Standard& standard = *state.standard;
  std::string title = standard.title;
  if (standard.measures.is_object() && standard.measures.contains("title")) {
    title = standard.measures["title"].get<std::string>();
  }
  subheading("现行认定办法");
  ImGui::TextWrapped("%s", (standard.document + "《" + title + "》").c_str());
  muted_text(chinese_date(standard.issued) + "印发，自发布之日起试行（第十八条）。本工具按该办法及其附件的两张认定标准评分表（表1 离散型、表2 流程型）自评。");
  if (link("阅读办法原文", "开始 · 阅读办法原文")) show_screen(state, "policy");
}

void task_list(AppState& state) {
  subheading("自评步骤");
  muted_text("可以按顺序填写，也可以点击任一步骤直接前往。");
  // Kept narrow on a desktop so each status stays next to its part.
  const float width = narrow_layout() ? 0.0f : std::min(ImGui::GetContentRegionAvail().x, scaled(560.0f));
  if (!ImGui::BeginTable("tasks", 2, ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp,
                         ImVec2(width, 0.0f))) {
    return;
  }
  ImGui::TableSetupColumn("part", ImGuiTableColumnFlags_WidthStretch);
  ImGui::TableSetupColumn("status", ImGuiTableColumnFlags_WidthFixed, ImGui::GetFontSize() * 4.5f);
  for (const auto& screen : screens()) {
    const Progress progress = progress_of(state.model, screen.id);
    if (progress == Progress::None) continue;
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    if (link(screen.title, std::string("自评步骤 · ") + screen.title)) show_screen(state, screen.id);
    ImGui::TableNextColumn();
    progress_tag(progress);
  }
  ImGui::EndTable();
}
}  // namespace

void draw_start(AppState& state) {
  ImGui::TextWrapped(
      "本工具帮助企业对照绍兴市传统产业智能化改造项目的认定条件和评分标准，逐项自评得分，"
      "看看可以申报生产线、示范车间还是智能工厂。完成后可以导出申报书草稿，作为准备正式申报材料的参考。");
  ImGui::Spacing();
  ImGui::TextWrapped("填写的内容自动保存在本浏览器中，不会上传。换电脑或清除浏览器数据前，请先保存自评文件。");
  ImGui::Spacing();
  actions(state);
  standard_in_force(state);
  task_list(state);
}

}  // namespace sx_app
