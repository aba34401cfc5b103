#!/bin/sh
# Writes units-msek.libreoffice.xlsx: make-units.py's units-msek.xlsx saved again by LibreOffice
# (see README.md beside this script).
#
#   sh test/workbook/xlsx/units/make-units-libreoffice.sh
#
# Runs make-units.py first (its output is reproducible). LibreOffice stamps its own dates into the
# file: it is reproducible in content only. Needs /usr/bin/python3 with openpyxl and LibreOffice
# (soffice); a private, throw-away UserInstallation keeps it from clashing with a running soffice.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
soffice=${SOFFICE:-soffice}
build=$(mktemp -d "${TMPDIR:-/tmp}/scenario-recalc-units.XXXXXX")
trap 'rm -rf "$build"' EXIT

/usr/bin/python3 "$here/make-units.py"
mkdir -p "$build/out"
"$soffice" "-env:UserInstallation=file://$build/lo-profile" --headless --norestore \
  --convert-to 'xlsx:Calc MS Excel 2007 XML' --outdir "$build/out" "$here/units-msek.xlsx"
mv "$build/out/units-msek.xlsx" "$here/units-msek.libreoffice.xlsx"
echo "wrote $here/units-msek.libreoffice.xlsx"
