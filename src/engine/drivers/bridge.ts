/**
 * The driver bridge: from last year's budget, through each driver's change and what no driver
 * explains, to the proposal. One computation for every picture of it — the report's stacked
 * columns and the pane's chart — so they cannot disagree. Exact: levels are Money.
 */
import type { Money } from '../money';
import { moneyFromNumber, sum, ZERO } from '../money';
import type { AllocationKey } from './breakdown';
import { DRIVERS, UNALLOCATED } from './names';

export type BridgeKey = 'budget' | AllocationKey | 'proposal';

/** One bar: the budget and the proposal stand on zero, a driver's runs from level to level. */
export interface BridgeBar {
  readonly key: BridgeKey;
  readonly kind: 'ends' | 'up' | 'down';
  /** The level the bar starts at (zero for the budget and the proposal). */
  readonly from: Money;
  /** The level it ends at: the budget, the level after the driver, the proposal. */
  readonly to: Money;
}

export interface BridgeInput {
  readonly previous: Money;
  readonly proposal: Money;
  readonly totals: Readonly<Record<AllocationKey, Money>>;
}

const KEYS: readonly AllocationKey[] = [...DRIVERS, UNALLOCATED];

/**
 * The bars of the bridge in order: budget, each driver, unallocated, proposal.
 * @example driverBridge({ previous: 100, proposal: 90, totals: { Volymer: -10, … } })[3] → { key: 'Volymer', kind: 'down', from: 100, to: 90 }
 */
export function driverBridge(input: BridgeInput): readonly BridgeBar[] {
  let level = input.previous;
  const steps = KEYS.map((key): BridgeBar => {
    const from = level;
    level = level.add(input.totals[key]);
    return { key, kind: input.totals[key].compare(ZERO) >= 0 ? 'up' : 'down', from, to: level };
  });
  return [
    { key: 'budget', kind: 'ends', from: ZERO, to: input.previous },
    ...steps,
    { key: 'proposal', kind: 'ends', from: ZERO, to: input.proposal },
  ];
}

/** The bridge's input from the JSON result's drivers (its amounts back to exact Money). */
export function bridgeInputFromJson(drivers: {
  readonly totals: Readonly<Record<AllocationKey, number>>;
  readonly services: readonly { readonly previous: number; readonly proposed: number }[];
}): BridgeInput {
  return {
    previous: sum(drivers.services.map((s) => moneyFromNumber(s.previous))),
    proposal: sum(drivers.services.map((s) => moneyFromNumber(s.proposed))),
    totals: Object.fromEntries(
      KEYS.map((key) => [key, moneyFromNumber(drivers.totals[key])]),
    ) as Record<AllocationKey, Money>,
  };
}

/**
 * A bar as stacked columns draw it. A stacked chart piles positive values up from zero and
 * negative values down from it, each pile on its own: a bar from −50 to 100 drawn as an invisible
 * −50 under a visible 150 would show 0 to 150. So a bar is an invisible base and its visible part
 * above zero (`up`, `down`) and below it (`upBelow`, `downBelow`, zero or negative); a bar that
 * crosses zero stands on a base of zero with a part on each side.
 */
export interface StackedBar {
  readonly base: Money;
  readonly ends: Money;
  readonly up: Money;
  readonly down: Money;
  readonly upBelow: Money;
  readonly downBelow: Money;
}

/**
 * @example stackedBar({ kind: 'down', from: 100, to: -50 }) → { base: 0, down: 100, downBelow: -50, … }
 */
export function stackedBar(bar: BridgeBar): StackedBar {
  const none = { base: ZERO, ends: ZERO, up: ZERO, down: ZERO, upBelow: ZERO, downBelow: ZERO };
  if (bar.kind === 'ends') return { ...none, ends: bar.to };
  const low = bar.from.compare(bar.to) <= 0 ? bar.from : bar.to;
  const high = low === bar.from ? bar.to : bar.from;
  const [above, below] =
    bar.kind === 'up' ? (['up', 'upBelow'] as const) : (['down', 'downBelow'] as const);
  if (low.compare(ZERO) >= 0) return { ...none, base: low, [above]: high.sub(low) };
  if (high.compare(ZERO) <= 0) return { ...none, base: high, [below]: low.sub(high) };
  return { ...none, [above]: high, [below]: low };
}

/**
 * Where the bridge's value axis starts: a round figure below the lowest level, so the drivers'
 * bars (a tenth of the budget, say) are not slivers atop a tall base. Only the picture's scale
 * (a plain number): the figures stay exact. Null (from zero) when a level is at or below zero.
 * @example bridgeAxisMin(driverBridge(example)) === 1_000_000
 */
export function bridgeAxisMin(bars: readonly BridgeBar[]): number | null {
  // The budget's and the proposal's bars are cut by the axis; what matters is their tops.
  const levels = bars.flatMap((bar) =>
    bar.kind === 'ends' ? [bar.to.valueOf()] : [bar.from.valueOf(), bar.to.valueOf()],
  );
  const low = Math.min(...levels);
  const high = Math.max(...levels);
  if (!(low > 0) || high === low) return null;
  const step = 10 ** Math.floor(Math.log10(high - low));
  const min = Math.floor((low - (high - low) / 2) / step) * step;
  return min > 0 ? min : null;
}
