#!/usr/bin/env bash
# Peak memory of `compare` over a 1,000,000-row CSV (see docs/performance.md): CSV,
# JSON Lines and XLSX are written row by row and must not grow with the rows; the
# human formats (table, html) hold their rows and are measured at 100,000.
# Needs GNU time (Debian package `time`). ROWS sets the row count.
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS=${ROWS:-1000000}
command -v /usr/bin/time >/dev/null || { echo "needs GNU time (apt-get install time)" >&2; exit 2; }
cargo build --release --quiet --bin kam-advise
bin=target/release/kam-advise
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
{
    echo "name,annual_revenue,key_accounts,kind,industry,employees,current_setup,strategic_plan"
    awk -v n="$ROWS" 'BEGIN { split("enterprise group multinational public-sector", k, " ");
        for (i = 0; i < n; i++)
            printf "客户 %07d,%d万,%d,%s,industry,%d,sales,%s\n", i, (i * 37) % 90000, i % 60,
                k[i % 4 + 1], (i * 13) % 2000, (i % 3 == 0) ? "true" : "false" }'
} > "$dir/rows.csv"
held=$((ROWS < 100000 ? ROWS : 100000))
head -n $((held + 1)) "$dir/rows.csv" > "$dir/rows100k.csv"
export LANG=C NO_COLOR=1 SOURCE_DATE_EPOCH=1795867200
measure() { # label, args...
    local label=$1; shift
    /usr/bin/time -f "$label: %e s, peak %M KiB" "$bin" "$@" 2>&1 >/dev/null | tail -1
}
for format in csv json xlsx; do
    measure "$ROWS rows, $format, --output" compare "$dir/rows.csv" --format "$format" --output "$dir/out.$format"
done
measure "$ROWS rows, json, stdout" compare "$dir/rows.csv" --format json
for format in table html; do
    measure "$held rows, $format, --output" compare "$dir/rows100k.csv" --format "$format" --output "$dir/out100k.$format"
done
