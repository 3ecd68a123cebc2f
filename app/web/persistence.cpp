// Autosave to localStorage and restore on load. Nothing readable is ever deleted: a corrupt save,
// or one of an older format version, is kept aside under its own key before anything else is
// written, and when that is impossible for a corrupt one autosave stops rather than overwrite it.
// A save that fails (storage full or gone) is retried until it succeeds; the notice stays as long.
// The pending save is written at once when the page is hidden or closed. Tabs share the save:
// each save carries a stamp (tab_sync.hpp) so that a tab never writes over a save it has not
// seen — it follows another tab's newer save, or asks the user when both changed the document.
#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <emscripten/emscripten.h>
#include <emscripten/html5.h>
#include <string>

#include "bridge.hpp"
#include "runtime.hpp"
#include "views.hpp"
#include "sx/salvage.hpp"

namespace sx_app {

namespace {
constexpr const char* kSaveKey = "sx-retrofit.assessment.v1";
constexpr const char* kStampKey = "sx-retrofit.assessment.v1.stamp";  // beside it: who saved it
constexpr const char* kStepKey = "sx-retrofit.step.v1";  // the step 继续 returns to (resume_step)
constexpr const char* kStorageNotice = "storage";
constexpr double kAutosaveDelayMs = 500;  // "within a second of every change"
constexpr double kRetryDelayMs = 5000;    // after a failed save: space freed elsewhere is noticed
constexpr double kPlaceIntervalMs = 1000;  // the place down a step is written at most this often
bool autosave_pending = false;

// What kStepKey holds: "score 1234", the step and the content's scroll in it in whole CSS px.
std::string resume_place(const AppState& state) {
  if (state.resume_step.empty()) return "";
  return state.resume_step + " " + std::to_string(std::lround(state.resume_scroll));
}

// The step of a kept place ("score" of "score 1234"; a bare step id, as before stop 32, is itself)
// and how far down it (0 for a bare step id).
std::string step_of(const std::string& place) { return place.substr(0, place.find(' ')); }
float scroll_of(const std::string& place) {
  const auto space = place.find(' ');
  return space == std::string::npos ? 0.0f : std::max(0.0f, static_cast<float>(std::atof(place.c_str() + space + 1)));
}

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

std::string now_stamp() { return std::to_string(static_cast<long long>(emscripten_date_now())); }

// A page's part of its saves' ids: random enough that two tabs opened at once differ.
std::string new_tab_id() {
  const auto part = [] { return std::to_string(static_cast<long long>(emscripten_random() * 2176782336.0)); };
  return part() + "-" + part();
}

struct Stored {
  std::string text;  // "" when nothing is stored
  std::optional<SaveStamp> stamp;
};

Stored read_stored() {
  Stored stored;
  stored.text = load(kSaveKey).value_or("");
  stored.stamp = read_stamp(load(kStampKey).value_or(""), stored.text);
  return stored;
}

SyncAgreement agreement(const Stored& stored) {
  return {stored.stamp ? stored.stamp->id : std::string(), stored.text};
}

// Another tab's save as a document this tab can take as it is: whole, current format. Anything
// else is never adopted (this tab would then write what the loader had to repair).
std::optional<sx::Assessment> adoptable(const std::string& text) {
  if (text.empty()) return std::nullopt;
  auto parsed = sx::parse_assessment(text);
  if (!parsed.assessment || parsed.migrated_from) return std::nullopt;
  return std::move(parsed.assessment);
}

void redraw(Runtime& rt) {
  rt.settle_frames = 2;
  request_frame();
}

// Follows another tab's save: one undoable step (撤销 brings this tab's version back), the
// screen, its scroll and any text being typed stay as they are.
void adopt(Runtime& rt, sx::Assessment document, const Stored& stored) {
  rt.state.model.replace(std::move(document));
  rt.agreed = agreement(stored);
  rt.saved_revision = rt.state.model.revision();
  Notice notice;
  notice.key = "other-tab";
  notice.level = NoticeLevel::Info;
  notice.title = "另一个标签页修改了这份自评，本页已更新为那里保存的内容。";
  notice.lines = {"如需恢复本页之前的内容，请点击" + toolbar_action("撤销") + "。"};
  set_notice(rt.state, std::move(notice));
  redraw(rt);
}

void ask_which(Runtime& rt, const sx::Assessment& other) {
  rt.state.tab_conflict.open = true;
  rt.state.tab_conflict.differences = differences(*rt.state.standard, rt.state.document(), other);
  redraw(rt);
}

// Writes `text` as the save, stamped as seen by this tab. Returns the storage status.
int write_save(Runtime& rt, const std::string& text) {
  const int status = sx_js_storage_set(kSaveKey, text.c_str());
  if (status != kSaved) return status;
  const SaveStamp stamp{rt.tab_id + "." + std::to_string(++rt.saves), rt.agreed.id};
  // Should the stamp not fit, other tabs see a save without one: they follow it, or ask.
  sx_js_storage_set(kStampKey, stamp_json(stamp, text).c_str());
  rt.agreed = {stamp.id, text};
  return kSaved;
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
  rt.tab_id = new_tab_id();
  const std::string place = load(kStepKey).value_or("");
  rt.state.resume_step = step_of(place);
  rt.state.resume_scroll = scroll_of(place);
  rt.kept_step = resume_place(rt.state);
  sx_js_storage_watch(kSaveKey, kStampKey);
  // Tell the user at once, not at the first edit, when nothing will be kept.
  const int probe = sx_js_storage_set("sx-retrofit.probe", "1");
  if (probe != kSaved) tell_storage_problem(rt.state, probe);
  const auto saved = load(kSaveKey);
  if (!saved) {
    // Nothing stored: this tab agrees with any other on the blank document it starts with.
    rt.agreed = {"", sx::serialise(rt.state.document())};
    return;
  }
  // Also when the save is repaired below: its replacement is written over what was read.
  rt.agreed = agreement(read_stored());
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
  const std::string stamp = now_stamp();
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

void keep_resume_step(Runtime& rt, bool now) {
  const std::string place = resume_place(rt.state);
  if (place == rt.kept_step) return;
  // A scroll is written a second after the last, not at every frame of a swipe (a timer writes the
  // place the swipe ended at); a new step at once.
  static double last = 0;
  static bool timer_pending = false;
  const double at = emscripten_get_now();
  const bool new_step = step_of(place) != step_of(rt.kept_step);
  if (!now && !new_step && at - last < kPlaceIntervalMs) {
    if (!timer_pending) {
      timer_pending = true;
      emscripten_set_timeout([](void*) {
        timer_pending = false;
        keep_resume_step(runtime(), true);
      }, kPlaceIntervalMs, nullptr);
    }
    return;
  }
  last = at;
  // Not worth a notice when storage is full: the document's own save tells of that.
  sx_js_storage_set(kStepKey, place.c_str());
  rt.kept_step = place;
}

void autosave(Runtime& rt) {
  if (rt.autosave_blocked || rt.state.tab_conflict.open) return;  // the answer comes first
  if (rt.state.model.revision() == rt.saved_revision) return;
  const std::string text = sx::serialise(rt.state.document());
  // Compare before writing: the save may no longer be the one this tab agreed on.
  const Stored stored = read_stored();
  switch (decide_sync(rt.agreed, text, stored.text, stored.stamp)) {
    case SyncStep::Nothing: break;
    case SyncStep::Agree:
      rt.agreed = agreement(stored);
      if (stored.text == text) {
        rt.saved_revision = rt.state.model.revision();
        return;
      }
      break;
    case SyncStep::Adopt:  // this tab is back where it agreed (撤销) and another moved on
    case SyncStep::Conflict:
      if (auto other = adoptable(stored.text)) {
        sync_with_other_tabs(rt);
        return;
      }
      // What another writer left cannot be opened as it is: kept aside like a corrupt save.
      if (sx_js_storage_set((std::string(kSaveKey) + ".corrupt." + now_stamp()).c_str(), stored.text.c_str()) !=
          kSaved) {
        schedule_save(kRetryDelayMs);
        return;
      }
      rt.agreed = agreement(stored);
      break;
  }
  const int status = write_save(rt, text);
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
  redraw(rt);
}

void sync_with_other_tabs(Runtime& rt) {
  if (rt.autosave_blocked) return;  // a corrupt save this tab could not keep aside stays as it is
  catch_up();  // a click already queued is this tab's change: not followed over unseen
  const Stored stored = read_stored();
  const std::string own = sx::serialise(rt.state.document());
  const bool was_asking = rt.state.tab_conflict.open;
  switch (decide_sync(rt.agreed, own, stored.text, stored.stamp)) {
    case SyncStep::Nothing:
      rt.state.tab_conflict.open = false;  // the other version is gone again: nothing to choose
      break;
    case SyncStep::Agree:
      rt.agreed = agreement(stored);
      if (stored.text == own) rt.saved_revision = rt.state.model.revision();
      rt.state.tab_conflict.open = false;
      break;
    case SyncStep::Adopt:
      if (auto other = adoptable(stored.text)) {
        rt.state.tab_conflict.open = false;
        adopt(rt, std::move(*other), stored);
      }
      break;
    case SyncStep::Conflict:
      if (auto other = adoptable(stored.text)) ask_which(rt, *other);
      break;
  }
  if (was_asking && !rt.state.tab_conflict.open) {
    schedule_autosave();
    redraw(rt);
  }
}

void flush_save(Runtime& rt, bool closing) {
  catch_up();  // keys and clicks already queued reach the document first
  keep_resume_step(rt, true);
  if (rt.state.model.revision() != rt.saved_revision) autosave(rt);
  // Closed while asking which version to keep: this tab's is kept aside, not dropped.
  if (closing && rt.state.tab_conflict.open) {
    const std::string aside = std::string(kSaveKey) + ".conflict." + now_stamp();
    sx_js_storage_set(aside.c_str(), sx::serialise(rt.state.document()).c_str());
  }
}

void settle_tab_conflict(Runtime& rt) {
  Requests& requests = rt.state.requests;
  if (!requests.adopt_other_tab && !requests.keep_this_tab) return;
  const Stored stored = read_stored();
  auto other = requests.adopt_other_tab ? adoptable(stored.text) : std::nullopt;
  if (other) {
    // One undoable step: this tab's version is one 撤销 away.
    rt.state.model.replace(std::move(*other));
    rt.agreed = agreement(stored);
    rt.saved_revision = rt.state.model.revision();
  } else {
    // This tab's version is written over the other, which the user has now seen; the other tab
    // follows it (its own version one 撤销 away there).
    rt.agreed = agreement(stored);
    rt.saved_revision = rt.state.model.revision() - 1;
    autosave(rt);
  }
  redraw(rt);
}

void schedule_autosave() { schedule_save(kAutosaveDelayMs); }
bool autosave_waiting() { return autosave_pending; }

}  // namespace sx_app
