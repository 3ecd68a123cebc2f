// The review desk's numbers (issue 16): a batch of 1,000 typical files read into rows and flagged
// (the issue asks ≤ 2 s from drop to table in the browser), and sorting or filtering 10,000 rows
// (≤ 50 ms). The files are made once, outside the timed loops: both fixtures' types, every
// category, a code in two files now and then.
#include <benchmark/benchmark.h>

#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <map>
#include <sstream>

#include "review.hpp"
#include "summary_xlsx.hpp"
#include "sx/credit_code.hpp"
#include "table_order.hpp"

namespace {

sx::Json fixture(const char* name) {
  std::ifstream in(std::string(SX_FIXTURES) + "/" + name, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return sx::Json::parse(buffer.str());
}

// `count` distinct files: the full fixtures of both types with their own names, codes, districts
// and declared categories.
const std::vector<std::pair<std::string, std::string>>& files(std::size_t count) {
  static std::map<std::size_t, std::vector<std::pair<std::string, std::string>>> made;
  auto& batch = made[count];
  if (!batch.empty()) return batch;
  const sx::Json sources[] = {fixture("discrete-full.json"), fixture("process-full.json"), fixture("discrete-partial.json")};
  const char* districts[] = {"yuecheng", "keqiao", "shangyu", "zhuji", "shengzhou", "xinchang", "binhai"};
  const char* categories[] = {"line", "workshop", "factory"};
  for (std::size_t i = 0; i < count; ++i) {
    sx::Json doc = sources[i % 3];
    char body[16];
    std::snprintf(body, sizeof body, "MA%07zu", i % (count - count / 50));  // 2% share a code
    const std::string first17 = std::string("91330603") + body;
    doc["enterprise"]["credit_code"] = first17 + *sx::credit_code_check_character(first17);
    doc["enterprise"]["name"] = "绍兴市示例企业" + std::to_string(i) + "有限公司";
    doc["enterprise"]["district"] = districts[i % 7];
    doc["category"] = categories[(i / 3) % 3];
    batch.emplace_back("submission-" + std::to_string(i) + ".json", doc.dump(2));
  }
  return batch;
}

sx_review::Review reviewed(std::size_t count) {
  sx_review::Review review(sx::current_standard(), 2020);
  for (const auto& [name, text] : files(count)) review.add(name, text);
  review.rows();
  return review;
}

double resident_mb() {
  long pages = 0, resident = 0;
  std::ifstream("/proc/self/statm") >> pages >> resident;
  return static_cast<double>(resident) * static_cast<double>(sysconf(_SC_PAGESIZE)) / (1024.0 * 1024.0);
}

// Drop to table: every file read, evaluated, given its row, and the batch flagged.
void ReadBatch(benchmark::State& state) {
  const auto count = static_cast<std::size_t>(state.range(0));
  std::size_t bytes = 0;
  for (const auto& file : files(count)) bytes += file.second.size();
  for (auto _ : state) {
    auto review = reviewed(count);
    benchmark::DoNotOptimize(review.rows().data());
    state.counters["resident_MB"] = resident_mb();
  }
  state.counters["batch_MB"] = static_cast<double>(bytes) / (1024.0 * 1024.0);
}
BENCHMARK(ReadBatch)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond)->Iterations(1);

const sx_review::Review& ten_thousand() {
  static const sx_review::Review review = reviewed(10000);
  return review;
}

void SortTenThousand(benchmark::State& state) {
  const auto& review = ten_thousand();
  const auto columns = sx_review::table_columns(review.standard());
  const sx_review::ColumnRef column = columns[static_cast<std::size_t>(state.range(0))];
  state.SetLabel(sx_review::column_title(review.standard(), column));
  for (auto _ : state) {
    auto order = sx_review::table_order(review.rows(), {}, {column, true}, review.standard());
    benchmark::DoNotOptimize(order.data());
  }
}
// 总分, 企业名称 (text), 智能工厂 (a verdict), 审核标记.
BENCHMARK(SortTenThousand)->Arg(6)->Arg(1)->Arg(10)->Arg(12)->Unit(benchmark::kMillisecond);

void FilterTenThousand(benchmark::State& state) {
  const auto& review = ten_thousand();
  sx_review::Filter filter;
  filter.search = "示例企业12";
  filter.district = "keqiao";
  for (auto _ : state) {
    auto order = sx_review::filter_rows(review.rows(), filter);
    benchmark::DoNotOptimize(order.data());
  }
}
BENCHMARK(FilterTenThousand)->Unit(benchmark::kMillisecond);

void SummaryXlsxTenThousand(benchmark::State& state) {
  const auto& review = ten_thousand();
  for (auto _ : state) {
    auto xlsx = sx_review::summary_xlsx(review, 2020, 3, 15);
    state.counters["xlsx_MB"] = static_cast<double>(xlsx.size()) / (1024.0 * 1024.0);
  }
}
BENCHMARK(SummaryXlsxTenThousand)->Unit(benchmark::kMillisecond)->Iterations(1);

}  // namespace

BENCHMARK_MAIN();
