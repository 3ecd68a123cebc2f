// 审核台's charts (desk_views.hpp): the counts of review_charts.hpp drawn as plain bars, each bar
// also a text for the mirror, so a screen reader reads the numbers the bars show.
#include <algorithm>
#include <string>
#include <vector>

#include "desk_views.hpp"
#include "imgui.h"
#include "review_charts.hpp"
#include "style.hpp"
#include "views.hpp"
#include "widget_log.hpp"
#include "widgets.hpp"

namespace sx_app {

namespace {

ImU32 colour(const ImVec4& c) { return ImGui::ColorConvertFloat4ToU32(c); }

std::string files(int count) { return std::to_string(count) + " 份"; }

// Horizontal bars, one a line: the label, the bar (as long as its share of the largest) and the
// count. A label too long for a third of the line goes above its bar (a phone).
void bar_chart(const std::string& title, const std::vector<sx_review::ChartBar>& bars) {
  ImGui::Spacing();
  ImGui::TextUnformatted(title.c_str());
  // At most about forty characters wide: bars across a whole desktop screen put the count far
  // from its label, and a short bar of a long chart reads as nothing.
  const float avail = std::min(ImGui::GetContentRegionAvail().x, ImGui::GetFontSize() * 40.0f);
  const float gap = ImGui::GetStyle().ItemInnerSpacing.x;
  float label_width = 0.0f;
  int largest = 1;
  for (const auto& bar : bars) {
    label_width = std::max(label_width, ImGui::CalcTextSize(bar.label.c_str()).x);
    largest = std::max(largest, bar.count);
  }
  const bool stacked = label_width > avail / 3.0f;
  const float count_width = ImGui::CalcTextSize(files(largest).c_str()).x;
  const float bar_left = stacked ? 0.0f : label_width + gap;
  const float bar_room = std::max(avail - bar_left - gap - count_width, 1.0f);
  const float line = ImGui::GetTextLineHeight();
  const float height = (stacked ? 2.0f * line : line) + ImGui::GetStyle().ItemSpacing.y;
  const Palette& p = palette();
  for (const auto& bar : bars) {
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImGui::Dummy(ImVec2(avail, height));
    note_item_text(bar.label + "：" + files(bar.count));
    if (!ImGui::IsItemVisible()) continue;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddText(at, colour(p.text), bar.label.c_str());
    const float top = at.y + (stacked ? line : 0.0f);
    const float length = bar_room * static_cast<float>(bar.count) / static_cast<float>(largest);
    if (bar.count > 0) {
      draw->AddRectFilled(ImVec2(at.x + bar_left, top + line * 0.15f),
                          ImVec2(at.x + bar_left + std::max(length, 2.0f), top + line * 0.85f), colour(p.progress_fill));
    }
    draw->AddText(ImVec2(at.x + bar_left + length + gap, top), colour(p.text), files(bar.count).c_str());
  }
}

// One category's totals per band: a column per band, its count above it and the band below.
void score_chart(const sx_review::ScoreSpread& spread, const std::vector<sx_review::ScoreBand>& bands, float width) {
  ImGui::BeginGroup();
  ImGui::TextUnformatted((spread.label + "（" + files(spread.files) + "）").c_str());
  const float line = ImGui::GetTextLineHeight();
  const float plot = line * 4.0f;
  const float column = width / static_cast<float>(bands.size());
  int largest = 1;
  for (const int count : spread.per_band) largest = std::max(largest, count);
  const Palette& p = palette();
  for (std::size_t b = 0; b < bands.size(); ++b) {
    if (b > 0) ImGui::SameLine(0.0f, 0.0f);
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImGui::Dummy(ImVec2(column, plot + 2.0f * line));
    const int count = spread.per_band[b];
    note_item_text(bands[b].label + " 分：" + files(count));
    if (!ImGui::IsItemVisible()) continue;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float base = at.y + line + plot;
    const float tall = plot * static_cast<float>(count) / static_cast<float>(largest);
    const float inset = column * 0.2f;
    if (count > 0) draw->AddRectFilled(ImVec2(at.x + inset, base - tall), ImVec2(at.x + column - inset, base), colour(p.progress_fill));
    draw->AddLine(ImVec2(at.x, base), ImVec2(at.x + column, base), colour(p.border));
    const std::string number = std::to_string(count);
    const float number_width = ImGui::CalcTextSize(number.c_str()).x;
    draw->AddText(ImVec2(at.x + (column - number_width) * 0.5f, base - tall - line), colour(p.text), number.c_str());
    const float band_width = ImGui::CalcTextSize(bands[b].label.c_str()).x;
    draw->AddText(ImVec2(at.x + (column - band_width) * 0.5f, base), colour(p.muted), bands[b].label.c_str());
  }
  ImGui::EndGroup();
}

}  // namespace

void desk_charts(AppState& state, const std::vector<std::size_t>& order) {
  DeskState& desk = state.desk;
  ImGui::Spacing();
  if (!ImGui::CollapsingHeader("统计图##desk.charts", tap_tree_flags() | ImGuiTreeNodeFlags_DefaultOpen)) return;
  note_last_item("统计图##desk.charts");
  const sx_review::ReviewCharts charts = sx_review::review_charts(desk.review->rows(), order, desk.review->standard());
  std::string scope = "按当前筛选显示的 " + files(charts.files) + "文件统计";
  // "重复" alone read as the duplicate flag (one enterprise, several applications), whose files the
  // bars do count; what is left out is a file that could not be read or is the very same
  // application handed in again (a copy, or a draft beside its .json), already counted once.
  if (charts.unreadable > 0) {
    scope += "（其中 " + files(charts.unreadable) + "无法读取，或是已计入的同一份申报再次提交，不计入图中）";
  }
  muted_text(scope + "。改变筛选，图随之改变。");
  if (charts.files == charts.unreadable) return;

  bar_chart("各申报类别的文件数（按企业申报的类别计，不论是否符合）", charts.by_category);
  bar_chart("各区、县（市）的文件数", charts.by_district);

  ImGui::Spacing();
  ImGui::TextUnformatted("各申报类别的总分分布（分）");
  // Small charts side by side while they fit, one under another on a phone.
  const float gap = ImGui::GetStyle().ItemSpacing.x * 4.0f;
  const float avail = ImGui::GetContentRegionAvail().x;
  float width = 0.0f;
  for (const auto& band : charts.bands) width = std::max(width, ImGui::CalcTextSize(band.label.c_str()).x);
  width = std::min((width + ImGui::GetFontSize()) * static_cast<float>(charts.bands.size()), avail);
  const int per_line = std::max(1, static_cast<int>((avail + gap) / (width + gap)));
  int placed = 0;
  for (const auto& spread : charts.scores) {
    if (spread.files == 0) continue;
    if (placed % per_line != 0) ImGui::SameLine(0.0f, gap);
    score_chart(spread, charts.bands, width);
    ++placed;
  }
}

}  // namespace sx_app
