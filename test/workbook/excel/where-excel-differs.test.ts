/**
 * Where Excel is stricter or stranger than a lenient simulation would be, on a simulated host that
 * behaves as Excel does: a GeneralException for an oversized response, a null object for two
 * settings parts, tables and defined names in one namespace, screen updating suspended once, and
 * text that Excel takes for a formula, a number or a boolean unless its cell is formatted as text.
 */
import { problemMessage } from '../../../src/pipeline/texts';
import { WorkbookError } from '../../../src/workbook/errors';
import { readWorkbook } from '../../../src/workbook/excel/read';
import { LARGE_RESPONSE_BYTES, RESPONSE_BUDGET_BYTES } from '../../../src/workbook/excel/read-plan';
import { saveSettings } from '../../../src/workbook/excel/settings';
import { freeTableNames } from '../../../src/workbook/table-names';
import type { StoredSettings } from '../../../src/workbook/settings';
import { DEFAULT_SETTINGS } from '../../../src/workbook/settings';
import { SETTINGS_NAMESPACE, settingsXml } from '../../../src/workbook/settings-xml';
import type { SimWorkbook } from '../../../src/workbook/simulated-excel';
import {
  REQUEST_LIMIT_BYTES,
  SimulatedExcel,
  cloneWorkbook,
  newSheet,
  sheetCells,
  simulatedRun,
} from '../../../src/workbook/simulated-excel';
import { scaleTables } from '../../../src/workbook/simulated-excel/scale';
import { hostAndPort, pipeline, simulatedWorkbook, SWEDISH, withLongComments } from './simulated';

async function example(): Promise<SimWorkbook> {
  return simulatedWorkbook('examples/arlig-analys-2025.xlsx');
}

/** The host's error, or a failure of the test if there was none. */
async function failure(promise: Promise<unknown>): Promise<WorkbookError> {
  const error: unknown = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof WorkbookError)) throw new Error(`not a workbook error: ${String(error)}`);
  return error;
}

describe('a GeneralException answered to a read', () => {
  /** The example with a sheet of 3 000 rows of long comments: its window passes 5 MB. */
  async function withComments(): Promise<SimWorkbook> {
    return withLongComments(
      await example(),
      'Kommentar om kostnadsutvecklingen, med bakgrund, beslut och vem som äger frågan. ',
      45,
    );
  }

  it('to a large sync is taken for the size limit once: the read starts again smaller and gets the same snapshot', async () => {
    const workbook = await withComments();
    const host = new SimulatedExcel(cloneWorkbook(workbook), {
      oversizedResponse: 'GeneralException',
    });
    const snapshot = await simulatedRun(host)((context) => readWorkbook(context));
    const whole = await simulatedRun(
      new SimulatedExcel(cloneWorkbook(workbook), { responseLimitBytes: Infinity }),
    )((context) => readWorkbook(context, Infinity));
    expect(JSON.stringify(snapshot)).toBe(JSON.stringify(whole));
    // The first try's second sync was refused (its response passed 5 MB); the second try's
    // responses each kept to an eighth of the budget, give or take the cost a cell was judged at.
    expect(host.stats.largestResponseBytes).toBeGreaterThan(REQUEST_LIMIT_BYTES);
    expect(host.stats.responseBytes - host.stats.largestResponseBytes).toBeGreaterThan(
      REQUEST_LIMIT_BYTES,
    );
  });

  it('a second time is the error it is, in one sentence, after exactly one smaller try', async () => {
    const workbook = scaleTables(await example(), ['Tjanster', 'Forandringsinsatser'], 300);
    const { host, port } = hostAndPort(workbook, {
      oversizedResponse: 'GeneralException',
      responseLimitBytes: 64 * 1024,
    });
    const error = await failure(port.read());
    expect(error.problem).toMatchObject({ kind: 'office', code: 'GeneralException' });
    // Two syncs a try: the first try's second sync, then the smaller try's, were refused.
    expect(host.stats.syncs).toBe(4);
    expect(problemMessage(error.problem, '', 'en')).toBe(
      'Excel could not complete the request (GeneralException, an error inside Excel); no input sheet was changed. Recalculate; if it happens again, close and reopen the workbook, or recalculate in Excel for Windows or Mac or with the command line.',
    );
    expect(problemMessage(error.problem, '', 'sv')).toMatch(
      /^Excel kunde inte slutföra anropet \(GeneralException, ett fel inne i Excel\); inget indatablad ändrades\./,
    );
  }, 30_000);

  it('to the first sync (names and counts) is not taken for a size limit: no second try', async () => {
    const { host, port } = hostAndPort(await example(), {
      failAtSync: 1,
      failWith: 'GeneralException',
    });
    const error = await failure(port.read());
    expect(error.problem).toMatchObject({ kind: 'office', code: 'GeneralException' });
    expect(host.stats.syncs).toBe(1);
  });

  it('to a small block of rows after the windows is not taken for a size limit either', async () => {
    const workbook = await example();
    // A value below the window: one block of about 4 000 rows of two columns, far under 1 MiB.
    const notes = workbook.sheets.find((s) => s.name === 'Anteckningar');
    notes?.cells.set('20000,2', { value: 'sist', numberFormat: 'General' });
    const probe = hostAndPort(cloneWorkbook(workbook));
    const snapshot = await probe.port.read();
    expect(probe.host.stats.syncs).toBe(3);
    expect(probe.host.stats.largestResponseBytes).toBeLessThan(LARGE_RESPONSE_BYTES);
    expect(snapshot.sheets.find((s) => s.name === 'Anteckningar')?.rows.at(-1)).toEqual([
      null,
      'sist',
    ]);

    const { host, port } = hostAndPort(workbook, { failAtSync: 3, failWith: 'GeneralException' });
    const error = await failure(port.read());
    expect(error.problem).toMatchObject({ kind: 'office', code: 'GeneralException' });
    expect(host.stats.syncs).toBe(3);
  });

  it('counts a quarter of the budget and more as large', () => {
    expect(LARGE_RESPONSE_BYTES).toBe(RESPONSE_BUDGET_BYTES / 4);
  });
});

describe('two settings parts', () => {
  const older: StoredSettings = { ...DEFAULT_SETTINGS, unit: 'MSEK', tolerance: null };
  const newer: StoredSettings = {
    ...DEFAULT_SETTINGS,
    unit: 'tkr',
    tolerance: { amount: 2, unit: 'tkr' },
  };

  /** The example holding these settings parts, in this order (the last added last). */
  async function withParts(...xmls: string[]): Promise<SimWorkbook> {
    const workbook = await example();
    workbook.customXmlParts = xmls.map((xml, i) => ({
      id: `{dup-${String(i + 1)}}`,
      namespace: SETTINGS_NAMESPACE,
      xml,
    }));
    return workbook;
  }

  it('give a null object from getOnlyItemOrNullObject, as in Excel, not an error', async () => {
    const host = new SimulatedExcel(await withParts(settingsXml(older), settingsXml(newer)));
    const isNull = await simulatedRun(host)(async (context) => {
      const part = context.workbook.customXmlParts
        .getByNamespace(SETTINGS_NAMESPACE)
        .getOnlyItemOrNullObject();
      await context.sync();
      return part.isNullObject;
    });
    expect(isNull).toBe(true);
  });

  it('read as the newest (the last added), and a read changes neither part', async () => {
    const workbook = await withParts(settingsXml(older), settingsXml(newer));
    const before = cloneWorkbook(workbook).customXmlParts;
    const { port } = hostAndPort(workbook);
    expect((await port.read()).settings).toMatchObject({
      unit: 'tkr',
      tolerance: { amount: 2, unit: 'tkr' },
    });
    expect(workbook.customXmlParts).toEqual(before);
  });

  it('read as the newest holding settings when the last holds none', async () => {
    const empty = `<?xml version="1.0"?><other xmlns="${SETTINGS_NAMESPACE}"/>`;
    const { port } = hostAndPort(await withParts(settingsXml(newer), empty));
    expect((await port.read()).settings).toMatchObject({ unit: 'tkr' });
  });

  it('become one on the next run’s write, holding what the run saved, and stay one', async () => {
    const workbook = await withParts(settingsXml(older), settingsXml(newer));
    const outcome = await pipeline.run(hostAndPort(workbook).port, {
      ...SWEDISH,
      settings: { unit: 'MSEK' },
    });
    expect(outcome.kind).toBe('written');
    expect(workbook.customXmlParts.map((p) => p.id)).toEqual(['{dup-2}']);
    const { port } = hostAndPort(workbook);
    // The newest part's tolerance was read, kept, and written back with the unit of this run.
    expect((await port.read()).settings).toMatchObject({
      unit: 'MSEK',
      tolerance: { amount: 2, unit: 'tkr' },
    });
    await pipeline.run(hostAndPort(workbook).port, SWEDISH);
    expect(workbook.customXmlParts).toHaveLength(1);
  });

  it('become one when the pane saves the settings, which the next read finds', async () => {
    const workbook = await withParts(settingsXml(older), settingsXml(newer), settingsXml(older));
    const host = new SimulatedExcel(workbook);
    await simulatedRun(host)((context) => saveSettings(context, { ...newer, unit: 'MSEK' }));
    // Two syncs to save: look up, write.
    expect(host.stats.syncs).toBe(2);
    expect(workbook.customXmlParts).toHaveLength(1);
    expect((await hostAndPort(workbook).port.read()).settings).toMatchObject({ unit: 'MSEK' });
  });

  it('are never made by the adapter: a workbook without settings gets one part, however often it is saved', async () => {
    const workbook = await example();
    expect(workbook.customXmlParts).toEqual([]);
    const { port } = hostAndPort(workbook);
    await port.saveSettings?.(newer);
    await port.saveSettings?.(older);
    await pipeline.run(hostAndPort(workbook).port, SWEDISH);
    expect(workbook.customXmlParts).toHaveLength(1);
  });
});

describe('table names and defined names, one namespace', () => {
  it('the simulated host refuses a table named as a defined name of any scope, as Excel does', async () => {
    const workbook = await example();
    workbook.names = [
      { name: 'Budgetram', sheet: null, formula: '=Tjänster!$B$2' },
      { name: 'Lokal', sheet: 'Anteckningar', formula: '=Anteckningar!$A$1' },
    ];
    for (const name of ['budgetram', 'Lokal']) {
      const host = new SimulatedExcel(cloneWorkbook(workbook));
      const error: unknown = await simulatedRun(host)(async (context) => {
        const added = context.workbook.worksheets.getItem('Anteckningar').tables.add('H1:I2', true);
        added.name = name;
        await context.sync();
      }).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: 'InvalidArgument' });
    }
  });

  it('the simulated host lists the workbook’s and each sheet’s names apart', async () => {
    const workbook = await example();
    workbook.names = [
      { name: 'Budgetram', sheet: null, formula: '=Tjänster!$B$2' },
      { name: 'Lokal', sheet: 'Anteckningar', formula: '=Anteckningar!$A$1' },
    ];
    const names = await simulatedRun(new SimulatedExcel(workbook))(async (context) => {
      const global = context.workbook.names.load('items/name');
      const local = context.workbook.worksheets.getItem('Anteckningar').names.load('items/name');
      await context.sync();
      return [global.items.map((n) => n.name), local.items.map((n) => n.name)];
    });
    expect(names).toEqual([['Budgetram'], ['Lokal']]);
  });

  it('a result table whose name a defined name has gets the first free one, on every run the same, and the write completes', async () => {
    const workbook = await example();
    workbook.names = [
      { name: 'SR_Scenarios', sheet: null, formula: '=Scenarier!$A$1' },
      { name: 'sr_drivers', sheet: 'Anteckningar', formula: '=Anteckningar!$A$1' },
      { name: 'SR_Drivers_2', sheet: null, formula: '=Anteckningar!$A$2' },
    ];
    const names = workbook.names.map((n) => ({ ...n }));
    for (let run = 1; run <= 2; run++) {
      const outcome = await pipeline.run(hostAndPort(workbook).port, SWEDISH);
      expect(outcome.kind).toBe('written');
      const written = workbook.tables.filter((t) => t.name.startsWith('SR_'));
      expect(written.map((t) => t.name)).toEqual([
        'SR_Scenarios_2',
        'SR_NetBenefit',
        'SR_Detail',
        'SR_Drivers_3',
        'SR_DriverTotals',
        'SR_Validations',
        'SR_ReportScenarios',
        'SR_ReportScenario1',
        'SR_ReportScenario2',
        'SR_ReportScenario3',
        'SR_ReportBridge',
        'SR_ReportBridgeChart',
      ]);
    }
    expect(workbook.names).toEqual(names);
    const summary = workbook.sheets.find((s) => s.name === 'Scenariosummering');
    expect(sheetCells(summary ?? newSheet('missing')).I5).toBe(1116626);
  });

  it('are settled as the pipeline chose them when free, else with the first free number', () => {
    expect(freeTableNames(['SR_A', 'SR_B', 'SR_A'], ['sr_a', 'SR_A_2', 'Tabell1'])).toEqual([
      'SR_A_3',
      'SR_B',
      'SR_A_4',
    ]);
  });
});

describe('screen updating', () => {
  it('is suspended once per write, however many syncs the write takes; calculation for each', async () => {
    const workbook = await example();
    const { host, port } = hostAndPort(workbook, {}, { requestBudgetBytes: 2048 });
    expect((await pipeline.run(port, SWEDISH)).kind).toBe('written');
    expect(host.stats.suspensions.screenUpdating).toBe(1);
    // The read's two syncs and the write's two checks suspend nothing.
    expect(host.stats.suspensions.calculation).toBe(host.stats.syncs - 4);
    expect(host.stats.suspensions.calculation).toBeGreaterThan(10);
  });
});

describe('text written through Range.values', () => {
  const texts = [
    '-1',
    '+5',
    '1e3',
    ' 12 ',
    'TRUE',
    'false',
    '=1+1',
    '+1+1',
    '-1+1',
    '@SUM(A1)',
    'okänd',
    '-',
  ];

  async function written(textFormatFirst: boolean) {
    const workbook = await example();
    const host = new SimulatedExcel(workbook);
    await simulatedRun(host)(async (context) => {
      const range = context.workbook.worksheets
        .getItem('Anteckningar')
        .getRange(`H1:H${String(texts.length)}`);
      if (textFormatFirst) range.numberFormat = texts.map(() => ['@']);
      range.values = texts.map((text) => [text]);
      await context.sync();
    });
    const sheet = workbook.sheets.find((s) => s.name === 'Anteckningar');
    return texts.map((_, i) => {
      const cell = sheet?.cells.get(`${String(i + 1)},8`);
      return cell?.formula === undefined ? cell?.value : { formula: cell.formula };
    });
  }

  it('becomes a formula, a number or a boolean as in Excel, in a cell not formatted as text', async () => {
    expect(await written(false)).toEqual([
      -1,
      5,
      1000,
      12,
      true,
      false,
      { formula: '=1+1' },
      { formula: '+1+1' },
      { formula: '-1+1' },
      { formula: '@SUM(A1)' },
      'okänd',
      '-',
    ]);
  });

  it('stays the text it is in a cell formatted as text first', async () => {
    expect(await written(true)).toEqual(texts);
  });
  // That the adapter writes such text as text is test/security/formula-injection.test.ts: its
  // hostile names include `-1`, `+5`, `1e3` and `TRUE`.
});
