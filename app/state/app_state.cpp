#include "app_state.hpp"

#include <algorithm>

#include "sx/text.hpp"

namespace sx_app {

namespace {
constexpr const char* kStandard = "shaoxing-2019";
constexpr const char* kDefaultType = "discrete";
}  // namespace

AppState::AppState() : standard(sx::find_standard(kStandard)), model(*standard, kDefaultType) {}

void start_new(AppState& state) {
  state.model.replace(sx::Assessment(kStandard, state.document().type()));
  state.edits = FieldEdits{};
  state.screen = "start";
}

std::optional<sx::Assessment> read_document(AppState& state, const std::string& name,
                                            const std::string& text) {
  auto parsed = sx::parse_assessment(text);
  state.pending_import_from = parsed.migrated_from;
  if (parsed.assessment) return std::move(parsed.assessment);
  Notice notice;
  notice.level = NoticeLevel::Error;
  notice.title = "无法打开“" + name + "”：不是有效的自评文件。当前内容未改动。";
  constexpr std::size_t kShown = 20;
  for (std::size_t i = 0; i < parsed.errors.size() && i < kShown; ++i) {
    notice.lines.push_back(sx::format_message_zh(parsed.errors[i]));
  }
  if (parsed.errors.size() > kShown) {
    notice.lines.push_back("……另有 " + std::to_string(parsed.errors.size() - kShown) + " 处问题");
  }
  state.modal = std::move(notice);
  return std::nullopt;
}

void replace_document(AppState& state, sx::Assessment document) {
  state.model.replace(std::move(document));
  state.edits = FieldEdits{};
}

void report(AppState& state, const ActionResult& result) {
  if (!result.ok || result.consequences.empty()) return;
  Notice notice;
  notice.key = "consequence";
  notice.level = NoticeLevel::Info;
  notice.title = sx::join(result.consequences, "");
  set_notice(state, std::move(notice));
}

void set_notice(AppState& state, Notice notice) {
  for (auto& existing : state.notices) {
    if (existing.key == notice.key) {
      existing = std::move(notice);
      return;
    }
  }
  state.notices.push_back(std::move(notice));
}

void clear_notice(AppState& state, const std::string& key) {
  auto& list = state.notices;
  list.erase(std::remove_if(list.begin(), list.end(), [&](const Notice& n) { return n.key == key; }),
             list.end());
}

}  // namespace sx_app
