#!/usr/bin/python3
"""Subsets Noto Sans CJK SC (Debian's fonts-noto-cjk) for the web app.

- start.ttf: the part of ui.ttf the first screen draws (ASCII, typography and the characters of the
  sources that draw it), the only font of the first load: the first frame waits for a fifth of
  the bytes (a browser test holds ui.ttf back and checks that the first screen needs nothing else);
- ui.ttf: ASCII plus every character that appears in the app's and the core's sources and the
  standard's data, fetched right after the first frame, so every screen renders without waiting;
- gb2312.ttf: the rest of GB2312, fetched after the first frame for what users type or import.

Also writes a C++ source listing which code points each file covers (the app's glyph atlas asks
for a file by code point), and with --check only verifies that the font has a glyph for every
character the sources use (a test runs it).
"""
import argparse
import hashlib
import io
import json
import pathlib
import sys

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, TTFont, newTable

FONT = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
FACE_SC = 2  # Noto Sans CJK SC inside the collection
# The font file the subsets are cut from, as Debian's fonts-noto-cjk 1:20220127+repack1-1 ships it.
# Another file (a Debian update) changes what the app shows: the build stops until someone has
# looked at the app with it and recorded its hash here.
FONT_PACKAGE = "fonts-noto-cjk 1:20220127+repack1-1"
FONT_SHA256 = "b76b0433203017ca80401b2ee0dd69350349871c4b19d504c34dbdd80541690a"
SOURCE_GLOBS = ["app/**/*.cpp", "app/**/*.hpp", "core/src/*.cpp", "core/standards/**/*.json"]
# The draft application is rendered by Word or the browser, not by the app's atlas.
NOT_SHOWN_IN_APP = ("draft", "render_", "zip_")
# Typography the UI may produce at run time (numbers, ranges, ticks) besides what the sources hold.
# What the first screen draws: the frame, the toolbar, the step list and 开始 (app/views), the dates
# and names the core formats for it, and the standard's title. See start.ttf above.
FIRST_SCREEN = ["app/views/app_frame.cpp", "app/views/toolbar.cpp", "app/views/navigation.cpp",
                "app/views/screen_start.cpp", "app/views/status.cpp", "app/views/screens.cpp",
                "app/views/notices.cpp", "app/views/links.cpp", "app/views/article_link.cpp",
                "app/state/display_prefs.cpp", "core/standards/*/standard.json"]
FIRST_SCREEN_MEASURES = ("number", "title")  # of measures.json's notice, and its own title
ALWAYS = "、。，；：？！“”‘’（）《》〔〕【】…—·％≥≤→←✓×÷±°～＋－"


def source_chars(root):
    chars = set(chr(c) for c in range(0x20, 0x7F)) | set(ALWAYS)
    for pattern in SOURCE_GLOBS:
        for path in sorted(root.glob(pattern)):
            if path.name.startswith(NOT_SHOWN_IN_APP):
                continue
            chars |= set(path.read_text(encoding="utf-8"))
    return {c for c in chars if ord(c) >= 0x20 and c not in "\u200b\ufeff"}


def first_screen_chars(root):
    chars = set(chr(c) for c in range(0x20, 0x7F)) | set(ALWAYS) | set("年月日")
    for pattern in FIRST_SCREEN:
        for path in sorted(root.glob(pattern)):
            chars |= set(path.read_text(encoding="utf-8"))
    for path in sorted(root.glob("core/standards/*/measures.json")):
        measures = json.loads(path.read_text(encoding="utf-8"))
        chars |= set(measures.get("title", ""))
        for key in FIRST_SCREEN_MEASURES:
            chars |= set(measures.get("notice", {}).get(key, ""))
    return {c for c in chars if ord(c) >= 0x20 and c not in "\u200b\ufeff"}


def gb2312_chars():
    chars = set()
    for high in range(0xA1, 0xF8):
        for low in range(0xA1, 0xFF):
            try:
                chars.add(bytes([high, low]).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    return chars


def ranges(codepoints):
    out = []
    for cp in sorted(codepoints):
        if out and out[-1][1] + 1 == cp:
            out[-1][1] = cp
        else:
            out.append([cp, cp])
    return out


# How far (in font units, 1/1000 em) a quadratic outline may stray from the cubic one: 3 is a
# quarter of a pixel for the largest text on a 3× phone, and makes the first screen's font 6 %
# smaller than 1 did.
CURVE_TOLERANCE = 3.0


def to_truetype(font):
    """CFF cubic outlines → TrueType quadratic ones: ImGui's stb_truetype rasterises glyf outlines
    about 40% faster than CFF charstrings, and the atlas is built in the visitor's browser."""
    glyph_set = font.getGlyphSet()
    glyphs = {}
    for name in font.getGlyphOrder():
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, CURVE_TOLERANCE, reverse_direction=True))
        glyphs[name] = pen.glyph()
    del font["CFF "]
    glyf = font["glyf"] = newTable("glyf")
    glyf.glyphOrder = font.getGlyphOrder()
    glyf.glyphs = glyphs
    font["loca"] = newTable("loca")
    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    for field in ("maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                  "maxStackElements", "maxSizeOfInstructions", "maxComponentElements"):
        setattr(maxp, field, 0)
    maxp.maxZones = 1
    font["head"].indexToLocFormat = 0
    font["head"].glyphDataFormat = 0
    font["post"].formatType = 3.0
    font.sfntVersion = "\x00\x01\x00\x00"


def write_subset(font_path, chars, out_path):
    options = subset.Options()
    options.font_number = FACE_SC
    options.layout_features = []
    options.hinting = False
    options.name_IDs = [1, 2]
    options.notdef_outline = True
    options.drop_tables += ["GSUB", "GPOS", "GDEF", "BASE", "VORG", "vhea", "vmtx", "DSIG"]
    font = subset.load_font(font_path, options)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=[ord(c) for c in chars])
    subsetter.subset(font)
    # Reload the subset from bytes so its CFF table is compiled before the outlines are redrawn.
    buffer = io.BytesIO()
    subset.save_font(font, buffer, options)
    buffer.seek(0)
    font = TTFont(buffer)
    to_truetype(font)
    font.save(str(out_path))


def cpp_ranges(name, codepoints):
    rows = ",\n".join(f"    {{0x{a:X}, 0x{b:X}}}" for a, b in ranges(codepoints))
    return f"const CodepointRange {name}[] = {{\n{rows}}};\nconst std::size_t {name}Count = sizeof({name}) / sizeof({name}[0]);\n"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--root", required=True, type=pathlib.Path)
    parser.add_argument("--out-dir", type=pathlib.Path)
    parser.add_argument("--cpp", type=pathlib.Path)
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()

    with open(FONT, "rb") as font_file:
        found = hashlib.sha256(font_file.read()).hexdigest()
    if found != FONT_SHA256:
        print(f"{FONT} is not the font the app was checked with ({FONT_PACKAGE}, sha256 {FONT_SHA256});"
              f" this one's sha256 is {found}. Look at the app's text with it (screenshots at 100 % and"
              " 200 %), then record its package version and hash in tools/make_fonts.py.", file=sys.stderr)
        return 1

    cmap = TTCollection(FONT).fonts[FACE_SC].getBestCmap()
    wanted = source_chars(args.root)
    missing = sorted(c for c in wanted if ord(c) not in cmap)
    if missing:
        listing = " ".join(f"U+{ord(c):04X}({c})" for c in missing)
        print(f"no glyph in Noto Sans CJK SC for: {listing}", file=sys.stderr)
        return 1
    if args.check:
        print(f"glyph coverage: {len(wanted)} characters used by the sources, all in the font")
        return 0

    base = wanted
    start = first_screen_chars(args.root) & base
    extra = {c for c in gb2312_chars() if ord(c) in cmap} - base
    args.out_dir.mkdir(parents=True, exist_ok=True)
    write_subset(FONT, base, args.out_dir / "ui.ttf")
    write_subset(FONT, start, args.out_dir / "start.ttf")
    write_subset(FONT, extra, args.out_dir / "gb2312.ttf")
    args.cpp.parent.mkdir(parents=True, exist_ok=True)
    args.cpp.write_text(
        "// Generated by tools/make_fonts.py. Do not edit.\n"
        "#include \"font_files.hpp\"\n\nnamespace sx_app {\n\n"
        + cpp_ranges("kUiFontRanges", {ord(c) for c in base})
        + "\n"
        + cpp_ranges("kGb2312FontRanges", {ord(c) for c in extra})
        + "\n"
        + cpp_ranges("kStartFontRanges", {ord(c) for c in start})
        + "\n}  // namespace sx_app\n",
        encoding="utf-8")
    print(f"fonts from {FONT_PACKAGE}: ui.ttf {len(base)} chars (start.ttf {len(start)} of them), gb2312.ttf {len(extra)} chars")
    return 0


if __name__ == "__main__":
    sys.exit(main())
