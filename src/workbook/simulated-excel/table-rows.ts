/**
 * A simulated table's rows: their count, rows added at the end (`rows.add(null, values)`) and a row
 * deleted (`rows.getItemAt(i).delete()`). Excel shifts the cells below a table down when it grows
 * and up when it shrinks; the simulation shifts them up but refuses to grow into a cell that is not
 * empty, so a test can never pass by overwriting what the product promised to leave alone
 * (docs/excel.md, "Where Excel differs").
 */
import type { SimContext } from './host';
import { fail } from './loadable';
import type { SimCellValue, SimSheet, SimTable } from './model';
import { cellKey } from './model';
import { setValue } from './range';
import { SimWorksheet } from './worksheets';

export class SimTableRowCollection {
  constructor(
    private readonly context: SimContext,
    private readonly table: () => SimTable,
    private readonly loadedCount: () => number,
  ) {}

  /** The data rows, once `rows/count` was loaded on the table. */
  get count(): number {
    return this.loadedCount();
  }

  /**
   * Adds rows at the end of the table (index null or -1), each cell taking the format of the cell
   * above it as Excel carries a column's format down; values are taken as `Range.values` takes them.
   */
  add(index?: number | null, values?: SimCellValue[][]): SimTableRow {
    if (index !== undefined && index !== null && index !== -1)
      fail('InvalidArgument', 'The simulation adds table rows only at the end of a table.');
    const rows = values ?? fail('InvalidArgument', 'The simulation adds rows with their values.');
    let firstIndex = 0;
    this.context.enqueue(JSON.stringify(rows).length, () => {
      const table = this.table();
      const sheet = this.writableSheet(table);
      const width = table.right - table.left + 1;
      if (rows.length === 0 || rows.some((row) => row.length !== width))
        fail(
          'InvalidArgument',
          "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
        );
      if (table.showTotals)
        fail('InvalidArgument', 'The simulation cannot add rows above a totals row.');
      const below = table.bottom + 1;
      for (let row = below; row < below + rows.length; row++)
        for (let column = table.left; column <= table.right; column++)
          if (
            (sheet.cells.get(cellKey(row, column))?.value ?? '') !== '' ||
            tableAt(this.context, table, row, column)
          )
            fail(
              'InsertDeleteConflict',
              `The simulation does not shift cells down: ${sheet.name} row ${String(row)} is not empty below table '${table.name}'.`,
            );
      firstIndex = table.bottom - table.top + 1 - (table.showHeaders ? 1 : 0);
      rows.forEach((values, r) => {
        values.forEach((value, c) => {
          const column = table.left + c;
          const above = sheet.cells.get(cellKey(below - 1, column))?.numberFormat ?? 'General';
          const key = cellKey(below + r, column);
          sheet.cells.delete(key);
          if (above !== 'General') sheet.cells.set(key, { value: '', numberFormat: above });
          setValue(sheet, below + r, column, value);
        });
      });
      table.bottom += rows.length;
    });
    return new SimTableRow(this.context, this.table, () => firstIndex, this.writableSheet);
  }

  /** The data row at a 0-based index (looked up when a command on it runs). */
  getItemAt(index: number): SimTableRow {
    return new SimTableRow(this.context, this.table, () => index, this.writableSheet);
  }

  private readonly writableSheet = (table: SimTable): SimSheet =>
    new SimWorksheet(
      this.context,
      () => this.context.host.sheet(table.sheet),
      table.sheet,
    ).writable();
}

export class SimTableRow {
  constructor(
    private readonly context: SimContext,
    private readonly table: () => SimTable,
    private readonly index: () => number,
    private readonly writableSheet: (table: SimTable) => SimSheet,
  ) {}

  /** Deletes the row from the table: the cells below it in the table's columns move up one row. */
  delete(): void {
    this.context.enqueue(8, () => {
      const table = this.table();
      const sheet = this.writableSheet(table);
      const row = table.top + (table.showHeaders ? 1 : 0) + this.index();
      const lastData = table.bottom - (table.showTotals ? 1 : 0);
      if (this.index() < 0 || row > lastData)
        fail('InvalidArgument', `The table '${table.name}' has no row ${String(this.index())}.`);
      if (
        this.context.host.workbook.tables.some(
          (t) =>
            t !== table &&
            t.sheet === table.sheet &&
            t.top > table.bottom &&
            t.left <= table.right &&
            table.left <= t.right,
        )
      )
        fail(
          'InsertDeleteConflict',
          `The simulation does not move the tables below '${table.name}'.`,
        );
      const moved: [string, NonNullable<ReturnType<typeof sheet.cells.get>>][] = [];
      for (const [key, cell] of sheet.cells) {
        const [r = 0, c = 0] = key.split(',').map(Number);
        if (c < table.left || c > table.right || r < row) continue;
        sheet.cells.delete(key);
        if (r > row) moved.push([cellKey(r - 1, c), cell]);
      }
      for (const [key, cell] of moved) sheet.cells.set(key, cell);
      table.bottom -= 1;
    });
  }
}

/** True when another table covers the cell: Excel would move it, the simulation refuses. */
function tableAt(context: SimContext, table: SimTable, row: number, column: number): boolean {
  return context.host.workbook.tables.some(
    (t) =>
      t !== table &&
      t.sheet === table.sheet &&
      t.top <= row &&
      row <= t.bottom &&
      t.left <= column &&
      column <= t.right,
  );
}
