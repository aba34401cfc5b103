/**
 * One random workbook through each door: as the engine's grids, as real .xlsx bytes written by
 * ExcelJS, and as the simulated Excel host's workbook. Plus the checks every door shares: a
 * warning's cell lies in what was read, and the JSON is valid with finite numbers.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { Grid, JsonResult, RawCell, Warning } from '../../src/engine';
import { parseAddress } from '../../src/engine';
import type { SheetSnapshot } from '../../src/workbook/port';
import type { SimWorkbook } from '../../src/workbook/simulated-excel';
import type { SimCell } from '../../src/workbook/simulated-excel/model';
import { excelValue } from '../../src/workbook/simulated-excel/model';
import type { FuzzSheet, FuzzValue, FuzzWorkbook } from './arbitraries';

// ---------------------------------------------------------------------------------------------
// The engine's grids

function rawOf(value: FuzzValue): RawCell {
  switch (value.kind) {
    case 'number':
    case 'text':
    case 'bool':
    case 'date':
      return value.value;
    case 'error':
      return { kind: 'excel-error', code: value.code };
    case 'formula':
      if (value.result === null) return { kind: 'uncalculated', formula: value.formula };
      return typeof value.result === 'object'
        ? { kind: 'excel-error', code: value.result.error }
        : value.result;
  }
}

/** A sheet's used range as a grid, and each Excel table as a grid of its own. */
export function gridsOf(workbook: FuzzWorkbook): Grid[] {
  return workbook.sheets.flatMap((sheet): Grid[] => {
    const used = usedGrid(sheet);
    const tables = sheet.tables.map((table): Grid => ({
      sheet: sheet.name,
      top: table.top,
      left: table.left,
      rows: cut(sheet, table.top, table.left, table.bottom, table.right),
      source: { kind: 'excel-table', name: table.name },
    }));
    return [...tables, used];
  });
}

function usedGrid(sheet: FuzzSheet): Grid {
  if (sheet.cells.length === 0)
    return { sheet: sheet.name, top: 1, left: 1, rows: [], source: { kind: 'sheet' } };
  const rows = sheet.cells.map((c) => c.row);
  const columns = sheet.cells.map((c) => c.column);
  const top = Math.min(...rows);
  const left = Math.min(...columns);
  return {
    sheet: sheet.name,
    top,
    left,
    rows: cut(sheet, top, left, Math.max(...rows), Math.max(...columns)),
    source: { kind: 'sheet' },
  };
}

function cut(
  sheet: FuzzSheet,
  top: number,
  left: number,
  bottom: number,
  right: number,
): RawCell[][] {
  const rows = Array.from({ length: bottom - top + 1 }, () =>
    new Array<RawCell>(right - left + 1).fill(null),
  );
  for (const cell of sheet.cells) {
    const row = rows[cell.row - top];
    if (row !== undefined && cell.column >= left && cell.column <= right)
      row[cell.column - left] = rawOf(cell.value);
  }
  return rows;
}

// ---------------------------------------------------------------------------------------------
// .xlsx bytes

function excelJsValue(value: FuzzValue): ExcelJS.CellValue {
  switch (value.kind) {
    case 'number':
    case 'text':
    case 'bool':
    case 'date':
      return value.value;
    case 'error':
      return { error: value.code as ExcelJS.CellErrorValue['error'] };
    case 'formula':
      return value.result === null
        ? { formula: value.formula }
        : {
            formula: value.formula,
            result:
              typeof value.result === 'object'
                ? { error: value.result.error as ExcelJS.CellErrorValue['error'] }
                : value.result,
          };
  }
}

/**
 * The workbook as an .xlsx file written by ExcelJS. Sheet names that differ only by case, which
 * ExcelJS refuses, are written under a stand-in name and renamed in `workbook.xml` afterwards.
 */
export async function xlsxOf(workbook: FuzzWorkbook): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const renames = new Map<string, string>();
  workbook.sheets.forEach((sheet, i) => {
    const taken = workbook.sheets
      .slice(0, i)
      .some((other) => other.name.toLowerCase() === sheet.name.toLowerCase());
    const name = taken ? `Twin${i}` : sheet.name;
    if (taken) renames.set(name, sheet.name);
    const ws = book.addWorksheet(name);
    for (const cell of sheet.cells) {
      const target = ws.getCell(cell.row, cell.column);
      target.value = excelJsValue(cell.value);
      if (cell.numFmt !== null) target.numFmt = cell.numFmt;
    }
    for (const merge of sheet.merges)
      ws.mergeCells(merge.top, merge.left, merge.bottom, merge.right);
    for (const table of sheet.tables) {
      const rows: ExcelJS.CellValue[][] = [];
      for (let row = table.top + 1; row <= table.bottom; row++) {
        const values: ExcelJS.CellValue[] = [];
        for (let column = table.left; column <= table.right; column++) {
          const cell = sheet.cells.find((c) => c.row === row && c.column === column);
          values.push(cell === undefined ? null : excelJsValue(cell.value));
        }
        rows.push(values);
      }
      ws.addTable({
        name: table.name,
        ref: ws.getCell(table.top, table.left).address,
        headerRow: true,
        columns: table.headers.map((name) => ({ name })),
        rows,
      });
    }
  });
  const bytes = new Uint8Array(await book.xlsx.writeBuffer());
  if (renames.size === 0) return bytes;
  const zip = await JSZip.loadAsync(bytes);
  let xml = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
  for (const [stand, real] of renames)
    xml = xml.replace(`name="${stand}"`, () => `name="${escapeAttribute(real)}"`);
  zip.file('xl/workbook.xml', xml);
  return zip.generateAsync({ type: 'uint8array' });
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

// ---------------------------------------------------------------------------------------------
// The simulated Excel host

/**
 * The workbook as Excel holds it: values as the JavaScript API gives them (errors as their text,
 * dates as serial numbers, a formula as its computed value), number formats, formulas kept.
 */
export function simulatedOf(workbook: FuzzWorkbook): SimWorkbook {
  return {
    sheets: workbook.sheets.map((sheet) => ({
      name: sheet.name,
      visibility: 'Visible',
      protected: false,
      cells: new Map(
        sheet.cells.flatMap(({ row, column, value, numFmt }): [string, SimCell][] => {
          const shown = excelValue(rawOf(value));
          // Excel always has a formula's value; one the file lacked is computed as 0 here.
          const cellValue = value.kind === 'formula' && value.result === null ? 0 : shown;
          const cell: SimCell = { value: cellValue, numberFormat: numFmt ?? 'General' };
          if (value.kind === 'formula') cell.formula = `=${value.formula}`;
          return cellValue === '' ? [] : [[`${row},${column}`, cell]];
        }),
      ),
      columnWidths: new Map(),
      frozenRows: 0,
    })),
    tables: workbook.sheets.flatMap((sheet) =>
      sheet.tables.map((table) => ({
        name: table.name,
        sheet: sheet.name,
        top: table.top,
        left: table.left,
        bottom: table.bottom,
        right: table.right,
        showHeaders: true,
        showTotals: false,
      })),
    ),
    customXmlParts: [],
    activeSheet: workbook.sheets[0]?.name ?? null,
    selection: null,
  };
}

// ---------------------------------------------------------------------------------------------
// Checks every door shares

/** Where a warning's cell should lie: the sheet's read rows and columns. */
export interface ReadArea {
  readonly sheet: string;
  readonly top: number;
  readonly left: number;
  readonly rows: number;
  readonly columns: number;
}

export function areasOfGrids(grids: readonly Grid[]): ReadArea[] {
  return grids.map((grid) => ({
    sheet: grid.sheet,
    top: grid.top,
    left: grid.left,
    rows: grid.rows.length,
    columns: Math.max(0, ...grid.rows.map((row) => row.length)),
  }));
}

export function areasOfSheets(sheets: readonly SheetSnapshot[]): ReadArea[] {
  return areasOfGrids(sheets.map((s) => ({ ...s, sheet: s.name, source: { kind: 'sheet' } })));
}

/**
 * The warnings whose cell is not in what was read (empty when all is well); only a missing
 * table may have no cell.
 */
export function misplacedWarnings(
  warnings: readonly Warning[],
  areas: readonly ReadArea[],
): string[] {
  return warnings.flatMap((warning) => {
    if (warning.at === null) return warning.code === 'MISSING_TABLE' ? [] : [`${warning.code} @ –`];
    const { sheet, cell } = warning.at;
    const address = parseAddress(cell);
    const inside = areas.some(
      (area) =>
        area.sheet === sheet &&
        address !== null &&
        address.row >= area.top &&
        address.row < area.top + area.rows &&
        address.column >= area.left &&
        address.column < area.left + area.columns,
    );
    return inside ? [] : [`${warning.code} @ ${sheet}!${cell}`];
  });
}

/** The places in a JSON result where a number is not finite (JSON has no NaN or Infinity). */
export function jsonProblems(json: JsonResult): string[] {
  const problems: string[] = [];
  const walk = (value: unknown, path: string): void => {
    if (typeof value === 'number' && !Number.isFinite(value)) problems.push(`${path}: ${value}`);
    else if (Array.isArray(value))
      value.forEach((item, i) => {
        walk(item, `${path}[${i}]`);
      });
    else if (typeof value === 'object' && value !== null)
      for (const [key, item] of Object.entries(value)) walk(item, `${path}.${key}`);
  };
  walk(json, '$');
  return problems;
}
