// Carries out what the views asked of the browser: file picker, downloads, the print view.
#include <string>

#include "bridge.hpp"
#include "runtime.hpp"

namespace sx_app {

namespace {
// A file name from the enterprise's name: characters file systems refuse are dropped.
std::string file_stem(const AppState& state) {
  std::string name = state.document.enterprise_text("name");
  std::string stem;
  for (const char c : name) {
    if (std::string("/\\:*?\"<>|\r\n\t").find(c) == std::string::npos) stem += c;
  }
  return stem.empty() ? std::string("智能化改造自评") : stem + "-智能化改造自评";
}
}  // namespace

void perform_requests(Runtime& rt) {
  Requests& requests = rt.state.requests;
  if (requests.open_file) sx_js_open_file_picker();
  if (requests.download_json) {
    const std::string text = sx::serialise(rt.state.document);
    sx_js_download((file_stem(rt.state) + ".json").c_str(), "application/json", text.data(),
                   static_cast<int>(text.size()));
  }
  requests = Requests{};
}

}  // namespace sx_app
