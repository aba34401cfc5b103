/**
 * Moving and scaling an initiative's costs keeps every krona: what stays in the years plus what is
 * said to have moved out of them is the scaled sum of what was there.
 */
import fc from 'fast-check';
import { recalculate } from '../../../src/engine';
import type { Money } from '../../../src/engine';
import { moneyFromDecimal, sum } from '../../../src/engine/money';
import { shiftCosts } from '../../../src/engine/whatif/shift';
import { annualAnalysisGrids } from '../fixtures/annual-analysis-2025';
import { fuzzParameters } from '../../fuzz/runs';

const result = recalculate(annualAnalysisGrids());

const known = (values: Iterable<{ readonly value: Money | null }>): Money =>
  sum([...values].flatMap((amount) => (amount.value === null ? [] : [amount.value])));

describe('shiftCosts', () => {
  it('loses nothing: the years’ costs plus the moved-out ones are the scaled original sum', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...result.initiatives),
        fc.integer({ min: -4, max: 4 }),
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 1, max: 12 }),
        (initiative, shift, numerator, denominator) => {
          const scale = moneyFromDecimal(String(numerator)).div(denominator);
          const shifted = shiftCosts(initiative, shift, scale, result.years);
          const inYears = [...initiative.costs].filter(([year]) => result.years.includes(year));
          const before = known(inYears.map(([, amount]) => amount)).mul(scale);
          const after = known(shifted.costs.values()).add(
            sum(shifted.movedOut.map((moved) => moved.amount)),
          );
          expect(after.equals(before)).toBe(true);
          // Every moved-out year lies outside the result's years.
          for (const moved of shifted.movedOut) expect(result.years).not.toContain(moved.year);
        },
      ),
      fuzzParameters(200),
    );
  });

  it('leaves the costs as they are with no move and a scale of 1', () => {
    for (const initiative of result.initiatives) {
      const shifted = shiftCosts(initiative, 0, moneyFromDecimal('1'), result.years);
      expect([...shifted.costs].map(([year, a]) => [year, a.value?.toFraction() ?? null])).toEqual(
        [...initiative.costs]
          .filter(([year]) => result.years.includes(year))
          .map(([year, a]) => [year, a.value?.toFraction() ?? null]),
      );
      expect(shifted.movedOut).toEqual([]);
    }
  });
});
