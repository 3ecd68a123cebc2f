// The embedded standard: loads without error, adds up, and holds exactly the spec's ids, answer
// shapes, thresholds and references (spec "Item ids and answer shapes", "Eligibility", "The five
// new modes").
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "sx/standard.hpp"
#include "sx/standard_snapshot.hpp"
#include "test_support.hpp"

namespace {

using sx_test::folder_files;

const sx::Standard& standard() {
  const sx::Standard* s = sx::find_standard("shaoxing-2019");
  if (s == nullptr) throw std::runtime_error("shaoxing-2019 is not embedded");
  return *s;
}

// The best points an answer can reach, computed from the item's own data.
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

std::vector<std::string> keys_of(const std::vector<sx::Option>& options) {
  std::vector<std::string> keys;
  for (const auto& o : options) keys.push_back(o.key);
  return keys;
}

}  // namespace

TEST(StandardData, IsEmbeddedAndListed) {
  EXPECT_EQ(sx::standard_ids(), std::vector<std::string>{"shaoxing-2019"});
  for (const auto& id : sx::standard_ids()) EXPECT_NE(sx::find_standard(id), nullptr) << id;
  EXPECT_EQ(sx::find_standard("shaoxing-2020"), nullptr);
  EXPECT_EQ(sx::find_standard(""), nullptr);
  EXPECT_EQ(standard().id, "shaoxing-2019");
  EXPECT_EQ(standard().document, "绍市工转升〔2019〕6号");
  EXPECT_EQ(standard().issued, "2019-12-19");
}

// Every folder of core/standards/ is embedded under its own name, which is the id its documents
// carry: a copied folder whose standard.json still says the old id would be a second 2019.
TEST(StandardData, EachFolderIsTheStandardItsIdNames) {
  std::vector<std::string> folders;
  for (const auto& entry : std::filesystem::directory_iterator(SX_STANDARDS)) {
    if (entry.is_directory()) folders.push_back(entry.path().filename().string());
  }
  std::sort(folders.begin(), folders.end());
  EXPECT_EQ(sx::standard_ids(), folders);
  for (const auto& folder : folders) {
    const sx::Standard* standard = sx::find_standard(folder);
    ASSERT_NE(standard, nullptr) << folder << " did not load";
    EXPECT_EQ(standard->id, folder) << "standard.json's id is not its folder's name";
  }
}

TEST(StandardData, TheFolderLoadsWithoutErrorsAndMatchesTheEmbeddedCopy) {
  for (const auto& id : sx::standard_ids()) {
    SCOPED_TRACE(id);
    const auto files = folder_files(id);
    std::vector<std::string> names;
    for (const auto& f : files) names.push_back(f.first);
    EXPECT_EQ(names, (std::vector<std::string>{"conditions.json", "document.json", "measures.json",
                                               "modes.json", "quick_check.json", "review.json", "standard.json",
                                               "tables.json"}));
    std::vector<std::string> errors;
    const auto loaded = sx::load_standard(id, files, errors);
    EXPECT_TRUE(errors.empty()) << (errors.empty() ? "" : errors.front());
    ASSERT_TRUE(loaded.has_value());
    const sx::Standard& embedded = *sx::find_standard(id);
    EXPECT_EQ(sx::write_snapshot(*loaded), sx::write_snapshot(embedded));
    EXPECT_EQ(loaded->measures(), embedded.measures());
  }
}

// review.json (审核台, issue 16): the six checks in the review's order, Shaoxing's division and the
// three years of 第十四条, and every flag resting on an article of the measures quotes it verbatim.
TEST(StandardData, TheReviewChecksAreTheMeasures) {
  const sx::ReviewRules& review = standard().review;
  EXPECT_EQ(review.division_prefix, "3306");
  EXPECT_EQ(review.division_label, "绍兴市");
  EXPECT_EQ(review.division_article, "第五条（一）");
  EXPECT_EQ(review.division_fact, "registered_in_shaoxing");
  ASSERT_NE(standard().fact(review.division_fact), nullptr);
  EXPECT_EQ(review.revocation_window_years, 3);
  ASSERT_NE(standard().fact(review.other_category_fact), nullptr);
  EXPECT_FALSE(standard().fact(review.other_category_fact)->is_set);
  std::vector<std::string> codes;
  for (const auto& flag : review.flags) codes.push_back(flag.code);
  EXPECT_EQ(codes, (std::vector<std::string>{"duplicate", "revoked", "outside_shaoxing", "credit_code_invalid",
                                             "category_not_met", "incomplete"}));
  std::map<std::string, std::string> article_text;
  for (const auto& chapter : standard().measures().at("chapters")) {
    for (const auto& article : chapter.at("articles")) {
      std::string text = article.at("text").get<std::string>();
      for (const auto& clause : article.at("clauses")) text += clause.get<std::string>();
      article_text[article.at("id").get<std::string>()] = text;
    }
  }
  for (const auto& flag : review.flags) {
    SCOPED_TRACE(flag.code);
    EXPECT_FALSE(flag.label.empty());
    EXPECT_FALSE(flag.label_en.empty());
    EXPECT_FALSE(flag.article.empty());
    EXPECT_FALSE(flag.details.empty());
    EXPECT_EQ(review.flag(flag.code), &flag);
    const std::string article = flag.article.substr(0, flag.article.find("（"));
    if (article_text.count(article) != 0) {
      EXPECT_NE(article_text[article].find(flag.rule), std::string::npos) << flag.rule;
    }
  }
  EXPECT_EQ(review.flag("duplicate")->article, "第十三条");
  EXPECT_EQ(review.flag("revoked")->article, "第十四条");
  EXPECT_EQ(review.flag("outside_shaoxing")->article, "第五条（一）");
  EXPECT_EQ(review.flag("nonsense"), nullptr);
  EXPECT_EQ(review.flag("duplicate")->detail("nonsense"), "");
}

TEST(StandardData, MalformedDataIsReportedNotThrown) {
  const auto good = folder_files("shaoxing-2019");
  struct Case {
    const char* name;
    std::string file;
    std::string text;  // replaces that file; empty removes it
    const char* error;  // a fragment of the first error
  };
  const Case cases[] = {
      {"not JSON", "tables.json", "{", "x/tables.json: "},
      {"missing file", "modes.json", "", "x/modes.json: missing"},
      {"unknown answer kind", "tables.json",
       R"({"discrete":{"sections":[{"id":"1","max":10,"items":[{"id":"1.1","max":10,"answer":"scale"}]}]},"process":{"sections":[]}})",
       "unknown answer kind \"scale\""},
      {"unknown rule kind", "conditions.json",
       R"({"common":{"id":"basic","rank":0},"categories":[],"conditions":[{"id":"a","category":"basic","rule":{"kind":"vibes"}}]})",
       "unknown rule kind \"vibes\""},
      {"a condition of no category", "conditions.json",
       R"({"common":{"id":"basic","rank":0},"categories":[{"id":"line","rank":1}],)"
       R"("conditions":[{"id":"a","category":"lines","rule":{"kind":"fact_false","facts":["x"]}}]})",
       "x/conditions.json: condition a: category \"lines\" is neither \"basic\" (common) nor one of \"categories\""},
      {"no common group", "conditions.json", R"({"categories":[],"conditions":[]})", "x/conditions.json: "},
      {"no review checks", "review.json", "", "x/review.json: missing"},
      {"no quick check", "quick_check.json", "", "x/quick_check.json: missing"},
      {"a quick question of an unknown metric", "quick_check.json", R"({"questions":[{"metric":"cnc","question":"q"}]})",
       "x/quick_check.json: questions[0]: unknown metric \"cnc\""},
      {"a quick question of an unknown fact", "quick_check.json",
       R"({"questions":[{"metric":"cnc_rate","question":"q"},{"fact":"scale","question":"q"}]})", "x/quick_check.json: questions[1]: unknown fact \"scale\""},
      {"a quick question naming both", "quick_check.json", R"({"questions":[{"fact":"mes_core","metric":"cnc_rate"}]})",
       "x/quick_check.json: questions[0]: needs either \"fact\" or \"metric\""},
      {"a quick question that decides nothing", "quick_check.json", R"({"questions":[{"metric":"rd_ratio","question":"q"}]})",
       "x/quick_check.json: questions[0]: \"rd_ratio\" decides no condition"},
      {"a quick question asked twice", "quick_check.json",
       R"({"questions":[{"fact":"mes_core","question":"q"},{"fact":"mes_core","question":"q"}]})", "x/quick_check.json: questions[1]: \"mes_core\" is asked twice"},
      {"a quick question without its words", "quick_check.json", R"({"questions":[{"fact":"mes_core"}]})",
       "x/quick_check.json: questions[0]: needs \"question\""},
      {"no quick questions", "quick_check.json", R"({"questions":[]})", "x/quick_check.json: questions: 1 to 10"},
      {"eleven quick questions", "quick_check.json",
       R"({"questions":[{"fact":"mes_core","question":"q"},{"fact":"auto_id","question":"q"},{"fact":"internet_plus","question":"q"},{"fact":"platform_tech","question":"q"},)"
       R"({"fact":"full_integration","question":"q"},{"fact":"iot_collection","question":"q"},{"fact":"it_governance","question":"q"},{"metric":"cnc_rate","question":"q"},)"
       R"({"metric":"network_rate","question":"q"},{"metric":"rd_tools_rate","question":"q"},{"metric":"smart_equipment_rate","question":"q"}]})",
       "x/quick_check.json: questions: 1 to 10"},
      {"a review flag without details", "review.json",
       R"({"registration_division":{"prefix":"3306"},"revocation_window_years":3,"flags":[{"code":"duplicate"}]})",
       "x/review.json: "},
      {"a summary field of no part", "review.json",
       R"({"registration_division":{"prefix":"3306"},"revocation_window_years":3,"other_category_fact":"a","flags":[],)"
       R"("summary_fields":[{"part":"project","key":"name"},{"part":"person","key":"name"}]})",
       "x/review.json: summary_fields[1].part: \"enterprise\" or \"project\" expected"},
      {"a summary field the document lacks", "review.json",
       R"({"registration_division":{"prefix":"3306"},"revocation_window_years":3,"other_category_fact":"a","flags":[],)"
       R"("summary_fields":[{"part":"enterprise","key":"fax"}]})",
       "x/review.json: summary_fields[0].key: no enterprise field \"fax\" in document.json"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.name);
    std::vector<std::pair<std::string, std::string>> files;
    for (const auto& f : good) {
      if (f.first != c.file) files.push_back(f);
      else if (!c.text.empty()) files.emplace_back(f.first, c.text);
    }
    std::vector<std::string> errors;
    std::optional<sx::Standard> loaded;
    EXPECT_NO_THROW(loaded = sx::load_standard("x", files, errors));
    EXPECT_FALSE(loaded.has_value());
    ASSERT_FALSE(errors.empty());
    EXPECT_NE(errors.front().find(c.error), std::string::npos) << errors.front();
  }
}

// A bool fact speaks in its own words in the form and the draft (未被撤销, not 否): one without
// both is refused at load, like any malformed data, and so is an unknown kind of fact.
TEST(StandardData, ABoolFactWithoutItsWordsIsALoadError) {
  const auto good = folder_files("shaoxing-2019");
  struct Case {
    const char* name;
    const char* remove;  // member removed from the fact revoked_within_3_years
    const char* kind;    // replaces its kind when not null
    const char* error;
  };
  const Case cases[] = {
      {"no when_true", "when_true", nullptr, "bool fact \"revoked_within_3_years\" needs when_true and when_false"},
      {"no when_false", "when_false", nullptr, "needs when_true and when_false"},
      {"unknown kind", "", "maybe", "unknown fact kind \"maybe\""},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.name);
    auto files = good;
    for (auto& [name, text] : files) {
      if (name != "document.json") continue;
      sx::Json doc = sx::Json::parse(text);
      for (auto& fact : doc.at("facts")) {
        if (fact.at("key") != "revoked_within_3_years") continue;
        fact.erase(c.remove);
        if (c.kind != nullptr) fact["kind"] = c.kind;
      }
      text = doc.dump();
    }
    std::vector<std::string> errors;
    std::optional<sx::Standard> loaded;
    EXPECT_NO_THROW(loaded = sx::load_standard("x", files, errors));
    EXPECT_FALSE(loaded.has_value());
    ASSERT_FALSE(errors.empty());
    EXPECT_NE(errors.front().find("x/document.json: "), std::string::npos) << errors.front();
    EXPECT_NE(errors.front().find(c.error), std::string::npos) << errors.front();
  }
}

// Every bool fact of the embedded standard: two different words, a question, and for the facts a
// condition wants false (第十三、十四条) a question of its own, not the negative fact's label.
TEST(StandardData, EveryBoolFactHasItsWordsAndAQuestion) {
  for (const auto& fact : standard().facts) {
    if (fact.is_set) continue;
    SCOPED_TRACE(fact.key);
    EXPECT_FALSE(fact.when_true.empty());
    EXPECT_FALSE(fact.when_false.empty());
    EXPECT_NE(fact.when_true, fact.when_false);
    EXPECT_EQ(fact.words(true), fact.when_true);
    EXPECT_EQ(fact.words(false), fact.when_false);
    EXPECT_FALSE(fact.question.empty());
  }
  EXPECT_EQ(standard().fact("operating_normally")->question, standard().fact("operating_normally")->label + "？");
  for (const auto& condition : standard().conditions) {
    if (condition.kind != sx::RuleKind::FactFalse) continue;
    const sx::FactDef* fact = standard().fact(condition.facts.at(0));
    ASSERT_NE(fact, nullptr) << condition.id;
    EXPECT_NE(fact->question, fact->label + "？") << condition.id;
  }
}

struct SectionTotals {
  std::string type;
  std::vector<std::pair<std::string, int>> sections;
};

TEST(StandardData, SectionsAddUpToThePublishedTotalsAndTablesTo100) {
  const std::vector<SectionTotals> published = {
      {"discrete", {{"1", 10}, {"2", 10}, {"3", 30}, {"4", 20}, {"5", 4}, {"6", 26}}},
      {"process", {{"1", 10}, {"2", 40}, {"3", 20}, {"4", 4}, {"5", 26}}}};
  ASSERT_EQ(standard().tables.size(), 2u);
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
        EXPECT_EQ(item.max, best_points(item)) << item.id << ": max must be exactly reachable";
        EXPECT_EQ(item.id.substr(0, item.id.find('.')), section.id) << item.id << " sits in its section";
      }
      EXPECT_EQ(items, section.max) << "section " << section.id;
      table_total += section.max;
    }
    EXPECT_EQ(table_total, 100);
    EXPECT_EQ(table->max(), 100);
  }
  EXPECT_EQ(standard().table("discrete")->number, "表1");
  EXPECT_EQ(standard().table("process")->number, "表2");
}

// The spec's tables, column "answer": the kind, and the options or the metric.
struct Shape {
  const char* type;
  const char* id;
  sx::AnswerKind kind;
  std::vector<std::string> options;  // set and choice, in published order
  const char* metric;                // metric items
};

TEST(StandardData, ItemIdsAndAnswerShapesAreTheSpecs) {
  using K = sx::AnswerKind;
  const std::vector<Shape> shapes = {
      {"discrete", "1.1", K::Bool, {}, nullptr},
      {"discrete", "2.1", K::Set, {"cad", "cam", "cae"}, nullptr},
      {"discrete", "3.1", K::Metric, {}, "cnc_rate"},
      {"discrete", "3.2", K::Set, {"site_data_50", "progress", "material", "quality", "equipment", "energy", "environment"}, nullptr},
      {"discrete", "3.3", K::Set, {"robot", "ai", "inspection", "other"}, nullptr},
      {"discrete", "4.1", K::Bool, {}, nullptr},
      {"discrete", "4.2", K::Bool, {}, nullptr},
      {"discrete", "4.3", K::Bool, {}, nullptr},  // inconsistency 1: the second "4.2"
      {"discrete", "5.1", K::Set, {"office", "production"}, nullptr},
      {"discrete", "6.1", K::Choice, {"below", "average", "leading"}, nullptr},
      {"discrete", "6.2", K::Bool, {}, nullptr},
      {"discrete", "6.3", K::Metric, {}, "rd_ratio"},
      {"discrete", "6.4", K::Metric, {}, "efficiency_gain"},
      {"discrete", "6.5", K::Metric, {}, "defect_reduction"},
      {"discrete", "6.6", K::Metric, {}, "low_end_labor_reduction"},
      {"process", "1.1", K::Bool, {}, nullptr},
      {"process", "2.1", K::Set, {"process", "energy", "environment"}, nullptr},
      {"process", "2.2", K::Metric, {}, "auto_control_rate"},
      {"process", "2.3", K::Set, {"quality", "process_params"}, nullptr},
      {"process", "3.1", K::Bool, {}, nullptr},
      {"process", "3.2", K::Bool, {}, nullptr},
      {"process", "3.3", K::Bool, {}, nullptr},  // inconsistency 4: the second "3.2"
      {"process", "4.1", K::Set, {"office", "production"}, nullptr},
      {"process", "5.1", K::Choice, {"below", "average", "leading"}, nullptr},
      {"process", "5.2", K::Bool, {}, nullptr},
      {"process", "5.3", K::Metric, {}, "rd_ratio"},
      {"process", "5.4", K::Metric, {}, "efficiency_gain"},
      {"process", "5.5", K::Metric, {}, "defect_reduction"},
      {"process", "5.6", K::Metric, {}, "low_end_labor_reduction"},
  };
  std::map<std::string, std::vector<std::string>> expected_ids;
  for (const auto& s : shapes) expected_ids[s.type].push_back(s.id);
  for (const auto& [type, ids] : expected_ids) {
    std::vector<std::string> actual;
    for (const auto& section : standard().table(type)->sections) {
      for (const auto& item : section.items) actual.push_back(item.id);
    }
    EXPECT_EQ(actual, ids) << type;
  }
  for (const auto& s : shapes) {
    SCOPED_TRACE(std::string(s.type) + " " + s.id);
    const sx::Item* item = standard().table(s.type)->item(s.id);
    ASSERT_NE(item, nullptr);
    EXPECT_EQ(item->kind, s.kind);
    EXPECT_EQ(keys_of(item->options), s.options);
    EXPECT_EQ(item->metric, s.metric != nullptr ? s.metric : "");
    if (s.kind == K::Metric) {
      EXPECT_FALSE(item->bands.empty());
    }
    std::set<std::string> unique(s.options.begin(), s.options.end());
    EXPECT_EQ(unique.size(), s.options.size());
  }
}

TEST(StandardData, BandsAreAscendingAndDoNotOverlap) {
  for (const auto& table : standard().tables) {
    for (const auto& section : table.sections) {
      for (const auto& item : section.items) {
        if (item.kind != sx::AnswerKind::Metric) continue;
        SCOPED_TRACE(table.type + " " + item.id);
        int last_points = -1;
        for (std::size_t i = 0; i < item.bands.size(); ++i) {
          const auto& band = item.bands[i];
          EXPECT_GT(band.points, last_points) << "a higher band scores more";
          last_points = band.points;
          if (band.min && band.max) {
            EXPECT_LT(*band.min, *band.max);
          }
          if (i + 1 < item.bands.size()) {
            ASSERT_TRUE(band.max.has_value()) << "only the last band is open above";
            ASSERT_TRUE(item.bands[i + 1].min.has_value());
            EXPECT_EQ(*band.max, *item.bands[i + 1].min) << "bands meet without gap or overlap";
          } else {
            EXPECT_FALSE(band.max.has_value()) << "the top band is open above";
          }
          if (i > 0) {
            EXPECT_TRUE(band.min.has_value()) << "only the first band is open below";
          }
        }
      }
    }
  }
}

TEST(StandardData, ReadingsOfTheInconsistencies) {
  // Which item's encoding follows which of the spec's nine readings.
  const std::vector<std::tuple<const char*, const char*, std::vector<int>>> readings = {
      {"discrete", "3.1", {7}}, {"discrete", "3.2", {6}}, {"discrete", "4.3", {1, 2, 8}},
      {"discrete", "5.1", {3}}, {"discrete", "6.1", {9}}, {"discrete", "6.3", {7}},
      {"discrete", "6.6", {5}}, {"process", "3.3", {4}},  {"process", "4.1", {3}},
      {"process", "5.1", {9}},  {"process", "5.3", {7}},  {"process", "5.6", {5}},
  };
  std::set<int> all;
  for (const auto& [type, id, expected] : readings) {
    EXPECT_EQ(standard().table(type)->item(id)->reading, expected) << type << " " << id;
    all.insert(expected.begin(), expected.end());
  }
  EXPECT_EQ(all, (std::set<int>{1, 2, 3, 4, 5, 6, 7, 8, 9}));

  const sx::Item& integration = *standard().table("discrete")->item("4.3");
  EXPECT_EQ(integration.points, 4);  // inconsistency 2: 4, not the heading's 2
  EXPECT_EQ(integration.requires_items, (std::vector<std::string>{"4.1", "4.2"}));  // 8
  const sx::Item& functions = *standard().table("discrete")->item("3.2");
  EXPECT_EQ(functions.count_points, (std::vector<int>{0, 3, 7, 10}));  // 6
  EXPECT_EQ(functions.provisional_below, 3);
  for (const auto& [type, id] : {std::pair<const char*, const char*>{"discrete", "6.1"}, {"process", "5.1"}}) {
    const sx::Item& mu = *standard().table(type)->item(id);  // 9
    ASSERT_TRUE(mu.forced.has_value()) << type;
    EXPECT_EQ(mu.forced->option, "below");
    EXPECT_EQ(mu.forced->when_figure, "output_per_mu");
    EXPECT_EQ(mu.forced->below_figure, "industry_output_per_mu");
  }
  // No other item requires anything or is forced.
  int requiring = 0, forced = 0;
  for (const auto& table : standard().tables) {
    for (const auto& section : table.sections) {
      for (const auto& item : section.items) {
        requiring += !item.requires_items.empty();
        forced += item.forced.has_value();
      }
    }
  }
  EXPECT_EQ(requiring, 1);
  EXPECT_EQ(forced, 2);
}

TEST(StandardData, HintsExplainTheReadingsInPlainWords) {
  // A factory manager reads the published measures, not the product's spec: a hint names the
  // table's own items (4.1, 4.2) and the measures' articles, never the spec's numbered readings.
  for (const auto& table : standard().tables) {
    for (const auto& section : table.sections) {
      for (const auto& item : section.items) {
        SCOPED_TRACE(table.type + " " + item.id);
        if (!item.reading.empty()) {
          EXPECT_FALSE(item.hint.empty()) << "an item read differently from the table says so";
        }
        for (const char* internal : {"规范说明", "本工具编为", "说明第", "第 1", "第 2", "第 3", "第 4", "第 5",
                                     "第 6", "第 7", "第 8", "第 9"}) {
          EXPECT_EQ(item.hint.find(internal), std::string::npos) << internal << " in " << item.hint;
        }
      }
    }
  }
  const std::string& integration = standard().table("discrete")->item("4.3")->hint;
  for (const char* said : {"4.2", "4.3", "4 分", "ERP（4.1）", "MES（4.2）", "“无”"}) {
    EXPECT_NE(integration.find(said), std::string::npos) << said << " not in " << integration;
  }
}

TEST(StandardData, ModesAndTheirElementCounts) {
  const std::vector<std::pair<std::string, std::size_t>> expected = {
      {"discrete", 7}, {"process", 7}, {"network", 6}, {"customization", 4}, {"remote", 5}};
  ASSERT_EQ(standard().modes.size(), expected.size());
  for (std::size_t i = 0; i < expected.size(); ++i) {
    SCOPED_TRACE(expected[i].first);
    EXPECT_EQ(standard().modes[i].key, expected[i].first);
    EXPECT_EQ(standard().modes[i].elements.size(), expected[i].second);
    EXPECT_EQ(standard().modes[i].closing.rfind("通过持续改进", 0), 0u);
    for (const auto& element : standard().modes[i].elements) {
      EXPECT_FALSE(element.empty());
      EXPECT_FALSE(element[0] >= '0' && element[0] <= '9') << "stored without its number: " << element;
    }
  }
  std::vector<std::string> ratings;
  for (const auto& r : standard().ratings) ratings.push_back(r.key);
  EXPECT_EQ(ratings, (std::vector<std::string>{"met", "partial", "unmet"}));
  EXPECT_FALSE(standard().modes_rule.empty());
}

// What a rating counts as in the modes rule is data (counts_as), not its key; a rating that counts
// as nothing the rule knows is refused at load, naming the file and the member.
TEST(StandardData, EachRatingSaysWhatItCountsAs) {
  using S = sx::ElementState;
  EXPECT_EQ(standard().rating("met")->counts_as, S::Met);
  EXPECT_EQ(standard().rating("partial")->counts_as, S::Partial);
  EXPECT_EQ(standard().rating("unmet")->counts_as, S::Unmet);

  struct Case {
    const char* name;
    const char* counts_as;  // the second rating's; nullptr removes it
    const char* error;
  };
  const Case cases[] = {
      {"unknown", "half", "x/document.json: ratings[1].counts_as: unknown counts_as \"half\""},
      {"missing", nullptr, "x/document.json: ratings[1].counts_as: unknown counts_as \"\""},
      {"a key, not a state", "partly", "x/document.json: ratings[1].counts_as: unknown counts_as \"partly\""},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.name);
    auto files = folder_files("shaoxing-2019");
    for (auto& [name, text] : files) {
      if (name != "document.json") continue;
      sx::Json doc = sx::Json::parse(text);
      sx::Json& rating = doc.at("ratings").at(1);
      if (c.counts_as != nullptr) rating["counts_as"] = c.counts_as;
      else rating.erase("counts_as");
      text = doc.dump();
    }
    std::vector<std::string> errors;
    std::optional<sx::Standard> loaded;
    EXPECT_NO_THROW(loaded = sx::load_standard("x", files, errors));
    EXPECT_FALSE(loaded.has_value());
    ASSERT_FALSE(errors.empty());
    EXPECT_NE(errors.front().find(c.error), std::string::npos) << errors.front();
  }
}

TEST(StandardData, CategoriesRankFactoryOverWorkshopOverLine) {
  std::vector<std::pair<std::string, int>> categories;
  for (const auto& c : standard().categories) categories.emplace_back(c.id, c.rank);
  EXPECT_EQ(categories, (std::vector<std::pair<std::string, int>>{{"line", 1}, {"workshop", 2}, {"factory", 3}}));
  EXPECT_EQ(standard().category("line")->article, "第六条");
  EXPECT_EQ(standard().category("workshop")->article, "第七条");
  EXPECT_EQ(standard().category("factory")->article, "第八条");
}

// The spec's condition tables: id, category, rule, and the facts or metric it reads.
struct ConditionSpec {
  const char* id;
  sx::RuleKind kind;
  std::vector<std::string> facts;
  const char* metric;
  double min;
};

TEST(StandardData, ConditionsAreTheSpecsInOrderWithTheirRules) {
  using R = sx::RuleKind;
  const std::vector<ConditionSpec> spec = {
      {"basic.registered", R::FactsTrue, {"registered_in_shaoxing", "independent_legal_person"}, "", 0},
      {"basic.scale", R::FactsTrue, {"above_designated_size"}, "", 0},
      {"basic.operating", R::FactsTrue, {"operating_normally"}, "", 0},
      {"basic.in_production", R::FactsTrue, {"project_in_production"}, "", 0},
      {"basic.results", R::SetNonEmpty, {"results"}, "", 0},
      {"basic.it_governance", R::FactsTrue, {"it_governance"}, "", 0},
      {"basic.not_revoked", R::FactFalse, {"revoked_within_3_years"}, "", 0},
      {"basic.one_category", R::FactFalse, {"applied_other_category_this_year"}, "", 0},
      {"line.smart_equipment", R::SetNonEmpty, {"key_equipment_kinds"}, "", 0},
      {"line.cnc_rate", R::MetricAtLeast, {}, "cnc_rate", 60},
      {"line.digital_interfaces", R::FactsTrue, {"digital_interfaces"}, "", 0},
      {"line.network_rate", R::MetricAtLeast, {}, "network_rate", 40},
      {"workshop.realtime", R::FactsTrue, {"realtime_integration"}, "", 0},
      {"workshop.cnc_rate", R::MetricAtLeast, {}, "cnc_rate", 65},
      {"workshop.interconnected", R::FactsTrue, {"key_equipment_interconnected"}, "", 0},
      {"workshop.mes", R::FactsTrue, {"mes_core"}, "", 0},
      {"workshop.iot", R::FactsTrue, {"iot_collection"}, "", 0},
      {"workshop.network_rate", R::MetricAtLeast, {}, "network_rate", 50},
      {"factory.integration", R::FactsTrue, {"full_integration"}, "", 0},
      {"factory.new_mode", R::AnyModeBasicallyMet, {}, "", 0},
      {"factory.smart_equipment_rate", R::MetricAtLeast, {}, "smart_equipment_rate", 70},
      {"factory.platform", R::FactsTrue, {"platform_tech"}, "", 0},
      {"factory.auto_id", R::FactsTrue, {"auto_id"}, "", 0},
      {"factory.rd_tools_rate", R::MetricAtLeast, {}, "rd_tools_rate", 70},
      {"factory.mes_erp", R::FactsTrue, {"mes_erp_integration"}, "", 0},
      {"factory.network_rate", R::MetricAtLeast, {}, "network_rate", 50},
      {"factory.collaboration", R::FactsTrue, {"internet_plus"}, "", 0},
      {"factory.decision", R::FactsTrue, {"closed_loop_decision"}, "", 0},
  };
  const auto& conditions = standard().conditions;
  ASSERT_EQ(conditions.size(), spec.size());
  for (std::size_t i = 0; i < spec.size(); ++i) {
    SCOPED_TRACE(spec[i].id);
    const auto& c = conditions[i];
    EXPECT_EQ(c.id, spec[i].id);
    EXPECT_EQ(c.category, c.id.substr(0, c.id.find('.')));
    EXPECT_EQ(c.kind, spec[i].kind);
    EXPECT_EQ(c.facts, spec[i].facts);
    EXPECT_EQ(c.metric, spec[i].metric);
    EXPECT_EQ(c.min, spec[i].min);
    EXPECT_FALSE(c.article.empty());
    EXPECT_FALSE(c.title.empty());
  }
}

TEST(StandardData, DocumentSchemaMetricsAndFacts) {
  struct Range {
    const char* key;
    std::optional<double> min, max;
  };
  const Range ranges[] = {
      {"cnc_rate", 0, 100},          {"network_rate", 0, 100},     {"smart_equipment_rate", 0, 100},
      {"rd_tools_rate", 0, 100},     {"auto_control_rate", 0, 100}, {"rd_ratio", 0, 100},
      {"efficiency_gain", -100, std::nullopt}, {"defect_reduction", std::nullopt, 100},
      {"low_end_labor_reduction", std::nullopt, 100},
  };
  ASSERT_EQ(standard().metrics.size(), std::size(ranges));
  for (const auto& r : ranges) {
    const sx::MetricDef* m = standard().metric(r.key);
    ASSERT_NE(m, nullptr) << r.key;
    EXPECT_EQ(m->min, r.min) << r.key;
    EXPECT_EQ(m->max, r.max) << r.key;
    EXPECT_EQ(m->unit, "%") << r.key;
  }
  std::vector<std::string> facts;
  for (const auto& f : standard().facts) facts.push_back(f.key);
  EXPECT_EQ(std::set<std::string>(facts.begin(), facts.end()),
            (std::set<std::string>{"registered_in_shaoxing", "independent_legal_person", "above_designated_size",
                                   "operating_normally", "project_in_production", "results", "it_governance",
                                   "revoked_within_3_years", "applied_other_category_this_year",
                                   "key_equipment_kinds", "digital_interfaces", "realtime_integration",
                                   "key_equipment_interconnected", "mes_core", "iot_collection",
                                   "full_integration", "platform_tech", "auto_id", "mes_erp_integration",
                                   "internet_plus", "closed_loop_decision"}));
  EXPECT_EQ(facts.size(), 21u);
  EXPECT_EQ(keys_of(standard().fact("results")->options),
            (std::vector<std::string>{"cost", "cycle", "efficiency", "defects", "energy"}));
  EXPECT_EQ(keys_of(standard().fact("key_equipment_kinds")->options),
            (std::vector<std::string>{"robot", "auto_assembly", "smart_inspection"}));
  for (const auto& f : standard().facts) {
    EXPECT_EQ(f.is_set, f.key == "results" || f.key == "key_equipment_kinds") << f.key;
  }
}

TEST(StandardData, EveryReferenceResolvesAndNothingIsOrphaned) {
  const auto& s = standard();
  std::set<std::string> facts_used, metrics_used, figures_used;
  for (const auto& c : s.conditions) {
    SCOPED_TRACE(c.id);
    EXPECT_TRUE(c.category == "basic" || s.category(c.category) != nullptr);
    for (const auto& f : c.facts) {
      EXPECT_NE(s.fact(f), nullptr) << f;
      facts_used.insert(f);
    }
    if (c.kind == sx::RuleKind::MetricAtLeast) {
      EXPECT_NE(s.metric(c.metric), nullptr);
      metrics_used.insert(c.metric);
    }
    if (c.kind == sx::RuleKind::SetNonEmpty) {
      EXPECT_TRUE(s.fact(c.facts.at(0))->is_set);
    }
    if (c.kind == sx::RuleKind::FactsTrue || c.kind == sx::RuleKind::FactFalse) {
      for (const auto& f : c.facts) EXPECT_FALSE(s.fact(f)->is_set) << f;
    }
    EXPECT_FALSE(c.text.empty());
    EXPECT_FALSE(c.evidence.empty());
  }
  for (const auto& t : s.tables) {
    for (const auto& sec : t.sections) {
      for (const auto& i : sec.items) {
        SCOPED_TRACE(t.type + " " + i.id);
        if (i.kind == sx::AnswerKind::Metric) {
          EXPECT_NE(s.metric(i.metric), nullptr);
          metrics_used.insert(i.metric);
        }
        if (i.forced) {
          EXPECT_NE(s.figure(i.forced->when_figure), nullptr);
          EXPECT_NE(s.figure(i.forced->below_figure), nullptr);
          EXPECT_NE(i.option(i.forced->option), nullptr);
          figures_used.insert(i.forced->when_figure);
          figures_used.insert(i.forced->below_figure);
        }
        for (const auto& r : i.requires_items) EXPECT_NE(t.item(r), nullptr);
        EXPECT_FALSE(i.title.empty());
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
    figures_used.insert(d.from[0]);
    figures_used.insert(d.from[1]);
  }
  for (const auto& f : s.facts) EXPECT_TRUE(facts_used.count(f.key)) << "fact no condition reads: " << f.key;
  for (const auto& m : s.metrics) EXPECT_TRUE(metrics_used.count(m.key)) << "metric nothing reads: " << m.key;
  for (const auto& f : s.figures) EXPECT_TRUE(figures_used.count(f.key)) << "figure nothing reads: " << f.key;
  // Every metric derives from figures, at most once.
  for (const auto& m : s.metrics) EXPECT_NE(s.derivation_of(m.key), nullptr) << m.key;
  EXPECT_EQ(s.derivations.size(), s.metrics.size());
}

TEST(StandardData, EnterpriseFieldsAndDistricts) {
  std::vector<std::string> fields;
  for (const auto& f : standard().enterprise_fields) fields.push_back(f.key);
  for (const char* key : {"name", "credit_code", "district", "industry"}) {
    EXPECT_NE(std::find(fields.begin(), fields.end(), key), fields.end()) << key;
  }
  std::vector<std::string> districts;
  for (const auto& d : standard().districts) districts.push_back(d.key);
  EXPECT_EQ(districts, (std::vector<std::string>{"yuecheng", "keqiao", "shangyu", "zhuji", "shengzhou",
                                                 "xinchang", "binhai"}));
}

TEST(StandardData, MeasuresHoldAllEighteenArticles) {
  int articles = 0;
  for (const auto& chapter : standard().measures().at("chapters")) {
    articles += static_cast<int>(chapter.at("articles").size());
  }
  EXPECT_EQ(articles, 18);
  EXPECT_EQ(standard().measures().at("chapters").size(), 5u);
}

// How a field is asked is data: its kind (a paragraph, a district, an industry, a credit code) and
// its hint; the screens and the draft follow them, and an unknown kind is a load error.
TEST(StandardData, FieldKindsAndHintsComeFromTheData) {
  const sx::Standard& s = *sx::find_standard("shaoxing-2019");
  const auto kind_of = [](const std::vector<sx::Field>& fields, const std::string& key) {
    for (const auto& f : fields) {
      if (f.key == key) return f.kind;
    }
    return sx::FieldKind::Text;
  };
  EXPECT_EQ(kind_of(s.enterprise_fields, "credit_code"), sx::FieldKind::CreditCode);
  EXPECT_EQ(kind_of(s.enterprise_fields, "district"), sx::FieldKind::District);
  EXPECT_EQ(kind_of(s.enterprise_fields, "industry"), sx::FieldKind::Industry);
  EXPECT_EQ(kind_of(s.project_fields, "summary"), sx::FieldKind::Paragraph);
  EXPECT_EQ(kind_of(s.project_fields, "name"), sx::FieldKind::Text);
  for (const auto& f : s.project_fields) {
    if (f.key == "start" || f.key == "completion") {
      EXPECT_EQ(f.hint, "例如 2019-06 或 2019年6月");
    }
  }

  auto files = folder_files("shaoxing-2019");
  for (auto& f : files) {
    if (f.first != "document.json") continue;
    const auto at = f.second.find("\"kind\": \"paragraph\"");
    ASSERT_NE(at, std::string::npos);
    f.second.replace(at, std::string("\"kind\": \"paragraph\"").size(), "\"kind\": \"essay\"");
  }
  std::vector<std::string> errors;
  EXPECT_FALSE(sx::load_standard("x", files, errors));
  ASSERT_FALSE(errors.empty());
  EXPECT_NE(errors.front().find("x/document.json: unknown field kind \"essay\""), std::string::npos) << errors.front();
}

// The industry field's choices are the standard's data: the 31 manufacturing divisions of
// GB/T 4754-2017 (C13–C43), each with the table it suggests (or none) and why.
TEST(StandardData, IndustriesAreTheManufacturingDivisions) {
  const auto& industries = standard().industries;
  ASSERT_EQ(industries.size(), 31u);
  for (std::size_t i = 0; i < industries.size(); ++i) {
    const sx::Industry& industry = industries[i];
    SCOPED_TRACE(industry.code);
    EXPECT_EQ(industry.code, "C" + std::to_string(13 + i));
    EXPECT_FALSE(industry.name.empty());
    EXPECT_FALSE(industry.reason.empty());
    EXPECT_TRUE(industry.type.empty() || standard().table(industry.type) != nullptr) << industry.type;
  }
  const sx::Industry& textiles = industries[4];
  EXPECT_EQ(textiles.text(), "C17 纺织业");
  EXPECT_EQ(textiles.type, "process");
  EXPECT_EQ(standard().industry_of("C34 通用设备制造业")->type, "discrete");
  EXPECT_EQ(standard().industry_of("C41 其他制造业")->type, "");  // no suggestion
}

// A stored text names its division by the code it starts with, as the fixtures and drafts write it.
TEST(StandardData, AStoredIndustryTextFindsItsDivision) {
  const struct {
    const char* text;
    const char* code;  // nullptr: none
  } cases[] = {
      {"C17 纺织业", "C17"}, {"C17", "C17"}, {"C17纺织业", "C17"}, {"C17 纺织业（袜业）", "C17"},
      {"C43 金属制品、机械和设备修理业", "C43"}, {"C171", nullptr}, {"C1", nullptr}, {"纺织业", nullptr},
      {"", nullptr}, {"c17 纺织业", nullptr}, {"C12 采矿业", nullptr},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.text);
    const sx::Industry* found = standard().industry_of(c.text);
    if (c.code == nullptr) {
      EXPECT_EQ(found, nullptr);
    } else {
      ASSERT_NE(found, nullptr);
      EXPECT_EQ(found->code, c.code);
    }
  }
}

// A division suggesting a type the standard has no table for, or an industry field with no
// divisions to offer, is refused at load, naming the file and the member.
TEST(StandardData, IndustriesThatCannotBeOfferedAreALoadError) {
  struct Case {
    const char* name;
    void (*edit)(sx::Json& document);
    const char* error;
  };
  const Case cases[] = {
      {"unknown type", [](sx::Json& d) { d.at("industries").at(4)["type"] = "continuous"; },
       "x/document.json: industries[4].type: unknown type \"continuous\""},
      {"no list", [](sx::Json& d) { d.erase("industries"); },
       "x/document.json: field \"industry\" is of kind industry but \"industries\" is empty"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.name);
    auto files = folder_files("shaoxing-2019");
    for (auto& [name, text] : files) {
      if (name != "document.json") continue;
      sx::Json doc = sx::Json::parse(text);
      c.edit(doc);
      text = doc.dump();
    }
    std::vector<std::string> errors;
    std::optional<sx::Standard> loaded;
    EXPECT_NO_THROW(loaded = sx::load_standard("x", files, errors));
    EXPECT_FALSE(loaded.has_value());
    ASSERT_FALSE(errors.empty());
    EXPECT_NE(errors.front().find(c.error), std::string::npos) << errors.front();
  }
}
