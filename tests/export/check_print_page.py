#!/usr/bin/python3
"""The print page as `assess export --html` writes it, read by Python's own HTML parser: every
element closed in order, nothing that runs or fetches, and every user string back as plain text.
Usage: check_print_page.py ASSESS EXPORT_FIXTURES"""
import html.parser
import json
import os
import subprocess
import sys
import tempfile

VOID = {"meta", "br", "col"}


class Page(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.open, self.problems, self.text, self.tags = [], [], [], []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        if tag in ("script", "link", "img", "iframe", "object", "embed", "base"):
            self.problems.append(f"<{tag}> element")
        for name, value in attrs:
            if name.startswith("on") or "http" in (value or "") or "url(" in (value or ""):
                self.problems.append(f"attribute {name}={value!r} on <{tag}>")
        if tag not in VOID:
            self.open.append(tag)

    def handle_startendtag(self, tag, attrs):
        self.problems.append(f"self-closing <{tag}/>")

    def handle_endtag(self, tag):
        if not self.open or self.open[-1] != tag:
            self.problems.append(f"</{tag}> closes <{self.open[-1] if self.open else ''}>")
        else:
            self.open.pop()

    def handle_data(self, data):
        if self.open and self.open[-1] == "style":
            if "http" in data or "url(" in data or "@import" in data:
                self.problems.append("the CSS fetches something")
            return
        self.text.append(data)


def check(assess, fixture, out_dir):
    name = os.path.splitext(os.path.basename(fixture))[0]
    out = os.path.join(out_dir, name + ".html")
    subprocess.run([assess, "export", fixture, "--html", out, "--date", "2020-03-15"], check=True)
    page = Page()
    with open(out, encoding="utf-8") as f:
        source = f.read()
    page.feed(source)
    page.close()
    problems = list(page.problems)
    if page.open:
        problems.append(f"never closed: {page.open}")
    if not source.startswith("<!doctype html>") or page.tags[:3] != ["html", "head", "meta"]:
        problems.append("not an HTML5 page with its charset first")
    text = "".join(page.text)
    with open(fixture, encoding="utf-8") as f:
        doc = json.load(f)
    shown = [v for k, v in doc.get("enterprise", {}).items() if k != "district"]  # a district shows its label
    for value in shown + list(doc.get("project", {}).values()):
        for line in value.split("\n"):
            if line not in text:
                problems.append(f"user text {line!r} does not read back")
    for heading in ("一、企业基本情况", "五、智能制造新模式关键要素自评", "十、初审意见"):
        if heading not in text:
            problems.append(f"no {heading}")
    for p in problems:
        print(f"FAIL {name}: {p}")
    if not problems:
        print(f"ok   {name}: well-formed, escaped, self-contained")
    return not problems


def main():
    assess, fixtures = sys.argv[1], sys.argv[2]
    with tempfile.TemporaryDirectory() as out_dir:
        results = [check(assess, os.path.join(fixtures, f), out_dir) for f in ("discrete-factory.json", "hostile.json")]
    sys.exit(0 if all(results) else 1)


if __name__ == "__main__":
    main()
