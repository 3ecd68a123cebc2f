#!/usr/bin/python3
"""Draws the page's icons and its share picture (web/index.html, web/app.webmanifest) as PNGs.

The picture: a sheet with three ticked rows and a green round tick over its corner, white on the
app's heading blue; a self-check, in a shape that still reads at 16 px. Drawn at four times the
size and scaled down, so the edges are smooth. Uses Debian's python3-pil and, for the share
picture's words, the Noto Sans CJK the app's font comes from (fonts-noto-cjk).

- icons/favicon-32.png       the tab's icon
- icons/apple-touch-icon.png 180 px, full-bleed (iOS rounds the corners itself)
- icons/icon-192.png, icons/icon-512.png            rounded, for the web app manifest
- icons/icon-maskable-512.png full-bleed, the picture inside the 80 % safe zone
- icons/share.png            600 px, what chat apps show beside a forwarded link

Usage: make_icons.py --out DIR
"""
import argparse
import pathlib
import sys

try:
    from PIL import Image, ImageDraw, ImageFont
except ImportError:
    sys.exit("make_icons.py: python3-pil is missing (scripts/install-deps.sh serve installs it)")

BLUE = (13, 51, 102)       # the app's heading colour (app/ui/palette.cpp)
GREEN = (0, 112, 60)       # its primary button
WHITE = (255, 255, 255)
LINE = (173, 188, 209)     # the sheet's rows, pale blue
FONT = "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc"
FONT_INDEX = 2             # Noto Sans CJK SC
SCALE = 4


def motif(draw, x, y, size):
    """The sheet and the tick, in the square (x, y, size) of the 4× canvas."""
    u = size / 100.0
    def box(a, b, c, d):
        return (x + a * u, y + b * u, x + c * u, y + d * u)
    draw.rounded_rectangle(box(14, 6, 72, 88), radius=7 * u, fill=WHITE)
    for row in range(3):
        top = 20 + row * 20
        draw.rounded_rectangle(box(23, top, 33, top + 10), radius=2 * u, outline=BLUE, width=max(1, round(2.6 * u)))
        draw.rounded_rectangle(box(39, top + 3, 63, top + 7.5), radius=2 * u, fill=LINE)
    # The round tick over the sheet's lower right corner, with a ring of the background around it.
    draw.ellipse(box(50, 56, 96, 102), fill=BLUE)
    draw.ellipse(box(54, 60, 92, 98), fill=GREEN)
    draw.line([(x + 63 * u, y + 79 * u), (x + 71 * u, y + 87 * u), (x + 84 * u, y + 70 * u)],
              fill=WHITE, width=round(6.5 * u), joint="curve")
    for cx, cy in ((63, 79), (84, 70)):
        r = 3.25 * u
        draw.ellipse((x + cx * u - r, y + cy * u - r, x + cx * u + r, y + cy * u + r), fill=WHITE)


def icon(size, rounded, inset):
    """The picture on blue: `rounded` corners (transparent outside) or full-bleed; `inset` is the
    share of the side left free around the picture."""
    big = size * SCALE
    image = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    if rounded:
        draw.rounded_rectangle((0, 0, big - 1, big - 1), radius=big * 0.22, fill=BLUE)
    else:
        draw.rectangle((0, 0, big, big), fill=BLUE)
    side = big * (1 - 2 * inset)
    # The picture spans 14–96 across and 6–102 down its square: centred.
    motif(draw, big * inset - side * 0.05, big * inset - side * 0.04, side)
    return image.resize((size, size), Image.LANCZOS)


def share(size=600):
    """The icon's picture above the tool's name, on blue, for a forwarded link's card."""
    big = size * SCALE
    image = Image.new("RGB", (big, big), BLUE)
    draw = ImageDraw.Draw(image)
    side = big * 0.42
    motif(draw, (big - side) / 2 - side * 0.05, big * 0.12, side)
    font = ImageFont.truetype(FONT, int(big * 0.085), index=FONT_INDEX)
    small = ImageFont.truetype(FONT, int(big * 0.05), index=FONT_INDEX)
    for text, face, top in (("智能化改造项目认定", font, 0.64), ("企业自评工具", small, 0.78)):
        width = draw.textlength(text, font=face)
        draw.text(((big - width) / 2, big * top), text, font=face, fill=WHITE)
    return image.resize((size, size), Image.LANCZOS)


def save(image, path):
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(path.name + ".tmp")
    # Flat colours and their smoothed edges fit a palette: a third of the bytes, the same look.
    image.quantize(colors=256, method=Image.FASTOCTREE).save(temporary, format="PNG", optimize=True)
    if path.exists() and path.read_bytes() == temporary.read_bytes():
        temporary.unlink()  # unchanged: the build's later steps need not run again
    else:
        temporary.replace(path)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", required=True, type=pathlib.Path)
    args = parser.parse_args()
    icons = args.out / "icons"
    save(icon(32, rounded=True, inset=0.06), icons / "favicon-32.png")
    save(icon(180, rounded=False, inset=0.14), icons / "apple-touch-icon.png")
    save(icon(192, rounded=True, inset=0.12), icons / "icon-192.png")
    save(icon(512, rounded=True, inset=0.12), icons / "icon-512.png")
    save(icon(512, rounded=False, inset=0.2), icons / "icon-maskable-512.png")
    save(share(), icons / "share.png")


if __name__ == "__main__":
    main()
