"""Saving openpyxl workbooks reproducibly, for the fixture scripts beside the tests.

Fixed workbook properties, and the zip rewritten with a fixed timestamp on every entry (openpyxl
stamps each entry with the time of the run), so a fixture comes out the same byte for byte.

    sys.path.insert(0, <repository>/test/support); from reproducible_xlsx import new_workbook, save
"""
import datetime
import zipfile

from openpyxl import Workbook

FIXED = datetime.datetime(2025, 1, 1, 0, 0, 0)
AUTHOR = 'scenario-recalc fixtures'


def stamp(wb, title=None):
    """Sets the properties a fixture must not vary in: author, dates and, if given, title."""
    wb.properties.creator = AUTHOR
    wb.properties.lastModifiedBy = AUTHOR
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    if title is not None:
        wb.properties.title = title
    return wb


def new_workbook(title, empty=False):
    """A workbook with fixed properties; `empty` removes openpyxl's first sheet."""
    wb = Workbook()
    if empty:
        wb.remove(wb.active)
    return stamp(wb, title)


def save(wb, path):
    """Saves, then rewrites the zip with a fixed timestamp on every entry."""
    wb.save(path)
    with zipfile.ZipFile(path) as source:
        entries = [(info.filename, source.read(info.filename)) for info in source.infolist()]
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as target:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=FIXED.timetuple()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            target.writestr(info, data)
    print('wrote', path)
