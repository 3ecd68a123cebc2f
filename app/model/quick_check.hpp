#pragma once
// The quick check (快速自测, issue 17): a few questions from the standard's quick_check.json, each
// written into the user's own document where the full assessment keeps it, and what the core's
// eligibility over that partial document makes of them — the category within reach and what the
// next one up still lacks. The rules stay in the core: this only reads its condition states.
#include <optional>
#include <string>
#include <vector>

#include "model.hpp"

namespace sx_app {

// A question and the conditions its answer decides (第六条 数控化率 ≥ 60 %, 第七条 ≥ 65 % …).
struct QuickQuestionInfo {
  const sx::QuickQuestion* question = nullptr;
  const sx::FactDef* fact = nullptr;      // set for a fact
  const sx::MetricDef* metric = nullptr;  // set for a metric
  std::vector<const sx::Condition*> conditions;  // in the standard's order
  bool answered = false;  // the document holds an answer (不确定 / left empty leaves it unanswered)
};

std::vector<QuickQuestionInfo> quick_questions(const Model& model);

// A condition of a category, as the core evaluated it.
struct QuickCondition {
  const sx::Condition* condition = nullptr;
  sx::Tri state = sx::Tri::Unknown;
  std::string value_zh;  // the enterprise's own answer in words ("58%", "未填")
  bool asked = false;    // one of the quick check's questions decides it
};

struct QuickResult {
  // The highest-ranked category none of whose conditions fails and whose asked ones all hold;
  // nullopt when none is (a failed basic condition, or an answer below every category's bar).
  std::optional<std::string> within_reach;
  // The category ranked next above it (the lowest when none is within reach); nullopt at the top.
  std::optional<std::string> next;
  std::vector<QuickCondition> lacking;    // next's conditions that fail
  std::vector<QuickCondition> uncertain;  // next's asked conditions still unanswered
  int to_confirm = 0;  // within_reach's conditions the quick check does not ask: the full assessment's
  int answered = 0;    // questions answered
};

QuickResult quick_result(const Model& model);

}  // namespace sx_app
