/**
 * The report's what-ifs on the example with a saved what-if: after the scenarios, a heading and a
 * sentence saying they are not decided, a block per what-if with its figures, its differences
 * against its scenario and its problems; the scenarios' blocks as they were.
 */
import type { RunOutcome } from '../../src/pipeline/pipeline';
import type { ResultSheet } from '../../src/workbook/port';
import {
  AI,
  AI_IN_3,
  AI_IN_3_FIGURES,
  SCENARIO_TOTALS_2025,
  withWhatIfs,
} from '../support/what-ifs';
import { fixture, recalculateBytes } from '../workbook/xlsx/helpers';

function reportOf(outcome: RunOutcome): ResultSheet {
  if (outcome.kind !== 'written') throw new Error(`the run was ${outcome.kind}`);
  const report = outcome.sheets.find((sheet) => sheet.kind === 'report');
  if (report === undefined) throw new Error('no report');
  return report;
}

async function report(language: 'sv' | 'en', whatIfs = [AI_IN_3]): Promise<ResultSheet> {
  const bytes = await withWhatIfs(fixture('examples/arlig-analys-2025.xlsx'), whatIfs);
  return reportOf((await recalculateBytes(bytes, { language })).outcome);
}

describe('the report’s what-ifs', () => {
  it('come after the scenario blocks and before the bridge, under a heading that says they are not decided', async () => {
    const sheet = await report('sv');
    const names = sheet.tables.map((t) => t.name);
    expect(names.slice(0, 6)).toEqual([
      'SR_ReportScenarios',
      'SR_ReportScenario1',
      'SR_ReportScenario2',
      'SR_ReportScenario3',
      'SR_ReportWhatIf1',
      'SR_ReportBridge',
    ]);
    const block = sheet.tables[4];
    const heading = sheet.cells?.find((c) => c.value === 'Varianter (what-if)');
    const sentence = sheet.cells?.find(
      (c) => typeof c.value === 'string' && c.value.includes('inte beslutade scenarier'),
    );
    // The heading, the sentence, an empty row, then the block; all under scenario 3's block.
    expect(heading).toMatchObject({ column: 1, style: 'title' });
    expect(sentence).toMatchObject({ column: 1, row: (heading?.row ?? 0) + 1 });
    expect(block?.top).toBe((heading?.row ?? 0) + 3);
    expect(heading?.row).toBeGreaterThan(
      (sheet.tables[3]?.top ?? 0) + 1 + (sheet.tables[3]?.rows.length ?? 0),
    );
    expect(sheet.tables[5]?.top).toBeGreaterThan((block?.top ?? 0) + (block?.rows.length ?? 0));
  });

  it('give the what-if’s figures by year, its differences against scenario 3 and unknown as okänd', async () => {
    const block = (await report('sv')).tables.find((t) => t.name === 'SR_ReportWhatIf1');
    expect(block?.title).toBe('Variant ”AI i scenario 3”, utgår från scenario 3 (tkr)');
    expect(block?.columns.map((c) => c.header)).toEqual([
      'Post',
      '2025',
      '2026',
      '2027',
      'Anteckning',
    ]);
    const unknown = (values: readonly (number | null)[]) => values.map((v) => v ?? 'okänd');
    expect(block?.rows).toEqual([
      ['Över bas', ...AI_IN_3_FIGURES.overBase, null],
      ['Summering', ...unknown(AI_IN_3_FIGURES.total), '2026: bas saknas; 2027: bas saknas'],
      ['Över bas, skillnad mot scenario 3', ...AI_IN_3_FIGURES.versusOverBase, null],
      ['Summering, skillnad mot scenario 3', ...unknown(AI_IN_3_FIGURES.versusTotal), null],
      [
        'Nettonytta',
        6950,
        null,
        null,
        'hela varianten; skillnad mot scenario 3: 0; 1 insats(er) utan nettonytta',
      ],
    ]);
    // The scenarios' figures are as they were.
    const comparison = (await report('sv')).tables[0];
    expect(comparison?.rows.map((row) => row[4])).toEqual([...SCENARIO_TOTALS_2025]);
  });

  it('say each problem as the validations sheet does, in English too', async () => {
    const sheet = await report('en', [
      {
        ...AI_IN_3,
        name: 'Gone',
        members: [...AI_IN_3.members, { initiative: 'Borttagen', shift: 0, scale: '1' }],
      },
    ]);
    const block = sheet.tables.find((t) => t.name === 'SR_ReportWhatIf1');
    expect(block?.title).toBe('What-if “Gone”, based on scenario 3 (tkr)');
    expect(sheet.cells?.find((c) => c.value === 'What-ifs')).toBeDefined();
    expect(block?.rows.at(-1)).toEqual([
      "To note: What-if “Gone”: the initiative “Borttagen” is no longer in the workbook and is left out of the what-if's figures.",
      null,
      null,
      null,
      null,
    ]);
    expect(block?.rows[0]?.slice(1, 4)).toEqual([...AI_IN_3_FIGURES.overBase]);
    expect(block?.rows.some((row) => row.includes(AI))).toBe(false);
  });

  it('are not there without what-ifs', async () => {
    const sheet = await report('sv', []);
    expect(sheet.tables.some((t) => t.name.startsWith('SR_ReportWhatIf'))).toBe(false);
    expect(sheet.cells?.some((c) => c.value === 'Varianter (what-if)')).toBe(false);
  });
});
