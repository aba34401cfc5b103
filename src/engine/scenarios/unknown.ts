/**
 * Why a scenario's figure is unknown, and the cell that makes it so: the base written `Ej känt`,
 * a missing impact, a member with no cost for the year. One rule for every door: the JSON result
 * carries these reasons, the report's notes and the pane word them.
 */
import type { CellRef } from '../cells/raw';
import type { Warning } from '../validation/warning';
import type { ScenarioSummary, ScenarioYear } from './summarise';

/** The figures of a scenario's year that can be unknown. */
export const SCENARIO_FIGURES = [
  'base',
  'ongoing',
  'proposed',
  'impact',
  'overBase',
  'total',
] as const;
export type ScenarioYearFigure = (typeof SCENARIO_FIGURES)[number];

export type UnknownReason =
  /** The scenario has no row for the year. */
  | { readonly reason: 'noRow'; readonly at: null; readonly warning: null }
  /** The row's base is blank or `Ej känt`: `at` is its cell. */
  | { readonly reason: 'baseMissing'; readonly at: CellRef; readonly warning: number | null }
  | { readonly reason: 'impactMissing'; readonly at: CellRef; readonly warning: number | null }
  /** `count` members have no cost for the year (UNKNOWN_MEMBER_COST, at the first one). */
  | {
      readonly reason: 'costMissing';
      readonly at: CellRef | null;
      readonly warning: number;
      readonly count: number;
    }
  /** No cost column could be read at all (NO_COST_COLUMN, at the initiatives' header). */
  | {
      readonly reason: 'costNotStated';
      readonly at: CellRef | null;
      readonly warning: number | null;
    };

/**
 * Why the figure is unknown in the year, each cause once and in the order the figure is built
 * (base, then ongoing, proposed and impact); empty when the figure is known. `warning` is the
 * index in `warnings` of the finding that says so, when one does.
 * @example unknownReasons(s, s.years[1], 'total', warnings) → [{ reason: 'baseMissing', at: Scenarier!D4, warning: null }]
 */
export function unknownReasons(
  scenario: ScenarioSummary,
  year: ScenarioYear,
  figure: ScenarioYearFigure,
  warnings: readonly Warning[],
): readonly UnknownReason[] {
  if (year[figure] !== null) return [];
  const noRow = year.at.base === null && year.at.impact === null;
  if (noRow) return [{ reason: 'noRow', at: null, warning: null }];
  const said = (at: CellRef, code: Warning['code']): number | null => {
    const index = warnings.findIndex((w) => w.code === code && w.at !== null && sameCell(w.at, at));
    return index < 0 ? null : index;
  };
  switch (figure) {
    case 'base':
      return year.at.base === null
        ? []
        : [
            {
              reason: 'baseMissing',
              at: year.at.base,
              warning: said(year.at.base, 'MISSING_VALUE'),
            },
          ];
    case 'impact':
      return year.at.impact === null
        ? []
        : [
            {
              reason: 'impactMissing',
              at: year.at.impact,
              warning: said(year.at.impact, 'MISSING_VALUE'),
            },
          ];
    case 'ongoing':
    case 'proposed':
      return [memberCostReason(scenario, year, warnings)];
    case 'overBase':
      return unique(
        (['ongoing', 'proposed', 'impact'] as const).flatMap((part) =>
          unknownReasons(scenario, year, part, warnings),
        ),
      );
    case 'total':
      return unique(
        (['base', 'overBase'] as const).flatMap((part) =>
          unknownReasons(scenario, year, part, warnings),
        ),
      );
  }
}

function memberCostReason(
  scenario: ScenarioSummary,
  year: ScenarioYear,
  warnings: readonly Warning[],
): UnknownReason {
  const index = warnings.findIndex(
    (w) => w.code === 'UNKNOWN_MEMBER_COST' && w.scenario === scenario.id && w.year === year.year,
  );
  const warning = warnings[index];
  if (warning?.code === 'UNKNOWN_MEMBER_COST')
    return { reason: 'costMissing', at: warning.at, warning: index, count: warning.count };
  // Without any cost column the engine says so once, at the initiatives' header, not per scenario.
  const header = warnings.findIndex((w) => w.code === 'NO_COST_COLUMN');
  return {
    reason: 'costNotStated',
    at: warnings[header]?.at ?? null,
    warning: header < 0 ? null : header,
  };
}

const sameCell = (a: CellRef, b: CellRef): boolean => a.sheet === b.sheet && a.cell === b.cell;

/** Each reason once: ongoing and proposed unknown for the same members give one reason. */
function unique(reasons: readonly UnknownReason[]): readonly UnknownReason[] {
  return reasons.filter(
    (reason, i) =>
      reasons.findIndex(
        (other) =>
          other.reason === reason.reason &&
          (other.at === null
            ? reason.at === null
            : reason.at !== null && sameCell(other.at, reason.at)),
      ) === i,
  );
}
