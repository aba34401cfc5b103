/**
 * An initiative's costs moved by whole years and scaled, exactly. A cost that moves past the
 * result's years is not dropped: it is returned, to be said, with the year it moved to.
 */
import type { Money } from '../money';
import { ZERO } from '../money';
import type { Amount, InitiativeRow, YearAmounts } from '../tables/model';

export interface MovedOut {
  /** The year the cost moved to, outside the result's years. */
  readonly year: number;
  readonly amount: Money;
}

export interface ShiftedCosts {
  /** The costs per result year; a year with no entry is unknown, as in the initiatives table. */
  readonly costs: YearAmounts;
  /** Non-zero costs moved before the first or after the last result year. */
  readonly movedOut: readonly MovedOut[];
}

/**
 * The initiative's costs over `years` after moving them `shift` years and scaling them by `scale`.
 * A year the move leaves without a cost of its own is 0 before a proposed initiative's first cost
 * (it had not started), and unknown otherwise: an ongoing one's earlier costs, or any initiative's
 * costs after the table's last year, are not in the workbook.
 * @example shiftCosts(row, 1, moneyFromDecimal('1'), [2025, 2026, 2027]).costs.get(2026)?.value → row's 2025 cost
 */
export function shiftCosts(
  initiative: InitiativeRow,
  shift: number,
  scale: Money,
  years: readonly number[],
): ShiftedCosts {
  const own = initiative.costs;
  const known = [...own.keys()];
  const firstOwn = known.length === 0 ? null : Math.min(...known);
  const costs = new Map<number, Amount>();
  for (const year of years) {
    const from = own.get(year - shift);
    if (from !== undefined) {
      costs.set(year, { ...from, value: from.value === null ? null : from.value.mul(scale) });
    } else if (initiative.status === 'proposed' && firstOwn !== null && year - shift < firstOwn) {
      // Before a new initiative's first year it costs nothing: it has not started.
      const first = own.get(firstOwn);
      if (first !== undefined) costs.set(year, { ...first, value: ZERO });
    }
  }
  const inYears = new Set(years);
  const movedOut: MovedOut[] = [];
  for (const [year, amount] of own) {
    const to = year + shift;
    if (inYears.has(to) || amount.value === null || amount.value.equals(0)) continue;
    // Only a move takes a cost out of the years: one outside them to begin with is not the what-if's.
    if (!inYears.has(year)) continue;
    movedOut.push({ year: to, amount: amount.value.mul(scale) });
  }
  movedOut.sort((a, b) => a.year - b.year);
  return { costs, movedOut };
}
