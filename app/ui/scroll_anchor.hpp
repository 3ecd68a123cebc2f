#pragma once
// Scroll anchoring (CSS's overflow-anchor) for the screens' scrolling area: what the user last
// pressed or typed in stays where it was when something above it grows or shrinks — a notice
// appearing at the top of the screen, a note line inserted over an item's boxes, a summary line
// that wraps differently. Without it the next tap lands on whatever moved under the finger.
// Call after end_widget_frame(): it compares this frame's log (widget_log.hpp) with the last one.
// True when it scrolled the area to put the widget back; draw the frame again (and call this again)
// before showing it, so the shifted frame never reaches the screen.
namespace sx_app {

bool keep_anchor_in_place();
// This frame's move is meant (a view that takes the user elsewhere, to what their tap opened):
// the widget is not put back.
void let_go_of_anchor();

}  // namespace sx_app
