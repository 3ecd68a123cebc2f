// Screen addresses (app/views/route.hpp): what each screen is called in the URL, and what an
// address opens. The browser side is tests/browser/routes.test.mjs.
#include <gtest/gtest.h>

#include "route.hpp"
#include "screens.hpp"

// ImGui's assertions are on in the native build (tests/app/imconfig_test.h).
void sx_imgui_assert_failed(const char* expr, const char* file, int line) {
  ADD_FAILURE() << file << ":" << line << ": IM_ASSERT(" << expr << ")";
}

namespace {

TEST(Route, EveryScreenHasAnAddressThatOpensIt) {
  for (const auto& screen : sx_app::screens()) {
    SCOPED_TRACE(screen.id);
    sx_app::AppState state;
    sx_app::show_screen(state, screen.id);
    const std::string route = sx_app::route_of(state);
    EXPECT_EQ(route, std::string(screen.id) == "start" ? "/" : "/" + std::string(screen.id));
    sx_app::AppState other;
    sx_app::show_screen(other, "export");
    EXPECT_TRUE(sx_app::follow_route(other, route));
    EXPECT_EQ(other.screen, screen.id);
  }
}

TEST(Route, AnArticleOfThePolicyHasItsOwnAddress) {
  sx_app::AppState state;
  EXPECT_TRUE(sx_app::follow_route(state, "/policy/第八条"));
  EXPECT_EQ(state.screen, "policy");
  EXPECT_EQ(state.policy.anchor, "第八条");  // the screen scrolls to it when drawn
  state.policy.article = "第八条";            // as draw_policy records the passage it landed on
  EXPECT_EQ(sx_app::route_of(state), "/policy/第八条");
  sx_app::show_screen(state, "modes");
  EXPECT_EQ(sx_app::route_of(state), "/modes");
  EXPECT_TRUE(state.policy.article.empty());
}

TEST(Route, AnAddressThatNamesNothingChangesNothing) {
  for (const char* route : {"", "modes", "/nowhere", "/modes/第八条", "/policy/", "//"}) {
    SCOPED_TRACE(route);
    sx_app::AppState state;
    sx_app::show_screen(state, "score");
    const bool followed = sx_app::follow_route(state, route);
    if (std::string(route) == "/policy/") {
      EXPECT_TRUE(followed);  // the policy screen with no article
      EXPECT_EQ(state.screen, "policy");
      continue;
    }
    EXPECT_FALSE(followed);
    EXPECT_EQ(state.screen, "score");
  }
}

// 快速自测 is not one of the steps but has its address (issue 17): opened there at its first
// question, left for any screen's address.
TEST(Route, TheQuickCheckHasItsAddress) {
  sx_app::AppState state;
  sx_app::show_screen(state, "score");
  EXPECT_TRUE(sx_app::follow_route(state, "/quick"));
  EXPECT_TRUE(state.quick.open);
  EXPECT_EQ(state.quick.question, 0u);
  EXPECT_EQ(sx_app::route_of(state), "/quick");
  state.quick.question = 3;
  EXPECT_TRUE(sx_app::follow_route(state, "/quick"));
  EXPECT_EQ(state.quick.question, 3u) << "the same address again starts it over";
  EXPECT_FALSE(sx_app::follow_route(state, "/quick/3"));
  EXPECT_TRUE(state.quick.open);
  EXPECT_TRUE(sx_app::follow_route(state, "/score"));
  EXPECT_FALSE(state.quick.open);
  EXPECT_EQ(sx_app::route_of(state), "/score");
  EXPECT_TRUE(sx_app::follow_route(state, "/quick"));
  EXPECT_TRUE(sx_app::follow_route(state, "/"));
  EXPECT_FALSE(state.quick.open) << "back to 开始";
  EXPECT_EQ(state.screen, "start");
}

TEST(Route, TheRootOpensStart) {
  sx_app::AppState state;
  sx_app::show_screen(state, "score");
  EXPECT_TRUE(sx_app::follow_route(state, "/"));
  EXPECT_EQ(state.screen, "start");
}

}  // namespace

namespace {

TEST(Route, TheDeskHasItsOwnAddress) {
  sx_app::AppState state;
  sx_app::show_screen(state, "score");
  EXPECT_TRUE(sx_app::follow_route(state, "/desk"));
  EXPECT_TRUE(state.desk.open);
  EXPECT_EQ(sx_app::route_of(state), "/desk");
  // The assessment's screen under it is kept: back goes there.
  EXPECT_EQ(state.screen, "score");
  EXPECT_TRUE(sx_app::follow_route(state, "/score"));
  EXPECT_FALSE(state.desk.open);
  EXPECT_EQ(sx_app::route_of(state), "/score");
  EXPECT_TRUE(sx_app::follow_route(state, "/desk"));
  EXPECT_TRUE(sx_app::follow_route(state, "/"));
  EXPECT_FALSE(state.desk.open);
  EXPECT_EQ(state.screen, "start");
}

TEST(Route, TheDeskTakesNoRowInItsAddress) {
  // A row's number is its place in one batch: an address naming it would open another file elsewhere.
  for (const char* route : {"/desk/0", "/desk/row/3"}) {
    SCOPED_TRACE(route);
    sx_app::AppState state;
    EXPECT_FALSE(sx_app::follow_route(state, route));
    EXPECT_FALSE(state.desk.open);
  }
}

}  // namespace

// The history takes an entry per screen: an article opened on 政策原文 is the same screen.
TEST(Route, AnArticleIsTheSameScreenAsItsPolicy) {
  EXPECT_TRUE(sx_app::same_screen("/policy", "/policy/第八条"));
  EXPECT_TRUE(sx_app::same_screen("/policy/第五条", "/policy/第八条"));
  EXPECT_TRUE(sx_app::same_screen("/", "/"));
  EXPECT_FALSE(sx_app::same_screen("/gaps", "/policy/第八条"));
  EXPECT_FALSE(sx_app::same_screen("/", "/policy"));
  EXPECT_FALSE(sx_app::same_screen("/policy", "/policyx"));
}
