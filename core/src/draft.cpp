// The content of the draft application (issue 4): cover, 一 to 十, in the order the bureau reads it.
#include <algorithm>
#include <cstdio>

#include "draft_parts.hpp"
#include "sx/draft.hpp"
#include "sx/message.hpp"
#include "sx/text.hpp"

namespace sx {

namespace {
using namespace draft_parts;

const char* mark(Tri state) { return state == Tri::True ? "✓" : state == Tri::False ? "✗" : "?"; }

std::string chinese_date(const std::string& date) {
  int y = 0, m = 0, d = 0;
  if (std::sscanf(date.c_str(), "%d-%d-%d", &y, &m, &d) != 3) return date;
  return std::to_string(y) + "年" + std::to_string(m) + "月" + std::to_string(d) + "日";
}

class Builder {
 public:
  Builder(const Standard& s, const Assessment& a, const Evaluation& e) : s_(s), a_(a), e_(e) {
    const auto chosen = a.category();
    category_ = chosen ? s.category(*chosen) : nullptr;
    if (category_ == nullptr && e.recommended) category_ = s.category(*e.recommended);
    // Undecided: the conditions table shows the common ones, read from the first category's result.
    if (category_ != nullptr) result_ = e.category(category_->id);
    else if (!s.categories.empty()) result_ = e.category(s.categories.front().id);
    table_ = s.table(a.type());
  }

  DraftApplication build(const std::string& date) {
    DraftApplication d;
    d.title = "绍兴市传统产业智能化改造项目认定申报书（草稿）";
    d.enterprise = a_.enterprise_text("name");
    d.date = date;
    cover(d.blocks, date);
    enterprise(d.blocks);
    project(d.blocks);
    conditions(d.blocks);
    score_sheet(d.blocks);
    modes(d.blocks);
    add_results(d.blocks, s_, a_);
    gaps(d.blocks);
    evidence(d.blocks);
    commitment(d.blocks);
    review(d.blocks);
    return d;
  }

 private:
  std::string category_title() const {
    if (category_ == nullptr) return "未选择";
    // Not chosen yet: said so, with the self-assessment's suggestion (the draft's conditions follow
    // it) — a bare category with a hedge after it read as an application for it.
    if (!a_.category().has_value()) return "未选择（自评结果建议：" + category_->title + "）";
    return category_->title;
  }

  // The enterprise's district for the cover, from the field of that kind.
  std::string district() const {
    for (const auto& field : s_.enterprise_fields) {
      if (field.kind == FieldKind::District) return district(field);
    }
    return "";
  }

  std::string district(const Field& field) const {
    const std::string key = a_.enterprise_text(field.key);
    for (const auto& d : s_.districts) {
      if (d.key == key) return d.label;
    }
    return key;
  }

  void cover(Blocks& b, const std::string& date) {
    b.push_back(block(BlockKind::Title, "绍兴市传统产业智能化改造项目认定申报书\n（草稿）"));
    b.push_back(table({{"申报类别", category_title()},
                       {"企业名称", or_blank(a_.enterprise_text("name"))},
                       {"所在区、县（市）", or_blank(district())},
                       {"填报日期", chinese_date(date)}},
                      {3, 7}, false));
    b.push_back(block(BlockKind::Note, "本草稿由企业依据《绍兴市传统产业智能化改造项目认定管理办法（试行）》及认定标准（" +
                                           s_.document + "）自评生成。自评结果仅供参考，最终以专家组认定为准。"));
    b.push_back(block(BlockKind::PageBreak));
  }

  void enterprise(Blocks& b) {
    b.push_back(block(BlockKind::Heading, "一、企业基本情况"));
    Rows rows = {{"项目", "内容"}};
    for (const auto& field : s_.enterprise_fields) {
      std::string value = or_blank(field.kind == FieldKind::District ? district(field) : a_.enterprise_text(field.key));
      // What the app flags beside the field (a credit code's check character) the draft says too.
      if (const Message* finding = e_.warning_at(path_member("enterprise", field.key))) {
        std::string said = finding->zh;
        const std::string ask = "，请核对";  // the app's words end so; here 须核对 says it
        if (said.size() > ask.size() && said.compare(said.size() - ask.size(), ask.size(), ask) == 0) {
          said.resize(said.size() - ask.size());
        }
        value += "（须核对：" + said + "）";
      }
      rows.push_back({field.label, value});
    }
    rows.push_back({"企业类型", table_ != nullptr ? table_->label + "（适用" + table_->number + "）" : a_.type()});
    b.push_back(table(std::move(rows), {3, 7}));
  }

  void project(Blocks& b) {
    b.push_back(block(BlockKind::Heading, "二、项目基本情况"));
    Rows rows = {{"项目", "内容"}};
    for (const auto& field : s_.project_fields) rows.push_back({field.label, or_blank(a_.project_text(field.key))});
    b.push_back(table(std::move(rows), {3, 7}));
  }

  // Every condition of the category applied for (basic ones first), with the enterprise's figure.
  void conditions(Blocks& b) {
    b.push_back(block(BlockKind::Heading, "三、认定条件对照"));
    if (category_ == nullptr) {
      b.push_back(block(BlockKind::Paragraph, "尚未选择申报类别，且自评结果尚不满足任何类别的全部条件。以下列出基本条件。"));
    } else {
      b.push_back(block(BlockKind::Paragraph, "申报类别：" + category_->title + "（" + category_->article + "）。"));
    }
    Rows rows = {{"认定条件", "依据", "企业情况", "结论"}};
    if (result_ != nullptr) {
      for (const auto& c : result_->conditions) {
        const Condition* def = s_.condition(c.id);
        if (def == nullptr || (category_ == nullptr && !s_.is_common(*def))) continue;
        std::string value = c.value_zh;
        // A contradicted rate in the draft's own words (as in 四); a fact's finding in the core's.
        for (const Message* finding : e_.findings_of(*def)) {
          value += finding->path == path_member("metrics", def->metric) ? "（与基础数据计算值不一致，须核对）"
                                                                        : "（须核对：" + finding->zh + "）";
        }
        rows.push_back({def->title, def->article, value, c.to_check ? "须核对" : mark(c.state)});
      }
    }
    b.push_back(table(std::move(rows), {10, 6, 8, 3}));
    b.push_back(block(BlockKind::Note, "✓ 满足；✗ 不满足；? 尚未填报；须核对：按所填答案满足，但与其他填报信息不符。"));
  }

  // A rate typed that its own figures contradict (the evaluation's warning at its path): the draft
  // says so wherever the rate decides something, not only in 六、改造成效 beside the figures.
  bool contradicted(const std::string& metric) const { return e_.warning_at(path_member("metrics", metric)) != nullptr; }

  // The whole table of the enterprise's type; subtotal and total rows in bold.
  void score_sheet(Blocks& b) {
    b.push_back(block(BlockKind::Heading, "四、自评分表"));
    if (table_ == nullptr) return;
    b.push_back(block(BlockKind::Subheading, table_->title));
    Rows rows = {{"序号", "评价内容", "自评情况", "得分", "满分", "备注"}};
    std::vector<std::size_t> strong;
    for (const auto& section : table_->sections) {
      const SectionResult* sum = section_result(section.id);
      strong.push_back(rows.size());
      rows.push_back({section.id, section.title + "（小计）", "", std::to_string(sum ? sum->points : 0),
                      std::to_string(section.max), ""});
      for (const auto& item : section.items) {
        const ItemResult* r = e_.item(item.id);
        if (r == nullptr) continue;
        std::string remark;
        if (!r->answered) remark = "未填报";
        if (item.kind == AnswerKind::Metric && contradicted(item.metric)) remark = "与基础数据计算值不一致，须核对";
        // Spec inconsistency 6: below three functions the points are the product's estimate.
        if (r->provisional) remark = "暂估，专家组酌情认定";
        if (r->forced) remark = "亩均产值低于行业平均，按低于平均水平计分";
        // The published text beside it says otherwise (4.3's “2分” under a 4-point option).
        if (!item.remark.empty()) remark = remark.empty() ? item.remark : item.remark + "；" + remark;
        rows.push_back({item.id, item.text, r->answered ? r->answer_zh : "—", std::to_string(r->points),
                        std::to_string(r->max), remark});
      }
    }
    strong.push_back(rows.size());
    rows.push_back({"", "合计", "", std::to_string(e_.total), std::to_string(e_.max), e_.complete ? "" : "尚有未填报项"});
    Block t = table(std::move(rows), {2, 7, 5, 2, 2, 4});
    t.strong_rows = std::move(strong);
    b.push_back(std::move(t));
    if (!table_->note.empty()) b.push_back(block(BlockKind::Note, table_->note));
  }

  // The category the enterprise chose, when the standard has it (not the self-assessment's suggestion).
  const Category* declared() const {
    const auto chosen = a_.category();
    return chosen ? s_.category(*chosen) : nullptr;
  }

  // 五 for an enterprise that needs no mode, said of the enterprise: a bare "本项仅申报智能工厂时填写"
  // read as a form instruction it had forgotten to follow.
  std::string why_no_modes() const {
    const Condition* asks = s_.modes_condition();
    const Category* by = asks != nullptr ? s_.category(asks->category) : nullptr;
    if (by == nullptr) return "";
    const std::string rule = asks->article + "“" + asks->title + "”";
    if (const Category* chosen = declared()) {
      return "本企业申报" + chosen->title + "，无须填写本项：" + rule + "仅是申报" + by->title + "的条件。";
    }
    return "本企业尚未选择申报类别；申报" + by->title + "才须填写本项（" + rule + "）。";
  }

  // 第八条（二）: only a smart factory needs a mode. A table for each mode the enterprise rated
  // (verdicts worded as in the app); the modes it never rated named in one line, not as tables.
  void modes(Blocks& b) {
    b.push_back(block(BlockKind::Heading, "五、智能制造新模式关键要素自评"));
    if (category_ == nullptr || !s_.takes_modes(category_->id)) {
      const std::string why = why_no_modes();
      if (!why.empty()) b.push_back(block(BlockKind::Paragraph, why));
      // Nothing declared yet, and modes rated: the ratings are the enterprise's work, shown (a
      // newcomer rated 流程型's five elements and found none of it in the draft).
      const bool rated = std::any_of(e_.modes.begin(), e_.modes.end(), [](const ModeResult& m) { return m.rated(); });
      if (declared() != nullptr || !rated) return;
    } else {
      b.push_back(block(BlockKind::Note, s_.modes_rule));
    }
    // Once one mode is 基本具备 the condition holds: another left half rated is named, not tabled
    // with its 未评 rows.
    const bool one_met = std::any_of(e_.modes.begin(), e_.modes.end(), [](const ModeResult& m) { return m.basically_met; });
    std::vector<std::string> unrated, unfinished;
    for (const auto& mode : s_.modes) {
      const ModeResult* m = e_.mode(mode.key);
      if (m == nullptr) continue;
      if (!m->rated()) {
        unrated.push_back(mode.title);
        continue;
      }
      if (one_met && !m->basically_met && m->unanswered > 0) {
        unfinished.push_back(mode.title + "（已评 " + std::to_string(m->met + m->partial + m->unmet) + " 项，共 " +
                             std::to_string(mode.elements.size()) + " 项）");
        continue;
      }
      b.push_back(block(BlockKind::Subheading, mode.title + "：" + mode_verdict_zh(*m)));
      b.push_back(block(BlockKind::Paragraph, "具备 " + std::to_string(m->met) + " 项，部分具备 " +
                                                  std::to_string(m->partial) + " 项，不具备 " +
                                                  std::to_string(m->unmet) + " 项，未评 " +
                                                  std::to_string(m->unanswered) + " 项。"));
      Rows rows = {{"序号", "关键要素", "自评"}};
      for (std::size_t i = 0; i < mode.elements.size(); ++i) {
        const auto rating = a_.rating(mode.key, static_cast<int>(i + 1));
        const Rating* r = rating ? s_.rating(*rating) : nullptr;
        rows.push_back({std::to_string(i + 1), mode.elements[i], r != nullptr ? r->label : "未评"});
      }
      b.push_back(table(std::move(rows), {3, 24, 5}));
    }
    if (unrated.size() == s_.modes.size()) {
      b.push_back(block(BlockKind::Paragraph, "尚未对任何模式自评；申报智能工厂须至少一种模式基本具备关键要素。"));
    } else if (!unrated.empty()) {
      b.push_back(block(BlockKind::Paragraph, "以下模式未自评：" + join(unrated, "、") + "。"));
    }
    if (!unfinished.empty()) {
      b.push_back(block(BlockKind::Paragraph, "以下模式未评完，不作为本次申报的依据：" + join(unfinished, "、") + "。"));
    }
  }

  void gaps(Blocks& b) {
    b.push_back(block(BlockKind::Heading, "七、差距与改进计划"));
    const std::string id = category_ != nullptr ? category_->id : "";
    Rows rows = {{"序号", "差距", "改进措施及计划完成时间"}};
    int n = 0;
    for (const auto& g : e_.condition_gaps) {
      if (g.category == s_.common.id || g.category == id) rows.push_back({std::to_string(++n), g.zh, ""});
    }
    for (const auto& g : e_.item_gaps) rows.push_back({std::to_string(++n), g.zh, ""});
    if (n == 0) {
      b.push_back(block(BlockKind::Paragraph, "自评未发现差距。"));
      return;
    }
    // The last column is the enterprise's to write: said, so an empty column is not read as missing.
    b.push_back(block(BlockKind::Paragraph, "“改进措施及计划完成时间”一栏由企业在本草稿中填写。"));
    b.push_back(table(std::move(rows), {2, 14, 8}));
  }

  // What a reviewer asks to see for every condition that holds and every item that scores.
  void evidence(Blocks& b) {
    b.push_back(block(BlockKind::Heading, "八、证明材料清单"));
    Rows items;
    auto add = [&](const std::string& what, const std::string& proof) {
      if (proof.empty()) return;
      std::vector<std::string> line = {what + "：" + proof};
      if (std::find(items.begin(), items.end(), line) == items.end()) items.push_back(std::move(line));
    };
    if (category_ != nullptr && result_ != nullptr) {
      for (const auto& c : result_->conditions) {
        const Condition* def = s_.condition(c.id);
        if (c.state == Tri::True && def != nullptr) add(def->title, def->evidence);
      }
    }
    if (table_ != nullptr) {
      for (const auto& section : table_->sections) {
        for (const auto& item : section.items) {
          const ItemResult* r = e_.item(item.id);
          if (r != nullptr && r->points > 0) add(item.id + " " + item.title, item.evidence);
        }
      }
    }
    if (items.empty()) {
      b.push_back(block(BlockKind::Paragraph, "尚无已申报的条件或得分项。"));
      return;
    }
    Block list = block(BlockKind::Checklist);
    list.rows = std::move(items);
    b.push_back(std::move(list));
  }

  void commitment(Blocks& b) {
    b.push_back(block(BlockKind::PageBreak));
    b.push_back(block(BlockKind::Heading, "九、真实性承诺书"));
    const std::string name = a_.enterprise_text("name").empty() ? "本企业" : a_.enterprise_text("name");
    b.push_back(block(BlockKind::Paragraph,
                      name + "郑重承诺：本次申报所提交的全部材料及数据真实、准确、完整，不存在弄虚作假行为。如有不实，"
                             "愿按《绍兴市传统产业智能化改造项目认定管理办法（试行）》第十四条的规定，接受撤销称号、"
                             "三年内不再受理认定申请的处理，并承担相应责任。"));
    Block sign = block(BlockKind::Signature);
    sign.rows = {{"法定代表人（签字）："}, {"企业（盖章）："}, {"日期：        年    月    日"}};
    b.push_back(std::move(sign));
  }

  void review(Blocks& b) {
    b.push_back(block(BlockKind::Heading, "十、初审意见"));
    Block box = block(BlockKind::Box, "区、县（市）经信局（滨海新区经发部门）初审意见（第十条）：");
    box.rows = {{"（盖章）"}, {"        年    月    日"}};
    b.push_back(std::move(box));
  }

  const SectionResult* section_result(const std::string& id) const {
    for (const auto& s : e_.sections) {
      if (s.id == id) return &s;
    }
    return nullptr;
  }

  const Standard& s_;
  const Assessment& a_;
  const Evaluation& e_;
  const Category* category_ = nullptr;
  const CategoryResult* result_ = nullptr;
  const Table* table_ = nullptr;
};

}  // namespace

DraftApplication build_draft(const Standard& standard, const Assessment& assessment,
                             const Evaluation& evaluation, const std::string& date) {
  // The core never throws past its API: a document edited outside validation, or an allocation
  // failure, yields a draft that says so instead.
  try {
    DraftApplication d = Builder(standard, assessment, evaluation).build(date);
    d.assessment = assessment.json().dump(-1, ' ', false, Json::error_handler_t::replace);
    return d;
  } catch (const std::exception&) {
    DraftApplication d;
    d.title = "绍兴市传统产业智能化改造项目认定申报书（草稿）";
    d.date = date;
    d.blocks.push_back(draft_parts::block(BlockKind::Paragraph, "自评文件内容有误，无法生成申报书草稿。"));
    return d;
  }
}

}  // namespace sx
