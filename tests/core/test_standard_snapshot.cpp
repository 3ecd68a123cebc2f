// The snapshot a build embeds of each standard folder (sx/standard_snapshot.hpp): it reads back
// into the Standard its folder loads into, for 2019 and the made-up year alike, and bytes that are
// not a snapshot get an error naming where, never a crash or a half-read standard.
#include "sx/standard_snapshot.hpp"

#include <gtest/gtest.h>

#include "made_up_year.hpp"
#include "test_support.hpp"

namespace {

sx::Standard loaded(const std::string& id, const std::vector<std::pair<std::string, std::string>>& files) {
  std::vector<std::string> errors;
  auto standard = sx::load_standard(id, files, errors);
  EXPECT_TRUE(errors.empty()) << (errors.empty() ? "" : errors.front());
  if (!standard) throw std::runtime_error(id + " does not load");
  return std::move(*standard);
}

TEST(StandardSnapshot, ReadsBackWhatItsFolderLoads) {
  for (const auto& [id, files] : {std::pair(std::string("shaoxing-2019"), sx_test::folder_files("shaoxing-2019")),
                                  std::pair(std::string(sx_test::kMadeUpYear), sx_test::made_up_year_files())}) {
    SCOPED_TRACE(id);
    const sx::Standard standard = loaded(id, files);
    const std::string bytes = sx::write_snapshot(standard);
    std::string error;
    const auto read = sx::read_snapshot(bytes, error);
    ASSERT_TRUE(read.has_value()) << error;
    EXPECT_EQ(sx::write_snapshot(*read), bytes);
    // Members of every depth, checked one by one (a member the snapshot skipped would come back empty).
    EXPECT_EQ(read->id, standard.id);
    EXPECT_EQ(read->issued, standard.issued);
    ASSERT_EQ(read->tables.size(), standard.tables.size());
    const sx::Item& item = read->tables[0].sections[0].items[0];
    EXPECT_EQ(item.id, standard.tables[0].sections[0].items[0].id);
    EXPECT_EQ(item.text, standard.tables[0].sections[0].items[0].text);
    EXPECT_EQ(item.max, standard.tables[0].sections[0].items[0].max);
    const sx::Item* metric = nullptr;
    for (const auto& section : read->tables[0].sections) {
      for (const auto& i : section.items) {
        if (i.kind == sx::AnswerKind::Metric && metric == nullptr) metric = &i;
      }
    }
    ASSERT_NE(metric, nullptr);
    const sx::Item* original = standard.tables[0].item(metric->id);
    ASSERT_EQ(metric->bands.size(), original->bands.size());
    for (std::size_t b = 0; b < metric->bands.size(); ++b) {
      EXPECT_EQ(metric->bands[b].min, original->bands[b].min);
      EXPECT_EQ(metric->bands[b].max, original->bands[b].max);
      EXPECT_EQ(metric->bands[b].points, original->bands[b].points);
    }
    ASSERT_EQ(read->categories.size(), standard.categories.size());
    EXPECT_EQ(read->categories.back().title, standard.categories.back().title);
    ASSERT_EQ(read->conditions.size(), standard.conditions.size());
    for (std::size_t c = 0; c < read->conditions.size(); ++c) {
      EXPECT_EQ(read->conditions[c].id, standard.conditions[c].id);
      EXPECT_EQ(read->conditions[c].kind, standard.conditions[c].kind);
      EXPECT_EQ(read->conditions[c].min, standard.conditions[c].min);
      EXPECT_EQ(read->conditions[c].facts, standard.conditions[c].facts);
    }
    EXPECT_EQ(read->review.division_names, standard.review.division_names);
    EXPECT_EQ(read->review.revocation_window_years, standard.review.revocation_window_years);
    ASSERT_EQ(read->review.flags.size(), standard.review.flags.size());
    EXPECT_EQ(read->review.flags[0].details, standard.review.flags[0].details);
    ASSERT_EQ(read->quick_check.size(), standard.quick_check.size());
    EXPECT_EQ(read->quick_check.back().key(), standard.quick_check.back().key());
    EXPECT_EQ(read->measures_title, "绍兴市传统产业智能化改造项目认定管理办法（试行）");
    EXPECT_EQ(read->measures(), standard.measures());
  }
}

TEST(StandardSnapshot, BytesThatAreNotASnapshotAreRefusedSayingWhere) {
  const std::string bytes = sx::write_snapshot(sx::current_standard());
  std::string error;
  EXPECT_FALSE(sx::read_snapshot("", error));
  EXPECT_NE(error.find("ends early"), std::string::npos) << error;
  EXPECT_FALSE(sx::read_snapshot("{\"id\": \"shaoxing-2019\"}", error));
  EXPECT_NE(error.find("is not a standard snapshot"), std::string::npos) << error;
  EXPECT_FALSE(sx::read_snapshot(bytes + "x", error));
  EXPECT_EQ(error, "snapshot has bytes after the standard (byte " + std::to_string(bytes.size()) + " of " +
                       std::to_string(bytes.size() + 1) + ")");
  // Cut anywhere, it is refused (every 97th length keeps the test quick under the sanitizers).
  for (std::size_t size = 0; size < bytes.size(); size += 97) {
    error.clear();
    EXPECT_FALSE(sx::read_snapshot(std::string_view(bytes).substr(0, size), error)) << size;
    EXPECT_NE(error.find("snapshot"), std::string::npos) << size;
  }
  // A length that claims more than is left is refused before anything is allocated for it.
  std::string huge = bytes.substr(0, std::string_view("sx-standard-snapshot-1").size());
  huge += "\xff\xff\xff\xff\x0f";
  EXPECT_FALSE(sx::read_snapshot(huge, error));
  EXPECT_NE(error.find("passes the end"), std::string::npos) << error;
}

}  // namespace
