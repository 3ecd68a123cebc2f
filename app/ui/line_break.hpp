#pragma once
// Chinese line-breaking rules (禁则) for ImGui's word wrap: a line does not start with closing
// punctuation (，。、；：？！）》」』】” …) and does not end with opening punctuation (（《「『【“ …).
// ImGui 1.86 cuts a run of Chinese wherever the width runs out; cmake/imgui.cmake's patch hands
// each cut to this rule, which moves it back a character or two.
namespace sx_app {

// `proposed` is where ImGui would start the next line in [line, end); returns where it should,
// never before line + 1 character (a line always takes something, so wrapping ends).
const char* adjust_line_break(const char* line, const char* proposed, const char* end);

// Installs adjust_line_break as ImGui's wrap hook (done with the style, app/ui/style.cpp).
void install_line_breaking();

}  // namespace sx_app
