#include "revoked_xlsx.hpp"

#include <cmath>
#include <cstdlib>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "sx/markup_escape.hpp"
#include "sx/zip_read.hpp"

namespace sx_review {

namespace {
// 100,000 codes in shared strings are about 5 MB; the sheet about as much again.
constexpr sx::ZipLimits kLimits{1000, 32 * 1024 * 1024};

// The start tags named `name` (any prefix) in `xml`, from `from`: the tag's text and where it ends.
struct Tag {
  std::string_view text;  // "<c r=\"A1\" t=\"s\">" or "<c r=\"A1\"/>"
  std::size_t end = 0;    // just past the '>'
  bool empty = false;     // "…/>"
};

std::optional<Tag> next_tag(std::string_view xml, std::string_view name, std::size_t from) {
  for (std::size_t at = xml.find('<', from); at != std::string_view::npos; at = xml.find('<', at + 1)) {
    std::size_t n = at + 1;
    const std::size_t stop = xml.find_first_of(" \t\r\n/>", n);
    if (stop == std::string_view::npos) return std::nullopt;
    std::string_view qname = xml.substr(n, stop - n);
    if (const std::size_t colon = qname.find(':'); colon != std::string_view::npos) qname.remove_prefix(colon + 1);
    if (qname != name) continue;
    const std::size_t close = xml.find('>', stop);
    if (close == std::string_view::npos) return std::nullopt;
    return Tag{xml.substr(at, close + 1 - at), close + 1, xml[close - 1] == '/'};
  }
  return std::nullopt;
}

// The end of the element whose start tag ends at `from`: where "</…name>" starts.
std::size_t element_end(std::string_view xml, std::string_view name, std::size_t from) {
  for (std::size_t at = xml.find("</", from); at != std::string_view::npos; at = xml.find("</", at + 2)) {
    std::size_t n = at + 2;
    std::size_t stop = xml.find('>', n);
    if (stop == std::string_view::npos) return std::string_view::npos;
    std::string_view qname = xml.substr(n, stop - n);
    if (const std::size_t colon = qname.find(':'); colon != std::string_view::npos) qname.remove_prefix(colon + 1);
    if (qname == name) return at;
  }
  return std::string_view::npos;
}

std::string attribute(std::string_view tag, std::string_view name) {
  for (std::size_t at = tag.find(name); at != std::string_view::npos; at = tag.find(name, at + 1)) {
    const char before = tag[at - 1];
    if ((before != ' ' && before != '\t' && before != '\n' && before != '\r' && before != ':') ||
        tag.substr(at + name.size(), 2).find('=') == std::string_view::npos) {
      continue;
    }
    const std::size_t quote = tag.find_first_of("\"'", at + name.size());
    if (quote == std::string_view::npos) return "";
    const std::size_t end = tag.find(tag[quote], quote + 1);
    if (end == std::string_view::npos) return "";
    return sx::unescape_xml(tag.substr(quote + 1, end - quote - 1)).value_or("");
  }
  return "";
}

// The text of every <t> inside [from, to): a shared string's runs, an inline string.
std::string runs_text(std::string_view xml, std::size_t from, std::size_t to) {
  std::string text;
  for (auto t = next_tag(xml, "t", from); t && t->end <= to; t = next_tag(xml, "t", t->end)) {
    if (t->empty) continue;
    const std::size_t end = element_end(xml, "t", t->end);
    if (end == std::string_view::npos || end > to) break;
    text += sx::unescape_xml(xml.substr(t->end, end - t->end)).value_or("");
  }
  return text;
}

std::vector<std::string> shared_strings(std::string_view xml) {
  std::vector<std::string> strings;
  for (auto si = next_tag(xml, "si", 0); si; si = next_tag(xml, "si", si->end)) {
    if (si->empty) {
      strings.emplace_back();
      continue;
    }
    const std::size_t end = element_end(xml, "si", si->end);
    if (end == std::string_view::npos) break;
    strings.push_back(runs_text(xml, si->end, end));
  }
  return strings;
}

// Which cell styles (cellXfs, by index) show a date: the built-in date formats, or a custom one
// whose code has a year or a day outside quotes and brackets.
std::vector<bool> date_styles(std::string_view xml) {
  std::map<int, bool> custom;
  for (auto f = next_tag(xml, "numFmt", 0); f; f = next_tag(xml, "numFmt", f->end)) {
    const std::string code = attribute(f->text, "formatCode");
    // "General" is no date for its 'e'; a backslash escapes the next character.
    bool date = false, quoted = false, bracket = false;
    for (std::size_t i = 0; i < code.size(); ++i) {
      const char c = code[i];
      if (c == '\\') ++i;
      else if (c == '"') quoted = !quoted;
      else if (c == '[') bracket = true;
      else if (c == ']') bracket = false;
      else if (!quoted && !bracket && (c == 'y' || c == 'Y' || c == 'd' || c == 'D')) date = true;
    }
    custom[std::atoi(attribute(f->text, "numFmtId").c_str())] = date;
  }
  std::vector<bool> dates;
  const auto xfs = next_tag(xml, "cellXfs", 0);
  if (!xfs || xfs->empty) return dates;
  const std::size_t end = element_end(xml, "cellXfs", xfs->end);
  for (auto xf = next_tag(xml, "xf", xfs->end); xf && xf->end <= end; xf = next_tag(xml, "xf", xf->end)) {
    const int id = std::atoi(attribute(xf->text, "numFmtId").c_str());
    const auto found = custom.find(id);
    dates.push_back(found != custom.end() ? found->second : (id >= 14 && id <= 22) || (id >= 27 && id <= 36) ||
                                                                (id >= 45 && id <= 47) || (id >= 50 && id <= 58));
  }
  return dates;
}

// A date cell's serial number (days since 1899-12-30, the 1900 date system) as its year.
std::string year_of_serial(double serial) {
  long days = static_cast<long>(std::floor(serial)) - 25569;  // to days since 1970-01-01
  // Civil from days (H. Hinnant's algorithm).
  days += 719468;
  const long era = (days >= 0 ? days : days - 146096) / 146097;
  const long doe = days - era * 146097;
  const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long mp = (5 * doy + 2) / 153;
  const long month = mp < 10 ? mp + 3 : mp - 9;
  return std::to_string(yoe + era * 400 + (month <= 2 ? 1 : 0));
}

// "B12" → column 1 (from 0); -1 if none.
int column_of(std::string_view ref) {
  int column = 0;
  std::size_t i = 0;
  for (; i < ref.size() && ref[i] >= 'A' && ref[i] <= 'Z'; ++i) column = column * 26 + (ref[i] - 'A' + 1);
  return i == 0 ? -1 : column - 1;
}

// A field for the list reader's line: quoted when it holds what the reader splits on.
std::string field(const std::string& text) {
  if (text.find_first_of(",;\t \"") == std::string::npos && text.find("\xE3\x80\x80") == std::string::npos &&
      text.find("\xEF\xBC\x8C") == std::string::npos) {
    return text;
  }
  std::string quoted = "\"";
  for (const char c : text) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
  return quoted + "\"";
}

RevokedListRead refused(std::string zh, std::string en) {
  RevokedListRead read;
  read.problems.push_back({0, std::move(zh), std::move(en)});
  return read;
}

// The first sheet's part name: workbook.xml's first <sheet>, through the workbook's relationships.
std::string first_sheet(const std::map<std::string, std::string>& parts) {
  const auto workbook = parts.find("xl/workbook.xml");
  const auto rels = parts.find("xl/_rels/workbook.xml.rels");
  if (workbook == parts.end() || rels == parts.end()) return "";
  const auto sheet = next_tag(workbook->second, "sheet", 0);
  if (!sheet) return "";
  const std::string id = attribute(sheet->text, "id");
  for (auto rel = next_tag(rels->second, "Relationship", 0); rel; rel = next_tag(rels->second, "Relationship", rel->end)) {
    if (attribute(rel->text, "Id") != id) continue;
    std::string target = attribute(rel->text, "Target");
    if (!target.empty() && target[0] == '/') return target.substr(1);
    return "xl/" + target;
  }
  return "";
}
}  // namespace

RevokedListRead read_revoked_xlsx(std::string_view bytes) {
  const sx::ZipRead zip = sx::read_zip(
      bytes,
      [](std::string_view name) {
        return name == "xl/workbook.xml" || name == "xl/_rels/workbook.xml.rels" || name == "xl/sharedStrings.xml" ||
               name == "xl/styles.xml" || name.rfind("xl/worksheets/sheet", 0) == 0;
      },
      kLimits);
  switch (zip.problem) {
    case sx::ZipProblem::None: break;
    case sx::ZipProblem::EntryTooLarge:
      return refused("表格中的“" + zip.entry + "”超过 32 MiB 的大小上限，未读取",
                     "\"" + zip.entry + "\" in the workbook is larger than the 32 MiB limit; not read");
    case sx::ZipProblem::TooManyEntries:
      return refused("表格文件中的部件超过 1000 个，未读取", "the workbook holds more than 1000 parts; not read");
    case sx::ZipProblem::NotAZip:
    case sx::ZipProblem::Corrupt:
      return refused("文件已损坏，不能作为 Excel（.xlsx）表格读取：请另存为 .xlsx 或 CSV 后重新导入",
                     "the file is damaged and cannot be read as an Excel (.xlsx) workbook");
  }
  std::map<std::string, std::string> parts;
  for (const auto& entry : zip.entries) parts[entry.name] = entry.data;
  const std::string sheet_name = first_sheet(parts);
  const auto sheet = parts.find(sheet_name);
  if (sheet == parts.end()) {
    return refused("这不是 Excel（.xlsx）表格，找不到第一张工作表：请另存为 .xlsx 或 CSV 后重新导入",
                   "not an Excel (.xlsx) workbook: its first sheet cannot be found");
  }
  const std::vector<std::string> strings = shared_strings(parts["xl/sharedStrings.xml"]);
  const std::vector<bool> dates = date_styles(parts["xl/styles.xml"]);
  const std::string_view xml = sheet->second;

  // One line per sheet row, at its row number, so the list reader names rows as the sheet does.
  std::string text;
  std::size_t line = 0;
  std::size_t row_number = 0;
  for (auto row = next_tag(xml, "row", 0); row; row = next_tag(xml, "row", row->end)) {
    const std::string r = attribute(row->text, "r");
    row_number = r.empty() ? row_number + 1 : std::strtoul(r.c_str(), nullptr, 10);
    if (row_number <= line || row_number > 1048576) {
      return refused("表格的行号有误（第 " + std::to_string(row_number) + " 行），未读取",
                     "the sheet's row numbers are out of order (row " + std::to_string(row_number) + ")");
    }
    text.append(row_number - line - 1, '\n');
    line = row_number;
    if (row->empty) {
      text += '\n';
      continue;
    }
    const std::size_t row_end = element_end(xml, "row", row->end);
    std::vector<std::string> cells;
    int next_column = 0;
    for (auto c = next_tag(xml, "c", row->end); c && c->end <= row_end; c = next_tag(xml, "c", c->end)) {
      const int column = c->text.find(" r=") != std::string_view::npos ? column_of(attribute(c->text, "r")) : next_column;
      next_column = column + 1;
      if (column < 0 || column > 1) continue;  // the code and the year; other columns are the bureau's notes
      std::string value;
      if (!c->empty) {
        const std::size_t end = element_end(xml, "c", c->end);
        const std::string type = attribute(c->text, "t");
        if (type == "inlineStr") {
          value = runs_text(xml, c->end, end);
        } else if (const auto v = next_tag(xml, "v", c->end); v && v->end <= end && !v->empty) {
          const std::string raw = sx::unescape_xml(xml.substr(v->end, element_end(xml, "v", v->end) - v->end)).value_or("");
          if (type == "s") {
            const std::size_t index = std::strtoul(raw.c_str(), nullptr, 10);
            value = index < strings.size() ? strings[index] : raw;
          } else if (type.empty() || type == "n") {
            const std::size_t style = std::strtoul(attribute(c->text, "s").c_str(), nullptr, 10);
            const double number = std::strtod(raw.c_str(), nullptr);
            // A year typed as a number stays 2019; a date cell gives the year of its date.
            value = style < dates.size() && dates[style] && number > 0 ? year_of_serial(number) : raw;
          } else {
            value = raw;
          }
        }
      }
      if (static_cast<int>(cells.size()) <= column) cells.resize(static_cast<std::size_t>(column) + 1);
      cells[static_cast<std::size_t>(column)] = value;
    }
    // An empty code with a year is still a row the reader must refuse, not a blank line.
    if (cells.size() == 2 && cells[0].empty() && !cells[1].empty()) cells[0] = "（空）";
    for (std::size_t i = 0; i < cells.size(); ++i) text += (i > 0 ? "," : "") + field(cells[i]);
    text += '\n';
  }
  return read_revoked_list(text);
}

RevokedListRead read_revoked_file(std::string_view bytes) {
  return sx::looks_like_zip(bytes) ? read_revoked_xlsx(bytes) : read_revoked_list(bytes);
}

}  // namespace sx_review
