// The document pipeline under libFuzzer (issue 9): any bytes go through parse → validate →
// evaluate → draft → the .docx and the print page (and the CSV row of `assess score --csv`), and
// through salvage, as a file a user opens.
// What the core promises of every input is checked here; a broken promise aborts, so libFuzzer
// keeps the input as a crash (scripts/fuzz.sh). Built without libFuzzer, replay_main.cpp runs the
// fixtures and the regression inputs through the same checks as a CTest.
#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "csv_report.hpp"
#include "sx/assessment.hpp"
#include "sx/docx_assessment.hpp"
#include "sx/draft.hpp"
#include "sx/evaluation.hpp"
#include "sx/salvage.hpp"
#include "sx/text.hpp"
#include "unzip.h"

namespace {

[[noreturn]] void fail(const std::string& what, const std::string& detail = {}) {
  std::fprintf(stderr, "fuzz_document: %s\n%s\n", what.c_str(), detail.c_str());
  std::abort();
}

void check(bool ok, const std::string& what, const std::string& detail = {}) {
  if (!ok) fail(what, detail);
}

// Well-formed UTF-8 (RFC 3629): no overlong forms, no surrogates, nothing past U+10FFFF.
bool valid_utf8(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    std::size_t n = 0;
    std::uint32_t cp = 0;
    if (c < 0x80) {
      ++i;
      continue;
    }
    if (c >= 0xC2 && c <= 0xDF) n = 1, cp = c & 0x1F;
    else if (c >= 0xE0 && c <= 0xEF) n = 2, cp = c & 0x0F;
    else if (c >= 0xF0 && c <= 0xF4) n = 3, cp = c & 0x07;
    else return false;
    if (i + n >= s.size()) return false;
    for (std::size_t k = 1; k <= n; ++k) {
      const auto t = static_cast<unsigned char>(s[i + k]);
      if ((t & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (t & 0x3F);
    }
    if ((n == 2 && cp < 0x800) || (n == 3 && (cp < 0x10000 || cp > 0x10FFFF)) ||
        (cp >= 0xD800 && cp <= 0xDFFF)) {
      return false;
    }
    i += n + 1;
  }
  return true;
}

std::string messages_text(const sx::Messages& messages) {
  std::string text;
  for (const auto& m : messages) text += m.path + ": " + m.zh + " / " + m.en + "\n";
  return text;
}

// Problems go to a terminal, a CSV cell and the web API's JSON: few, worded, valid UTF-8.
void check_messages(const sx::Messages& messages, const char* what) {
  check(messages.size() <= sx::kMaxReportedProblems + 1, std::string(what) + ": more problems than the cap",
        messages_text(messages));
  for (const auto& m : messages) {
    check(!m.zh.empty() && !m.en.empty(), std::string(what) + ": a message without words", messages_text(messages));
    check(valid_utf8(m.path) && valid_utf8(m.zh) && valid_utf8(m.en),
          std::string(what) + ": a message that is not UTF-8", messages_text(messages));
  }
}

// `assess score` prints this JSON; dump() throws on ill-formed UTF-8.
std::string evaluation_json(const sx::Evaluation& evaluation) {
  try {
    return sx::to_json(evaluation).dump();
  } catch (const sx::Json::exception& e) {
    fail("the evaluation's JSON cannot be printed", e.what());
  }
}

void check_evaluation(const sx::Assessment& assessment, const sx::Evaluation& e) {
  const sx::Standard* standard = sx::find_standard(assessment.standard_id());
  const sx::Table* table = standard != nullptr ? standard->table(assessment.type()) : nullptr;
  check(table != nullptr, "a valid document without its table");
  std::size_t items = 0;
  for (const auto& section : table->sections) items += section.items.size();
  check(e.items.size() == items && e.sections.size() == table->sections.size(), "items or sections missing");
  int total = 0;
  int max = 0;
  for (const auto& section : e.sections) {
    check(section.points >= 0 && section.points <= section.max, "section " + section.id + " out of its range");
    total += section.points;
    max += section.max;
  }
  check(total == e.total && max == e.max && e.total <= e.max, "the total is not the sum of the sections");
  for (const auto& item : e.items) {
    check(item.points >= 0 && item.points <= item.max, "item " + item.id + " scores outside [0, max]");
    check(valid_utf8(item.answer_zh), "item " + item.id + ": answer text not UTF-8");
  }
  for (const auto& category : e.categories) {
    for (const auto& condition : category.conditions) {
      check(valid_utf8(condition.value_zh), "condition " + condition.id + ": value text not UTF-8");
    }
  }
  for (const auto* gaps : {&e.condition_gaps, &e.item_gaps}) {
    for (const auto& gap : *gaps) {
      check(gap.gain >= 0 && valid_utf8(gap.zh) && valid_utf8(gap.en), "gap " + gap.id + " malformed");
    }
  }
  check_messages(e.warnings, "warnings");
  // The recommendation is the highest category the enterprise is eligible for, if any.
  bool any_eligible = false;
  for (const auto& category : e.categories) any_eligible = any_eligible || category.eligible == sx::Tri::True;
  check(any_eligible == e.recommended.has_value(), "a recommendation without eligibility, or none with it");
  if (e.recommended) {
    const sx::CategoryResult* recommended = e.category(*e.recommended);
    check(recommended != nullptr && recommended->eligible == sx::Tri::True, "an ineligible category recommended");
  }
}

// One row of `assess score --csv` (RFC 4180, CRLF): its cells, or a failed check.
std::vector<std::string> csv_cells(const std::string& row) {
  check(row.size() >= 2 && row.compare(row.size() - 2, 2, "\r\n") == 0, "a CSV row without its CRLF", row);
  const std::string line = row.substr(0, row.size() - 2);
  std::vector<std::string> cells(1);
  for (std::size_t i = 0; i < line.size(); ++i) {
    if (line[i] == ',') {
      cells.emplace_back();
    } else if (line[i] == '"' && cells.back().empty() && (i == 0 || line[i - 1] == ',')) {
      for (++i;; ++i) {
        check(i < line.size(), "an unterminated quoted CSV cell", row);
        if (line[i] == '"' && i + 1 < line.size() && line[i + 1] == '"') {
          cells.back() += '"';
          ++i;
        } else if (line[i] == '"') {
          break;
        } else {
          cells.back() += line[i];
        }
      }
      check(i + 1 == line.size() || line[i + 1] == ',', "text after a quoted CSV cell", row);
    } else {
      check(line[i] != '"' && line[i] != '\r' && line[i] != '\n', "a quote or line break in a bare CSV cell", row);
      cells.back() += line[i];
    }
  }
  return cells;
}

// What a spreadsheet would run as a formula: = + - @, tab, CR, and the fullwidth ＝ ＋ － ＠.
bool starts_a_formula(const std::string& cell) {
  if (cell.empty()) return false;
  if (std::string_view("=+-@\t\r").find(cell[0]) != std::string_view::npos) return true;
  for (const char* fullwidth : {"\uFF1D", "\uFF0B", "\uFF0D", "\uFF20"}) {
    if (cell.rfind(fullwidth, 0) == 0) return true;
  }
  return false;
}

void check_csv_row(const std::string& row) {
  check(valid_utf8(row), "a CSV row not UTF-8");
  const std::vector<std::string> cells = csv_cells(row);
  check(cells.size() == 11, "a CSV row of " + std::to_string(cells.size()) + " cells", row);
  for (const auto& cell : cells) check(!starts_a_formula(cell), "a CSV cell a spreadsheet would run", row);
}

// XML 1.0 text: characters it allows, tags that balance, '&' only as an entity.
void check_xml(const std::string& xml, const std::string& part) {
  check(valid_utf8(xml), part + ": not UTF-8");
  for (std::size_t i = 0; i < xml.size(); ++i) {
    const auto c = static_cast<unsigned char>(xml[i]);
    check(c >= 0x20 || c == '\t' || c == '\n' || c == '\r', part + ": a control character XML forbids");
    check(xml.compare(i, 3, "\xEF\xBF\xBE") != 0 && xml.compare(i, 3, "\xEF\xBF\xBF") != 0,
          part + ": U+FFFE or U+FFFF");
  }
  std::vector<std::string> open;
  std::size_t at = 0;
  while (at < xml.size()) {
    const std::size_t lt = xml.find('<', at);
    const std::string text = xml.substr(at, lt == std::string::npos ? std::string::npos : lt - at);
    for (std::size_t amp = text.find('&'); amp != std::string::npos; amp = text.find('&', amp + 1)) {
      const std::size_t semi = text.find(';', amp);
      check(semi != std::string::npos && semi - amp <= 7, part + ": a bare &", text.substr(amp, 40));
    }
    if (lt == std::string::npos) break;
    const std::size_t gt = xml.find('>', lt);
    check(gt != std::string::npos, part + ": an unclosed tag");
    const std::string tag = xml.substr(lt + 1, gt - lt - 1);
    at = gt + 1;
    check(!tag.empty() && tag.find('<') == std::string::npos, part + ": '<' inside a tag", tag);
    std::size_t quotes = 0;
    for (const char c : tag) quotes += c == '"';
    check(quotes % 2 == 0, part + ": unbalanced quotes", tag);
    if (tag[0] == '?' || tag.back() == '/') continue;
    if (tag[0] == '/') {
      check(!open.empty() && open.back() == tag.substr(1), part + ": mismatched end tag", tag);
      open.pop_back();
    } else {
      open.push_back(tag.substr(0, tag.find_first_of(" \t\n")));
    }
  }
  check(open.empty(), part + ": an element never closed");
}

// The .docx as Word's zip reader sees it: every part readable and well-formed XML.
void check_docx(const std::vector<unsigned char>& bytes) {
  check(bytes.size() > 4 && bytes[0] == 'P' && bytes[1] == 'K', "render_docx gave no zip");
  struct Reader {
    const std::vector<unsigned char>* bytes;
    std::size_t position = 0;
  } reader{&bytes};
  zlib_filefunc_def io{};
  io.zopen_file = [](voidpf opaque, const char*, int) -> voidpf { return opaque; };
  io.zread_file = [](voidpf, voidpf stream, void* out, uLong size) -> uLong {
    auto* r = static_cast<Reader*>(stream);
    const std::size_t left = r->bytes->size() - std::min(r->position, r->bytes->size());
    const std::size_t n = std::min<std::size_t>(size, left);
    if (n > 0) std::copy_n(r->bytes->data() + r->position, n, static_cast<unsigned char*>(out));
    r->position += n;
    return static_cast<uLong>(n);
  };
  io.zwrite_file = [](voidpf, voidpf, const void*, uLong) -> uLong { return 0; };
  io.ztell_file = [](voidpf, voidpf stream) -> long { return static_cast<long>(static_cast<Reader*>(stream)->position); };
  io.zseek_file = [](voidpf, voidpf stream, uLong offset, int origin) -> long {
    auto* r = static_cast<Reader*>(stream);
    const std::size_t base = origin == ZLIB_FILEFUNC_SEEK_CUR   ? r->position
                             : origin == ZLIB_FILEFUNC_SEEK_END ? r->bytes->size()
                                                                : 0;
    r->position = base + offset;
    return 0;
  };
  io.zclose_file = [](voidpf, voidpf) -> int { return 0; };
  io.zerror_file = [](voidpf, voidpf) -> int { return 0; };
  io.opaque = &reader;
  unzFile zip = unzOpen2("memory", &io);
  check(zip != nullptr, "the .docx is not a zip minizip can read");
  int parts = 0;
  for (int status = unzGoToFirstFile(zip); status == UNZ_OK; status = unzGoToNextFile(zip)) {
    char name[256];
    unz_file_info info;
    check(unzGetCurrentFileInfo(zip, &info, name, sizeof name, nullptr, 0, nullptr, 0) == UNZ_OK,
          "a .docx entry without its header");
    std::string data(info.uncompressed_size, '\0');
    check(unzOpenCurrentFile(zip) == UNZ_OK, std::string("cannot open ") + name);
    const int read = unzReadCurrentFile(zip, data.data(), static_cast<unsigned>(data.size()));
    check(unzCloseCurrentFile(zip) == UNZ_OK && read == static_cast<int>(data.size()),
          std::string("cannot read ") + name);
    check_xml(data, name);
    ++parts;
  }
  unzClose(zip);
  check(parts >= 3, "the .docx holds too few parts");
}

// The page's markup is the renderer's own: every '<' outside its <style> opens one of the tags
// render_html writes, so no user text became markup.
void check_html(const std::string& html) {
  check(valid_utf8(html), "the print page is not UTF-8");
  static const std::vector<std::string> kTags = {
      "!doctype", "html", "head", "meta", "title", "style", "body", "h1",  "h2", "h3", "p",     "br",
      "div",      "table", "colgroup", "col", "thead", "tbody", "tr", "th", "td", "ul", "li"};
  const std::size_t style_start = html.find("<style>");
  const std::size_t style_end = html.find("</style>");
  for (std::size_t lt = html.find('<'); lt != std::string::npos; lt = html.find('<', lt + 1)) {
    if (style_start != std::string::npos && lt > style_start && lt < style_end) continue;  // the CSS
    std::size_t from = lt + 1 + (lt + 1 < html.size() && html[lt + 1] == '/');
    std::size_t to = from;
    while (to < html.size() && html[to] != ' ' && html[to] != '>' && html[to] != '/') ++to;
    const std::string name = html.substr(from, to - from);
    bool known = false;
    for (const auto& tag : kTags) known = known || tag == name;
    check(known, "the print page has markup the renderer never writes", html.substr(lt, 60));
  }
  for (const char c : html) {
    const auto u = static_cast<unsigned char>(c);
    check(u >= 0x20 || u == '\t' || u == '\n' || u == '\r', "a control character in the print page");
  }
}

void check_draft(const sx::Assessment& assessment, const sx::Evaluation& evaluation) {
  const sx::Standard* standard = sx::find_standard(assessment.standard_id());
  check(standard != nullptr, "a valid document of no embedded standard");
  const sx::DraftApplication draft = sx::build_draft(*standard, assessment, evaluation, "2020-03-15");
  check(!draft.blocks.empty(), "an empty draft");
  for (const auto& block : draft.blocks) {
    check(valid_utf8(block.text), "a draft block not UTF-8");
    for (const auto& row : block.rows) {
      for (const auto& cell : row) check(valid_utf8(cell), "a draft cell not UTF-8");
    }
  }
  const std::string html = sx::render_html(draft);
  check(!html.empty(), "render_html gave nothing");
  check_html(html);
  const auto docx = sx::render_docx(draft);
  check_docx(docx);
  // The draft carries the assessment (issue 16): the desk reads back the very same document.
  const sx::DocxAssessment carried =
      sx::assessment_in_docx(std::string_view(reinterpret_cast<const char*>(docx.data()), docx.size()));
  check(carried.json.has_value(), "the draft carries no assessment", carried.problem.en);
  const sx::ParseResult back = sx::parse_assessment(*carried.json);
  check(back.assessment.has_value() && *back.assessment == assessment, "the draft's assessment reads back changed",
        messages_text(back.errors));
}

// Displayed numbers are cut to two decimals, never rounded up across an edge (59.996 → 59.99).
void check_number_text(const sx::Json& doc) {
  for (const char* member : {"metrics", "figures"}) {
    const auto it = doc.find(member);
    if (it == doc.end() || !it->is_object()) continue;
    for (const auto& [key, value] : it->items()) {
      if (!value.is_number()) continue;
      const double v = value.get<double>();
      const std::string text = sx::number_text(v);
      const double shown = std::strtod(text.c_str(), nullptr);
      if (std::fabs(v) >= 1e15) continue;  // no hundredths left to cut
      check(shown <= v && v - shown < 0.01 + 1e-9 * std::fabs(v), "number_text(" + key + ") is not v cut",
            value.dump() + " shown as " + text);
    }
  }
}

// A valid document: evaluated, drafted, rendered, and saved and read back unchanged.
void check_valid(const sx::Assessment& assessment) {
  check(sx::validate_assessment(assessment.json()).empty(), "a parsed document does not validate");
  check_number_text(assessment.json());
  const sx::Evaluation evaluation = sx::evaluate(assessment);
  check_evaluation(assessment, evaluation);
  const std::string scored = evaluation_json(evaluation);
  check_csv_row(sx_review::score_csv_row("upload.json", assessment, evaluation));

  const std::string saved = sx::serialise(assessment);
  check(valid_utf8(saved), "the saved document is not UTF-8");
  const sx::ParseResult again = sx::parse_assessment(saved);
  check(again.assessment.has_value(), "the saved document does not load back", saved + messages_text(again.errors));
  check(*again.assessment == assessment, "the document loaded back differs", saved);
  check(evaluation_json(sx::evaluate(*again.assessment)) == scored, "the document loaded back scores differently",
        saved);
  check(sx::serialise(*again.assessment) == saved, "saving the loaded-back document changes it", saved);

  check_draft(assessment, evaluation);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);

  // The same bytes handed to the desk as a .docx: an assessment or a reason, bounded, never a crash.
  const sx::DocxAssessment docx = sx::assessment_in_docx(text);
  check(docx.json.has_value() == docx.problem.zh.empty(), "a .docx both read and refused", docx.problem.zh);

  const sx::ParseResult parsed = sx::parse_assessment(text);
  check(parsed.assessment.has_value() == parsed.errors.empty(), "a document both valid and invalid",
        messages_text(parsed.errors));
  check_messages(parsed.errors, "parse errors");
  if (parsed.assessment) {
    check_valid(*parsed.assessment);
  } else {
    // `assess score --csv` gives a bad file one row with its problems, joined as main.cpp does.
    std::string joined;
    for (const auto& m : parsed.errors) joined += (joined.empty() ? "" : "; ") + sx::format_message(m);
    check_csv_row(sx_review::score_csv_error_row("upload.json", joined));
  }

  // Opening a file in the app: a valid document comes back whole; anything salvaged is valid.
  const sx::Salvage salvaged = sx::salvage_assessment(text);
  check_messages(salvaged.fatal, "salvage fatal");
  for (const auto& m : salvaged.dropped) {
    check(valid_utf8(m.path) && valid_utf8(m.zh) && valid_utf8(m.en), "salvage dropped: not UTF-8");
  }
  if (parsed.assessment) {
    check(salvaged.assessment.has_value() && salvaged.dropped.empty() && *salvaged.assessment == *parsed.assessment,
          "salvage changed a valid document");
  } else if (salvaged.assessment) {
    check(!salvaged.dropped.empty(), "salvage opened an invalid document without dropping anything");
    check_valid(*salvaged.assessment);
  } else {
    check(!salvaged.fatal.empty(), "salvage opened nothing and said nothing");
  }
  return 0;
}
