#pragma once
// The app model: the user's document, edited only through typed actions that apply the
// standard's rules, record undo and mark the evaluation stale. Plain C++ over the core — no ImGui,
// no browser — so it is unit-tested natively.
//
// The one invariant: whatever actions run, document() is a document the core loads back to the
// same evaluation. An action that would break it changes nothing and returns the core's reason.
#include <cstdint>
#include <deque>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "sx/assessment.hpp"
#include "sx/evaluation.hpp"
#include "sx/standard.hpp"

namespace sx_app {

// What an action did. `ok` false: nothing changed and `error` says why in plain Chinese.
// `consequences`: other answers the rule changed with it (e.g. 4.3 set to 无 when 4.1 becomes 无).
struct ActionResult {
  bool ok = true;
  std::string error;
  std::vector<std::string> consequences;
  explicit operator bool() const { return ok; }
};

// What switching 离散型 ↔ 流程型 keeps and drops (shown before the switch).
struct TypeSwitchPreview {
  std::string from;                  // table type
  std::string to;
  std::vector<std::string> kept;     // "表1 1.1 入户诊断 → 表2 1.1 入户诊断"
  std::vector<std::string> dropped;  // "表1 2.1 产品设计数字化"
  std::vector<std::string> metrics_kept;  // metric items of the new table already answered
};

class Model {
 public:
  explicit Model(const sx::Standard& standard, std::string type = "discrete");
  Model(const sx::Standard& standard, sx::Assessment document);
  // A new assessment: on the standard's first table until the user chooses the type
  // (Assessment::type_chosen), which 企业与项目 asks for and the check list counts as missing.
  static sx::Assessment blank(const sx::Standard& standard);
  // Nothing answered: a new assessment, or one saved before the type had to be chosen.
  bool is_blank() const;
  // A new assessment as it was made: nothing answered and the type not chosen either.
  bool is_untouched() const;

  const sx::Standard& standard() const { return *standard_; }
  const sx::Assessment& document() const { return document_; }
  // Re-evaluated on first use after a change, so at most once per frame however many actions ran.
  // A view may hold on to it while it draws: the evaluation a change replaces stays alive until
  // the frame ends (release_stale_evaluations), so an answer given mid-screen leaves nothing
  // dangling (ASan found a score screen reading the one its own answer had replaced).
  const sx::Evaluation& evaluation() const;
  void release_stale_evaluations() { stale_.clear(); }
  const sx::Table& table() const;
  // Bumped by every change (actions, undo, redo, replace); autosave compares it with its own.
  int revision() const { return revision_; }
  // Names this exact state of this model among all models alive or gone (a copy shares it until
  // either changes): what is derived from the document alone can be kept until it moves on.
  std::uint64_t stamp() const { return stamp_; }

  // ---- Actions. `value` null / nullopt / empty makes the member unanswered. ----
  // Choice items (bool, set, choice). A dependent claim that loses its requirement becomes 无
  // (表1 4.3 needs 4.1 and 4.2), reported in consequences.
  ActionResult answer(const std::string& item_id, const sx::Json& value);
  // Bool and set facts of the conditions (第五至八条).
  ActionResult set_fact(const std::string& key, const sx::Json& value);
  // A rate. One its figures give (基础数据) is theirs: another value is refused with the figures'
  // value in words, and clearing it puts that value back — a rate typed over the enterprise's own
  // ledger decided the categories and the draft contradicted itself (two newcomers' walks).
  // 假如's copy (follow_figures(false)) tries any rate.
  ActionResult set_metric(const std::string& key, std::optional<double> value);
  // When the figures give rate `key` and the document holds their value: the words saying so and
  // where to change it (the rate's box is then read-only). Empty otherwise — no figures, 假如's copy,
  // or a file holding another value, which the user corrects in the box.
  std::string rate_held_by_figures(const std::string& key) const;
  void follow_figures(bool on) {
    rates_follow_figures_ = on;
    stamp_ = next_stamp();
  }
  // A raw figure. When it completes a derivation (e.g. both equipment counts), the metric it
  // gives is set too (reported in consequences); an impossible pair is refused with the reason.
  ActionResult set_figure(const std::string& key, std::optional<double> value);
  ActionResult rate_mode(const std::string& mode, int element, std::optional<std::string> rating);
  ActionResult set_enterprise_field(const std::string& key, const std::string& value);
  ActionResult set_project_field(const std::string& key, const std::string& value);
  // The user left the text field `member`.`key` ("project", "summary"): trailing spaces and line
  // breaks (Enter after the last line of 项目概况) go. Not done while typing, where a space still
  // separates words to come; part of the typing's undo step.
  ActionResult finish_text(const std::string& member, const std::string& key);
  ActionResult set_category(std::optional<std::string> category);
  // Switches the table. Answers of items that mean the same in both tables (tables.json
  // "shared") are carried over; the others are dropped (see preview_type_switch); metrics,
  // facts, figures and modes do not depend on the table and are all kept.
  ActionResult set_type(const std::string& type);
  TypeSwitchPreview preview_type_switch(const std::string& type) const;
  // New assessment, an import, a kept what-if: the whole document at once, undoable.
  void replace(sx::Assessment document);

  // ---- Undo over the last 50 actions. ----
  // Actions given the same non-empty `coalesce` key one after another make one undo step
  // (typing "150" into a field is one step, not three). Any other action ends the run.
  void set_coalesce_key(std::string key) { coalesce_key_ = std::move(key); }
  bool can_undo() const { return !undo_.empty(); }
  bool can_redo() const { return !redo_.empty(); }
  bool undo();
  bool redo();

  static constexpr std::size_t kUndoDepth = 50;

  // The claim was set to 无 by answer() when the items it needs lapsed, and comes back with them.
  bool withdrawn(const std::string& item_id) const { return withdrawn_.count(item_id) != 0; }

 private:
  // Validates `next`; when valid, records undo and takes it. Otherwise returns the first error.
  ActionResult commit(sx::Assessment next, std::vector<std::string> consequences = {});
  void changed();

  void follow_document_standard();
  // A derived rate as the app keeps it: two decimals, never rounded up across an edge, in bounds.
  double kept_percent(const std::string& metric, double value) const;
  // The rate `key` as its figures give it (kept_percent), when they are complete and followed;
  // `derivation` is set to the rule that gives it.
  std::optional<double> given_rate(const std::string& key, const sx::Derivation*& derivation) const;

  const sx::Standard* standard_;
  sx::Assessment document_;
  mutable std::shared_ptr<const sx::Evaluation> evaluation_;  // shared by copies, never changed
  std::vector<std::shared_ptr<const sx::Evaluation>> stale_;
  int revision_ = 0;
  static std::uint64_t next_stamp();
  std::uint64_t stamp_ = next_stamp();
  std::deque<sx::Assessment> undo_;
  std::deque<sx::Assessment> redo_;
  std::string coalesce_key_;
  std::string last_coalesce_key_;
  // Claims answer() set to 无 because the items they need lapsed: 有 again once those hold.
  std::set<std::string> withdrawn_;
  bool rates_follow_figures_ = true;
};

// Plain-Chinese form of a core validation message, without the JSON path (for the field it
// belongs to): "应在 0 到 100 之间" rather than `metrics.cnc_rate: …`.
std::string field_error(const sx::Message& message);

}  // namespace sx_app
