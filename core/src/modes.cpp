// 附件《智能制造新模式关键要素》: a mode is basically met (基本具备, 第八条（二）) when no element
// is unmet or unanswered and at least half of them, rounded up, are met (spec "The five new modes").
#include "evaluate_parts.hpp"

namespace sx::detail {

ModeResult evaluate_mode(const Standard& standard, const Mode& mode, const Assessment& assessment) {
  ModeResult result;
  result.key = mode.key;
  const int count = static_cast<int>(mode.elements.size());
  for (int n = 1; n <= count; ++n) {
    const auto key = assessment.rating(mode.key, n);
    if (!key) {
      ++result.unanswered;
      continue;
    }
    // Each rating counts as the data says; one the standard does not know (validation refuses it)
    // counts as unmet, never as met.
    const Rating* rating = standard.rating(*key);
    switch (rating != nullptr ? rating->counts_as : ElementState::Unmet) {
      case ElementState::Met: ++result.met; break;
      case ElementState::Partial: ++result.partial; break;
      case ElementState::Unmet: ++result.unmet; break;
    }
  }
  result.basically_met =
      result.unanswered == 0 && result.unmet == 0 && result.met >= (count + 1) / 2;
  return result;
}

}  // namespace sx::detail

namespace sx {

Tri ModeResult::state() const {
  if (basically_met) return Tri::True;
  if (!rated() || (unmet == 0 && unanswered > 0)) return Tri::Unknown;
  return Tri::False;
}

const char* mode_verdict_zh(const ModeResult& mode) {
  switch (mode.state()) {
    case Tri::True: return "基本具备";
    case Tri::False: return "未基本具备";
    case Tri::Unknown: break;
  }
  return mode.rated() ? "尚未评完" : "未评";
}

}  // namespace sx
