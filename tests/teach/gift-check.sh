#!/usr/bin/env bash
# Best effort, from .ci/run: parses generated quizzes with the GIFT parser of the npm
# package gift-pegjs (installed under target/, never into the repository) and checks
# that every case has its two questions. Without node, npm or the registry it says so
# and skips; a quiz the parser refuses fails the run.
set -euo pipefail
cd "$(dirname "$0")/../.."

if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    echo "notice: node or npm is not installed: GIFT parser check skipped"
    exit 0
fi
modules=target/gift-check
if [ ! -d "$modules/node_modules/gift-pegjs" ]; then
    mkdir -p "$modules"
    if ! (cd "$modules" && timeout 300 npm install --no-audit --no-fund --silent gift-pegjs@1.0.2 \
            </dev/null >/dev/null 2>&1); then
        echo "notice: npm could not install gift-pegjs: GIFT parser check skipped"
        exit 0
    fi
fi

cargo build --quiet
sets=$(mktemp -d)
trap 'rm -rf "$sets"' EXIT
for lang in en zh; do
    for level in basic mixed hard; do
        target/debug/kam-advise exercise --count 20 --seed 7 --lang "$lang" --level "$level" \
            --output-dir "$sets/$lang-$level" >/dev/null
    done
done
node tests/teach/gift-check.js "$modules/node_modules" "$sets"/*/quiz.gift
