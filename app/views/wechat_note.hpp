#pragma once
// WeChat's in-app browser saves no file the page downloads (Word, PDF, JSON, Excel) and keeps its
// own storage, apart from the phone's browser. Where that matters the screens say so, once, with
// the way out: 右上角“···” → 在浏览器打开.
#include "app_state.hpp"

namespace sx_app {

// On 开始: the quick check and the result picture work here; a full assessment ends in a Word
// file, so it is better begun in a browser (what is typed here does not go with the page).
void wechat_start_note(const AppState& state);
// Beside buttons that download: they save nothing here.
void wechat_download_note(const AppState& state);

}  // namespace sx_app
