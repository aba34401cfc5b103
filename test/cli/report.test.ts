/**
 * The command line's report in MSEK: one number of decimals for every figure, and never so few
 * that a figure the tables state is rounded away.
 */
import type { Grid, RawCell } from '../../src/engine';
import { recalculate, toJson } from '../../src/engine';
import { reportLines } from '../../src/cli/report';

const sheet = (name: string, rows: RawCell[][]): Grid => ({
  sheet: name,
  top: 1,
  left: 1,
  rows,
  source: { kind: 'sheet' },
});

/** One service, one initiative costing `cost` tkr in 2025, a base of 1 000 tkr. */
function report(cost: number): string[] {
  const grids = [
    sheet('Tjänster', [
      ['Tjänst', 'Budget 2025 (tkr)'],
      ['Drift', 10],
    ]),
    sheet('Insatser', [
      ['Förändringsinsats', 'Status', 'Kostnad 2025 (tkr)'],
      ['Ny e-tjänst', 'Ny', cost],
    ]),
    sheet('Scenarier', [
      ['Scenario', 'År', 'Bas (tkr)', 'Påverkan (tkr)'],
      [1, 2025, 1000, 0],
    ]),
    sheet('Scenarioinsatser', [
      ['Scenario', 'Förändringsinsats'],
      [1, 'Ny e-tjänst'],
    ]),
  ];
  return reportLines(toJson(recalculate(grids, { unit: 'MSEK' }), 'sv'), 'sv');
}

const scenarioRow = (lines: string[]): string | undefined =>
  lines.find((line) => /^ +1 +2025 /.test(line));

describe('the report in MSEK', () => {
  it('shows every figure with three decimals when whole tkr are all there are', () => {
    expect(scenarioRow(report(2000))?.trim().split(/ {2,}/)).toEqual([
      '1',
      '2025',
      '1,000',
      '0,000',
      '2,000',
      '0,000',
      '2,000',
      '3,000',
    ]);
  });

  it('shows a half tkr (12 500,5 tkr) as 12,5005 MSEK, and every other figure with four decimals too', () => {
    expect(scenarioRow(report(12_500.5))?.trim().split(/ {2,}/)).toEqual([
      '1',
      '2025',
      '1,0000',
      '0,0000',
      '12,5005',
      '0,0000',
      '12,5005',
      '13,5005',
    ]);
  });
});
