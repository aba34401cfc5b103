/**
 * The JSON contract the command line prints: its shape, its numbers, its nulls.
 */
import { recalculate, toJson } from '../../../src/engine';
import { annualAnalysisGrids } from '../fixtures/annual-analysis-2025';
import { sheet } from '../fixtures/grids';

describe('the JSON form of a result', () => {
  it('has the documented top-level fields', () => {
    const json = toJson(recalculate(annualAnalysisGrids()), 'en');
    expect(Object.keys(json)).toEqual([
      'unit',
      'years',
      'scenarios',
      'drivers',
      'warnings',
      'tables',
      'whatIfs',
    ]);
    expect(json.unit).toBe('tkr');
    expect(Object.keys(json.scenarios[0] ?? {})).toEqual([
      'id',
      'name',
      'netBenefit',
      'membersWithoutNetBenefit',
      'statedNetBenefit',
      'members',
      'years',
    ]);
    expect(json.scenarios[0]?.years[0]).toEqual({
      year: 2025,
      base: 1088976,
      ongoing: 6000,
      proposed: 20550,
      impact: 1100,
      overBase: 27650,
      total: 1116626,
      stated: { ongoing: 6000, proposed: 20550, total: 1116626 },
    });
    // 2026's base is `Ej känt`: the total is unknown, what the scenario adds over the base is not.
    expect(json.scenarios[0]?.years[1]).toMatchObject({
      year: 2026,
      base: null,
      ongoing: 0,
      proposed: 7200,
      impact: 4430,
      overBase: 11630,
      total: null,
    });
    expect(Object.keys(json.drivers?.totals ?? {})).toEqual([
      'Ny leverans',
      'Utveckling tjänst',
      'Volymer',
      'Projekt avslutas',
      'Unallocated',
    ]);
    expect(json.warnings[0]).toEqual({
      severity: 'warning',
      code: 'TOTAL_CHANGE_MISMATCH',
      title: 'The total does not add up',
      message:
        'Stated New delivery 2025 is 37,900 but the services add up to 42,324.5 (difference 4,424.5).',
      sheet: 'Drivare',
      cell: 'C2',
    });
  });

  it('rounds exact values to at most 6 decimals, only on output', () => {
    const json = toJson(
      recalculate([
        sheet('T', [
          ['Tjänst', 'Budget 2024', 'Förslag 2025', 'Drivare'],
          ['A', 0, 1, 'Ny leverans, Volymer, Projekt avslutas'],
          ['B', 0, 2, 'Ny leverans, Volymer, Projekt avslutas'],
        ]),
      ]),
      'en',
    );
    expect(json.drivers?.services[0]?.allocation['Ny leverans']).toBe(0.333333);
    // Thirds of 1 and of 2 add up exactly to 1 before rounding.
    expect(json.drivers?.totals['Ny leverans']).toBe(1);
  });

  it('says null for what is unknown and for where a workbook-level finding has no cell', () => {
    const json = toJson(recalculate([]), 'sv');
    expect(json.drivers).toBeNull();
    expect(json.scenarios).toEqual([]);
    expect(
      json.warnings.filter((w) => w.severity === 'error').map((w) => [w.code, w.sheet, w.cell]),
    ).toEqual([
      ['MISSING_TABLE', null, null],
      ['MISSING_TABLE', null, null],
      ['MISSING_TABLE', null, null],
    ]);
  });
});
