// Headless view tests: every screen drawn natively with an ImGui context and a built font atlas
// but no renderer, for an empty, a half-filled and a full document of each type, at desktop and
// phone widths, in 2019 and in the tests' made-up year (tests/core/made_up_year.hpp). A case fails on any ImGui assertion (tests/app/imconfig_test.h turns them on), an
// ID shared by two widgets of one frame, a widget whose label and name say nothing, and a widget
// running off the right edge. The recorder is the app's own widget log (widgets_json()), the list
// the browser tests click through. Then clicks and typing, driven through io as a backend would.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <functional>
#include <iterator>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "fields.hpp"
#include "font_metrics.hpp"
#include "imgui.h"
#include "live_status.hpp"
#include "imgui_internal.h"
#include "made_up_year.hpp"
#include "needs.hpp"
#include "paragraph_field.hpp"
#include "quick_check.hpp"
#include "screens.hpp"
#include "scroll_anchor.hpp"
#include "style.hpp"
#include "type_scale.hpp"
#include "sx/assessment.hpp"
#include "sx/json.hpp"
#include "sx/message.hpp"
#include "views.hpp"
#include "widget_log.hpp"

namespace {
std::vector<std::string> failed_asserts;
}

// Recorded, not thrown: ImGui goes on after a failed assertion in nearly every place, whereas an
// exception out of the middle of a frame would leave its Begin/End stacks unbalanced. Printed at
// once as well, in case ImGui then dereferences what it asserted on.
void sx_imgui_assert_failed(const char* expr, const char* file, int line) {
  std::string where = file;
  const auto slash = where.find_last_of('/');
  if (slash != std::string::npos) where.erase(0, slash + 1);
  const std::string text = where + ":" + std::to_string(line) + ": IM_ASSERT(" + expr + ")";
  std::fprintf(stderr, "ImGui assertion failed: %s\n", text.c_str());
  if (failed_asserts.size() < 50) failed_asserts.push_back(text);
}

namespace {

const ImVec2 kDesktop(1280.0f, 800.0f);
const ImVec2 kPhone(390.0f, 844.0f);
constexpr const char* kCjkFont = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc";
constexpr int kBackspace = 8;  // our index into io.KeysDown for ImGuiKey_Backspace
constexpr int kEnter = 13;     // …and for ImGuiKey_Enter

// ---- The font: the app's Noto Sans CJK SC with a 16 px em at 100 %, shared by every context. ----

// Rasterising every ideograph takes seconds, so the atlas holds Latin, punctuation and symbols,
// and every missing character is drawn as 口: all ideographs of the font are 1 em wide, so text
// measures as it does in the app and the layout checks hold. One atlas per text size, built at
// that size as app/web/glyph_atlas.cpp builds it.
ImFontAtlas& shared_atlas(float text_scale) {
  static std::map<float, ImFontAtlas> atlases;
  static std::vector<char> data;
  const bool built = atlases.count(text_scale) != 0;
  ImFontAtlas& atlas = atlases[text_scale];
  if (built) return atlas;
  if (data.empty()) {
    // In one read: a character at a time, 19 MB took a second of every test under the sanitizers.
    std::ifstream in(kCjkFont, std::ios::binary | std::ios::ate);
    if (in) {
      data.resize(static_cast<std::size_t>(in.tellg()));
      in.seekg(0);
      in.read(data.data(), static_cast<std::streamsize>(data.size()));
      if (!in) data.clear();
    }
  }
  static const ImWchar ranges[] = {0x0020, 0x00FF, 0x2000, 0x206F, 0x2190, 0x22FF, 0x2460, 0x27BF,
                                   0x3000, 0x303F, 0x53E3, 0x53E3, 0xFF00, 0xFFEF, 0};
  if (!data.empty()) {
    ImFontConfig config;
    config.FontDataOwnedByAtlas = false;
    config.FontNo = 2;  // the TTC's Simplified Chinese face
    config.OversampleH = 1;
    config.OversampleV = 1;
    config.PixelSnapH = true;  // as app/web/glyph_atlas.cpp builds it
    // One font per size of the type scale, Fonts[i] for TextSize i, as the app's atlas.
    for (const float em : sx_app::kTextSizeEm) {
      const float size = sx_app::line_height_for_em(reinterpret_cast<const unsigned char*>(data.data()),
                                                    data.size(), config.FontNo, em * text_scale);
      atlas.AddFontFromMemoryTTF(data.data(), static_cast<int>(data.size()), size, &config, ranges);
    }
  } else {
    std::fprintf(stderr, "%s not found: ProggyClean, so Chinese text measures too narrow\n", kCjkFont);
    atlas.AddFontDefault();
  }
  unsigned char* pixels = nullptr;
  int width = 0;
  int height = 0;
  atlas.GetTexDataAsRGBA32(&pixels, &width, &height);
  for (ImFont* font : atlas.Fonts) {
    if (font->FindGlyphNoFallback(0x53E3) != nullptr) {
      font->FallbackChar = 0x53E3;
      font->BuildLookupTable();
    }
  }
  return atlas;
}

// ---- One ImGui context per test, driven as a backend would. ----

struct Widget {
  std::string label;
  std::string name;
  unsigned id = 0;
  float x = 0, y = 0, w = 0, h = 0;
  bool visible = false;
  bool enabled = true;
  std::optional<bool> checked;

  std::string text() const {
    return "“" + label + "”" + (name.empty() ? std::string() : " (##" + name + ")");
  }
  ImVec2 centre() const { return ImVec2(x + w * 0.5f, y + h * 0.5f); }
};
using Widgets = std::vector<Widget>;

Widgets parse_widgets(const std::string& json) {
  Widgets list;
  for (const auto& entry : sx::Json::parse(json)) {
    Widget w;
    w.label = entry.value("label", "");
    w.name = entry.value("name", "");
    w.id = entry.value("id", 0u);
    w.x = entry.value("x", 0.0f);
    w.y = entry.value("y", 0.0f);
    w.w = entry.value("w", 0.0f);
    w.h = entry.value("h", 0.0f);
    w.visible = entry.value("visible", false);
    w.enabled = entry.value("enabled", true);
    if (entry.contains("checked")) w.checked = entry["checked"].get<bool>();
    list.push_back(std::move(w));
  }
  return list;
}

class Headless {
 public:
  explicit Headless(ImVec2 size, float text_scale = 1.0f) {
    context_ = ImGui::CreateContext(&shared_atlas(text_scale));
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = size;
    io.DeltaTime = 1.0f / 60.0f;
    io.IniFilename = nullptr;
    io.LogFilename = nullptr;
    io.KeyMap[ImGuiKey_Backspace] = kBackspace;
    io.KeyMap[ImGuiKey_Enter] = kEnter;
    ImGui::GetCurrentContext()->TestEngineHookItems = true;
    sx_app::apply_style(sx_app::Theme::Light, text_scale);
  }
  ~Headless() { ImGui::DestroyContext(context_); }
  Headless(const Headless&) = delete;
  Headless& operator=(const Headless&) = delete;

  Widgets frame(const std::function<void()>& draw) {
    ImGui::NewFrame();
    sx_app::begin_widget_frame();
    draw();
    sx_app::end_widget_frame();
    ImGui::Render();
    return parse_widgets(sx_app::widgets_json());
  }
  Widgets frame(sx_app::AppState& state) {
    return frame([&] { sx_app::draw_app(state); });
  }

  // The scrolling area the screens draw in (app_frame.cpp's "content" child).
  static ImGuiWindow* content() {
    for (ImGuiWindow* window : ImGui::GetCurrentContext()->Windows) {
      if (window->ParentWindow != nullptr && std::string(window->Name).find("/content_") != std::string::npos) {
        return window;
      }
    }
    return nullptr;
  }

 private:
  ImGuiContext* context_;
};

const Widget* find_widget(const Widgets& widgets, const std::function<bool(const Widget&)>& match) {
  for (const Widget& w : widgets) {
    if (match(w)) return &w;
  }
  return nullptr;
}

// ---- Documents: empty, half-filled and full, of each type. ----

std::string read_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

std::optional<sx::Assessment> fixture(const std::string& name) {
  auto parsed = sx::parse_assessment(read_text(std::string(SX_FIXTURES) + "/" + name + ".json"));
  for (const auto& error : parsed.errors) ADD_FAILURE() << name << ": " << sx::format_message(error);
  return std::move(parsed.assessment);
}

// There is no half-filled process fixture: the full one with every other member left out.
std::optional<sx::Assessment> half_of(const sx::Assessment& full) {
  sx::Json doc = full.json();
  auto thin = [](sx::Json& object) {
    if (!object.is_object()) return;
    sx::Json kept = sx::Json::object();
    int n = 0;
    for (auto it = object.begin(); it != object.end(); ++it) {
      if (n++ % 2 == 0) kept[it.key()] = it.value();
    }
    object = kept;
  };
  for (const char* member : {"enterprise", "project", "facts", "metrics", "figures", "answers"}) {
    if (doc.contains(member)) thin(doc[member]);
  }
  if (doc.contains("modes") && doc["modes"].is_object()) {
    for (auto& mode : doc["modes"]) thin(mode);
  }
  auto parsed = sx::assessment_from_json(doc);
  for (const auto& error : parsed.errors) ADD_FAILURE() << "half of a full document: " << sx::format_message(error);
  return std::move(parsed.assessment);
}

// "discrete-empty", "discrete-partial", "discrete-full", and the same for "process".
std::optional<sx::Assessment> document(const std::string& name) {
  const std::string type = name.substr(0, name.find('-'));
  const std::string fill = name.substr(name.find('-') + 1);
  if (fill == "empty") return sx::Assessment("shaoxing-2019", type);
  if (std::ifstream(std::string(SX_FIXTURES) + "/" + name + ".json").good()) return fixture(name);
  if (fill != "partial") return std::nullopt;
  auto full = fixture(type + "-full");
  return full ? half_of(*full) : std::nullopt;
}

// The document on its own standard, whichever is current in this process (the made-up year is,
// once a test has drawn it).
void load(sx_app::AppState& state, sx::Assessment doc) {
  state.standard = sx::find_standard(doc.standard_id());
  ASSERT_NE(state.standard, nullptr) << doc.standard_id();
  state.model = sx_app::Model(*state.standard, std::move(doc));
  state.edits = sx_app::FieldEdits{};
}
void load(sx_app::AppState& state, const std::string& name) {
  auto doc = document(name);
  ASSERT_TRUE(doc.has_value()) << "no document " << name;
  load(state, std::move(*doc));
}

// ---- The checks, over the widgets of one frame. ----

// A label says something when it has a letter or a Chinese character, not only digits and marks.
// (A widget with neither label nor name never reaches widgets_json(), so "##1" is what shows here.)
bool says_something(const std::string& text) {
  for (const unsigned char c : text) {
    if (c >= 0x80 || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) return true;
  }
  return false;
}

constexpr float kTapTarget = 44.0f;
bool phone(float display_width) { return display_width < 640.0f; }

// Adds each distinct problem once: a screen is checked on every frame and scroll position, and
// one misplaced widget would otherwise be reported a dozen times.
class Checker {
 public:
  explicit Checker(std::string where) : where_(std::move(where)) {}

  void check(const Widgets& widgets, float display_width) {
    // A window that scrolls sideways (the desk's table, as wide as its columns) shows the rest of
    // its content by scrolling: what lies past its edge is not cut off.
    const auto scrolls_sideways = [](ImGuiID id) {
      const ImGuiWindow* window = ImGui::FindWindowByID(id);
      return window != nullptr && window->ScrollMax.x > 0.0f;
    };
    std::set<ImGuiID> sideways;  // the widgets in such a window
    for (const sx_app::LoggedWidget& t : sx_app::shown_widgets()) {
      if (!t.is_text && scrolls_sideways(t.window)) sideways.insert(t.id);
    }
    std::vector<const Widget*> by_id;
    for (const Widget& w : widgets) {
      if (!says_something(w.label) && !says_something(w.name)) {
        fail("widget without a label or name: " + w.text() + " id " + std::to_string(w.id));
      }
      for (const Widget* other : by_id) {
        if (other->id == w.id) {
          fail("ID conflict: " + other->text() + " and " + w.text() + " share id " + std::to_string(w.id));
        }
      }
      by_id.push_back(&w);
      if (w.visible && sideways.count(w.id) == 0 && (w.x + w.w > display_width + 1.0f || w.x < -1.0f)) {
        fail("cut off at the edge of a " + std::to_string(static_cast<int>(display_width)) +
             " px screen: " + w.text() + " spans x " + std::to_string(static_cast<int>(w.x)) + "–" +
             std::to_string(static_cast<int>(w.x + w.w)));
      }
    }
    // A text running past the right edge of its window (or table column) is cut off there. A
    // window still hidden while ImGui measures it (a dialog's first frames) is not on the screen.
    for (const sx_app::LoggedWidget& t : sx_app::shown_widgets()) {
      const ImGuiWindow* window = ImGui::FindWindowByID(t.window);
      const bool shown = t.rect.Max.y > t.clip.Min.y && t.rect.Min.y < t.clip.Max.y &&
                         (window == nullptr || (!window->Hidden && window->HiddenFramesCannotSkipItems == 0));
      if (t.is_text && shown && !scrolls_sideways(t.window) && t.rect.Max.x > t.clip.Max.x + 1.0f) {
        fail("text cut off at x " + std::to_string(static_cast<int>(t.clip.Max.x)) + ": “" + t.label + "” ends at x " +
             std::to_string(static_cast<int>(t.rect.Max.x)));
      }
      // So is a choice (a third radio laid beside two in a table's column at 200 %).
      if (!t.is_text && shown && (t.role == sx_app::Role::Radio) && t.rect.Max.x > t.clip.Max.x + 1.0f) {
        fail("choice cut off at x " + std::to_string(static_cast<int>(t.clip.Max.x)) + ": “" + t.label + "” ends at x " +
             std::to_string(static_cast<int>(t.rect.Max.x)));
      }
      // On a phone everything a finger taps is at least 44 × 44 CSS px (WCAG 2.5.5). A scroll
      // bar (no label, no name) only shows where a finger's swipe has got to.
      const bool whole = t.rect.Min.y >= t.clip.Min.y && t.rect.Max.y <= t.clip.Max.y;
      const bool scroll_bar = t.label.empty() && t.name.empty();
      if (phone(display_width) && !t.is_text && !scroll_bar && whole && t.enabled &&
          (t.rect.GetHeight() < kTapTarget - 0.5f || t.rect.GetWidth() < kTapTarget - 0.5f)) {
        fail("tap target smaller than 44 × 44 px: “" + t.label + "” (##" + t.name + ") is " +
             std::to_string(static_cast<int>(t.rect.GetWidth())) + " × " +
             std::to_string(static_cast<int>(t.rect.GetHeight())));
      }
    }
    for (const auto& text : failed_asserts) fail("ImGui assertion: " + text);
    failed_asserts.clear();
  }

 private:
  void fail(const std::string& problem) {
    if (seen_.insert(problem).second) ADD_FAILURE() << where_ << ": " << problem;
  }
  std::string where_;
  std::set<std::string> seen_;
};

// Draws the current screen for three frames (windows settle their sizes on the first), then pages
// down the content area to its end, checking every frame: ImGui labels only the widgets it does
// not clip, so the widgets below the fold are checked when they come into view.
void draw_and_check(Headless& ui, sx_app::AppState& state, Checker& checker, float width) {
  for (int i = 0; i < 3; ++i) checker.check(ui.frame(state), width);
  for (int page = 0; page < 200; ++page) {
    ImGuiWindow* content = Headless::content();
    if (content == nullptr || content->Scroll.y >= content->ScrollMax.y) break;
    ImGui::SetScrollY(content, content->Scroll.y + content->InnerRect.GetHeight() * 0.8f);
    checker.check(ui.frame(state), width);
  }
}

class ViewTest : public testing::Test {
 protected:
  void SetUp() override { failed_asserts.clear(); }
  void TearDown() override {
    for (const auto& text : failed_asserts) ADD_FAILURE() << "ImGui assertion: " << text;
    failed_asserts.clear();
  }
};

// ---- Every screen × document × width, and the full documents at 200 % text. ----

struct Case {
  std::string screen;
  std::string doc;
  bool phone;
  int percent = 100;  // text size
};

void PrintTo(const Case& c, std::ostream* out) {
  *out << c.screen << " / " << c.doc << " / " << (c.phone ? "phone" : "desktop") << " / " << c.percent << "%";
}

std::vector<Case> all_cases() {
  std::vector<Case> cases;
  for (const auto& screen : sx_app::screens()) {
    for (const char* type : {"discrete", "process"}) {
      for (const char* fill : {"empty", "partial", "full"}) {
        for (const bool phone : {false, true}) {
          cases.push_back({screen.id, std::string(type) + "-" + fill, phone});
        }
      }
      for (const bool phone : {false, true}) cases.push_back({screen.id, std::string(type) + "-full", phone, 200});
    }
  }
  return cases;
}

std::string case_name(const testing::TestParamInfo<Case>& info) {
  std::string name = info.param.screen + "_" + info.param.doc + (info.param.phone ? "_phone" : "_desktop");
  if (info.param.percent != 100) name += "_" + std::to_string(info.param.percent);
  for (char& c : name) {
    if (c == '-') c = '_';
  }
  return name;
}

class ScreenCase : public ViewTest, public testing::WithParamInterface<Case> {};

// One case: the screen drawn and paged through with every check, on a document of `year` (the
// 2019 documents' answers under its id).
void draws_cleanly(const Case& c, const sx::Standard& year) {
  const ImVec2 size = c.phone ? kPhone : kDesktop;
  const float scale = static_cast<float>(c.percent) / 100.0f;
  Headless ui(size, scale);
  auto doc = document(c.doc);
  ASSERT_TRUE(doc.has_value()) << "no document " << c.doc;
  sx_app::AppState state(year);
  load(state, doc->standard_id() == year.id ? std::move(*doc) : sx_test::in_year(year, *doc));
  EXPECT_EQ(state.standard, &year);
  sx_app::show_screen(state, c.screen);
  state.display.text_percent = c.percent;
  state.display_open = c.doc.find("full") != std::string::npos;  // the toolbar's 文字大小 row
  state.menu_open = state.display_open;                           // on a phone, inside the header's 菜单
  Checker checker(c.screen + " (" + c.doc + ", " + (c.phone ? "phone" : "desktop") + ", " +
                  std::to_string(c.percent) + "%)");
  draw_and_check(ui, state, checker, size.x);
  // The recorder saw the frame: the navigation is on every screen (the side list only where it fits).
  const bool side_list = size.x >= 1024.0f * scale;
  const std::string nav = side_list ? "nav." + c.screen : "nav.menu";
  const Widgets last = parse_widgets(sx_app::widgets_json());
  EXPECT_NE(find_widget(last, [&](const Widget& w) { return w.name == nav; }), nullptr)
      << "the widget log has no " << nav;
  EXPECT_EQ(state.screen, c.screen) << "drawing the screen navigated away";
}

TEST_P(ScreenCase, DrawsCleanly) { draws_cleanly(GetParam(), *sx::find_standard("shaoxing-2019")); }

INSTANTIATE_TEST_SUITE_P(Screens, ScreenCase, testing::ValuesIn(all_cases()), case_name);

// The same cases in the made-up year (tests/core/made_up_year.hpp: other thresholds, a renamed and
// a fourth category, other items in 表1): a year is data, and no screen knows 2019.
class MadeUpYearCase : public ScreenCase {};

TEST_P(MadeUpYearCase, DrawsCleanly) { draws_cleanly(GetParam(), sx_test::made_up_year()); }

INSTANTIATE_TEST_SUITE_P(MadeUpYear, MadeUpYearCase, testing::ValuesIn(all_cases()), case_name);

// …and the screens say the made-up year's own words: its fourth category, its renamed one, its new
// item, and nothing of 2019 that it changed.
TEST_F(ViewTest, TheMadeUpYearsScreensShowItsOwnData) {
  const sx::Standard& year = sx_test::made_up_year();
  struct Expect {
    const char* screen;
    std::vector<std::string> shown;
  };
  const Expect expected[] = {
      {"categories", {"智能制造单元", "数字化车间", "装备数控化率达到50%以上"}},
      {"score", {"数据备份", "有（8 分） 1.1 "}},
      {"gaps", {"智能制造单元", "数字化车间"}},
      {"export", {"智能制造单元", "数字化车间"}},
  };
  for (const Expect& e : expected) {
    SCOPED_TRACE(e.screen);
    Headless ui(kDesktop);
    sx_app::AppState state(year);
    auto full = document("discrete-full");
    ASSERT_TRUE(full.has_value());
    load(state, sx_test::in_year(year, *full));
    sx_app::show_screen(state, e.screen);
    std::set<std::string> texts;
    auto collect = [&] {
      ui.frame(state);
      for (const sx_app::LoggedWidget& w : sx_app::shown_widgets()) texts.insert(w.label + " " + w.name);
    };
    for (int i = 0; i < 3; ++i) collect();
    for (int page = 0; page < 200; ++page) {
      ImGuiWindow* content = Headless::content();
      if (content == nullptr || content->Scroll.y >= content->ScrollMax.y) break;
      ImGui::SetScrollY(content, content->Scroll.y + content->InnerRect.GetHeight() * 0.8f);
      collect();
    }
    const auto any_has = [&](const std::string& part) {
      return std::any_of(texts.begin(), texts.end(), [&](const std::string& t) { return t.find(part) != std::string::npos; });
    };
    for (const auto& part : e.shown) EXPECT_TRUE(any_has(part)) << "“" << part << "” is not on " << e.screen;
    EXPECT_FALSE(any_has("智能制造示范车间")) << "2019's name for the renamed category is on " << e.screen;
  }
}

// A 2019 file opened while a later year is in force is read and scored as 2019 (its own
// categories on the screens), and 新建自评 still starts on the year in force.
TEST_F(ViewTest, AnOlderYearsFileIsScoredByItsOwnYear) {
  const sx::Standard& newer = sx_test::made_up_year();
  const sx::Standard& older = *sx::find_standard("shaoxing-2019");
  auto full = document("discrete-full");
  ASSERT_TRUE(full.has_value());
  ASSERT_EQ(full->standard_id(), older.id);
  ASSERT_NE(older.categories.size(), newer.categories.size()) << "the test tells the years apart by this";

  Headless ui(kDesktop);
  sx_app::AppState state(newer);
  sx_app::replace_document(state, *full);
  EXPECT_EQ(state.model.standard().id, older.id);
  EXPECT_EQ(state.standard, &older);
  EXPECT_EQ(state.evaluation().standard, older.id);
  EXPECT_EQ(state.evaluation().categories.size(), older.categories.size());
  sx_app::show_screen(state, "categories");
  bool shows_2019_name = false;
  for (int i = 0; i < 3; ++i) {
    ui.frame(state);
    for (const sx_app::LoggedWidget& w : sx_app::shown_widgets()) {
      if ((w.label + w.name).find("智能制造示范车间") != std::string::npos) shows_2019_name = true;
    }
  }
  EXPECT_TRUE(shows_2019_name) << "the 2019 file's screen shows its own year's category";
  sx_app::start_new(state);
  EXPECT_EQ(state.document().standard_id(), newer.id);
  EXPECT_EQ(state.standard, &newer);
}

// ---- Dialogs and the phone's menu, open over a full document. ----

struct Overlay {
  const char* name;
  void (*open)(sx_app::AppState&);
};

const Overlay kOverlays[] = {
    {"confirm_new", [](sx_app::AppState& s) { s.confirm_new = true; }},
    {"type_switch",
     [](sx_app::AppState& s) {
       s.type_switch.preview = s.model.preview_type_switch(s.document().type() == "discrete" ? "process" : "discrete");
     }},
    {"import_error",
     [](sx_app::AppState& s) {
       const std::string name = "out-of-range.json";
       sx_app::read_document(s, name, read_text(std::string(SX_FIXTURES) + "/bad/" + name));
     }},
    {"import_confirm",
     [](sx_app::AppState& s) {
       s.pending_import = sx::Assessment("shaoxing-2019", "process");
       s.pending_import_name = "另一份自评.json";
     }},
    {"phone_menu", [](sx_app::AppState& s) { s.nav_open = true; }},
    {"toolbar_menu", [](sx_app::AppState& s) { s.menu_open = true; s.display_open = true; }},
};

TEST_F(ViewTest, DialogsAndMenuDrawCleanly) {
  for (const Overlay& overlay : kOverlays) {
    for (const char* doc : {"discrete-full", "process-full"}) {
      for (const bool phone : {false, true}) {
        const ImVec2 size = phone ? kPhone : kDesktop;
        Headless ui(size);
        sx_app::AppState state;
        load(state, doc);
        sx_app::show_screen(state, "score");
        overlay.open(state);
        Checker checker(std::string(overlay.name) + " over score (" + doc + ", " + (phone ? "phone" : "desktop") + ")");
        for (int i = 0; i < 3; ++i) checker.check(ui.frame(state), size.x);
        if (std::string(overlay.name) == "import_error") {
          EXPECT_TRUE(state.modal.has_value()) << "the bad file opened without an error";
        }
      }
    }
  }
}

// A dialog with a long text (every answer a type switch clears, twenty problems in a file) keeps
// its buttons on the screen and inside the dialog, at any width and text size: a button cut by the
// dialog's edge takes no click.
TEST_F(ViewTest, ADialogsButtonsStayOnScreenWhateverItsText) {
  const char* buttons[] = {"确定切换", "确定新建", "替换", "关闭", "取消"};
  for (const Overlay& overlay : kOverlays) {
    if (std::string(overlay.name) == "phone_menu" || std::string(overlay.name) == "toolbar_menu") continue;
    for (const bool phone : {false, true}) {
      for (const float text_scale : {1.0f, 2.0f}) {
        const ImVec2 size = phone ? kPhone : kDesktop;
        SCOPED_TRACE(std::string(overlay.name) + (phone ? " phone" : " desktop") + " text ×" + std::to_string(text_scale));
        Headless ui(size, text_scale);
        sx_app::AppState state;
        load(state, "discrete-full");
        sx_app::show_screen(state, "enterprise");
        state.display.text_percent = static_cast<int>(text_scale * 100.0f);
        overlay.open(state);
        for (int i = 0; i < 4; ++i) ui.frame(state);
        // Settled: the dialog keeps its size from frame to frame (a scrollbar that comes and goes
        // would rewrap the text and move the buttons under the pointer).
        std::vector<float> bottoms;
        for (int i = 0; i < 4; ++i) {
          ui.frame(state);
          for (const sx_app::LoggedWidget& w : sx_app::shown_widgets()) {
            if (w.label == "取消" || w.label == "关闭") bottoms.push_back(w.rect.Max.y);
          }
        }
        ASSERT_EQ(bottoms.size(), 4u);
        EXPECT_EQ(bottoms.front(), bottoms.back()) << "the dialog is still changing size";
        EXPECT_EQ(bottoms[1], bottoms[2]) << "the dialog is still changing size";
        int seen = 0;
        for (const sx_app::LoggedWidget& w : sx_app::shown_widgets()) {
          if (w.is_text || std::find_if(std::begin(buttons), std::end(buttons),
                                        [&](const char* b) { return w.label == b; }) == std::end(buttons)) {
            continue;
          }
          ++seen;
          EXPECT_GE(w.rect.Min.y, w.clip.Min.y) << w.label << " is cut by the dialog's top";
          EXPECT_LE(w.rect.Max.y, w.clip.Max.y) << w.label << " is cut by the dialog's bottom";
          EXPECT_LE(w.rect.Max.y, size.y) << w.label << " is below the screen";
        }
        EXPECT_GE(seen, 1) << "the dialog drew no button";
      }
    }
  }
}

// At every width a phone may have, the dialog settles: no line that fits only without a scrollbar
// makes the dialog grow and shrink on alternate frames.
TEST_F(ViewTest, ADialogSettlesAtEveryWidth) {
  for (const char* doc : {"discrete-full", "discrete-partial", "process-full"}) {
    for (int width = 300; width <= 480; width += 2) {
      Headless ui(ImVec2(static_cast<float>(width), 700.0f));
      sx_app::AppState state;
      load(state, doc);
      sx_app::show_screen(state, "enterprise");
      kOverlays[1].open(state);  // the type switch, the longest text
      for (int i = 0; i < 4; ++i) ui.frame(state);
      std::vector<float> bottoms;
      for (int i = 0; i < 3; ++i) {
        ui.frame(state);
        for (const sx_app::LoggedWidget& w : sx_app::shown_widgets()) {
          if (w.label == "取消") bottoms.push_back(w.rect.Max.y);
        }
      }
      ASSERT_EQ(bottoms.size(), 3u) << doc << " at " << width << " px";
      EXPECT_TRUE(bottoms[0] == bottoms[1] && bottoms[1] == bottoms[2])
          << doc << " at " << width << " px: the buttons move between " << bottoms[0] << " and " << bottoms[1];
    }
  }
}

// 审核台 (issue 16): a batch of the fixtures with a broken file, a copy and one refused for its size,
// drawn at both widths with every check, with no row and with a row's details open.
void fill_desk(sx_app::AppState& state) {
  const sx::Standard& standard = *state.standard;
  for (const char* name : {"discrete-full", "discrete-partial", "process-full"}) {
    sx_app::desk_add_file(state.desk, standard, 2026, std::string(name) + ".json",
                          read_text(std::string(SX_FIXTURES) + "/" + name + ".json"));
  }
  sx_app::desk_add_file(state.desk, standard, 2026, "broken.json", "{\"format\":");
  sx_app::desk_add_file(state.desk, standard, 2026, "copy.json",
                        read_text(std::string(SX_FIXTURES) + "/discrete-full.json"));
  sx_app::desk_add_unread(state.desk, standard, 2026, "huge.json", std::size_t{5} << 20);
}

TEST_F(ViewTest, TheDeskDrawsCleanly) {
  for (const bool on_phone : {false, true}) {
    const ImVec2 size = on_phone ? kPhone : kDesktop;
    Headless ui(size, 1.0f);
    sx_app::AppState state(*sx::find_standard("shaoxing-2019"));  // the fixtures' year, whatever ran before
    state.desk.open = true;
    fill_desk(state);
    ASSERT_EQ(state.desk.review->size(), 6u);
    Checker checker(std::string("desk (") + (on_phone ? "phone" : "desktop") + ")");
    // A table fits its columns to their text over its first frames, as ImGui's tables do.
    for (int i = 0; i < 3; ++i) ui.frame(state);
    draw_and_check(ui, state, checker, size.x);
    for (std::size_t row = 0; row < state.desk.review->size(); ++row) {
      state.desk.selected = row;
      draw_and_check(ui, state, checker, size.x);
    }
    const Widgets last = parse_widgets(sx_app::widgets_json());
    EXPECT_NE(find_widget(last, [](const Widget& w) { return w.name == "desk.xlsx"; }), nullptr);
    // A repeat names the file it repeats: sorted, “前面的文件” may be listed below it. (On a phone
    // the enterprise's column is swiped to.)
    if (on_phone) continue;
    state.desk.selected.reset();
    ImGui::SetScrollY(Headless::content(), 0.0f);
    ui.frame(state);
    ui.frame(state);
    bool named = false;
    for (const auto& w : sx_app::shown_widgets()) {
      named = named || (w.is_text && w.label == "（与“discrete-full.json”完全相同）");
    }
    EXPECT_TRUE(named) << "copy.json's row does not name discrete-full.json";
    EXPECT_EQ(state.screen, "start") << "the desk leaves the assessment where it was";
  }
}

// The texts the last frame logged for the mirror (a chart's bars among them).
std::vector<std::string> shown_texts() {
  std::vector<std::string> texts;
  for (const auto& w : sx_app::shown_widgets()) {
    if (w.is_text) texts.push_back(w.label);
  }
  return texts;
}

bool shows(const std::vector<std::string>& texts, const std::string& text) {
  return std::find(texts.begin(), texts.end(), text) != texts.end();
}

// 在绍兴市境内注册 says what the credit code says of it (a newcomer, asked it after choosing a
// district, did not know what more was wanted), and a contradicting 是 is a finding beside it.
TEST_F(ViewTest, TheRegistrationQuestionSaysWhatTheCreditCodeSays) {
  Headless ui(ImVec2(1280, 30000));  // every condition on screen at once
  sx_app::AppState state(*sx::find_standard("shaoxing-2019"));
  load(state, "discrete-empty");
  sx_app::show_screen(state, "categories");
  const auto shown = [&](const std::string& part) {
    for (int i = 0; i < 3; ++i) ui.frame(state);
    const auto texts = shown_texts();
    return std::any_of(texts.begin(), texts.end(), [&](const std::string& t) { return t.find(part) != std::string::npos; });
  };
  EXPECT_TRUE(shown("按营业执照上的登记机关回答"));
  ASSERT_TRUE(state.model.set_enterprise_field("credit_code", "91330603MA2BK7L37A").ok);
  EXPECT_TRUE(shown("统一社会信用代码第 3–8 位（登记机关的行政区划代码）为 330603（柯桥区），在绍兴市。"));
  ASSERT_TRUE(state.model.set_enterprise_field("credit_code", "91350100M000100Y43").ok);
  EXPECT_TRUE(shown("为 350100，不是绍兴市的（绍兴市的以 3306 开头）。"));
  ASSERT_TRUE(state.model.set_fact("registered_in_shaoxing", true).ok);
  EXPECT_TRUE(shown("与“在绍兴市境内注册”不符"));
  EXPECT_FALSE(shown("绍兴市的以 3306 开头）。")) << "said twice";
  // Met by the answers, but not shown as ✓ 符合 while the finding stands (a newcomer read it as met).
  ASSERT_TRUE(state.model.set_fact("independent_legal_person", true).ok);
  EXPECT_TRUE(shown("? 须核对"));
  ASSERT_TRUE(state.model.set_fact("registered_in_shaoxing", false).ok);
  EXPECT_FALSE(shown("? 须核对"));
}

// The charts a bureau puts in its report, over the rows the filters show, with their numbers as
// texts a screen reader reads, within the screen at both widths.
TEST_F(ViewTest, TheDesksChartsCountTheRowsShown) {
  for (const bool on_phone : {false, true}) {
    SCOPED_TRACE(on_phone ? "phone" : "desktop");
    const ImVec2 size = on_phone ? kPhone : kDesktop;
    Headless ui(size, 1.0f);
    sx_app::AppState state(*sx::find_standard("shaoxing-2019"));
    state.desk.open = true;
    fill_desk(state);
    Checker checker(std::string("desk charts (") + (on_phone ? "phone" : "desktop") + ")");
    for (int i = 0; i < 3; ++i) ui.frame(state);
    draw_and_check(ui, state, checker, size.x);  // down to the foot, every check on the way
    std::vector<std::string> texts = shown_texts();
    EXPECT_TRUE(shows(texts, "各申报类别的文件数（按企业申报的类别计，不论是否符合）"));
    EXPECT_TRUE(shows(texts, "智能制造示范车间：1 份")) << "discrete-full declares the workshop (its copy counts once)";
    EXPECT_TRUE(shows(texts, "智能工厂：1 份"));
    EXPECT_TRUE(shows(texts, "柯桥区：1 份"));
    EXPECT_TRUE(shows(texts, "上虞区：1 份"));
    EXPECT_TRUE(shows(texts, "越城区：0 份"));
    EXPECT_TRUE(shows(texts, "按当前筛选显示的 6 份文件统计（其中 3 份无法读取，或是已计入的同一份申报再次提交，不计入图中）。改变筛选，图随之改变。"));
    int banded = 0;
    for (const auto& t : texts) {
      if (t.find(" 分：") != std::string::npos) ++banded;
    }
    EXPECT_GE(banded, 5 * 2) << "a column per band for each category with files";

    // Filtered to 智能工厂: the charts count that row alone.
    state.desk.filter.category = "factory";
    state.desk.order_stale = true;
    for (int i = 0; i < 2; ++i) ui.frame(state);
    draw_and_check(ui, state, checker, size.x);
    texts = shown_texts();
    EXPECT_TRUE(shows(texts, "智能制造示范车间：0 份"));
    EXPECT_TRUE(shows(texts, "智能工厂：1 份"));
    EXPECT_TRUE(shows(texts, "按当前筛选显示的 1 份文件统计。改变筛选，图随之改变。"));
  }
}

// The mirror reads the table as a table: as many rows as the filter shows, the column sorted by.
TEST_F(ViewTest, TheDesksTableIsATableToTheMirror) {
  Headless ui(kDesktop, 1.0f);
  sx_app::AppState state(*sx::find_standard("shaoxing-2019"));
  state.desk.open = true;
  fill_desk(state);
  for (int i = 0; i < 3; ++i) ui.frame(state);
  const auto& tables = sx_app::shown_tables();
  ASSERT_EQ(tables.size(), 1u);
  EXPECT_EQ(tables[0].name, "申报文件一览");
  EXPECT_EQ(tables[0].rows, 6);
  EXPECT_EQ(tables[0].sort_column, 0) << "by file, as ImGui sorts at first";
  int cells_in_rows = 0;
  for (const auto& w : sx_app::shown_widgets()) {
    if (w.table != 0 && w.table_row > 0) ++cells_in_rows;
  }
  EXPECT_GT(cells_in_rows, 6 * 3);
  state.desk.filter.category = "factory";
  state.desk.order_stale = true;
  ui.frame(state);
  ui.frame(state);
  EXPECT_EQ(sx_app::shown_tables().at(0).rows, 1);
}

// ---- Clicks and typing, through io as the browser backend feeds them. ----

bool has(const std::string& text, const char* part) { return text.find(part) != std::string::npos; }

class Driver {
 public:
  Driver(Headless& ui, std::function<void()> draw) : ui_(ui), draw_(std::move(draw)) {}

  const Widgets& frame() {
    widgets_ = ui_.frame(draw_);
    // As app/web/main.cpp: a frame whose anchor moved is drawn again before it is shown.
    for (int round = 0; round < 3 && sx_app::keep_anchor_in_place(); ++round) widgets_ = ui_.frame(draw_);
    return widgets_;
  }
  const Widgets& widgets() const { return widgets_; }

  // Scrolls the widget into view when it is out of it (or only partly in it), then presses and
  // releases on it: in its middle, or `across` of its width from its left.
  bool click(const std::function<bool(const Widget&)>& match, float across = 0.5f) {
    const Widget* w = find_widget(widgets_, match);
    if (w == nullptr) return false;
    const ImGuiWindow* shown = Headless::content();
    // Only what lies in the content and is cut by its edge: a widget of the fixed header, wholly
    // above the content, is clicked where it is.
    const bool cut_below = shown != nullptr && w->y < shown->InnerRect.Max.y && w->y + w->h > shown->InnerRect.Max.y;
    const bool cut_above = shown != nullptr && w->y < shown->InnerRect.Min.y && w->y + w->h > shown->InnerRect.Min.y;
    if (!w->visible || cut_below || cut_above) {
      if (ImGuiWindow* content = Headless::content()) {
        ImGui::SetScrollY(content, content->Scroll.y + w->y - content->InnerRect.Min.y - 100.0f);
        frame();
        w = find_widget(widgets_, match);
        if (w == nullptr) return false;
      }
    }
    ImGuiIO& io = ImGui::GetIO();
    io.MousePos = ImVec2(w->x + w->w * across, w->y + w->h * 0.5f);
    frame();
    io.MouseDown[0] = true;
    frame();
    io.MouseDown[0] = false;
    frame();
    frame();  // the frame after the click shows its result (a radio reports the state it drew with)
    return true;
  }
  // Two frames a key: ImGui forgets an active ID that was not drawn only on the frame after.
  void type(char c) {
    ImGui::GetIO().AddInputCharacter(static_cast<unsigned>(c));
    frame();
    frame();
  }
  void backspace() { key(kBackspace); }
  void enter() { key(kEnter); }
  void key(int index) {
    ImGuiIO& io = ImGui::GetIO();
    io.KeysDown[index] = true;
    frame();
    io.KeysDown[index] = false;
    frame();
    frame();
  }

 private:
  Headless& ui_;
  std::function<void()> draw_;
  Widgets widgets_;
};

// Bureau staff find the desk where 开始 starts, not only at its foot: on the first screen at both
// widths, and a click opens it.
TEST_F(ViewTest, TheDeskIsOfferedOnTheFirstScreenOfStart) {
  for (const bool phone : {false, true}) {
    SCOPED_TRACE(phone ? "phone" : "desktop");
    Headless ui(phone ? kPhone : kDesktop, 1.0f);
    sx_app::AppState state(*sx::find_standard("shaoxing-2019"));
    Driver driver(ui, [&] { sx_app::draw_app(state); });
    driver.frame();
    driver.frame();
    const auto entry = [](const Widget& w) { return w.name == "开始 · 打开审核台"; };
    const Widget* shown = find_widget(driver.widgets(), entry);
    ASSERT_NE(shown, nullptr) << "no 打开审核台 near the top of 开始";
    EXPECT_TRUE(shown->visible && shown->y + shown->h <= (phone ? kPhone : kDesktop).y)
        << "below the first screen, at y " << shown->y;
    ASSERT_TRUE(driver.click(entry));
    EXPECT_TRUE(state.desk.open);
  }
}

// Opened from 开始 with a click; a click on a row opens its details, a click on 推荐 records it.
TEST_F(ViewTest, TheDeskOpensFromStartAndTakesADecision) {
  Headless ui(kDesktop, 1.0f);
  sx_app::AppState state(*sx::find_standard("shaoxing-2019"));  // the fixtures' year, whatever ran before
  Driver driver(ui, [&] { sx_app::draw_app(state); });
  driver.frame();
  driver.frame();
  ASSERT_TRUE(driver.click([](const Widget& w) { return w.name == "start.desk"; })) << "no 打开审核台 on 开始";
  EXPECT_TRUE(state.desk.open);
  fill_desk(state);
  driver.frame();
  driver.frame();
  // On the file's name: a row's middle may fall on a column's border, which resizes the column.
  ASSERT_TRUE(driver.click([](const Widget& w) { return w.name == "desk.row.2"; }, 0.05f)) << "no row for the third file";
  ASSERT_EQ(state.desk.selected, std::optional<std::size_t>(2));
  ASSERT_TRUE(driver.click([](const Widget& w) { return w.name == "desk.decision.recommend"; }));
  EXPECT_EQ(state.desk.review->row(2).decision, sx_review::Decision::Recommend);
  EXPECT_TRUE(sx_app::document_is_blank(state)) << "the desk never touches the user's own assessment";
  // The revoked list: the disclosure opened with a click, a pasted list flags the code it names;
  // a list with a bad line is refused whole and says which line.
  ASSERT_TRUE(driver.click([](const Widget& w) { return w.name == "desk.revoked"; }));
  EXPECT_NE(find_widget(driver.widgets(), [](const Widget& w) { return w.name == "desk.revoked.use"; }), nullptr);
  state.desk.year = 2026;
  sx_app::desk_set_revoked(state.desk, *state.standard, state.desk.year, "名单.csv", "代码,撤销年份\n12345,2025\n");
  EXPECT_EQ(state.desk.revoked_problems.size(), 1u);
  EXPECT_EQ(state.desk.revoked_codes, 0u);
  const std::string code = state.desk.review->row(0).credit_code;
  sx_app::desk_set_revoked(state.desk, *state.standard, state.desk.year, "粘贴的名单", code + " 2025\n");
  EXPECT_TRUE(state.desk.revoked_problems.empty());
  EXPECT_EQ(state.desk.revoked_codes, 1u);
  EXPECT_TRUE(state.desk.review->row(0).has_flag("revoked")) << code;
  EXPECT_FALSE(state.desk.review->row(2).has_flag("revoked"));
  Checker checker("desk with the revoked list open");
  for (int i = 0; i < 3; ++i) checker.check(driver.frame(), kDesktop.x);
  ASSERT_TRUE(driver.click([](const Widget& w) { return w.name == "desk.back"; }));
  EXPECT_FALSE(state.desk.open);
}

// The details are of a row the table shows: a search that hides the row closes them. On a phone
// they come above the table, and a tap on a row brings them into view; the flags and the decision
// stand beside the enterprise, before the code and the district.
TEST_F(ViewTest, TheDesksDetailsFollowTheRowsShown) {
  for (const bool on_phone : {false, true}) {
    SCOPED_TRACE(on_phone ? "phone" : "desktop");
    Headless ui(on_phone ? kPhone : kDesktop, 1.0f);
    sx_app::AppState state(*sx::find_standard("shaoxing-2019"));
    state.desk.open = true;
    fill_desk(state);
    Driver driver(ui, [&] { sx_app::draw_app(state); });
    for (int i = 0; i < 3; ++i) driver.frame();
    const auto x_of = [&](const std::string& name) {
      const Widget* w = find_widget(driver.widgets(), [&](const Widget& v) { return v.name == name; });
      return w != nullptr ? w->x : -1.0f;
    };
    EXPECT_LT(x_of("desk.sort.审核标记"), x_of("desk.sort.统一社会信用代码"));
    EXPECT_LT(x_of("desk.sort.审核结论"), x_of("desk.sort.所在区、县（市）"));
    EXPECT_GE(x_of("desk.sort.审核结论"), 0.0f);
    // The first row drawn (on a phone those below the fold are not).
    const Widget* row = find_widget(driver.widgets(), [](const Widget& w) { return w.name.rfind("desk.row.", 0) == 0; });
    ASSERT_NE(row, nullptr);
    const std::string row_name = row->name;
    const std::size_t index = std::stoul(row_name.substr(std::string("desk.row.").size()));
    ASSERT_TRUE(driver.click([&](const Widget& w) { return w.name == row_name; }, 0.05f));
    ASSERT_EQ(state.desk.selected, std::optional<std::size_t>(index));
    driver.frame();
    const Widget* decide = find_widget(driver.widgets(), [](const Widget& w) { return w.name == "desk.decision.recommend"; });
    ASSERT_NE(decide, nullptr) << "no details for the row clicked";
    const Widget* first_row = find_widget(driver.widgets(), [](const Widget& w) { return w.name == "desk.row.0"; });
    if (on_phone) {
      // The page went down to the details: the exports above them out of view, the decision a swipe away.
      const Widget* save = find_widget(driver.widgets(), [](const Widget& w) { return w.name == "desk.save"; });
      ASSERT_NE(save, nullptr);
      EXPECT_LT(save->y, 0.0f) << "the page did not go to the details";
      EXPECT_GE(decide->y, 0.0f);
      EXPECT_LT(decide->y, kPhone.y * 1.5f);
      if (first_row != nullptr) EXPECT_LT(decide->y, first_row->y) << "above the table";
    } else {
      // Below the table, brought into view: the decision within the window, and the row clicked
      // still in view above it.
      EXPECT_TRUE(decide->visible) << "the details stayed below the fold (at y " << decide->y << ")";
      EXPECT_LT(decide->y + decide->h, kDesktop.y);
      const Widget* clicked = find_widget(driver.widgets(), [&](const Widget& w) { return w.name == row_name; });
      ASSERT_NE(clicked, nullptr);
      EXPECT_TRUE(clicked->visible && clicked->y >= 0.0f) << "the row clicked left the view (at y " << clicked->y << ")";
    }
    state.desk.filter.search = "没有这家企业";
    state.desk.order_stale = true;
    driver.frame();
    driver.frame();
    EXPECT_EQ(find_widget(driver.widgets(), [](const Widget& w) { return w.name == "desk.decision.recommend"; }), nullptr)
        << "the details of a row the search hid";
    const std::vector<std::string> texts = shown_texts();
    EXPECT_TRUE(std::any_of(texts.begin(), texts.end(), [](const std::string& t) { return t.rfind("没有符合当前查找和筛选条件的文件", 0) == 0; }))
        << "an empty table with no words";
    state.desk.filter.search.clear();
    state.desk.order_stale = true;
    driver.frame();
    driver.frame();
    EXPECT_NE(find_widget(driver.widgets(), [](const Widget& w) { return w.name == "desk.decision.recommend"; }), nullptr)
        << "shown again with its row";
  }
}

// 导出 Word and 打印 with no category chosen: nothing is made; the page goes to the choice at the
// top of 导出, says why and gives it the focus; once a category is chosen the draft downloads.
// The JSON is saved whatever is filled in.
TEST_F(ViewTest, TheDraftAsksForACategoryFirst) {
  for (const bool on_phone : {false, true}) {
    SCOPED_TRACE(on_phone ? "phone" : "desktop");
    Headless ui(on_phone ? kPhone : kDesktop, 1.0f);
    sx_app::AppState state(*sx::find_standard("shaoxing-2019"));
    sx_app::show_screen(state, "export");
    Driver driver(ui, [&] { sx_app::draw_app(state); });
    for (int i = 0; i < 3; ++i) driver.frame();
    const auto said = [&](const std::string& words) {
      for (const std::string& text : shown_texts()) {
        if (has(text, words.c_str())) return true;
      }
      return false;
    };
    for (const char* button : {"导出 Word", "打印 / 另存 PDF"}) {
      SCOPED_TRACE(button);
      ASSERT_TRUE(driver.click([&](const Widget& w) { return w.label == button; }));
      for (int i = 0; i < 8; ++i) driver.frame();
      EXPECT_FALSE(state.requests.download_docx);
      EXPECT_FALSE(state.requests.print_view);
      EXPECT_TRUE(said("请先选择申报类别")) << "not said why nothing came";
      const auto live = sx_app::live_status(state);
      EXPECT_TRUE(std::any_of(live.begin(), live.end(), [](const sx_app::LiveStatus& l) { return l.key == "export.category"; }))
          << "not said to a screen reader";
      const Widget* first = find_widget(driver.widgets(), [](const Widget& w) { return has(w.name, "申报类别 · "); });
      ASSERT_NE(first, nullptr);
      EXPECT_TRUE(first->visible) << "the page did not go to the choice";
      EXPECT_GE(first->y, 0.0f);
      // The choice is near the screen's top: the screen is shown from its top, its heading whole
      // (it was left half under the top bar).
      ASSERT_NE(Headless::content(), nullptr);
      EXPECT_EQ(Headless::content()->Scroll.y, 0.0f);
    }
    ASSERT_TRUE(driver.click([](const Widget& w) { return has(w.name, "申报类别 · 智能制造示范车间"); }));
    EXPECT_EQ(state.document().category(), std::optional<std::string>("workshop"));
    driver.frame();
    EXPECT_FALSE(said("请先选择申报类别"));
    const auto live = sx_app::live_status(state);
    EXPECT_TRUE(std::none_of(live.begin(), live.end(), [](const sx_app::LiveStatus& l) { return l.key == "export.category"; }));
    ASSERT_TRUE(driver.click([](const Widget& w) { return w.label == "导出 Word"; }));
    EXPECT_TRUE(state.requests.download_docx);
  }
}

bool is_yes_of_1_1(const Widget& w) { return has(w.label, "有（10 分）") && w.name.rfind("1.1 ", 0) == 0; }
bool is_cnc_field(const Widget& w) { return has(w.name, "3.1") && has(w.name, "数控化率"); }

// A row opens its assessment read-only in 申报类别, 评分表, 五种新模式 and 差距与建议, at both widths:
// every control disabled (a click on 1.1's answer changes nothing), the user's own document
// untouched, and 返回审核台 comes back.
TEST_F(ViewTest, ARowOpensReadOnlyInTheOrdinaryScreens) {
  for (const bool on_phone : {false, true}) {
    const ImVec2 size = on_phone ? kPhone : kDesktop;
    Headless ui(size, 1.0f);
    sx_app::AppState state(*sx::find_standard("shaoxing-2019"));  // the fixtures' year, whatever ran before
    state.desk.open = true;
    fill_desk(state);
    state.desk.selected = 1;  // discrete-partial.json
    Driver driver(ui, [&] { sx_app::draw_app(state); });
    for (int i = 0; i < 3; ++i) driver.frame();
    ASSERT_TRUE(driver.click([](const Widget& w) { return w.name == "desk.view"; })) << "no 查看自评内容 for the row";
    ASSERT_TRUE(state.desk.viewing.has_value());
    const sx::Assessment submitted = state.desk.review->submissions()[1].assessment.value();
    for (const std::string& id : sx_app::desk_viewing_screens()) {
      SCOPED_TRACE(id);
      ASSERT_TRUE(driver.click([&](const Widget& w) { return w.name == "desk.view." + id; }));
      EXPECT_EQ(state.desk.viewing->screen, id);
      Checker checker("viewing " + id + (on_phone ? " (phone)" : " (desktop)"));
      draw_and_check(ui, state, checker, size.x);
      driver.frame();  // the driver reads where things are now, after the paging
    }
    driver.click([](const Widget& w) { return w.name == "desk.view.score"; });
    driver.click(is_yes_of_1_1);
    EXPECT_EQ(sx::serialise(state.desk.viewing->state->document()), sx::serialise(submitted)) << "a submitted file was edited";
    EXPECT_TRUE(sx_app::document_is_blank(state));
    ASSERT_TRUE(driver.click([](const Widget& w) { return w.name == "desk.view.back"; }));
    EXPECT_FALSE(state.desk.viewing.has_value());
    EXPECT_TRUE(state.desk.open);
  }
}


// Clicks 有 on 1.1, then types 65 into 3.1's field and deletes it again: every keystroke reaches
// the document and the field keeps the keyboard (a number field once lost focus after one key).
void click_and_type(Driver& driver, sx_app::AppState& state) {
  driver.frame();
  driver.frame();
  ASSERT_TRUE(driver.click(is_yes_of_1_1)) << "no “有（10 分）” radio named for 1.1";
  const sx::Json* answer = state.document().answer("1.1");
  ASSERT_NE(answer, nullptr) << "clicking 1.1 “有” did not answer it";
  EXPECT_EQ(*answer, true);
  const Widget* yes = find_widget(driver.widgets(), is_yes_of_1_1);
  ASSERT_NE(yes, nullptr);
  EXPECT_EQ(yes->checked, std::optional<bool>(true)) << "the widget log does not report the radio as chosen";

  ASSERT_TRUE(driver.click(is_cnc_field)) << "no field named for 3.1 数控化率";
  const Widget* field = find_widget(driver.widgets(), is_cnc_field);
  ASSERT_NE(field, nullptr);
  const ImGuiID id = field->id;
  // The field keeps its ID and the keyboard (ImGui drops a stale active ID only frames later).
  auto still_active = [&](const char* after) {
    const Widget* now = find_widget(driver.widgets(), is_cnc_field);
    EXPECT_TRUE(now != nullptr && now->id == id) << "the 3.1 field changed its ID " << after;
    EXPECT_EQ(ImGui::GetActiveID(), id) << "the 3.1 field lost the keyboard " << after;
  };
  still_active("when clicked");
  driver.type('6');
  EXPECT_EQ(state.document().metric("cnc_rate"), std::optional<double>(6.0));
  still_active("after one keystroke");
  driver.type('5');
  EXPECT_EQ(state.document().metric("cnc_rate"), std::optional<double>(65.0));
  still_active("after two keystrokes");
  driver.backspace();
  EXPECT_EQ(state.document().metric("cnc_rate"), std::optional<double>(6.0));
  still_active("after Backspace");
  driver.backspace();
  EXPECT_EQ(state.document().metric("cnc_rate"), std::nullopt) << "an emptied field still holds a value";
  still_active("when emptied");
  EXPECT_TRUE(state.edits.error.empty()) << "a field shows an error: " << state.edits.error.begin()->second;
}

// The shared controls of fields.cpp on their own, in a bare window: holds whatever the screens do.
TEST_F(ViewTest, SharedControlsTakeClicksAndKeystrokes) {
  for (const bool phone : {false, true}) {
    SCOPED_TRACE(phone ? "phone" : "desktop");
    Headless ui(phone ? kPhone : kDesktop);
    sx_app::AppState state;
    load(state, "discrete-empty");
    const sx::Item* item_1_1 = state.model.table().item("1.1");
    const sx::Item* item_3_1 = state.model.table().item("3.1");
    ASSERT_NE(item_1_1, nullptr);
    ASSERT_NE(item_3_1, nullptr);
    Driver driver(ui, [&] {
      ImGui::SetNextWindowPos(ImVec2(0, 0));
      ImGui::SetNextWindowSize(ImGui::GetIO().DisplaySize);
      ImGui::Begin("controls", nullptr, ImGuiWindowFlags_NoDecoration);
      sx_app::item_control(sx_app::user_document(state), *item_1_1);
      sx_app::item_control(sx_app::user_document(state), *item_3_1);
      ImGui::End();
    });
    click_and_type(driver, state);
  }
}

// The type starts as 离散型; an industry that is 流程型 offers the switch in one tap, at both widths.
// A new assessment does not look as if 离散型 had been chosen: no radio is on, 评分表 says which
// table it shows meanwhile and links to the choice, and a tap on either type chooses it.
TEST_F(ViewTest, ANewAssessmentAsksForItsType) {
  for (const bool on_phone : {false, true}) {
    SCOPED_TRACE(on_phone ? "phone" : "desktop");
    Headless ui(on_phone ? kPhone : kDesktop);
    sx_app::AppState state(*sx::find_standard("shaoxing-2019"));
    ASSERT_FALSE(state.document().type_chosen());
    sx_app::show_screen(state, "score");
    Driver driver(ui, [&] { sx_app::draw_app(state); });
    for (int i = 0; i < 3; ++i) driver.frame();
    const auto said = [&](const char* words) {
      const auto texts = shown_texts();
      return std::any_of(texts.begin(), texts.end(), [&](const std::string& t) { return has(t, words); });
    };
    EXPECT_TRUE(said("尚未选择企业类型，下面暂按表1（离散型）列出"));
    ASSERT_TRUE(driver.click([](const Widget& w) { return w.label == "去选择企业类型"; }));
    for (int i = 0; i < 4; ++i) driver.frame();
    EXPECT_EQ(state.screen, "enterprise");
    const auto radio = [&](const char* type) {
      return find_widget(driver.widgets(), [&](const Widget& w) { return w.name == std::string("企业类型 · ") + type; });
    };
    ASSERT_NE(radio("离散型"), nullptr);
    ASSERT_NE(radio("流程型"), nullptr);
    EXPECT_TRUE(radio("离散型")->visible) << "the jump did not land on the choice";
    EXPECT_EQ(radio("离散型")->checked, std::optional<bool>(false));
    EXPECT_EQ(radio("流程型")->checked, std::optional<bool>(false));
    EXPECT_TRUE(said("尚未选择企业类型。"));
    // The type it started on, chosen by a tap.
    ASSERT_TRUE(driver.click([](const Widget& w) { return w.name == "企业类型 · 离散型"; }));
    EXPECT_TRUE(state.document().type_chosen());
    EXPECT_EQ(state.document().type(), "discrete");
    driver.frame();
    EXPECT_EQ(radio("离散型")->checked, std::optional<bool>(true));
    EXPECT_FALSE(said("尚未选择企业类型"));
    sx_app::show_screen(state, "score");
    for (int i = 0; i < 3; ++i) driver.frame();
    EXPECT_FALSE(said("尚未选择企业类型"));
  }
}

TEST_F(ViewTest, AnIndustrysSuggestedTypeIsOneTapAway) {
  for (const bool phone : {false, true}) {
    SCOPED_TRACE(phone ? "phone" : "desktop");
    Headless ui(phone ? kPhone : kDesktop);
    sx_app::AppState state(*sx::find_standard("shaoxing-2019"));
    load(state, "discrete-empty");
    state.model.set_enterprise_field("industry", "C26 化学原料和化学制品制造业");
    sx_app::show_screen(state, "enterprise");
    Driver driver(ui, [&] { sx_app::draw_app(state); });
    driver.frame();
    driver.frame();
    ASSERT_TRUE(driver.click([](const Widget& w) { return w.label == "改为流程型（表2）"; }));
    driver.frame();
    EXPECT_EQ(state.document().type(), "process");
    driver.frame();
    EXPECT_EQ(find_widget(driver.widgets(), [](const Widget& w) { return w.label == "改为流程型（表2）"; }), nullptr);
  }
}

// Picked in the list, a 流程型 industry sets a type not yet chosen while the score sheet is empty,
// and a notice says so; with an answer the switch would drop, the type stays unchosen and a one-tap
// choice of the suggestion is offered (a newcomer chose 纺织业, kept the default 离散型 and was
// scored on 表1). A type already chosen stays: the industry only suggests (a newcomer who chose
// 离散型 by hand was switched back to 流程型 by the next industry).
TEST_F(ViewTest, AnIndustryPickedSetsATypeNotYetChosenWhileNothingWouldBeLost) {
  enum class Start { New, NewAnswered, Chosen };
  for (const Start start : {Start::New, Start::NewAnswered, Start::Chosen}) {
    SCOPED_TRACE(start == Start::New ? "new" : start == Start::NewAnswered ? "an item answered" : "type chosen");
    Headless ui(kDesktop);
    sx_app::AppState state(*sx::find_standard("shaoxing-2019"));
    if (start == Start::Chosen) load(state, "discrete-empty");
    if (start == Start::NewAnswered) ASSERT_TRUE(state.model.answer("2.1", sx::Json::array({"cad"})));
    sx_app::show_screen(state, "enterprise");
    Driver driver(ui, [&] { sx_app::draw_app(state); });
    driver.frame();
    driver.frame();
    ASSERT_TRUE(driver.click([](const Widget& w) { return w.name == "所属行业"; }));
    ASSERT_TRUE(driver.click([](const Widget& w) { return w.name == "所属行业 · C26 化学原料和化学制品制造业"; }));
    driver.frame();
    EXPECT_EQ(state.document().enterprise_text("industry"), "C26 化学原料和化学制品制造业");
    const bool follows = start == Start::New;
    EXPECT_EQ(state.document().type(), follows ? "process" : "discrete");
    EXPECT_EQ(state.document().type_chosen(), start != Start::NewAnswered);
    bool told = false;
    for (const auto& notice : state.notices) told = told || has(notice.title, "企业类型已改为流程型");
    EXPECT_EQ(told, follows);
    const char* offered = start == Start::Chosen ? "改为流程型（表2）" : "选择流程型（表2）";
    EXPECT_EQ(find_widget(driver.widgets(), [&](const Widget& w) { return w.label == offered; }) != nullptr, !follows);
    // Not followed: said under the industry, where the user is looking (the type may be out of view).
    const auto texts = shown_texts();
    EXPECT_EQ(std::any_of(texts.begin(), texts.end(), [](const std::string& t) { return has(t, "按所属行业，建议企业类型选流程型"); }),
              !follows);
  }
}

// 继续 on 开始 goes back to the step last opened (kept by the platform across visits), not to the
// first unfinished one; a step it does not know, or a new document, falls back to that.
TEST_F(ViewTest, ResumeOpensTheStepLastOpened) {
  struct Case { const char* kept; const char* opens; };
  for (const Case& c : {Case{"score", "score"}, Case{"export", "export"}, Case{"policy", "enterprise"},
                        Case{"nowhere", "enterprise"}, Case{"", "enterprise"}}) {
    SCOPED_TRACE(c.kept);
    Headless ui(kDesktop);
    sx_app::AppState state(*sx::find_standard("shaoxing-2019"));
    load(state, "discrete-empty");
    ASSERT_TRUE(state.model.set_enterprise_field("name", "绍兴市示例纺织有限公司").ok);
    state.resume_step = c.kept;
    sx_app::show_screen(state, "start");
    Driver driver(ui, [&] { sx_app::draw_app(state); });
    driver.frame();
    driver.frame();
    ASSERT_TRUE(driver.click([](const Widget& w) { return w.name == "继续上次的自评"; }));
    driver.frame();
    EXPECT_EQ(state.screen, c.opens);
  }
  // Opened from a step, kept as the step; 新建 forgets it.
  sx_app::AppState state(*sx::find_standard("shaoxing-2019"));
  sx_app::show_screen(state, "figures");
  sx_app::show_screen(state, "policy");
  EXPECT_EQ(state.resume_step, "figures");
  state.resume_scroll = 800.0f;
  sx_app::start_new(state);
  EXPECT_EQ(state.resume_step, "");
  EXPECT_EQ(state.resume_scroll, 0.0f);
}

// 继续 goes back down the step to where the user was (taller than the start screen it leaves, so
// the scroll is given once the step is laid out), and scrolling there is kept as the place.
TEST_F(ViewTest, ResumeGoesBackDownTheStep) {
  Headless ui(kPhone);
  sx_app::AppState state(*sx::find_standard("shaoxing-2019"));
  load(state, "discrete-empty");
  ASSERT_TRUE(state.model.set_enterprise_field("name", "绍兴市示例纺织有限公司").ok);
  state.resume_step = "score";
  state.resume_scroll = 2400.0f;
  sx_app::show_screen(state, "start");
  Driver driver(ui, [&] { sx_app::draw_app(state); });
  driver.frame();
  driver.frame();
  ASSERT_TRUE(driver.click([](const Widget& w) { return w.name == "继续上次的自评"; }));
  for (int i = 0; i < 3; ++i) driver.frame();
  EXPECT_EQ(state.screen, "score");
  EXPECT_NEAR(state.content_scroll, 2400.0f, 1.0f);
  EXPECT_NEAR(state.resume_scroll, 2400.0f, 1.0f);
  // Another step from the menu opens at its top, and the place follows the user there.
  sx_app::show_screen(state, "figures");
  for (int i = 0; i < 2; ++i) driver.frame();
  EXPECT_EQ(state.resume_step, "figures");
  EXPECT_EQ(state.resume_scroll, 0.0f);
}

// A figure typed past its whole (45 tools used of 40) or with a letter is refused in words, and
// the document keeps neither the figure's last good start (4) nor the rate computed from it.
TEST_F(ViewTest, ARefusedFigureLeavesNoValueAndNoRateBehind) {
  Headless ui(kDesktop);
  sx_app::AppState state;
  load(state, "discrete-empty");
  const sx::FigureDef* needed = state.standard->figure("rd_tools_needed");
  const sx::FigureDef* used = state.standard->figure("rd_tools_used");
  ASSERT_TRUE(needed != nullptr && used != nullptr);
  ASSERT_TRUE(state.model.set_figure("rd_tools_needed", 40).ok);
  Driver driver(ui, [&] {
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(ImGui::GetIO().DisplaySize);
    ImGui::Begin("controls", nullptr, ImGuiWindowFlags_NoDecoration);
    sx_app::figure_control(sx_app::user_document(state), *used, 200.0f);
    ImGui::End();
  });
  driver.frame();
  driver.frame();
  const auto is_used = [&](const Widget& w) { return w.name == used->label; };
  ASSERT_TRUE(driver.click(is_used));
  driver.type('4');
  EXPECT_EQ(state.document().figure("rd_tools_used"), std::optional<double>(4.0));
  EXPECT_EQ(state.document().metric("rd_tools_rate"), std::optional<double>(10.0));
  driver.type('5');
  EXPECT_EQ(state.document().figure("rd_tools_used"), std::nullopt) << "45 was refused but 4 stayed";
  EXPECT_EQ(state.document().metric("rd_tools_rate"), std::nullopt) << "the rate of 4 of 40 stayed";
  ASSERT_EQ(state.edits.error.count("figures.rd_tools_used"), 1u);
  EXPECT_EQ(state.edits.error["figures.rd_tools_used"], "不能大于" + needed->label + "（40）");
  driver.backspace();
  EXPECT_EQ(state.document().figure("rd_tools_used"), std::optional<double>(4.0));
  EXPECT_EQ(state.document().metric("rd_tools_rate"), std::optional<double>(10.0));
  EXPECT_TRUE(state.edits.error.empty());
  driver.type('a');
  EXPECT_EQ(state.document().figure("rd_tools_used"), std::nullopt) << "“4a” was refused but 4 stayed";
  EXPECT_EQ(state.document().metric("rd_tools_rate"), std::nullopt);
  EXPECT_EQ(state.edits.error["figures.rd_tools_used"], "请只填数字，不带单位（本栏单位已是个）");
  // The words wait until the field is left (a line under it mid-number moved what lay below);
  // Enter leaves it, and they show.
  // Drawn: a line below the field (while typed in, the words are the mirror's only, over the field).
  const auto drawn = [&] {
    const Widget* field = find_widget(driver.widgets(), is_used);
    if (field == nullptr) return false;
    for (const sx_app::LoggedWidget& w : sx_app::shown_widgets()) {
      if (w.is_text && w.label == "请只填数字，不带单位（本栏单位已是个）" && w.rect.Min.y >= field->y + field->h - 1.0f) return true;
    }
    return false;
  };
  EXPECT_FALSE(drawn()) << "the refusal's line drawn while the field is typed in";
  driver.enter();
  driver.frame();
  EXPECT_TRUE(drawn()) << "the refusal's words once the field is left";
  EXPECT_EQ(state.edits.error["figures.rd_tools_used"], "请只填数字，不带单位（本栏单位已是个）");
}

// What was just pressed stays under the finger when something above it changes height (scroll
// anchoring, scroll_anchor.hpp): a newcomer ticked 3.2's first box, a 暂估 line appeared above the
// boxes, and the next tap, 31 px higher now, unticked it; typing a figure raised a notice at the
// top of 基础数据 that pushed the fields 108 px down.
TEST_F(ViewTest, WhatWasJustPressedStaysWhereItWas) {
  const auto centre_in_view = [](Driver& driver, const std::function<bool(const Widget&)>& match) {
    ImGuiWindow* content = Headless::content();
    const Widget* w = find_widget(driver.widgets(), match);
    ASSERT_TRUE(content != nullptr && w != nullptr);
    ImGui::SetScrollY(content, content->Scroll.y + w->y - content->InnerRect.GetCenter().y);
    driver.frame();
    driver.frame();
  };
  for (const bool phone : {false, true}) {
    SCOPED_TRACE(phone ? "phone" : "desktop");
    {
      Headless ui(phone ? kPhone : kDesktop);
      sx_app::AppState state;
      load(state, "discrete-empty");
      sx_app::show_screen(state, "score");
      Driver driver(ui, [&] { sx_app::draw_app(state); });
      driver.frame();
      driver.frame();
      const sx::Item* item = state.model.table().item("3.2");
      ASSERT_TRUE(item != nullptr && item->options.size() >= 2);
      const auto box = [item](std::size_t i) {
        return [item, i](const Widget& w) { return has(w.name, "3.2") && has(w.name, item->options[i].label.c_str()); };
      };
      centre_in_view(driver, box(0));
      const Widget* second = find_widget(driver.widgets(), box(1));
      ASSERT_NE(second, nullptr);
      const float before = second->y;
      ASSERT_TRUE(driver.click(box(0)));
      const sx::ItemResult* result = state.evaluation().item("3.2");
      ASSERT_TRUE(result != nullptr && result->provisional) << "one box ticked is an estimate: the 暂估 line shows";
      second = find_widget(driver.widgets(), box(1));
      ASSERT_NE(second, nullptr);
      EXPECT_NEAR(second->y, before, 0.5f) << "the 暂估 line pushed the next box down";
    }
    {
      Headless ui(phone ? kPhone : kDesktop);
      sx_app::AppState state;
      load(state, "discrete-empty");
      const sx::Derivation& derivation = state.standard->derivations.front();
      const sx::FigureDef* first = state.standard->figure(derivation.from[0]);
      const sx::FigureDef* other = state.standard->figure(derivation.from[1]);
      ASSERT_TRUE(first != nullptr && other != nullptr);
      state.model.set_figure(other->key, 40.0);
      sx_app::show_screen(state, "figures");
      Driver driver(ui, [&] { sx_app::draw_app(state); });
      driver.frame();
      driver.frame();
      const auto field = [first](const Widget& w) { return w.name == first->label; };
      centre_in_view(driver, field);
      ASSERT_TRUE(driver.click(field));
      const float before = find_widget(driver.widgets(), field)->y;
      driver.type('2');
      EXPECT_FALSE(state.notices.empty()) << "a rate computed from the figures is told in a notice at the top";
      const Widget* now = find_widget(driver.widgets(), field);
      ASSERT_NE(now, nullptr);
      EXPECT_NEAR(now->y, before, 0.5f) << "the notice pushed the field being typed in down";
      EXPECT_EQ(ImGui::GetActiveID(), now->id) << "the field lost the keyboard";
    }
  }
}

// On a phone scrolled far down a screen, 第 n/10 步 and 菜单 open where they are drawn, at the top
// of the content, and closing the menu comes back to the same place.
TEST_F(ViewTest, APhoneHeaderMenuOpensInViewAndClosingComesBack) {
  for (const char* menu : {"nav.menu", "toolbar.menu"}) {
    SCOPED_TRACE(menu);
    Headless ui(kPhone);
    sx_app::AppState state;
    load(state, "discrete-full");
    sx_app::show_screen(state, "score");
    Driver driver(ui, [&] { sx_app::draw_app(state); });
    driver.frame();
    driver.frame();
    ImGuiWindow* content = Headless::content();
    ASSERT_NE(content, nullptr);
    ImGui::SetScrollY(content, 3000.0f);
    driver.frame();
    driver.frame();
    const float down = content->Scroll.y;
    ASSERT_GT(down, 1000.0f);
    const auto named = [](const char* name) { return [name](const Widget& w) { return w.name == name; }; };
    ASSERT_TRUE(driver.click(named(menu)));
    driver.frame();
    EXPECT_EQ(content->Scroll.y, 0.0f) << "the menu opened 3000 px above the screen";
    const bool steps = std::string(menu) == "nav.menu";
    const Widget* first = find_widget(driver.widgets(), [&](const Widget& w) {
      return steps ? w.name == "nav.export" : w.label == "撤销";
    });
    ASSERT_NE(first, nullptr);
    EXPECT_TRUE(first->visible && first->y >= 0.0f && first->y + first->h <= kPhone.y) << "the menu's items are out of view";
    ASSERT_TRUE(driver.click(named(menu)));
    driver.frame();
    EXPECT_EQ(content->Scroll.y, down) << "closing the menu did not come back";
  }
}

// A new step starts at its top, however far down the last one was left: by 下一步 at its foot,
// or by the phone's step menu opened from there (a newcomer found 评分表 and 五种新模式 opening at
// their bottom).
TEST_F(ViewTest, ANewStepOpensAtItsTop) {
  for (const bool by_menu : {false, true}) {
    SCOPED_TRACE(by_menu ? "step menu" : "下一步");
    Headless ui(kPhone);
    sx_app::AppState state;
    load(state, "process-full");
    sx_app::show_screen(state, "categories");
    Driver driver(ui, [&] { sx_app::draw_app(state); });
    driver.frame();
    driver.frame();
    ImGuiWindow* content = Headless::content();
    ASSERT_NE(content, nullptr);
    ImGui::SetScrollY(content, 100000.0f);
    driver.frame();
    driver.frame();
    ASSERT_GT(content->Scroll.y, 2000.0f);
    if (by_menu) {
      ASSERT_TRUE(driver.click([](const Widget& w) { return w.name == "nav.menu"; }));
      driver.frame();
      ASSERT_TRUE(driver.click([](const Widget& w) { return w.name == "nav.score"; }));
    } else {
      ASSERT_TRUE(driver.click([](const Widget& w) { return w.label.rfind("下一步", 0) == 0; }));
    }
    EXPECT_EQ(state.screen, "score");
    EXPECT_EQ(content->Scroll.y, 0.0f) << "评分表 opened " << content->Scroll.y << " px down";
    // The browser draws the frame after the tap and then waits: the user's next swipe comes with
    // the next frame, whose wheel must not bring back the last screen's position.
    ImGui::GetIO().MousePos = ImVec2(kPhone.x * 0.5f, kPhone.y * 0.5f);
    ImGui::GetIO().MouseWheel = -1.0f;
    driver.frame();
    EXPECT_LT(content->Scroll.y, 500.0f) << "a swipe after the step took 评分表 back to " << content->Scroll.y;
  }
}

// The floating 返回 button covers nothing the jump landed on: every condition's field, reached
// from 差距与建议 on a phone, lies wholly above the button (a newcomer's tap on 不确定 of the last
// condition went to 返回 instead).
TEST_F(ViewTest, AJumpLandsAboveTheWayBack) {
  Headless ui(kPhone);
  sx_app::AppState state;
  load(state, "discrete-partial");
  Driver driver(ui, [&] { sx_app::draw_app(state); });
  int checked = 0;
  for (const auto& condition : state.standard->conditions) {
    const std::string field = sx_app::condition_need(state.model, condition).field;
    if (field.rfind("facts.", 0) != 0) continue;  // the figures and modes have screens of their own
    SCOPED_TRACE(field);
    sx_app::show_screen(state, "gaps");
    driver.frame();
    sx_app::show_field(state, "categories", field);
    for (int i = 0; i < 10; ++i) driver.frame();
    const Widget* button = find_widget(driver.widgets(), [](const Widget& w) { return w.name == "return"; });
    ASSERT_NE(button, nullptr);
    const std::string prefix = condition.title + " · ";
    for (const Widget& w : driver.widgets()) {
      // Its answers; the disclosure under them (原文) is a scroll away.
      if (!w.visible || w.name.rfind(prefix, 0) != 0 || w.name.find("原文与证明材料") != std::string::npos) continue;
      ++checked;
      EXPECT_LE(w.y + w.h, button->y) << w.text() << " is under the 返回 button";
    }
  }
  EXPECT_GT(checked, 10);
}

// An item with several gaps (3.3's options) is named once, with its link by the name and its gaps
// under both: after the last gap, a newcomer took the first for one without a link.
TEST_F(ViewTest, AnItemWithSeveralGapsHasItsLinkByItsName) {
  for (const bool phone : {false, true}) {
    SCOPED_TRACE(phone ? "phone" : "desktop");
    Headless ui(phone ? kPhone : kDesktop);
    sx_app::AppState state;
    load(state, "discrete-partial");
    const auto& gaps = state.evaluation().item_gaps;
    std::string id;
    for (const auto& gap : gaps) {
      if (std::count_if(gaps.begin(), gaps.end(), [&](const sx::Gap& g) { return g.id == gap.id; }) > 1) id = gap.id;
    }
    ASSERT_FALSE(id.empty()) << "the fixture has no item with two gaps";
    const sx::Item& item = *state.model.table().item(id);
    sx_app::show_screen(state, "gaps");
    Driver driver(ui, [&] { sx_app::draw_app(state); });
    for (int i = 0; i < 3; ++i) driver.frame();
    const std::string link_name = "表1 " + id + " " + item.title + " · 去评分表填写";
    const Widget* link = find_widget(driver.widgets(), [&](const Widget& w) { return w.name == link_name; });
    ASSERT_NE(link, nullptr) << link_name;
    ImGuiWindow* content = Headless::content();
    ASSERT_NE(content, nullptr);
    ImGui::SetScrollY(content, content->Scroll.y + link->y - content->InnerRect.Min.y - 100.0f);
    driver.frame();
    driver.frame();
    link = find_widget(driver.widgets(), [&](const Widget& w) { return w.name == link_name; });
    ASSERT_TRUE(link != nullptr && link->visible);
    // The texts as drawn: the item's name first, its gaps under it without the name again.
    const std::string prefix = id + " " + item.title + "：";
    const std::string& name = prefix;
    const auto text_at = [](const std::string& label) -> const sx_app::LoggedWidget* {
      for (const auto& w : sx_app::shown_widgets()) {
        if (w.is_text && w.label == label) return &w;
      }
      return nullptr;
    };
    const sx_app::LoggedWidget* heading = text_at(name);
    ASSERT_NE(heading, nullptr) << "the item's name above its gaps";
    EXPECT_LT(heading->rect.Min.y, link->y + link->h) << "its link by its name, before its gaps";
    int under = 0;
    for (const auto& gap : gaps) {
      if (gap.id != id) continue;
      ASSERT_EQ(gap.zh.rfind(prefix, 0), 0u) << gap.zh;
      const sx_app::LoggedWidget* text = text_at(gap.zh.substr(prefix.size()));
      ASSERT_NE(text, nullptr) << gap.zh;
      EXPECT_GT(text->rect.Min.y, link->y + link->h - 1.0f) << gap.zh << " is not under its item's link";
      ++under;
    }
    EXPECT_GE(under, 2);
  }
}

// 去填写 lands mid-screen; a 返回 button brings the user back to 差距与建议 where they were, and
// goes once they go anywhere else.
TEST_F(ViewTest, AJumpOffersTheWayBackToWhereItCameFrom) {
  for (const bool phone : {false, true}) {
    SCOPED_TRACE(phone ? "phone" : "desktop");
    Headless ui(phone ? kPhone : kDesktop);
    sx_app::AppState state;
    load(state, "discrete-partial");
    sx_app::show_screen(state, "gaps");
    Driver driver(ui, [&] { sx_app::draw_app(state); });
    driver.frame();
    driver.frame();
    ImGuiWindow* content = Headless::content();
    ASSERT_NE(content, nullptr);
    ImGui::SetScrollY(content, 400.0f);
    driver.frame();
    driver.frame();
    const float there = content->Scroll.y;
    ASSERT_GT(there, 100.0f);
    const auto back = [](const Widget& w) { return w.name == "return"; };
    EXPECT_EQ(find_widget(driver.widgets(), back), nullptr) << "a way back before any jump";
    sx_app::show_field(state, "categories", "facts.applied_other_category_this_year");
    for (int i = 0; i < 8; ++i) driver.frame();
    const Widget* button = find_widget(driver.widgets(), back);
    ASSERT_NE(button, nullptr) << "no way back after the jump";
    EXPECT_EQ(button->label, "← 返回差距与建议");
    EXPECT_GT(button->w, 3.0f * button->h) << "the words are stacked, not on one line";
    EXPECT_TRUE(button->visible && button->y + button->h <= (phone ? kPhone : kDesktop).y);
    ASSERT_TRUE(driver.click(back));
    driver.frame();
    EXPECT_EQ(state.screen, "gaps");
    EXPECT_EQ(content->Scroll.y, there) << "back, but not to the same place";
    EXPECT_EQ(find_widget(driver.widgets(), back), nullptr) << "the way back stayed";
    // Going elsewhere by the navigation drops it.
    sx_app::show_field(state, "categories", "facts.applied_other_category_this_year");
    driver.frame();
    sx_app::show_screen(state, "score");
    driver.frame();
    EXPECT_EQ(find_widget(driver.widgets(), back), nullptr);
  }
}

// 项目概况: a paragraph wraps in its box, which grows to show all of it, while typed and after;
// Enter at the end is kept while typing and gone once the field is left.
TEST_F(ViewTest, ProjectSummaryWrapsAndLosesItsTrailingLineBreakWhenLeft) {
  const std::string paragraph =
      "本项目对印染车间的前处理、染色和定形工序进行智能化改造，新增自动配料系统、在线检测装置和"
      "车间制造执行系统，实现订单、工艺、设备和质量数据的实时采集与追溯，改造后生产效率提高百分之二十以上。";
  for (const bool phone : {false, true}) {
    SCOPED_TRACE(phone ? "phone" : "desktop");
    Headless ui(phone ? kPhone : kDesktop);
    ImGui::GetIO().KeyMap[ImGuiKey_Enter] = 13;
    sx_app::AppState state;
    sx_app::show_screen(state, "enterprise");
    const sx::Field* summary = nullptr;
    for (const auto& field : state.standard->project_fields) {
      if (field.key == "summary") summary = &field;
    }
    ASSERT_NE(summary, nullptr);
    Driver driver(ui, [&] {
      ImGui::SetNextWindowPos(ImVec2(0, 0));
      ImGui::SetNextWindowSize(ImGui::GetIO().DisplaySize);
      ImGui::Begin("controls", nullptr, ImGuiWindowFlags_NoDecoration);
      sx_app::profile_text(sx_app::user_document(state), "project", *summary, phone ? -1.0f : 520.0f);
      ImGui::End();
    });
    auto is_summary = [](const Widget& w) { return w.name == "项目概况"; };
    driver.frame();
    driver.frame();
    const Widget* before = find_widget(driver.widgets(), is_summary);
    ASSERT_NE(before, nullptr);
    const float empty_height = before->h;
    ASSERT_TRUE(driver.click(is_summary));
    ImGui::GetIO().AddInputCharactersUTF8(paragraph.c_str());
    driver.frame();
    driver.frame();
    ImGuiIO& io = ImGui::GetIO();
    io.KeysDown[13] = true;
    driver.frame();
    io.KeysDown[13] = false;
    driver.frame();
    driver.frame();
    EXPECT_EQ(state.document().project_text("summary"), paragraph + "\n") << "Enter did not reach the field";

    const Widget* typed = find_widget(driver.widgets(), is_summary);
    ASSERT_NE(typed, nullptr);
    const float text_width = typed->w - 2.0f * ImGui::GetStyle().FramePadding.x - 2.0f;
    const auto lines = sx_app::wrap_lines(ImGui::GetFont(), ImGui::GetFontSize(), paragraph + "\n", text_width);
    EXPECT_GE(lines.size(), phone ? 6u : 4u) << "the paragraph was not wrapped";
    for (const auto& line : lines) {
      const float width = ImGui::CalcTextSize(paragraph.c_str() + line.begin, paragraph.c_str() + line.end).x;
      EXPECT_LE(width, text_width) << "a line runs past the box: " << paragraph.substr(line.begin, line.end - line.begin);
    }
    EXPECT_GE(typed->h, static_cast<float>(lines.size()) * ImGui::GetFontSize()) << "the box is too short to show it all";
    EXPECT_GT(typed->h, empty_height);
    const ImGuiID typed_id = typed->id;  // the widget list is rebuilt by the next frame

    // Leave the field with a click beside it.
    io.MousePos = ImVec2(io.DisplaySize.x - 4.0f, io.DisplaySize.y - 4.0f);
    driver.frame();
    io.MouseDown[0] = true;
    driver.frame();
    io.MouseDown[0] = false;
    driver.frame();
    driver.frame();
    EXPECT_NE(ImGui::GetActiveID(), typed_id);
    EXPECT_EQ(state.document().project_text("summary"), paragraph) << "the trailing line break stayed";
  }
}

// The same through the whole app on the 评分表 screen, as a user does it.
// 4.2 answered 无 sets 4.3 to 无 (it needs 4.2) and says so beside 4.3, where the user is looking,
// not only at the screen's top; 4.2 有 again gives 4.3 back (a newcomer lost its 4 points).
TEST_F(ViewTest, AnItemWithdrawnWithItsRequirementSaysSoAndComesBack) {
  for (const bool phone : {false, true}) {
    SCOPED_TRACE(phone ? "phone" : "desktop");
    Headless ui(phone ? kPhone : kDesktop);
    sx_app::AppState state;
    load(state, "discrete-empty");
    sx_app::show_screen(state, "score");
    Driver driver(ui, [&] { sx_app::draw_app(state); });
    driver.frame();
    driver.frame();
    const auto answer = [&](const std::string& id, const char* choice) {
      return driver.click([&](const Widget& w) {
        return w.name.rfind(id + " ", 0) == 0 && w.name.size() > 5 && w.name.substr(w.name.size() - std::string(choice).size()) == choice;
      });
    };
    for (const char* id : {"4.1", "4.2", "4.3"}) ASSERT_TRUE(answer(id, " · 有")) << id;
    ASSERT_EQ(*state.model.document().answer("4.3"), true);
    ASSERT_TRUE(answer("4.2", " · 无"));
    EXPECT_EQ(*state.model.document().answer("4.3"), false);
    const auto said = [] {
      for (const auto& text : shown_texts()) {
        if (has(text, "已自动改为“无”") && has(text, "选回“有”后本项自动恢复")) return true;
      }
      return false;
    };
    EXPECT_TRUE(said()) << "4.3 does not say why it is 无";
    ASSERT_TRUE(answer("4.2", " · 有"));
    EXPECT_EQ(*state.model.document().answer("4.3"), true);
    EXPECT_FALSE(said());
  }
}

TEST_F(ViewTest, ScoreScreenTakesClicksAndKeystrokes) {
  for (const bool phone : {false, true}) {
    SCOPED_TRACE(phone ? "phone" : "desktop");
    Headless ui(phone ? kPhone : kDesktop);
    sx_app::AppState state;
    load(state, "discrete-empty");
    sx_app::show_screen(state, "score");
    Driver driver(ui, [&] { sx_app::draw_app(state); });
    driver.frame();
    driver.frame();
    // The shared controls name their widgets "context · choice": 评分表 without any is broken.
    ASSERT_NE(find_widget(driver.widgets(), [](const Widget& w) { return has(w.name, " · "); }), nullptr)
        << "the 评分表 screen draws no item controls";
    click_and_type(driver, state);
  }
}

}  // namespace

// ---- 快速自测 (issue 17): every question and the result, at both widths, in both years. ----

namespace {

// Draws the quick check from its first question to its result with every check, over `doc`.
void quick_check_draws_cleanly(const sx::Standard& year, const std::string& doc, bool on_phone, int percent) {
  const ImVec2 size = on_phone ? kPhone : kDesktop;
  Headless ui(size, static_cast<float>(percent) / 100.0f);
  sx_app::AppState state(year);
  auto loaded = document(doc);
  ASSERT_TRUE(loaded.has_value());
  load(state, loaded->standard_id() == year.id ? std::move(*loaded) : sx_test::in_year(year, *loaded));
  state.display.text_percent = percent;
  sx_app::open_quick_check(state);
  ASSERT_TRUE(state.quick.open);
  EXPECT_EQ(state.quick.carried, doc != "discrete-empty");
  Checker checker("quick check (" + year.id + ", " + doc + ", " + (on_phone ? "phone" : "desktop") + ", " +
                  std::to_string(percent) + "%)");
  for (std::size_t q = 0; q <= year.quick_check.size(); ++q) {
    SCOPED_TRACE(q);
    state.quick.question = q;
    state.scroll_to = 0.0f;
    draw_and_check(ui, state, checker, size.x);
    const Widgets last = parse_widgets(sx_app::widgets_json());
    const char* expected = q < year.quick_check.size() ? "quick.next" : "quick.full";
    EXPECT_NE(find_widget(last, [&](const Widget& w) { return w.name == expected; }), nullptr)
        << "no " << expected << " on " << (q < year.quick_check.size() ? "a question" : "the result");
    EXPECT_EQ(find_widget(last, [](const Widget& w) { return w.name == "nav.menu" || w.name == "toolbar.menu"; }),
              nullptr)
        << "the quick check is a page of its own, without the full assessment's steps";
  }
}

TEST_F(ViewTest, TheQuickCheckDrawsCleanly) {
  for (const sx::Standard* year : {sx::find_standard("shaoxing-2019"), &sx_test::made_up_year()}) {
    for (const char* doc : {"discrete-empty", "discrete-full"}) {
      for (const bool on_phone : {false, true}) quick_check_draws_cleanly(*year, doc, on_phone, 100);
    }
    for (const bool on_phone : {false, true}) quick_check_draws_cleanly(*year, "discrete-empty", on_phone, 200);
  }
}

// In WeChat's in-app browser (it saves no download) 开始 and 导出 say how to open the page in a
// browser; elsewhere they do not. Drawn cleanly at both widths and 200 %.
TEST_F(ViewTest, InWeChatStartAndExportSayHowToSaveFiles) {
  auto said = [](const std::string& words) {
    for (const sx_app::LoggedWidget& t : sx_app::shown_widgets()) {
      if (t.label.find(words) != std::string::npos) return true;
    }
    return false;
  };
  for (const bool wechat : {false, true}) {
    for (const bool on_phone : {false, true}) {
      for (const int percent : {100, 200}) {
        SCOPED_TRACE(std::string(wechat ? "wechat " : "browser ") + (on_phone ? "phone " : "desktop ") +
                     std::to_string(percent));
        const ImVec2 size = on_phone ? kPhone : kDesktop;
        Headless ui(size, static_cast<float>(percent) / 100.0f);
        sx_app::AppState state(*sx::find_standard("shaoxing-2019"));
        load(state, "discrete-full");
        state.display.text_percent = percent;
        state.in_wechat = wechat;
        Checker checker("wechat notes");
        for (const char* screen : {"start", "export"}) {
          sx_app::show_screen(state, screen);
          state.scroll_to = 0.0f;
          draw_and_check(ui, state, checker, size.x);
          EXPECT_EQ(said("在浏览器打开"), wechat) << screen;
        }
      }
    }
  }
}

// Opened from 开始 on a phone with taps, answered question by question, and 开始完整自评 takes the
// answers into the full assessment, where its own screens show them.
TEST_F(ViewTest, TheQuickChecksAnswersAreTheFullAssessments) {
  Headless ui(kPhone, 1.0f);
  sx_app::AppState state(*sx::find_standard("shaoxing-2019"));
  Driver driver(ui, [&] { sx_app::draw_app(state); });
  driver.frame();
  driver.frame();
  ASSERT_TRUE(driver.click([](const Widget& w) { return w.name == "start.quick"; })) << "no 快速自测 on 开始";
  ASSERT_TRUE(state.quick.open);
  const auto named = [](const std::string& name) { return [name](const Widget& w) { return w.name == name; }; };
  for (const auto& question : state.standard->quick_check) {
    SCOPED_TRACE(question.key());
    if (!question.metric.empty()) {
      const std::string field = "快速自测 · " + state.standard->metric(question.metric)->label;
      ASSERT_TRUE(driver.click(named(field))) << "no field " << field;
      driver.type('7');
      driver.type('5');
      // Enter (a phone keyboard's 前往) answers and moves on, as 继续 does.
      const std::size_t at = state.quick.question;
      driver.enter();
      EXPECT_EQ(state.quick.question, at + 1) << "Enter in the field did not move on";
      continue;
    } else if (state.standard->fact(question.fact)->is_set) {
      const std::string first = "快速自测 · " + state.standard->fact(question.fact)->options.front().label;
      ASSERT_TRUE(driver.click(named(first))) << "no choice " << first;
    } else {
      const std::string yes = "快速自测 · " + state.standard->fact(question.fact)->when_true;
      ASSERT_TRUE(driver.click(named(yes))) << "no choice " << yes;
    }
    ASSERT_TRUE(driver.click(named("quick.next")));
  }
  EXPECT_EQ(state.quick.question, state.standard->quick_check.size()) << "not on the result";
  const sx_app::QuickResult result = sx_app::quick_result(state.model);
  EXPECT_EQ(result.within_reach, std::optional<std::string>("factory"));
  ASSERT_TRUE(driver.click(named("quick.full"))) << "no 开始完整自评";
  EXPECT_FALSE(state.quick.open);
  EXPECT_EQ(state.screen, "enterprise");
  ASSERT_NE(state.document().fact("above_designated_size"), nullptr);
  EXPECT_EQ(*state.document().fact("above_designated_size"), true);
  ASSERT_NE(state.document().fact("key_equipment_kinds"), nullptr);
  EXPECT_EQ(*state.document().fact("key_equipment_kinds"), sx::Json::parse(R"(["robot"])"));
  for (const char* metric : {"cnc_rate", "network_rate", "smart_equipment_rate", "rd_tools_rate"}) {
    EXPECT_EQ(state.document().metric(metric), std::optional<double>(75.0)) << metric;
  }
  // The full assessment's 申报类别 asks the same fact and shows the answer given.
  sx_app::show_screen(state, "categories");
  driver.frame();
  driver.frame();
  const Widget* scale = find_widget(driver.widgets(), [](const Widget& w) {
    return w.label == "规模以上企业" && w.checked == std::optional<bool>(true);
  });
  EXPECT_NE(scale, nullptr) << "申报类别 does not show 规模以上企业 as answered";
}

}  // namespace
