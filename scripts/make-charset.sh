#!/usr/bin/env bash
# Renders the character-check lines (examples/src/charset/lines.tsv: one line of book text per
# character that European books print) into crates/ocr/tests/fixtures/charset/{150,300}dpi/, a
# page image and its ground truth per line, in DejaVu Serif (Debian's fonts-dejavu-core, installed
# when missing), with Pillow from target/charset-venv. crates/ocr/tests/charset.rs reads them.
# Running it again gives the same files.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
venv=target/charset-venv
font=/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf
out=crates/ocr/tests/fixtures/charset
log() { echo "make-charset: $*" >&2; }

if [[ ! -f "$font" ]]; then
    log "installing fonts-dejavu-core"
    sudo=()
    [[ $(id -u) -eq 0 ]] || sudo=(sudo)
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends fonts-dejavu-core >/dev/null
fi
if [[ ! -x "$venv/bin/python" ]]; then
    log "creating $venv with pillow==12.3.0"
    "${PYTHON:-python3}" -m venv "$venv"
    "$venv/bin/python" -m pip install --quiet --disable-pip-version-check pillow==12.3.0
fi
rm -rf "$out/150dpi" "$out/300dpi"
"$venv/bin/python" scripts/lib/render_lines.py examples/src/charset/lines.tsv "$font" "$out"
log "wrote $(find "$out" -name '*.png' | wc -l) pages under $out"
