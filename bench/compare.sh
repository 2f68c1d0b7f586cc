#!/usr/bin/env bash
# Whole-process performance of kam-advise against two floors, measured side by side
# in one run on the same machine (see docs/performance.md):
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

work=$(mktemp -d)
dir=$work/profiles
mkdir "$dir"
trap 'rm -rf "$work"' EXIT
# The binaries are timed from copies made side by side: how the linker wrote a file
# decides how its pages sit in the page cache, and so how many faults loading it
# takes (seen here: 158 for the linked binary, 144 for a copy of it).
cp "$bin" "$work/kam-advise"
cp "$hello" "$work/hello"
bin=$work/kam-advise
hello=$work/hello
sync # what the build wrote, before anything is timed
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(uname -sr)"

export LANG=C NO_COLOR=1 SOURCE_DATE_EPOCH=1795867200
# One profile: a start costs about a millisecond and a shared machine drifts by more
# than the differences measured, so the commands run side by side in ROUNDS rounds
# (the order reversed every other round), and each is reported by the median of its
# rounds' medians, with the ratio to hello-world taken within each round.
ROUNDS=${ROUNDS:-7}
names=(hello-world "one profile (json)" "one profile (table)" "one profile (html)")
commands=("$hello" "$bin examples/medium-manufacturer.toml --format json"
    "$bin examples/medium-manufacturer.toml" "$bin examples/medium-manufacturer.toml --format html")
: > "$work/rounds.tsv"
for ((r = 0; r < ROUNDS; r++)); do
    args=()
    for i in 0 1 2 3; do
        j=$i; [ $((r % 2)) = 1 ] && j=$((3 - i))
        args+=(-n "${names[j]}" "${commands[j]}")
    done
    hyperfine -N --warmup 20 --runs 100 --style none --export-json "$work/round.json" "${args[@]}" >/dev/null
    # hyperfine writes one "command" line and, later, one "median" line per command.
    awk -v round="$r" -F'"' '
        /"command":/ { name = $4 }
        /"median":/ { split($0, m, ": *"); sub(/,.*/, "", m[2]); print round "\t" name "\t" m[2] }
    ' "$work/round.json" >> "$work/rounds.tsv"
done
echo "one profile, $ROUNDS rounds of 100 runs side by side (median of the rounds' medians):"
awk -F'\t' -v order="$(IFS='|'; echo "${names[*]}")" '
    function median(list, n,    i, j, t) {
        for (i = 2; i <= n; i++) for (j = i; j > 1 && list[j-1] > list[j]; j--) { t = list[j]; list[j] = list[j-1]; list[j-1] = t }
        return n % 2 ? list[(n+1)/2] : (list[n/2] + list[n/2+1]) / 2
    }
    { time[$1, $2] = $3; rounds[$1] = 1 }
    END {
        count = split(order, ordered, "|")
        for (o = 1; o <= count; o++) {
            name = ordered[o]
            n = 0; k = 0
            for (r in rounds) { t[++n] = time[r, name]; q[++k] = time[r, name] / time[r, "hello-world"] }
            printf "  %-22s %6.0f us   %.2fx hello-world\n", name, median(t, n) * 1e6, median(q, k)
        }
    }' "$work/rounds.tsv"

# The profiles are written after the one-profile runs, and flushed before the
# batch runs, so that writing them back does not run beside a measurement.
kinds=(enterprise group multinational public-sector)
for ((i = 0; i < N; i++)); do
    printf 'name = "客户 %05d"\nannual_revenue = "%d万"\nkey_accounts = %d\nkind = "%s"\nindustry = "industry"\nemployees = %d\ncurrent_setup = "sales"\n\n[strategy]\nstrategic_plan = %s\n' \
        "$i" $(((i * 37) % 90000)) $((i % 60)) "${kinds[i % 4]}" $(((i * 13) % 2000)) \
        "$([ $((i % 3)) = 0 ] && echo true || echo false)" > "$dir/p$(printf %05d "$i").toml"
done
sync
echo "profiles: $N in $dir"
echo
hyperfine --warmup 2 --runs 10 --export-markdown "$work/batch.md" \
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
