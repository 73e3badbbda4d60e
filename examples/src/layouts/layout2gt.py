#!/usr/bin/env python3
"""Write the ground truth of a one-page layout sample, block by block.

Usage: layout2gt.py SOURCE.ms PAGE.pdf [--debug]

The ground truth is made by construction from the source. Comment lines in
SOURCE.ms mark which text belongs to which block of the page:

    .\\" @order NAME NAME ...   the blocks in reading order (once per file)
    .\\" @block NAME            the text lines that follow, up to the next
                               @block or @end, belong to block NAME (a
                               second @block NAME goes on with the same
                               block, e.g. after a footnote's source)
    .\\" @block NAME: TEXT      a block printed by a macro or trap (running
                               header, page number): TEXT is what it prints
    .\\" @end                   ends the current block

Every text line of the source must lie in a block; macro definitions are
skipped (what a macro prints is found where it is called). The words of a
block are taken from its text lines: requests print nothing, the few escapes
the sources use are translated, and any other escape is an error.

The line breaks are read from the PDF. `pdftotext -bbox -raw` (poppler-utils)
gives the page's words in the order groff wrote them: the order of the
source, except that traps (header, footer, footnotes) and marginal notes come
where groff printed them. Each block's words must appear in that stream as
one unbroken run, word for word, and the runs must account for every word of
the page. A word that groff broke after a hyphen or dash at the end of a
line ("waistcoat-" / "pocket") is written as printed. The words of a block
are grouped into printed lines, and a block whose lines jump back up the page
(text running from the foot of one column to the head of the next) is split
there into one block per column.

Output, to stdout: the blocks in the order of @order (a block split over
columns gives its columns in order), one printed line per line, words joined
by one space, blocks separated by one empty line. With --debug, the block
names are shown on stderr. The script stops with an error if a block's text
is not found in the PDF, if the PDF has words that no block accounts for, or
if @order does not name every block once.
"""
import html
import os
import re
import subprocess
import sys
import unicodedata

# The word pattern of pdftotext -bbox is the one examples/src/pdfpage2gt.py
# uses for the sample volumes. (No .pyc is left beside it.)
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from pdfpage2gt import WORD  # noqa: E402

# Named characters the sources use, as \(xx or \[xx].
NAMED = {
    "em": "—", "en": "–", "hy": "-", "dg": "†", "dd": "‡", "sc": "§",
    "lq": "“", "rq": "”", "oq": "‘", "cq": "’", "Fo": "«", "Fc": "»",
    "bq": "„", "Bq": "‚", "pc": "·", "bu": "•", "**": "*", "ps": "¶",
    "co": "©", "de": "°", "mu": "×", "fo": "‹", "fc": "›",
}
# Escapes with a delimited argument ('..' or any other delimiter).
DELIMITED = set("vhDlLZoXbxw")
SIZE = re.compile(r"s(?:[+-]\d|0|[+-]?\(\d\d|\[[+-]?\d+\])")


class Unsupported(Exception):
    pass


def _delimited_end(text, start, delim):
    """Index of the delimiter that closes an argument starting at start."""
    i = start
    while i < len(text):
        c = text[i]
        if c == delim:
            return i
        if c == "\\":
            i = _escape_end(text, i)
        else:
            i += 1
    raise Unsupported("unterminated delimited escape")


def _escape_end(text, i):
    """Index just past the escape that starts at text[i] (a backslash)."""
    e = text[i + 1] if i + 1 < len(text) else ""
    if e == "(":
        return i + 4
    if e == "[":
        return text.index("]", i) + 1
    if e in DELIMITED and e:
        return _delimited_end(text, i + 3, text[i + 2]) + 1
    if e == "f":
        if text[i + 2:i + 3] == "[":
            return text.index("]", i) + 1
        return i + (5 if text[i + 2:i + 3] == "(" else 3)
    if e == "s":
        m = SIZE.match(text, i + 1)
        if not m:
            raise Unsupported("size escape")
        return m.end()
    return i + 2


def printed_text(line, where):
    """The characters a text line prints, escapes translated."""
    line = line.split('\\"', 1)[0]
    out = []
    i = 0
    try:
        while i < len(line):
            c = line[i]
            if c != "\\":
                out.append(c)
                i += 1
                continue
            e = line[i + 1] if i + 1 < len(line) else ""
            end = _escape_end(line, i)
            if e in ("(", "["):
                name = line[i + 2:i + 4] if e == "(" else line[i + 2:end - 1]
                if name not in NAMED:
                    raise Unsupported(f"named character \\[{name}]")
                out.append(NAMED[name])
            elif e == "Z":
                out.append(printed_text(line[i + 3:end - 1], where))
            elif e == "h":
                out.append(" ")  # horizontal motion separates words
            elif e == "w":
                raise Unsupported("\\w (it prints a number) outside \\h")
            elif e in DELIMITED or e in ("f", "s"):
                pass  # motions, drawings, font and size changes
            elif e in "&%|^udp":
                pass  # zero-width or motion only
            elif e in " 0~":
                out.append(" ")
            elif e == "e":
                out.append("\\")
            elif e == "-":
                out.append("-")
            else:
                raise Unsupported(f"escape \\{e}")
            i = end
    except (Unsupported, ValueError, IndexError) as err:
        sys.exit(f"{where}: {err} not supported: {line!r}")
    text = "".join(out)
    for ch in "'`\"":
        if ch in text:
            sys.exit(f"{where}: use the typographic character, not {ch!r}")
    return text.replace("\t", " ")


def parse_source(path):
    order, blocks, names = None, {}, []
    current = None
    skip_until = None  # inside a macro definition: prints nothing yet
    with open(path, encoding="utf-8") as f:
        pending = ""
        for num, raw in enumerate(f, 1):
            line = pending + raw.rstrip("\n")
            where = f"{path}:{num}"
            if line.endswith("\\") and not line.endswith("\\\\"):
                pending = line[:-1]  # an escaped newline joins the lines
                continue
            pending = ""
            if skip_until is not None:
                if re.match(r"^\.\s*" + re.escape(skip_until) + r"\s*$", line):
                    skip_until = None
                continue
            m = re.match(r"^\.\s*(de|am|ig)\s*(\S*)\s*(\S*)", line)
            if m:
                if m.group(1) == "ig":
                    skip_until = m.group(2) or "."
                else:
                    skip_until = m.group(3) or "."
                continue
            m = re.match(r'^\.\\"\s*@(\w+)\s*(.*)$', line)
            if m:
                kind, rest = m.group(1), m.group(2).strip()
                if kind == "order":
                    order = rest.split()
                elif kind == "block":
                    name, sep, text = rest.partition(":")
                    name = name.strip()
                    if name not in blocks:
                        blocks[name] = []
                        names.append(name)
                    if sep:
                        blocks[name] += printed_text(text.strip(), where).split()
                        current = None
                    else:
                        current = name
                elif kind == "end":
                    current = None
                else:
                    sys.exit(f"{where}: unknown marker @{kind}")
                continue
            if line.startswith((".", "'")):
                continue  # a request or macro call prints no text itself
            words = printed_text(line, where).split()
            if not words:
                continue
            if current is None:
                sys.exit(f"{where}: text outside any @block: {line!r}")
            blocks[current] += words
    if order is None:
        sys.exit(f"{path}: no @order line")
    if sorted(order) != sorted(names):
        sys.exit(f"{path}: @order {order} does not name each block once "
                 f"(blocks: {names})")
    for name in names:
        if not blocks[name]:
            sys.exit(f"{path}: block {name} has no text")
    return order, blocks, names


def nfc(text):
    return unicodedata.normalize("NFC", text)


def pdf_words(pdf):
    out = subprocess.run(
        ["pdftotext", "-bbox", "-raw", "-enc", "UTF-8", pdf, "-"],
        check=True, capture_output=True, text=True).stdout
    words = []
    for m in WORD.finditer(out):
        x0, y0, x1, y1 = (float(m.group(k)) for k in range(1, 5))
        text = nfc(html.unescape(m.group(5)))
        if not text.strip():
            continue
        # poppler's boxes split a word where the baseline moves (a raised
        # footnote mark: "down," "*"); its text output, like a reader, runs
        # them together, as nothing separates them. Do the same.
        if words:
            p0, q0, p1, q1, ptext = words[-1]
            size = min(y1 - y0, q1 - q0)
            if (abs(x0 - p1) < 0.05 * size
                    and overlap(y0, y1, q0, q1) > 0.5 * size):
                words[-1] = (p0, min(y0, q0), x1, max(y1, q1), ptext + text)
                continue
        words.append((x0, y0, x1, y1, text))
    return words


BREAKS = ("-", "‐", "—", "–")


def match_at(src, stream, i):
    """End index in stream if the block's words src start at stream[i]."""
    j = i
    for word in src:
        rest = nfc(word)
        while True:
            if j >= len(stream):
                return None
            got = stream[j][4]
            if got == rest:
                j += 1
                break
            if rest.startswith(got) and got.endswith(BREAKS):
                rest = rest[len(got):]
                j += 1
                continue
            return None
    return j


def common_prefix(src, stream, i):
    """How many words of src agree with stream from i (for error messages)."""
    k = 0
    while k < len(src) and i + k < len(stream) and nfc(src[k]) == stream[i + k][4]:
        k += 1
    return k


def label(blocks, names, stream, src_path):
    """Find each block's run of words in the stream. The runs must cover the
    stream exactly; where several blocks could start at a word (a page
    number "1" and a verse number "1"), each is tried in turn, longest
    first, and the search backs up when it gets stuck."""
    sys.setrecursionlimit(10000)
    stuck = [0, None]  # the furthest word reached, for the error message

    def solve(i, todo):
        if i == len(stream):
            return {} if not todo else None
        cands = []
        for name in todo:
            end = match_at(blocks[name], stream, i)
            if end is not None:
                cands.append((end, name))
        if not cands and i >= stuck[0]:
            stuck[0], stuck[1] = i, list(todo)
        for end, name in sorted(cands, key=lambda c: -c[0]):
            rest = solve(end, [n for n in todo if n != name])
            if rest is not None:
                rest[name] = (i, end)
                return rest
        return None

    spans = solve(0, list(names))
    if spans is None:
        i, todo = stuck
        ctx = " ".join(w[4] for w in stream[i:i + 12])
        msg = [f"{src_path}: no block matches the PDF's words at word "
               f"{i}: {ctx!r}"]
        for n in todo or []:
            k = common_prefix(blocks[n], stream, i)
            msg.append(f"  block {n}: {k} words agree, then source "
                       f"{' '.join(blocks[n][k:k + 5])!r} vs PDF "
                       f"{' '.join(w[4] for w in stream[i + k:i + k + 5])!r}")
        if not todo:
            msg.append("  (every block was found; these words are left over)")
        sys.exit("\n".join(msg))
    return spans


def overlap(a0, a1, b0, b1):
    return min(a1, b1) - max(a0, b0)


def lines_of(words):
    """Group a block's words (stream order) into printed lines; split the
    block where a line starts higher up the page than the one before."""
    parts, lines = [], []
    cur = None
    for w in words:
        x0, y0, x1, y1, _ = w
        h = min(y1 - y0, cur["y1"] - cur["y0"]) if cur else 0
        same = (cur is not None and x0 >= cur["xmax"] - 0.5
                and overlap(y0, y1, cur["y0"], cur["y1"]) > 0.3 * h)
        if same:
            cur["words"].append(w)
            cur["xmax"] = x1
            cur["y0"], cur["y1"] = min(cur["y0"], y0), max(cur["y1"], y1)
            continue
        if cur is not None:
            mid_new, mid_old = (y0 + y1) / 2, (cur["y0"] + cur["y1"]) / 2
            if mid_new < mid_old - 0.5 * (y1 - y0):
                parts.append(lines)
                lines = []
        cur = {"words": [w], "xmax": x1, "y0": y0, "y1": y1}
        lines.append(cur)
    parts.append(lines)
    return [[" ".join(w[4] for w in sorted(ln["words"], key=lambda w: w[0]))
             for ln in part] for part in parts]


def main(argv):
    debug = "--debug" in argv
    args = [a for a in argv[1:] if a != "--debug"]
    if len(args) != 2:
        sys.exit(__doc__)
    src_path, pdf = args
    order, blocks, names = parse_source(src_path)
    stream = pdf_words(pdf)
    spans = label(blocks, names, stream, src_path)
    out = []
    for name in order:
        i, j = spans[name]
        for k, part in enumerate(lines_of(stream[i:j]), 1):
            if debug:
                sys.stderr.write(f"--- {name} (column part {k})\n")
                sys.stderr.write("".join(line + "\n" for line in part))
            out.append("\n".join(part))
    text = nfc("\n\n".join(out) + "\n")
    for n, line in enumerate(text.split("\n")[:-1], 1):
        if line != line.strip() or "  " in line:
            sys.exit(f"{src_path}: bad spacing in ground-truth line {n}")
    sys.stdout.write(text)


if __name__ == "__main__":
    main(sys.argv)
