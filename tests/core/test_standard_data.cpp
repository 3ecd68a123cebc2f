// The embedded standard: loads without error, adds up, and holds exactly the spec's ids.
#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "sx/standard.hpp"

namespace {

const sx::Standard& standard() {
  const sx::Standard* s = sx::find_standard("shaoxing-2019");
  if (s == nullptr) throw std::runtime_error("shaoxing-2019 is not embedded");
  return *s;
}

int best_points(const sx::Item& item) {
  switch (item.kind) {
    case sx::AnswerKind::Bool: return item.points;
    case sx::AnswerKind::Set: {
      if (!item.count_points.empty()) return item.count_points.back();
      int sum = 0;
      for (const auto& o : item.options) sum += o.points;
      return sum;
    }
    case sx::AnswerKind::Choice: {
      int best = 0;
      for (const auto& o : item.options) best = std::max(best, o.points);
      return best;
    }
    case sx::AnswerKind::Metric: {
      int best = 0;
      for (const auto& b : item.bands) best = std::max(best, b.points);
      return best;
    }
  }
  return -1;
}

}  // namespace

TEST(StandardData, IsEmbeddedAndListed) {
  EXPECT_EQ(sx::standard_ids(), std::vector<std::string>{"shaoxing-2019"});
  EXPECT_EQ(sx::find_standard("shaoxing-2020"), nullptr);
  EXPECT_EQ(standard().document, "绍市工转升〔2019〕6号");
}

TEST(StandardData, MalformedDataIsReportedNotThrown) {
  std::vector<std::string> errors;
  EXPECT_FALSE(sx::load_standard("x", {{"standard.json", "{"}}, errors).has_value());
  EXPECT_FALSE(errors.empty());
}

struct SectionTotals {
  std::string type;
  std::vector<std::pair<std::string, int>> sections;
};

TEST(StandardData, SectionsAddUpToThePublishedTotalsAndTablesTo100) {
  const std::vector<SectionTotals> published = {
      {"discrete", {{"1", 10}, {"2", 10}, {"3", 30}, {"4", 20}, {"5", 4}, {"6", 26}}},
      {"process", {{"1", 10}, {"2", 40}, {"3", 20}, {"4", 4}, {"5", 26}}}};
  for (const auto& expected : published) {
    SCOPED_TRACE(expected.type);
    const sx::Table* table = standard().table(expected.type);
    ASSERT_NE(table, nullptr);
    ASSERT_EQ(table->sections.size(), expected.sections.size());
    int table_total = 0;
    for (std::size_t i = 0; i < expected.sections.size(); ++i) {
      const auto& section = table->sections[i];
      EXPECT_EQ(section.id, expected.sections[i].first);
      EXPECT_EQ(section.max, expected.sections[i].second);
      int items = 0;
      for (const auto& item : section.items) {
        items += item.max;
        EXPECT_EQ(item.max, best_points(item)) << item.id << ": max must be reachable";
      }
      EXPECT_EQ(items, section.max) << "section " << section.id;
      table_total += section.max;
    }
    EXPECT_EQ(table_total, 100);
    EXPECT_EQ(table->max(), 100);
  }
}

TEST(StandardData, ItemIdsAreTheSpecs) {
  auto ids = [](const std::string& type) {
    std::vector<std::string> out;
    for (const auto& s : standard().table(type)->sections) {
      for (const auto& i : s.items) out.push_back(i.id);
    }
    return out;
  };
  EXPECT_EQ(ids("discrete"), (std::vector<std::string>{"1.1", "2.1", "3.1", "3.2", "3.3", "4.1", "4.2", "4.3",
                                                        "5.1", "6.1", "6.2", "6.3", "6.4", "6.5", "6.6"}));
  EXPECT_EQ(ids("process"), (std::vector<std::string>{"1.1", "2.1", "2.2", "2.3", "3.1", "3.2", "3.3", "4.1",
                                                       "5.1", "5.2", "5.3", "5.4", "5.5", "5.6"}));
}

TEST(StandardData, ModesAndTheirElementCounts) {
  const std::vector<std::pair<std::string, std::size_t>> expected = {
      {"discrete", 7}, {"process", 7}, {"network", 6}, {"customization", 4}, {"remote", 5}};
  ASSERT_EQ(standard().modes.size(), expected.size());
  for (std::size_t i = 0; i < expected.size(); ++i) {
    EXPECT_EQ(standard().modes[i].key, expected[i].first);
    EXPECT_EQ(standard().modes[i].elements.size(), expected[i].second);
    EXPECT_EQ(standard().modes[i].closing.rfind("通过持续改进", 0), 0u);
  }
}

TEST(StandardData, ConditionsAreTheSpecsInOrder) {
  std::vector<std::string> ids;
  for (const auto& c : standard().conditions) ids.push_back(c.id);
  EXPECT_EQ(ids, (std::vector<std::string>{
                     "basic.registered", "basic.scale", "basic.operating", "basic.in_production",
                     "basic.results", "basic.it_governance", "basic.not_revoked", "basic.one_category",
                     "line.smart_equipment", "line.cnc_rate", "line.digital_interfaces", "line.network_rate",
                     "workshop.realtime", "workshop.cnc_rate", "workshop.interconnected", "workshop.mes",
                     "workshop.iot", "workshop.network_rate", "factory.integration", "factory.new_mode",
                     "factory.smart_equipment_rate", "factory.platform", "factory.auto_id",
                     "factory.rd_tools_rate", "factory.mes_erp", "factory.network_rate",
                     "factory.collaboration", "factory.decision"}));
}

TEST(StandardData, EveryReferenceResolves) {
  const auto& s = standard();
  for (const auto& c : s.conditions) {
    SCOPED_TRACE(c.id);
    EXPECT_TRUE(c.category == "basic" || s.category(c.category) != nullptr);
    for (const auto& f : c.facts) EXPECT_NE(s.fact(f), nullptr) << f;
    if (c.kind == sx::RuleKind::MetricAtLeast) {
      EXPECT_NE(s.metric(c.metric), nullptr);
    }
    EXPECT_FALSE(c.text.empty());
    EXPECT_FALSE(c.evidence.empty());
  }
  for (const auto& t : s.tables) {
    for (const auto& sec : t.sections) {
      for (const auto& i : sec.items) {
        SCOPED_TRACE(i.id);
        if (i.kind == sx::AnswerKind::Metric) {
          EXPECT_NE(s.metric(i.metric), nullptr);
        }
        if (i.forced) {
          EXPECT_NE(s.figure(i.forced->when_figure), nullptr);
          EXPECT_NE(s.figure(i.forced->below_figure), nullptr);
          EXPECT_NE(i.option(i.forced->option), nullptr);
        }
        for (const auto& r : i.requires_items) EXPECT_NE(t.item(r), nullptr);
        EXPECT_FALSE(i.text.empty());
        EXPECT_FALSE(i.published.empty());
        EXPECT_FALSE(i.evidence.empty());
      }
    }
  }
  for (const auto& d : s.derivations) {
    EXPECT_NE(s.metric(d.metric), nullptr) << d.metric;
    EXPECT_NE(s.figure(d.from[0]), nullptr) << d.from[0];
    EXPECT_NE(s.figure(d.from[1]), nullptr) << d.from[1];
  }
}

TEST(StandardData, MeasuresHoldAllEighteenArticles) {
  int articles = 0;
  for (const auto& chapter : standard().measures.at("chapters")) articles += static_cast<int>(chapter.at("articles").size());
  EXPECT_EQ(articles, 18);
}
