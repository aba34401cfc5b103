#!/bin/sh
# Writes units-msek.libreoffice.xlsx: make-units.py's units-msek.xlsx saved again by LibreOffice
# (see README.md beside this script).
#
#   sh test/workbook/xlsx/units/make-units-libreoffice.sh
set -eu
here=$(cd "$(dirname "$0")" && pwd)
/usr/bin/python3 "$here/make-units.py"
sh "$here/../../../support/save-with-libreoffice.sh" "$here/units-msek.xlsx" \
  "$here/units-msek.libreoffice.xlsx"
