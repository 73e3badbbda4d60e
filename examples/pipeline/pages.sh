#!/bin/sh
# folio job `pages`, once per volume: lists the volume's page images.
# Writes pages.tsv (name, bytes and sha256 of each page) and pages.txt (how many there are).
# A volume without page images fails for good (exit 3).
set -eu

sha256() {
    if command -v sha256sum >/dev/null 2>&1; then
        sha256sum "$1" | cut -d ' ' -f 1
    else
        shasum -a 256 "$1" | cut -d ' ' -f 1
    fi
}

out="$FOLIO_OUTPUT_DIR"
printf 'page\tbytes\tsha256\n' > "$out/pages.tsv"
count=0
for image in "$FOLIO_INPUT_DIR"/*; do
    name=$(basename "$image")
    case "$name" in
        *.[pP][nN][gG] | *.[jJ][pP][gG] | *.[jJ][pP][eE][gG] | *.[tT][iI][fF] | *.[tT][iI][fF][fF]) ;;
        *) continue ;;
    esac
    bytes=$(wc -c < "$image" | tr -d ' ')
    printf '%s\t%s\t%s\n' "$name" "$bytes" "$(sha256 "$image")" >> "$out/pages.tsv"
    count=$((count + 1))
done

if [ "$count" -eq 0 ]; then
    echo "no page images in $FOLIO_INPUT_DIR" >&2
    exit 3
fi
echo "$count" > "$out/pages.txt"
echo "$FOLIO_W_ID/$FOLIO_I_ID: $count pages"
