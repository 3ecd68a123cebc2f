#include "progress.hpp"

namespace sx_app {

namespace {
Progress of_counts(int answered, int total) {
  if (answered == 0) return Progress::NotStarted;
  return answered >= total ? Progress::Done : Progress::InProgress;
}

Progress enterprise(const Model& model) {
  const sx::Assessment& doc = model.document();
  int answered = 0;
  int total = 0;
  for (const auto& field : model.standard().enterprise_fields) {
    ++total;
    if (!doc.enterprise_text(field.key).empty()) ++answered;
  }
  for (const auto& field : model.standard().project_fields) {
    ++total;
    if (!doc.project_text(field.key).empty()) ++answered;
  }
  return of_counts(answered, total);
}

Progress figures(const Model& model) {
  int answered = 0;
  int total = 0;
  for (const auto& figure : model.standard().figures) {
    ++total;
    if (model.document().figure(figure.key)) ++answered;
  }
  return of_counts(answered, total);
}

// Every condition of every category decided (true or false), none unknown.
Progress categories(const Model& model) {
  int answered = 0;
  int total = 0;
  for (const auto& category : model.evaluation().categories) {
    for (const auto& condition : category.conditions) {
      ++total;
      if (condition.state != sx::Tri::Unknown) ++answered;
    }
  }
  return of_counts(answered, total);
}

Progress score(const Model& model) {
  int answered = 0;
  int total = 0;
  for (const auto& item : model.evaluation().items) {
    ++total;
    if (item.answered) ++answered;
  }
  return of_counts(answered, total);
}

Progress modes(const Model& model) {
  int answered = 0;
  int total = 0;
  for (const auto& mode : model.evaluation().modes) {
    total += mode.met + mode.partial + mode.unmet + mode.unanswered;
    answered += mode.met + mode.partial + mode.unmet;
  }
  return of_counts(answered, total);
}

Progress export_screen(const Model& model) {
  return model.document().category() ? Progress::Done : Progress::NotStarted;
}
}  // namespace

Progress progress_of(const Model& model, std::string_view screen) {
  if (screen == "enterprise") return enterprise(model);
  if (screen == "figures") return figures(model);
  if (screen == "categories") return categories(model);
  if (screen == "score") return score(model);
  if (screen == "modes") return modes(model);
  if (screen == "export") return export_screen(model);
  return Progress::None;
}

const char* progress_label(Progress progress) {
  switch (progress) {
    case Progress::NotStarted: return "未开始";
    case Progress::InProgress: return "进行中";
    case Progress::Done: return "已完成";
    default: return "";
  }
}

}  // namespace sx_app
