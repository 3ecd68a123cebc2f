#pragma once
// The app's one plain state struct: the user's document, what the core concluded from it, and
// what the screens and the platform need to tell each other. Views read and edit it; the
// platform glue (app/web/) carries out the requests it records.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "sx/assessment.hpp"
#include "sx/evaluation.hpp"

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

// What the screens remember between frames that is not part of the document.
struct UiState {
  std::map<std::string, std::string> edit_text;  // number fields while being typed, by key
  bool show_reader = false;
};

struct AppState {
  AppState();

  const sx::Standard* standard;
  sx::Assessment document;
  sx::Evaluation evaluation;  // re-derived whenever the document changes
  int revision = 0;           // bumped by every change; autosave compares it with its own

  std::vector<Notice> notices;
  std::optional<Notice> modal;  // shown until dismissed (import errors, storage trouble)
  bool confirm_new = false;     // "新建自评" waits for the user to confirm discarding
  std::optional<sx::Assessment> pending_import;  // a valid import waiting for confirmation
  std::string pending_import_name;
  Requests requests;
  UiState ui;
};

// Call after every edit of state.document: re-evaluates and bumps the revision.
void document_changed(AppState& state);
// Replaces the document with a fresh one of the same type.
void start_new(AppState& state);
// Parses an imported or restored file. Valid → returns the assessment; invalid → nullopt and a
// modal naming the core's errors, with the current work untouched.
std::optional<sx::Assessment> read_document(AppState& state, const std::string& name,
                                            const std::string& text);
void replace_document(AppState& state, sx::Assessment document);
void set_notice(AppState& state, Notice notice);
void clear_notice(AppState& state, const std::string& key);

}  // namespace sx_app
