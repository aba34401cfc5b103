import type { JsonResult } from '../../src/engine';
import { describeResult, describeWritten } from '../../src/taskpane/outcome';
import { isDarkColour } from '../../src/taskpane/theme';
import { grouped } from '../support/figures';

const timings = { readingMs: 1, computingMs: 1, writingMs: 0 };

function json(partial: Partial<JsonResult>): JsonResult {
  return {
    unit: 'tkr',
    years: [],
    scenarios: [],
    drivers: null,
    warnings: [],
    tables: [],
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
  ({ severity, code: 'STATED_MISMATCH', message: '', sheet: null, cell: null }) as const;

describe('describeWritten', () => {
  it('gives the first year total of every scenario and the warnings counted by severity', () => {
    const result = json({
      years: [2025, 2026],
      scenarios: [scenario('1', null, 1116626), scenario('2', 'Bas', null)],
      warnings: [warning('warning'), warning('warning'), warning('info')],
    });
    expect(describeWritten(result, 'sv')).toEqual({
      intent: 'success',
      lines: [
        'Resultatbladen skrevs.',
        'Summering 2025 (tkr)',
        grouped('Scenario 1: 1 116 626'),
        'Scenario 2 (Bas): okänd',
        'Fel 0 · Varning 2 · Info 1',
      ],
    });
    expect(describeWritten(result, 'en').lines[2]).toBe('Scenario 1: 1,116,626');
  });

  it('marks the outcome as a warning when the data has errors', () => {
    expect(describeWritten(json({ warnings: [warning('error')] }), 'en').intent).toBe('warning');
  });
});

describe('describeResult', () => {
  it('says a click during a run started nothing', () => {
    expect(describeResult({ kind: 'busy' }, 'en')).toEqual({
      intent: 'warning',
      lines: ['A recalculation is already running; wait until it is done.'],
    });
  });

  it('shows a failure as its message', () => {
    expect(
      describeResult({ kind: 'failed', problem: { kind: 'too-large' }, message: 'Nej.' }, 'sv'),
    ).toEqual({ intent: 'error', lines: ['Nej.'] });
  });

  it('names a sheet it would not overwrite', () => {
    const outcome = { kind: 'foreign-sheet', sheet: 'Valideringar', timings } as const;
    expect(describeResult({ kind: 'done', outcome, elapsedMs: 2 }, 'sv').lines[0]).toContain(
      '”Valideringar”',
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
