#pragma once
// The app's one plain state struct: the model (the user's document, edited through actions),
// the screen shown, each screen's own state, and what the screens and the platform need to tell
// each other. Views read it and call the model's actions; the platform glue (app/web/) carries
// out the requests it records.
#include <map>
#include <optional>
#include <string>
#include <vector>

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
};

// Work the views ask of the platform; cleared once done.
struct Requests {
  bool open_file = false;
  bool download_json = false;
  bool download_docx = false;
  bool print_view = false;
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
};

struct WhatIfState {
  std::optional<Model> scratch;  // a copy of the document to try changes on
  FieldEdits edits;
};

struct TypeSwitchState {
  std::optional<TypeSwitchPreview> preview;  // shown in a dialog until confirmed or cancelled
};

struct AppState {
  AppState();

  const sx::Standard* standard;
  Model model;
  FieldEdits edits;

  std::string screen = "start";  // id from screens(); navigation and sxApp.show() set it
  std::string focus_key;         // a field another screen asked to bring into view ("metrics.cnc_rate")
  bool nav_open = false;         // the phone's screen menu
  bool scroll_to_top = false;    // a new screen starts at its top
  DisplayPrefs display;          // text size and theme; the platform applies and keeps them
  bool display_open = false;     // the toolbar's 文字大小 row
  bool menu_open = false;        // the phone header's 菜单: the toolbar's actions
  PolicyState policy;
  WhatIfState whatif;
  TypeSwitchState type_switch;

  std::vector<Notice> notices;
  std::optional<Notice> modal;  // shown until dismissed (import errors, storage trouble)
  bool confirm_new = false;     // "新建自评" waits for the user to confirm discarding
  std::optional<sx::Assessment> pending_import;  // a valid import waiting for confirmation
  std::string pending_import_name;
  std::optional<int> pending_import_from;  // its older format version, upgraded when it was read
  Requests requests;

  // Shorthands for views.
  const sx::Assessment& document() const { return model.document(); }
  const sx::Evaluation& evaluation() const { return model.evaluation(); }
};

// Replaces the document with a fresh one of the same type (undoable).
void start_new(AppState& state);
// Parses an imported or restored file. Valid → returns the assessment; invalid → nullopt and a
// modal naming the core's errors, with the current work untouched.
std::optional<sx::Assessment> read_document(AppState& state, const std::string& name,
                                            const std::string& text);
void replace_document(AppState& state, sx::Assessment document);
// Tells the user what an action did besides its own change (ActionResult::consequences).
void report(AppState& state, const ActionResult& result);
void set_notice(AppState& state, Notice notice);
void clear_notice(AppState& state, const std::string& key);

}  // namespace sx_app
