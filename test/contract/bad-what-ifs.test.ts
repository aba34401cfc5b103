/**
 * The product's contract with its users, part 6: what-ifs saved in the settings part that go
 * wrong, as real .xlsx bytes through the .xlsx door. A what-if that names what the workbook no
 * longer holds is reported, not dropped in silence; saved what-ifs this version cannot read never
 * break a run, are each reported, and are written back as they were; a settings part that is not
 * JSON at all still runs.
 */
import type { RunOutcome } from '../../src/pipeline/pipeline';
import {
  AI,
  AI_IN_3,
  AI_IN_3_FIGURES,
  SCENARIO_TOTALS_2025,
  settingsText,
  withSettingsText,
  withWhatIfs,
} from '../support/what-ifs';
import { fixture, recalculateBytes } from '../workbook/xlsx/helpers';

const EXAMPLE = 'examples/arlig-analys-2025.xlsx';

function written(outcome: RunOutcome) {
  if (outcome.kind !== 'written') throw new Error(`the run was ${outcome.kind}`);
  return outcome;
}

/** The validations sheet's rows for the what-if findings: severity, title, message, sheet, cell, code. */
function whatIfValidations(outcome: ReturnType<typeof written>) {
  const sheet = outcome.sheets.find((s) => s.kind === 'validations');
  return (sheet?.tables[0]?.rows ?? []).filter((row) => String(row[5]).startsWith('WHATIF_'));
}

async function run(bytes: Uint8Array) {
  const result = await recalculateBytes(bytes, { language: 'en' });
  return { outcome: written(result.outcome), bytes: result.written };
}

describe('a saved what-if naming what the workbook no longer holds', () => {
  it('an initiative no longer in the workbook is WHATIF_UNKNOWN_INITIATIVE on the validations sheet and in the JSON; the rest is computed', async () => {
    const whatIf = {
      ...AI_IN_3,
      members: [...AI_IN_3.members, { initiative: 'Borttagen insats', shift: 0, scale: '1' }],
    };
    const { outcome } = await run(await withWhatIfs(fixture(EXAMPLE), [whatIf]));
    const message =
      "What-if “AI i scenario 3”: the initiative “Borttagen insats” is no longer in the workbook and is left out of the what-if's figures.";
    expect(whatIfValidations(outcome)).toEqual([
      ['Warning', expect.any(String), message, null, null, 'WHATIF_UNKNOWN_INITIATIVE'],
    ]);
    const [json] = outcome.json.whatIfs;
    const problem = json?.problems[0];
    expect(problem).toMatchObject({ kind: 'unknown-initiative', member: 5 });
    expect(outcome.json.warnings[problem?.warning ?? -1]).toMatchObject({
      code: 'WHATIF_UNKNOWN_INITIATIVE',
      message,
      sheet: null,
      cell: null,
    });
    expect(json?.members.map((m) => m.found)).toEqual([true, true, true, true, true, false]);
    expect(json?.years.map((y) => y.total)).toEqual([...AI_IN_3_FIGURES.total]);
  });
});

describe('saved what-ifs this version cannot read', () => {
  const unreadable = [
    // A scale that is no exact number.
    {
      name: 'Skala abc',
      basedOn: '3',
      members: [{ initiative: AI, shift: 0, scale: 'abc' }],
      impact: [],
    },
    // A newer version's field: read, it would be written back without it.
    { name: 'Från en nyare version', basedOn: '3', members: [], impact: [], colour: 'blå' },
    {
      name: 'Nyare medlem',
      basedOn: null,
      members: [{ initiative: AI, shift: 0, scale: '1', weight: 2 }],
    },
    // Not a what-if at all: named by its place in the list.
    42,
  ];

  it('never break a run: each is WHATIF_UNREADABLE, the readable one is computed, and all are written back as they were', async () => {
    const text = JSON.stringify({ version: 2, whatIfs: [AI_IN_3, ...unreadable] });
    const { outcome, bytes } = await run(await withSettingsText(fixture(EXAMPLE), text));
    expect(whatIfValidations(outcome).map((row) => [row[5], row[2]])).toEqual(
      ['Skala abc', 'Från en nyare version', 'Nyare medlem', '#5'].map((label) => [
        'WHATIF_UNREADABLE',
        `The what-if “${label}” saved in the workbook cannot be read and is not computed; it is kept in the settings as it was.`,
      ]),
    );
    expect(outcome.json.whatIfs.map((w) => [w.name, w.years[0]?.total])).toEqual([
      ['AI i scenario 3', 1104676],
    ]);
    expect(outcome.json.scenarios.map((s) => s.years[0]?.total)).toEqual([...SCENARIO_TOTALS_2025]);
    const saved = JSON.parse((await settingsText(bytes ?? new Uint8Array())) ?? '{}') as {
      whatIfs: unknown[];
    };
    expect(saved.whatIfs.map((entry) => JSON.stringify(entry))).toEqual(
      [AI_IN_3, ...unreadable].map((entry) => JSON.stringify(entry)),
    );
  });

  it('a what-if list that is no list is one WHATIF_UNREADABLE, and is written back in its place', async () => {
    const whatIfs = { 'AI i scenario 3': { members: 'alla i 3 och AI' } };
    const text = JSON.stringify({ version: 2, whatIfs });
    const { outcome, bytes } = await run(await withSettingsText(fixture(EXAMPLE), text));
    expect(whatIfValidations(outcome).map((row) => row[5])).toEqual(['WHATIF_UNREADABLE']);
    expect(outcome.json.whatIfs).toEqual([]);
    const saved = JSON.parse((await settingsText(bytes ?? new Uint8Array())) ?? '{}') as {
      whatIfs: unknown;
    };
    expect(JSON.stringify(saved.whatIfs)).toBe(JSON.stringify(whatIfs));
  });

  it('a settings part that is not JSON at all still runs, with the defaults', async () => {
    const { outcome } = await run(await withSettingsText(fixture(EXAMPLE), 'whatIfs: [inte json'));
    expect(outcome.json.scenarios.map((s) => s.years[0]?.total)).toEqual([...SCENARIO_TOTALS_2025]);
    expect(outcome.json.whatIfs).toEqual([]);
    expect(whatIfValidations(outcome)).toEqual([]);
  });
});
