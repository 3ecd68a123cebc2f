#pragma once
// Several tabs of the tool share one autosave. Each save carries a stamp beside it: its own id
// and the id of the save its writer had last agreed with (read, wrote or adopted). From the
// stamp, the stored text and its own, a tab decides what another tab's save means for it: nothing,
// the same content, a newer document to follow, or a conflict the user must settle — so that no
// tab overwrites work it has not seen. Plain C++: no browser, unit-tested natively.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "sx/assessment.hpp"
#include "sx/standard.hpp"

namespace sx_app {

struct SaveStamp {
  std::string id;    // "<tab>.<n>": unique per save
  std::string base;  // the save the writer had last agreed with ("" for none or a save without stamp)
};

// What a tab last agreed with the stored save on.
struct SyncAgreement {
  std::string id;    // the stored save's stamp id ("" when it had none)
  std::string text;  // the stored text (when nothing was stored: the blank document the tab began with)
};

enum class SyncStep {
  Nothing,   // storage holds what this tab agreed on
  Agree,     // storage holds this tab's content, or the agreed content under another stamp: record it
  Adopt,     // another tab saved a newer document and this tab changed nothing since: follow it
  Conflict,  // both changed since they last agreed, or the writer had not seen this tab's save
};

// FNV-1a, 64 bits, as 16 hex digits: ties a stamp to the text it was written with.
std::string text_hash(const std::string& text);
std::string stamp_json(const SaveStamp& stamp, const std::string& text);
// The stamp stored beside `text`; nullopt when absent, unreadable, or written for another text
// (an older build wrote the save, or the stamp's own write has not arrived yet).
std::optional<SaveStamp> read_stamp(const std::string& stamp_text, const std::string& text);

// `own`: this tab's document as it would be saved now; `stored`: the stored text ("" for none).
SyncStep decide_sync(const SyncAgreement& agreed, const std::string& own, const std::string& stored,
                     const std::optional<SaveStamp>& stamp);

// What two versions of the document differ in, in the words of the screens, for the user who
// chooses between them: "评分表 1.1 入户诊断", "企业与项目" …; empty when they are the same.
std::vector<std::string> differences(const sx::Standard& standard, const sx::Assessment& mine,
                                     const sx::Assessment& other);

}  // namespace sx_app
