/**
 * Reading an .xlsx file into a snapshot, values as Excel shows them: a formula's cached result
 * (never its text; 0, false and the empty text are results too), rich text as plain text, dates as
 * dates, error values as errors, a merged range once (at its top-left cell).
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { RawCell } from '../../engine';
import { cellAddress, parseAddress } from '../../engine';
import { WorkbookError } from '../errors';
import { cutRange } from '../cut-range';
import type { ExcelTableSnapshot, SheetSnapshot, WorkbookSnapshot } from '../port';
import { MAX_SHEET_CELLS } from '../port';
import { emptyTextFormulas } from './cached-text';
import { normaliseForExcelJs } from './normalise-package';
import { unescapeXml } from './package-paths';
import { readSettingsPart } from './settings-part';

/** ExcelJS's cell type for the non-top-left cells of a merged range. */
const MERGE_TYPE = 1;

/**
 * Reads a workbook's sheets, Excel tables and saved settings.
 * @example const snapshot = await readXlsx(await readFile('analys.xlsx'))
 */
export async function readXlsx(bytes: Uint8Array): Promise<WorkbookSnapshot> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw new WorkbookError({ kind: 'not-a-workbook' });
  }
  // A zip without a workbook part is no workbook (a Word document renamed .xlsx, say).
  if (zip.file('xl/workbook.xml') === null || zip.file('[Content_Types].xml') === null) {
    throw new WorkbookError({ kind: 'not-a-workbook' });
  }
  const settings = await readSettingsPart(zip);
  const facts = await tableFacts(zip);
  const changed = await normaliseForExcelJs(zip);
  const workbook = new ExcelJS.Workbook();
  try {
    const input = changed ? await zip.generateAsync({ type: 'uint8array' }) : bytes;
    // Validations and conditional formats are never read here, and ExcelJS expands a whole-column
    // validation into a million entries (about 127 MB): it is told to skip them.
    await workbook.xlsx.load(input as unknown as ArrayBuffer, {
      ignoreNodes: ['dataValidations', 'conditionalFormatting'],
    });
  } catch (error) {
    throw new WorkbookError({
      kind: 'unreadable',
      detail: error instanceof Error ? error.message : String(error),
    });
  }

  const sheets: SheetSnapshot[] = [];
  const tables: ExcelTableSnapshot[] = [];
  for (const worksheet of workbook.worksheets) {
    const sheet = readSheet(worksheet, await shownCells(zip, worksheet));
    // Every table's name (a result sheet is known by them, also when it was not read); the rows
    // only of the tables of a sheet that was.
    const sheetTables = sheet.notRead === undefined ? readTables(worksheet, sheet, facts) : [];
    sheets.push({ ...sheet, tableNames: tableModels(worksheet).map((model) => model.name) });
    tables.push(...sheetTables);
  }
  return { sheets, tables, settings };
}

interface ShownCell {
  readonly row: number;
  readonly column: number;
  readonly value: RawCell;
}

/**
 * The cells of a sheet that show something. A formula without a result in ExcelJS is looked up in
 * the sheet's XML, once per sheet and only then: it may have cached the empty text.
 */
async function shownCells(zip: JSZip, worksheet: ExcelJS.Worksheet): Promise<ShownCell[]> {
  const cells: ShownCell[] = [];
  const withoutResult = new Map<string, ShownCell>();
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      if ((cell.type as number) === MERGE_TYPE) return;
      const value = cellValue(cell);
      // Formatting alone does not make a used range: only cells that show something count.
      if (value === null || value === undefined || value === '') return;
      const shown = { row: rowNumber, column, value };
      cells.push(shown);
      if (typeof value === 'object' && 'kind' in value && value.kind === 'uncalculated')
        withoutResult.set(cell.address, shown);
    });
  });
  if (withoutResult.size === 0) return cells;
  const emptyText = await emptyTextFormulas(zip, worksheet.name);
  const empty = new Set([...emptyText].map((address) => withoutResult.get(address)));
  return empty.size === 0 ? cells : cells.filter((cell) => !empty.has(cell));
}

function readSheet(
  worksheet: ExcelJS.Worksheet,
  cells: readonly ShownCell[],
): Omit<SheetSnapshot, 'tableNames'> {
  let top = Infinity;
  let left = Infinity;
  let bottom = 0;
  let right = 0;
  for (const { row, column } of cells) {
    top = Math.min(top, row);
    left = Math.min(left, column);
    bottom = Math.max(bottom, row);
    right = Math.max(right, column);
  }
  const size = (bottom - top + 1) * (right - left + 1);
  if (cells.length === 0 || size > MAX_SHEET_CELLS)
    return {
      name: worksheet.name,
      visible: worksheet.state === 'visible',
      top: 1,
      left: 1,
      rows: [],
      ...(cells.length === 0
        ? {}
        : { notRead: { lastCell: cellAddress(bottom, right), cells: size } }),
    };
  const rows: RawCell[][] = Array.from({ length: bottom - top + 1 }, () =>
    new Array<RawCell>(right - left + 1).fill(null),
  );
  for (const { row, column, value } of cells) {
    const target = rows[row - top];
    if (target !== undefined) target[column - left] = value;
  }
  return { name: worksheet.name, visible: worksheet.state === 'visible', top, left, rows };
}

function readTables(
  worksheet: ExcelJS.Worksheet,
  sheet: Omit<SheetSnapshot, 'tableNames'>,
  facts: ReadonlyMap<string, TableFacts>,
): ExcelTableSnapshot[] {
  const result: ExcelTableSnapshot[] = [];
  for (const model of tableModels(worksheet)) {
    const [from, to] = (model.tableRef ?? model.ref ?? '').split(':');
    const start = parseAddress(from ?? '');
    const end = parseAddress(to ?? '');
    // ExcelJS reads a missing headerRowCount as "no header row", but the default is 1, and Excel
    // leaves it out: the counts come from the table part itself.
    const counts = facts.get(model.name) ?? { headerRows: 1, totalsRows: 0 };
    if (start === null || end === null || counts.headerRows === 0) continue;
    const range = {
      top: start.row,
      left: start.column,
      bottom: end.row - counts.totalsRows,
      right: end.column,
    };
    result.push({
      name: model.name,
      sheet: worksheet.name,
      top: start.row,
      left: start.column,
      rows: cutRange(sheet, range),
    });
  }
  return result;
}

/** The Excel tables of a worksheet, as ExcelJS models them. */
function tableModels(worksheet: ExcelJS.Worksheet): TableModel[] {
  // The typings lack `tables`; at run time it maps each table's name to a Table with a `model`.
  const byName = (worksheet as unknown as { tables: Record<string, { model: TableModel }> }).tables;
  return Object.values(byName).map((table) => table.model);
}

interface TableFacts {
  readonly headerRows: number;
  readonly totalsRows: number;
}

/** Header and totals row counts of every table part, by table name (defaults 1 and 0). */
async function tableFacts(zip: JSZip): Promise<Map<string, TableFacts>> {
  const facts = new Map<string, TableFacts>();
  for (const name of Object.keys(zip.files).filter((n) => /^xl\/tables\/[^/]+\.xml$/.test(n))) {
    const xml = (await zip.file(name)?.async('string')) ?? '';
    const open = /<(?:\w+:)?table\b[^>]*>/.exec(xml)?.[0] ?? '';
    const attr = (key: string): string | undefined =>
      new RegExp(`\\b${key}="([^"]*)"`).exec(open)?.[1];
    const tableName = attr('name');
    if (tableName === undefined) continue;
    facts.set(unescapeXml(tableName), {
      headerRows: Number(attr('headerRowCount') ?? '1'),
      totalsRows: Number(attr('totalsRowCount') ?? '0'),
    });
  }
  return facts;
}

interface TableModel {
  readonly name: string;
  readonly tableRef?: string;
  readonly ref?: string;
  readonly headerRow?: boolean;
  readonly totalsRow?: boolean;
}

/**
 * A cell as the engine takes it. A formula gives its cached result: `cell.result`, because
 * ExcelJS's `cell.value` copies only truthy fields and so drops a cached 0, false or ''.
 */
function cellValue(cell: ExcelJS.Cell): RawCell {
  if (cell.type !== ExcelJS.ValueType.Formula) return rawValue(cell.value);
  const result = resultOf(cell);
  if (result !== null) return rawValue(result);
  // A file written by a script and never opened in Excel has formulas without computed values
  // (or the formula cached the empty text, which only the sheet's XML tells: shownCells).
  return { kind: 'uncalculated', formula: formulaOf(cell.value) };
}

/** A formula cell's cached result, or null for none. */
function resultOf(cell: ExcelJS.Cell): ExcelJS.CellValue {
  // The typings say a number, a text or a date; at run time it may also be a boolean, an error
  // value, or undefined for no cached result.
  const result = cell.result as ExcelJS.CellValue | undefined;
  return result ?? null;
}

/** A cell value as the engine takes it. */
function rawValue(value: ExcelJS.CellValue): RawCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean')
    return value;
  if (value instanceof Date) return value;
  if ('error' in value) return { kind: 'excel-error', code: value.error };
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  // A formula is read by cellValue, which knows the cell; a result is never itself a formula.
  if ('formula' in value || 'sharedFormula' in value) return null;
  if ('hyperlink' in value)
    return typeof value.text === 'string' ? value.text : rawValue(value.text);
  return null;
}

function formulaOf(value: ExcelJS.CellValue): string {
  if (typeof value === 'object' && value !== null && 'formula' in value) return value.formula;
  if (typeof value === 'object' && value !== null && 'sharedFormula' in value)
    return value.sharedFormula;
  return '';
}
