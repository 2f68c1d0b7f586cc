# Shared by the browser checks (check_pdf.sh, check_portfolio_pdf.sh), sourced with
# the check's name in $check and the script's arguments: goes to the repository's
# root and sets $bin (the binary: $1, default target/debug/kam-advise), $browser
# and $work (a scratch directory removed on exit). Exits 77 when chromium or
# poppler-utils is missing (the caller decides whether that is a skip), 1 when the
# binary is.
cd "$(dirname "${BASH_SOURCE[0]}")/../.."

bin=${1:-target/debug/kam-advise}
browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
if [ -z "$browser" ] || ! command -v pdftotext >/dev/null || ! command -v pdfinfo >/dev/null; then
    echo "$check: needs chromium and poppler-utils (pdftotext, pdfinfo)" >&2
    exit 77
fi
if [ ! -x "$bin" ]; then
    echo "$check: no binary at $bin (cargo build first)" >&2
    exit 1
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
