#!/usr/bin/env bash
# The HTML report in a real browser: prints every example, in English and Chinese,
# to PDF with headless Chromium, and checks what a client would get: a few A4
# pages, with the enterprise's name, the recommended form and a duty in the text
# (pdftotext). Needs chromium and pdftotext (Debian: chromium poppler-utils, and
# fonts-noto-cjk, without which Chinese prints as empty boxes).
#
#   tests/browser/check_pdf.sh [BINARY]     # default: target/debug/kam-advise
#
# Exit 0 when every page passes, 1 when one fails, 77 when a tool is missing
# (the caller decides whether that is a skip).
set -uo pipefail
check=check_pdf
# shellcheck source=tests/browser/setup.sh
source "$(dirname "$0")/setup.sh"
export SOURCE_DATE_EPOCH=1795867200 NO_COLOR=1
failures=0
checked=0

# One line of the page's text, as the page has it (entities undone).
field() { # file, sed expression
    sed -n "$2" "$1" | head -1 | sed -e 's/&amp;/\&/g; s/&lt;/</g; s/&gt;/>/g; s/&quot;/"/g'
}

for profile in examples/*.toml; do
    stem=$(basename "$profile" .toml)
    for lang in en zh; do
        html="$work/$stem.$lang.html"
        pdf="$work/$stem.$lang.pdf"
        "$bin" "$profile" --format html --lang "$lang" > "$html" || { echo "FAIL $stem $lang: kam-advise"; failures=$((failures + 1)); continue; }
        timeout 120 "$browser" --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
            --user-data-dir="$work/profile" --print-to-pdf="$pdf" "file://$html" >/dev/null 2>&1
        if [ ! -s "$pdf" ]; then
            echo "FAIL $stem $lang: the browser printed no PDF"
            failures=$((failures + 1))
            continue
        fi
        pages=$(pdfinfo "$pdf" | sed -n 's/^Pages: *//p')
        # Text without line breaks or spaces: a PDF breaks lines (and Chinese has no
        # spaces) wherever the layout puts them.
        text=$(pdftotext "$pdf" - | tr -d ' \n\t\f')
        name=$(field "$html" 's:.*<h1>\(.*\)</h1>.*:\1:p')
        form=$(field "$html" 's:.*<p class="headline">[^<]*<strong>\([^<]*\)</strong>.*:\1:p')
        problems=()
        [ "$pages" -ge 1 ] && [ "$pages" -le 6 ] || problems+=("$pages pages (1-6 expected)")
        for want in "$name" "$form"; do
            [ -n "$want" ] && [[ "$text" == *"${want// /}"* ]] || problems+=("no \"$want\"")
        done
        # Only a unit has duties: the pages without one point to (三) and (四) of the
        # chapter in the client's words (documents name no command since issue 20).
        if grep -q 'id="duties"' "$html"; then
            # The first item of the list after the duties' heading.
            duty=$(awk '/id="duties"/ { found = 1 } found && /^<ol><li>/ { print; exit }' "$html" |
                sed -e 's:^<ol><li>\([^<]*\) <span.*:\1:' -e 's/&amp;/\&/g')
            [ -n "$duty" ] && [[ "$text" == *"${duty// /}"* ]] || problems+=("no duty \"$duty\"")
        else
            # The page's own pointer (the client's wording, no command), as printed.
            pointer=$(field "$html" 's:.*<p class="pointer">\([^<]*\)</p>.*:\1:p' | tr -d ' ')
            [ -n "$pointer" ] || problems+=("no pointer paragraph in the page")
            [[ "$text" == *"$pointer"* ]] || problems+=("no pointer to the duties")
        fi
        checked=$((checked + 1))
        if [ ${#problems[@]} -eq 0 ]; then
            echo "ok   $stem $lang: $pages pages"
        else
            echo "FAIL $stem $lang: ${problems[*]}"
            failures=$((failures + 1))
        fi
    done
done
echo "$checked pages printed, $failures failed"
[ "$failures" -eq 0 ]
