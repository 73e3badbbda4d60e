#!/usr/bin/env bash
# Regenerate the sample volumes in examples/volumes/ from the sources in
# examples/src/: typeset each volume with groff (-ms, PDF output, fonts
# embedded), render every page at 150 dpi as an 8-bit grayscale PNG, write
# the page's ground truth beside it (derived mechanically from the PDF), and
# give one volume a deterministic "scanned" look with ImageMagick.
#
#   scripts/make-samples.sh            # regenerate everything
#
# Needs: groff, ghostscript (its URW fonts are embedded by gropdf),
# poppler-utils, imagemagick, optipng, python3. Missing Debian packages are
# installed with apt-get (as root, or through sudo).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SRC="$ROOT/examples/src"
OUT="$ROOT/examples/volumes"
DPI=150

log() { printf '%s\n' "$*" >&2; }
die() { log "make-samples: $*"; exit 1; }

# shellcheck source=lib/typeset.sh
source "$ROOT/scripts/lib/typeset.sh"

# Words of a text, one per line, sorted (for the column cross-check).
words_of() { tr -s '[:space:]' '\n' | sed '/^$/d' | LC_ALL=C sort; }

# Collapse spaces, trim, drop empty lines.
normalise() { sed -e 's/[[:space:]]\+/ /g' -e 's/^ //' -e 's/ $//' -e '/^$/d'; }

# make_volume W_ID I_ID SOURCE.ms PAPER COLUMNS STYLE
#   PAPER: groff/gropdf paper name (a5, letter); COLUMNS: 1 or 2;
#   STYLE: clean | degraded
make_volume() {
    local w_id=$1 i_id=$2 src=$3 paper=$4 columns=$5 style=$6
    local dir="$OUT/$w_id/$i_id" pdf="$TMP/$w_id-$i_id.pdf"
    mkdir -p "$dir"
    groff -k -ms -Tpdf -P-p"$paper" -P-e "$SRC/$src" >"$pdf"
    if pdffonts "$pdf" | awk 'NR > 2 && $(NF-4) != "yes" { bad = 1 } END { exit !bad }'; then
        die "$src: fonts not embedded (is ghostscript installed?)"
    fi
    local pages angles=(0.45 -0.3 0.6 -0.5 0.25 -0.65) p n
    pages=$(pdfinfo "$pdf" | awk '/^Pages:/ { print $2 }')
    ((pages >= 3 && pages <= 6)) || die "$src: $pages pages, want 3-6"
    for ((p = 1; p <= pages; p++)); do
        n=$(printf '%04d' "$p")
        pdftoppm -r "$DPI" -gray -png -f "$p" -l "$p" -singlefile "$pdf" "$TMP/raw"
        if [[ $style == degraded ]]; then
            degrade_png "$TMP/raw.png" "$dir/$n.png" "${angles[p - 1]}" "$((1000 + p))"
        else
            to_gray_png "$TMP/raw.png" "$dir/$n.png"
        fi
        optipng -quiet -o2 -strip all "$dir/$n.png"
        python3 "$SRC/pdfpage2gt.py" "$pdf" "$p" --columns "$columns" >"$dir/$n.gt.txt"
        # Cross-check the ground truth against poppler's own text output.
        if [[ $columns == 1 ]]; then
            pdftotext -layout -enc UTF-8 -f "$p" -l "$p" "$pdf" - | normalise >"$TMP/check.txt"
            diff -u "$TMP/check.txt" "$dir/$n.gt.txt" >&2 \
                || die "$w_id/$i_id/$n: ground truth differs from pdftotext -layout"
        else
            cmp -s <(pdftotext -raw -enc UTF-8 -f "$p" -l "$p" "$pdf" - | words_of) \
                <(words_of <"$dir/$n.gt.txt") \
                || die "$w_id/$i_id/$n: ground truth words differ from pdftotext"
        fi
    done
    log "$w_id/$i_id: $pages pages ($src, $paper, $columns column(s), $style)"
}

ensure_packages
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
export SOURCE_DATE_EPOCH=0
rm -rf "$OUT"
mkdir -p "$OUT"

#           w_id  i_id  source                  paper  cols style
make_volume W0001 I0001 alice-ch1.ms            a5     1    clean
make_volume W0002 I0001 declaration.ms          letter 2    clean
make_volume W0003 I0001 pride-ch1.ms            a5     1    degraded
make_volume W0004 I0001 grimm-froschkoenig.ms   a5     1    clean

du -sh "$ROOT/examples" >&2
