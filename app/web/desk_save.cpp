// 审核台's autosave: the review (files, decisions, comments, revoked codes: review_file.hpp) kept in
// localStorage apart from the user's own assessment, so a reload or a closed tab loses no
// decision. Written a moment after the last change (a batch of a thousand files is one save),
// and at once when the page is hidden or closed. A review too large for the browser's storage says
// so on the desk, which offers 保存审核文件 instead.
#include <emscripten/emscripten.h>
#include <emscripten/eventloop.h>

#include <cstdlib>
#include <ctime>

#include <string>
#include <vector>

#include "bridge.hpp"
#include "desk_state.hpp"
#include "review_file.hpp"
#include "runtime.hpp"

namespace sx_app {

namespace {
constexpr const char* kReviewKey = "sx-retrofit.review.v1";
constexpr const char* kViewKey = "sx-retrofit.review-view.v1";  // the table's sort (desk_view_text)
constexpr double kDeskSaveDelayMs = 800;
bool desk_save_pending = false;
int desk_saved_revision = 0;
}  // namespace

void save_desk(Runtime& rt) {
  DeskState& desk = rt.state.desk;
  if (desk.revision == desk_saved_revision) return;
  const std::string text = desk.review ? sx_review::review_file(*desk.review) : std::string();
  const int result = sx_js_storage_set(kReviewKey, text.c_str());
  if (result == 0) {
    desk_saved_revision = desk.revision;
    desk.save_problem.clear();
  } else {
    desk.save_problem = result == 1 ? "浏览器的存储空间已满，审核台的内容未能自动保存。请点击“保存审核文件”保存到电脑。"
                                    : "浏览器不允许保存数据（如无痕模式），审核台的内容不会自动保存。请点击“保存审核文件”保存到电脑。";
    desk_saved_revision = desk.revision;  // tried; the next change tries again
  }
}

// The table's sort, written when it changes (a header click): a reload shows the table as it was.
void keep_desk_view(Runtime& rt) {
  static bool sorted = false;
  static sx_review::SortKey sort;
  const DeskState& desk = rt.state.desk;
  if (desk.sorted == sorted && (!sorted || (desk.sort.by == sort.by && desk.sort.descending == sort.descending))) return;
  sorted = desk.sorted;
  sort = desk.sort;
  sx_js_storage_set(kViewKey, desk_view_text(desk, *rt.state.new_standard).c_str());  // tried once: a view is not work
}

void schedule_desk_save(Runtime& rt) {
  keep_desk_view(rt);
  if (desk_save_pending || rt.state.desk.revision == desk_saved_revision) return;
  desk_save_pending = true;
  emscripten_set_timeout(
      [](void*) {
        desk_save_pending = false;
        Runtime& now = runtime();
        // While a batch is being read, each save wrote every file read so far (a few hundred ms
        // each, five in a batch of a thousand): the batch is saved once, when it has all come.
        if (desk_reading(now.state.desk)) {
          schedule_desk_save(now);
          return;
        }
        save_desk(now);
      },
      kDeskSaveDelayMs, nullptr);
}

void restore_desk(Runtime& rt) {
  DeskState& desk = rt.state.desk;
  // The review year (第十四条 counts back from it): this one's, for every review the page makes.
  const std::time_t now = std::time(nullptr);
  desk.year = std::localtime(&now)->tm_year + 1900;
  if (char* view = sx_js_storage_get(kViewKey)) {
    restore_desk_view(desk, *rt.state.new_standard, view);
    std::free(view);
  }
  char* stored = sx_js_storage_get(kReviewKey);
  if (stored == nullptr) return;
  const std::string text(stored);
  std::free(stored);
  if (text.empty()) return;
  desk.review.emplace(*rt.state.new_standard, desk.year);
  std::vector<std::string> errors;
  if (!sx_review::read_review_file(text, *desk.review, errors)) {
    // Not ours to read (a later version's): kept as it is, the desk starts empty and saves nothing
    // over it until the reviewer changes something.
    desk.review.reset();
    desk.save_problem = "浏览器中保存的审核内容无法读取：" + (errors.empty() ? std::string() : errors.front());
    return;
  }
  desk.order_stale = true;
  desk_saved_revision = desk.revision;  // what was read is what is stored
  desk.revoked_codes = desk.review->revoked().entries().size();
  if (desk.revoked_codes > 0) desk.revoked_from = "上次导入的名单";
}

}  // namespace sx_app
