#!/usr/bin/env bash
# The portfolio report (`compare --format html`) in a real browser: prints the
# sample portfolio sheet (examples/portfolio.csv), in English and Chinese, to PDF with
# headless Chromium, and checks what a client would get: a few A4 pages with every
# organisation's name and recommended form in the text (pdftotext). Needs chromium and
# pdftotext (Debian: chromium poppler-utils, and fonts-noto-cjk, without which
# Chinese prints as empty boxes).
#
#   tests/browser/check_portfolio_pdf.sh [BINARY]     # default: target/debug/kam-advise
#
# Exit 0 when both pass, 1 when one fails, 77 when a tool is missing (the caller
# decides whether that is a skip).
set -uo pipefail
check=check_portfolio_pdf
# shellcheck source=tests/browser/setup.sh
source "$(dirname "$0")/setup.sh"
sandbox=()
[ "$(id -u)" -eq 0 ] && sandbox=(--no-sandbox)
export SOURCE_DATE_EPOCH=1795867200 NO_COLOR=1
failures=0
sheet=examples/portfolio.csv

# Entities undone, spaces dropped: a PDF breaks lines (and Chinese has no spaces)
# wherever the layout puts them.
plain() { sed -e 's/&amp;/\&/g; s/&lt;/</g; s/&gt;/>/g; s/&quot;/"/g' | tr -d ' '; }

for lang in en zh; do
    html="$work/portfolio.$lang.html"
    pdf="$work/portfolio.$lang.pdf"
    "$bin" compare "$sheet" --format html --lang "$lang" --output "$html" 2>/dev/null ||
        { echo "FAIL portfolio $lang: kam-advise"; failures=$((failures + 1)); continue; }
    timeout 120 "$browser" --headless "${sandbox[@]}" --disable-gpu --no-pdf-header-footer \
        --user-data-dir="$work/profile" --print-to-pdf="$pdf" "file://$html" >/dev/null 2>&1
    if [ ! -s "$pdf" ]; then
        echo "FAIL portfolio $lang: the browser printed no PDF"
        failures=$((failures + 1))
        continue
    fi
    pages=$(pdfinfo "$pdf" | sed -n 's/^Pages: *//p')
    text=$(pdftotext "$pdf" - | tr -d ' \n\t\f')
    # Each advised row is one line of the page (the first after `<tbody>`):
    # `<tr><td>NAME</td>...<td>FORM<span class="rule">`.
    names=$(sed -n 's:^\(<tbody>\)\{0,1\}<tr><td>\([^<]*\)</td>.*<span class="rule">.*:\2:p' "$html" | plain)
    forms=$(sed -n 's:.*<td>\([^<]*\)<span class="rule">.*:\1:p' "$html" | plain | sort -u)
    problems=()
    [ "$pages" -ge 1 ] && [ "$pages" -le 4 ] || problems+=("$pages pages (1-4 expected)")
    rows=$(printf '%s\n' "$names" | grep -c .)
    [ "$rows" -eq "$(($(grep -c . "$sheet") - 1))" ] || problems+=("$rows rows in the page")
    while IFS= read -r want; do
        [ -n "$want" ] && [[ "$text" == *"$want"* ]] || problems+=("no \"$want\"")
    done <<< "$names"$'\n'"$forms"
    if [ ${#problems[@]} -eq 0 ]; then
        echo "ok   portfolio $lang: $pages pages, $rows organisations"
    else
        echo "FAIL portfolio $lang: ${problems[*]}"
        failures=$((failures + 1))
    fi
done
[ "$failures" -eq 0 ]
