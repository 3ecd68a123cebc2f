// What a bureau's bulk run does per file: parse + validate + evaluate of one full document, and
// the parts on their own. The fixture text is read once, outside the timed loops.
#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "sx/assessment.hpp"
#include "sx/evaluation.hpp"
#include "sx/standard.hpp"
#include "sx/standard_snapshot.hpp"

namespace {

const std::string& fixture() {
  static const std::string text = [] {
    std::ifstream in(std::string(SX_FIXTURES) + "/discrete-full.json", std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
  }();
  return text;
}

// The whole path of `assess score`: text → validated document → evaluation → its JSON.
void ParseValidateEvaluate(benchmark::State& state) {
  const std::string& text = fixture();
  for (auto _ : state) {
    auto parsed = sx::parse_assessment(text);
    auto evaluation = sx::evaluate(*parsed.assessment);
    benchmark::DoNotOptimize(evaluation);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}
BENCHMARK(ParseValidateEvaluate);

void ParseValidateEvaluateToJson(benchmark::State& state) {
  const std::string& text = fixture();
  for (auto _ : state) {
    auto parsed = sx::parse_assessment(text);
    auto json = sx::to_json(sx::evaluate(*parsed.assessment)).dump(2);
    benchmark::DoNotOptimize(json);
  }
}
BENCHMARK(ParseValidateEvaluateToJson);

// JSON text → value, nothing else.
void ParseOnly(benchmark::State& state) {
  const std::string& text = fixture();
  for (auto _ : state) {
    auto json = sx::Json::parse(text);
    benchmark::DoNotOptimize(json);
  }
}
BENCHMARK(ParseOnly);

// parse_assessment: the parse above plus the depth guard and validation.
void ParseAndValidate(benchmark::State& state) {
  const std::string& text = fixture();
  for (auto _ : state) {
    auto parsed = sx::parse_assessment(text);
    benchmark::DoNotOptimize(parsed);
  }
}
BENCHMARK(ParseAndValidate);

void ValidateOnly(benchmark::State& state) {
  const auto json = sx::Json::parse(fixture());
  for (auto _ : state) {
    auto errors = sx::validate_assessment(json);
    benchmark::DoNotOptimize(errors);
  }
}
BENCHMARK(ValidateOnly);

// Score sheet, eligibility, modes, recommendation, gaps and warnings of a validated document.
void EvaluateOnly(benchmark::State& state) {
  const auto parsed = sx::parse_assessment(fixture());
  for (auto _ : state) {
    auto evaluation = sx::evaluate(*parsed.assessment);
    benchmark::DoNotOptimize(evaluation);
  }
}
BENCHMARK(EvaluateOnly);

}  // namespace

// What `assess score --standard DIR` does, and the build does for each folder it embeds: the
// JSON files parsed and read into the Standard.
void LoadStandard(benchmark::State& state) {
  std::vector<std::pair<std::string, std::string>> files;
  std::size_t bytes = 0;
  const std::string id = sx::current_standard().id;
  for (const auto& entry : std::filesystem::directory_iterator(std::string(SX_STANDARDS) + "/" + id)) {
    std::ifstream in(entry.path(), std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    files.emplace_back(entry.path().filename().string(), text.str());
    bytes += files.back().second.size();
  }
  for (auto _ : state) {
    std::vector<std::string> errors;
    auto standard = sx::load_standard(id, files, errors);
    benchmark::DoNotOptimize(standard);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
}
BENCHMARK(LoadStandard);

// What the page does before its first frame (app/web/main.cpp, sx-standard): the embedded
// snapshot read into the Standard.
void ReadSnapshot(benchmark::State& state) {
  const std::string bytes = sx::write_snapshot(sx::current_standard());
  for (auto _ : state) {
    std::string error;
    auto standard = sx::read_snapshot(bytes, error);
    benchmark::DoNotOptimize(standard);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes.size()));
}
BENCHMARK(ReadSnapshot);

BENCHMARK_MAIN();
