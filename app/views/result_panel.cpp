#include "result_panel.hpp"

#include <algorithm>
#include <cmath>
#include <string>

#include "imgui.h"
#include "imgui_internal.h"
#include "screen_parts.hpp"
#include "status.hpp"
#include "style.hpp"
#include "type_scale.hpp"
#include "widgets.hpp"

namespace sx_app {

namespace {
void score_line(const sx::Evaluation& e) {
  muted_text("自评得分");
  ImGui::PushFont(font_of(TextSize::Score));
  ImGui::PushStyleColor(ImGuiCol_Text, palette().heading);
  const std::string score = std::to_string(e.total);
  const ImVec2 number = ImGui::CalcTextSize(score.c_str());
  const float line_top = ImGui::GetCursorPosY();
  bold_text_wrapped(score);
  ImGui::PopStyleColor();
  ImGui::PopFont();
  // "/ 100 分" on the number's baseline, in body text.
  ImGui::SameLine(0.0f, ImGui::GetStyle().ItemSpacing.x * 0.5f);
  ImGui::SetCursorPosY(ImGui::GetCursorPosY() + number.y - ImGui::GetTextLineHeight() -
                       std::floor(number.y * 0.12f));
  ImGui::TextWrapped("/ %d 分%s", e.max, e.complete ? "" : "（尚未答完）");
  // The next line starts under the number (or under the words, when they wrapped), not one shift lower.
  const float words_bottom = ImGui::GetItemRectMax().y - ImGui::GetWindowPos().y + ImGui::GetScrollY();
  ImGui::SetCursorPosY(std::max(line_top + number.y, words_bottom) + ImGui::GetStyle().ItemSpacing.y);
}

// One tag per category ("智能工厂 ✓ 符合"), side by side where they fit; a tag wider than the panel
// (a phone at large text) becomes the category's name with its verdict's tag under it.
void category_tags(AppState& state, const sx::Evaluation& e, float width) {
  bool first = true;
  for (const auto& category : state.standard->categories) {
    const sx::CategoryResult* result = e.category(category.id);
    const sx::Tri eligible = result != nullptr ? result->eligible : sx::Tri::Unknown;
    const std::string words = category.title + " " + verdict_text(eligible);
    if (tag_width(words) > width) {
      ImGui::AlignTextToFramePadding();
      ImGui::TextWrapped("%s", category.title.c_str());
      verdict_tag(eligible);
      first = true;
      continue;
    }
    if (!first) same_line_if_fits(tag_width(words));
    first = false;
    status_tag(words, tri_tag(eligible));
  }
}

void recommendation_sentence(AppState& state, const sx::Evaluation& e) {
  if (e.recommended) {
    const sx::Category* category = state.standard->category(*e.recommended);
    ImGui::TextWrapped("%s", ("按目前填写的情况，建议申报“" + category->title + "”（" + category->article +
                              "）：这是全部条件都满足的最高一类。")
                                 .c_str());
  } else {
    ImGui::TextWrapped("按目前填写的情况，还没有全部条件都满足的类别。");
  }
}
}  // namespace

void draw_result_panel(AppState& state) {
  const sx::Evaluation& e = state.evaluation();
  ImGuiWindow* window = ImGui::GetCurrentWindow();
  ImDrawList* draw = window->DrawList;
  const float pad = std::floor(scaled(12.0f));
  const ImVec2 start = ImGui::GetCursorScreenPos();
  const float right = window->WorkRect.Max.x;
  // The content first (channel 1), then its tinted box under it (channel 0) once its height is known.
  draw->ChannelsSplit(2);
  draw->ChannelsSetCurrent(1);
  ImGui::SetCursorScreenPos(ImVec2(start.x + pad, start.y + pad));
  ImGui::PushTextWrapPos(right - pad - window->Pos.x + window->Scroll.x);  // window-local, as ImGui wants
  ImGui::BeginGroup();
  score_line(e);
  category_tags(state, e, right - start.x - pad * 2.0f);
  recommendation_sentence(state, e);
  ImGui::EndGroup();
  ImGui::PopTextWrapPos();
  const float bottom = ImGui::GetItemRectMax().y + pad;
  draw->ChannelsSetCurrent(0);
  const Palette& p = palette();
  draw->AddRectFilled(start, ImVec2(right, bottom), ImGui::GetColorU32(p.result_bg), 4.0f);
  draw->AddRectFilled(start, ImVec2(start.x + std::floor(scaled(5.0f)), bottom), ImGui::GetColorU32(p.progress_fill));
  draw->ChannelsMerge();
  ImGui::SetCursorScreenPos(ImVec2(start.x, bottom));
  ImGui::Dummy(ImVec2(0.0f, 0.0f));
}

}  // namespace sx_app
