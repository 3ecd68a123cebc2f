#include "route.hpp"

#include "screens.hpp"

namespace sx_app {

namespace {
constexpr std::string_view kStart = "start";
constexpr std::string_view kPolicy = "policy";
constexpr std::string_view kQuick = "quick";  // 快速自测: its own page, not one of the steps
// 审核台: its own page, not one of the steps. A row opened read-only keeps the desk's address: a
// row's number is its place in this batch, which another session need not have.
constexpr std::string_view kDesk = "desk";
}  // namespace

std::string route_of(const AppState& state) {
  if (state.quick.open) return "/" + std::string(kQuick);
  if (state.desk.open) return "/" + std::string(kDesk);
  if (state.screen == kStart) return "/";
  std::string route = "/" + state.screen;
  if (state.screen == kPolicy && !state.policy.article.empty()) route += "/" + state.policy.article;
  return route;
}

bool same_screen(std::string_view a, std::string_view b) {
  const auto screen = [](std::string_view route) { return route.substr(0, route.find('/', 1)); };
  return screen(a) == screen(b);
}

bool follow_route(AppState& state, std::string_view route) {
  if (route.empty() || route.front() != '/') return false;
  route.remove_prefix(1);
  if (route.empty()) {
    state.desk.open = false;
    show_screen(state, std::string(kStart));
    return true;
  }
  const std::size_t slash = route.find('/');
  const std::string screen(route.substr(0, slash));
  const std::string rest = slash == std::string_view::npos ? "" : std::string(route.substr(slash + 1));
  if (screen == kQuick && rest.empty()) {
    state.desk.open = false;
    if (!state.quick.open) open_quick_check(state);
    return true;
  }
  if (screen == kDesk && rest.empty()) {
    state.quick.open = false;
    if (!state.desk.open) open_desk(state);
    return true;
  }
  if (find_screen(screen) == nullptr || (!rest.empty() && screen != kPolicy)) return false;
  state.quick.open = false;
  state.desk.open = false;
  if (screen == state.screen && rest == state.policy.article) return true;
  show_screen(state, screen);
  // The policy screen scrolls to the passage (or the nearest enclosing one) and names it.
  if (!rest.empty()) state.policy.anchor = rest;
  return true;
}

}  // namespace sx_app
