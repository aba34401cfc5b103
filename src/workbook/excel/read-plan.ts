/**
 * How reading a workbook through Excel's JavaScript API is split into syncs, so that no response
 * outgrows what Excel on the web sends back at once (5 MB). Pure arithmetic on sizes: the reader
 * (read.ts) asks Excel, this decides how much to ask for in each sync.
 *
 * Excel names a sheet's used range only in the sync after the sheets are known, so the second
 * sync cannot wait for it: it fetches, besides every used range's address, a window from A1 of
 * each sheet, sized from the sheet's Excel tables and together within the budget. A workbook of
 * ordinary size is then read whole in two syncs; what lies outside the windows comes in row
 * blocks, as many per sync as the budget holds.
 */

/** What one sync may bring back: well under Excel on the web's 5 MB, leaving room for overhead. */
export const RESPONSE_BUDGET_BYTES = 4 * 1024 * 1024;

/**
 * A sync that asks for this much or more (at the estimated cost a cell) is large: a
 * GeneralException answered to it may be Excel on the web's response limit under another name
 * (read.ts). A quarter of the budget: a smaller response would pass the 5 MB limit only if its
 * cells cost nearly five times the estimate, already twice what the example's cells cost. The
 * second sync's windows fill the budget, so a GeneralException there always counts as large; the
 * first sync (names and counts), the retry's own windows and a last short block do not.
 */
export const LARGE_RESPONSE_BYTES = RESPONSE_BUDGET_BYTES / 4;

/** Whether a sync that asked for this many bytes is large. */
export function isLarge(bytes: number): boolean {
  return bytes >= LARGE_RESPONSE_BYTES;
}

/**
 * What one cell is taken to cost in a response. The example averages about 12 bytes (a number,
 * a name, an empty string and their commas in JSON); twice that leaves room for long text and
 * numbers written with 17 digits.
 */
export const BYTES_PER_CELL = 24;

const EXCEL_ROWS = 1_048_576;
const EXCEL_COLUMNS = 16_384;
/** A window's rows beyond its tables': title rows, notes, a total row typed under a table. */
const MARGIN_ROWS = 64;
/** A window's columns beyond its tables': a table need not start in column A. */
const MARGIN_COLUMNS = 4;
/** A sheet without Excel tables gets A to Z, and as many rows as the budget allows. */
const COLUMNS_WITHOUT_TABLES = 26;

/** The Excel tables of one sheet, added up: their rows (header and totals included) and columns. */
export interface TableExtent {
  readonly rows: number;
  readonly columns: number;
}

/** The rectangle from A1 whose values the second sync fetches (0 rows: none). */
export interface Window {
  readonly rows: number;
  readonly columns: number;
}

/** A used range as Excel gives it: 0-based indexes of its top left cell, and its size. */
export interface UsedArea {
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

/** Rows of one sheet's used range fetched in one go, at 0-based sheet indexes. */
export interface Block {
  readonly sheet: number;
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

/** `covered[i]`: the rows of sheet i's used range its window brought; `batches`: one per sync. */
export interface ReadPlan {
  readonly covered: readonly number[];
  readonly batches: readonly (readonly Block[])[];
}

/**
 * The windows of the second sync: every sheet's tables and a margin if they fit in the budget,
 * with what is left shared out as more rows; otherwise the same number of rows for every sheet
 * too large for that, so small sheets still come whole.
 * @example planWindows([{ rows: 26, columns: 7 }], 4 * 1024 * 1024)[0] → { rows: 15_887, columns: 11 }
 */
export function planWindows(
  sheets: readonly TableExtent[],
  budget: number = RESPONSE_BUDGET_BYTES,
  cellCost: number = BYTES_PER_CELL,
): Window[] {
  const columns = sheets.map((t) =>
    Math.min(EXCEL_COLUMNS, t.columns === 0 ? COLUMNS_WITHOUT_TABLES : t.columns + MARGIN_COLUMNS),
  );
  const wanted = sheets.map((t) => Math.min(EXCEL_ROWS, t.rows + MARGIN_ROWS));
  let cells = Math.floor(budget / cellCost);
  let width = columns.reduce((total, c) => total + c, 0);
  const rows = new Array<number>(sheets.length).fill(0);
  // Smallest windows first: each gets what it wants while the rest could still get as much.
  const order = sheets.map((_, i) => i).sort((a, b) => (wanted[a] ?? 0) - (wanted[b] ?? 0));
  for (const i of order) {
    const want = wanted[i] ?? 0;
    const c = columns[i] ?? 0;
    const level = width === 0 ? 0 : Math.floor(cells / width);
    rows[i] = Math.min(want, level);
    cells -= (rows[i] ?? 0) * c;
    width -= c;
  }
  // What is left makes every window taller alike: free unless the used range reaches so far.
  const total = columns.reduce((sum, c) => sum + c, 0);
  const extra = total === 0 ? 0 : Math.floor(cells / total);
  return sheets.map((_, i) => {
    const r = rows[i] ?? 0;
    return {
      rows: r < (wanted[i] ?? 0) ? r : Math.min(EXCEL_ROWS, r + extra),
      columns: columns[i] ?? 0,
    };
  });
}

/** What the second sync's windows ask for at most (Excel sends only their used part), in bytes. */
export function windowBytes(windows: readonly Window[], cellCost: number = BYTES_PER_CELL): number {
  return windows.reduce((total, w) => total + w.rows * w.columns, 0) * cellCost;
}

/** What a sync of these blocks asks for, a cell of sheet i costing `bytesPerCell[i]` or more. */
export function blockBytes(batch: readonly Block[], bytesPerCell: readonly number[] = []): number {
  return batch.reduce(
    (total, b) =>
      total +
      b.rowCount *
        b.columnCount *
        Math.max(BYTES_PER_CELL, bytesPerCell[b.sheet] ?? BYTES_PER_CELL),
    0,
  );
}

/** The rows of a used range that a window from A1 brings whole (all its columns), from its top. */
export function coveredRows(used: UsedArea, window: Window): number {
  if (used.columnIndex + used.columnCount > window.columns) return 0;
  return Math.max(0, Math.min(used.rowCount, window.rows - used.rowIndex));
}

/**
 * The syncs after the second: the rows no window brought, in blocks of whole rows, as many per
 * sync as the budget holds, a cell of sheet i costing `bytesPerCell[i]` (what its window showed,
 * when more than the estimate). A null area (a sheet not to be read) gets none.
 * @example planReads([{ rowIndex: 0, columnIndex: 0, rowCount: 300_000, columnCount: 7 }], [{ rows: 0, columns: 0 }]).batches.length → 13
 */
export function planReads(
  used: readonly (UsedArea | null)[],
  windows: readonly Window[],
  budget: number = RESPONSE_BUDGET_BYTES,
  bytesPerCell: readonly number[] = [],
): ReadPlan {
  const covered = used.map((area, i) =>
    area === null ? 0 : coveredRows(area, windows[i] ?? { rows: 0, columns: 0 }),
  );
  const batches: Block[][] = [];
  let batch: Block[] = [];
  let room = budget;
  used.forEach((area, sheet) => {
    if (area === null) return;
    const rowBytes =
      area.columnCount * Math.max(BYTES_PER_CELL, bytesPerCell[sheet] ?? BYTES_PER_CELL);
    let next = covered[sheet] ?? 0;
    while (next < area.rowCount) {
      let rowCount = Math.min(area.rowCount - next, Math.floor(room / rowBytes));
      if (rowCount <= 0 && batch.length > 0) {
        batches.push(batch);
        batch = [];
        room = budget;
        continue;
      }
      // A single row wider than the budget still has to come (16 384 columns is under 400 kB).
      rowCount = Math.max(1, rowCount);
      batch.push({
        sheet,
        rowIndex: area.rowIndex + next,
        columnIndex: area.columnIndex,
        rowCount,
        columnCount: area.columnCount,
      });
      room -= rowCount * rowBytes;
      next += rowCount;
    }
  });
  if (batch.length > 0) batches.push(batch);
  return { covered, batches };
}
