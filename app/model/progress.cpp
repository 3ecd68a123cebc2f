#include "progress.hpp"

#include <cstdint>
#include <map>
#include <string>

#include "needs.hpp"

namespace sx_app {

namespace {
// 未开始 until something is entered, 已完成 once every need is answered.
Progress of_needs(const std::vector<Need>& needs) {
  bool started = false;
  bool done = true;
  for (const auto& need : needs) {
    started = started || need.started || need.answered();
    done = done && need.answered();
  }
  if (!started) return Progress::NotStarted;
  return done ? Progress::Done : Progress::InProgress;
}

// Every condition of every category decided (met or not).
std::vector<Need> all_conditions(const Model& model) {
  std::vector<Need> needs = condition_needs(model, model.standard().common.id);
  for (const auto& category : model.standard().categories) {
    const std::vector<Need> own = condition_needs(model, category.id);
    needs.insert(needs.end(), own.begin(), own.end());
  }
  return needs;
}

// 可以导出 only when nothing the chosen category's draft needs is missing and nothing is to check.
Progress export_screen(const Model& model) {
  const auto category = model.document().category();
  if (!category) return Progress::NotStarted;
  if (missing_count(category_needs(model, *category)) != 0) return Progress::InProgress;
  return check_needs(model).empty() ? Progress::Ready : Progress::Check;
}

// A screen holding a finding to check is not finished, whatever else is answered there.
Progress unless_to_check(const Model& model, std::string_view screen, Progress progress) {
  if (progress != Progress::Done && progress != Progress::InProgress) return progress;
  for (const auto& need : check_needs(model)) {
    if (need.screen == screen) return Progress::Check;
  }
  return progress;
}

// A screen the declared category's draft asks nothing of.
bool needed_by_category(const Model& model, std::string_view screen) {
  const auto category = model.document().category();
  if (!category) return true;  // nothing declared yet: every part may count
  for (const auto& group : category_needs(model, *category)) {
    for (const auto& need : group.needs) {
      if (need.screen == screen) return true;
    }
  }
  return false;
}

Progress unless_optional(const Model& model, std::string_view screen, Progress progress) {
  return progress == Progress::NotStarted && !needed_by_category(model, screen) ? Progress::Optional : progress;
}

Progress enterprise_screen(const Model& model) {
  return unless_to_check(model, "enterprise", of_needs(profile_needs(model)));
}
Progress figures_screen(const Model& model) {
  return unless_to_check(model, "figures", of_needs(figure_needs(model)));
}
Progress categories_screen(const Model& model) {
  // The category can be chosen here too: chosen, the screen is begun whatever else is answered.
  Progress progress = of_needs(all_conditions(model));
  if (progress == Progress::NotStarted && model.document().category()) progress = Progress::InProgress;
  return unless_to_check(model, "categories", progress);
}
Progress score_screen(const Model& model) {
  return unless_to_check(model, "score", of_needs(item_needs(model)));
}
Progress modes_screen(const Model& model) {
  // Done once the modes started are all rated: no enterprise is asked to rate all five.
  const std::vector<Need> rated = rated_mode_needs(model);
  return unless_optional(model, "modes", rated.empty() ? Progress::NotStarted : of_needs(rated));
}

// The screens with something to fill; the others have no progress (Progress::None).
struct ScreenProgress {
  std::string_view screen;
  Progress (*of)(const Model&);
};
constexpr ScreenProgress kScreens[] = {{"enterprise", enterprise_screen}, {"figures", figures_screen},
                                       {"categories", categories_screen}, {"score", score_screen},
                                       {"modes", modes_screen},           {"export", export_screen}};

Progress screen_progress(const Model& model, std::string_view screen) {
  for (const auto& entry : kScreens) {
    if (entry.screen != screen) continue;
    // A new assessment has begun nothing: said without working out the needs, which a new
    // visitor's first frame (the start screen's task list) would otherwise compile and run.
    return model.is_untouched() ? Progress::NotStarted : entry.of(model);
  }
  return Progress::None;
}
}  // namespace

// The task list asks for every screen's progress every frame; the needs behind it read the whole
// document (a fifth of a frame's time on 评分表), so each is kept until the model moves on.
Progress progress_of(const Model& model, std::string_view screen) {
  static std::uint64_t stamp = 0;
  static std::map<std::string, Progress, std::less<>> known;
  if (model.stamp() != stamp) {
    known.clear();
    stamp = model.stamp();
  }
  const auto found = known.find(screen);
  if (found != known.end()) return found->second;
  const Progress progress = screen_progress(model, screen);
  known.emplace(std::string(screen), progress);
  return progress;
}

const char* progress_label(Progress progress) {
  switch (progress) {
    case Progress::NotStarted: return "未开始";
    case Progress::InProgress: return "进行中";
    case Progress::Done: return "已完成";
    case Progress::Optional: return "选填";
    case Progress::Check: return "须核对";
    case Progress::Ready: return "可以导出";
    default: return "";
  }
}

}  // namespace sx_app
