// What a frame of the app costs natively, and what the accessibility mirror adds to it: a screen
// drawn with the widget log's text logging on and off (the mirror's per-frame share), and the
// mirror's sync (Mirror::changes) when nothing changed and after an answer. Deterministic under
// valgrind --tool=callgrind (instruction counts), which the shared 2-core machines need: wall
// times there swing with whatever else runs.
#include <benchmark/benchmark.h>

#include <fstream>
#include <iterator>
#include <sstream>
#include <string>

#include "font_metrics.hpp"
#include "imgui.h"
#include "imgui_internal.h"
#include "live_status.hpp"
#include "mirror.hpp"
#include "style.hpp"
#include "text_size_cache.hpp"
#include "sx/assessment.hpp"
#include "views.hpp"
#include "widget_log.hpp"

void sx_imgui_assert_failed(const char*, const char*, int) {}

namespace {

constexpr const char* kCjkFont = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc";

// The app's font at 16 px, Latin and punctuation only (CJK falls back to 口, 1 em wide as every
// ideograph): text measures as in the app without seconds of rasterising.
ImFontAtlas& atlas() {
  static ImFontAtlas shared;
  static std::vector<char> data;
  if (!shared.Fonts.empty()) return shared;
  std::ifstream in(kCjkFont, std::ios::binary);
  data.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  static const ImWchar ranges[] = {0x0020, 0x00FF, 0x3000, 0x303F, 0x53E3, 0x53E3, 0xFF00, 0xFFEF, 0};
  if (data.empty()) {
    shared.AddFontDefault();
  } else {
    ImFontConfig config;
    config.FontDataOwnedByAtlas = false;
    config.FontNo = 2;
    config.OversampleH = config.OversampleV = 1;
    const float size = sx_app::line_height_for_em(reinterpret_cast<const unsigned char*>(data.data()),
                                                  data.size(), config.FontNo, 16.0f);
    shared.AddFontFromMemoryTTF(data.data(), static_cast<int>(data.size()), size, &config, ranges);
  }
  unsigned char* pixels = nullptr;
  int width = 0, height = 0;
  shared.GetTexDataAsRGBA32(&pixels, &width, &height);
  ImFont* font = shared.Fonts[0];
  if (font->FindGlyphNoFallback(0x53E3) != nullptr) {
    font->FallbackChar = 0x53E3;
    font->BuildLookupTable();
  }
  return shared;
}

std::string read_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

// One app at 1280×800 on `screen` with the full 离散型 fixture, a few frames in.
struct App {
  explicit App(const char* screen) {
    context = ImGui::CreateContext(&atlas());
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(1280.0f, 800.0f);
    io.DeltaTime = 1.0f / 60.0f;
    io.IniFilename = nullptr;
    ImGui::GetCurrentContext()->TestEngineHookItems = true;
    sx_app::apply_style(sx_app::Theme::Light, 1.0f);
    auto parsed = sx::parse_assessment(read_text(std::string(SX_FIXTURES) + "/discrete-full.json"));
    state.model = sx_app::Model(*state.standard, std::move(*parsed.assessment));
    state.screen = screen;
    for (int i = 0; i < 3; ++i) frame();
  }
  ~App() { ImGui::DestroyContext(context); }
  App(const App&) = delete;
  App& operator=(const App&) = delete;

  void frame() {
    ImGuiIO& io = ImGui::GetIO();
    io.MousePos = ImVec2(300.0f + static_cast<float>(n % 60) * 15.0f, 120.0f + static_cast<float>((n * 37) % 600));
    ++n;
    ImGui::NewFrame();
    sx_app::begin_widget_frame();
    sx_app::draw_app(state);
    sx_app::end_widget_frame();
    ImGui::Render();
  }

  ImGuiContext* context;
  sx_app::AppState state;
  int n = 0;
};

// A hovering frame: nothing changes but where the mouse is. Args: text logging (the mirror) on;
// the wrapped-text size cache on (text_size_cache.hpp).
void Frame(benchmark::State& bench, const char* screen) {
  sx_app::set_text_logging(bench.range(0) != 0);
  App app(screen);
  sx_app::use_text_size_cache(bench.range(1) != 0);
  for (auto _ : bench) app.frame();
  sx_app::set_text_logging(true);
  sx_app::use_text_size_cache(true);
}
BENCHMARK_CAPTURE(Frame, categories, "categories")->Args({0, 1})->Args({1, 1})->Args({1, 0});
BENCHMARK_CAPTURE(Frame, score, "score")->Args({0, 1})->Args({1, 1})->Args({1, 0});
BENCHMARK_CAPTURE(Frame, policy, "policy")->Args({0, 1})->Args({1, 1})->Args({1, 0});

// A frame after an answer (what a click on 评分表 costs): the model re-evaluates, the needs and
// the progress behind the task list are read afresh, and the screen is drawn with the new score.
void AnswerFrame(benchmark::State& bench) {
  App app("score");
  bool yes = false;
  for (auto _ : bench) {
    app.state.model.answer("1.1", sx::Json(yes = !yes));
    app.frame();
  }
}
BENCHMARK(AnswerFrame);

// The answer alone, without a frame: the model's share of the above.
void Answer(benchmark::State& bench) {
  App app("score");
  bool yes = false;
  for (auto _ : bench) benchmark::DoNotOptimize(app.state.model.answer("1.1", sx::Json(yes = !yes)));
}
BENCHMARK(Answer);

// 政策原文 scrolled by a wheel notch every frame, searched for `query` (the longest screen: every
// frame of a scroll lays it out and the mirror moves its texts).
void PolicyScroll(benchmark::State& bench, const char* query) {
  App app("policy");
  app.state.policy.query = query;
  sx_app::Mirror mirror;
  mirror.changes(sx_app::live_status(app.state));
  int k = 0;
  for (auto _ : bench) {
    ImGui::GetIO().MouseWheel = (k++ / 40) % 2 == 0 ? -1.0f : 1.0f;
    app.frame();
    benchmark::DoNotOptimize(mirror.changes(sx_app::live_status(app.state)));
  }
}
BENCHMARK_CAPTURE(PolicyScroll, no_query, "");
BENCHMARK_CAPTURE(PolicyScroll, query, "示范车间");

// The mirror's sync after a frame that changed nothing the page shows.
void SyncUnchanged(benchmark::State& bench, const char* screen) {
  App app(screen);
  sx_app::Mirror mirror;
  mirror.changes(sx_app::live_status(app.state));
  for (auto _ : bench) {
    app.frame();
    benchmark::DoNotOptimize(mirror.changes(sx_app::live_status(app.state)));
  }
}
BENCHMARK_CAPTURE(SyncUnchanged, categories, "categories");
BENCHMARK_CAPTURE(SyncUnchanged, score, "score");

}  // namespace

BENCHMARK_MAIN();
