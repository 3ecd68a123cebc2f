// Carries out what the views asked of the browser: file picker, downloads, the print view, and
// a new text size or theme chosen on the toolbar.
#include <ctime>
#include <string>

#include "bridge.hpp"
#include "runtime.hpp"
#include "csv_report.hpp"
#include "result_summary.hpp"
#include "review_file.hpp"
#include "review_sheet.hpp"
#include "summary_xlsx.hpp"
#include "sx/draft.hpp"

namespace sx_app {

namespace {
// A file name from the enterprise's name: characters file systems refuse are dropped.
std::string file_stem(const AppState& state) {
  std::string name = state.document().enterprise_text("name");
  std::string stem;
  for (const char c : name) {
    if (std::string("/\\:*?\"<>|\r\n\t").find(c) == std::string::npos) stem += c;
  }
  return stem.empty() ? std::string("智能化改造自评") : stem + "-智能化改造自评";
}
std::string today() {
  const std::time_t now = std::time(nullptr);
  char buffer[16];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%d", std::localtime(&now));
  return buffer;
}

std::tm local_now() {
  const std::time_t now = std::time(nullptr);
  return *std::localtime(&now);
}

// 审核台's downloads: the 申报汇总表 of the rows shown, and the CSV of every file.
void desk_downloads(AppState& state) {
  DeskState& desk = state.desk;
  if (!desk.review) return;
  const std::tm now = local_now();
  char stamp[16];
  std::strftime(stamp, sizeof stamp, "%Y%m%d", &now);
  if (state.requests.desk_download_xlsx) {
    const auto bytes = sx_review::summary_xlsx(*desk.review, desk_order(desk), now.tm_year + 1900, now.tm_mon + 1,
                                               now.tm_mday);
    desk.last_download = std::string("申报汇总表-") + stamp + ".xlsx";
    sx_js_download(desk.last_download.c_str(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                   bytes.data(), static_cast<int>(bytes.size()));
  }
  if (state.requests.desk_download_sheet) {
    char date[16];
    std::strftime(date, sizeof date, "%Y-%m-%d", &now);
    const auto bytes = sx::render_docx(sx_review::review_sheet(*desk.review, desk_order(desk), date));
    desk.last_download = std::string("审核情况表-") + stamp + ".docx";
    sx_js_download(desk.last_download.c_str(), "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                   bytes.data(), static_cast<int>(bytes.size()));
  }
  if (state.requests.desk_download_review) {
    const std::string text = sx_review::review_file(*desk.review);
    desk.last_download = std::string("审核记录-") + stamp + ".json";
    sx_js_download(desk.last_download.c_str(), "application/json", text.data(), static_cast<int>(text.size()));
  }
  if (state.requests.desk_download_csv) {
    const std::string text = sx_review::review_csv(*desk.review);
    desk.last_download = std::string("审核汇总-") + stamp + ".csv";
    sx_js_download(desk.last_download.c_str(), "text/csv;charset=utf-8", text.data(), static_cast<int>(text.size()));
  }
}

sx::DraftApplication draft(const AppState& state) {
  return sx::build_draft(*state.standard, state.document(), state.evaluation(), today());
}
}  // namespace

void perform_requests(Runtime& rt) {
  Requests& requests = rt.state.requests;
  if (requests.open_file) sx_js_open_file_picker();
  if (requests.desk_pick_files || requests.desk_pick_folder) sx_js_pick_batch(requests.desk_pick_folder ? 1 : 0);
  if (requests.desk_pick_revoked) sx_js_pick_revoked();
  if (requests.desk_pick_review) sx_js_pick_review();
  desk_downloads(rt.state);
  if (requests.download_json) {
    const std::string text = sx::serialise(rt.state.document());
    rt.state.last_download = file_stem(rt.state) + ".json";
    rt.state.last_download_revision = rt.state.model.revision();
    sx_js_download(rt.state.last_download.c_str(), "application/json", text.data(), static_cast<int>(text.size()));
  }
  if (requests.download_docx) {
    const auto bytes = sx::render_docx(draft(rt.state));
    rt.state.last_download = file_stem(rt.state) + "-申报书草稿.docx";
    rt.state.last_download_revision = rt.state.model.revision();
    sx_js_download(rt.state.last_download.c_str(),
                   "application/vnd.openxmlformats-officedocument.wordprocessingml.document", bytes.data(),
                   static_cast<int>(bytes.size()));
  }
  if (requests.print_view) {
    if (!sx_js_open_page(sx::render_html(draft(rt.state)).c_str())) {
      Notice notice;
      notice.key = "popup";
      notice.level = NoticeLevel::Warning;
      notice.title = "浏览器阻止了打印页的弹出窗口。请允许本网站弹出窗口后再点击“打印 / 另存 PDF”。";
      set_notice(rt.state, std::move(notice));
    }
  }
  if (requests.result_picture) {
    const AppState& state = rt.state;
    const ResultSummary summary = summarise(*state.standard, state.document(), state.evaluation(), today());
    const std::string name = file_stem(state) + "-结果长图.png";
    sx_js_result_picture(to_json(summary).dump().c_str(), name.c_str());
  }
  settle_tab_conflict(rt);
  requests = Requests{};
  keep_display(rt);
}

}  // namespace sx_app
