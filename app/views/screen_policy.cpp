// 政策原文: the measures, the annex and both tables to read and search. A link on another screen
// (article_link) sets state.policy.anchor; the passage it names scrolls into view once.
#include <string>
#include <vector>

#include "fields.hpp"
#include "imgui.h"
#include "policy_text.hpp"
#include "screen_parts.hpp"
#include "screens.hpp"
#include "style.hpp"
#include "views.hpp"
#include "widget_log.hpp"
#include "widgets.hpp"

namespace sx_app {

namespace {
constexpr std::size_t kMaxHits = 30;

// The passage a link names: the exact anchor, else the nearest enclosing one ("第五条（五）"
// falls back to 第五条); -1 when none.
int anchor_target(const std::vector<Passage>& passages, const std::string& anchor) {
  int best = -1;
  std::size_t best_length = 0;
  for (std::size_t i = 0; i < passages.size(); ++i) {
    const std::string& a = passages[i].anchor;
    if (a.empty() || anchor.compare(0, a.size(), a) != 0) continue;
    if (a.size() == anchor.size()) return static_cast<int>(i);
    if (a.size() > best_length) {
      best = static_cast<int>(i);
      best_length = a.size();
    }
  }
  return best;
}

bool matches(const Passage& p, const std::string& query) {
  return !query.empty() && (find_in(p.lead + p.text, query) != std::string::npos ||
                            find_in(p.anchor, query) != std::string::npos);
}

// Which passages hold the query: worked out when the query changes, not in every frame.
const std::vector<char>& hits_of(const std::vector<Passage>& passages, const std::string& query) {
  static const std::vector<Passage>* for_passages = nullptr;
  static std::string for_query;
  static std::vector<char> hit;
  if (for_passages != &passages || for_query != query || hit.size() != passages.size()) {
    for_passages = &passages;
    for_query = query;
    hit.assign(passages.size(), 0);
    for (std::size_t i = 0; i < passages.size(); ++i) hit[i] = matches(passages[i], query) ? 1 : 0;
  }
  return hit;
}

std::string where(const Passage& passage) {
  if (passage.kind == Passage::Kind::Title || passage.kind == Passage::Kind::Heading) return passage.text;
  return passage.anchor;
}

// The search box and the list of hits, each a way to its passage.
void search(AppState& state, const std::vector<Passage>& passages) {
  ImGui::TextUnformatted("在原文中查找");
  text_field("##policy.query", state.policy.query, narrow_layout() ? -1.0f : scaled(420.0f));
  if (state.policy.query.empty()) {
    muted_text("输入词语（如“数控化率”“MES”“第七条”），可找到提到它的条款和评分项。");
    return;
  }
  const std::vector<char>& hit = hits_of(passages, state.policy.query);
  std::vector<std::size_t> hits;
  for (std::size_t i = 0; i < passages.size(); ++i) {
    if (hit[i]) hits.push_back(i);
  }
  if (hits.empty()) {
    ImGui::TextWrapped("原文中没有找到“%s”。", state.policy.query.c_str());
    return;
  }
  ImGui::TextWrapped("找到 %d 处%s（下文中以黄色标出）：", static_cast<int>(hits.size()),
                     hits.size() > kMaxHits ? "，先列出前 30 处" : "");
  ImGui::PushID("hits");
  for (std::size_t n = 0; n < hits.size() && n < kMaxHits; ++n) {
    const Passage& p = passages[hits[n]];
    const std::size_t at = find_in(p.text, state.policy.query);
    ImGui::PushID(static_cast<int>(hits[n]));
    ImGui::Bullet();
    ImGui::TextWrapped("%s：%s", where(p).c_str(),
                       excerpt(p.text, at == std::string::npos ? 0 : at, 90).c_str());
    ImGui::Indent();
    if (ImGui::SmallButton(("跳到此处##" + p.anchor + " · 跳到此处").c_str())) state.policy.anchor = p.anchor;
    note_last_item(("跳到此处##" + p.anchor + " · 跳到此处").c_str());
    ImGui::Unindent();
    ImGui::PopID();
  }
  ImGui::PopID();
}

// Each passage's height as last laid out, valid for the width and font it was laid out with: a
// passage out of view is stepped over by its height instead of being wrapped again (wrapping the
// whole text took 10–15 ms a frame).
struct Heights {
  float width = 0.0f;
  float font_size = 0.0f;
  const ImFont* font = nullptr;
  int glyphs = 0;  // the lazily loaded glyphs change widths
  std::vector<float> of;
};

Heights& heights_for(std::size_t count) {
  static Heights heights;
  const float width = ImGui::GetContentRegionAvail().x;
  const ImFont* font = ImGui::GetFont();
  if (heights.width != width || heights.font_size != ImGui::GetFontSize() || heights.font != font ||
      heights.glyphs != font->Glyphs.Size || heights.of.size() != count) {
    heights = Heights{width, ImGui::GetFontSize(), font, font->Glyphs.Size, std::vector<float>(count, 0.0f)};
  }
  return heights;
}

// A passage out of view: its space, and its words for the accessibility mirror.
void step_over(const Passage& p, float height) {
  ImGui::Dummy(ImVec2(ImGui::GetContentRegionAvail().x, height - ImGui::GetStyle().ItemSpacing.y));
  switch (p.kind) {
    case Passage::Kind::Title: note_item_text(p.text, TextRole::Title); break;
    case Passage::Kind::Heading: note_item_text(p.text, TextRole::Heading); break;
    case Passage::Kind::Note: note_item_text(p.text); break;
    case Passage::Kind::Text:
      if (!p.lead.empty()) note_item_text(p.lead);
      note_item_text(p.text);
      break;
  }
}

void passage_text(const Passage& p) {
  switch (p.kind) {
    case Passage::Kind::Title: heading(p.text); break;
    case Passage::Kind::Heading: subheading(p.text); break;
    case Passage::Kind::Note: muted_text(p.text); break;
    case Passage::Kind::Text:
      if (!p.lead.empty()) {
        // The number, then the text with a hanging indent (ImGui wraps at spaces).
        ImGui::TextUnformatted(p.lead.c_str());
        ImGui::SameLine();
      }
      ImGui::TextWrapped("%s", p.text.c_str());
      break;
  }
}

// A passage, tinted (`tint` not 0) for a search hit or a link's target: the tint goes on a
// channel below the text.
void draw_passage(const Passage& p, ImU32 tint) {
  if (tint == 0) {
    passage_text(p);
    return;
  }
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->ChannelsSplit(2);
  draw->ChannelsSetCurrent(1);
  const ImVec2 start = ImGui::GetCursorScreenPos();
  ImGui::BeginGroup();
  passage_text(p);
  ImGui::EndGroup();
  const ImVec2 end = ImGui::GetItemRectMax();
  draw->ChannelsSetCurrent(0);
  const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
  draw->AddRectFilled(ImVec2(start.x - 4.0f, start.y - 2.0f), ImVec2(right, end.y + 2.0f),
                      tint, 3.0f);
  draw->ChannelsMerge();
}
}  // namespace

void draw_policy(AppState& state) {
  // The passage a link landed on stays tinted for a moment so the eye finds it. Screen-local and
  // purely visual, so it lives here rather than in AppState.
  static std::string landed;
  static double landed_at = -10.0;
  const std::vector<Passage>& passages = policy_passages(*state.standard);
  search(state, passages);
  ImGui::Spacing();
  ImGui::Separator();
  const int target = state.policy.anchor.empty() ? -1 : anchor_target(passages, state.policy.anchor);
  state.policy.anchor.clear();
  if (target >= 0) {
    landed = passages[static_cast<std::size_t>(target)].anchor;
    landed_at = ImGui::GetTime();
    state.policy.article = landed;
  }
  const bool show_landed = ImGui::GetTime() - landed_at < 3.0;
  const std::vector<char>& hit = hits_of(passages, state.policy.query);
  Heights& heights = heights_for(passages.size());
  ImGui::PushID("text");
  for (std::size_t i = 0; i < passages.size(); ++i) {
    const Passage& p = passages[i];
    const float known = heights.of[i];
    if (known > ImGui::GetStyle().ItemSpacing.y && static_cast<int>(i) != target &&
        !ImGui::IsRectVisible(ImVec2(heights.width, known))) {
      step_over(p, known);
      continue;
    }
    ImU32 tint = 0;
    if (hit[i]) tint = ImGui::GetColorU32(palette().match_bg);
    else if (show_landed && p.anchor == landed) tint = ImGui::GetColorU32(palette().landed_bg);
    const float top = ImGui::GetCursorPosY();
    draw_passage(p, tint);
    heights.of[i] = ImGui::GetCursorPosY() - top;
    // After the passage: SetScrollHereY aims at the last item drawn.
    if (static_cast<int>(i) == target) ImGui::SetScrollHereY(0.1f);
  }
  ImGui::PopID();
}

}  // namespace sx_app
