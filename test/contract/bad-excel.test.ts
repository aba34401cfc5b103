/**
 * The product's contract with its users, part 4: what users do to a workbook open in Excel, on the
 * simulated Excel host behind the Office.js adapter (the door the pane and the ribbon use).
 */
import type { SimSheet, SimWorkbook } from '../../src/workbook/simulated-excel';
import {
  cloneWorkbook,
  sheetCells,
  simulatedWorkbookFrom,
} from '../../src/workbook/simulated-excel';
import { WorkbookError } from '../../src/workbook/errors';
import { problemMessage } from '../../src/pipeline/texts';
import { hostAndPort, pipeline } from '../workbook/excel/simulated';
import { analysis, findings } from './build';

const ENGLISH = { language: 'en' } as const;

/** The clean analysis open in Excel, recalculated once so it has its result sheets. */
async function recalculatedWorkbook(): Promise<SimWorkbook> {
  const workbook = simulatedWorkbookFrom({
    sheets: Object.entries(analysis()).map(([name, rows]) => ({
      name,
      visible: true,
      top: 1,
      left: 1,
      rows,
      tableNames: [],
    })),
    tables: [],
    settings: null,
  });
  expect((await pipeline.run(hostAndPort(workbook).port, ENGLISH)).kind).toBe('written');
  return workbook;
}

function sheet(workbook: SimWorkbook, name: string): SimSheet {
  const found = workbook.sheets.find((s) => s.name === name);
  if (found === undefined) throw new Error(`no sheet ${name}`);
  return found;
}

const tablesOn = (workbook: SimWorkbook, name: string): string[] =>
  workbook.tables.filter((t) => t.sheet === name).map((t) => t.name);

describe('result sheets the user has changed', () => {
  it('a result sheet renamed by the user is kept as it is, never read as input, and a new one is written', async () => {
    const workbook = await recalculatedWorkbook();
    sheet(workbook, 'Scenariosummering').name = 'Scenarier november';
    for (const table of workbook.tables)
      if (table.sheet === 'Scenariosummering') table.sheet = 'Scenarier november';
    const kept = sheetCells(sheet(workbook, 'Scenarier november'));
    const outcome = await pipeline.run(hostAndPort(workbook).port, ENGLISH);
    if (outcome.kind !== 'written') throw new Error(outcome.kind);
    expect(findings(outcome.result)).toEqual([]);
    expect(sheetCells(sheet(workbook, 'Scenarier november'))).toEqual(kept);
    expect(tablesOn(workbook, 'Scenariosummering')).toEqual([
      'SR_Scenarios_2',
      'SR_NetBenefit_2',
      'SR_Detail_2',
    ]);
    expect(sheetCells(sheet(workbook, 'Scenariosummering')).I5).toBe(103600);
  });

  it('a result sheet deleted by the user is written again by the next run', async () => {
    const workbook = await recalculatedWorkbook();
    const before = sheetCells(sheet(workbook, 'Kostnadsdrivare'));
    workbook.sheets = workbook.sheets.filter((s) => s.name !== 'Kostnadsdrivare');
    workbook.tables = workbook.tables.filter((t) => t.sheet !== 'Kostnadsdrivare');
    expect((await pipeline.run(hostAndPort(workbook).port, ENGLISH)).kind).toBe('written');
    expect(sheetCells(sheet(workbook, 'Kostnadsdrivare'))).toEqual(before);
    expect(tablesOn(workbook, 'Kostnadsdrivare')).toEqual(['SR_Drivers', 'SR_DriverTotals']);
  });

  it('a protected result sheet stops the run with one sentence naming it, and nothing changes', async () => {
    const workbook = await recalculatedWorkbook();
    sheet(workbook, 'Valideringar').protected = true;
    const before = cloneWorkbook(workbook);
    const error: unknown = await pipeline
      .run(hostAndPort(workbook).port, ENGLISH)
      .catch((e: unknown) => e);
    if (!(error instanceof WorkbookError)) throw error;
    expect(problemMessage(error.problem, error.message, 'en')).toBe(
      'The sheet “Valideringar” is protected; unprotect the result sheets and recalculate.',
    );
    expect(workbook.sheets.map(sheetCells)).toEqual(before.sheets.map(sheetCells));
  });
});

describe('a sheet formatted far beyond its values', () => {
  it('cells formatted down to row 1 048 576 (no values) do not make a used range: the read stays small', async () => {
    const workbook = await recalculatedWorkbook();
    const initiatives = sheet(workbook, 'Insatser');
    for (let column = 1; column <= 26; column++)
      initiatives.cells.set(`1048576,${column}`, { value: '', numberFormat: '#,##0' });
    const { host, port } = hostAndPort(workbook);
    const snapshot = await port.read();
    expect(snapshot.sheets.find((s) => s.name === 'Insatser')?.rows).toHaveLength(3);
    // What comes back is the values, not a million rows of blanks.
    expect(host.stats.responseBytes).toBeLessThan(64 * 1024);
    const outcome = await pipeline.run(hostAndPort(workbook).port, ENGLISH);
    expect(outcome.kind === 'written' && findings(outcome.result)).toEqual([]);
  });
});
