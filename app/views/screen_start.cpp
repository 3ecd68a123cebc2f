// 开始: what the tool is for, that the data stays in this browser, how to start or go on, the
// measures in force, and the task list of the parts with their progress (GOV.UK's task list).
#include <algorithm>
#include <cstdlib>

#include "imgui.h"
#include "links.hpp"
#include "progress.hpp"
#include "screen_parts.hpp"
#include "screens.hpp"
#include "status.hpp"
#include "style.hpp"
#include "views.hpp"
#include "widget_log.hpp"
#include "wechat_note.hpp"
#include "widgets.hpp"

namespace sx_app {

namespace {
// "2019-12-19" → "2019年12月19日"; anything else as it is.
std::string chinese_date(const std::string& iso) {
  if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-') return iso;
  return iso.substr(0, 4) + "年" + std::to_string(std::atoi(iso.substr(5, 2).c_str())) + "月" +
         std::to_string(std::atoi(iso.substr(8, 2).c_str())) + "日";
}

// Where 继续 goes: the step the user was last on (a returning user picks up where they left off),
// else the first part not yet 已完成, or 导出 when all are.
std::string resume_screen(const AppState& state) {
  if (!state.resume_step.empty() && progress_of(state.model, state.resume_step) != Progress::None) {
    return state.resume_step;
  }
  for (const auto& screen : screens()) {
    const Progress progress = progress_of(state.model, screen.id);
    if (progress == Progress::NotStarted || progress == Progress::InProgress || progress == Progress::Check) {
      return screen.id;
    }
  }
  return "export";
}

// 继续: the step, and on the step last worked on, where the user was down it (a newcomer came
// back to the top of a long screen and looked for their place).
void go_on(AppState& state) {
  const std::string step = resume_screen(state);
  const bool same = step == state.resume_step;
  const float scroll = state.resume_scroll;
  show_screen(state, step);
  if (same && scroll > 0.0f) {
    state.scroll_after_layout = scroll;
    state.scroll_after_layout_frames = 4;
  }
}

// One primary action (GOV.UK): 继续上次的自评 when there is work to go on with, else 开始自评.
bool button(const char* label, bool primary) {
  const float width = narrow_layout() ? -1.0f : 0.0f;
  return primary ? primary_button(label, width) : secondary_button(label, width);
}

// With saved work, going on with it is the main action and a new one is offered beside it (新建's
// own question and undo); with none, there is only one way to start.
void actions(AppState& state) {
  wechat_start_note(state);
  const std::string name = state.document().enterprise_text("name");
  std::string long_name;
  const std::string quick = "快速自测（约 2 分钟）##start.quick";
  if (document_is_blank(state)) {
    if (button("开始自评", true)) show_screen(state, "enterprise");
    // The short path for a first visit, beside the long one.
    if (!narrow_layout()) same_line_if_fits(button_width(quick));
    if (button(quick.c_str(), false)) open_quick_check(state);
  } else {
    std::string resume = "继续“" + name + "”的自评##继续上次的自评";
    // A name too long for one button (a phone) is said under the buttons instead.
    const float room = ImGui::GetContentRegionAvail().x - 2.0f * ImGui::GetStyle().FramePadding.x;
    const bool fits = !name.empty() && ImGui::CalcTextSize(resume.c_str(), nullptr, true).x <= room;
    if (!fits) resume = "继续上次的自评";
    if (button(resume.c_str(), true)) go_on(state);
    if (!fits && !name.empty()) long_name = name;
    if (!narrow_layout()) ImGui::SameLine();
    if (button("开始新的自评", false)) state.confirm_new = true;
  }
  if (!narrow_layout()) ImGui::SameLine();
  if (button("打开自评文件", false)) state.requests.open_file = true;
  if (!document_is_blank(state)) {
    if (!narrow_layout()) same_line_if_fits(button_width(quick));
    if (button(quick.c_str(), false)) open_quick_check(state);
  }
  if (!long_name.empty()) ImGui::TextWrapped("本浏览器中保存的自评：%s", long_name.c_str());
  muted_text("只想先知道能申报哪一类？“快速自测”只问 " + std::to_string(state.standard->quick_check.size()) +
             " 个最关键的问题，回答会带进完整自评。");
  if (document_is_blank(state)) {
    muted_text("“打开自评文件”用于继续以前保存的 .json 自评文件。");
  } else {
    muted_text("本浏览器中保存着上次的自评，可以继续填写。“开始新的自评”会清空它：关闭页面前可点击“撤销”找回，"
               "之后就找不回了，如需保留请先“保存文件”。“打开自评文件”用于打开以前保存的 .json 自评文件。");
  }
}

void standard_in_force(AppState& state) {
  const sx::Standard& standard = *state.standard;
  const std::string& title = standard.measures_title.empty() ? standard.title : standard.measures_title;
  subheading("现行认定办法");
  ImGui::TextWrapped("%s", (standard.document + "《" + title + "》").c_str());
  muted_text(chinese_date(standard.issued) + "印发，自发布之日起试行（第十八条）。");
  ImGui::TextWrapped(
      "办法附有两张认定标准评分表，企业按生产方式选用其中一张自评：");
  muted_text("表1 离散型：产品由零部件加工、装配而成，如机械、汽车、电子、纺织服装、家具；");
  muted_text("表2 流程型：原料经过连续的物理、化学变化制成产品，如纺纱印染、化工、化纤、冶金、建材、造纸、医药、食品。");
  muted_text("在“企业与项目”中选择所属行业后，工具会建议用哪一张表。");
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
  // Bureau staff look for their entry where the page starts (a newcomer found it only at the foot).
  if (link("区、县（市）和市经信局审核企业提交的材料：打开审核台", "开始 · 打开审核台")) open_desk(state);
  standard_in_force(state);
  task_list(state);
  // The bureau's own entry, last: enterprises come for the assessment above.
  ImGui::Spacing();
  subheading("主管部门审核");
  muted_text("区、县（市）经信局和市经信局可在审核台一次打开多家企业提交的自评文件，查看认定结果和须核查的问题，"
             "导出申报汇总表。文件只在本浏览器中读取，不会上传。");
  if (secondary_button("打开审核台##start.desk")) open_desk(state);
}

}  // namespace sx_app
