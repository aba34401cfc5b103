/**
 * Reading a workbook through Excel's JavaScript API in two syncs, whatever its size: the first
 * learns which sheets, tables and settings there are, the second fetches every used range and
 * table range at once. Never a sync per sheet, row or cell.
 */
import type { RawCell } from '../../engine';
import type { ExcelTableSnapshot, SheetSnapshot, WorkbookSnapshot } from '../port';
import { SETTINGS_NAMESPACE, settingsFromXml } from '../settings-xml';

/** Reads the snapshot the pipeline works on. */
export async function readWorkbook(context: Excel.RequestContext): Promise<WorkbookSnapshot> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name,items/visibility');
  const tables = context.workbook.tables;
  tables.load('items/name,items/showHeaders,items/showTotals,items/worksheet/name');
  const part = context.workbook.customXmlParts
    .getByNamespace(SETTINGS_NAMESPACE)
    .getOnlyItemOrNullObject();
  await context.sync();

  // Values only: formatting a million rows does not make them used.
  const used = worksheets.items.map((sheet) =>
    sheet.getUsedRangeOrNullObject(true).load('values,rowIndex,columnIndex'),
  );
  const tableRanges = tables.items.map((table) =>
    table.getRange().load('rowIndex,columnIndex,rowCount,columnCount'),
  );
  const xml = part.isNullObject ? null : part.getXml();
  await context.sync();

  const sheets: SheetSnapshot[] = worksheets.items.map((sheet, i) => {
    const range = used[i];
    const rows =
      range === undefined || range.isNullObject ? [] : range.values.map((row) => row.map(rawCell));
    return {
      name: sheet.name,
      visible: sheet.visibility === 'Visible',
      top: range === undefined || range.isNullObject ? 1 : range.rowIndex + 1,
      left: range === undefined || range.isNullObject ? 1 : range.columnIndex + 1,
      rows,
      tableNames: tables.items
        .filter((table) => table.worksheet.name === sheet.name)
        .map((table) => table.name),
    };
  });
  const excelTables: ExcelTableSnapshot[] = tables.items.flatMap((table, i) => {
    const range = tableRanges[i];
    const sheet = sheets.find((s) => s.name === table.worksheet.name);
    if (range === undefined || sheet === undefined || !table.showHeaders) return [];
    const top = range.rowIndex + 1;
    const left = range.columnIndex + 1;
    const rowCount = range.rowCount - (table.showTotals ? 1 : 0);
    const rows: RawCell[][] = [];
    for (let r = 0; r < rowCount; r++) {
      const source = sheet.rows[top + r - sheet.top];
      const cells: RawCell[] = [];
      for (let c = 0; c < range.columnCount; c++)
        cells.push(source?.[left + c - sheet.left] ?? null);
      rows.push(cells);
    }
    return [{ name: table.name, sheet: sheet.name, top, left, rows }];
  });
  return {
    sheets,
    tables: excelTables,
    settings: xml === null ? null : settingsFromXml(xml.value),
  };
}

/** Excel gives an empty cell as ''; the engine takes it as no value. */
function rawCell(value: unknown): RawCell {
  if (value === '' || value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean')
    return value;
  // Range.values holds only numbers, text and booleans; anything else would be a host's mistake.
  return JSON.stringify(value);
}
