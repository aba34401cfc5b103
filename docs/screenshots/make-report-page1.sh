#!/bin/sh
# Renders the report's first printed page, as LibreOffice prints the recalculated example, to
# docs/screenshots/report-page1.png. Needs LibreOffice (soffice) and poppler-utils (pdftotext,
# pdftoppm). The report is the workbook's last sheet, so its first page is found by its title.
set -eu
cd "$(dirname "$0")/../.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
npx ts-node --transpile-only src/cli/main.ts examples/arlig-analys-2025.xlsx --out "$work/example.xlsx" >/dev/null
soffice "-env:UserInstallation=file://$work/profile" --headless --norestore \
  --convert-to pdf --outdir "$work" "$work/example.xlsx" >/dev/null
page=$(pdftotext -layout "$work/example.pdf" - |
  awk 'BEGIN { RS = "\f" } /Sammanställning av scenarier och kostnadsdrivare/ { print NR; exit }')
pdftoppm -png -r 60 -f "$page" -l "$page" -singlefile "$work/example.pdf" docs/screenshots/report-page1
echo "docs/screenshots/report-page1.png: page $page of $(pdfinfo "$work/example.pdf" | awk '/^Pages/ { print $2 }')"
