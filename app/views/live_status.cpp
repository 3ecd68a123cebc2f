#include "live_status.hpp"

#include "category_choice.hpp"
#include "screen_parts.hpp"

namespace sx_app {

std::vector<LiveStatus> live_status(const AppState& state) {
  const sx::Evaluation& evaluation = state.evaluation();
  std::vector<LiveStatus> out;
  out.push_back({"score", "评分表得分 " + std::to_string(evaluation.total) + " 分"});
  for (const auto& category : state.standard->categories) {
    const sx::CategoryResult* result = evaluation.category(category.id);
    if (result == nullptr) continue;
    out.push_back({"category." + category.id, category.title + "：" + verdict_text(result->eligible)});
  }
  // 审核台 reading a batch: its progress bar's count, said as it goes.
  if (desk_reading(state.desk)) out.push_back({"desk.reading", desk_reading_text(state.desk)});
  // 导出 Word pressed with no category: the focus goes to the choice, and why is said.
  if (state.export_wants_category && !state.document().category()) {
    out.push_back({"export.category", kChooseCategoryFirst});
  }
  // A download gives the eye no sign beyond the browser's own: said aloud too.
  if (state.download_current()) out.push_back({"download", "已下载“" + state.last_download + "”"});
  return out;
}

}  // namespace sx_app
