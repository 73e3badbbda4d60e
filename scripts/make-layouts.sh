#!/usr/bin/env bash
# Regenerate the page-layout fixtures in crates/ocr/tests/fixtures/layouts/
# from the sources in examples/src/layouts/: typeset each one-page source
# with groff (-ms, PDF output, fonts embedded), render it at 150 or 300 dpi
# as an 8-bit grayscale PNG (some pages with a deterministic "scanned" look),
# and write its ground truth beside it, block by block in reading order
# (examples/src/layouts/layout2gt.py), checked word for word against the PDF.
#
#   scripts/make-layouts.sh                  # regenerate everything
#   scripts/make-layouts.sh CATEGORY/NAME..  # only these pages (while editing)
#
# Needs: groff (with gropdf), ghostscript (its URW fonts are embedded by
# gropdf), poppler-utils, imagemagick, optipng, python3. Missing Debian
# packages are installed with apt-get (as root, or through sudo).
# See examples/src/layouts/SOURCES.md.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SRC="$ROOT/examples/src/layouts"
OUT="$ROOT/crates/ocr/tests/fixtures/layouts"
MAX_BYTES=6000000  # the fixtures must stay under 6 MB

log() { printf '%s\n' "$*" >&2; }
die() { log "make-layouts: $*"; exit 1; }

# shellcheck source=lib/typeset.sh
source "$ROOT/scripts/lib/typeset.sh"

# Words of a text, one per line, sorted (the multiset check).
words_of() { tr -s '[:space:]' '\n' | sed '/^$/d' | LC_ALL=C sort; }

# make_page CATEGORY NAME PAPER DPI STYLE [ANGLE SEED]
#   Source: examples/src/layouts/CATEGORY/NAME.ms, one page.
#   PAPER: a gropdf paper size (a5, a6, letter, or LENGTH,WIDTH such as
#   8i,5i; the source sets the same .pl). DPI: 150 or 300.
#   STYLE: clean | degraded (ANGLE in degrees, noise SEED).
make_page() {
    local cat=$1 name=$2 paper=$3 dpi=$4 style=$5 angle=${6:-} seed=${7:-}
    local src="$SRC/$cat/$name.ms" id="$cat/$name"
    local pdf="$TMP/page.pdf" dir="$OUT/$cat"
    if ((${#ONLY[@]})); then
        local want=0 o
        for o in "${ONLY[@]}"; do [[ $o == "$id" ]] && want=1; done
        ((want)) || return 0
    fi
    [[ -f $src ]] || die "$id: no source $src"
    mkdir -p "$dir"
    groff -k -ms -Tpdf -P-p"$paper" -P-e -I "$SRC" "$src" >"$pdf" 2>"$TMP/groff.err" \
        || { cat "$TMP/groff.err" >&2; die "$id: groff failed"; }
    if [[ -s $TMP/groff.err ]]; then
        cat "$TMP/groff.err" >&2
        die "$id: groff printed warnings"
    fi
    if pdffonts "$pdf" | awk 'NR > 2 && $(NF-4) != "yes" { bad = 1 } END { exit !bad }'; then
        die "$id: fonts not embedded (is ghostscript installed?)"
    fi
    local pages
    pages=$(pdfinfo "$pdf" | awk '/^Pages:/ { print $2 }')
    [[ $pages == 1 ]] || die "$id: $pages pages, want 1"

    python3 "$SRC/layout2gt.py" "$src" "$pdf" >"$dir/$name.gt.txt" \
        || die "$id: ground truth could not be made"
    # The ground truth must have exactly the words poppler finds on the page,
    # in content-stream order (-raw) and in physical layout (-layout). (Its
    # default mode is not used: it joins words broken after a hyphen at the
    # end of a line, "three-and-" + "twenty" -> "three-andtwenty".)
    local mode
    for mode in -raw -layout; do
        if ! cmp -s <(pdftotext "$mode" -enc UTF-8 "$pdf" - | words_of) \
            <(words_of <"$dir/$name.gt.txt"); then
            diff <(pdftotext "$mode" -enc UTF-8 "$pdf" - | words_of) \
                <(words_of <"$dir/$name.gt.txt") >&2 || true
            die "$id: ground-truth words differ from pdftotext $mode"
        fi
    done

    pdftoppm -r "$dpi" -gray -png -singlefile "$pdf" "$TMP/raw"
    if [[ $style == degraded ]]; then
        degrade_png "$TMP/raw.png" "$dir/$name.png" "$angle" "$seed" "$dpi"
    else
        to_gray_png "$TMP/raw.png" "$dir/$name.png"
    fi
    optipng -quiet -o2 -strip all "$dir/$name.png"
    log "$id: $paper, $dpi dpi, $style"
    BUILT=$((BUILT + 1))
}

ensure_packages
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
export SOURCE_DATE_EPOCH=0
ONLY=("$@")
BUILT=0
mkdir -p "$OUT"
if ((${#ONLY[@]} == 0)); then
    # One directory per category, rebuilt; README.md (hand-written) stays.
    find "$OUT" -mindepth 1 -maxdepth 1 -type d -exec rm -rf {} +
fi

#         category            name             paper  dpi style    angle  seed
make_page two-columns-uneven  alice-en         a5     150 clean
make_page two-columns-uneven  genesis-en       a5     150 degraded 0.4    3001
make_page two-columns-uneven  quijote-es       8i,5i  300 clean
make_page three-columns       declaration-en   letter 150 clean
make_page three-columns       sterntaler-de    a5     150 degraded -0.35  3002
make_page three-columns       constitution-en  a4     150 clean
make_page spanning            pride-en         a5     150 clean
make_page spanning            molinos-es       a5     150 degraded 0.3    3003
make_page spanning            maerchen-de      8i,5i  300 clean
make_page narrow-gutter       genesis-en       a5     150 clean
make_page narrow-gutter       froschkoenig-de  8i,5i  150 clean
make_page narrow-gutter       quijote-es       a5     150 degraded -0.5   3004
make_page furniture           alice-en         a5     150 clean
make_page furniture           declaration-en   a5     150 clean
make_page furniture           froschkoenig-de  a6     300 degraded 0.55   3005
make_page marginal-notes      constitution-en  a5     150 clean
make_page marginal-notes      rotkaeppchen-de  8i,5i  150 degraded 0.45   3006
make_page marginal-notes      quijote-es       a5     150 clean
make_page captions            alice-en         a5     150 clean
make_page captions            froschkoenig-de  8i,5i  300 clean
make_page captions            genesis-en       a5     150 degraded -0.25  3007
make_page verse               herbert-en       a5     150 clean
make_page verse               goethe-de        a6     300 clean
make_page verse               becquer-es       a5     150 degraded 0.35   3008
make_page contents            alice-en         a5     150 clean
make_page contents            grimm-de         8i,5i  300 clean
make_page contents            quijote-es       a5     150 degraded -0.4   3009
make_page ragged              gettysburg-en    a5     150 clean
make_page ragged              rotkaeppchen-de  8i,5i  150 clean
make_page ragged              quijote-es       a5     150 clean
make_page dialogue            pride-en         a5     150 clean
make_page dialogue            macbeth-en       8i,5i  150 degraded 0.6    3010
make_page dialogue            molinos-es       a5     150 clean
make_page dialogue            rotkaeppchen-de  a6     150 clean
make_page index               alice-en         a5     150 clean
make_page index               declaration-en   8i,5i  150 degraded -0.45  3011
make_page index               grimm-de         a5     150 clean

((BUILT > 0)) || die "no page built (names are CATEGORY/NAME, as in the table)"
if ((${#ONLY[@]} == 0)); then
    bytes=$(du -sb "$OUT" | awk '{ print $1 }')
    ((bytes <= MAX_BYTES)) || die "$OUT is $bytes bytes, more than $MAX_BYTES"
    log "$(find "$OUT" -name '*.png' | wc -l) pages, $bytes bytes"
fi
