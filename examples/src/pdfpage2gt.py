#!/usr/bin/env python3
"""Write the ground-truth text of one PDF page, one printed line per line.

Usage: pdfpage2gt.py PDF PAGE [--columns 1|2] [--gutter X_PT]

Words and their boxes come from `pdftotext -bbox` (poppler-utils). Words are
grouped into printed lines by their vertical position. In two-column mode a
line is assigned to the left or right column by the gutter (default: the
middle of the page); lines that cross the gutter (titles, running header,
page number) are full-width. Reading order: full-width lines in place; between
two full-width lines, the whole left column, then the whole right column.
Words of a line are joined by one space; no empty lines are written.
"""
import html
import re
import subprocess
import sys
import unicodedata

WORD = re.compile(
    r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>'
)
PAGE = re.compile(r'<page width="([\d.]+)" height="([\d.]+)">')


def main(argv):
    args = argv[1:]
    columns, gutter = 1, None
    if "--columns" in args:
        i = args.index("--columns")
        columns = int(args[i + 1])
        del args[i:i + 2]
    if "--gutter" in args:
        i = args.index("--gutter")
        gutter = float(args[i + 1])
        del args[i:i + 2]
    pdf, page = args[0], int(args[1])
    out = subprocess.run(
        ["pdftotext", "-bbox", "-f", str(page), "-l", str(page), pdf, "-"],
        check=True, capture_output=True, text=True).stdout
    width = float(PAGE.search(out).group(1))
    if gutter is None:
        gutter = width / 2
    words = []
    for m in WORD.finditer(out):
        x0, y0, x1, y1 = (float(m.group(k)) for k in range(1, 5))
        text = unicodedata.normalize("NFC", html.unescape(m.group(5)))
        if text.strip():
            words.append((x0, y0, x1, y1, text))

    # Group words into raw rows by the middle of their boxes.
    words.sort(key=lambda w: ((w[1] + w[3]) / 2, w[0]))
    rows = []
    for w in words:
        mid = (w[1] + w[3]) / 2
        if rows and abs(mid - rows[-1][0]) <= 3.0:
            rows[-1][1].append(w)
        else:
            rows.append([mid, [w]])

    def text_of(ws):
        return " ".join(w[4] for w in sorted(ws, key=lambda w: w[0]))

    lines = []
    if columns == 1:
        lines = [text_of(ws) for _, ws in rows]
    else:
        left, right = [], []
        for _, ws in rows:
            ws = sorted(ws, key=lambda w: w[0])
            lhs = [w for w in ws if w[2] <= gutter]
            rhs = [w for w in ws if w[0] >= gutter]
            straddle = len(lhs) + len(rhs) < len(ws)
            narrow_gap = (lhs and rhs and rhs[0][0] - lhs[-1][2] < 8.0)
            if straddle or narrow_gap:
                lines += left + right
                left, right = [], []
                lines.append(text_of(ws))
            else:
                if lhs:
                    left.append(text_of(lhs))
                if rhs:
                    right.append(text_of(rhs))
        lines += left + right
    sys.stdout.write("".join(line + "\n" for line in lines))


if __name__ == "__main__":
    main(sys.argv)
