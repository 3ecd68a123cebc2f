#include "fields.hpp"
#include "imgui.h"
#include "screens.hpp"
#include "views.hpp"
#include "widget_log.hpp"

namespace sx_app {

void article_link(AppState& state, const std::string& article) {
  // The article is the stable name: the same link drawn twice in one block needs a PushID.
  const std::string label = article + " 原文###art." + article;
  // A small button beside the text on a desktop; a whole tap target on a phone.
  if (narrow_layout() ? ImGui::Button(label.c_str()) : ImGui::SmallButton(label.c_str())) {
    // Back where the link was, as 去填写 offers (a newcomer read an article and was left there).
    const AppState::ReturnPoint from{state.screen, state.content_scroll};
    show_screen(state, "policy");
    state.policy.anchor = article;
    if (from.screen != state.screen) state.came_from = from;
  }
  note_last_item(label.c_str());
  note_last_role(Role::Link);
}

}  // namespace sx_app
