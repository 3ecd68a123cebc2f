// Parse + validate + evaluate of one full document: what a bureau's bulk run does per file.
#include <benchmark/benchmark.h>

#include <fstream>
#include <sstream>

#include "sx/assessment.hpp"
#include "sx/evaluation.hpp"

namespace {
std::string fixture() {
  std::ifstream in(std::string(SX_FIXTURES) + "/discrete-full.json", std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

void ParseValidateEvaluate(benchmark::State& state) {
  const std::string text = fixture();
  for (auto _ : state) {
    auto parsed = sx::parse_assessment(text);
    auto json = sx::to_json(sx::evaluate(*parsed.assessment));
    benchmark::DoNotOptimize(json);
  }
}
BENCHMARK(ParseValidateEvaluate);

void ParseAndValidate(benchmark::State& state) {
  const std::string text = fixture();
  for (auto _ : state) benchmark::DoNotOptimize(sx::parse_assessment(text));
}
BENCHMARK(ParseAndValidate);

void EvaluateOnly(benchmark::State& state) {
  const auto parsed = sx::parse_assessment(fixture());
  for (auto _ : state) benchmark::DoNotOptimize(sx::evaluate(*parsed.assessment));
}
BENCHMARK(EvaluateOnly);
}  // namespace

BENCHMARK_MAIN();
