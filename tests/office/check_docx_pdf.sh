#!/usr/bin/env bash
# The Word document in a real office suite: one English and one Chinese report
# converted to PDF by LibreOffice (headless), and pdftotext must find the name, the
# recommended form and a duty in it, as a client reading the PDF would. The PDFs and
# a PNG of each page are left in target/docx-check/ to look at.
# Needs soffice (Debian: libreoffice-writer-nogui), pdftotext and pdftoppm
# (poppler-utils), and a CJK font (fonts-noto-cjk) for the Chinese page.
#
#   tests/office/check_docx_pdf.sh [BINARY]     # default: target/debug/kam-advise
#
# Exit 0 when both pass, 1 when one fails, 77 when a tool is missing.
set -uo pipefail
cd "$(dirname "$0")/../.."

bin=${1:-target/debug/kam-advise}
soffice=$(command -v soffice || command -v libreoffice || true)
if [ -z "$soffice" ] || ! command -v pdftotext >/dev/null || ! command -v pdftoppm >/dev/null; then
    echo "check_docx_pdf: needs soffice (libreoffice-writer-nogui) and poppler-utils" >&2
    exit 77
fi
out=target/docx-check
rm -rf "$out"
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export SOURCE_DATE_EPOCH=1795867200 NO_COLOR=1
failures=0

# One line of the HTML page's text (entities undone): what the DOCX must say too.
field() { # file, sed expression
    sed -n "$2" "$1" | head -1 | sed -e 's/&amp;/\&/g; s/&lt;/</g; s/&gt;/>/g; s/&quot;/"/g; s/&#39;/'"'"'/g'
}

for lang in en zh; do
    stem=large-group
    docx="$out/$stem.$lang.docx"
    html="$work/$stem.$lang.html"
    "$bin" "examples/$stem.toml" --format docx --lang "$lang" > "$docx" || { echo "FAIL $lang: kam-advise"; failures=$((failures + 1)); continue; }
    "$bin" "examples/$stem.toml" --format html --lang "$lang" > "$html"
    # A profile of its own, so that a user's LibreOffice settings play no part.
    timeout 180 "$soffice" -env:UserInstallation="file://$work/lo" --headless \
        --convert-to pdf --outdir "$out" "$docx" >/dev/null 2>&1
    pdf="$out/$stem.$lang.pdf"
    if [ ! -s "$pdf" ]; then
        echo "FAIL $lang: LibreOffice made no PDF"
        failures=$((failures + 1))
        continue
    fi
    pdftoppm -png -r 70 "$pdf" "$out/$stem.$lang"
    text=$(pdftotext "$pdf" - | tr -d ' \n\t\f')
    name=$(field "$html" 's:.*<h1>\(.*\)</h1>.*:\1:p')
    form=$(field "$html" 's:.*<p class="headline">[^<]*<strong>\([^<]*\)</strong>.*:\1:p')
    duty=$(awk '/id="duties"/ { found = 1 } found && /^<ol><li>/ { print; exit }' "$html" |
        sed -e 's:^<ol><li>\([^<]*\) <span.*:\1:' -e 's/&amp;/\&/g')
    problems=()
    for want in "$name" "$form" "$duty"; do
        [ -n "$want" ] && [[ "$text" == *"${want// /}"* ]] || problems+=("no \"$want\"")
    done
    pages=$(pdfinfo "$pdf" 2>/dev/null | sed -n 's/^Pages: *//p')
    if [ ${#problems[@]} -eq 0 ]; then
        echo "ok   $stem $lang: ${pages:-?} pages, name, form and first duty in the PDF's text"
    else
        echo "FAIL $stem $lang: ${problems[*]}"
        failures=$((failures + 1))
    fi
done
echo "pages as pictures: $out/*.png"
[ "$failures" -eq 0 ]
