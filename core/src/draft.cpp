// The content of the draft application (issue 4): cover, 一 to 十, in the order the bureau reads it.
#include <algorithm>
#include <cstdio>

#include "sx/derive.hpp"
#include "sx/draft.hpp"
#include "sx/text.hpp"

namespace sx {

namespace {

std::string or_blank(const std::string& text) { return text.empty() ? "（未填）" : text; }

const char* mark(Tri state) { return state == Tri::True ? "✓" : state == Tri::False ? "✗" : "?"; }

std::string chinese_date(const std::string& date) {
  int y = 0, m = 0, d = 0;
  if (std::sscanf(date.c_str(), "%d-%d-%d", &y, &m, &d) != 3) return date;
  return std::to_string(y) + "年" + std::to_string(m) + "月" + std::to_string(d) + "日";
}

Block heading(std::string text) { return Block{BlockKind::Heading, std::move(text), {}, {}, true}; }
Block paragraph(std::string text) { return Block{BlockKind::Paragraph, std::move(text), {}, {}, true}; }
Block note(std::string text) { return Block{BlockKind::Note, std::move(text), {}, {}, true}; }
Block table(std::vector<std::vector<std::string>> rows, std::vector<int> widths, bool header = true) {
  return Block{BlockKind::Table, {}, std::move(rows), std::move(widths), header};
}

class Builder {
 public:
  Builder(const Standard& s, const Assessment& a, const Evaluation& e) : s_(s), a_(a), e_(e) {
    const auto chosen = a.category();
    category_ = chosen ? s.category(*chosen) : nullptr;
    if (category_ == nullptr && e.recommended) category_ = s.category(*e.recommended);
    table_ = s.table(a.type());
  }

  DraftApplication build(const std::string& date) {
    DraftApplication d;
    d.title = "绍兴市传统产业智能化改造项目认定申报书（草稿）";
    d.enterprise = a_.enterprise_text("name");
    d.date = date;
    cover(d, date);
    enterprise(d);
    project(d);
    conditions(d);
    score_sheet(d);
    modes(d);
    results(d);
    gaps(d);
    evidence(d);
    commitment(d, date);
    review(d);
    return d;
  }

 private:
  std::string category_title() const {
    if (category_ == nullptr) return "未选择";
    const bool recommended = !a_.category().has_value();
    return category_->title + (recommended ? "（按自评结果建议）" : "");
  }

  std::string district() const {
    const std::string key = a_.enterprise_text("district");
    for (const auto& d : s_.districts) {
      if (d.key == key) return d.label;
    }
    return key;
  }

  void cover(DraftApplication& d, const std::string& date) {
    d.blocks.push_back(Block{BlockKind::Title, "绍兴市传统产业智能化改造项目认定申报书\n（草稿）", {}, {}, true});
    d.blocks.push_back(table({{"申报类别", category_title()},
                              {"企业名称", or_blank(a_.enterprise_text("name"))},
                              {"所在区、县（市）", or_blank(district())},
                              {"填报日期", chinese_date(date)}},
                             {3, 7}, false));
    d.blocks.push_back(note("本草稿由企业依据《绍兴市传统产业智能化改造项目认定管理办法（试行）》及认定标准（" +
                            s_.document + "）自评生成。自评结果仅供参考，最终以专家组认定为准。"));
    d.blocks.push_back(Block{BlockKind::PageBreak, {}, {}, {}, true});
  }

  void enterprise(DraftApplication& d) {
    d.blocks.push_back(heading("一、企业基本情况"));
    std::vector<std::vector<std::string>> rows = {{"项目", "内容"}};
    for (const auto& field : s_.enterprise_fields) {
      rows.push_back({field.label, or_blank(field.key == "district" ? district() : a_.enterprise_text(field.key))});
    }
    rows.push_back({"企业类型", table_ != nullptr ? table_->label + "（适用" + table_->number + "）" : a_.type()});
    d.blocks.push_back(table(std::move(rows), {3, 7}));
  }

  void project(DraftApplication& d) {
    d.blocks.push_back(heading("二、项目基本情况"));
    std::vector<std::vector<std::string>> rows = {{"项目", "内容"}};
    for (const auto& field : s_.project_fields) rows.push_back({field.label, or_blank(a_.project_text(field.key))});
    d.blocks.push_back(table(std::move(rows), {3, 7}));
  }

  void conditions(DraftApplication& d) {
    d.blocks.push_back(heading("三、认定条件对照"));
    if (category_ == nullptr) {
      d.blocks.push_back(paragraph("尚未选择申报类别，且自评结果尚不满足任何类别的全部条件。以下列出基本条件。"));
    } else {
      d.blocks.push_back(paragraph("申报类别：" + category_->title + "（" + category_->article + "）。"));
    }
    const std::string id = category_ != nullptr ? category_->id : "line";
    const CategoryResult* result = e_.category(id);
    std::vector<std::vector<std::string>> rows = {{"认定条件", "依据", "企业情况", "结论"}};
    for (const auto& c : result->conditions) {
      const Condition* def = condition(c.id);
      if (category_ == nullptr && def->category != "basic") continue;
      rows.push_back({def->title, def->article, c.value_zh, mark(c.state)});
    }
    d.blocks.push_back(table(std::move(rows), {5, 2, 4, 1}));
    d.blocks.push_back(note("✓ 满足；✗ 不满足；? 尚未填报。"));
  }

  void score_sheet(DraftApplication& d) {
    d.blocks.push_back(heading("四、自评分表"));
    if (table_ == nullptr) return;
    d.blocks.push_back(paragraph(table_->title));
    std::vector<std::vector<std::string>> rows = {{"序号", "评价内容", "自评情况", "得分", "满分", "备注"}};
    for (const auto& section : table_->sections) {
      const SectionResult* sum = section_result(section.id);
      rows.push_back({section.id, section.title + "（小计）", "", std::to_string(sum ? sum->points : 0),
                      std::to_string(section.max), ""});
      for (const auto& item : section.items) {
        const ItemResult* r = e_.item(item.id);
        std::string remark;
        if (!r->answered) remark = "未填报";
        if (r->provisional) remark = "暂估，专家组酌情认定";
        if (r->forced) remark = "按亩均数据计分";
        rows.push_back({item.id, item.text, r->answered ? r->answer_zh : "—", std::to_string(r->points),
                        std::to_string(r->max), remark});
      }
    }
    rows.push_back({"", "合计", "", std::to_string(e_.total), std::to_string(e_.max), e_.complete ? "" : "尚有未填报项"});
    d.blocks.push_back(table(std::move(rows), {2, 8, 5, 2, 2, 3}));
    if (!table_->note.empty()) d.blocks.push_back(note(table_->note));
  }

  void modes(DraftApplication& d) {
    d.blocks.push_back(heading("五、智能制造新模式关键要素自评"));
    if (category_ == nullptr || category_->id != "factory") {
      d.blocks.push_back(paragraph("本项仅申报智能工厂时填写（第八条（二））。"));
      return;
    }
    d.blocks.push_back(note(s_.modes_rule));
    for (const auto& mode : s_.modes) {
      const ModeResult* m = e_.mode(mode.key);
      d.blocks.push_back(paragraph(mode.title + "：" + (m->basically_met ? "基本具备" : "尚不具备") + "（具备 " +
                                   std::to_string(m->met) + " 项，部分具备 " + std::to_string(m->partial) +
                                   " 项，不具备 " + std::to_string(m->unmet) + " 项，未评 " +
                                   std::to_string(m->unanswered) + " 项）"));
      std::vector<std::vector<std::string>> rows = {{"序号", "关键要素", "自评"}};
      for (std::size_t i = 0; i < mode.elements.size(); ++i) {
        const auto rating = a_.rating(mode.key, static_cast<int>(i + 1));
        const Rating* r = rating ? s_.rating(*rating) : nullptr;
        rows.push_back({std::to_string(i + 1), mode.elements[i], r != nullptr ? r->label : "未评"});
      }
      d.blocks.push_back(table(std::move(rows), {1, 10, 2}));
    }
  }

  void results(DraftApplication& d) {
    d.blocks.push_back(heading("六、改造成效"));
    std::vector<std::vector<std::string>> rows = {{"指标", "填报值", "原始数据"}};
    for (const auto& metric : s_.metrics) {
      const auto value = a_.metric(metric.key);
      std::string source;
      if (const Derivation* derivation = s_.derivation_of(metric.key)) {
        const FigureDef* a = s_.figure(derivation->from[0]);
        const FigureDef* b = s_.figure(derivation->from[1]);
        const auto fa = a_.figure(derivation->from[0]);
        const auto fb = a_.figure(derivation->from[1]);
        if (fa && fb) {
          source = a->label + " " + number_text(*fa) + a->unit + "；" + b->label + " " + number_text(*fb) + b->unit;
          const auto derived = derive(*derivation, a_);
          if (derived.value) source += "；计算值 " + percent_text(*derived.value);
        }
      }
      if (!value && source.empty()) continue;
      rows.push_back({metric.label, value ? percent_text(*value) : "未填", source});
    }
    for (const char* pair : {"output_per_mu", "industry_output_per_mu"}) {
      if (const auto v = a_.figure(pair)) {
        const FigureDef* f = s_.figure(pair);
        rows.push_back({f->label, number_text(*v) + " " + f->unit, ""});
      }
    }
    if (rows.size() == 1) {
      d.blocks.push_back(paragraph("尚未填报改造成效数据。"));
      return;
    }
    d.blocks.push_back(table(std::move(rows), {4, 2, 6}));
    std::vector<std::string> achieved;
    if (const Json* results = a_.fact("results")) {
      const FactDef* def = s_.fact("results");
      for (const auto& key : *results) {
        const Option* o = def->option(key.get<std::string>());
        if (o != nullptr) achieved.push_back(o->label);
      }
    }
    if (!achieved.empty()) d.blocks.push_back(paragraph("取得成效的方面：" + join(achieved, "、") + "。"));
  }

  void gaps(DraftApplication& d) {
    d.blocks.push_back(heading("七、差距与改进计划"));
    const std::string id = category_ != nullptr ? category_->id : "";
    std::vector<std::vector<std::string>> rows = {{"序号", "差距", "改进措施及计划完成时间"}};
    int n = 0;
    for (const auto& g : e_.condition_gaps) {
      if (g.category == "basic" || g.category == id) rows.push_back({std::to_string(++n), g.zh, ""});
    }
    for (const auto& g : e_.item_gaps) rows.push_back({std::to_string(++n), g.zh, ""});
    if (n == 0) {
      d.blocks.push_back(paragraph("自评未发现差距。"));
      return;
    }
    d.blocks.push_back(table(std::move(rows), {1, 8, 5}));
  }

  void evidence(DraftApplication& d) {
    d.blocks.push_back(heading("八、证明材料清单"));
    std::vector<std::vector<std::string>> items;
    std::vector<std::string> seen;
    auto add = [&](const std::string& what, const std::string& proof) {
      const std::string line = what + "：" + proof;
      if (std::find(seen.begin(), seen.end(), line) != seen.end()) return;
      seen.push_back(line);
      items.push_back({line});
    };
    if (category_ != nullptr) {
      for (const auto& c : e_.category(category_->id)->conditions) {
        if (c.state == Tri::True) add(condition(c.id)->title, condition(c.id)->evidence);
      }
    }
    if (table_ != nullptr) {
      for (const auto& section : table_->sections) {
        for (const auto& item : section.items) {
          if (e_.item(item.id)->points > 0) add(item.id + " " + item.title, item.evidence);
        }
      }
    }
    if (items.empty()) {
      d.blocks.push_back(paragraph("尚无已申报的条件或得分项。"));
      return;
    }
    d.blocks.push_back(Block{BlockKind::Checklist, {}, std::move(items), {}, false});
  }

  void commitment(DraftApplication& d, const std::string&) {
    d.blocks.push_back(Block{BlockKind::PageBreak, {}, {}, {}, true});
    d.blocks.push_back(heading("九、真实性承诺书"));
    const std::string name = a_.enterprise_text("name").empty() ? "本企业" : a_.enterprise_text("name");
    d.blocks.push_back(paragraph(
        name + "郑重承诺：本次申报所提交的全部材料及数据真实、准确、完整，不存在弄虚作假行为。如有不实，"
               "愿按《绍兴市传统产业智能化改造项目认定管理办法（试行）》第十四条的规定，接受撤销称号、"
               "三年内不再受理认定申请的处理，并承担相应责任。"));
    d.blocks.push_back(Block{BlockKind::Signature, {}, {{"法定代表人（签字）："}, {"企业（盖章）："}, {"日期：        年    月    日"}}, {}, false});
  }

  void review(DraftApplication& d) {
    d.blocks.push_back(heading("十、初审意见"));
    d.blocks.push_back(Block{BlockKind::Box, "区、县（市）经信局（滨海新区经发部门）初审意见（第十条）：", {{"（盖章）"}, {"        年    月    日"}}, {}, false});
  }

  const Condition* condition(const std::string& id) const {
    for (const auto& c : s_.conditions) {
      if (c.id == id) return &c;
    }
    return nullptr;
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
  const Table* table_ = nullptr;
};

}  // namespace

DraftApplication build_draft(const Standard& standard, const Assessment& assessment,
                             const Evaluation& evaluation, const std::string& date) {
  return Builder(standard, assessment, evaluation).build(date);
}

}  // namespace sx
