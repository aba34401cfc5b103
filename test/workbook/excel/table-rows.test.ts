/**
 * The simulated host's table rows, as strict as Excel and stricter where Excel would shift cells:
 * a count only once loaded, rows added at the end taking the format above them, a refusal to grow
 * into a cell that is not empty, and a row deleted with the cells below moving up.
 */
import type { SimWorkbook } from '../../../src/workbook/simulated-excel';
import { newSheet, SimulatedExcel } from '../../../src/workbook/simulated-excel';
import { cellKey } from '../../../src/workbook/simulated-excel/model';
import type { SimTableProxy } from '../../../src/workbook/simulated-excel/tables';

function book(): SimWorkbook {
  const sheet = newSheet('Data');
  sheet.cells.set(cellKey(1, 1), { value: 'Namn', numberFormat: 'General' });
  sheet.cells.set(cellKey(2, 1), { value: 'A', numberFormat: '@' });
  return {
    sheets: [sheet],
    tables: [
      {
        name: 'T',
        sheet: 'Data',
        top: 1,
        left: 1,
        bottom: 2,
        right: 1,
        showHeaders: true,
        showTotals: false,
      },
    ],
    customXmlParts: [],
    activeSheet: 'Data',
    selection: null,
  };
}

async function withTable(
  workbook: SimWorkbook,
  batch: (table: SimTableProxy) => void,
): Promise<unknown> {
  const host = new SimulatedExcel(workbook);
  return host
    .run(async (context) => {
      batch(context.workbook.tables.getItem('t'));
      await context.sync();
    })
    .then(
      () => null,
      (error: unknown) => (error as { code?: string }).code,
    );
}

describe('a simulated table’s rows', () => {
  it('give their count only once loaded', async () => {
    const host = new SimulatedExcel(book());
    await host.run(async (context) => {
      const table = context.workbook.tables.getItem('T');
      expect(() => table.rows.count).toThrow(/not available/);
      table.load('rows/count');
      await context.sync();
      expect(table.rows.count).toBe(1);
    });
  });

  it('grow at the end, each new cell taking the format above it', async () => {
    const workbook = book();
    expect(
      await withTable(workbook, (t) => void t.rows.add(undefined, [['B'], ['1e3']])),
    ).toBeNull();
    expect(workbook.tables[0]?.bottom).toBe(4);
    expect(workbook.sheets[0]?.cells.get(cellKey(4, 1))).toEqual({
      value: '1e3',
      numberFormat: '@',
    });
  });

  it('refuse to grow into a cell that is not empty, where Excel would shift it down', async () => {
    const workbook = book();
    workbook.sheets[0]?.cells.set(cellKey(4, 1), { value: 'Not', numberFormat: 'General' });
    expect(await withTable(workbook, (t) => void t.rows.add(undefined, [['B'], ['C']]))).toBe(
      'InsertDeleteConflict',
    );
    expect(workbook.tables[0]?.bottom).toBe(2);
    expect(workbook.sheets[0]?.cells.get(cellKey(3, 1))).toBeUndefined();
  });

  it('delete a row, the cells below in the table’s columns moving up', async () => {
    const workbook = book();
    workbook.sheets[0]?.cells.set(cellKey(5, 1), { value: 'Under', numberFormat: 'General' });
    expect(
      await withTable(workbook, (t) => {
        t.rows.getItemAt(0).delete();
      }),
    ).toBeNull();
    expect(workbook.tables[0]?.bottom).toBe(1);
    expect(workbook.sheets[0]?.cells.get(cellKey(2, 1))).toBeUndefined();
    expect(workbook.sheets[0]?.cells.get(cellKey(4, 1))?.value).toBe('Under');
    expect(
      await withTable(workbook, (t) => {
        t.rows.getItemAt(0).delete();
      }),
    ).toBe('InvalidArgument');
  });
});
