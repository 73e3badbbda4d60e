"""Renders each line of examples/src/charset/lines.tsv as a page image with its ground truth.

Usage: python render_lines.py LINES.tsv FONT.ttf OUT_DIR

Each line becomes OUT_DIR/<dpi>dpi/NN.png (8-bit grey, the line in 12 pt type at 150 and 300 dpi
on a white page with margins) and NN.gt.txt (the line's text). Pillow's FreeType rendering of one
font at fixed sizes: a rerun gives the same bytes.
"""

import sys
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

POINTS = 12
DPIS = (150, 300)


def lines(path):
    for row in Path(path).read_text(encoding="utf-8").splitlines():
        if row and not row.startswith("#"):
            char, text = row.split("\t", 1)
            assert char in text, f"{char!r} is not in its line {text!r}"
            yield char, text


def render(text, font, dpi):
    margin = dpi // 3
    left, top, right, bottom = font.getbbox(text)
    size = (right - left + 2 * margin, bottom - top + 2 * margin)
    page = Image.new("L", size, 255)
    ImageDraw.Draw(page).text((margin - left, margin - top), text, font=font, fill=0)
    return page


def main(tsv, font_path, out):
    out = Path(out)
    for dpi in DPIS:
        font = ImageFont.truetype(font_path, round(POINTS * dpi / 72))
        folder = out / f"{dpi}dpi"
        folder.mkdir(parents=True, exist_ok=True)
        for n, (_char, text) in enumerate(lines(tsv), start=1):
            render(text, font, dpi).save(folder / f"{n:02}.png", optimize=True)
            (folder / f"{n:02}.gt.txt").write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    main(*sys.argv[1:])
