#pragma once
// What a screen reader hears when it changes, whatever the screen: the score and the three
// categories' verdicts (the mirror announces a line when its text changes, never every frame).
#include <vector>

#include "app_state.hpp"
#include "mirror.hpp"

namespace sx_app {

std::vector<LiveStatus> live_status(const AppState& state);

}  // namespace sx_app
