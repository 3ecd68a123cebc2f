// 六、改造成效: the figures the enterprise entered and the rates the standard's derivations give
// from them, beside the rates it claims (the claimed rate is what the score sheet uses).
#include "draft_parts.hpp"
#include "sx/derive.hpp"
#include "sx/text.hpp"

namespace sx::draft_parts {

namespace {

// A figure's number and unit; what was counted is said once, in its row's 指标 cell.
std::string figure_text(const Standard& s, const Assessment& a, const std::string& key) {
  const auto value = a.figure(key);
  if (!value) return "";
  const FigureDef* def = s.figure(key);
  return number_text(*value) + (def != nullptr ? def->unit : "");
}

// "其中数控装备数" reads as "数控装备数" inside a formula.
std::string formula_label(const Standard& s, const std::string& key) {
  const FigureDef* def = s.figure(key);
  std::string label = def != nullptr ? def->label : key;
  const std::string of_which = "其中";
  if (label.compare(0, of_which.size(), of_which) == 0) label.erase(0, of_which.size());
  return label;
}

// A ratio's 指标 cell: the rate, then what its 数量 and 总数 counted, on a line of its own
// ("关键装备数控化率\n（数控装备数 ÷ 关键生产装备总数）"), so the number cells need no labels.
std::string ratio_label(const Standard& s, const MetricDef& metric, const Derivation* derivation) {
  if (derivation == nullptr) return metric.label;
  return metric.label + "\n（" + formula_label(s, derivation->from[0]) + " ÷ " +
         formula_label(s, derivation->from[1]) + "）";
}

// The claimed rate, flagged when the figures give another one (the bureau will recompute it).
std::string claimed_text(const std::optional<double>& claimed, const Derived& derived) {
  if (!claimed) return "未填";
  std::string text = percent_text(*claimed);
  // As printed: both are shown to two decimals, never rounded up (77.77% from 98/126 is the same).
  if (derived.value && percent_text(*derived.value) != text) text += "（与计算值不一致）";
  return text;
}

std::string derived_text(const Derived& derived) {
  if (derived.value) return percent_text(*derived.value);
  return derived.error ? "无法计算" : "";
}

bool used_by_derivation(const Standard& s, const std::string& figure) {
  for (const auto& d : s.derivations) {
    if (d.from[0] == figure || d.from[1] == figure) return true;
  }
  return false;
}

// Where every rate claimed is the one its figures give, the claimed column would only repeat the
// computed one (a newcomer read the repeat as two different figures): it is left out and the note
// says they agree. Any disagreement, or a rate claimed without figures, keeps both columns.
bool claims_agree(const Rows& rows) {
  for (std::size_t r = 1; r < rows.size(); ++r) {
    if (rows[r][3] != rows[r][4]) return false;
  }
  return true;
}

Block rates_table(Rows rows, std::vector<int> widths, bool agree) {
  if (agree) {
    for (auto& row : rows) row.pop_back();
    widths.pop_back();
    widths.back() += 1;  // the computed rate takes the room
  }
  return table(std::move(rows), std::move(widths));
}

}  // namespace

void add_results(Blocks& b, const Standard& s, const Assessment& a) {
  b.push_back(block(BlockKind::Heading, "六、改造成效"));
  Rows change = {{"指标", "改造前", "改造后", "计算值", "自评填报值"}};
  Rows ratios = {{"指标", "数量", "总数", "计算值", "自评填报值"}};
  for (const auto& metric : s.metrics) {
    const auto claimed = a.metric(metric.key);
    const Derivation* derivation = s.derivation_of(metric.key);
    const Derived derived = derivation != nullptr ? derive(*derivation, a) : Derived{};
    const std::string first = derivation != nullptr ? figure_text(s, a, derivation->from[0]) : "";
    const std::string second = derivation != nullptr ? figure_text(s, a, derivation->from[1]) : "";
    if (!claimed && first.empty() && second.empty()) continue;
    if (derivation != nullptr && derivation->kind != DerivationKind::Ratio) {
      change.push_back({metric.label, first, second, derived_text(derived), claimed_text(claimed, derived)});
      continue;
    }
    // The part and whole once, in the 指标 cell: repeated in every number cell ("其中数控装备数\n36台/套")
    // they buried the numbers a reviewer compares.
    ratios.push_back({ratio_label(s, metric, derivation), first, second, derived_text(derived), claimed_text(claimed, derived)});
  }
  Rows others = {{"项目", "数值"}};
  for (const auto& figure : s.figures) {
    if (used_by_derivation(s, figure.key)) continue;
    const std::string value = figure_text(s, a, figure.key);
    if (!value.empty()) others.push_back({figure.label, value});
  }
  const bool agree = claims_agree(change) && claims_agree(ratios);
  if (change.size() == 1 && ratios.size() == 1 && others.size() == 1) {
    b.push_back(block(BlockKind::Paragraph, "尚未填报改造成效数据。"));
  } else {
    b.push_back(block(BlockKind::Note,
                      "计算值由填报数据得出（认定标准未给公式，本草稿的口径如下）：提高率 =（改造后 − 改造前）÷ 改造前，降低率 =（改造前 − "
                      "改造后）÷ 改造前，均为相对变化，不是百分点之差；比率 = 数量 ÷ 总数。" +
                          std::string(agree && (change.size() > 1 || ratios.size() > 1)
                                          ? "表中计算值即自评采用的数值。"
                                          : "")));
  }
  if (change.size() > 1) {
    b.push_back(block(BlockKind::Subheading, "（一）改造前后对比"));
    b.push_back(rates_table(std::move(change), {4, 3, 3, 2, 3}, agree));
  }
  if (ratios.size() > 1) {
    b.push_back(block(BlockKind::Subheading, "（二）装备、系统与投入比率"));
    b.push_back(rates_table(std::move(ratios), {8, 3, 3, 2, 3}, agree));
  }
  if (others.size() > 1) {
    b.push_back(block(BlockKind::Subheading, "（三）亩均效益及其他"));
    b.push_back(table(std::move(others), {6, 4}));
  }
  std::vector<std::string> achieved;
  const Json* results = a.fact("results");
  const FactDef* def = s.fact("results");
  if (results != nullptr && results->is_array() && def != nullptr) {
    for (const auto& key : *results) {
      const Option* o = key.is_string() ? def->option(key.get<std::string>()) : nullptr;
      if (o != nullptr) achieved.push_back(o->label);
    }
  }
  if (!achieved.empty()) b.push_back(block(BlockKind::Paragraph, "取得成效的方面：" + join(achieved, "、") + "。"));
}

}  // namespace sx::draft_parts
