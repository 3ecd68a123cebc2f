#include "imgui.h"
#include "sx/credit_code.hpp"
#include "views.hpp"
#include "widgets.hpp"

namespace sx_app {

namespace {
void enterprise_text(AppState& state, const sx::Field& field, float width) {
  std::string value = state.document.enterprise_text(field.key);
  ImGui::PushID(field.key.c_str());
  ImGui::TextUnformatted(field.label.c_str());
  if (text_field(("##enterprise." + field.key).c_str(), value, width)) {
    state.document.set_enterprise_text(field.key, value);
    document_changed(state);
  }
  ImGui::PopID();
}

void district_combo(AppState& state, float width) {
  const std::string current = state.document.enterprise_text("district");
  std::string shown = "请选择";
  for (const auto& d : state.standard->districts) {
    if (d.key == current) shown = d.label;
  }
  ImGui::TextUnformatted("所在区、县（市）");
  ImGui::SetNextItemWidth(width);
  if (ImGui::BeginCombo("##enterprise.district", shown.c_str())) {
    for (const auto& d : state.standard->districts) {
      if (ImGui::Selectable(d.label.c_str(), d.key == current)) {
        state.document.set_enterprise_text("district", d.key);
        document_changed(state);
      }
    }
    ImGui::EndCombo();
  }
}

void type_choice(AppState& state) {
  ImGui::TextUnformatted("企业类型（决定使用表1或表2评分）");
  for (const auto& table : state.standard->tables) {
    const std::string label = table.label + "（" + table.number + "）";
    if (radio(label.c_str(), state.document.type() == table.type) &&
        state.document.type() != table.type) {
      state.document.set_type(table.type);
      // Answers belong to one table; the other table's ids mean different items.
      for (const auto& section : state.standard->table(table.type == "discrete" ? "process" : "discrete")->sections) {
        for (const auto& item : section.items) state.document.erase_answer(item.id);
      }
      document_changed(state);
    }
    ImGui::SameLine();
  }
  ImGui::NewLine();
}
}  // namespace

void draw_enterprise_form(AppState& state) {
  if (!ImGui::CollapsingHeader("企业基本情况", ImGuiTreeNodeFlags_DefaultOpen)) return;
  const float width = narrow_layout() ? -1.0f : 420.0f;
  ImGui::PushID("enterprise");
  for (const auto& field : state.standard->enterprise_fields) {
    if (field.key == "district") {
      district_combo(state, width);
      continue;
    }
    enterprise_text(state, field, width);
    if (field.key == "credit_code") {
      const std::string code = state.document.enterprise_text("credit_code");
      if (!code.empty() && sx::check_credit_code(code) != sx::CreditCodeProblem::None) {
        ImGui::TextColored(ImVec4(0.75f, 0.1f, 0.1f, 1.0f), "统一社会信用代码有误：应为 18 位且校验位正确");
      }
    }
  }
  type_choice(state);
  ImGui::PopID();
}

}  // namespace sx_app
