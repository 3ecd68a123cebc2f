#pragma once
// Addresses for what the user is looking at, so that an article can link to a screen, the
// browser's back and forward buttons move between screens, and a reload stays where it was:
// "/" (开始), "/modes", "/policy/第八条", "/desk" (审核台). The page keeps them in its URL's fragment (#/modes).
#include <string>
#include <string_view>

#include "app_state.hpp"

namespace sx_app {

std::string route_of(const AppState& state);
// Opens what an address names (a screen; on 政策原文 an article or passage). False, with nothing
// changed, for an address that names nothing here.
bool follow_route(AppState& state, std::string_view route);
// Whether two addresses are the same screen ("/policy" and "/policy/第八条"): the page's history
// takes a new entry per screen, so Back leaves a screen in one step.
bool same_screen(std::string_view a, std::string_view b);

}  // namespace sx_app
