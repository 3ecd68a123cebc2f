#include "result_summary.hpp"

#include <algorithm>

namespace sx_app {

namespace {
const char* verdict_words(sx::Tri state) {
  switch (state) {
    case sx::Tri::True: return "✓ 符合";
    case sx::Tri::False: return "× 不符合";
    default: return "? 待补充";
  }
}

std::string trimmed(const std::string& text) {
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string::npos) return "";
  return text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
}

// The gaps of the category reached for next, as 差距与建议 lists them: the shared conditions
// first (they hold for every category), then the category's own, in the standard's order.
void next_category(const sx::Standard& standard, const sx::Evaluation& evaluation, ResultSummary& summary) {
  const auto& categories = standard.categories;
  auto next = categories.begin();
  if (evaluation.recommended) {
    const auto recommended = std::find_if(categories.begin(), categories.end(),
                                          [&](const sx::Category& c) { return c.id == *evaluation.recommended; });
    next = recommended == categories.end() ? categories.end() : recommended + 1;
  }
  if (next == categories.end()) return;
  summary.next = next->title;
  std::vector<std::string> gaps;
  for (const std::string* group : {&standard.common.id, &next->id}) {
    for (const auto& gap : evaluation.condition_gaps) {
      if (gap.category == *group) gaps.push_back(gap.zh);
    }
  }
  const std::size_t shown = std::min(gaps.size(), ResultSummary::kTopGaps);
  summary.next_gaps.assign(gaps.begin(), gaps.begin() + static_cast<std::ptrdiff_t>(shown));
  summary.next_gaps_more = gaps.size() - shown;
}

// The evaluation ranks the item gaps by gain; an item with several (one per option it lacks) is
// listed once, where its largest gain ranks it — as 差距与建议 does.
void score_gaps(const sx::Evaluation& evaluation, ResultSummary& summary) {
  std::vector<std::string> listed;
  for (const auto& gap : evaluation.item_gaps) {
    if (summary.score_gaps.size() == ResultSummary::kTopGaps) break;
    if (std::find(listed.begin(), listed.end(), gap.id) != listed.end()) continue;
    listed.push_back(gap.id);
    summary.score_gaps.push_back(gap.zh);
  }
}
}  // namespace

ResultSummary summarise(const sx::Standard& standard, const sx::Assessment& document,
                        const sx::Evaluation& evaluation, std::string date) {
  ResultSummary summary;
  summary.enterprise = trimmed(document.enterprise_text("name"));
  summary.standard = standard.title;
  if (const sx::Table* table = standard.table(evaluation.type)) {
    summary.type = table->label;
    summary.table = table->number;
  }
  summary.total = evaluation.total;
  summary.max = evaluation.max;
  summary.complete = evaluation.complete;
  for (const auto& category : standard.categories) {
    const sx::CategoryResult* result = evaluation.category(category.id);
    SummaryCategory entry;
    entry.title = category.title;
    entry.article = category.article;
    entry.eligible = result != nullptr ? result->eligible : sx::Tri::Unknown;
    entry.verdict = verdict_words(entry.eligible);
    entry.recommended = evaluation.recommended == category.id;
    if (entry.recommended) summary.recommended = category.title;
    summary.categories.push_back(std::move(entry));
  }
  next_category(standard, evaluation, summary);
  score_gaps(evaluation, summary);
  summary.date = std::move(date);
  return summary;
}

sx::Json to_json(const ResultSummary& summary) {
  sx::Json categories = sx::Json::array();
  for (const auto& c : summary.categories) {
    categories.push_back({{"title", c.title}, {"article", c.article}, {"eligible", sx::tri_name(c.eligible)},
                          {"verdict", c.verdict}, {"recommended", c.recommended}});
  }
  return {{"enterprise", summary.enterprise}, {"standard", summary.standard}, {"type", summary.type},
          {"table", summary.table}, {"total", summary.total}, {"max", summary.max},
          {"complete", summary.complete}, {"categories", categories}, {"recommended", summary.recommended},
          {"next", summary.next}, {"next_gaps", summary.next_gaps}, {"next_gaps_more", summary.next_gaps_more},
          {"score_gaps", summary.score_gaps}, {"date", summary.date}};
}

}  // namespace sx_app
