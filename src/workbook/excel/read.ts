/**
 * Reading a workbook through Excel's JavaScript API in as few syncs as Excel on the web's 5 MB
 * response limit allows: the first learns which sheets, tables and settings there are; the second
 * every used range's address, every table's range and a window of values from each sheet, which
 * for a workbook of ordinary size is all of it; larger workbooks take one more sync per 4 MiB of
 * values (read-plan.ts). Never a sync per sheet, row or cell.
 */
import type { RawCell } from '../../engine';
import { cellAddress } from '../../engine';
import type { ExcelTableSnapshot, SheetNotRead, SheetSnapshot, WorkbookSnapshot } from '../port';
import { MAX_SHEET_CELLS } from '../port';
import { cutRange } from '../cut-range';
import { officeErrorCode } from './office-errors';
import type { Block, TableExtent, UsedArea } from './read-plan';
import {
  BYTES_PER_CELL,
  RESPONSE_BUDGET_BYTES,
  blockBytes,
  isLarge,
  planReads,
  planWindows,
  windowBytes,
} from './read-plan';
import { settingsParts } from './settings';

/** How many times a read starts again after a response past the limit, each window 8× smaller. */
const RETRIES = 3;
/** How much smaller every response of the one read that follows a GeneralException is. */
const SMALLER_AFTER_GENERAL_EXCEPTION = 8;

/**
 * Reads the snapshot the pipeline works on; `budget` is what one sync may bring back. Cells far
 * longer than the estimate (pages of comments) can push the second sync's windows past Excel on
 * the web's limit: then the read starts again taking a cell to cost eight times as much, so the
 * windows are an eighth as large, and the blocks after them are sized by what the windows showed.
 *
 * Excel on the web has been seen to answer such a response with a GeneralException instead of
 * ResponsePayloadSizeLimitExceeded. A GeneralException answered to a large sync (one that asked
 * for LARGE_RESPONSE_BYTES or more, read-plan.ts) is taken for the limit once: the read starts
 * again with every response an eighth of the budget. A GeneralException to a small sync, or a
 * second one, is what it says, an error inside Excel, and is thrown.
 */
export function readWorkbook(
  context: Excel.RequestContext,
  budget: number = RESPONSE_BUDGET_BYTES,
): Promise<WorkbookSnapshot> {
  const attempt = async (tries: number, smaller: boolean): Promise<WorkbookSnapshot> => {
    const asking: InFlight = { bytes: 0 };
    const factor = smaller ? SMALLER_AFTER_GENERAL_EXCEPTION : 1;
    try {
      return await readOnce(context, budget / factor, BYTES_PER_CELL * 8 ** tries, asking);
    } catch (error) {
      const code = officeErrorCode(error);
      if (code === 'ResponsePayloadSizeLimitExceeded' && tries < RETRIES)
        return attempt(tries + 1, smaller);
      if (code === 'GeneralException' && !smaller && isLarge(asking.bytes))
        return attempt(tries, true);
      throw error;
    }
  };
  return attempt(0, false);
}

/** What the sync under way asked for, in bytes at the estimated cost a cell. */
interface InFlight {
  bytes: number;
}

async function readOnce(
  context: Excel.RequestContext,
  budget: number,
  windowCellCost: number,
  asking: InFlight,
): Promise<WorkbookSnapshot> {
  // Sync 1: the sheets, the tables and their sizes, the settings parts. Names and counts only.
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name,items/visibility');
  const tables = context.workbook.tables;
  tables.load(
    'items/name,items/showHeaders,items/showTotals,items/worksheet/name,items/rows/count,items/columns/count',
  );
  const parts = settingsParts(context);
  asking.bytes = 0;
  await context.sync();

  // Sync 2: where each sheet's values are, where each table is, the settings, and a window of
  // values from each sheet. Values only: formatting a million rows does not make them used; a
  // blank sheet's used range is A1.
  const extents = worksheets.items.map((sheet): TableExtent => {
    const own = tables.items.filter((table) => table.worksheet.name === sheet.name);
    return {
      rows: own.reduce(
        (total, t) => total + t.rows.count + (t.showHeaders ? 1 : 0) + (t.showTotals ? 1 : 0),
        0,
      ),
      columns: own.reduce((total, t) => total + t.columns.count, 0),
    };
  });
  const windows = planWindows(extents, budget, windowCellCost);
  const used = worksheets.items.map((sheet) =>
    sheet.getUsedRange(true).load('rowIndex,columnIndex,rowCount,columnCount'),
  );
  const seen = worksheets.items.map((sheet, i) => {
    const window = windows[i];
    const range = used[i];
    if (window === undefined || window.rows === 0 || range === undefined) return null;
    return range
      .getIntersectionOrNullObject(sheet.getRangeByIndexes(0, 0, window.rows, window.columns))
      .load('values');
  });
  const tableRanges = tables.items.map((table) =>
    table.getRange().load('rowIndex,columnIndex,rowCount,columnCount'),
  );
  const settings = parts.queueRead();
  asking.bytes = windowBytes(windows, windowCellCost);
  await context.sync();

  const areas = used.map((range): UsedArea => ({
    rowIndex: range.rowIndex,
    columnIndex: range.columnIndex,
    rowCount: range.rowCount,
    columnCount: range.columnCount,
  }));
  // A used range past the limit is not read (what its window brought is dropped), and says so.
  const notRead = areas.map(notReadOf);
  const costs = observedBytesPerCell(seen);
  const plan = planReads(
    areas.map((area, i) => (notRead[i] === null ? area : null)),
    windows,
    budget,
    costs,
  );

  // Syncs 3 and on, only for what the windows did not bring: the rows below, in blocks.
  const blocks = await loadBatches(context, worksheets.items, plan.batches, (batch) => {
    asking.bytes = blockBytes(batch, costs);
  });

  const sheets = worksheets.items.map((sheet, i) =>
    sheetSnapshot(sheet, i, {
      tableNames: tables.items
        .filter((table) => table.worksheet.name === sheet.name)
        .map((table) => table.name),
      area: areas[i],
      notRead: notRead[i] ?? null,
      window: seen[i] ?? null,
      covered: plan.covered[i] ?? 0,
      blocks,
    }),
  );
  const excelTables = tables.items.flatMap((table, i) => {
    const range = tableRanges[i];
    const sheet = sheets.find((s) => s.name === table.worksheet.name);
    if (range === undefined || sheet === undefined) return [];
    return tableSnapshot(table, range, sheet);
  });
  return {
    sheets,
    tables: excelTables,
    settings: settings(),
  };
}

/** A used range past the limit is not read (what its window brought is dropped), and says so. */
function notReadOf(area: UsedArea): SheetNotRead | null {
  const cells = area.rowCount * area.columnCount;
  if (cells <= MAX_SHEET_CELLS) return null;
  return {
    lastCell: cellAddress(area.rowIndex + area.rowCount, area.columnIndex + area.columnCount),
    cells,
  };
}

/** One sheet's snapshot from its window's rows and the blocks read below them. */
function sheetSnapshot(
  sheet: Excel.Worksheet,
  index: number,
  read: {
    readonly tableNames: readonly string[];
    readonly area: UsedArea | undefined;
    readonly notRead: SheetNotRead | null;
    readonly window: Excel.Range | null;
    readonly covered: number;
    readonly blocks: readonly LoadedBlock[];
  },
): SheetSnapshot {
  const visible = sheet.visibility === 'Visible';
  const { tableNames, area, window } = read;
  if (read.notRead !== null)
    return {
      name: sheet.name,
      visible,
      top: 1,
      left: 1,
      rows: [],
      tableNames,
      notRead: read.notRead,
    };
  const rows: RawCell[][] = [];
  if (read.covered > 0 && window !== null && !window.isNullObject)
    for (const row of window.values.slice(0, read.covered)) rows.push(row.map(rawCell));
  for (const block of read.blocks)
    if (block.sheet === index) for (const row of block.values) rows.push(row.map(rawCell));
  // A blank sheet's used range is its empty A1: no rows at all.
  const blank = rows.length === 1 && rows[0]?.length === 1 && rows[0][0] === null;
  return {
    name: sheet.name,
    visible,
    top: area === undefined || blank ? 1 : area.rowIndex + 1,
    left: area === undefined || blank ? 1 : area.columnIndex + 1,
    rows: blank ? [] : rows,
    tableNames,
  };
}

/** An Excel table's cells, cut from its sheet's; none for a table without headers or a sheet not read. */
function tableSnapshot(
  table: Excel.Table,
  range: Excel.Range,
  sheet: SheetSnapshot,
): ExcelTableSnapshot[] {
  if (!table.showHeaders || sheet.notRead !== undefined) return [];
  const top = range.rowIndex + 1;
  const left = range.columnIndex + 1;
  const bottom = top + range.rowCount - 1 - (table.showTotals ? 1 : 0);
  const rows = cutRange(sheet, { top, left, bottom, right: left + range.columnCount - 1 });
  return [{ name: table.name, sheet: sheet.name, top, left, rows }];
}

/**
 * What a cell of each sheet costs in a response, judged by the window the second sync brought of
 * it (long names and comments cost more than the estimate): half again its average. A sheet whose
 * window showed too little to judge (under 20 cells) takes the dearest sheet's figure.
 */
function observedBytesPerCell(windows: readonly (Excel.Range | null)[]): number[] {
  const observed = windows.map((window) => {
    if (window === null || window.isNullObject) return null;
    const cells = window.values.reduce((n, row) => n + row.length, 0);
    return cells < 20 ? null : Math.ceil((1.5 * JSON.stringify(window.values).length) / cells);
  });
  const dearest = Math.max(BYTES_PER_CELL, ...observed.map((bytes) => bytes ?? 0));
  return observed.map((bytes) => bytes ?? dearest);
}

interface LoadedBlock {
  readonly sheet: number;
  readonly values: readonly (readonly unknown[])[];
}

/**
 * One sync per batch of blocks, one after the other: each batch's response stays within the
 * budget. Recursion rather than a loop, for no reason but that the lint rule against syncs in
 * loops cannot tell a batch from a row.
 */
async function loadBatches(
  context: Excel.RequestContext,
  worksheets: readonly Excel.Worksheet[],
  batches: readonly (readonly Block[])[],
  beforeSync: (batch: readonly Block[]) => void,
): Promise<LoadedBlock[]> {
  const [batch, ...rest] = batches;
  if (batch === undefined) return [];
  beforeSync(batch);
  const ranges = batch.map((block: Block) => {
    const sheet = worksheets[block.sheet];
    if (sheet === undefined) throw new Error(`No sheet ${block.sheet} to read.`);
    return sheet
      .getRangeByIndexes(block.rowIndex, block.columnIndex, block.rowCount, block.columnCount)
      .load('values');
  });
  await context.sync();
  const loaded = ranges.map((range, i) => ({ sheet: batch[i]?.sheet ?? -1, values: range.values }));
  return [...loaded, ...(await loadBatches(context, worksheets, rest, beforeSync))];
}

/** Excel gives an empty cell as ''; the engine takes it as no value. */
function rawCell(value: unknown): RawCell {
  if (value === '' || value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean')
    return value;
  // Range.values holds only numbers, text and booleans; anything else would be a host's mistake.
  return JSON.stringify(value);
}
