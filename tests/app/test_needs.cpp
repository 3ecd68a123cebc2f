// What an assessment needs (app/model/needs.cpp), the one list the task list's statuses and
// 导出's check list read: per type (表1 离散型, 表2 流程型) and per category, with the field each
// need's jump lands on. Tables of {input, expectation} rows.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "model.hpp"
#include "needs.hpp"
#include "progress.hpp"

namespace {

using sx_app::Model;
using sx_app::Need;
using sx_app::NeedGroup;
using sx_app::Progress;

const sx::Standard& standard() {
  const sx::Standard* s = sx::find_standard("shaoxing-2019");
  if (s == nullptr) throw std::runtime_error("shaoxing-2019 is not embedded");
  return *s;
}

std::vector<std::string> fields_of(const std::vector<Need>& needs) {
  std::vector<std::string> fields;
  for (const auto& need : needs) fields.push_back(need.field);
  return fields;
}

bool has(const std::vector<std::string>& list, const std::string& value) {
  return std::find(list.begin(), list.end(), value) != list.end();
}

const Need* find_need(const std::vector<NeedGroup>& groups, const std::string& label) {
  for (const auto& group : groups) {
    for (const auto& need : group.needs) {
      if (need.label == label) return &need;
    }
  }
  return nullptr;
}

// Fills every figure the type needs with equal counts (every pair is possible).
void fill_needed_figures(Model& model) {
  for (const auto& need : sx_app::figure_needs(model)) {
    ASSERT_TRUE(model.set_figure(need.field.substr(std::string("figures.").size()), 10)) << need.field;
  }
}

// Answers the core finds nothing to check in (a credit code with its check character, a plain amount,
// a phone number that dials).
std::string plain_answer(const sx::Field& field) {
  switch (field.kind) {
    case sx::FieldKind::CreditCode: return "91330603MA2BK7L37A";
    case sx::FieldKind::Amount: return "6500";
    case sx::FieldKind::Phone: return "0575-88000000";
    default: return "x";
  }
}
void fill_profile(Model& model) {
  for (const auto& f : model.standard().enterprise_fields) ASSERT_TRUE(model.set_enterprise_field(f.key, plain_answer(f)));
  for (const auto& f : model.standard().project_fields) ASSERT_TRUE(model.set_project_field(f.key, plain_answer(f)));
}

void fill_conditions(Model& model) {
  for (const auto& f : model.standard().facts) {
    ASSERT_TRUE(model.set_fact(f.key, f.is_set ? sx::Json::array({f.options.front().key}) : sx::Json(true)));
  }
  for (const auto& metric : model.standard().metrics) ASSERT_TRUE(model.set_metric(metric.key, 80));
}

void fill_items(Model& model) {
  for (const auto& section : model.table().sections) {
    for (const auto& item : section.items) {
      if (item.kind == sx::AnswerKind::Metric) ASSERT_TRUE(model.set_metric(item.metric, 80));
      else if (item.kind == sx::AnswerKind::Choice) ASSERT_TRUE(model.answer(item.id, item.options.front().key));
      else if (item.kind == sx::AnswerKind::Set) ASSERT_TRUE(model.answer(item.id, sx::Json::array()));
      else ASSERT_TRUE(model.answer(item.id, false));
    }
  }
}

void rate_all_modes(Model& model) {
  for (const auto& mode : model.standard().modes) {
    for (std::size_t n = 1; n <= mode.elements.size(); ++n) {
      ASSERT_TRUE(model.rate_mode(mode.key, static_cast<int>(n), "met"));
    }
  }
}

// 表1 does not use the control loops (自控投用率 is 表2 2.2 only); both tables compare 亩均产值.
TEST(Needs, FiguresFollowTheType) {
  struct Row {
    const char* type;
    std::size_t count;
    bool control_loops;
  };
  for (const Row& row : std::vector<Row>{{"discrete", 18, false}, {"process", 20, true}}) {
    SCOPED_TRACE(row.type);
    const Model model(standard(), row.type);
    const auto fields = fields_of(sx_app::figure_needs(model));
    EXPECT_EQ(fields.size(), row.count);
    EXPECT_EQ(has(fields, "figures.control_loops"), row.control_loops);
    EXPECT_EQ(has(fields, "figures.auto_loops"), row.control_loops);
    for (const char* always : {"figures.key_equipment", "figures.smart_equipment", "figures.rd_tools_needed",
                               "figures.low_end_workers_after", "figures.output_per_mu",
                               "figures.industry_output_per_mu"}) {
      EXPECT_TRUE(has(fields, always)) << always;
    }
  }
}

// The case: a 离散型 enterprise with every 表1 figure filled has finished 基础数据.
TEST(Needs, FiguresProgressIgnoresWhatTheTypeDoesNotUse) {
  for (const char* type : {"discrete", "process"}) {
    SCOPED_TRACE(type);
    Model model(standard(), type);
    EXPECT_EQ(sx_app::progress_of(model, "figures"), Progress::NotStarted);
    ASSERT_TRUE(model.set_figure("key_equipment", 10));
    EXPECT_EQ(sx_app::progress_of(model, "figures"), Progress::InProgress);
    fill_needed_figures(model);
    EXPECT_EQ(sx_app::progress_of(model, "figures"), Progress::Done);
    EXPECT_FALSE(model.document().figure("auto_loops") && std::string(type) == "discrete");
  }
}

// progress_of keeps what it found until the model moves on (the task list asks every frame): every
// change, undo and redo, a copy changed apart from its original, and two models asked in turn each
// get their own answer, never the other's or a stale one.
TEST(Needs, KeptProgressFollowsEveryChange) {
  Model model(standard(), "discrete");
  EXPECT_EQ(sx_app::progress_of(model, "figures"), Progress::NotStarted);
  ASSERT_TRUE(model.set_figure("key_equipment", 10));
  EXPECT_EQ(sx_app::progress_of(model, "figures"), Progress::InProgress);
  ASSERT_TRUE(model.undo());
  EXPECT_EQ(sx_app::progress_of(model, "figures"), Progress::NotStarted);
  ASSERT_TRUE(model.redo());
  EXPECT_EQ(sx_app::progress_of(model, "figures"), Progress::InProgress);

  Model copy = model;
  EXPECT_EQ(copy.stamp(), model.stamp());
  fill_needed_figures(copy);
  EXPECT_NE(copy.stamp(), model.stamp());
  for (int round = 0; round < 2; ++round) {
    EXPECT_EQ(sx_app::progress_of(copy, "figures"), Progress::Done);
    EXPECT_EQ(sx_app::progress_of(model, "figures"), Progress::InProgress);
  }
  Model fresh(standard(), "discrete");
  EXPECT_EQ(sx_app::progress_of(fresh, "figures"), Progress::NotStarted);
  fresh = copy;
  EXPECT_EQ(sx_app::progress_of(fresh, "figures"), Progress::Done);
}

// A category chosen on 申报类别 (where a newcomer looked for it) begins that screen.
TEST(Needs, ACategoryChosenBeginsTheCategoriesScreen) {
  Model model(standard(), "discrete");
  EXPECT_EQ(sx_app::progress_of(model, "categories"), Progress::NotStarted);
  ASSERT_TRUE(model.set_category(std::string("factory")));
  EXPECT_EQ(sx_app::progress_of(model, "categories"), Progress::InProgress);
}

// A rate typed directly (on 申报类别) answers what its two figures were for.
TEST(Needs, ARateTypedDirectlyAnswersItsFigures) {
  Model model(standard(), "discrete");
  ASSERT_TRUE(model.set_metric("cnc_rate", 66));
  const auto needs = sx_app::figure_needs(model);
  for (const auto& need : needs) {
    const bool cnc = need.field == "figures.key_equipment" || need.field == "figures.cnc_key_equipment";
    EXPECT_EQ(need.answered(), cnc) << need.field;
  }
}

TEST(Needs, ItemsFollowTheTable) {
  struct Row {
    const char* type;
    std::size_t count;
    const char* label;
    const char* field;
  };
  for (const Row& row : std::vector<Row>{
           {"discrete", 15, "表1 6.6 低端用工下降率", "metrics.low_end_labor_reduction"},
           {"discrete", 15, "表1 1.1 入户诊断", "answers.1.1"},
           {"process", 14, "表2 2.2 工厂自控投用率", "metrics.auto_control_rate"},
       }) {
    SCOPED_TRACE(row.label);
    const Model model(standard(), row.type);
    const auto needs = sx_app::item_needs(model);
    EXPECT_EQ(needs.size(), row.count);
    const auto it = std::find_if(needs.begin(), needs.end(), [&](const Need& n) { return n.label == row.label; });
    ASSERT_NE(it, needs.end());
    EXPECT_EQ(it->field, row.field);
    EXPECT_EQ(it->screen, "score");
    EXPECT_FALSE(it->answered());
  }
}

// The check list's groups for each category, and where a need's jump lands.
TEST(Needs, EachCategoryNeedsItsOwnConditions) {
  struct Row {
    const char* category;
    std::vector<std::string> groups;
    std::size_t own_conditions;
  };
  for (const Row& row : std::vector<Row>{
           {"line", {"企业与项目", "基本条件", "生产线智能化改造项目的认定条件", "评分表（表1）"}, 4},
           {"workshop", {"企业与项目", "基本条件", "智能制造示范车间的认定条件", "评分表（表1）"}, 6},
           {"factory", {"企业与项目", "基本条件", "智能工厂的认定条件", "评分表（表1）"}, 10},
       }) {
    SCOPED_TRACE(row.category);
    const Model model(standard(), Model::blank(standard()));  // nothing answered, the type neither
    const auto groups = sx_app::category_needs(model, row.category);
    std::vector<std::string> titles;
    for (const auto& group : groups) titles.push_back(group.title);
    EXPECT_EQ(titles, row.groups);
    EXPECT_EQ(groups[1].needs.size(), 8u);  // the basic conditions
    EXPECT_EQ(groups[2].needs.size(), row.own_conditions);
    EXPECT_EQ(sx_app::missing_count(groups), [&] {
      int n = 0;
      for (const auto& group : groups) n += static_cast<int>(group.needs.size());
      return n;
    }());
  }
}

TEST(Needs, JumpTargets) {
  struct Row {
    const char* label;
    const char* screen;
    const char* field;
  };
  const Model model(standard(), "discrete");
  const auto groups = sx_app::category_needs(model, "factory");
  for (const Row& row : std::vector<Row>{
           {"企业名称", "enterprise", "enterprise.name"},
           {"本年度只申报一类", "categories", "facts.applied_other_category_this_year"},
           {"决策智能化", "categories", "facts.closed_loop_decision"},
           {"智能装备占比不低于70%", "categories", "metrics.smart_equipment_rate@factory.smart_equipment_rate"},
           {"在绍兴市境内注册，具有独立法人资格", "categories", "facts.registered_in_shaoxing"},
           {"至少一种智能制造新模式基本具备关键要素", "modes", "modes.discrete.1"},
           {"表1 6.6 低端用工下降率", "score", "metrics.low_end_labor_reduction"},
       }) {
    SCOPED_TRACE(row.label);
    const Need* need = find_need(groups, row.label);
    ASSERT_NE(need, nullptr);
    EXPECT_EQ(need->screen, row.screen);
    EXPECT_EQ(need->field, row.field);
  }
}

// 数控化率 is asked by 第六条 and again by 第七条 on 申报类别: each condition's link names its own
// field (a jump from 示范车间's gap landed on neither: both fields took it, the newcomer's walk).
TEST(Needs, OneMetricOfTwoConditionsHasTwoJumpTargets) {
  const Model model(standard(), "discrete");
  const auto condition = [](const std::string& id) {
    const auto& all = standard().conditions;
    return *std::find_if(all.begin(), all.end(), [&](const sx::Condition& c) { return c.id == id; });
  };
  const Need line = sx_app::condition_need(model, condition("line.cnc_rate"));
  const Need workshop = sx_app::condition_need(model, condition("workshop.cnc_rate"));
  EXPECT_EQ(line.field, "metrics.cnc_rate@line.cnc_rate");
  EXPECT_EQ(workshop.field, "metrics.cnc_rate@workshop.cnc_rate");
  EXPECT_EQ(workshop.screen, "categories");
}

// A rate its figures give is changed in 基础数据 (its own field refuses another value), so a jump
// to it lands on the figure a user moves: a ratio's part, the value after a change. With half a
// pair the rate is the user's to type and the jump stays on it (the newcomer's walk: 去填写 went
// to a rate that then refused what was typed).
TEST(Needs, ARateItsFiguresGiveIsChangedAtTheFigure) {
  const auto condition = [](const std::string& id) {
    const auto& all = standard().conditions;
    return *std::find_if(all.begin(), all.end(), [&](const sx::Condition& c) { return c.id == id; });
  };
  const auto item = [](const Model& model, const std::string& metric) {
    for (const auto& section : model.table().sections) {
      for (const auto& i : section.items) {
        if (i.kind == sx::AnswerKind::Metric && i.metric == metric) return i;
      }
    }
    throw std::runtime_error("no item scores " + metric);
  };
  Model model(standard(), "discrete");
  ASSERT_TRUE(model.set_figure("main_equipment", 50));
  Need need = sx_app::condition_need(model, condition("factory.smart_equipment_rate"));
  EXPECT_EQ(need.screen, "categories");
  EXPECT_EQ(need.field, "metrics.smart_equipment_rate@factory.smart_equipment_rate");
  ASSERT_TRUE(model.set_figure("smart_equipment", 20));
  need = sx_app::condition_need(model, condition("factory.smart_equipment_rate"));
  EXPECT_EQ(need.screen, "figures");
  EXPECT_EQ(need.field, "figures.smart_equipment");

  const sx::Item gain = item(model, "efficiency_gain");
  EXPECT_EQ(sx_app::item_jump(model, gain).field, "metrics.efficiency_gain");
  ASSERT_TRUE(model.set_figure("efficiency_before", 100));
  ASSERT_TRUE(model.set_figure("efficiency_after", 118));
  const Need jump = sx_app::item_jump(model, gain);
  EXPECT_EQ(jump.screen, "figures");
  EXPECT_EQ(jump.field, "figures.efficiency_after");
  // 导出's check list links the same way.
  const auto groups = sx_app::category_needs(model, "factory");
  const Need* listed = find_need(groups, "表1 " + gain.id + " " + gain.title);
  ASSERT_NE(listed, nullptr);
  EXPECT_EQ(listed->field, "figures.efficiency_after");
}

// A condition of two facts jumps to the one still to answer, then to the one not yet true.
TEST(Needs, AConditionJumpsToTheFactStillToAnswer) {
  Model model(standard(), "discrete");
  ASSERT_TRUE(model.set_fact("registered_in_shaoxing", true));
  auto needs = sx_app::condition_needs(model, "basic");
  EXPECT_EQ(needs.front().field, "facts.independent_legal_person");
  EXPECT_TRUE(needs.front().started);
  EXPECT_FALSE(needs.front().answered());
  ASSERT_TRUE(model.set_fact("independent_legal_person", false));
  needs = sx_app::condition_needs(model, "basic");
  EXPECT_EQ(needs.front().field, "facts.independent_legal_person");
  EXPECT_EQ(needs.front().answer, "不满足（已在绍兴市注册；不具有独立法人资格）");
}

// 导出 is done only when nothing the chosen category needs is missing: the answers in words.
TEST(Needs, ExportIsDoneWhenTheCategoryHasEverything) {
  struct Row {
    const char* type;
    const char* category;
    bool needs_modes;
  };
  for (const Row& row : std::vector<Row>{{"discrete", "line", false},
                                         {"discrete", "workshop", false},
                                         {"discrete", "factory", true},
                                         {"process", "line", false},
                                         {"process", "factory", true}}) {
    SCOPED_TRACE(std::string(row.type) + " " + row.category);
    Model model(standard(), row.type);
    EXPECT_EQ(sx_app::progress_of(model, "export"), Progress::NotStarted);
    ASSERT_TRUE(model.set_category(std::string(row.category)));
    EXPECT_EQ(sx_app::progress_of(model, "export"), Progress::InProgress);
    fill_profile(model);
    fill_conditions(model);
    fill_items(model);
    if (row.needs_modes) {
      EXPECT_EQ(sx_app::progress_of(model, "export"), Progress::InProgress);
      const auto groups = sx_app::category_needs(model, row.category);
      EXPECT_EQ(sx_app::missing_count(groups), 1);  // 第八条（二）: one mode, not all five
      rate_all_modes(model);
    }
    EXPECT_EQ(sx_app::progress_of(model, "export"), Progress::Ready);
    EXPECT_STREQ(sx_app::progress_label(Progress::Ready), "可以导出");  // not 已完成: read as "exported"
    // An amount typed with its unit is to be checked: 导出 and 企业与项目 say so, not done.
    ASSERT_TRUE(model.set_project_field("investment", "6,500万元"));
    EXPECT_EQ(sx_app::progress_of(model, "export"), Progress::Check);
    EXPECT_EQ(sx_app::progress_of(model, "enterprise"), Progress::Check);
    EXPECT_STREQ(sx_app::progress_label(Progress::Check), "须核对");
    ASSERT_TRUE(model.set_project_field("investment", "6500"));
    EXPECT_EQ(sx_app::progress_of(model, "export"), Progress::Ready);
    EXPECT_EQ(sx_app::progress_of(model, "enterprise"), Progress::Done);
    const auto groups = sx_app::category_needs(model, row.category);
    EXPECT_EQ(sx_app::missing_count(groups), 0);
    for (const auto& group : groups) {
      for (const auto& need : group.needs) EXPECT_FALSE(need.answer.empty()) << need.label;
    }
    // One answer taken back: 导出 is not done any more.
    ASSERT_TRUE(model.set_fact("closed_loop_decision", sx::Json()));
    ASSERT_TRUE(model.set_enterprise_field("name", ""));
    EXPECT_EQ(sx_app::progress_of(model, "export"), Progress::InProgress);
  }
}

// 智能工厂 needs one mode (第八条（二）): the check list asks for it through the condition, then
// lists only the modes started, each until all its elements are rated; the others are not missing.
TEST(Needs, AFactoryNeedsOneModeNotFive) {
  Model model(standard(), "discrete");
  ASSERT_TRUE(model.set_category(std::string("factory")));
  std::vector<sx_app::NeedGroup> groups;
  const auto modes_group = [&]() -> const sx_app::NeedGroup* {
    groups = sx_app::category_needs(model, "factory");
    for (const auto& group : groups) {
      if (group.title == "五种新模式") return &group;
    }
    return nullptr;
  };
  EXPECT_EQ(modes_group(), nullptr) << "no mode started: the condition asks for one";
  EXPECT_EQ(sx_app::progress_of(model, "modes"), Progress::NotStarted);
  const sx::Mode& first = model.standard().modes.front();
  ASSERT_TRUE(model.rate_mode(first.key, 1, "met"));
  ASSERT_NE(modes_group(), nullptr);
  EXPECT_EQ(modes_group()->needs.size(), 1u);
  EXPECT_FALSE(modes_group()->needs.front().answered());
  EXPECT_EQ(sx_app::progress_of(model, "modes"), Progress::InProgress);
  for (std::size_t n = 1; n <= first.elements.size(); ++n) ASSERT_TRUE(model.rate_mode(first.key, static_cast<int>(n), "met"));
  ASSERT_NE(modes_group(), nullptr);
  EXPECT_EQ(modes_group()->needs.size(), 1u);
  EXPECT_TRUE(modes_group()->needs.front().answered());
  EXPECT_EQ(sx_app::missing_count({*modes_group()}), 0);
  EXPECT_EQ(sx_app::progress_of(model, "modes"), Progress::Done) << "one mode rated in full is enough";
  // Another mode started once one is 基本具备 is optional: not a missing answer (the draft names
  // it in a line).
  const sx::Mode& second = model.standard().modes.back();
  ASSERT_TRUE(model.rate_mode(second.key, 1, "met"));
  ASSERT_NE(modes_group(), nullptr);
  EXPECT_EQ(modes_group()->needs.size(), 1u);
  EXPECT_EQ(sx_app::missing_count(groups), sx_app::missing_count(sx_app::category_needs(model, "factory")));
  EXPECT_EQ(sx_app::missing_count({*modes_group()}), 0);
  EXPECT_EQ(sx_app::progress_of(model, "modes"), Progress::InProgress) << "the screen itself has a mode half rated";
  // Without a mode 基本具备, a started one is to finish.
  ASSERT_TRUE(model.rate_mode(first.key, 1, "unmet"));
  ASSERT_NE(modes_group(), nullptr);
  EXPECT_EQ(modes_group()->needs.size(), 2u);
  EXPECT_EQ(sx_app::missing_count({*modes_group()}), 1);
}

TEST(Needs, AnswersInWords) {
  Model model(standard(), "discrete");
  ASSERT_TRUE(model.set_enterprise_field("district", standard().districts.front().key));
  ASSERT_TRUE(model.set_fact("applied_other_category_this_year", false));
  ASSERT_TRUE(model.set_metric("low_end_labor_reduction", 72));
  ASSERT_TRUE(model.answer("1.1", true));
  ASSERT_TRUE(model.rate_mode("remote", 1, "met"));
  const auto groups = sx_app::category_needs(model, "factory");
  EXPECT_EQ(find_need(groups, "所在区、县（市）")->answer, standard().districts.front().label);
  EXPECT_EQ(find_need(groups, "本年度只申报一类")->answer, "满足（仅申报本类别）");
  EXPECT_EQ(find_need(groups, "表1 6.6 低端用工下降率")->answer.rfind("72%，得 ", 0), 0u);
  EXPECT_EQ(find_need(groups, "表1 1.1 入户诊断")->answer.rfind("有，得 ", 0), 0u);
  const Need* remote = nullptr;
  for (const auto& need : groups.back().needs) {
    if (need.field.rfind("modes.remote.", 0) == 0) remote = &need;
  }
  ASSERT_NE(remote, nullptr);
  EXPECT_TRUE(remote->started);
  EXPECT_FALSE(remote->answered());
  EXPECT_EQ(remote->field, "modes.remote.2");  // the first element still to rate
}

// 导出's 须核对: a rate typed against its own figures, a wrong check character — each a finding
// with the field to correct it in, gone once corrected (issue 14: a draft must not contradict itself).
TEST(Needs, FindingsToCheckBeforeExport) {
  Model model(standard(), "discrete");
  EXPECT_TRUE(sx_app::check_needs(model).empty());
  const sx::Derivation* smart = standard().derivation_of("smart_equipment_rate");
  ASSERT_NE(smart, nullptr);
  ASSERT_TRUE(model.set_figure(smart->from[0], 20));
  ASSERT_TRUE(model.set_figure(smart->from[1], 50));
  EXPECT_TRUE(sx_app::check_needs(model).empty()) << "40 % from the figures alone";
  // Only a file brings a rate its figures contradict now (the app refuses to type one over them).
  sx::Assessment typed = model.document();
  typed.set_metric("smart_equipment_rate", 72);
  model.replace(typed);
  auto checks = sx_app::check_needs(model);
  ASSERT_EQ(checks.size(), 1u);
  EXPECT_EQ(checks[0].label.rfind(standard().metric("smart_equipment_rate")->label + "：", 0), 0u) << checks[0].label;
  EXPECT_NE(checks[0].label.find("72%"), std::string::npos) << checks[0].label;
  EXPECT_NE(checks[0].label.find("40%"), std::string::npos) << checks[0].label;
  EXPECT_EQ(checks[0].field, "metrics.smart_equipment_rate@factory.smart_equipment_rate");
  EXPECT_EQ(checks[0].screen, "categories");  // 第八条（三） asks for it there
  EXPECT_FALSE(checks[0].answered());

  ASSERT_TRUE(model.set_enterprise_field("credit_code", "91330603MA2BK7L37B"));  // wrong check character
  checks = sx_app::check_needs(model);
  ASSERT_EQ(checks.size(), 2u);
  EXPECT_EQ(checks[0].field, "enterprise.credit_code");
  EXPECT_EQ(checks[0].screen, "enterprise");

  ASSERT_TRUE(model.set_project_field("investment", "6,500万元"));
  checks = sx_app::check_needs(model);
  ASSERT_EQ(checks.size(), 3u);
  EXPECT_EQ(checks[1].field, "project.investment");  // the fields' findings first, in their order
  EXPECT_EQ(checks[1].screen, "enterprise");

  ASSERT_TRUE(model.set_figure("smart_equipment", 20)) << "the figures set their rate again";
  ASSERT_TRUE(model.set_enterprise_field("credit_code", "91330603MA2BK7L37A"));
  ASSERT_TRUE(model.set_project_field("investment", "6500"));
  EXPECT_TRUE(sx_app::check_needs(model).empty());

  // 在绍兴市境内注册 said 是 of a code registered in 福州 (350100): checked beside the question.
  ASSERT_TRUE(model.set_fact("registered_in_shaoxing", true));
  EXPECT_TRUE(sx_app::check_needs(model).empty()) << "柯桥区 330603 agrees";
  ASSERT_TRUE(model.set_enterprise_field("credit_code", "91350100M000100Y43"));
  checks = sx_app::check_needs(model);
  ASSERT_EQ(checks.size(), 1u);
  EXPECT_EQ(checks[0].field, "facts.registered_in_shaoxing");
  EXPECT_EQ(checks[0].screen, "categories");
  EXPECT_NE(checks[0].label.find("350100"), std::string::npos) << checks[0].label;
}

}  // namespace

// The task list says 未开始 for every screen of a new assessment without working out its needs
// (progress.cpp, for a new visitor's first frame): true only while none of them has begun.
TEST(Needs, ANewAssessmentHasBegunNothing) {
  Model model(standard(), Model::blank(standard()));
  ASSERT_TRUE(model.is_untouched());
  const auto begun = [](const std::vector<Need>& needs) {
    return std::any_of(needs.begin(), needs.end(), [](const Need& n) { return n.started || n.answered(); });
  };
  EXPECT_FALSE(begun(sx_app::profile_needs(model)));
  EXPECT_FALSE(begun(sx_app::figure_needs(model)));
  EXPECT_FALSE(begun(sx_app::item_needs(model)));
  EXPECT_FALSE(begun(sx_app::rated_mode_needs(model)));
  EXPECT_FALSE(begun(sx_app::condition_needs(model, standard().common.id)));
  for (const auto& category : standard().categories) EXPECT_FALSE(begun(sx_app::condition_needs(model, category.id)));
  EXPECT_FALSE(model.document().category().has_value());
  EXPECT_TRUE(sx_app::check_needs(model).empty());
}

// Anything entered, the type too, and the assessment is no longer new; undone, it is again.
TEST(Needs, AnAssessmentIsNewUntilSomethingIsEntered) {
  Model model(standard(), Model::blank(standard()));
  ASSERT_TRUE(model.set_type("process"));
  EXPECT_FALSE(model.is_untouched());
  EXPECT_TRUE(model.is_blank()) << "a chosen type alone opens a file without asking";
  EXPECT_EQ(sx_app::progress_of(model, "enterprise"), Progress::InProgress);
  ASSERT_TRUE(model.undo());
  EXPECT_TRUE(model.is_untouched());
  EXPECT_EQ(sx_app::progress_of(model, "enterprise"), Progress::NotStarted);
  ASSERT_TRUE(model.set_figure("equipment", 12));
  EXPECT_FALSE(model.is_untouched());
  EXPECT_FALSE(model.is_blank());
  EXPECT_EQ(sx_app::progress_of(model, "figures"), Progress::InProgress);
  // A file saved before the type had to be chosen has its type chosen: not new.
  Model old(standard(), sx::Assessment(standard().id, "discrete"));
  EXPECT_FALSE(old.is_untouched());
  EXPECT_TRUE(old.is_blank());
}
