#pragma once
// Dear ImGui renderer backend for WebGL 2, after imgui_impl_opengl3.cpp but for a context the app
// owns alone: it sets the state it needs and never reads state back (each glGet is a synchronous
// getParameter in the browser, ~3 ms a frame for the stock backend's save/restore). The font
// atlas is uploaded as a one-channel texture.
struct ImDrawData;

// Also after a lost context is restored: makes every GL object again (the font texture at the
// next ImGui_ImplWebGL2_UpdateFontsTexture).
bool ImGui_ImplWebGL2_Init();
void ImGui_ImplWebGL2_Shutdown();
void ImGui_ImplWebGL2_RenderDrawData(ImDrawData* draw_data);
// (Re)uploads the atlas after ImFontAtlas::Build().
void ImGui_ImplWebGL2_UpdateFontsTexture();
