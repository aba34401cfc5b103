import type { Grid, RawCell } from '../../../src/engine';
import { recalculate } from '../../../src/engine';
import { unitOf } from '../../../src/engine/tables/units';

const grid = (sheet: string, rows: RawCell[][]): Grid => ({
  sheet,
  top: 1,
  left: 1,
  rows,
  source: { kind: 'sheet' },
});

function unitFindings(servicesHeader: readonly string[], costHeaders: readonly string[]) {
  const result = recalculate([
    grid('Tjänster', [
      ['Tjänst', ...servicesHeader],
      ['Drift', ...servicesHeader.map(() => 10)],
    ]),
    grid('Insatser', [
      ['Förändringsinsats', 'Status', ...costHeaders],
      ['Ny e-tjänst', 'Ny', ...costHeaders.map(() => 5)],
    ]),
    grid('Scenarier', [
      ['Scenario', 'År', 'Bas'],
      [1, 2025, 100],
    ]),
  ]);
  return result.warnings
    .filter((w) => w.code === 'UNIT_MISMATCH')
    .map((w) => [
      w.at?.sheet,
      w.at?.cell,
      'unit' in w ? w.unit : '',
      'expected' in w ? w.expected : '',
    ]);
}

describe('the unit a header states', () => {
  it.each([
    ['Kostnad 2025 (tkr)', 'tkr'],
    ['Budget 2024, kkr', 'kkr'],
    ['Utfall 2023 (KR)', 'KR'],
    ['Cost 2025 (MSEK)', 'MSEK'],
    ['Kostnad 2025 (tusen kr)', 'tkr'],
    ['Budget 2024, T kr', 'tkr'],
    ['Budget 2024 (t.kr)', 'tkr'],
    ['Belopp i tkr', 'tkr'],
    ['Cost 2025 (miljoner kronor)', 'mkr'],
    ['Utfall 2023 (kronor)', 'kr'],
    ['Projekt kr 2025', 'kr'],
    ['Kostnad 2025', null],
    ['Kostnad 2025 (tkr/kr)', null],
  ])('%s states %s', (header, unit) => {
    expect(unitOf(header)).toBe(unit);
  });

  it('reports a column whose unit differs from the one most columns state, at its header cell', () => {
    expect(
      unitFindings(
        ['Budget 2024 (tkr)', 'Budget 2025 (tkr)'],
        ['Kostnad 2025 (kr)', 'Kostnad 2026 (tkr)'],
      ),
    ).toEqual([['Insatser', 'C1', 'kr', 'tkr']]);
  });

  it('treats tkr and kkr as the same unit, and says nothing when no header states one', () => {
    expect(
      unitFindings(['Budget 2024 (tkr)'], ['Kostnad 2025 (kkr)', 'Kostnad 2026 (tkr)']),
    ).toEqual([]);
    expect(unitFindings(['Budget 2024'], ['Kostnad 2025', 'Kostnad 2026'])).toEqual([]);
  });

  it('reports every column in the minority unit, whichever table it is in', () => {
    expect(
      unitFindings(
        ['Budget 2024 (mkr)', 'Budget 2025 (tkr)'],
        ['Kostnad 2025 (tkr)', 'Kostnad 2026 (tkr)'],
      ),
    ).toEqual([['Tjänster', 'B1', 'mkr', 'tkr']]);
  });
});

describe('a tie between units', () => {
  it('is won by the unit of the analysis: the other column is the one reported', () => {
    const tie = (unit: string) =>
      recalculate(
        [
          grid('Tjänster', [
            ['Tjänst', 'Budget 2024 (kr)'],
            ['Drift', 10],
          ]),
          grid('Insatser', [
            ['Förändringsinsats', 'Status', 'Kostnad 2025 (tkr)'],
            ['Ny e-tjänst', 'Ny', 5],
          ]),
          grid('Scenarier', [
            ['Scenario', 'År', 'Bas'],
            [1, 2025, 100],
          ]),
        ],
        { unit },
      ).warnings.flatMap((w) =>
        w.code === 'UNIT_MISMATCH' ? [[w.at?.cell, w.unit, w.expected]] : [],
      );
    expect(tie('tkr')).toEqual([['B1', 'kr', 'tkr']]);
    expect(tie('kr')).toEqual([['C1', 'tkr', 'kr']]);
  });
});
