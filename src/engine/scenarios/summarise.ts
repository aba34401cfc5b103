/**
 * Scenario summaries, as the source document computes them. Per scenario and year:
 * overBase = ongoing + proposed + impact and total = base + overBase, where ongoing and proposed
 * sum the members' costs by status. Each figure is known exactly when its parts are: a member
 * whose row has no cost column for the year makes its status's sum unknown, and an unknown base
 * leaves the total unknown but not what the scenario adds over it. Unknown is never zero.
 */
import type { CellRef } from '../cells/raw';
import type { Money } from '../money';
import { differs, sum } from '../money';
import type { ScenarioRow, Tables } from '../tables/model';
import type { ScenarioFigure, WarningSink } from '../validation/warning';
import { memberCosts, NO_COSTS } from './costs';
import type { ScenarioDraft, ScenarioMember } from './membership';
import { scenarioMembership } from './membership';

export type { ScenarioMember } from './membership';

export interface ScenarioYear extends YearFigures {
  readonly year: number;
  /** The figures the workbook states for this year, to reconcile against. */
  readonly stated: {
    readonly ongoing: Money | null;
    readonly proposed: Money | null;
    readonly total: Money | null;
  };
  /**
   * Where the scenario row's base and impact stand (its id cell when the table has no such
   * column; null when the scenario has no row for the year): what a report cites for an unknown.
   */
  readonly at: { readonly base: CellRef | null; readonly impact: CellRef | null };
}

export interface ScenarioSummary {
  readonly id: string;
  readonly name: string | null;
  readonly members: readonly ScenarioMember[];
  readonly years: readonly ScenarioYear[];
  readonly netBenefit: Money;
  readonly membersWithoutNetBenefit: number;
  readonly statedNetBenefit: Money | null;
}

export interface YearFigures {
  readonly base: Money | null;
  /** The ongoing members' costs; null when one of them has no cost for the year. */
  readonly ongoing: Money | null;
  /** The proposed members' costs; null when one of them has no cost for the year. */
  readonly proposed: Money | null;
  readonly impact: Money | null;
  /** ongoing + proposed + impact: what the scenario adds over the base. */
  readonly overBase: Money | null;
  /** base + overBase. */
  readonly total: Money | null;
}

/**
 * A year's over-base figure and total from its parts, each known exactly when its parts are: the
 * one rule a scenario and a what-if are both summed by.
 * @example yearFigures({ base: null, ongoing, proposed, impact }).total === null
 */
export function yearFigures(
  parts: Pick<YearFigures, 'base' | 'ongoing' | 'proposed' | 'impact'>,
): YearFigures {
  const { base, ongoing, proposed, impact } = parts;
  const overBase =
    ongoing === null || proposed === null || impact === null
      ? null
      : ongoing.add(proposed).add(impact);
  return {
    ...parts,
    overBase,
    total: base === null || overBase === null ? null : base.add(overBase),
  };
}

/**
 * The years of a result: those of the scenarios table, else those of the initiatives' costs.
 * @example resultYears(tables) → [2025, 2026, 2027]
 */
export function resultYears(tables: Tables): readonly number[] {
  const years = new Set<number>(tables.scenarios.map((row) => row.year));
  if (years.size === 0)
    for (const initiative of tables.initiatives)
      for (const year of initiative.costs.keys()) years.add(year);
  return [...years].sort((a, b) => a - b);
}

/**
 * Summarises every scenario over the given years, reporting what does not reconcile.
 * @example summariseScenarios(tables, [2025], tolerance, sink)[0].years[0].total → 1 116 626
 */
export function summariseScenarios(
  tables: Tables,
  years: readonly number[],
  tolerance: Money,
  sink: WarningSink,
): readonly ScenarioSummary[] {
  const drafts = scenarioMembership(tables, years[0] ?? null, tolerance, sink);
  // Where no cost column could be read at all, that was said once at the table's header.
  const saysUnknownCosts = tables.noCostColumn === undefined;
  return drafts.map((draft) => summarise(draft, years, tolerance, sink, saysUnknownCosts));
}

function summarise(
  draft: ScenarioDraft,
  years: readonly number[],
  tolerance: Money,
  sink: WarningSink,
  saysUnknownCosts: boolean,
): ScenarioSummary {
  const check = (
    figure: ScenarioFigure,
    year: number | null,
    stated: ScenarioRow['statedTotal'],
    computed: Money | null,
  ): Money | null => {
    if (stated === null || stated.value === null) return null;
    if (computed !== null && differs(stated.value, computed, tolerance)) {
      sink.add(
        {
          code: 'STATED_MISMATCH',
          scenario: draft.id,
          year,
          figure,
          stated: stated.value,
          computed,
        },
        stated.at,
      );
    }
    return stated.value;
  };
  const costs = memberCosts(draft.members, years);
  const summaryYears = years.map((year): ScenarioYear => {
    const row = draft.rows.get(year);
    const base = row?.base?.value ?? null;
    const impact = row?.impact?.value ?? null;
    // A missing impact leaves what the scenario adds over the base unknown, whatever the base.
    if (row !== undefined && impact === null && row.impact?.unreadable !== true) {
      const column = row.impact?.column ?? null;
      sink.add(
        { code: 'MISSING_VALUE', table: 'scenarios', column, field: 'impact' },
        row.impact?.at ?? row.id.at,
      );
    }
    // Later years may leave the base unknown on purpose (`Ej känt`); the first year's is the
    // budget the analysis starts from, so a total it cannot give is worth saying.
    if (row !== undefined && base === null && year === years[0] && row.base?.unreadable !== true) {
      const column = row.base?.column ?? null;
      sink.add(
        { code: 'MISSING_VALUE', table: 'scenarios', column, field: 'base' },
        row.base?.at ?? row.id.at,
      );
    }
    const { ongoing, proposed, unknown } = costs.get(year) ?? NO_COSTS;
    if (unknown !== null && saysUnknownCosts) {
      sink.add(
        {
          code: 'UNKNOWN_MEMBER_COST',
          scenario: draft.id,
          year,
          count: unknown.count,
          statuses: unknown.statuses,
        },
        unknown.first,
      );
    }
    const figures = yearFigures({ base, ongoing, proposed, impact });
    const { total } = figures;
    return {
      year,
      ...figures,
      stated: {
        ongoing: check('ongoing', year, row?.statedOngoing ?? null, ongoing),
        proposed: check('proposed', year, row?.statedProposed ?? null, proposed),
        total: check('total', year, row?.statedTotal ?? null, total),
      },
      at: {
        base: row === undefined ? null : (row.base?.at ?? row.id.at),
        impact: row === undefined ? null : (row.impact?.at ?? row.id.at),
      },
    };
  });

  const benefits = draft.members.map(({ initiative }) => initiative.netBenefit?.value ?? null);
  const netBenefit = sum(benefits.filter((value): value is Money => value !== null));
  const membersWithoutNetBenefit = benefits.filter((value) => value === null).length;
  let statedNetBenefit: Money | null = null;
  for (const row of draft.rows.values())
    statedNetBenefit ??= check('netBenefit', null, row.statedNetBenefit, netBenefit);

  const firstRow = [...draft.rows.values()][0];
  const anchor = firstRow?.statedNetBenefit?.at ?? draft.at;
  if (draft.members.length === 0)
    sink.add({ code: 'EMPTY_SCENARIO', scenario: draft.id }, draft.at);
  else if (membersWithoutNetBenefit > 0) {
    sink.add(
      { code: 'MISSING_NET_BENEFIT', scenario: draft.id, count: membersWithoutNetBenefit },
      anchor,
    );
  }
  return {
    id: draft.id,
    name: draft.name,
    members: draft.members,
    years: summaryYears,
    netBenefit,
    membersWithoutNetBenefit,
    statedNetBenefit,
  };
}
