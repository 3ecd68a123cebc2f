#include "status.hpp"

#include "imgui.h"
#include "screen_parts.hpp"
#include "style.hpp"
#include "widget_log.hpp"
#include "widgets.hpp"

namespace sx_app {

const char* tri_mark(sx::Tri state) {
  return state == sx::Tri::True ? "✓" : state == sx::Tri::False ? "×" : "?";
}

Tag tri_tag(sx::Tri state) {
  return state == sx::Tri::True ? Tag::Done : state == sx::Tri::False ? Tag::Fail : Tag::Pending;
}

void verdict_tag(sx::Tri state) { status_tag(verdict_text(state), tri_tag(state)); }

void status_line(sx::Tri state, const std::string& text) {
  verdict_tag(state);
  ImGui::SameLine();
  ImGui::AlignTextToFramePadding();
  ImGui::TextWrapped("%s", text.c_str());
}

Tag progress_tag_kind(Progress progress) {
  switch (progress) {
    case Progress::Done:
    case Progress::Ready: return Tag::Done;
    case Progress::InProgress:
    case Progress::Check: return Tag::Pending;
    default: return Tag::None;
  }
}

void progress_tag(Progress progress) { status_tag(progress_label(progress), progress_tag_kind(progress)); }

void warning_line(const std::string& text) {
  ImGui::PushStyleColor(ImGuiCol_Text, palette().warning);
  ImGui::TextWrapped("%s", text.c_str());
  ImGui::PopStyleColor();
}

void field_warning(const std::string& text) {
  mark_next_text(TextRole::Error);
  warning_line(text);
}

void field_finding(const sx::Evaluation& evaluation, const std::string& path) {
  if (const sx::Message* finding = evaluation.warning_at(path)) field_warning(finding->zh);
}

}  // namespace sx_app
