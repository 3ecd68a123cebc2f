#include "fields.hpp"
#include "imgui.h"
#include "screens.hpp"
#include "widgets.hpp"

namespace sx_app {

void draw_gaps(AppState& state) {
  (void)state;
  muted_text("（建设中）");
}

}  // namespace sx_app
