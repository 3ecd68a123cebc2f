#include "app_state.hpp"

#include <algorithm>

#include "sx/text.hpp"

namespace sx_app {

AppState::AppState(const sx::Standard& standard)
    : standard(&standard), new_standard(&standard), model(standard, Model::blank(standard)) {}

void follow_standard(AppState& state) { state.standard = &state.model.standard(); }

void start_new(AppState& state) {
  leave_screen(state);
  state.model.replace(Model::blank(*state.new_standard));
  follow_standard(state);
  state.edits = FieldEdits{};
  state.screen = "start";
  state.resume_step.clear();
  state.resume_scroll = 0.0f;
}

std::optional<sx::Assessment> read_document(AppState& state, const std::string& name,
                                            const std::string& text) {
  auto parsed = sx::parse_assessment(text);
  state.pending_import_from = parsed.migrated_from;
  if (parsed.assessment) return std::move(parsed.assessment);
  Notice notice;
  notice.level = NoticeLevel::Error;
  notice.title = "无法打开“" + name + "”：不是有效的自评文件。当前内容未改动。";
  // The core keeps the first problems and counts the rest in its last line (sx::ProblemList).
  for (const sx::Message& error : parsed.errors) notice.lines.push_back(sx::format_message_zh(error));
  state.modal = std::move(notice);
  return std::nullopt;
}

void replace_document(AppState& state, sx::Assessment document) {
  state.model.replace(std::move(document));
  follow_standard(state);
  state.edits = FieldEdits{};
  state.editing_text.clear();
}

bool document_is_blank(const AppState& state) { return state.model.is_blank(); }

void offer_import(AppState& state, const std::string& name, sx::Assessment document) {
  if (!document_is_blank(state)) {
    state.pending_import = std::move(document);
    state.pending_import_name = name;
    return;
  }
  open_document(state, name, std::move(document));
}

void open_document(AppState& state, const std::string& name, sx::Assessment document) {
  replace_document(state, std::move(document));
  state.resume_step.clear();  // another company's file: 继续 starts at its first unfinished step
  state.resume_scroll = 0.0f;
  // Said where the user is: the task list's statuses alone did not tell them the file was read.
  Notice notice;
  notice.key = "opened";
  notice.screen = state.screen;
  const auto& fields = state.standard->enterprise_fields;
  const std::string enterprise = fields.empty() ? std::string() : state.document().enterprise_text(fields.front().key);
  notice.title = "已打开“" + name + "”" + (enterprise.empty() ? "" : "（" + enterprise + "）") + "，可从各步骤继续填写。";
  if (state.pending_import_from) {
    notice.lines.push_back("这是旧版工具保存的文件（格式版本 " + std::to_string(*state.pending_import_from) +
                           "），已升级为当前格式（版本 " + std::to_string(sx::kFormatVersion) + "），内容全部保留。");
  }
  set_notice(state, std::move(notice));
  state.pending_import_from.reset();
}

void begin_text_field(AppState& state, const std::string& key) {
  if (state.editing_text != key) finish_text_field(state);
  state.editing_text = key;
}

void finish_text_field(AppState& state) {
  const std::string key = std::move(state.editing_text);
  state.editing_text.clear();
  const std::size_t dot = key.find('.');
  if (dot == std::string::npos) return;
  state.model.finish_text(key.substr(0, dot), key.substr(dot + 1));
}

void leave_screen(AppState& state) {
  finish_text_field(state);
  state.last_download.clear();
  auto& list = state.notices;
  list.erase(std::remove_if(list.begin(), list.end(), [](const Notice& n) { return !n.screen.empty(); }),
             list.end());
}

void report(AppState& state, const ActionResult& result) {
  if (!result.ok || result.consequences.empty()) return;
  Notice notice;
  notice.key = "consequence";
  notice.level = NoticeLevel::Info;
  notice.title = sx::join(result.consequences, "");
  notice.screen = state.screen;
  set_notice(state, std::move(notice));
}

void withdraw_report(AppState& state) { clear_notice(state, "consequence"); }

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
