// The two renderings of the draft: HTML escaped and standalone; docx a real zip whose main part
// carries the enterprise's answers and total, with every user string as text.
#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <map>

#include "sx/draft.hpp"
#include "test_support.hpp"
#include "unzip.h"

namespace {

std::string read(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

sx::DraftApplication draft_of(const std::string& text) {
  const auto parsed = sx::parse_assessment(text);
  if (!parsed.assessment) throw std::runtime_error("invalid fixture");
  const sx::Standard& s = *sx::find_standard("shaoxing-2019");
  return sx::build_draft(s, *parsed.assessment, sx::evaluate(s, *parsed.assessment), "2020-03-15");
}

const std::string kHostile = std::string(SX_EXPORT_FIXTURES) + "/hostile.json";

// Every entry of a zip archive, through minizip's reader.
std::map<std::string, std::string> unzip_all(const std::vector<unsigned char>& bytes) {
  const std::string path = testing::TempDir() + "/draft.docx";
  std::ofstream(path, std::ios::binary).write(reinterpret_cast<const char*>(bytes.data()),
                                              static_cast<std::streamsize>(bytes.size()));
  std::map<std::string, std::string> entries;
  unzFile zip = unzOpen(path.c_str());
  if (zip == nullptr) return entries;
  for (int status = unzGoToFirstFile(zip); status == UNZ_OK; status = unzGoToNextFile(zip)) {
    char name[256];
    unz_file_info info;
    unzGetCurrentFileInfo(zip, &info, name, sizeof name, nullptr, 0, nullptr, 0);
    std::string data(info.uncompressed_size, '\0');
    unzOpenCurrentFile(zip);
    const int read = unzReadCurrentFile(zip, data.data(), static_cast<unsigned>(data.size()));
    unzCloseCurrentFile(zip);
    if (read == static_cast<int>(data.size())) entries[name] = data;
  }
  unzClose(zip);
  return entries;
}

}  // namespace

TEST(RenderHtml, StandaloneA4PageWithTheContent) {
  const std::string html = sx::render_html(draft_of(sx_test::fixture_text("process-full.json")));
  EXPECT_EQ(html.rfind("<!doctype html>", 0), 0u);
  EXPECT_NE(html.find("<meta charset=\"utf-8\">"), std::string::npos);
  EXPECT_NE(html.find("@page { size: A4"), std::string::npos);
  EXPECT_NE(html.find("绍兴市上虞区示例化工股份有限公司"), std::string::npos);
  EXPECT_NE(html.find("<td>合计</td><td></td><td>84</td><td>100</td>"), std::string::npos);
  // Nothing is fetched from anywhere.
  EXPECT_EQ(html.find("http"), std::string::npos);
  EXPECT_EQ(html.find("<script"), std::string::npos);
  EXPECT_EQ(html.find("<link"), std::string::npos);
}

TEST(RenderHtml, UserStringsAreEscapedText) {
  const std::string html = sx::render_html(draft_of(read(kHostile)));
  EXPECT_EQ(html.find("<script"), std::string::npos);
  EXPECT_EQ(html.find("<b>"), std::string::npos);
  EXPECT_NE(html.find("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;引号&quot; &#39;单引号&#39; 😀 𠀀<br>第二行"),
            std::string::npos);
  EXPECT_NE(html.find("&lt;b&gt;不是标签&lt;/b&gt;"), std::string::npos);
  EXPECT_NE(html.find("第一段<br>第二段 &amp; 更多"), std::string::npos);
}

TEST(RenderDocx, AZipOfTheOfficeOpenXmlParts) {
  const auto bytes = sx::render_docx(draft_of(sx_test::fixture_text("discrete-full.json")));
  ASSERT_GT(bytes.size(), 4u);
  EXPECT_EQ(bytes[0], 'P');
  EXPECT_EQ(bytes[1], 'K');
  const auto entries = unzip_all(bytes);
  for (const char* part : {"[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml",
                           "word/settings.xml", "word/footer1.xml", "word/_rels/document.xml.rels",
                           "docProps/core.xml", "docProps/app.xml"}) {
    ASSERT_TRUE(entries.count(part)) << part;
    EXPECT_EQ(entries.at(part).rfind("<?xml", 0), 0u) << part;
  }
  const std::string& doc = entries.at("word/document.xml");
  EXPECT_NE(doc.find("绍兴市柯桥区示例纺织有限公司"), std::string::npos);
  EXPECT_NE(doc.find(">合计<"), std::string::npos);
  EXPECT_NE(doc.find(">88<"), std::string::npos);           // the total
  EXPECT_NE(doc.find(">采用CAD等技术进行产品设计；采用CAM等技术，已实现产品数字化工艺设计<"), std::string::npos);
  EXPECT_NE(doc.find("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"), std::string::npos);  // A4
  EXPECT_NE(entries.at("word/styles.xml").find("w:eastAsia=\"仿宋\""), std::string::npos);
  EXPECT_NE(entries.at("word/styles.xml").find("w:eastAsia=\"黑体\""), std::string::npos);
  EXPECT_NE(entries.at("word/footer1.xml").find(" PAGE "), std::string::npos);
}

TEST(RenderDocx, ReproducibleForTheSameDate) {
  const auto draft = draft_of(sx_test::fixture_text("process-full.json"));
  EXPECT_EQ(sx::render_docx(draft), sx::render_docx(draft));
}

TEST(RenderDocx, UserStringsAreEscapedText) {
  auto draft = draft_of(read(kHostile));
  draft.blocks.push_back(sx::Block{sx::BlockKind::Paragraph, std::string("控制字符\x01\x1f保留\tTab"), {}, {}, true});
  const auto entries = unzip_all(sx::render_docx(draft));
  const std::string& doc = entries.at("word/document.xml");
  EXPECT_EQ(doc.find("<script"), std::string::npos);
  EXPECT_NE(doc.find("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;引号&quot; &#39;单引号&#39; 😀 𠀀</w:t>"),
            std::string::npos);
  EXPECT_NE(doc.find("<w:br/><w:t xml:space=\"preserve\">第二行</w:t>"), std::string::npos);
  EXPECT_NE(doc.find("控制字符保留\tTab"), std::string::npos);  // C0 controls are not XML characters
  EXPECT_NE(entries.at("docProps/core.xml").find("&lt;script&gt;"), std::string::npos);
}
