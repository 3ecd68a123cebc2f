// Autosave to localStorage and restore on load. Nothing readable is ever deleted: a corrupt save,
// or one of an older format version, is kept aside under its own key before anything else is
// written, and when that is impossible for a corrupt one autosave stops rather than overwrite it.
// A save that fails (storage full or gone) is retried until it succeeds; the notice stays as long.
#include <cstdlib>
#include <emscripten/emscripten.h>
#include <emscripten/html5.h>
#include <string>

#include "bridge.hpp"
#include "runtime.hpp"
#include "sx/salvage.hpp"

namespace sx_app {

namespace {
constexpr const char* kSaveKey = "sx-retrofit.assessment.v1";
constexpr const char* kStorageNotice = "storage";
constexpr double kAutosaveDelayMs = 500;  // "within a second of every change"
constexpr double kRetryDelayMs = 5000;    // after a failed save: space freed elsewhere is noticed
bool autosave_pending = false;

enum StorageStatus { kSaved = 0, kFull = 1, kUnavailable = 2 };
int told_status = kSaved;  // the storage problem the notice tells of: told once, not every retry

std::optional<std::string> load(const char* key) {
  char* value = sx_js_storage_get(key);
  if (value == nullptr) return std::nullopt;
  std::string text(value);
  std::free(value);
  return text;
}

void tell_storage_problem(AppState& state, int status) {
  told_status = status;
  Notice notice;
  notice.key = kStorageNotice;
  notice.level = NoticeLevel::Warning;
  if (status == kFull) {
    notice.title = "浏览器存储空间已满，最近的修改未能自动保存。";
    notice.lines = {"请点击“保存文件”下载 JSON 自评文件，或清理本网站的浏览器存储后继续。"};
  } else if (status == kUnavailable) {
    notice.title = "浏览器存储不可用（可能处于隐私/无痕模式或已禁用存储），自评不会自动保存。";
    notice.lines = {"请随时点击“保存文件”下载 JSON 自评文件，下次用“打开文件”继续。"};
  } else {
    notice.title = "自动保存失败。";
    notice.lines = {"请点击“保存文件”下载 JSON 自评文件。"};
  }
  set_notice(state, std::move(notice));
}

void schedule_save(double delay_ms) {
  if (autosave_pending) return;
  autosave_pending = true;
  emscripten_set_timeout(
      [](void*) {
        autosave_pending = false;
        autosave(runtime());
      },
      delay_ms, nullptr);
}

Notice upgraded_notice(int from, const std::string& aside) {
  Notice notice;
  notice.key = "upgraded-save";
  notice.level = NoticeLevel::Info;
  notice.title = "上次自动保存的自评是旧版工具保存的（格式版本 " + std::to_string(from) +
                 "），已升级为当前格式（版本 " + std::to_string(sx::kFormatVersion) +
                 "），内容全部保留。";
  if (!aside.empty()) notice.lines = {"升级前的原内容已另存为浏览器存储中的“" + aside + "”，未删除。"};
  return notice;
}
}  // namespace

void restore_saved_document(Runtime& rt) {
  restore_display(rt);  // start-up is the one call before the first frame
  // Tell the user at once, not at the first edit, when nothing will be kept.
  const int probe = sx_js_storage_set("sx-retrofit.probe", "1");
  if (probe != kSaved) tell_storage_problem(rt.state, probe);
  const auto saved = load(kSaveKey);
  if (!saved) return;
  sx::Salvage salvage = sx::salvage_assessment(*saved);
  const bool whole = salvage.assessment && salvage.dropped.empty();
  if (whole && !salvage.migrated_from) {
    rt.state.model = Model(*rt.state.standard, std::move(*salvage.assessment));
    rt.saved_revision = rt.state.model.revision();
    return;
  }
  // Rejected by the core (written by an older build, edited by hand) or of an older format
  // version: open what can be read, say what was upgraded or dropped, and keep the original text
  // aside before anything overwrites it.
  const std::string stamp = std::to_string(static_cast<long long>(emscripten_date_now()));
  const std::string aside =
      std::string(kSaveKey) +
      (whole ? ".version-" + std::to_string(*salvage.migrated_from) + "." : std::string(".corrupt.")) + stamp;
  const bool kept_aside = sx_js_storage_set(aside.c_str(), saved->c_str()) == kSaved;
  if (salvage.migrated_from) {
    set_notice(rt.state, upgraded_notice(*salvage.migrated_from, whole && kept_aside ? aside : ""));
  }
  if (whole) {
    // The upgrade keeps everything: the save is rewritten in the current version at once.
    rt.state.model = Model(*rt.state.standard, std::move(*salvage.assessment));
    rt.saved_revision = rt.state.model.revision() - 1;
    schedule_autosave();
    return;
  }
  Notice notice;
  notice.key = "corrupt-save";
  notice.level = NoticeLevel::Error;
  if (salvage.assessment) {
    rt.state.model = Model(*rt.state.standard, std::move(*salvage.assessment));
    notice.title = "上次自动保存的自评中有 " + std::to_string(salvage.dropped.size()) +
                   " 处内容不符合认定标准的格式，已略去；其余内容均已恢复。略去的内容：";
    for (const auto& dropped : salvage.dropped) notice.lines.push_back(sx::format_message_zh(dropped));
  } else {
    notice.title = "上次自动保存的自评已损坏，无法读取，现为空白自评。";
    for (const auto& error : salvage.fatal) notice.lines.push_back(sx::format_message_zh(error));
  }
  if (kept_aside) {
    notice.lines.push_back("原内容已完整另存为浏览器存储中的“" + aside + "”，未删除。");
  } else {
    rt.autosave_blocked = true;
    notice.lines.push_back("原内容无法另存备份。为免覆盖，已暂停自动保存：请先用“保存文件”下载当前工作，再清理浏览器存储。");
  }
  set_notice(rt.state, std::move(notice));
}

void autosave(Runtime& rt) {
  if (rt.autosave_blocked || rt.state.model.revision() == rt.saved_revision) return;
  const std::string text = sx::serialise(rt.state.document());
  const int status = sx_js_storage_set(kSaveKey, text.c_str());
  if (status == kSaved) {
    rt.saved_revision = rt.state.model.revision();
    if (told_status == kSaved) return;  // nothing on screen changes
    told_status = kSaved;
    clear_notice(rt.state, kStorageNotice);
  } else {
    // The last good save stays as it was (a refused setItem writes nothing); try again later.
    schedule_save(kRetryDelayMs);
    if (status == told_status) return;  // already told (and perhaps dismissed): no repeat
    tell_storage_problem(rt.state, status);
  }
  rt.settle_frames = 2;
  request_frame();
}

void schedule_autosave() { schedule_save(kAutosaveDelayMs); }

}  // namespace sx_app
