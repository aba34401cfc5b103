/**
 * An adoption's rows through the Office.js adapter, on the simulated host: an Excel table grows by
 * them and a plain range gets them below, text as text; the undo removes exactly them; a taken
 * cell, a moved table and an edited cell each refuse with a typed error and change nothing.
 */
import { WorkbookError } from '../../../src/workbook/errors';
import type { AdoptionWrite } from '../../../src/workbook/port';
import type { SimSheet, SimWorkbook } from '../../../src/workbook/simulated-excel';
import { cloneWorkbook, newSheet } from '../../../src/workbook/simulated-excel';
import { cellKey } from '../../../src/workbook/simulated-excel/model';
import { hostAndPort } from './simulated';

/** A sheet `Data` holding a two-column table (header in row 1, two data rows), as an Excel table or not. */
function workbook(asTable: boolean): SimWorkbook {
  const sheet = newSheet('Data');
  const put = (row: number, column: number, value: string | number): void =>
    void sheet.cells.set(cellKey(row, column), { value, numberFormat: 'General' });
  put(1, 1, 'Scenario');
  put(1, 2, 'Förändringsinsats');
  put(2, 1, 1);
  put(2, 2, 'A');
  put(3, 1, 2);
  put(3, 2, 'B');
  return {
    sheets: [sheet],
    tables: asTable
      ? [
          {
            name: 'Insatser',
            sheet: 'Data',
            top: 1,
            left: 1,
            bottom: 3,
            right: 2,
            showHeaders: true,
            showTotals: false,
          },
        ]
      : [],
    customXmlParts: [],
    activeSheet: 'Data',
    selection: null,
  };
}

const write = (asTable: boolean): AdoptionWrite => ({
  table: 'members',
  sheet: 'Data',
  excelTable: asTable ? 'Insatser' : null,
  range: 'A4:B5',
  rows: [
    [4, '=HYPERLINK("x")'],
    [4, '+5'],
  ],
});

function cellsOf(sheet: SimSheet | undefined): [string, unknown][] {
  return [...(sheet?.cells ?? new Map<string, unknown>())].sort(([a], [b]) => a.localeCompare(b));
}

async function problemOf(promise: Promise<unknown>): Promise<unknown> {
  const error: unknown = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof WorkbookError)) throw new Error(`not a workbook error: ${String(error)}`);
  return error.problem;
}

describe.each([true, false])('rows appended (as an Excel table: %s)', (asTable) => {
  it('are written as text where text was given, and the undo removes exactly them', async () => {
    const book = workbook(asTable);
    const before = cellsOf(cloneWorkbook(book).sheets[0]);
    const { port } = hostAndPort(book);
    const written = await port.appendRows?.([write(asTable)]);
    const sheet = book.sheets[0];
    expect(sheet?.cells.get(cellKey(4, 2))).toEqual({
      value: '=HYPERLINK("x")',
      numberFormat: '@',
    });
    expect(sheet?.cells.get(cellKey(5, 2))).toEqual({ value: '+5', numberFormat: '@' });
    expect(sheet?.cells.get(cellKey(5, 1))?.value).toBe(4);
    expect(book.tables[0]?.bottom).toBe(asTable ? 5 : undefined);
    await port.removeRows?.(written ?? []);
    expect(cellsOf(sheet)).toEqual(before);
    expect(book.tables[0]?.bottom).toBe(asTable ? 3 : undefined);
  });

  it('refuse, writing nothing, when a target cell is taken', async () => {
    const book = workbook(asTable);
    book.sheets[0]?.cells.set(cellKey(5, 2), { value: 'kvar', numberFormat: 'General' });
    const before = cellsOf(cloneWorkbook(book).sheets[0]);
    const { port } = hostAndPort(book);
    expect(await problemOf(port.appendRows?.([write(asTable)]) ?? Promise.resolve())).toEqual({
      kind: 'cells-taken',
      sheet: 'Data',
      cell: 'B5',
    });
    expect(cellsOf(book.sheets[0])).toEqual(before);
  });

  it('are not removed once the user edited one of them: the undo changes nothing', async () => {
    const book = workbook(asTable);
    const { host, port } = hostAndPort(book);
    const written = (await port.appendRows?.([write(asTable)])) ?? [];
    host.editCell('Data', 'A5', '7');
    const after = cellsOf(cloneWorkbook(book).sheets[0]);
    expect(await problemOf(port.removeRows?.(written) ?? Promise.resolve())).toEqual({
      kind: 'edited-since',
      sheet: 'Data',
      cell: 'A5',
    });
    expect(cellsOf(book.sheets[0])).toEqual(after);
  });
});

it('refuses when the Excel table no longer ends where the plan saw it', async () => {
  const book = workbook(true);
  const table = book.tables[0];
  if (table !== undefined) table.bottom = 2;
  const { port } = hostAndPort(book);
  expect(await problemOf(port.appendRows?.([write(true)]) ?? Promise.resolve())).toEqual({
    kind: 'table-moved',
    table: 'Insatser',
  });
});

it('refuses to undo into an Excel table with something written under it since: deleting the rows would move it up', async () => {
  const book = workbook(true);
  const { host, port } = hostAndPort(book);
  const written = (await port.appendRows?.([write(true)])) ?? [];
  host.editCell('Data', 'B8', 'Anteckning');
  const after = cellsOf(cloneWorkbook(book).sheets[0]);
  expect(await problemOf(port.removeRows?.(written) ?? Promise.resolve())).toEqual({
    kind: 'written-below',
    sheet: 'Data',
    cell: 'B8',
  });
  expect(cellsOf(book.sheets[0])).toEqual(after);
  expect(book.tables[0]?.bottom).toBe(5);
});

it('undoes into an Excel table when what stands beside it, not under it, goes further down', async () => {
  const book = workbook(true);
  const { host, port } = hostAndPort(book);
  const written = (await port.appendRows?.([write(true)])) ?? [];
  host.editCell('Data', 'D9', 'Bredvid');
  await port.removeRows?.(written);
  expect(book.tables[0]?.bottom).toBe(3);
  expect(book.sheets[0]?.cells.get(cellKey(9, 4))?.value).toBe('Bredvid');
});
