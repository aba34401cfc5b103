/**
 * The saved what-ifs in the JSON contract (json.ts): their figures by the same names as a
 * scenario's, each problem with the index in `warnings` of the finding that says it, so a reader
 * of the JSON can tell a what-if from a decided scenario and never loses what it could not take.
 */
import type { Money } from '../money';
import { toJsonNumber } from '../money';
import type { Warning, WarningDetail } from '../validation/warning';
import type { SavedWhatIfResult } from '../whatif/evaluate-all';
import { problemFinding } from '../whatif/evaluate-all';
import type { WhatIfProblem } from '../whatif/evaluate';

export interface JsonWhatIf {
  readonly name: string;
  /** The scenario it starts from, by id; null for none. */
  readonly basedOn: string | null;
  readonly members: readonly {
    readonly initiative: string;
    readonly shift: number;
    /** The exact text it was saved with (`1`, `0.5`, `1/3`). */
    readonly scale: string;
    /** Whether it is in the figures; when not, a problem at the member says why. */
    readonly found: boolean;
  }[];
  readonly years: readonly {
    readonly year: number;
    readonly base: number | null;
    readonly ongoing: number | null;
    readonly proposed: number | null;
    readonly impact: number | null;
    readonly overBase: number | null;
    readonly total: number | null;
    /** Less the based-on scenario's figures; null without one. */
    readonly versus: { readonly overBase: number | null; readonly total: number | null } | null;
  }[];
  readonly netBenefit: number;
  readonly membersWithoutNetBenefit: number;
  /** Members moved or scaled, whose net benefit is the table's for the initiative as it stands. */
  readonly netBenefitAsStated: number;
  readonly versusNetBenefit: number | null;
  readonly problems: readonly {
    readonly kind: WhatIfProblem['kind'];
    /** The member's place in `members`; null for a problem of the whole what-if. */
    readonly member: number | null;
    /** The index in `warnings` of the finding that says it. */
    readonly warning: number | null;
  }[];
}

const numOrNull = (value: Money | null): number | null =>
  value === null ? null : toJsonNumber(value);

/** Problems that leave a member out of the figures. */
const LEFT_OUT: ReadonlySet<WhatIfProblem['kind']> = new Set([
  'unknown-initiative',
  'ambiguous-initiative',
  'named-twice',
  'not-whole-years',
]);

/**
 * The saved what-ifs as the JSON contract, their problems pointing into the result's warnings.
 * @example whatIfsToJson(recalculate(grids, { whatIfs }).whatIfs, result.warnings)[0]?.years[0]?.total
 */
export function whatIfsToJson(
  whatIfs: readonly SavedWhatIfResult[],
  warnings: readonly Warning[],
): JsonWhatIf[] {
  // Two problems can be said by two equal findings: each takes the next one not yet taken.
  const taken = new Set<number>();
  return whatIfs.map((whatIf) => {
    const leftOut = new Set(
      whatIf.problems.flatMap((p) => ('member' in p && LEFT_OUT.has(p.kind) ? [p.member] : [])),
    );
    return {
      name: whatIf.name,
      basedOn: whatIf.stored.basedOn,
      members: whatIf.stored.members.map((member, place) => ({
        initiative: member.initiative,
        shift: member.shift,
        scale: member.scale,
        found: !leftOut.has(place),
      })),
      years: whatIf.years.map((y) => ({
        year: y.year,
        base: numOrNull(y.base),
        ongoing: numOrNull(y.ongoing),
        proposed: numOrNull(y.proposed),
        impact: numOrNull(y.impact),
        overBase: numOrNull(y.overBase),
        total: numOrNull(y.total),
        versus:
          y.versus === null
            ? null
            : { overBase: numOrNull(y.versus.overBase), total: numOrNull(y.versus.total) },
      })),
      netBenefit: toJsonNumber(whatIf.netBenefit),
      membersWithoutNetBenefit: whatIf.membersWithoutNetBenefit,
      netBenefitAsStated: whatIf.netBenefitAsStated,
      versusNetBenefit: numOrNull(whatIf.versusNetBenefit),
      problems: whatIf.problems.map((problem) => {
        const finding = problemFinding(whatIf.name, problem, whatIf.stored);
        const index = warnings.findIndex(
          (warning, i) => !taken.has(i) && sameFinding(warning, finding),
        );
        if (index >= 0) taken.add(index);
        return {
          kind: problem.kind,
          member: 'member' in problem ? problem.member : null,
          warning: index >= 0 ? index : null,
        };
      }),
    };
  });
}

/** Whether a warning says this finding: its code and every fact alike (amounts by value). */
function sameFinding(warning: Warning, finding: WarningDetail): boolean {
  if (warning.code !== finding.code || warning.at !== null) return false;
  const said = warning as unknown as Readonly<Record<string, unknown>>;
  return Object.entries(finding).every(([key, value]) => sameValue(said[key], value));
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((item, i) => sameValue(item, b[i]));
  if (isMoney(a) && isMoney(b)) return a.equals(b);
  return a === b;
}

function isMoney(value: unknown): value is Money {
  return typeof value === 'object' && value !== null && 'equals' in value;
}
