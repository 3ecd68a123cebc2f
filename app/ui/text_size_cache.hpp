#pragma once
// Wrapped text measured once per text, width and font. ImGui measures a wrapped text every frame
// before it knows whether the text is clipped (TextEx; the app's own widgets measure their labels
// the same way), so a long screen paid for every paragraph below the fold on every frame. The
// cache forgets everything when any font's glyph tables are rebuilt (a glyph joining the atlas
// changes its character's advance) and when it grows past a few screens' texts.
namespace sx_app {

// Installs the cache as ImGui's wrapped-text measure (cmake/imgui.cmake); done with the style.
void install_text_size_cache();
// For tests: measured sizes held, and whether the cache is installed at all (false measures afresh).
int text_sizes_held();
void use_text_size_cache(bool on);

}  // namespace sx_app
