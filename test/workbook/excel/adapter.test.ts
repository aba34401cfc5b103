/**
 * The Office.js adapter against the simulated Excel host: the same grids as the .xlsx reader, a
 * constant number of syncs, requests under 5 MB, and no way to change an input sheet.
 */
import type { RawCell } from '../../../src/engine';
import { WorkbookError } from '../../../src/workbook/errors';
import type { SimWorkbook } from '../../../src/workbook/simulated-excel';
import {
  cloneWorkbook,
  REQUEST_LIMIT_BYTES,
  newSheet,
  sheetCells,
} from '../../../src/workbook/simulated-excel';
import { scaleTables } from '../../../src/workbook/simulated-excel/scale';
import { readXlsx } from '../../../src/workbook/xlsx/read';
import { fixture } from '../xlsx/helpers';
import { hostAndPort, pipeline, simulatedWorkbook, SWEDISH } from './simulated';

const RESULT_SHEETS = ['Scenariosummering', 'Kostnadsdrivare', 'Valideringar', 'Sammanställning'];

/** Every input sheet's cells (not the result sheets'), for before-and-after comparisons. */
function inputCells(workbook: SimWorkbook): Record<string, unknown> {
  return Object.fromEntries(
    workbook.sheets
      .filter((s) => !RESULT_SHEETS.includes(s.name))
      .map((s) => [s.name, sheetCells(s)]),
  );
}

/** The example with its services and initiatives repeated `times` times (new names each time). */
async function grown(times: number): Promise<SimWorkbook> {
  return scaleTables(
    await simulatedWorkbook('examples/arlig-analys-2025.xlsx'),
    ['Tjanster', 'Forandringsinsatser'],
    times,
  );
}

describe('the Office.js adapter', () => {
  it.each([
    'examples/arlig-analys-2025.xlsx',
    'examples/small-english.xlsx',
    'openpyxl-tables.xlsx',
  ])('reads %s to the same grids and tables as the .xlsx reader', async (file) => {
    const { port } = hostAndPort(await simulatedWorkbook(file));
    const viaExcel = await port.read();
    const viaFile = await readXlsx(fixture(file));
    const plain = (rows: readonly (readonly RawCell[])[]) =>
      rows.map((row) => row.map((cell) => (cell === undefined ? null : cell)));
    expect(
      viaExcel.sheets.map((s) => [s.name, s.top, s.left, plain(s.rows), s.tableNames]),
    ).toEqual(viaFile.sheets.map((s) => [s.name, s.top, s.left, plain(s.rows), s.tableNames]));
    expect(viaExcel.tables).toEqual(viaFile.tables);
  });

  it('reads in two syncs, whether the workbook is the example or 100 times larger', async () => {
    const syncsFor = async (workbook: SimWorkbook): Promise<number> => {
      const { host, port } = hostAndPort(workbook);
      await port.read();
      return host.stats.syncs;
    };
    expect(await syncsFor(await grown(1))).toBe(2);
    expect(await syncsFor(await grown(100))).toBe(2);
  });

  it('writes amounts in MSEK with three decimals, the year and the count as before', async () => {
    const workbook = await simulatedWorkbook('examples/arlig-analys-2025.xlsx');
    const outcome = await pipeline.run(hostAndPort(workbook).port, {
      ...SWEDISH,
      settings: { unit: 'MSEK' },
    });
    expect(outcome.kind).toBe('written');
    const summary = workbook.sheets.find((s) => s.name === 'Scenariosummering');
    const cells = sheetCells(summary ?? newSheet('missing'));
    expect([cells.H5, cells.I5]).toEqual([27.65, 1116.626]);
    expect(summary?.cells.get('5,9')?.numberFormat).toBe('#,##0.000');
    expect(summary?.cells.get('5,3')?.numberFormat).toBe('0');
  });

  it('writes the result sheets of the example, with text columns formatted as text before their values', async () => {
    const workbook = await simulatedWorkbook('examples/arlig-analys-2025.xlsx');
    const { port } = hostAndPort(workbook);
    const outcome = await pipeline.run(port, SWEDISH);
    expect(outcome.kind).toBe('written');
    const summary = workbook.sheets.find((s) => s.name === 'Scenariosummering');
    const cells = sheetCells(summary ?? newSheet('missing'));
    expect([cells.A4, cells.I4, cells.I5, cells.I8, cells.I11]).toEqual([
      'Scenario',
      'Summering',
      1116626,
      1121026,
      1094176,
    ]);
    expect([cells.H4, cells.H5, cells.H6]).toEqual(['Över bas', 27650, 11630]);
    expect(summary?.cells.get('5,1')?.numberFormat).toBe('@');
    expect(summary?.cells.get('5,8')?.numberFormat).toBe('#,##0');
    expect(summary?.frozenRows).toBe(4);
    expect(
      workbook.tables.filter((t) => t.name.startsWith('SR_')).map((t) => `${t.sheet}:${t.name}`),
    ).toEqual([
      'Scenariosummering:SR_Scenarios',
      'Scenariosummering:SR_NetBenefit',
      'Scenariosummering:SR_Detail',
      'Kostnadsdrivare:SR_Drivers',
      'Kostnadsdrivare:SR_DriverTotals',
      'Valideringar:SR_Validations',
      'Sammanställning:SR_ReportScenarios',
      'Sammanställning:SR_ReportScenario1',
      'Sammanställning:SR_ReportScenario2',
      'Sammanställning:SR_ReportScenario3',
      'Sammanställning:SR_ReportBridge',
      'Sammanställning:SR_ReportBridgeChart',
    ]);
  });

  it('writes the report: its figures, the link to the validations sheet, no filter buttons, and how it prints', async () => {
    const workbook = await simulatedWorkbook('examples/arlig-analys-2025.xlsx');
    await pipeline.run(hostAndPort(workbook).port, SWEDISH);
    const report = workbook.sheets.find((s) => s.name === 'Sammanställning');
    const cells = sheetCells(report ?? newSheet('missing'));
    expect([cells.E10, cells.E11, cells.E12, cells.F10]).toEqual([
      1116626,
      1121026,
      1094176,
      'okänd',
    ]);
    expect([cells.A46, cells.B46, cells.B52, cells.C52, cells.B53]).toEqual([
      'Budget 2024',
      528415,
      102245,
      99500,
      630660,
    ]);
    // The word for unknown among amounts is aligned with them, and formatted as text like all text.
    expect(report?.cells.get('10,6')).toEqual({
      value: 'okänd',
      numberFormat: '@',
      horizontalAlignment: 'Right',
    });
    expect(report?.cells.get('6,1')).toEqual({
      value: 'Visa alla på bladet Valideringar',
      numberFormat: '@',
    });
    expect([...(report?.hyperlinks ?? [])]).toEqual([['6,1', "'Valideringar'!A1"]]);
    expect(
      workbook.tables.filter((t) => t.sheet === 'Sammanställning').map((t) => t.showFilterButton),
    ).toEqual([false, false, false, false, false, false]);
    expect(report?.print).toEqual({
      orientation: 'Landscape',
      paperSize: 'A4',
      zoom: { horizontalFitToPages: 1 },
      titleRows: '$1:$2',
      leftFooter: cells.A3,
      rightFooter: '&P / &N',
      // The bridge chart's helper cells on a page of their own.
      rowBreaks: [76],
    });
    const summary = workbook.sheets.find((s) => s.name === 'Scenariosummering');
    expect([summary?.print?.zoom, summary?.print?.titleRows]).toEqual([
      { horizontalFitToPages: 1 },
      '$4:$4',
    ]);
    // A rerun rewrites the report, links included, and adds nothing.
    await pipeline.run(hostAndPort(workbook).port, SWEDISH);
    expect(workbook.sheets.filter((s) => s.name === 'Sammanställning')).toHaveLength(1);
    expect([...(report?.hyperlinks ?? [])]).toEqual([['6,1', "'Valideringar'!A1"]]);
  });

  it('writes text that would be a formula as text', async () => {
    const workbook = await simulatedWorkbook('examples/arlig-analys-2025.xlsx');
    const services = workbook.sheets.find((s) => s.name === 'Tjänster');
    services?.cells.set('5,1', {
      value: '=HYPERLINK("http://example.invalid","klicka")',
      numberFormat: '@',
    });
    services?.cells.set('11,1', { value: "+cmd|' /C calc'!A0", numberFormat: '@' });
    const { port } = hostAndPort(workbook);
    await pipeline.run(port, SWEDISH);
    const drivers = workbook.sheets.find((s) => s.name === 'Kostnadsdrivare');
    const written = [...(drivers?.cells.values() ?? [])];
    expect(written.map((cell) => cell.value)).toContain(
      '=HYPERLINK("http://example.invalid","klicka")',
    );
    expect(written.map((cell) => cell.value)).toContain("+cmd|' /C calc'!A0");
    expect(
      workbook.sheets
        .flatMap((s) => [...s.cells.values()])
        .filter((cell) => cell.formula !== undefined),
    ).toEqual([]);
  });

  // The host's limit is scaled down (256 KiB for Excel on the web's 5 MB) so the test stays quick;
  // the splitting is the same at any scale. `npm run bench:excel` shows it at full size.
  const LIMIT = 256 * 1024;

  it('keeps every request under the limit when the result is large, by splitting the write', async () => {
    const { host, port } = hostAndPort(
      await grown(300),
      { requestLimitBytes: LIMIT },
      { requestBudgetBytes: (LIMIT * 4) / 5 },
    );
    const outcome = await pipeline.run(port, SWEDISH);
    expect(outcome.kind).toBe('written');
    expect(host.stats.largestRequestBytes).toBeLessThan(LIMIT);
    expect(host.stats.requestBytes).toBeGreaterThan(4 * LIMIT);
    const summary = host.workbook.sheets.find((s) => s.name === 'Scenariosummering');
    expect(sheetCells(summary ?? newSheet('missing')).I5).toBe(
      outcome.kind === 'written' ? outcome.json.scenarios[0]?.years[0]?.total : null,
    );
    // Some seconds on a busy machine: 300 times the example's lists, read and written.
  }, 30_000);

  it('is refused by the host when one request would carry more than the limit', async () => {
    expect(REQUEST_LIMIT_BYTES).toBe(5 * 1024 * 1024);
    const { port } = hostAndPort(
      await grown(300),
      { requestLimitBytes: LIMIT },
      { requestBudgetBytes: 64 * 1024 * 1024 },
    );
    const error: unknown = await pipeline.run(port, SWEDISH).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookError);
    expect((error as WorkbookError).problem).toEqual({ kind: 'too-large' });
  }, 30_000);

  it('says so in one sentence when Excel sends back less than the read’s budget, after trying again with smaller windows', async () => {
    const { host, port } = hostAndPort(await grown(300), { responseLimitBytes: 128 * 1024 });
    const error: unknown = await port.read().catch((e: unknown) => e);
    expect((error as WorkbookError).problem).toEqual({ kind: 'too-large' });
    // Four tries of at least two syncs each.
    expect(host.stats.syncs).toBeGreaterThanOrEqual(8);
  });

  it('refuses to write into a protected result sheet, naming it, and changes nothing', async () => {
    const workbook = await simulatedWorkbook('examples/arlig-analys-2025.xlsx');
    await pipeline.run(hostAndPort(workbook).port, SWEDISH);
    const validations = workbook.sheets.find((s) => s.name === 'Valideringar');
    if (validations !== undefined) validations.protected = true;
    const before = cloneWorkbook(workbook);
    const error: unknown = await pipeline
      .run(hostAndPort(workbook).port, SWEDISH)
      .catch((e: unknown) => e);
    expect((error as WorkbookError).problem).toEqual({ kind: 'protected', sheet: 'Valideringar' });
    expect(workbook.sheets.map(sheetCells)).toEqual(before.sheets.map(sheetCells));
  });

  it('never touches a foreign sheet with a result sheet’s name', async () => {
    const workbook = await simulatedWorkbook('examples/arlig-analys-2025.xlsx');
    workbook.sheets.push({
      ...newSheet('Kostnadsdrivare'),
      cells: new Map([['1,1', { value: 'mine', numberFormat: 'General' }]]),
    });
    const before = cloneWorkbook(workbook);
    const outcome = await pipeline.run(hostAndPort(workbook).port, SWEDISH);
    expect(outcome).toMatchObject({ kind: 'foreign-sheet', sheet: 'Kostnadsdrivare' });
    expect(workbook.sheets.map(sheetCells)).toEqual(before.sheets.map(sheetCells));
  });

  // A small request budget splits the write into many syncs; found by fuzzing
  // (test/fuzz/nothing-lost.test.ts): a failure between adding a result sheet and adding its
  // tables left a sheet the next run refused as foreign.
  it.each([
    ['in one write', undefined],
    ['in a write split into many syncs', 2048],
  ])(
    'leaves every input sheet intact when a failure strikes at any sync %s, and the next run repairs the results',
    async (_how, requestBudgetBytes) => {
      const portOptions = requestBudgetBytes === undefined ? {} : { requestBudgetBytes };
      const clean = await simulatedWorkbook('examples/arlig-analys-2025.xlsx');
      const probe = hostAndPort(cloneWorkbook(clean), {}, portOptions);
      await pipeline.run(probe.port, SWEDISH);
      const syncs = probe.host.stats.syncs;
      const expected = Object.fromEntries(
        probe.host.workbook.sheets.map((s) => [s.name, sheetCells(s)]),
      );
      expect(syncs).toBeGreaterThanOrEqual(4);
      for (let failAt = 1; failAt <= syncs; failAt++) {
        const workbook = cloneWorkbook(clean);
        const inputs = inputCells(workbook);
        // An error no read tries again (a GeneralException to a read's large sync is taken for a
        // size limit once: chunked-read.test.ts).
        const failing = hostAndPort(
          workbook,
          { failAtSync: failAt, failWith: 'InvalidArgument' },
          portOptions,
        );
        const error: unknown = await pipeline.run(failing.port, SWEDISH).catch((e: unknown) => e);
        expect([failAt, (error as WorkbookError).problem.kind]).toEqual([failAt, 'office']);
        expect(inputCells(workbook)).toEqual(inputs);
        const repaired = hostAndPort(workbook, {}, portOptions);
        expect((await pipeline.run(repaired.port, SWEDISH)).kind).toBe('written');
        expect(Object.fromEntries(workbook.sheets.map((s) => [s.name, sheetCells(s)]))).toEqual(
          expected,
        );
      }
    },
    // Two runs for every sync of a run, each sync a failure point: seconds on a busy machine.
    30_000,
  );

  it('saves the settings where the next read finds them', async () => {
    const workbook = await simulatedWorkbook('examples/arlig-analys-2025.xlsx');
    await pipeline.run(hostAndPort(workbook).port, {
      language: 'sv',
      settings: { tolerance: { amount: 3, unit: 'MSEK' }, unit: 'MSEK' },
    });
    expect((await hostAndPort(workbook).port.read()).settings).toMatchObject({
      tolerance: { amount: 3, unit: 'MSEK' },
      unit: 'MSEK',
    });
    expect(workbook.customXmlParts).toHaveLength(1);
    await pipeline.run(hostAndPort(workbook).port, SWEDISH);
    expect(workbook.customXmlParts).toHaveLength(1);
  });

  it('says Excel is busy when a cell is being edited', async () => {
    const { port } = hostAndPort(await simulatedWorkbook('examples/small-english.xlsx'), {
      cellEditMode: true,
    });
    const error: unknown = await port.read().catch((e: unknown) => e);
    expect((error as WorkbookError).problem).toEqual({ kind: 'cell-edit-mode' });
  });

  it('selects a cell for the user', async () => {
    const workbook = await simulatedWorkbook('examples/arlig-analys-2025.xlsx');
    await hostAndPort(workbook).port.select?.('Scenarier', 'I3');
    expect([workbook.activeSheet, workbook.selection]).toEqual(['Scenarier', 'Scenarier!I3']);
  });
});

describe('adding an alias from a suggestion', () => {
  it('writes the alias into the service’s alias cell, and the next run matches the name', async () => {
    const workbook = await simulatedWorkbook('examples/arlig-analys-2025.xlsx');
    // Take away the alias a controller had given "Stöd i digitalt bevarande".
    const services = workbook.sheets.find((s) => s.name === 'Tjänster');
    for (const [key, cell] of services?.cells ?? [])
      if (cell.value === 'Digitalt bevarande') services?.cells.delete(key);
    const { port } = hostAndPort(workbook);
    const first = await pipeline.run(port, SWEDISH);
    if (first.kind !== 'written') throw new Error(first.kind);
    const warning = first.result.warnings.find(
      (w) => w.code === 'UNKNOWN_SERVICE' && w.name === 'Digitalt bevarande',
    );
    expect(warning?.code === 'UNKNOWN_SERVICE' && warning.candidates[0]).toBe(
      'Stöd i digitalt bevarande',
    );
    const service = first.result.services.find((s) => s.name === 'Stöd i digitalt bevarande');
    expect(service?.aliasAt).toEqual({ sheet: 'Tjänster', cell: 'B23' });
    await port.writeAliases?.(service?.aliasAt ?? { sheet: '', cell: '' }, 'Digitalt bevarande');
    const second = await pipeline.run(port, SWEDISH);
    expect(
      second.kind === 'written' &&
        second.result.warnings.some(
          (w) => w.code === 'UNKNOWN_SERVICE' && w.name === 'Digitalt bevarande',
        ),
    ).toBe(false);
    expect(services?.cells.get('23,2')).toEqual({ value: 'Digitalt bevarande', numberFormat: '@' });
  });
});
