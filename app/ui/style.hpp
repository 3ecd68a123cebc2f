#pragma once

namespace sx_app {
// Colours and spacing for a light, document-like look; sizes are CSS pixels.
void apply_style(float dpr);
}
