// The .docx: a zip (written by minizip, read back by minizip's unzip) of well-formed Office Open XML
// parts, A4 with 公文 fonts and page numbers, whose main part carries the enterprise's answers and
// total with every user string as text. (xmllint and LibreOffice check it in test_libreoffice.sh.)
#include <gtest/gtest.h>

#include <set>
#include <vector>

#include "export_support.hpp"

namespace {

const char* const kParts[] = {"[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml",
                              "word/settings.xml", "word/fontTable.xml", "word/footer1.xml",
                              "word/_rels/document.xml.rels", "docProps/core.xml", "docProps/app.xml",
                              "customXml/itemProps1.xml", "customXml/_rels/item1.xml.rels"};
// The assessment the draft carries (issue 16): application/xml by the package's default for .xml.
const char* const kCustomXmlItem = "customXml/item1.xml";

std::map<std::string, std::string> parts_of(const sx::DraftApplication& draft, const std::string& name = "draft") {
  return sx_export::unzip_all(sx::render_docx(draft), testing::TempDir() + "/" + name + ".docx");
}

// Start and end tags balance, attributes are quoted, and no raw '<' or '&' is left in text.
::testing::AssertionResult well_formed_xml(const std::string& xml) {
  if (xml.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n", 0) != 0) {
    return ::testing::AssertionFailure() << "no XML declaration";
  }
  std::vector<std::string> open;
  std::size_t at = xml.find('\n') + 1;
  while (at < xml.size()) {
    const std::size_t lt = xml.find('<', at);
    const std::string text = xml.substr(at, lt == std::string::npos ? std::string::npos : lt - at);
    for (std::size_t amp = text.find('&'); amp != std::string::npos; amp = text.find('&', amp + 1)) {
      if (text.find(';', amp) == std::string::npos || text.find(';', amp) - amp > 6) {
        return ::testing::AssertionFailure() << "a bare & in " << text;
      }
    }
    if (lt == std::string::npos) break;
    const std::size_t gt = xml.find('>', lt);
    if (gt == std::string::npos) return ::testing::AssertionFailure() << "unclosed tag";
    std::string tag = xml.substr(lt + 1, gt - lt - 1);
    at = gt + 1;
    if (tag.find('<') != std::string::npos) return ::testing::AssertionFailure() << "'<' inside <" << tag << ">";
    std::size_t quotes = 0;
    for (const char c : tag) quotes += c == '"';
    if (quotes % 2 != 0) return ::testing::AssertionFailure() << "unbalanced quotes in <" << tag << ">";
    if (tag.back() == '/') continue;
    if (tag[0] == '/') {
      const std::string name = tag.substr(1);
      if (open.empty() || open.back() != name) {
        return ::testing::AssertionFailure() << "</" << name << "> closes <" << (open.empty() ? "" : open.back()) << ">";
      }
      open.pop_back();
    } else {
      open.push_back(tag.substr(0, tag.find(' ')));
    }
  }
  if (open.size() != 0) return ::testing::AssertionFailure() << "<" << open.back() << "> never closed";
  return ::testing::AssertionSuccess();
}

std::size_t count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

}  // namespace

TEST(RenderDocx, AZipOfWellFormedOfficeOpenXmlParts) {
  const auto bytes = sx::render_docx(sx_export::draft_of_fixture("discrete-factory.json"));
  ASSERT_GT(bytes.size(), 4u);
  EXPECT_EQ(std::string(bytes.begin(), bytes.begin() + 4), std::string("PK\x03\x04", 4));
  const auto parts = sx_export::unzip_all(bytes, testing::TempDir() + "/parts.docx");
  EXPECT_EQ(parts.size(), std::size(kParts) + 1);
  for (const char* name : kParts) {
    ASSERT_TRUE(parts.count(name)) << name;
    EXPECT_TRUE(well_formed_xml(parts.at(name))) << name;
  }
  ASSERT_TRUE(parts.count(kCustomXmlItem));
  EXPECT_TRUE(well_formed_xml(parts.at(kCustomXmlItem)));
  EXPECT_NE(parts.at("[Content_Types].xml").find(R"(<Default Extension="xml" ContentType="application/xml"/>)"),
            std::string::npos);
  // Every part but the relationships has its content type; every relationship target exists.
  for (const char* name : kParts) {
    const std::string part = std::string("/") + name;
    if (part.find(".rels") == std::string::npos && part != "/[Content_Types].xml") {
      EXPECT_NE(parts.at("[Content_Types].xml").find("PartName=\"" + part + "\""), std::string::npos) << name;
    }
  }
  for (const char* target : {"styles.xml", "settings.xml", "fontTable.xml", "footer1.xml", "../customXml/item1.xml"}) {
    EXPECT_NE(parts.at("word/_rels/document.xml.rels").find(std::string("Target=\"") + target + "\""), std::string::npos);
  }
}

TEST(RenderDocx, TheMainPartCarriesTheAnswersAndTheTotal) {
  const sx::Json doc = sx::Json::parse(sx_export::fixture("discrete-factory.json"));
  const auto evaluation = sx::evaluate(sx_export::assessment(doc));
  const auto parts = parts_of(sx_export::draft(doc));
  const std::string text = sx_export::docx_text(parts.at("word/document.xml"));
  EXPECT_NE(text.find("绍兴市传统产业智能化改造项目认定申报书\n（草稿）"), std::string::npos);
  EXPECT_NE(text.find("绍兴市越城区示例智能装备有限公司"), std::string::npos);
  for (const auto& item : evaluation.items) {
    EXPECT_NE(text.find(item.answer_zh), std::string::npos) << item.id << " " << item.answer_zh;
  }
  EXPECT_NE(text.find("\n合计\n\n95\n100\n"), std::string::npos);  // the total row's cells
  EXPECT_NE(text.find("暂估，专家组酌情认定"), std::string::npos);
  EXPECT_NE(text.find("☐ 4.1 企业资源计划系统（ERP）"), std::string::npos);
  // Cover, 一 and 二, 三, 四, the mode 基本具备 (the other, half rated, is named in a line), 六's
  // three, 七, 八.
  EXPECT_EQ(count(parts.at("word/document.xml"), "<w:tbl>"), 1u + 2u + 1u + 1u + 1u + 3u + 1u + 1u);
  EXPECT_NE(text.find("以下模式未评完，不作为本次申报的依据："), std::string::npos);
  EXPECT_NE(text.find("以下模式未自评："), std::string::npos);
  EXPECT_NE(text.find("\n三年内未被撤销称号\n第十四条\n未被撤销\n✓\n"), std::string::npos);  // not a bare 否
}

TEST(RenderDocx, A4WithGovernmentDocumentFontsBordersAndPageNumbers) {
  const auto draft = sx_export::draft_of_fixture("discrete-factory.json");
  const auto parts = parts_of(draft);
  const std::string& doc = parts.at("word/document.xml");
  EXPECT_NE(doc.find("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"), std::string::npos);
  // 37 mm top, 26 mm right, 35 mm bottom, 28 mm left, in twentieths of a point.
  EXPECT_NE(doc.find("<w:pgMar w:top=\"2098\" w:right=\"1474\" w:bottom=\"1984\" w:left=\"1588\""), std::string::npos);
  EXPECT_NE(doc.find("<w:footerReference w:type=\"default\" r:id=\"rIdFooter\"/>"), std::string::npos);
  EXPECT_NE(parts.at("word/footer1.xml").find("<w:instrText xml:space=\"preserve\"> PAGE </w:instrText>"), std::string::npos);
  const std::string& styles = parts.at("word/styles.xml");
  EXPECT_NE(styles.find("w:eastAsia=\"仿宋\" w:cs=\"Times New Roman\"/><w:sz w:val=\"32\"/>"), std::string::npos);  // 三号
  EXPECT_NE(styles.find("w:styleId=\"Heading1\""), std::string::npos);
  EXPECT_EQ(count(styles, "<w:rFonts w:eastAsia=\"黑体\"/><w:b/>"), 2u);  // two heading levels
  // A table cell's runs take one font for every script at one size: with Times New Roman for digits,
  // LibreOffice set a cell of only "72%" above the CJK baseline of the cells beside it.
  EXPECT_NE(styles.find("w:styleId=\"TableText\"><w:name w:val=\"Table Text\"/><w:basedOn w:val=\"Normal\"/><w:pPr>"
                        "<w:spacing w:after=\"0\" w:line=\"300\" w:lineRule=\"auto\"/><w:jc w:val=\"left\"/></w:pPr><w:rPr>"
                        "<w:rFonts w:ascii=\"仿宋\" w:hAnsi=\"仿宋\" w:eastAsia=\"仿宋\" w:cs=\"仿宋\"/><w:sz w:val=\"24\"/>"
                        "<w:szCs w:val=\"24\"/></w:rPr></w:style>"),
            std::string::npos);
  EXPECT_NE(styles.find("w:styleId=\"TableHead\"><w:name w:val=\"Table Head\"/><w:basedOn w:val=\"TableText\"/>"
                        "<w:pPr><w:keepNext/></w:pPr><w:rPr><w:rFonts w:ascii=\"黑体\" w:hAnsi=\"黑体\" w:eastAsia=\"黑体\" "
                        "w:cs=\"黑体\"/><w:b/></w:rPr>"),
            std::string::npos);
  // No cell run overrides the style's font or size (a strong row only adds bold).
  for (const char* override_ : {"<w:rPr><w:rFonts", "<w:rPr><w:sz"}) EXPECT_EQ(doc.find(override_), std::string::npos);
  EXPECT_EQ(count(styles, "w:val=\"single\" w:sz=\"4\""), 6u);               // every table border
  EXPECT_NE(parts.at("word/fontTable.xml").find("<w:altName w:val=\"FangSong\"/>"), std::string::npos);
  // Subtotal and total rows are bold; the header row repeats on every page.
  EXPECT_EQ(count(doc, "<w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">合计</w:t>"), 1u);
  std::size_t headed = 0;
  for (const auto& block : draft.blocks) headed += block.kind == sx::BlockKind::Table && block.header;
  EXPECT_GE(headed, 9u);
  EXPECT_EQ(count(doc, "<w:tblHeader/>"), headed);
}

TEST(RenderDocx, ReproducibleBytesDatedByTheDocument) {
  const auto draft = sx_export::draft_of_fixture("hostile.json");
  const auto bytes = sx::render_docx(draft);
  EXPECT_EQ(bytes, sx::render_docx(draft));
  const std::string path = testing::TempDir() + "/dated.docx";
  sx_export::unzip_all(bytes, path);
  unzFile zip = unzOpen(path.c_str());
  ASSERT_NE(zip, nullptr);
  ASSERT_EQ(unzGoToFirstFile(zip), UNZ_OK);
  unz_file_info info;
  ASSERT_EQ(unzGetCurrentFileInfo(zip, &info, nullptr, 0, nullptr, 0, nullptr, 0), UNZ_OK);
  EXPECT_EQ(info.tmu_date.tm_year, 2020u);
  EXPECT_EQ(info.tmu_date.tm_mon, 2u);  // March, counted from 0
  EXPECT_EQ(info.tmu_date.tm_mday, 15u);
  unzClose(zip);
  EXPECT_NE(parts_of(draft).at("docProps/core.xml").find("<dcterms:created xsi:type=\"dcterms:W3CDTF\">2020-03-15T00:00:00Z"),
            std::string::npos);
  auto odd = draft;
  odd.date = "someday";  // still a valid W3CDTF stamp, never the text given
  EXPECT_NE(parts_of(odd, "odd").at("docProps/core.xml").find(">2020-01-01T00:00:00Z<"), std::string::npos);
}

TEST(RenderDocx, UserStringsAreEscapedText) {
  auto draft = sx_export::draft_of_fixture("hostile.json");
  sx::Block controls;
  controls.text = std::string("控制字符\x01\x1f\x0b保留\tTab\r\n下一行\xEF\xBF\xBF");
  draft.blocks.push_back(controls);
  const auto parts = parts_of(draft, "hostile");
  for (const char* name : kParts) EXPECT_TRUE(well_formed_xml(parts.at(name))) << name;
  const std::string& doc = parts.at("word/document.xml");
  EXPECT_EQ(doc.find("<script"), std::string::npos);
  EXPECT_EQ(doc.find("<b>"), std::string::npos);
  EXPECT_NE(doc.find("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;引号&quot; &#39;单引号&#39; 😀 𠀀</w:t>"),
            std::string::npos);
  EXPECT_NE(doc.find("<w:br/><w:t xml:space=\"preserve\">第二行</w:t>"), std::string::npos);
  const std::string text = sx_export::docx_text(doc);
  EXPECT_NE(text.find(draft.enterprise), std::string::npos);  // reads back as the very same text
  EXPECT_NE(text.find("<b>不是标签</b>"), std::string::npos);
  EXPECT_NE(text.find("第一段\n第二段 & 更多"), std::string::npos);
  // C0 controls (but tab) and U+FFFF are not XML 1.0 characters: dropped; CR LF is one break.
  EXPECT_NE(text.find("控制字符保留\tTab\n下一行\n"), std::string::npos);
  EXPECT_NE(parts.at("docProps/core.xml").find("<dc:creator>&lt;script&gt;"), std::string::npos);
}

TEST(RenderDocx, RaggedTablesStillFillTheirGrid) {
  sx::DraftApplication draft;
  draft.date = "2020-03-15";
  sx::Block table;
  table.kind = sx::BlockKind::Table;
  table.rows = {{"a", "b", "c"}, {"d"}, {}};
  table.widths = {1};
  draft.blocks.push_back(table);
  sx::Block list;
  list.kind = sx::BlockKind::Signature;
  list.rows = {{}};
  draft.blocks.push_back(list);
  const auto parts = parts_of(draft, "ragged");
  const std::string& doc = parts.at("word/document.xml");
  EXPECT_TRUE(well_formed_xml(doc));
  EXPECT_EQ(count(doc, "<w:gridCol "), 3u);
  EXPECT_EQ(count(doc, "<w:tc>"), 9u);
}

TEST(RenderDocx, OnlyALongRowMaySplitAcrossPages) {
  sx::DraftApplication draft;
  draft.date = "2020-03-15";
  sx::Block table;
  table.kind = sx::BlockKind::Table;
  std::string summary;
  for (int i = 0; i < 300; ++i) summary += "概况";
  table.rows = {{"项目", "内容"}, {"项目名称", "短"}, {"项目概况", summary}};
  draft.blocks.push_back(table);
  const std::string doc = parts_of(draft, "long").at("word/document.xml");
  EXPECT_EQ(count(doc, "<w:tr><w:trPr><w:tblHeader/></w:trPr>"), 1u);
  EXPECT_EQ(count(doc, "<w:tr><w:trPr><w:cantSplit/></w:trPr>"), 1u);
  EXPECT_EQ(count(doc, "<w:tr><w:tc>"), 1u);  // Word clips a row that may not split and outgrows a page
}
