#pragma once
// Dear ImGui platform backend for the browser, over Emscripten's html5.h events: mouse, touch
// (tap = click, drag = scroll), wheel, keys, canvas size × devicePixelRatio. Text arrives from the
// page's IME bridge (ImGui_ImplHtml5_AddText), never from key events, so pinyin, paste and mobile
// keyboards all take one path. Written after imgui_impl_glfw.cpp: it fills ImGuiIO and nothing else.

// `on_input` is called after every event that ImGui should see (the app then schedules a frame);
// `gesture_end` is true for a mouse-up or a tap, which the app may render at once so that what the
// frame does (focus the IME textarea, open a file picker) still counts as a user gesture.
bool ImGui_ImplHtml5_Init(const char* canvas_selector, void (*on_input)(bool gesture_end));
void ImGui_ImplHtml5_Shutdown();
// Sizes the canvas' backing store to CSS size × devicePixelRatio and sets DisplaySize,
// DisplayFramebufferScale and DeltaTime. Returns the devicePixelRatio in use.
float ImGui_ImplHtml5_NewFrame();
// True while a press has not yet been seen by a frame or a touch gesture is under way.
bool ImGui_ImplHtml5_InputPending();
// Keys or text still queued for ImGui (a burst goes in a character or two a frame).
bool ImGui_ImplHtml5_KeysPending();
void ImGui_ImplHtml5_AddText(const char* utf8);
// A click at (x, y) CSS px that no pointer made (the accessibility mirror activating a widget):
// pressed for one frame, released in the next, then the mouse leaves so nothing stays hovered.
void ImGui_ImplHtml5_Click(float x, float y);
// A key press and release that did not come as a DOM key event (a mobile keyboard's backspace).
void ImGui_ImplHtml5_TapKey(int dom_key_code);
