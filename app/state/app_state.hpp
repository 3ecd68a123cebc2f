#pragma once
// The app's one plain state struct: the model (the user's document, edited through actions),
// the screen shown, each screen's own state, and what the screens and the platform need to tell
// each other. Views read it and call the model's actions; the platform glue (app/web/) carries
// out the requests it records.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "desk_state.hpp"
#include "display_prefs.hpp"
#include "model.hpp"

namespace sx_app {

enum class NoticeLevel { Info, Warning, Error };

// Something the user must be told (storage full, a corrupt save kept aside, an import refused).
struct Notice {
  std::string key;  // one notice per key: a repeated problem replaces its notice
  NoticeLevel level = NoticeLevel::Info;
  std::string title;
  std::vector<std::string> lines;
  // The screen whose action raised it ("figures"): it goes when the user leaves that screen.
  // Empty for news about the whole app (storage trouble, a save upgraded): kept until dismissed.
  std::string screen;
};

// Work the views ask of the platform; cleared once done.
struct Requests {
  bool open_file = false;
  bool download_json = false;
  bool download_docx = false;
  bool print_view = false;
  bool result_picture = false;  // 结果长图 (issue 17): the page draws it from the result's summary
  bool adopt_other_tab = false;  // the tab conflict's two answers
  bool keep_this_tab = false;
  bool desk_pick_files = false;   // 审核台: the picker for many files, or for a folder
  bool desk_pick_folder = false;
  bool desk_download_xlsx = false;  // 审核台: the 申报汇总表 of the rows shown, and the CSV
  bool desk_download_csv = false;
  bool desk_download_sheet = false;  // the Word 审核情况表 of the rows shown (第十条)
  bool desk_pick_revoked = false;  // 审核台: the picker for a revoked list (CSV or text)
  bool desk_pick_review = false;   // 审核台: the picker for a review file, and its download
  bool desk_download_review = false;
};

// A jump to one field from another screen (差距与建议, 导出's check list, 从基础数据计算 …): the
// field's screen scrolls it wholly into view, over as many frames as the layout takes to settle
// (the first frame of a screen is clamped to the previous screen's height), then focuses it.
struct FieldJump {
  static constexpr int kFrames = 30;       // given up after these: a field that is never drawn
  static constexpr int kFocusFrames = 3;   // ImGui takes two frames to give a text field the caret
  std::string key;                         // the field's domain key ("metrics.cnc_rate"); empty: landed
  int frames_left = 0;                     // frames still to draw for it (the platform keeps drawing)
  unsigned landed_on = 0;  // the choice it landed on: the platform gives it the focus and the ring
};

// Text fields whose text is not (yet) in the document: being typed, or refused by the model with
// the reason shown at the field. Keyed by the field's domain key ("metrics.cnc_rate"); kept until
// the user leaves the field with an accepted value, so nothing typed is lost.
struct FieldEdits {
  std::map<std::string, std::string> text;
  std::map<std::string, std::string> error;
};

struct PolicyState {
  std::string query;           // find in the measures and tables
  std::string anchor;          // article to scroll to ("第七条"), set by links on other screens
  std::string article;         // the passage last scrolled to, for the screen's address (route.hpp)
};

struct WhatIfState {
  std::optional<Model> scratch;  // a copy of the document to try changes on
  FieldEdits edits;
};

struct TypeSwitchState {
  std::optional<TypeSwitchPreview> preview;  // shown in a dialog until confirmed or cancelled
};

// Another tab saved a version of the document this tab has not seen, while this tab has one of its
// own (app/state/tab_sync.hpp): the user chooses which to keep; autosave waits until then.
struct TabConflictState {
  bool open = false;
  std::vector<std::string> differences;  // what the two versions differ in (tab_sync.hpp)
};

// 快速自测 (issue 17): its own page over the user's document, one question at a time.
struct QuickState {
  bool open = false;
  std::size_t question = 0;  // the question shown; the number of questions: the result
  bool carried = false;      // it opened over saved work, whose answers it shows and changes
};

struct AppState {
  // A new assessment follows `standard` (the standard in force unless a test gives another year),
  // and its first type until the user chooses.
  explicit AppState(const sx::Standard& standard = sx::current_standard());

  // The document's own standard: the year its answers are read and scored by (follow_standard).
  const sx::Standard* standard;
  // What 新建自评 and the desk start on: the standard in force, whatever year a file opened was.
  const sx::Standard* new_standard;
  Model model;
  FieldEdits edits;

  std::string screen = "start";  // id from screens(); navigation and sxApp.show() set it
  // The step of the assessment last opened (企业与项目 … 导出): 继续 goes back to it, and the
  // platform keeps it across visits. Empty for a new or just opened document.
  std::string resume_step;
  float resume_scroll = 0.0f;  // how far down resume_step the user was, as last drawn: 继续 goes back there
  std::string editing_text;       // the text field being typed in ("project.summary"), see finish_text_field
  FieldJump jump;                // a field another screen asked to bring into view and focus
  bool nav_open = false;         // the phone's screen menu
  // Where the content scrolls on the next frame: 0 for a new screen's top, or back to where the
  // user was (closing a phone menu, 返回 after a jump). content_scroll is the last frame's position.
  std::optional<float> scroll_to;
  float content_scroll = 0.0f;
  // A place down a screen just opened (继续's): given after a frame has laid the screen out, again
  // in the next few frames until the content is there (the platform keeps drawing meanwhile).
  std::optional<float> scroll_after_layout;
  int scroll_after_layout_frames = 0;
  float scroll_before_menu = 0.0f;  // the phone header's menus open at the top of the content
  // The notices' height at the top of a screen, last frame: one that comes or goes above a user
  // scrolled down the form moves the form by as much, unless the scroll follows (draw_screen).
  float notices_height = 0.0f;
  std::string notices_screen;
  // Where a jump to a field came from (差距与建议, 导出): a 返回 button brings the user back to the
  // same place until they go anywhere else.
  struct ReturnPoint {
    std::string screen;
    float scroll = 0.0f;
  };
  std::optional<ReturnPoint> came_from;
  DisplayPrefs display;          // text size and theme; the platform applies and keeps them
  bool display_open = false;     // the toolbar's 文字大小 row
  bool menu_open = false;        // the phone header's 菜单: the toolbar's actions
  PolicyState policy;
  WhatIfState whatif;
  TypeSwitchState type_switch;
  TabConflictState tab_conflict;
  // Opened in WeChat's in-app browser (the platform says so): files it downloads are not saved
  // there, so the screens that download say how to open the page in a browser.
  bool in_wechat = false;
  DeskState desk;  // 审核台: the bureau's batch, apart from the document above
  QuickState quick;

  std::vector<Notice> notices;
  std::optional<Notice> modal;  // shown until dismissed (import errors, storage trouble)
  bool confirm_new = false;     // "新建自评" waits for the user to confirm discarding
  std::optional<sx::Assessment> pending_import;  // a valid import waiting for confirmation
  std::string pending_import_name;
  std::optional<int> pending_import_from;  // its older format version, upgraded when it was read
  Requests requests;
  // The file the page last handed to the browser's downloads ("….docx"), said beside the buttons
  // that made it (the screen's notices are at its top, out of sight); cleared on leaving the screen
  // and no longer said once the document has changed since (the file no longer holds what is shown).
  std::string last_download;
  int last_download_revision = -1;
  // 导出 Word or 打印 pressed with no category chosen: the draft lists that category's conditions,
  // so it is asked for first (the JSON is saved whatever is filled in).
  bool export_wants_category = false;
  bool download_current() const { return !last_download.empty() && last_download_revision == model.revision(); }

  // Shorthands for views.
  const sx::Assessment& document() const { return model.document(); }
  const sx::Evaluation& evaluation() const { return model.evaluation(); }
};

// Replaces the document with a fresh one of the same type (undoable).
void start_new(AppState& state);
// Points `standard` at the document's own (Model follows the document's year): after anything
// that replaces the document, and at the start of every frame.
void follow_standard(AppState& state);
// Nothing entered yet (a fresh document of its type): nothing an import or 新建 would lose.
bool document_is_blank(const AppState& state);
// A valid file the user opened: over a blank document it is opened at once; over work it waits
// for the user to confirm the replacement (draw_modals).
void offer_import(AppState& state, const std::string& name, sx::Assessment document);
// Puts an opened file's document in place and says so (with its upgrade, if it was an older format).
void open_document(AppState& state, const std::string& name, sx::Assessment document);
// The user is typing in the text field `key` ("project.summary"); finish_text_field, when they
// leave it or its screen, takes the trailing blanks and line breaks off its text.
void begin_text_field(AppState& state, const std::string& key);
void finish_text_field(AppState& state);
// Called before another screen is shown: the field being typed in is left, and the notices raised
// on this screen go with it.
void leave_screen(AppState& state);
// Parses an imported or restored file. Valid → returns the assessment; invalid → nullopt and a
// modal naming the core's errors, with the current work untouched.
std::optional<sx::Assessment> read_document(AppState& state, const std::string& name,
                                            const std::string& text);
void replace_document(AppState& state, sx::Assessment document);
// Tells the user what an action did besides its own change (ActionResult::consequences).
void report(AppState& state, const ActionResult& result);
// Takes back report()'s notice: a number cleared, or refused as typed, takes with it what it gave
// (Model::set_figure), and the notice must not go on saying 33.33% of a 4 that became 45a.
void withdraw_report(AppState& state);
void set_notice(AppState& state, Notice notice);
void clear_notice(AppState& state, const std::string& key);

}  // namespace sx_app
