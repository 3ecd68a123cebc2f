#pragma once
// Calls from C++ into the page (web/library_sx.js forwards each to window.sxBridge). Nothing
// here knows about items or scores: these are browser services.

extern "C" {
// The hidden textarea that receives IME and keyboard text: shown at the caret (CSS px) while
// ImGui wants text input, blurred otherwise.
void sx_js_ime_state(int active, unsigned field, float x, float y, float line_height);
void sx_js_set_clipboard(const char* utf8);
// localStorage: returns a malloc'd UTF-8 copy (caller frees) or nullptr when absent.
char* sx_js_storage_get(const char* key);
// 0 saved, 1 storage full, 2 storage unavailable (private mode, disabled), 3 other error.
int sx_js_storage_set(const char* key, const char* value);
// Tells the page which keys another tab's save changes (the document's and its stamp's).
void sx_js_storage_watch(const char* document_key, const char* stamp_key);
void sx_js_open_file_picker();
// 审核台: the picker for many files (or a whole folder); each file comes to sx_desk_file.
void sx_js_pick_batch(int folder);
// 审核台: the picker for a revoked list; its text comes to sx_desk_revoked.
void sx_js_pick_revoked();
// 审核台: the picker for a review file; its text comes to sx_desk_review_file.
void sx_js_pick_review();
void sx_js_download(const char* name, const char* mime, const void* data, int size);
// Opens an HTML page in a new tab (the print view); returns 0 if a popup blocker refused it.
int sx_js_open_page(const char* html);
void sx_js_load_font(int file);
void sx_js_mark(const char* name);
// The screen's address changed: the page records it in its URL (a new history entry when `push`).
void sx_js_route(const char* route, int push);
// `fallback`: some character in the frame is drawn as the fallback glyph (its font is on its way).
void sx_js_frame_done(int frame, int fallback);
// WeChat's in-app browser (its user agent says MicroMessenger): it saves no file the page downloads.
int sx_js_in_wechat();
void sx_js_ready();  // main() has set up: the page may hand over the fonts
void sx_js_fail(const char* reason);
// The result picture (结果长图): the page draws `summary_json` (app/picture/result_summary.hpp) as a
// PNG named `file_name`; on a phone it shows it to be saved by a long press, elsewhere downloads it.
// A failure comes back as sx_picture_failed.
void sx_js_result_picture(const char* summary_json, const char* file_name);
// The accessibility mirror: a frame's changes (app/ui/mirror.hpp), and ImGui's focus moving to `id`.
void sx_js_mirror(const char* changes_json);
int sx_js_mirror_focus(unsigned id);  // 0: the page has no element for it (yet)
// Calls sx_a11y_sync once no frame has been drawn for a moment (or sooner, when the page needs it).
void sx_js_mirror_later();
}
