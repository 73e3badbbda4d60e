#!/bin/sh
# folio job `report`, once for the whole collection after every volume's `text-stats`: reads
# the list of upstream outputs ($FOLIO_UPSTREAM_LIST: job, w_id, i_id, etag, dir per line),
# gathers each volume's summary into report.tsv and writes the totals to report.txt.
set -eu

tab=$(printf '\t')
out="$FOLIO_OUTPUT_DIR"
rows="$FOLIO_WORK_DIR/rows"
: > "$rows"
volumes=0
pages=0
with_text=0
words=0
chars=0
while IFS="$tab" read -r job w_id i_id etag dir; do
    [ "$job" = "text-stats" ] || continue
    [ -f "$dir/summary.tsv" ] || {
        echo "text-stats of $w_id/$i_id@$etag has no summary.tsv in $dir" >&2
        exit 3
    }
    row=$(sed -n 2p "$dir/summary.tsv")
    printf '%s\n' "$row" >> "$rows"
    set -- $row
    volumes=$((volumes + 1))
    pages=$((pages + $4))
    with_text=$((with_text + $5))
    words=$((words + $6))
    chars=$((chars + $7))
done < "$FOLIO_UPSTREAM_LIST"

if [ "$volumes" -eq 0 ]; then
    echo "no text-stats outputs in $FOLIO_UPSTREAM_LIST" >&2
    exit 3
fi
printf 'w_id\ti_id\tetag\tpages\tpages_with_text\twords\tchars\n' > "$out/report.tsv"
sort "$rows" >> "$out/report.tsv"
{
    echo "volumes: $volumes"
    echo "pages: $pages"
    echo "pages with ground truth: $with_text"
    echo "words of ground truth: $words"
    echo "characters of ground truth: $chars"
} > "$out/report.txt"
cat "$out/report.txt"
