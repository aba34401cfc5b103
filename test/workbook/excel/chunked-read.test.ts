/**
 * Reading a workbook larger than Excel on the web sends back at once (5 MB a response): the
 * example still in two syncs, a thousand times the example in row blocks under the limit with the
 * same grids, and a used range no analysis has left unread, said at its last cell.
 */
import type { WorkbookSnapshot } from '../../../src/workbook/port';
import { messageFor } from '../../../src/engine';
import { readWorkbook } from '../../../src/workbook/excel/read';
import {
  BYTES_PER_CELL,
  RESPONSE_BUDGET_BYTES,
  planReads,
  planWindows,
} from '../../../src/workbook/excel/read-plan';
import type { UsedArea } from '../../../src/workbook/excel/read-plan';
import type { HostOptions, SimWorkbook } from '../../../src/workbook/simulated-excel';
import {
  REQUEST_LIMIT_BYTES,
  SimulatedExcel,
  cloneWorkbook,
  newSheet,
  simulatedRun,
} from '../../../src/workbook/simulated-excel';
import { scaleTables } from '../../../src/workbook/simulated-excel/scale';
import { hostAndPort, pipeline, simulatedWorkbook, SWEDISH, withLongComments } from './simulated';

const EVERY_LIST = ['Tjanster', 'Forandringsinsatser', 'Scenarier', 'Scenarioinsatser'];

async function example(): Promise<SimWorkbook> {
  return simulatedWorkbook('examples/arlig-analys-2025.xlsx');
}

/** Reads through the adapter on a host with these limits; the snapshot and the host's figures. */
async function read(
  workbook: SimWorkbook,
  options: HostOptions = {},
  budget: number = RESPONSE_BUDGET_BYTES,
): Promise<{ snapshot: WorkbookSnapshot; host: SimulatedExcel }> {
  const host = new SimulatedExcel(workbook, options);
  const snapshot = await simulatedRun(host)((context) => readWorkbook(context, budget));
  return { snapshot, host };
}

/** The same workbook read with no limit on a response, in one fetch of values. */
async function readWhole(workbook: SimWorkbook): Promise<WorkbookSnapshot> {
  return (await read(workbook, { responseLimitBytes: Infinity }, Infinity)).snapshot;
}

const cellCount = (snapshot: WorkbookSnapshot): number =>
  snapshot.sheets.reduce((total, s) => total + s.rows.reduce((n, row) => n + row.length, 0), 0);

describe('reading a workbook in syncs under the response limit', () => {
  it('reads the example in two syncs', async () => {
    const { snapshot, host } = await read(await example());
    expect(host.stats.syncs).toBe(2);
    expect(snapshot).toEqual(await readWhole(await example()));
  });

  it('reads the example a thousand times over (values past 5 MB) in five syncs, each under the limit, to the same snapshot', async () => {
    const workbook = scaleTables(await example(), EVERY_LIST, 1000);
    const { snapshot, host } = await read(workbook);
    // As JSON: a deep comparison of 600 000 cells takes jest longer than the reading.
    expect(JSON.stringify(snapshot)).toBe(JSON.stringify(await readWhole(workbook)));
    expect(host.stats.responseBytes).toBeGreaterThan(REQUEST_LIMIT_BYTES);
    expect(host.stats.largestResponseBytes).toBeLessThan(RESPONSE_BUDGET_BYTES);
    // 606 163 cells at 24 bytes are 3.5 budgets: four syncs of values after the first.
    const cells = cellCount(snapshot);
    expect(cells).toBe(606_163);
    expect(host.stats.syncs).toBe(1 + Math.ceil((cells * BYTES_PER_CELL) / RESPONSE_BUDGET_BYTES));
    // The estimate per cell is conservative against what the host counts it sent back.
    expect(host.stats.responseBytes / cells).toBeLessThan(BYTES_PER_CELL / 2);
  }, 60_000);

  it('keeps each sync under a small limit, whatever the budget allows, with the same grids', async () => {
    const workbook = scaleTables(await example(), EVERY_LIST, 40);
    const budget = 16 * 1024;
    const { snapshot, host } = await read(
      workbook,
      { responseLimitBytes: (budget * 5) / 4 },
      budget,
    );
    expect(snapshot).toEqual(await readWhole(workbook));
    expect(host.stats.largestResponseBytes).toBeLessThan((budget * 5) / 4);
    const cells = cellCount(snapshot);
    const budgets = Math.ceil((cells * BYTES_PER_CELL) / budget);
    expect(budgets).toBeGreaterThan(20);
    // One sync per budget's worth of cells, give or take the windows of the second: not per
    // sheet, not per row.
    expect(host.stats.syncs).toBeGreaterThanOrEqual(1 + budgets);
    expect(host.stats.syncs).toBeLessThanOrEqual(2 + budgets);
  });

  it('reads a value far below the tables in blocks after the window, and a blank sheet as empty', async () => {
    const workbook = await example();
    const notes = workbook.sheets.find((s) => s.name === 'Anteckningar');
    notes?.cells.set('50000,2', { value: 'sist', numberFormat: 'General' });
    workbook.sheets.push(newSheet('Tomt'));
    const { snapshot, host } = await read(workbook);
    expect(snapshot).toEqual(await readWhole(workbook));
    const farDown = snapshot.sheets.find((s) => s.name === 'Anteckningar');
    expect([farDown?.rows.length, farDown?.rows.at(-1)]).toEqual([50_000, [null, 'sist']]);
    expect(snapshot.sheets.find((s) => s.name === 'Tomt')).toMatchObject({
      top: 1,
      left: 1,
      rows: [],
    });
    expect(host.stats.syncs).toBe(3);
  });

  it('reads pages of long comments, far past the estimate a cell, under the limit: once more at a quarter of the budget, then in blocks sized by what a cell cost', async () => {
    const workbook = withLongComments(
      await example(),
      'Kommentar om kostnadsutvecklingen för tjänsten, med bakgrund, beslut och vem som äger frågan. ',
      40,
    );
    const { snapshot, host } = await read(workbook);
    // The first try's window was refused by the host's 5 MB limit; every later response kept to it.
    expect(host.stats.largestResponseBytes).toBeGreaterThan(REQUEST_LIMIT_BYTES);
    expect(host.stats.responseBytes).toBeGreaterThan(3 * REQUEST_LIMIT_BYTES);
    expect(JSON.stringify(snapshot)).toBe(JSON.stringify(await readWhole(workbook)));
  });

  it('reads a sheet of plain ranges whose every cell is a page long, with windows made smaller until they fit', async () => {
    const workbook = cloneWorkbook(await example());
    const pages = newSheet('Sidor');
    const page = 'Lång kommentar om tjänstens kostnader och beslut. '.repeat(88);
    for (let row = 1; row <= 500; row++)
      for (let column = 1; column <= 26; column++)
        pages.cells.set(`${row},${column}`, { value: page, numberFormat: 'General' });
    workbook.sheets.push(pages);
    const { snapshot } = await read(workbook);
    expect(JSON.stringify(snapshot)).toBe(JSON.stringify(await readWhole(workbook)));
  });

  it('leaves a used range of more than five million cells unread, says so at its last cell, and the run still writes', async () => {
    const workbook = cloneWorkbook(await example());
    const notes = workbook.sheets.find((s) => s.name === 'Anteckningar');
    notes?.cells.set('1048576,26', { value: 'x', numberFormat: 'General' });
    const { host, port } = hostAndPort(workbook);
    const snapshot = await port.read();
    expect(snapshot.sheets.find((s) => s.name === 'Anteckningar')).toMatchObject({
      rows: [],
      notRead: { lastCell: 'Z1048576', cells: 1_048_576 * 26 },
    });
    // No row blocks for it: the second sync's windows were all there was to fetch.
    expect(host.stats.syncs).toBe(2);
    expect(host.stats.largestResponseBytes).toBeLessThan(RESPONSE_BUDGET_BYTES);

    const outcome = await pipeline.run(hostAndPort(workbook).port, SWEDISH);
    if (outcome.kind !== 'written') throw new Error(`nothing written: ${outcome.kind}`);
    const notRead = outcome.result.warnings.filter((w) => w.code === 'SHEET_NOT_READ');
    expect(notRead.map((w) => [w.at, messageFor(w, 'en')])).toEqual([
      [
        { sheet: 'Anteckningar', cell: 'Z1048576' },
        'The sheet “Anteckningar” was not read: its used range reaches this cell (27,262,976 cells; the add-in reads at most 5,000,000 from a sheet), so its tables were not read either. If a table of the analysis is on it, remove the stray values out here and recalculate.',
      ],
    ]);
  });
});

describe('the read plan', () => {
  const area = (rowIndex: number, rowCount: number, columnCount: number): UsedArea => ({
    rowIndex,
    columnIndex: 0,
    rowCount,
    columnCount,
  });

  it('gives small sheets their tables whole and large ones the same rows, within the budget', () => {
    const budget = 24 * 10_000;
    const windows = planWindows(
      [
        { rows: 10, columns: 6 },
        { rows: 50_000, columns: 6 },
        { rows: 0, columns: 0 },
      ],
      budget,
    );
    expect(windows).toEqual([
      { rows: 74, columns: 10 },
      { rows: 759, columns: 10 },
      { rows: 64, columns: 26 },
    ]);
    const cells = windows.reduce((total, w) => total + w.rows * w.columns, 0);
    expect(cells * BYTES_PER_CELL).toBeLessThanOrEqual(budget);
  });

  it('shares what the tables leave as more rows for every window', () => {
    expect(planWindows([{ rows: 26, columns: 7 }])).toEqual([{ rows: 15_887, columns: 11 }]);
  });

  it('cuts what the windows did not bring into whole rows, filling each sync, covering every row once', () => {
    const used = [area(2, 100, 7), area(0, 300_000, 8), area(0, 6, 2)];
    const windows = [
      { rows: 200, columns: 10 },
      { rows: 1_000, columns: 10 },
      { rows: 0, columns: 26 },
    ];
    const plan = planReads(used, windows);
    expect(plan.covered).toEqual([100, 1_000, 0]);
    const perSync = Math.floor(RESPONSE_BUDGET_BYTES / BYTES_PER_CELL);
    const rest = 299_000 * 8 + 6 * 2;
    expect(plan.batches.length).toBe(Math.ceil(rest / perSync));
    for (const batch of plan.batches)
      expect(batch.reduce((n, b) => n + b.rowCount * b.columnCount, 0)).toBeLessThanOrEqual(
        perSync,
      );
    const rows = (sheet: number) =>
      plan.batches
        .flat()
        .filter((b) => b.sheet === sheet)
        .map((b) => [b.rowIndex, b.rowCount]);
    const second = rows(1);
    expect(second[0]?.[0]).toBe(1_000);
    second.forEach(([start = 0, count = 0], i) => {
      expect(second[i + 1]?.[0] ?? 300_000).toBe(start + count);
    });
    expect(rows(2)).toEqual([[0, 6]]);
  });

  it('does not cover a used range wider than its window', () => {
    const plan = planReads([area(0, 10, 30)], [{ rows: 100, columns: 26 }]);
    expect(plan).toMatchObject({ covered: [0] });
  });

  it('plans nothing for a sheet that is not to be read', () => {
    expect(planReads([null, area(0, 10, 5)], [])).toEqual({
      covered: [0, 0],
      batches: [[{ sheet: 1, rowIndex: 0, columnIndex: 0, rowCount: 10, columnCount: 5 }]],
    });
  });

  it('gives a row wider than the budget a sync of its own, and never piles more rows onto it', () => {
    const budget = 100 * BYTES_PER_CELL;
    const plan = planReads([area(0, 3, 150), area(0, 40, 5)], [], budget);
    expect(plan.batches.map((batch) => batch.map((b) => [b.sheet, b.rowCount]))).toEqual([
      [[0, 1]],
      [[0, 1]],
      [[0, 1]],
      [[1, 20]],
      [[1, 20]],
    ]);
  });
});
