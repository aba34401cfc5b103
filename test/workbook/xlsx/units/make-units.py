#!/usr/bin/python3
"""Writes the unit fixtures of test/workbook/xlsx/units/ (see README.md beside this script).

    /usr/bin/python3 test/workbook/xlsx/units/make-units.py

Needs openpyxl (3.0.9 here; /usr/bin/python3 has it, a pyenv python3 may not). Reads the Swedish
example examples/arlig-analys-2025.xlsx (amounts in tkr) and writes, next to this script, the same
data in other units, each unit stated the way a controller states it:

    units-msek.xlsx    every amount in MSEK: the services' and transfers' headers say `(MSEK)`, a
                       title line `Belopp i MSEK` stands above the initiatives, the scenarios'
                       sheet title says `belopp i MSEK`, the driver totals' header `Belopp (MSEK)`;
                       amounts typed as text stay text (`37,9`, `1 088,976`) unless a three-decimal
                       `1,146` would be ambiguous, and become a number then
    units-kr.xlsx      every amount in whole kronor: headers `(kr)` and `(kronor)`, a title line
                       `Alla belopp i kronor` above the initiatives, the sheet title `SEK` above
                       the scenarios
    units-mixed.xlsx   two units in one workbook: the services and the transfers in MSEK (headers),
                       everything else in tkr as in the example (headers and titles say so)

The example's figures must come out of each exactly (1 116 626 tkr, or 1 116,626 MSEK).
make-units-libreoffice.sh saves units-msek.xlsx again with LibreOffice.

The output is reproducible byte for byte: fixed workbook properties, and the zip is rewritten with
a fixed timestamp on every entry. The example is only the source of the figures: the fixtures are
committed and change only when this script is run again.
"""
import os
import re
import sys
from decimal import Decimal

from openpyxl import load_workbook

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', '..', 'support'))
from reproducible_xlsx import stamp, save as save_at  # noqa: E402

ROOT = os.path.abspath(os.path.join(HERE, '..', '..', '..', '..'))
EXAMPLE = os.path.join(ROOT, 'examples', 'arlig-analys-2025.xlsx')

# Header words of the columns that hold amounts (the others hold names, years and words).
AMOUNT_HEADERS = re.compile(
    r'^(Utfall|Budget|Föreslagen budget|Estimerad kostnad|Kostnad|Genomsnittlig påverkan|'
    r'Nettonytta|Bas|Påverkan|Angiven pågående|Angiven föreslagen|Angiven summering|'
    r'Angiven nettonytta|Angiven kostnad|Belopp)'
)
KRONOR_PER = {'kr': 1, 'tkr': 1000, 'MSEK': 1000000}


def save(wb, path):
    save_at(stamp(wb), path)


def parse_swedish(text):
    """A Swedish amount typed as text (`1 088 976`, `-2 050`), or None for a word (`Ej känt`)."""
    plain = text.replace('\u00a0', '').replace(' ', '').replace('\u2212', '-').replace(',', '.')
    try:
        return Decimal(plain)
    except ArithmeticError:
        return None


def swedish_text(value):
    """An amount as a Swedish user types it: `1 088,976`, `37,9`, `-2 050`."""
    sign = '-' if value < 0 else ''
    whole, _, decimals = format(abs(value).normalize(), 'f').partition('.')
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    return sign + ' '.join(groups) + (',' + decimals if decimals else '')


def ambiguous(text):
    """True for `1,146`: the reader cannot tell a decimal comma from an English thousands group."""
    return re.fullmatch(r'-?\d{1,3},\d{3}', text) is not None


def converted(value, unit):
    """A cell of tkr in the unit: a number stays a number, text stays text where it reads safely."""
    factor = Decimal(1000) / KRONOR_PER[unit]
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        scaled = (Decimal(str(value)) * factor).normalize()
        return int(scaled) if scaled == scaled.to_integral_value() else float(scaled)
    if isinstance(value, str):
        amount = parse_swedish(value)
        if amount is None:
            return value
        scaled = (amount * factor).normalize()
        text = swedish_text(scaled)
        if not ambiguous(text):
            return text
        return float(scaled)
    return value


def header_with_unit(header, unit):
    """`Budget 2024` → `Budget 2024 (MSEK)`; a header that states a unit has it replaced."""
    bare = re.sub(r'\s*\((tkr|kr|MSEK|kronor)\)\s*$', '', header)
    return f'{bare} ({unit})'


def convert_table(ws, table, unit, label_headers):
    """Every amount of one Excel table converted into the unit; headers labelled when asked."""
    first, last = table.ref.split(':')
    first_col = re.match(r'[A-Z]+', first).group(0)
    header_row = int(re.search(r'\d+', first).group(0))
    last_row = int(re.search(r'\d+', last).group(0))
    first_index = ws[first_col + '1'].column
    for offset, column in enumerate(table.tableColumns):
        header = column.name
        if not AMOUNT_HEADERS.match(header):
            continue
        cells = ws.iter_rows(
            min_row=header_row + 1,
            max_row=last_row,
            min_col=first_index + offset,
            max_col=first_index + offset,
        )
        for (cell,) in cells:
            cell.value = converted(cell.value, unit)
        if label_headers:
            column.name = header_with_unit(header, unit)
            ws.cell(row=header_row, column=first_index + offset).value = column.name


def tables(wb):
    return {table.name: (ws, table) for ws in wb.worksheets for table in ws.tables.values()}


def msek(path):
    wb = load_workbook(EXAMPLE)
    found = tables(wb)
    for name in ('Tjanster', 'Utvecklingsinsatser', 'Drivare'):
        ws, table = found[name]
        convert_table(ws, table, 'MSEK', label_headers=True)
    for name in ('Forandringsinsatser', 'Scenarier', 'Scenarioinsatser'):
        ws, table = found[name]
        convert_table(ws, table, 'MSEK', label_headers=False)
    # The document's own way: `37,9` typed as text.
    for row in range(2, 6):
        cell = wb['Drivare'].cell(row=row, column=3)
        cell.value = swedish_text(Decimal(str(cell.value)))
    wb['Förändringsinsatser']['A1'] = 'Belopp i MSEK'
    wb['Scenarier']['A1'] = 'Scenarier, belopp i MSEK'
    wb['Anteckningar']['A2'] = 'Underlaget följer Årlig analys 2025 från Intraservice. Alla belopp i MSEK.'
    save(wb, path)


def kronor(path):
    wb = load_workbook(EXAMPLE)
    found = tables(wb)
    for name in ('Tjanster', 'Utvecklingsinsatser'):
        ws, table = found[name]
        convert_table(ws, table, 'kr', label_headers=True)
    ws, table = found['Drivare']
    convert_table(ws, table, 'kr', label_headers=False)
    ws['C1'] = 'Belopp (kronor)'
    table.tableColumns[2].name = 'Belopp (kronor)'
    for name in ('Forandringsinsatser', 'Scenarier', 'Scenarioinsatser'):
        ws, table = found[name]
        convert_table(ws, table, 'kr', label_headers=False)
    wb['Förändringsinsatser']['A1'] = 'Alla belopp i kronor'
    wb['Scenarier']['A1'] = 'Scenarier (SEK)'
    wb['Anteckningar']['A2'] = 'Underlaget följer Årlig analys 2025 från Intraservice. Alla belopp i kronor.'
    save(wb, path)


def mixed(path):
    wb = load_workbook(EXAMPLE)
    found = tables(wb)
    for name in ('Tjanster', 'Utvecklingsinsatser'):
        ws, table = found[name]
        convert_table(ws, table, 'MSEK', label_headers=True)
    wb['Förändringsinsatser']['A1'] = 'Förändringsinsatser (tkr)'
    wb['Scenarier']['A1'] = 'Scenarier (tkr)'
    save(wb, path)


def main():
    msek(os.path.join(HERE, 'units-msek.xlsx'))
    kronor(os.path.join(HERE, 'units-kr.xlsx'))
    mixed(os.path.join(HERE, 'units-mixed.xlsx'))


if __name__ == '__main__':
    main()
