#!/usr/bin/env bash
# Every file of the hostile corpus (tests/hostile/corpus.rs) through the release
# binary, as JSON in both languages: each run must stay within 64 MiB of peak memory
# and 1 s of wall time (GNU time), and exit 0 or 1. A benchmark, not a test: the
# bounds are about this machine's speed, so CI does not run it (docs/performance.md).
# Needs GNU time (Debian package `time`).
set -euo pipefail
cd "$(dirname "$0")/.."
MAX_KIB=${MAX_KIB:-65536}
MAX_SECONDS=${MAX_SECONDS:-1.0}
[ -x /usr/bin/time ] || { echo "needs GNU time (apt-get install time)" >&2; exit 2; }

cargo build --release --quiet --bin kam-advise --example hostile-corpus
bin=$PWD/target/release/kam-advise
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
target/release/examples/hostile-corpus "$dir" > "$dir/.list"

failed=0
printf '%-36s %4s %8s %8s %6s\n' file lang "MiB" seconds exit
while IFS=$'\t' read -r name args; do
    for lang in en zh; do
        # shellcheck disable=SC2086
        ( cd "$dir" && /usr/bin/time -f '%M %e %x' -o "$dir/.time" \
            "$bin" "$name" $args --format json --lang "$lang" >/dev/null 2>&1 ) || true
        # GNU time writes "Command exited with non-zero status N" first: the figures are the last line.
        read -r kib seconds code < <(tail -n 1 "$dir/.time")
        verdict=ok
        if [ "$kib" -gt "$MAX_KIB" ] || awk -v s="$seconds" -v m="$MAX_SECONDS" 'BEGIN { exit !(s > m) }' \
            || { [ "$code" != 0 ] && [ "$code" != 1 ]; }; then
            verdict=OVER
            failed=1
        fi
        printf '%-36s %4s %8.1f %8s %6s %s\n' "$name" "$lang" "$(echo "$kib / 1024" | bc -l)" "$seconds" "$code" "$verdict"
    done
done < "$dir/.list"
if [ "$failed" -ne 0 ]; then
    echo "some corpus files went over ${MAX_KIB} KiB or ${MAX_SECONDS} s, or did not exit 0 or 1" >&2
    exit 1
fi
echo "every corpus file within $((MAX_KIB / 1024)) MiB and ${MAX_SECONDS} s"
