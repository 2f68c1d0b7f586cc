#!/usr/bin/env bash
# Whole-process performance of kam-advise against two floors, measured side by side
# in one run on the same machine (see README, "Performance"):
#   1. one profile          vs  a hello-world Rust binary      (target: <= 1.5x;
#                                                             the HTML report <= 2x)
#   2. 10,000 profiles      vs  merely reading + TOML-parsing them (target: <= 2x)
#   3. peak memory of the 10,000-profile batch                   (target: <= 30 MiB)
# Needs hyperfine (Debian package `hyperfine`) and GNU time (package `time`).
set -euo pipefail
cd "$(dirname "$0")/.."
N=${N:-10000}
for tool in hyperfine /usr/bin/time; do
    command -v "$tool" >/dev/null || { echo "needs $tool (apt-get install hyperfine time)" >&2; exit 2; }
done

cargo build --release --quiet --bin kam-advise --example hello --example parse-baseline
bin=target/release/kam-advise
hello=target/release/examples/hello
parse=target/release/examples/parse-baseline

dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
kinds=(enterprise group multinational public-sector)
for ((i = 0; i < N; i++)); do
    printf 'name = "客户 %05d"\nannual_revenue = "%d万"\nkey_accounts = %d\nkind = "%s"\nindustry = "industry"\nemployees = %d\ncurrent_setup = "sales"\n\n[strategy]\nstrategic_plan = %s\n' \
        "$i" $(((i * 37) % 90000)) $((i % 60)) "${kinds[i % 4]}" $(((i * 13) % 2000)) \
        "$([ $((i % 3)) = 0 ] && echo true || echo false)" > "$dir/p$(printf %05d "$i").toml"
done
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(uname -sr)"
echo "profiles: $N in $dir"
echo

export LANG=C NO_COLOR=1 SOURCE_DATE_EPOCH=1795867200
hyperfine --warmup 20 --runs 300 -N --export-markdown "$dir/one.md" \
    -n hello-world "$hello" \
    -n "kam-advise one profile (table)" "$bin examples/medium-manufacturer.toml" \
    -n "kam-advise one profile (json)" "$bin examples/medium-manufacturer.toml --format json" \
    -n "kam-advise one profile (html)" "$bin examples/medium-manufacturer.toml --format html"
echo
hyperfine --warmup 2 --runs 10 --export-markdown "$dir/batch.md" \
    -n "read + TOML-parse $N files" "$parse $dir" \
    -n "kam-advise $N profiles (json)" "$bin $dir --format json > /dev/null" \
    -n "kam-advise $N profiles (table)" "$bin $dir > /dev/null"
echo
for format in json table; do
    kib=$( { /usr/bin/time -f '%M' "$bin" "$dir" --format "$format" > /dev/null; } 2>&1 | tail -1)
    echo "peak memory, $N profiles ($format): $((kib / 1024)) MiB ($kib KiB)"
done
kib=$( { /usr/bin/time -f '%M' "$parse" "$dir" > /dev/null; } 2>&1 | tail -1)
echo "peak memory, read + TOML-parse baseline: $((kib / 1024)) MiB ($kib KiB)"
