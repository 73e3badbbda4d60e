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

# ---------------------------------------------------------------- tools ---
ensure_packages() {
    local missing=()
    command -v groff >/dev/null || missing+=(groff)
    # gropdf embeds the URW base-35 fonts that ghostscript ships.
    command -v gs >/dev/null || missing+=(ghostscript)
    { command -v pdftoppm >/dev/null && command -v pdftotext >/dev/null \
        && command -v pdffonts >/dev/null; } || missing+=(poppler-utils)
    command -v optipng >/dev/null || missing+=(optipng)
    command -v python3 >/dev/null || missing+=(python3)
    [[ -x /usr/bin/convert ]] || command -v magick >/dev/null || missing+=(imagemagick)
    if ((${#missing[@]})); then
        log "installing: ${missing[*]}"
        local sudo=()
        [[ $(id -u) -eq 0 ]] || sudo=(sudo)
        "${sudo[@]}" apt-get update -qq
        DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq \
            --no-install-recommends "${missing[@]}" >/dev/null
    fi
    # Prefer the real ImageMagick binary; something else named "convert" may
    # come first on PATH.
    if [[ -x /usr/bin/convert ]]; then
        CONVERT=(/usr/bin/convert)
    elif command -v magick >/dev/null; then
        CONVERT=(magick)
    else
        die "ImageMagick not found"
    fi
}

# ----------------------------------------------------------- rendering ---
# Flatten to 8-bit grayscale, drop metadata (dates) so re-runs are stable.
to_gray_png() { # in out
    "${CONVERT[@]}" "$1" -colorspace Gray -type Grayscale -depth 8 -strip \
        -define png:exclude-chunks=date,time "$2"
}

# Deterministic scan look: tilt by ANGLE degrees (|ANGLE| <= 0.7) on a white
# background, crop back to the page size, off-white paper and grey ink,
# seeded Gaussian noise, a slight blur, 32 grey levels (keeps files small).
degrade_png() { # in out angle seed
    local size
    size=$("${CONVERT[@]}" "$1" -format '%wx%h' info:)
    "${CONVERT[@]}" "$1" -colorspace Gray -background white -rotate "$3" \
        -gravity center -extent "$size" +level 5%,92% \
        -seed "$4" -attenuate 0.2 +noise Gaussian -blur 0x0.8 -posterize 32 \
        -colorspace Gray -type Grayscale -depth 8 -strip \
        -define png:exclude-chunks=date,time "$2"
}

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
