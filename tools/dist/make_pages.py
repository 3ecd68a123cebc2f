#!/usr/bin/python3
"""Writes the two plain pages a browser that cannot run the app still offers (web/index.html's
explanation): policy.html, the measures with their annex and both 100-point tables, and
checklist.html, a blank checklist of every category's conditions to print (A4) and fill in by hand.

Everything they say about the standard comes from its data (core/standards/<id>/), the standard
issued last, as the app opens new assessments on it (sx::current_standard); nothing is copied here
by hand. Both work with no script at all and meet the Content-Security-Policy (web/csp.txt): no
inline script or style, one stylesheet (pages.css), relative links only.

Usage: make_pages.py --standards DIR --out DIR
"""
import argparse
import html
import json
import pathlib
import sys

NUMERALS = "一二三四五六七八九十"


def fail(message):
    sys.exit(f"make_pages.py: {message}")


def e(text):
    return html.escape(str(text), quote=True)


def anchor(text):
    """An id for an HTML element: the text with its blanks as hyphens (第一章-总则)."""
    return e("-".join(str(text).split()))


def lines(text):
    """A published cell's lines (joined by \\n in the data) as HTML lines."""
    return "<br>".join(e(line.strip()) for line in str(text).split("\n"))


def load_standard(root):
    """The folder of the standard issued last, read whole."""
    found = []
    for folder in sorted(p for p in root.iterdir() if (p / "standard.json").is_file()):
        data = {}
        for name in ("standard", "measures", "conditions", "tables", "modes", "document"):
            path = folder / f"{name}.json"
            try:
                data[name] = json.loads(path.read_text(encoding="utf-8"))
            except (OSError, ValueError) as error:
                fail(f"{path}: {error}")
        found.append(data)
    if not found:
        fail(f"no standard folder (with standard.json) in {root}")
    return max(found, key=lambda d: d["standard"]["issued"])


def page(title, description, body):
    return f"""<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="renderer" content="webkit">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(title)}</title>
<meta name="description" content="{e(description)}">
<link rel="icon" type="image/png" sizes="32x32" href="icons/favicon-32.png">
<link rel="stylesheet" href="pages.css">
</head>
<body>
{body}
</body>
</html>
"""


def tables_of(data):
    """[(number, title, table)] in the order standard.json lists the types: 表1, 表2."""
    out = []
    for kind in data["standard"]["types"]:
        table = data["tables"].get(kind["key"])
        if table is None:
            fail(f"tables.json has no table '{kind['key']}' (standard.json types)")
        out.append((kind["table"], kind.get("label", ""), table))
    return out


def policy_page(data):
    standard = data["standard"]
    measures = data["measures"]
    notice = measures.get("notice", {})
    parts = ['<nav class="links" aria-label="本页以外"><a href="./">返回自评工具</a>'
             '<a href="checklist.html">认定条件自查清单（可打印）</a></nav>', "<main>"]
    parts.append(f'<p class="number">{e(notice.get("number", standard["document"]))}</p>')
    parts.append(f'<h1>{e(notice.get("title", measures["title"]))}</h1>')
    if notice:
        parts.append('<section id="通知" class="notice">')
        for paragraph in notice.get("body", []):
            parts.append(f"<p>{e(paragraph)}</p>")
        parts.append(f'<p class="signed">{e(notice.get("issuer", ""))}<br>{e(notice.get("date", ""))}</p>')
        parts.append("</section>")

    # The contents: the 办法's chapters, the annex, the tables.
    contents = [(f'#{anchor(chapter["title"])}', chapter["title"]) for chapter in measures["chapters"]]
    contents.append(("#附件", "附件：智能制造新模式关键要素"))
    contents.append(("#认定标准", "认定标准"))
    contents += [(f"#{anchor(number)}", f"{number} {table['title'].removeprefix(number)}")
                 for number, _, table in tables_of(data)]
    parts.append('<nav class="contents" aria-label="目录"><h2>目录</h2><ul>')
    parts += [f'<li><a href="{href}">{e(text)}</a></li>' for href, text in contents]
    parts.append("</ul></nav>")

    parts.append(f'<h2 class="part">{e(measures["title"])}</h2>')
    for chapter in measures["chapters"]:
        parts.append(f'<h3 id="{anchor(chapter["title"])}">{e(chapter["title"])}</h3>')
        for article in chapter["articles"]:
            parts.append(f'<p class="article" id="{anchor(article["id"])}"><b>{e(article["id"])}</b> {e(article["text"])}</p>')
            for clause in article.get("clauses", []):
                parts.append(f'<p class="clause">{e(clause)}</p>')

    parts.append('<h2 class="part" id="附件">附件：智能制造新模式关键要素</h2>')
    for i, mode in enumerate(data["modes"]["modes"]):
        numeral = NUMERALS[i] + "、" if i < len(NUMERALS) else ""
        parts.append(f'<h3 id="附件-{anchor(mode["title"])}">{numeral}{e(mode["title"])}</h3><ol class="elements">')
        parts += [f"<li>{e(element)}</li>" for element in mode["elements"]]
        parts.append("</ol>")
        if mode.get("closing"):
            parts.append(f"<p>{e(mode['closing'])}</p>")

    parts.append(f'<h2 class="part" id="认定标准">{e(standard["title"])}</h2>')
    if measures.get("standard_preamble"):
        parts.append(f"<p>{e(measures['standard_preamble'])}</p>")
    for number, label, table in tables_of(data):
        parts.append(f'<h3 id="{anchor(number)}">{e(table["title"])}</h3>')
        parts.append('<table class="score"><thead><tr><th scope="col" class="n">序号</th>'
                     '<th scope="col">评价项目</th><th scope="col">评价内容</th>'
                     '<th scope="col" class="n">分值</th><th scope="col">量化考核</th></tr></thead>')
        for section in table["sections"]:
            parts.append(f'<tbody><tr class="section"><th scope="rowgroup" colspan="5">{e(section["id"])}. '
                         f'{e(section["title"])}（{e(section["max"])}分）</th></tr>')
            for item in section["items"]:
                parts.append(f'<tr id="{anchor(number)}-{anchor(item["id"])}"><td class="n id">{e(item["id"])}</td>'
                             f'<td class="title">{e(item["title"])}</td><td>{e(item["text"])}</td>'
                             f'<td class="n points">{e(item["max"])}</td><td>{lines(item.get("published", ""))}</td></tr>')
            parts.append("</tbody>")
        total = sum(section["max"] for section in table["sections"])
        parts.append(f'<tfoot><tr><th scope="row" colspan="3">合计</th><td class="n points">{total}</td><td></td></tr></tfoot></table>')
        if table.get("note"):
            parts.append(f'<p class="note">{e(table["note"])}</p>')
    parts.append(f'<p class="source">本页由自评工具根据 {e(standard["document"])} 的数据生成，'
                 "以正式印发的文件为准。</p></main>")
    title = measures["title"]
    description = f"{standard['document']}《{title}》全文、附件和{'、'.join(n for n, _, _ in tables_of(data))}评分标准。"
    return page(f"政策原文 · {title}", description, "\n".join(parts))


def write_in(label, wide=False):
    return f'<p class="field{" wide" if wide else ""}"><span>{e(label)}：</span><span class="blank"></span></p>'


def boxes(labels):
    return "".join(f'<span class="box">□ {e(label)}</span>' for label in labels)


def condition_detail(condition, data):
    """What a condition lets the user fill in beyond yes or no, from its rule: the figure it asks
    for, the options a set holds, the modes."""
    rule = condition["rule"]
    document = data["document"]
    if rule["kind"] == "metric_at_least":
        metric = next((m for m in document["metrics"] if m["key"] == rule["metric"]), None)
        if metric is None:
            fail(f"condition {condition['id']}: no metric '{rule['metric']}' in document.json")
        return (f'<p class="value">本企业{e(metric["label"])}：<span class="blank short"></span>{e(metric.get("unit", ""))}'
                f'（须不低于 {e(rule["min"])}{e(metric.get("unit", ""))}）</p>')
    if rule["kind"] == "set_nonempty":
        fact = next((f for f in document["facts"] if f["key"] == rule["fact"]), None)
        if fact is None:
            fail(f"condition {condition['id']}: no fact '{rule['fact']}' in document.json")
        return f'<p class="options">{boxes(o["label"] for o in fact["options"])}</p>'
    if rule["kind"] == "any_mode_basically_met":
        return f'<p class="options">{boxes(m["title"] for m in data["modes"]["modes"])}</p>'
    return ""


def article_link(article):
    """第七条（二） → policy.html#第七条, where the article is."""
    return f'<a href="policy.html#{anchor(article.split("（")[0])}">{e(article)}</a>'


def checklist_page(data):
    standard = data["standard"]
    conditions = data["conditions"]
    document = data["document"]
    groups = [conditions["common"]] + sorted(conditions["categories"], key=lambda c: c.get("rank", 0))
    common = conditions["common"]
    field = {f["key"]: f["label"] for f in document["enterprise_fields"]}
    project = {f["key"]: f["label"] for f in document["project_fields"]}

    parts = ['<nav class="links" aria-label="本页以外"><a href="./">返回自评工具</a>'
             '<a href="policy.html">政策原文</a></nav>', "<main>"]
    parts.append(f'<h1>认定条件自查清单</h1><p class="subtitle">{e(standard["title"])}（{e(standard["document"])}）</p>')
    parts.append('<p class="screen-only">打印本页（Ctrl+P，或浏览器菜单中的“打印”），逐条勾选并写下情况；'
                 "也可以另存为 PDF。</p>")
    categories = " ".join(f'<span class="box">□ {e(c["title"])}</span>' for c in groups[1:])
    types = " ".join(f'<span class="box">□ {e(t["label"])}（{e(t["table"])}）</span>' for t in standard["types"])
    parts.append('<section class="sheet-head">')
    parts.append(write_in(field.get("name", "企业名称"), wide=True))
    parts.append(write_in(project.get("name", "项目名称"), wide=True))
    parts.append(f'<p class="field wide"><span>拟申报类别：</span>{categories}</p>')
    parts.append(f'<p class="field wide"><span>生产方式：</span>{types}</p>')
    parts.append(write_in("填写人") + write_in("日期"))
    parts.append("</section>")
    parts.append(f'<p>申报任何一类项目，须同时满足“{e(common["title"])}”和该类项目的全部条件。'
                 "逐条勾选自查结果，在“情况说明”中写下实际情况；“证明材料”是申报时要准备的材料。</p>")

    for number, group in enumerate(groups, 1):
        members = [c for c in conditions["conditions"] if c["category"] == group["id"]]
        if not members:
            fail(f"conditions.json: no condition of '{group['id']}'")
        scope = "各类项目都须满足" if group is common else "申报本类项目须满足"
        parts.append(f'<section class="group" id="{e(group["id"])}">')
        parts.append(f'<h2>{NUMERALS[number - 1]}、{e(group["title"])}<small>（{article_link(group["article"])}，{scope}）</small></h2>')
        parts.append('<table class="check"><thead><tr><th scope="col" class="n">序号</th><th scope="col">条件</th>'
                     '<th scope="col" class="evidence">证明材料</th><th scope="col" class="verdict">自查结果</th>'
                     '<th scope="col" class="notes">情况说明</th></tr></thead><tbody>')
        previous = None
        for i, condition in enumerate(members, 1):
            # Conditions cut from one clause (第五条（一）) quote it once.
            quoted = "条款原文同上" if condition["text"] == previous else e(condition["text"])
            previous = condition["text"]
            parts.append(
                f'<tr id="{e(condition["id"])}"><td class="n">{i}</td>'
                f'<td><p class="title">{e(condition["title"])}</p>'
                f'<p class="text">{quoted}（{article_link(condition["article"])}）</p>'
                f'{condition_detail(condition, data)}</td>'
                f'<td class="evidence">{e(condition.get("evidence", ""))}</td>'
                f'<td class="verdict">{boxes(["符合", "不符合", "待补充"])}</td>'
                '<td class="notes"></td></tr>')
        parts.append("</tbody></table></section>")
    parts.append('<p class="source">本清单由自评工具根据认定办法的数据生成，只列认定条件，不含评分；'
                 "能否认定，以专家认定为准。</p></main>")
    titles = "、".join(g["title"] for g in groups)
    return page(f"认定条件自查清单 · {standard['title']}",
                f"可打印的空白自查清单：{titles}的每一条认定条件、证明材料，逐条勾选填写。",
                "\n".join(parts))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--standards", required=True, type=pathlib.Path)
    parser.add_argument("--out", required=True, type=pathlib.Path)
    args = parser.parse_args()
    data = load_standard(args.standards)
    args.out.mkdir(parents=True, exist_ok=True)
    for name, text in (("policy.html", policy_page(data)), ("checklist.html", checklist_page(data))):
        path = args.out / name
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
