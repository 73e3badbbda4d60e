#!/bin/sh
# folio job `text-stats`, once per volume after `pages`: checks the listing `pages` made
# against the volume (same count as enqueued, every page present with the same checksum),
# then counts the lines, words and characters of each page's ground truth (NNNN.gt.txt beside
# NNNN.png). Writes text-stats.tsv (one line per page) and summary.tsv (one line for the
# volume). A listing that does not match the volume fails for good (exit 3).
set -eu

sha256() {
    if command -v sha256sum >/dev/null 2>&1; then
        sha256sum "$1" | cut -d ' ' -f 1
    else
        shasum -a 256 "$1" | cut -d ' ' -f 1
    fi
}

fail() {
    echo "$*" >&2
    exit 3
}

tab=$(printf '\t')
listing="$FOLIO_UPSTREAM_PAGES/pages.tsv"
listed=$(cat "$FOLIO_UPSTREAM_PAGES/pages.txt")
[ "$listed" -eq "$FOLIO_NB_IMAGES" ] ||
    fail "pages listed $listed page images, but the volume was enqueued with $FOLIO_NB_IMAGES"

out="$FOLIO_OUTPUT_DIR"
printf 'page\tlines\twords\tchars\n' > "$out/text-stats.tsv"
pages=0
with_text=0
words=0
chars=0
tail -n +2 "$listing" > "$FOLIO_WORK_DIR/pages"
while IFS="$tab" read -r page bytes sum; do
    image="$FOLIO_INPUT_DIR/$page"
    [ -f "$image" ] || fail "page $page, listed by pages, is missing from $FOLIO_INPUT_DIR"
    [ "$(sha256 "$image")" = "$sum" ] || fail "page $page changed since pages listed it ($bytes bytes, sha256 $sum)"
    pages=$((pages + 1))
    gt="$FOLIO_INPUT_DIR/${page%.*}.gt.txt"
    if [ -f "$gt" ]; then
        # wc prints lines, words and characters in that order, whatever the flags' order.
        set -- $(wc -l -w -m < "$gt")
        printf '%s\t%s\t%s\t%s\n' "$page" "$1" "$2" "$3" >> "$out/text-stats.tsv"
        with_text=$((with_text + 1))
        words=$((words + $2))
        chars=$((chars + $3))
    else
        printf '%s\t-\t-\t-\n' "$page" >> "$out/text-stats.tsv"
    fi
done < "$FOLIO_WORK_DIR/pages"

[ "$pages" -eq "$listed" ] || fail "pages.tsv lists $pages pages, pages.txt says $listed"
printf 'w_id\ti_id\tetag\tpages\tpages_with_text\twords\tchars\n' > "$out/summary.tsv"
printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$FOLIO_W_ID" "$FOLIO_I_ID" "$FOLIO_ETAG" \
    "$pages" "$with_text" "$words" "$chars" >> "$out/summary.tsv"
echo "$FOLIO_W_ID/$FOLIO_I_ID: $pages pages, $words words of ground truth"
