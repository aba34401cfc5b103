/**
 * The members' costs of a scenario per year and status. A member whose row has no cost column for
 * a year makes its status's sum unknown that year; a blank cell in a cost column that exists adds
 * nothing, as a blank in a sum does.
 */
import type { CellRef } from '../cells/raw';
import type { Money } from '../money';
import { ZERO } from '../money';
import type { InitiativeStatus } from '../tables/model';
import type { ScenarioMember } from './membership';

export interface YearCosts {
  readonly ongoing: Money | null;
  readonly proposed: Money | null;
  /** The members with no cost for the year: how many, of which statuses, the first one's cell. */
  readonly unknown: {
    readonly count: number;
    readonly statuses: readonly InitiativeStatus[];
    readonly first: CellRef;
  } | null;
}

/** A year no member has a cost in. */
export const NO_COSTS: YearCosts = { ongoing: ZERO, proposed: ZERO, unknown: null };

/**
 * The members' costs per year and status, and which members have none for a year.
 * @example memberCosts(members, [2025]).get(2025) → { ongoing: 6000, proposed: 20550, unknown: null }
 */
export function memberCosts(
  members: readonly ScenarioMember[],
  years: readonly number[],
): ReadonlyMap<number, YearCosts> {
  const result = new Map<number, YearCosts>();
  for (const year of years) {
    const sums: Record<InitiativeStatus, Money | null> = { ongoing: ZERO, proposed: ZERO };
    const without: ScenarioMember[] = [];
    for (const member of members) {
      const { initiative } = member;
      const cost = initiative.costs.get(year);
      if (cost === undefined) {
        without.push(member);
        sums[initiative.status] = null;
      } else if (cost.value !== null) {
        sums[initiative.status] = sums[initiative.status]?.add(cost.value) ?? null;
      }
    }
    const first = without[0];
    result.set(year, {
      ongoing: sums.ongoing,
      proposed: sums.proposed,
      unknown:
        first === undefined
          ? null
          : {
              count: without.length,
              statuses: (['ongoing', 'proposed'] as const).filter((status) =>
                without.some((member) => member.initiative.status === status),
              ),
              first: first.at,
            },
    });
  }
  return result;
}
