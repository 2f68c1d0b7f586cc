#!/usr/bin/env bash
# Portfolios from sheets against the same profiles as TOML files, whole process,
# side by side in one run (see docs/performance.md):
#   1. N rows of a CSV, JSON Lines    vs  N profiles as TOML files   (target: <= 1.2x)
#   2. N rows of an XLSX, JSON Lines  vs  N profiles as TOML files   (target: <= 2x)
#   3. peak memory of the CSV at N and 10 N rows (streaming: it must not grow)
# Needs hyperfine (Debian package `hyperfine`) and GNU time (package `time`).
set -euo pipefail
cd "$(dirname "$0")/.."
N=${N:-10000}
for tool in hyperfine /usr/bin/time; do
    command -v "$tool" >/dev/null || { echo "needs $tool (apt-get install hyperfine time)" >&2; exit 2; }
done

cargo build --release --quiet --bin kam-advise --example csv-to-xlsx
bin=target/release/kam-advise

dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
mkdir "$dir/toml"
kinds=(enterprise group multinational public-sector)
header="name,annual_revenue,key_accounts,kind,industry,employees,current_setup,strategic_plan"
make_csv() { # rows file
    echo "$header" > "$2"
    for ((i = 0; i < $1; i++)); do
        printf '客户 %05d,%d万,%d,%s,industry,%d,sales,%s\n' \
            "$i" $(((i * 37) % 90000)) $((i % 60)) "${kinds[i % 4]}" $(((i * 13) % 2000)) \
            "$([ $((i % 3)) = 0 ] && echo true || echo false)"
    done >> "$2"
}
make_csv "$N" "$dir/clients.csv"
make_csv $((N * 10)) "$dir/clients10.csv"
# The same rows as TOML files, one per profile.
tail -n +2 "$dir/clients.csv" | awk -F, -v d="$dir/toml" '{
    f = sprintf("%s/p%05d.toml", d, NR - 1)
    printf "name = \"%s\"\nannual_revenue = \"%s\"\nkey_accounts = %s\nkind = \"%s\"\nindustry = \"%s\"\nemployees = %s\ncurrent_setup = \"%s\"\n\n[strategy]\nstrategic_plan = %s\n", $1, $2, $3, $4, $5, $6, $7, $8 > f
    close(f)
}'
target/release/examples/csv-to-xlsx "$dir/clients.csv" "$dir/clients.xlsx"

# Same advice, whatever the input (the source aside).
diff <("$bin" "$dir/toml" --format json | sed 's/"source":"[^"]*",//') \
     <("$bin" "$dir/clients.csv" --format json | sed 's/"source":"[^"]*",//') >/dev/null \
    || { echo "CSV and TOML advice differ" >&2; exit 1; }
diff <("$bin" "$dir/toml" --format json | sed 's/"source":"[^"]*",//') \
     <("$bin" "$dir/clients.xlsx" --format json | sed 's/"source":"[^"]*",//') >/dev/null \
    || { echo "XLSX and TOML advice differ" >&2; exit 1; }

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(uname -sr)"
echo "rows: $N; files: $(du -h "$dir/clients.csv" | cut -f1) CSV, $(du -h "$dir/clients.xlsx" | cut -f1) XLSX"
echo
export LANG=C NO_COLOR=1
hyperfine --warmup 2 --runs 10 \
    -n "$N TOML files (json)" "$bin $dir/toml --format json > /dev/null" \
    -n "$N-row CSV (json)" "$bin $dir/clients.csv --format json > /dev/null" \
    -n "$N-row XLSX (json)" "$bin $dir/clients.xlsx --format json > /dev/null"
echo
for input in toml clients.csv clients10.csv clients.xlsx; do
    kib=$( { /usr/bin/time -f '%M' "$bin" "$dir/$input" --format json > /dev/null; } 2>&1 | tail -1)
    echo "peak memory, $input: $((kib / 1024)) MiB ($kib KiB)"
done
