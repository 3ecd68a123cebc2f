#pragma once
// The accessibility mirror's side in C++: turns the widget log into changes for the page's DOM
// tree (web/mirror.js), so screen readers, the keyboard and find-in-page see what the canvas
// shows. Each element has a stable key (a widget's ImGui ID, a text's hash); only what changed
// since the last frame is sent, so a frame that changed nothing sends nothing and an idle page
// touches no DOM.
#include <string>
#include <unordered_map>
#include <vector>

#include "imgui.h"

namespace sx_app {

// A polite live announcement: the score or a category's verdict, announced when its text changes.
struct LiveStatus {
  std::string key;
  std::string text;
};

class Mirror {
 public:
  using Key = unsigned long long;  // kind << 32 | ID (mirror.cpp)
  // The changes since the last call as JSON ({windows?, set?, order?, live?}), or "" when none.
  std::string changes(const std::vector<LiveStatus>& live);
  // Everything again on the next call (the page lost its tree).
  void reset();

 private:
  std::vector<Key> keys_;      // the last frame's elements, in order
  std::vector<unsigned long long> hashes_;  // and what each showed
  std::vector<ImVec4> rects_;  // where each of keys_ was last sent
  std::vector<long> window_numbers_;  // the windows as last sent
  std::unordered_map<ImGuiID, ImVec2> extents_;  // how far each window's content reached, as last sent
  std::string window_names_;
  std::string live_;
};

}  // namespace sx_app
