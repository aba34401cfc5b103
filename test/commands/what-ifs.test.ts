/**
 * The Excel doors on a workbook whose settings part saves a what-if, over the simulated Excel host:
 * the ribbon's Recalculate scenarios and the pane's session write the what-if table and the
 * report's block into the workbook and hold the what-if in their outcome, with the figures the
 * command line gives (worked out by hand), the scenarios' as they were, and the what-if still saved.
 */
import { recalculateFromRibbon } from '../../src/commands/recalculate';
import type { RunOutcome } from '../../src/pipeline/pipeline';
import { createSession } from '../../src/pipeline/session';
import type { SimWorkbook } from '../../src/workbook/simulated-excel';
import { SETTINGS_NAMESPACE, settingsFromXml } from '../../src/workbook/settings-xml';
import { readXlsx } from '../../src/workbook/xlsx/read';
import { sheetCells, simulatedWorkbookFrom } from '../../src/workbook/simulated-excel';
import {
  AI_IN_3,
  AI_IN_3_FIGURES,
  SCENARIO_TOTALS_2025,
  settingsPartXml,
  withWhatIfs,
} from '../support/what-ifs';
import { hostAndPort, pipeline } from '../workbook/excel/simulated';
import { fixture } from '../workbook/xlsx/helpers';

const WORKBOOKS = [
  ['the example', 'examples/arlig-analys-2025.xlsx'],
  ['the example saved by LibreOffice', 'arlig-analys-2025.libreoffice.xlsx'],
] as const;

/** The workbook as Excel would hold it, its settings part the one the file carries. */
async function excelWorkbook(file: string): Promise<SimWorkbook> {
  const bytes = await withWhatIfs(fixture(file), [AI_IN_3]);
  const workbook = simulatedWorkbookFrom(await readXlsx(bytes));
  workbook.customXmlParts.push({
    id: '{part-1}',
    namespace: SETTINGS_NAMESPACE,
    xml: await settingsPartXml(bytes),
  });
  return workbook;
}

/** The values of a table's data rows in the simulated workbook, an empty cell as ''. */
function tableRows(workbook: SimWorkbook, name: string): unknown[][] {
  const table = workbook.tables.find((t) => t.name === name);
  if (table === undefined) throw new Error(`no table ${name}`);
  const sheet = workbook.sheets.find((s) => s.name === table.sheet);
  const rows: unknown[][] = [];
  for (let row = table.top + 1; row <= table.bottom; row++) {
    const cells: unknown[] = [];
    for (let column = table.left; column <= table.right; column++)
      cells.push(sheet?.cells.get(`${row},${column}`)?.value ?? '');
    rows.push(cells);
  }
  return rows;
}

function expectWhatIfIn(outcome: RunOutcome | undefined, workbook: SimWorkbook): void {
  if (outcome?.kind !== 'written') throw new Error(`the run was ${outcome?.kind ?? 'not done'}`);
  const [whatIf] = outcome.json.whatIfs;
  expect(whatIf?.name).toBe('AI i scenario 3');
  expect(whatIf?.years.map((y) => y.overBase)).toEqual([...AI_IN_3_FIGURES.overBase]);
  expect(whatIf?.years.map((y) => y.total)).toEqual([...AI_IN_3_FIGURES.total]);
  expect(whatIf?.years.map((y) => y.versus?.total ?? null)).toEqual([
    ...AI_IN_3_FIGURES.versusTotal,
  ]);
  expect(outcome.json.scenarios.map((s) => s.years[0]?.total)).toEqual([...SCENARIO_TOTALS_2025]);
  // Unknown is an empty cell on the summary sheet, the word okänd on the report.
  expect(tableRows(workbook, 'SR_WhatIfs')).toEqual([
    ['AI i scenario 3', '3', 2025, 1088976, 0, 15700, 0, 15700, 1104676, 10500, 10500],
    ['AI i scenario 3', '3', 2026, '', 0, 17700, 2300, 20000, '', 10500, ''],
    ['AI i scenario 3', '3', 2027, '', 0, 0, 6000, 6000, '', 0, ''],
  ]);
  const summary = workbook.sheets.find((s) => s.name === 'Scenariosummering');
  if (summary === undefined) throw new Error('no summary sheet');
  expect(Object.values(sheetCells(summary))).toContain(
    'Varianter (what-if) – inte beslutade scenarier (tkr)',
  );
  expect(tableRows(workbook, 'SR_ReportWhatIf1')[1]).toEqual([
    'Summering',
    1104676,
    'okänd',
    'okänd',
    '2026: bas saknas; 2027: bas saknas',
  ]);
  // The run wrote the settings back with the what-if in them.
  const saved = workbook.customXmlParts.filter((p) => p.namespace === SETTINGS_NAMESPACE);
  expect(settingsFromXml(saved.at(-1)?.xml ?? '')?.whatIfs).toEqual([AI_IN_3]);
}

describe.each(WORKBOOKS)('the Excel doors on %s with a saved what-if', (_label, file) => {
  it('the ribbon command writes the what-if apart from the scenarios, with the same figures', async () => {
    const workbook = await excelWorkbook(file);
    const { port } = hostAndPort(workbook);
    const session = createSession({ pipeline, port, language: () => 'sv' });
    let completed = 0;
    await recalculateFromRibbon(
      session,
      { completed: () => void (completed += 1) },
      { showPane: () => Promise.resolve() },
    );
    expect(completed).toBe(1);
    const last = session.state().last;
    expectWhatIfIn(last?.kind === 'done' ? last.outcome : undefined, workbook);
  });

  it('the pane’s session outcome holds the what-if, with the same figures', async () => {
    const workbook = await excelWorkbook(file);
    const { port } = hostAndPort(workbook);
    const session = createSession({ pipeline, port, language: () => 'sv' });
    const result = await session.recalculate();
    expectWhatIfIn(result.kind === 'done' ? result.outcome : undefined, workbook);
  });
});
