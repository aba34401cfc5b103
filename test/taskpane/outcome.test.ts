import type { JsonResult } from '../../src/engine';
import { describeResult, describeWritten, plannedReportSheet } from '../../src/taskpane/outcome';
import { isDarkColour } from '../../src/taskpane/theme';

const timings = { readingMs: 1, computingMs: 1, writingMs: 0 };

function json(partial: Partial<JsonResult>): JsonResult {
  return {
    unit: 'tkr',
    years: [],
    scenarios: [],
    drivers: null,
    warnings: [],
    tables: [],
    whatIfs: [],
    ...partial,
  };
}

function scenario(id: string, name: string | null, total: number | null) {
  const year = {
    year: 2025,
    base: null,
    ongoing: 0,
    proposed: 0,
    impact: null,
    overBase: null,
    total,
    stated: { ongoing: null, proposed: null, total: null },
  };
  return {
    id,
    name,
    netBenefit: 0,
    membersWithoutNetBenefit: 0,
    statedNetBenefit: null,
    members: [],
    years: [year],
  };
}

const warning = (severity: 'error' | 'warning' | 'info') =>
  ({ severity, code: 'STATED_MISMATCH', title: '', message: '', sheet: null, cell: null }) as const;

const line = (outcome: { parts: readonly { text: string }[] }) =>
  outcome.parts.map((part) => part.text).join(' · ');

describe('describeWritten', () => {
  it('says in one line that the sheets were written, how many warnings, and the time with a decimal', () => {
    const result = json({
      years: [2025, 2026],
      scenarios: [scenario('1', null, 1116626), scenario('2', 'Bas', null)],
      warnings: [...Array.from({ length: 16 }, () => warning('warning')), warning('info')],
    });
    expect(line(describeWritten(result, 412, 'sv'))).toBe(
      'Resultatbladen skrevs · 16 varningar · 0,4 s',
    );
    expect(line(describeWritten(result, 412, 'en'))).toBe(
      'The result sheets were written · 16 warnings · 0.4 s',
    );
  });

  it('repeats no totals: the figures are in the Results tab', () => {
    const result = json({ years: [2025], scenarios: [scenario('1', null, 1116626)] });
    expect(line(describeWritten(result, 1000, 'sv'))).not.toMatch(/1 116 626|Scenario|Summering/);
  });

  it('marks only the errors as an error, and counts one warning in the singular', () => {
    const outcome = describeWritten(
      json({ warnings: [warning('error'), warning('error'), warning('warning')] }),
      2500,
      'sv',
    );
    expect(outcome.parts).toEqual([
      { text: 'Resultatbladen skrevs', intent: 'success' },
      { text: '2 fel', intent: 'error' },
      { text: '1 varning', intent: 'warning' },
      { text: '2,5 s', intent: 'neutral' },
    ]);
  });

  it('says a run faster than a tenth of a second was, never "0 s"', () => {
    expect(line(describeWritten(json({}), 30, 'sv'))).toBe(
      'Resultatbladen skrevs · inga varningar · < 0,1 s',
    );
    expect(line(describeWritten(json({}), 30, 'en'))).toBe(
      'The result sheets were written · no warnings · < 0.1 s',
    );
  });
});

describe('describeResult', () => {
  it('says a click during a run started nothing', () => {
    expect(describeResult({ kind: 'busy' }, 'en')).toEqual({
      parts: [
        { text: 'A recalculation is already running; wait until it is done.', intent: 'warning' },
      ],
      reportSheet: null,
    });
  });

  it('shows a failure as its message', () => {
    expect(
      describeResult({ kind: 'failed', problem: { kind: 'too-large' }, message: 'Nej.' }, 'sv'),
    ).toEqual({ parts: [{ text: 'Nej.', intent: 'error' }], reportSheet: null });
  });

  it('names a sheet it would not overwrite', () => {
    const outcome = { kind: 'foreign-sheet', sheet: 'Valideringar', timings } as const;
    expect(line(describeResult({ kind: 'done', outcome, elapsedMs: 2 }, 'sv'))).toContain(
      '”Valideringar”',
    );
  });

  it('gives the report sheet a written run made, for the button that shows it', () => {
    const sheet = (kind: 'summary' | 'report', name: string) => ({
      kind,
      name,
      stamp: '',
      tables: [],
      amountFormat: '#,##0',
      frozenRows: 0,
    });
    const outcome = {
      kind: 'written',
      json: json({}),
      sheets: [sheet('summary', 'Scenariosummering'), sheet('report', 'Rapport')],
      timings,
    } as unknown as Extract<Parameters<typeof describeResult>[0], { kind: 'done' }>['outcome'];
    expect(describeResult({ kind: 'done', outcome, elapsedMs: 400 }, 'sv').reportSheet).toBe(
      'Rapport',
    );
  });
});

describe('plannedReportSheet', () => {
  const names = {
    summary: 'Scenariosummering',
    drivers: 'Kostnadsdrivare',
    validations: 'Valideringar',
  };
  it('is the saved name, else the language default, else the other language default', () => {
    expect(plannedReportSheet(names, 'Rapport', 'sv')).toBe('Rapport');
    expect(plannedReportSheet(names, null, 'sv')).toBe('Sammanställning');
    expect(plannedReportSheet(names, null, 'en')).toBe('Summary');
    expect(plannedReportSheet({ ...names, summary: 'sammanställning' }, null, 'sv')).toBe(
      'Summary',
    );
  });
});

describe('isDarkColour', () => {
  it.each([
    ['#262626', true],
    ['#000000', true],
    ['#FFFFFF', false],
    ['#E6E6E6', false],
    ['', false],
    ['not a colour', false],
  ])('%s is dark: %s', (colour, dark) => {
    expect(isDarkColour(colour)).toBe(dark);
  });
});
