#!/bin/sh
# Saves a workbook again with LibreOffice, as a user's "Save as .xlsx" would: its own shared
# strings, styles and merge records, and every formula recalculated on load (so each carries a
# cached value).
#
#   sh test/support/save-with-libreoffice.sh SOURCE.xlsx TARGET.xlsx
#
# Needs LibreOffice (soffice, or $SOFFICE). A private, throw-away UserInstallation keeps it from
# clashing with another running soffice. LibreOffice stamps its own dates into the file: the
# output is reproducible in content only.
set -eu
source=$1
target=$2
soffice=${SOFFICE:-soffice}
build=$(mktemp -d "${TMPDIR:-/tmp}/scenario-recalc-lo.XXXXXX")
trap 'rm -rf "$build"' EXIT

mkdir -p "$build/profile/user" "$build/in" "$build/out"
cat >"$build/profile/user/registrymodifications.xcu" <<'XCU'
<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
XCU
cp "$source" "$build/in/workbook.xlsx"
"$soffice" "-env:UserInstallation=file://$build/profile" --headless --norestore \
  --convert-to 'xlsx:Calc MS Excel 2007 XML' --outdir "$build/out" "$build/in/workbook.xlsx" >/dev/null
mv "$build/out/workbook.xlsx" "$target"
echo "wrote $target"
