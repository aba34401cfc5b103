/**
 * An adoption's writes into input tables through Office.js, and their undo: rows appended below
 * the scenario and member tables (an Excel table grows by `rows.add`, a plain range gets its
 * values), text always as text. Each is checked in one sync before anything changes: the
 * target cells empty and the table where the plan saw it; the undo, that every cell still holds
 * exactly what was written.
 */
import { cellAddress, parseRange } from '../../engine';
import type { CellRange } from '../../engine';
import { WorkbookError } from '../errors';
import type { AdoptionCell, AdoptionWrite } from '../port';

interface Target {
  readonly write: AdoptionWrite;
  readonly bounds: CellRange;
  readonly range: Excel.Range;
  readonly table: Excel.Table | null;
  readonly tableRange: Excel.Range | null;
}

/**
 * Appends the rows of an adoption, or writes nothing when a cell is taken or a table moved.
 * @example await appendRows(context, plan.writes) // resolves with the writes and their formats before
 */
export async function appendRows(
  context: Excel.RequestContext,
  writes: readonly AdoptionWrite[],
): Promise<readonly AdoptionWrite[]> {
  const targets = writes.map((write) => target(context, write));
  const above = targets.map(({ write, bounds }) => {
    // The row above the new ones: an Excel table's last row, whose formats its new rows carry on.
    const range = context.workbook.worksheets
      .getItem(write.sheet)
      .getRange(
        `${cellAddress(bounds.top - 1, bounds.left)}:${cellAddress(bounds.top - 1, bounds.right)}`,
      );
    range.load('numberFormat');
    return range;
  });
  for (const { range } of targets) range.load('values,numberFormat');
  await context.sync();

  for (const t of targets) {
    checkTable(t, t.bounds.top - 1);
    const taken = firstCell(t, (value) => value !== '');
    if (taken !== null)
      throw new WorkbookError({ kind: 'cells-taken', sheet: t.write.sheet, cell: taken });
  }
  // Read now: once the formats below are set, the proxy's loaded value is no longer the one before.
  const formatsBefore = targets.map((t) => formatsOf(t.range));
  targets.forEach((t, w) => {
    const before = formatsBefore[w] ?? [];
    const aboveFormats = above[w] === undefined ? [] : (formatsOf(above[w])[0] ?? []);
    const formats = t.write.rows.map((row, r) =>
      row.map((value, c) => {
        // Text as text: `=…`, `+5` or `1e3` stays what was written, never a formula or a number.
        if (typeof value === 'string') return '@';
        const kept = t.table === null ? before[r]?.[c] : aboveFormats[c];
        return kept === undefined || (kept === '@' && value !== null) ? 'General' : kept;
      }),
    );
    if (t.table !== null)
      t.table.rows.add(
        undefined,
        t.write.rows.map((row) => row.map(() => '')),
      );
    t.range.numberFormat = formats;
    t.range.values = t.write.rows.map((row) => row.map((value) => value ?? ''));
  });
  await context.sync();
  return targets.map((t, w) => ({ ...t.write, formatsBefore: formatsBefore[w] ?? [] }));
}

/**
 * Removes exactly what an adoption appended, or changes nothing when a cell was edited since.
 * @example await removeRows(context, receipt.writes)
 */
export async function removeRows(
  context: Excel.RequestContext,
  writes: readonly AdoptionWrite[],
): Promise<void> {
  const targets = writes.map((write) => target(context, write));
  for (const { range } of targets) range.load('values');
  // A table's rows deleted move up what stands under it in its columns: only nothing may stand
  // there. What a sheet holds ends at its used range (values only).
  const used = targets.map((t) =>
    t.table === null
      ? null
      : context.workbook.worksheets.getItem(t.write.sheet).getUsedRangeOrNullObject(true),
  );
  for (const range of used) range?.load('address');
  await context.sync();

  for (const t of targets) {
    checkTable(t, t.bounds.bottom);
    const edited = firstCell(t, (value, written) => !same(value, written));
    if (edited !== null)
      throw new WorkbookError({ kind: 'edited-since', sheet: t.write.sheet, cell: edited });
  }
  const below = targets.map((t, i) => {
    const range = used[i];
    const last =
      range === null || range === undefined || range.isNullObject
        ? null
        : parseRange(range.address);
    if (last === null || last.bottom <= t.bounds.bottom) return null;
    const cells = context.workbook.worksheets
      .getItem(t.write.sheet)
      .getRange(
        `${cellAddress(t.bounds.bottom + 1, t.bounds.left)}:${cellAddress(last.bottom, t.bounds.right)}`,
      );
    cells.load('values');
    return cells;
  });
  if (below.some((cells) => cells !== null)) {
    await context.sync();
    for (const [i, cells] of below.entries()) {
      const t = targets[i];
      if (cells === null || t === undefined) continue;
      const values = cells.values as unknown[][];
      for (const [r, row] of values.entries())
        for (const [c, value] of row.entries())
          if (value !== '' && value !== null)
            throw new WorkbookError({
              kind: 'written-below',
              sheet: t.write.sheet,
              cell: cellAddress(t.bounds.bottom + 1 + r, t.bounds.left + c),
            });
    }
  }
  // The last writes first: an Excel table's row indexes above the deleted ones stay as they were.
  for (const t of [...targets].reverse()) {
    if (t.table !== null && t.tableRange !== null) {
      const header = parseRange(t.tableRange.address)?.top ?? t.bounds.top;
      // Data rows count from the row under the header (every table the plan grows has one).
      const first = t.bounds.top - header - 1;
      for (let row = t.bounds.bottom - t.bounds.top; row >= 0; row--)
        t.table.rows.getItemAt(first + row).delete();
    } else {
      t.range.numberFormat =
        t.write.formatsBefore?.map((row) => [...row]) ??
        t.write.rows.map((row) => row.map(() => 'General'));
      t.range.values = t.write.rows.map((row) => row.map(() => ''));
    }
  }
  await context.sync();
}

/** A loaded range's number formats as text (Office.js types them `any`). */
function formatsOf(range: Excel.Range): string[][] {
  return (range.numberFormat as unknown[][]).map((row) => row.map((format) => String(format)));
}

function target(context: Excel.RequestContext, write: AdoptionWrite): Target {
  const bounds = parseRange(write.range);
  if (bounds === null || bounds.top < 2)
    throw new Error(`An adoption's range is not below a table: ${write.range}.`);
  const sheet = context.workbook.worksheets.getItem(write.sheet);
  const range = sheet.getRange(write.range);
  const table = write.excelTable === null ? null : sheet.tables.getItem(write.excelTable);
  const tableRange = table === null ? null : table.getRange();
  tableRange?.load('address');
  return { write, bounds, range, table, tableRange };
}

/** An Excel table must end at `bottom` and span the write's columns, as the plan saw it. */
function checkTable(t: Target, bottom: number): void {
  if (t.tableRange === null || t.write.excelTable === null) return;
  const at = parseRange(t.tableRange.address);
  if (
    at === null ||
    at.bottom !== bottom ||
    at.left !== t.bounds.left ||
    at.right !== t.bounds.right
  )
    throw new WorkbookError({ kind: 'table-moved', table: t.write.excelTable });
}

/** The address of the first cell (row by row) whose loaded value and written cell match `test`. */
function firstCell(
  t: Target,
  test: (value: unknown, written: AdoptionCell) => boolean,
): string | null {
  const values = t.range.values;
  for (let r = 0; r < t.write.rows.length; r++) {
    const row = t.write.rows[r] ?? [];
    for (let c = 0; c < row.length; c++)
      if (test(values[r]?.[c], row[c] ?? null))
        return cellAddress(t.bounds.top + r, t.bounds.left + c);
  }
  return null;
}

/** Whether a cell holds what was written: '' for nothing, the text as text, the number. */
function same(value: unknown, written: AdoptionCell): boolean {
  return written === null ? value === '' : value === written;
}
