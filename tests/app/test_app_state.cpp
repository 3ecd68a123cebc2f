// AppState's rules between screens: where a notice belongs, what leaving a text field does to its
// text, and when opening a file must ask first.
#include <gtest/gtest.h>

#include <string>

#include "app_state.hpp"
#include "screens.hpp"
#include "table_columns.hpp"

// ImGui's assertions are on in the native build (tests/app/imconfig_test.h).
void sx_imgui_assert_failed(const char* expr, const char* file, int line) {
  ADD_FAILURE() << file << ":" << line << ": IM_ASSERT(" << expr << ")";
}

namespace {

using sx_app::AppState;

bool has_notice(const AppState& state, const std::string& key) {
  for (const auto& notice : state.notices) {
    if (notice.key == key) return true;
  }
  return false;
}

// 基础数据 → a derived metric is reported → 导出: the report was about 基础数据 and stays there.
TEST(Notices, ARaisedActionsNoticeGoesWithItsScreen) {
  AppState state;
  sx_app::show_screen(state, "figures");
  sx_app::report(state, state.model.set_figure("cnc_key_equipment", 13));
  sx_app::report(state, state.model.set_figure("key_equipment", 20));
  ASSERT_TRUE(has_notice(state, "consequence")) << "completing a pair reports the metric it gives";
  EXPECT_EQ(state.notices.front().screen, "figures");

  sx_app::show_screen(state, "figures");  // the same screen again: not left
  EXPECT_TRUE(has_notice(state, "consequence"));
  sx_app::show_screen(state, "export");
  EXPECT_FALSE(has_notice(state, "consequence")) << "the notice followed the user to 导出";
}

TEST(Notices, AppWideNoticesStayUntilDismissed) {
  AppState state;
  sx_app::Notice storage;
  storage.key = "storage";
  storage.title = "浏览器存储已满";
  sx_app::set_notice(state, storage);
  for (const char* id : {"figures", "export", "start"}) sx_app::show_screen(state, id);
  EXPECT_TRUE(has_notice(state, "storage"));
  sx_app::clear_notice(state, "storage");
  EXPECT_FALSE(has_notice(state, "storage"));
}

// Typing keeps every blank (the next word may follow); leaving the field takes the trailing ones.
TEST(TextFields, TrailingBlanksGoWhenTheFieldIsLeft) {
  struct Row {
    std::string typed;
    std::string kept;
  };
  const Row rows[] = {
      {"改造内容包括：\n", "改造内容包括："},
      {"一期\n二期\n\n", "一期\n二期"},
      {"新增机器人 12 台  \t\r\n", "新增机器人 12 台"},
      {"成效明显\xE3\x80\x80", "成效明显"},  // an IME's ideographic space
      {"  首行缩进", "  首行缩进"},           // leading blanks are the user's layout
      {"\n", ""},
  };
  for (const auto& row : rows) {
    SCOPED_TRACE(row.typed);
    AppState state;
    sx_app::show_screen(state, "enterprise");
    sx_app::begin_text_field(state, "project.summary");
    ASSERT_TRUE(state.model.set_project_field("summary", row.typed).ok);
    EXPECT_EQ(state.document().project_text("summary"), row.typed) << "trimmed while typing";
    sx_app::finish_text_field(state);
    EXPECT_EQ(state.document().project_text("summary"), row.kept);
  }
}

TEST(TextFields, LeavingTheScreenLeavesTheField) {
  AppState state;
  sx_app::show_screen(state, "enterprise");
  sx_app::begin_text_field(state, "enterprise.name");
  state.model.set_coalesce_key("enterprise.name");
  ASSERT_TRUE(state.model.set_enterprise_field("name", "绍兴纺织有限公司 ").ok);
  sx_app::show_screen(state, "figures");
  EXPECT_EQ(state.document().enterprise_text("name"), "绍兴纺织有限公司");
  // The trim belongs to the typing's undo step: one undo brings back the empty name.
  ASSERT_TRUE(state.model.undo());
  EXPECT_EQ(state.document().enterprise_text("name"), "");
}

TEST(Import, OverABlankDocumentOpensWithoutAQuestion) {
  AppState state;
  ASSERT_TRUE(sx_app::document_is_blank(state));
  sx::Assessment file("shaoxing-2019", "process");
  file.set_enterprise_text("name", "绍兴印染有限公司");
  sx_app::offer_import(state, "印染.json", file);
  EXPECT_FALSE(state.pending_import) << "a blank document asked to be replaced";
  EXPECT_EQ(state.document().enterprise_text("name"), "绍兴印染有限公司");
}

TEST(Import, OverWorkAsksFirst) {
  AppState state;
  ASSERT_TRUE(state.model.set_enterprise_field("name", "绍兴纺织有限公司").ok);
  ASSERT_FALSE(sx_app::document_is_blank(state));
  sx_app::offer_import(state, "印染.json", sx::Assessment("shaoxing-2019", "process"));
  ASSERT_TRUE(state.pending_import);
  EXPECT_EQ(state.pending_import_name, "印染.json");
  EXPECT_EQ(state.document().enterprise_text("name"), "绍兴纺织有限公司") << "replaced before asking";
}

// The core keeps 20 problems and counts the rest; the dialog shows its list as it is (it once cut
// it again and said “另有 1 处问题” of a file with 500).
TEST(Import, AFileWith500ProblemsSays20AndTheRestCounted) {
  AppState state;
  std::string answers;
  for (int i = 0; i < 500; ++i) answers += (i ? "," : "") + std::string("\"no.") + std::to_string(i) + "\": true";
  const std::string text = R"({"format": "sx-retrofit-assessment", "version": 1, "standard": "shaoxing-2019", "type": "discrete", "answers": {)" +
                           answers + "}}";
  EXPECT_FALSE(sx_app::read_document(state, "坏文件.json", text));
  ASSERT_TRUE(state.modal);
  ASSERT_EQ(state.modal->lines.size(), 21u);
  EXPECT_EQ(state.modal->lines.back(), "另有 480 处问题");
  EXPECT_NE(state.modal->lines.front().find("no.0"), std::string::npos) << state.modal->lines.front();
}

}  // namespace

// 审核台 reading a batch: under way until every file has come; its count as the progress says it.
TEST(DeskReading, UnderWayUntilEveryFileHasCome) {
  sx_app::DeskState desk;
  EXPECT_FALSE(sx_app::desk_reading(desk));  // nothing asked for
  desk.reading_total = 3;
  desk.reading_done = 2;
  EXPECT_TRUE(sx_app::desk_reading(desk));
  EXPECT_EQ(sx_app::desk_reading_text(desk), "正在读取 2 / 3 个文件");
  desk.reading_done = 3;
  EXPECT_FALSE(sx_app::desk_reading(desk));
}

// The table's sort as the browser keeps it between visits: the column by its title, both ways;
// file order says nothing; a column the standard lacks, or text that is no view, leaves file order.
TEST(DeskView, TheSortComesBackAfterAReload) {
  const sx::Standard& standard = sx::current_standard();
  sx_app::DeskState desk;
  EXPECT_EQ(sx_app::desk_view_text(desk, standard), "") << "file order is not kept";
  const auto columns = sx_review::table_columns(standard);
  for (const bool descending : {false, true}) {
    for (const auto& column : columns) {
      desk.sort = {column, descending};
      desk.sorted = true;
      sx_app::DeskState back;
      sx_app::restore_desk_view(back, standard, sx_app::desk_view_text(desk, standard));
      EXPECT_TRUE(back.sorted) << sx_review::column_title(standard, column);
      EXPECT_TRUE(back.sort.by == column) << sx_review::column_title(standard, column);
      EXPECT_EQ(back.sort.descending, descending);
      EXPECT_TRUE(back.sort_to_table) << "the header shows the sort";
      EXPECT_TRUE(back.order_stale);
    }
  }
  for (const char* text : {"", "{", "[]", R"({"sort": {"column": "没有这一列", "descending": true}})",
                           R"({"sort": {"column": "总分"}})", R"({"sort": {"column": 3, "descending": true}})"}) {
    sx_app::DeskState back;
    sx_app::restore_desk_view(back, standard, text);
    EXPECT_FALSE(back.sorted) << text;
  }
}
