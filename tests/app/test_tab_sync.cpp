// Two tabs sharing one autosave: what a tab does with the save it finds (app/state/tab_sync.hpp).
// The cases are the tabs' stories: one follows the other, both edit, a writer that had not seen
// the other's save, an older build's save without stamp, a stamp that belongs to another text.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "tab_sync.hpp"

namespace {

using sx_app::decide_sync;
using sx_app::read_stamp;
using sx_app::SaveStamp;
using sx_app::stamp_json;
using sx_app::SyncAgreement;
using sx_app::SyncStep;

const std::string kStart = R"({"answers":{}})";
const std::string kTabA = R"({"answers":{"1.1":true,"2.1":["cad"]}})";
const std::string kTabB = R"({"answers":{"1.1":false}})";

TEST(SaveStampText, RoundTripsOnlyWithItsText) {
  const std::string stamp = stamp_json({"a1.3", "b2.7"}, kTabA);
  const auto read = read_stamp(stamp, kTabA);
  ASSERT_TRUE(read);
  EXPECT_EQ(read->id, "a1.3");
  EXPECT_EQ(read->base, "b2.7");
  // The stamp of another text (written by an older build's save beside it, or not arrived yet).
  EXPECT_FALSE(read_stamp(stamp, kTabB));
  EXPECT_FALSE(read_stamp(stamp, kTabA + " "));
}

TEST(SaveStampText, GarbageIsNoStamp) {
  for (const char* text : {"", "null", "[]", "{\"id\":\"a\"}", "{\"id\":\"\",\"base\":\"\",\"hash\":\"x\"}",
                           "{\"id\":1,\"base\":\"\",\"hash\":\"x\"}", "{\"id\":\"a\",\"base\":\"\""}) {
    EXPECT_FALSE(read_stamp(text, kStart)) << text;
  }
}

TEST(TabSync, OwnOrAgreedSaveIsNothingToDo) {
  const SyncAgreement agreed{"a.1", kStart};
  EXPECT_EQ(decide_sync(agreed, kStart, kStart, SaveStamp{"a.1", ""}), SyncStep::Nothing);
  // Edited here, storage still as agreed: this tab may write.
  EXPECT_EQ(decide_sync(agreed, kTabA, kStart, SaveStamp{"a.1", ""}), SyncStep::Nothing);
  // Nothing stored any more (site data cleared): nothing another tab wrote can be lost.
  EXPECT_EQ(decide_sync(agreed, kTabA, "", std::nullopt), SyncStep::Nothing);
}

TEST(TabSync, SameContentUnderAnotherStampIsRecorded) {
  EXPECT_EQ(decide_sync({"a.1", kStart}, kStart, kStart, SaveStamp{"b.4", "a.1"}), SyncStep::Agree);
  // The other tab saved exactly what this one has unsaved.
  EXPECT_EQ(decide_sync({"a.1", kStart}, kTabB, kTabB, SaveStamp{"b.4", "a.1"}), SyncStep::Agree);
}

TEST(TabSync, AnUnchangedTabFollowsAWriterThatSawItsSave) {
  // Tab B opened on kStart; tab A answered 1.1 and 2.1 and saved: B follows.
  EXPECT_EQ(decide_sync({"a.1", kStart}, kStart, kTabA, SaveStamp{"a.2", "a.1"}), SyncStep::Adopt);
  // The first save ever: both tabs began blank with nothing stored, no stamp agreed on.
  EXPECT_EQ(decide_sync({"", kStart}, kStart, kTabA, SaveStamp{"a.1", ""}), SyncStep::Adopt);
  EXPECT_EQ(decide_sync({"", kStart}, kTabB, kTabA, SaveStamp{"a.1", ""}), SyncStep::Conflict);
  // A save of an older build, without stamp: nothing of this tab's is lost by following it.
  EXPECT_EQ(decide_sync({"a.1", kStart}, kStart, kTabA, std::nullopt), SyncStep::Adopt);
}

TEST(TabSync, BothChangedSinceTheyAgreedIsAConflict) {
  // A's save arrives while B has its own change pending (within the autosave delay).
  EXPECT_EQ(decide_sync({"a.1", kStart}, kTabB, kTabA, SaveStamp{"a.2", "a.1"}), SyncStep::Conflict);
  EXPECT_EQ(decide_sync({"a.1", kStart}, kTabB, kTabA, std::nullopt), SyncStep::Conflict);
}

TEST(TabSync, AWriterThatHadNotSeenThisTabsSaveIsAConflict) {
  // A saved a.2 and changed nothing since; B wrote over it from an older agreement (both saved
  // at the same moment): A's work was overwritten without being seen.
  EXPECT_EQ(decide_sync({"a.2", kTabA}, kTabA, kTabB, SaveStamp{"b.1", "a.1"}), SyncStep::Conflict);
}

TEST(TabSync, AfterFollowingTheTabsAgreeAgain) {
  // B adopted A's save (agreement a.2); B's next save names a.2 as its base, so A follows it.
  SyncAgreement b{"a.2", kTabA};
  const std::string b_edit = R"({"answers":{"1.1":false,"2.1":["cad"]}})";
  EXPECT_EQ(decide_sync(b, b_edit, kTabA, SaveStamp{"a.2", "a.1"}), SyncStep::Nothing);
  SyncAgreement a{"a.2", kTabA};
  EXPECT_EQ(decide_sync(a, kTabA, b_edit, SaveStamp{"b.1", "a.2"}), SyncStep::Adopt);
}

}  // namespace

// Another tab that chose the type the assessment started on (only “type_chosen” differs) is
// described as a change of 企业类型, as a change of the type itself is.
TEST(TabSync, ChoosingTheTypeIsAChangeOfTheType) {
  const sx::Standard& standard = *sx::find_standard("shaoxing-2019");
  sx::Assessment mine(standard.id, "discrete");
  mine.mark_type_unchosen();
  sx::Assessment other = mine;
  other.set_type("discrete");
  EXPECT_EQ(sx_app::differences(standard, mine, other), std::vector<std::string>{"企业类型"});
  other.set_type("process");
  EXPECT_EQ(sx_app::differences(standard, mine, other), std::vector<std::string>{"企业类型"});
}
