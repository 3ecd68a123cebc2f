// The accessibility mirror's changes (app/ui/mirror.cpp), frame by frame, from a headless ImGui:
// everything once, nothing for an unchanged frame, only what changed after that; keys that stay
// put when texts change or the window scrolls; radio groups named by the question; a text
// field described by its error; names for unlabeled fields.
#include <gtest/gtest.h>

#include <algorithm>
#include <functional>
#include <string>

#include "imgui.h"
#include "imgui_internal.h"
#include "mirror.hpp"
#include "sx/json.hpp"
#include "widget_log.hpp"
#include "widgets.hpp"

// ImGui's assertions are on in this build (tests/app/imconfig_test.h): one fails the test.
void sx_imgui_assert_failed(const char* expr, const char* file, int line) {
  ADD_FAILURE_AT(file, line) << "IM_ASSERT(" << expr << ")";
}

namespace {

using sx::Json;

class MirrorTest : public ::testing::Test {
 protected:
  void SetUp() override {
    context_ = ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(800, 600);
    io.DeltaTime = 1.0f / 60.0f;
    io.IniFilename = nullptr;
    io.Fonts->AddFontDefault();
    unsigned char* pixels = nullptr;
    int w = 0, h = 0;
    io.Fonts->GetTexDataAsAlpha8(&pixels, &w, &h);
    ImGui::GetCurrentContext()->TestEngineHookItems = true;
  }
  void TearDown() override { ImGui::DestroyContext(context_); }

  // Draws one frame of `body` in a fixed window and returns the mirror's changes (null: none).
  Json frame(const std::function<void()>& body, float scroll_y = -1.0f) {
    ImGui::NewFrame();
    sx_app::begin_widget_frame();
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(ImVec2(400, 200));
    if (scroll_y >= 0.0f) ImGui::SetNextWindowScroll(ImVec2(0.0f, scroll_y));
    ImGui::Begin("page", nullptr, ImGuiWindowFlags_NoDecoration);
    body();
    ImGui::End();
    sx_app::end_widget_frame();
    ImGui::Render();
    const std::string changes = mirror_.changes({{"score", score_}});
    return changes.empty() ? Json() : Json::parse(changes);
  }

  static const Json* entry(const Json& changes, const std::string& role, const std::string& name) {
    if (!changes.contains("set")) return nullptr;
    for (const auto& e : changes["set"]) {
      if (e["r"] == role && e["n"] == name) return &e;
    }
    return nullptr;
  }

  ImGuiContext* context_ = nullptr;
  sx_app::Mirror mirror_;
  std::string score_ = "评分表得分 0 分";
};

void page(const std::string& note) {
  sx_app::heading("企业与项目");
  ImGui::TextUnformatted(note.c_str());
  ImGui::Button("保存文件");
}

TEST_F(MirrorTest, FirstFrameSendsAllThenNothingUntilSomethingChanges) {
  const Json first = frame([] { page("说明"); });
  ASSERT_TRUE(first.is_object());
  EXPECT_TRUE(first.contains("windows"));
  EXPECT_TRUE(first.contains("order"));
  EXPECT_TRUE(first.contains("live"));
  ASSERT_NE(entry(first, "h1", "企业与项目"), nullptr);
  ASSERT_NE(entry(first, "text", "说明"), nullptr);
  ASSERT_NE(entry(first, "button", "保存文件"), nullptr);
  EXPECT_TRUE(frame([] { page("说明"); }).is_null()) << "an unchanged frame sends nothing";

  // A text whose wording changes is the same element with new text: no reordering.
  const Json changed = frame([] { page("说明已改"); });
  ASSERT_TRUE(changed.is_object());
  EXPECT_FALSE(changed.contains("order"));
  ASSERT_EQ(changed["set"].size(), 1u);
  EXPECT_EQ(changed["set"][0]["k"], entry(first, "text", "说明")->at("k"));
  EXPECT_EQ(changed["set"][0]["n"], "说明已改");

  // The live status is sent when it changes, and only then.
  score_ = "评分表得分 6 分";
  const Json live = frame([] { page("说明已改"); });
  ASSERT_TRUE(live.contains("live"));
  EXPECT_EQ(live["live"][0][1], "评分表得分 6 分");
  EXPECT_FALSE(live.contains("set"));
}

TEST_F(MirrorTest, ScrollingSendsTheScrollNotTheElements) {
  auto tall = [] {
    for (int i = 0; i < 40; ++i) ImGui::Text("第 %d 行", i);
  };
  frame(tall);
  frame(tall);
  for (const float y : {37.0f, 180.5f, 311.0f}) {
    const Json scrolled = frame(tall, y);
    ASSERT_TRUE(scrolled.is_object()) << "scrolling to " << y << " sent nothing";
    ASSERT_TRUE(scrolled.contains("windows"));
    EXPECT_NEAR(scrolled["windows"][0]["sy"].get<double>(), y, 1.0);
    EXPECT_FALSE(scrolled.contains("set")) << "elements resent after scrolling to " << y << ": " << scrolled.dump();
    EXPECT_FALSE(scrolled.contains("order"));
  }
}

// ImGui's content height moves by a pixel or two as a page scrolls (lines floored from a
// fractional start); the page laid the whole tree out again for each height it was sent. The
// extent goes with a margin and stays while the content is within it; a real change is sent, and
// the container is never shorter than the content.
TEST_F(MirrorTest, AContentHeightThatJittersIsNotResent) {
  auto tall = [](float extra) {
    return [extra] {
      for (int i = 0; i < 40; ++i) ImGui::Text("第 %d 行", i);
      ImGui::Dummy(ImVec2(10.0f, extra));
    };
  };
  // ImGui knows a content's size the frame after it is drawn: the windows last sent over three.
  const auto windows_after = [this](const std::function<void()>& body) {
    Json windows;
    for (int i = 0; i < 3; ++i) {
      const Json changes = frame(body, 0.0f);
      if (changes.is_object() && changes.contains("windows")) windows = changes["windows"];
    }
    return windows;
  };
  const Json first = windows_after(tall(10.0f));
  ASSERT_FALSE(first.is_null());
  const long sent = first[0]["sh"].get<long>();
  const float content = ImGui::FindWindowByName("page")->ScrollMax.y + 200.0f;
  EXPECT_GE(sent, std::lround(content)) << "shorter than the content";
  for (const float extra : {11.0f, 12.5f, 9.0f, 8.0f, 11.0f}) {
    EXPECT_TRUE(windows_after(tall(extra)).is_null()) << "content " << extra - 10.0f << " px longer was resent";
  }
  const Json longer = windows_after(tall(200.0f));
  ASSERT_FALSE(longer.is_null());
  EXPECT_GE(longer[0]["sh"].get<long>(), sent + 180);
  const Json shorter = windows_after(tall(10.0f));
  ASSERT_FALSE(shorter.is_null());
  EXPECT_EQ(shorter[0]["sh"].get<long>(), sent);
  // A window with nothing to scroll is sent exactly its size, with nothing to scroll either.
  const Json little = windows_after([] { ImGui::TextUnformatted("一行"); });
  ASSERT_FALSE(little.is_null());
  EXPECT_EQ(little[0]["sh"].get<long>(), little[0]["h"].get<long>());
}

TEST_F(MirrorTest, RadiosFormAGroupNamedByTheQuestion) {
  const Json first = frame([] {
    ImGui::TextUnformatted("项目已建成投产？");
    sx_app::name_next_group("项目已建成投产");
    sx_app::radio("是##built · 是", true);
    ImGui::SameLine();
    sx_app::radio("否##built · 否", false);
    ImGui::Button("下一步");
  });
  const Json* group = entry(first, "radiogroup", "项目已建成投产");
  ASSERT_NE(group, nullptr);
  const Json* yes = entry(first, "radio", "是");
  const Json* no = entry(first, "radio", "否");
  ASSERT_NE(yes, nullptr);
  ASSERT_NE(no, nullptr);
  EXPECT_EQ(yes->at("p"), group->at("k"));
  EXPECT_EQ(no->at("p"), group->at("k"));
  EXPECT_EQ(yes->at("c"), 1);
  EXPECT_EQ(no->at("c"), 0);
  EXPECT_NE(entry(first, "button", "下一步")->at("p"), group->at("k")) << "the group ends at the next widget";
}

TEST_F(MirrorTest, AFieldIsNamedByItsCaptionAndDescribedByItsError) {
  std::string value = "150";
  const Json first = frame([&] {
    ImGui::TextUnformatted("关键装备数控化率");
    sx_app::text_field("##metrics.cnc_rate", value);
    sx_app::mark_next_text(sx_app::TextRole::Error);
    ImGui::TextUnformatted("请输入 0 到 100 之间的数");
  });
  const Json* field = entry(first, "textbox", "关键装备数控化率");
  ASSERT_NE(field, nullptr) << first.dump();
  EXPECT_EQ(field->at("v"), "150");
  const Json* error = entry(first, "error", "请输入 0 到 100 之间的数");
  ASSERT_NE(error, nullptr);
  EXPECT_EQ(field->at("e"), error->at("k"));

  const Json widgets = Json::parse(sx_app::widgets_json());
  ASSERT_EQ(widgets.size(), 1u);
  EXPECT_EQ(widgets[0]["role"], "textbox");
  EXPECT_EQ(widgets[0]["accessibleName"], "关键装备数控化率");
}

TEST_F(MirrorTest, RolesAndStatesOfTheOtherWidgets) {
  bool on = true;
  const Json first = frame([&] {
    sx_app::checkbox("采用CAD等技术##cad", &on);
    ImGui::BeginDisabled();
    ImGui::Button("重做");
    ImGui::EndDisabled();
    ImGui::Button("1. 开始###nav.start");
    sx_app::note_last_item("1. 开始###nav.start", 1);
    sx_app::note_last_role(sx_app::Role::NavItem);
  });
  EXPECT_EQ(entry(first, "checkbox", "采用CAD等技术")->at("c"), 1);
  EXPECT_EQ(entry(first, "button", "重做")->at("d"), 1);
  EXPECT_EQ(entry(first, "navitem", "1. 开始")->at("c"), 1);
}

}  // namespace

namespace {

// A table noted as one: a sortable header row and `rows` rows of which only those from `first`
// are drawn (as a clipped table draws them).
void files_table(int rows, int first, int drawn) {
  const ImGuiTableFlags flags = ImGuiTableFlags_Sortable | ImGuiTableFlags_ScrollY;
  if (!ImGui::BeginTable("files", 3, flags, ImVec2(380.0f, 150.0f))) return;
  sx_app::note_table("申报文件一览", rows);
  ImGui::TableSetupColumn("文件", ImGuiTableColumnFlags_DefaultSort);
  ImGui::TableSetupColumn("企业名称");
  ImGui::TableSetupColumn("总分");
  // As 审核台 draws its headers: ImGui reports no label for a header, the view notes it.
  ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
  for (int c = 0; c < 3; ++c) {
    ImGui::TableSetColumnIndex(c);
    ImGui::TableHeader(ImGui::TableGetColumnName(c));
    sx_app::note_last_item(ImGui::TableGetColumnName(c));
  }
  for (int i = first; i < first + drawn; ++i) {
    sx_app::note_table_row(i + 1);
    ImGui::TableNextRow();
    ImGui::TableSetColumnIndex(0);
    const std::string file = "第" + std::to_string(i) + "份.json##row." + std::to_string(i);
    ImGui::Selectable(file.c_str(), false, ImGuiSelectableFlags_SpanAllColumns);
    ImGui::TableSetColumnIndex(1);
    ImGui::Text("企业%d", i);
    ImGui::TableSetColumnIndex(2);
    ImGui::Text("%d", 60 + i);
  }
  ImGui::EndTable();
}

const Json* by_key(const Json& changes, const std::string& key) {
  for (const auto& e : changes["set"]) {
    if (e["k"] == key) return &e;
  }
  return nullptr;
}

TEST_F(MirrorTest, ATableIsATableWithRowsHeadersAndItsSort) {
  const Json first = frame([] { files_table(40, 0, 3); });
  ASSERT_TRUE(first.is_object());
  const Json* table = entry(first, "table", "申报文件一览");
  ASSERT_NE(table, nullptr) << first.dump();
  EXPECT_EQ((*table)["rc"], 41) << "every row and the header, not only those drawn";
  EXPECT_EQ((*table)["cc"], 3);

  // The header row holds three column headers, the first sorted (ImGui's default sort), each
  // holding its header button; the rows hold their cells, each holding what it shows.
  int headers = 0, rows = 0, cells = 0;
  std::string header_row, sorted;
  for (const auto& e : first["set"]) {
    if (e["r"] == "row") {
      ++rows;
      EXPECT_EQ(e["p"], (*table)["k"]);
      if (e["ri"] == 1) header_row = e["k"];
    }
    if (e["r"] == "columnheader") {
      ++headers;
      EXPECT_EQ(e["p"], header_row);
      if (e.contains("s")) sorted = e["s"].get<std::string>() + " " + std::to_string(e["ci"].get<int>());
    }
    if (e["r"] == "cell") ++cells;
  }
  EXPECT_EQ(rows, 4);
  EXPECT_EQ(headers, 3);
  EXPECT_EQ(cells, 9);
  EXPECT_EQ(sorted, "ascending 1");
  const Json* button = entry(first, "button", "总分");
  ASSERT_NE(button, nullptr);
  const Json* header = by_key(first, (*button)["p"]);
  ASSERT_NE(header, nullptr);
  EXPECT_EQ((*header)["r"], "columnheader");
  EXPECT_EQ((*header)["ci"], 3);
  const Json* text = entry(first, "text", "企业2");
  ASSERT_NE(text, nullptr);
  const Json* cell = by_key(first, (*text)["p"]);
  ASSERT_NE(cell, nullptr);
  EXPECT_EQ((*cell)["ci"], 2);
  EXPECT_EQ(by_key(first, (*cell)["p"])->at("ri"), 4) << "the third row after the header";
  // Order: the table before its rows, each row before its cells, each cell before its content.
  const auto& order = first["order"];
  const auto at = [&](const Json& key) { return std::find(order.begin(), order.end(), key) - order.begin(); };
  EXPECT_LT(at((*table)["k"]), at(header_row));
  EXPECT_LT(at((*cell)["k"]), at((*text)["k"]));

  frame([] { files_table(40, 0, 3); });  // ImGui fits the columns to their text over the first frames
  const Json same = frame([] { files_table(40, 0, 3); });
  EXPECT_TRUE(same.is_null()) << "an unchanged table sends nothing: " << same.dump();

  // Scrolled: rows further down are drawn, numbered as the table's rows, not as drawn.
  const Json scrolled = frame([] { files_table(40, 20, 3); });
  ASSERT_TRUE(scrolled.is_object());
  std::vector<int> numbers;
  for (const auto& e : scrolled["set"]) {
    if (e["r"] == "row") numbers.push_back(e["ri"]);
  }
  EXPECT_EQ(numbers, (std::vector<int>{22, 23, 24}));
}

TEST_F(MirrorTest, ATableWithoutANoteStaysItsItems) {
  const Json first = frame([] {
    if (ImGui::BeginTable("plain", 2)) {
      ImGui::TableNextRow();
      ImGui::TableSetColumnIndex(0);
      ImGui::TextUnformatted("名称");
      ImGui::EndTable();
    }
  });
  ASSERT_TRUE(first.is_object());
  for (const auto& e : first["set"]) EXPECT_NE(e["r"], "table") << "a layout table is no data table";
  ASSERT_NE(entry(first, "text", "名称"), nullptr);
}

}  // namespace
