/**
 * A what-if's figures, by the same rules as a scenario's (summarise.ts): per year, ongoing and
 * proposed sum its members' moved and scaled costs by status, overBase = ongoing + proposed +
 * impact and total = base + overBase; each is known exactly when its parts are. Beside them, the
 * difference against the scenario it starts from, and what it could not take as asked.
 */
import type { CellRef } from '../cells/raw';
import type { Money } from '../money';
import { sum } from '../money';
import { nameIndex } from '../names/match';
import { memberCosts, NO_COSTS } from '../scenarios/costs';
import type { ScenarioMember } from '../scenarios/membership';
import type { ScenarioSummary } from '../scenarios/summarise';
import type { YearFigures } from '../scenarios/summarise';
import { yearFigures } from '../scenarios/summarise';
import type { InitiativeRow } from '../tables/model';
import type { WhatIf, WhatIfMember } from './model';
import type { MovedOut } from './shift';
import { shiftCosts } from './shift';

export interface WhatIfYear extends YearFigures {
  readonly year: number;
  /** This year's figures less the based-on scenario's; null without one, or where either is unknown. */
  readonly versus: { readonly overBase: Money | null; readonly total: Money | null } | null;
  /** The first member with no cost this year, which makes its status's sum unknown. */
  readonly unknownCostAt: CellRef | null;
}

/** What a what-if could not take as it asks, each about one of its members (by its place). */
export type WhatIfProblem =
  | { readonly kind: 'unknown-initiative'; readonly member: number; readonly initiative: string }
  | {
      readonly kind: 'ambiguous-initiative';
      readonly member: number;
      readonly initiative: string;
      readonly ids: readonly string[];
    }
  | { readonly kind: 'named-twice'; readonly member: number; readonly initiative: string }
  | {
      readonly kind: 'moved-out';
      readonly member: number;
      readonly initiative: string;
      readonly moved: MovedOut;
    }
  | { readonly kind: 'not-whole-years'; readonly member: number; readonly shift: number }
  | { readonly kind: 'unknown-scenario'; readonly scenario: string };

export interface WhatIfResult {
  readonly name: string;
  readonly basedOn: string | null;
  /** The members found, in the what-if's order, each with its costs as moved and scaled. */
  readonly members: readonly {
    readonly member: WhatIfMember;
    readonly initiative: InitiativeRow;
  }[];
  readonly years: readonly WhatIfYear[];
  readonly netBenefit: Money;
  /** Members without a net benefit: counted, as a scenario's are, never taken as 0. */
  readonly membersWithoutNetBenefit: number;
  /** Members moved or scaled: their net benefit is the table's, for the initiative as it stands. */
  readonly netBenefitAsStated: number;
  /** netBenefit less the based-on scenario's; null without one. */
  readonly versusNetBenefit: Money | null;
  readonly problems: readonly WhatIfProblem[];
}

export interface WhatIfInput {
  readonly initiatives: readonly InitiativeRow[];
  readonly scenarios: readonly ScenarioSummary[];
  readonly years: readonly number[];
}

/**
 * The figures of a what-if over the result's years.
 * @example evaluateWhatIf(whatIf, { initiatives, scenarios, years }).years[0]?.total → the what-if's first-year total
 */
export function evaluateWhatIf(whatIf: WhatIf, input: WhatIfInput): WhatIfResult {
  const problems: WhatIfProblem[] = [];
  const basedOn =
    whatIf.basedOn === null ? null : (input.scenarios.find((s) => s.id === whatIf.basedOn) ?? null);
  if (whatIf.basedOn !== null && basedOn === null)
    problems.push({ kind: 'unknown-scenario', scenario: whatIf.basedOn });

  const index = nameIndex(
    input.initiatives.map((row) => ({ name: row.name.value, id: row.id, value: row })),
  );
  const members: { member: WhatIfMember; initiative: InitiativeRow }[] = [];
  const scenarioMembers: ScenarioMember[] = [];
  const seen = new Set<InitiativeRow>();
  let netBenefitAsStated = 0;
  whatIf.members.forEach((member, place) => {
    if (!Number.isInteger(member.shift)) {
      problems.push({ kind: 'not-whole-years', member: place, shift: member.shift });
      return;
    }
    const match = index.match(member.initiative);
    if (match.kind === 'none') {
      problems.push({ kind: 'unknown-initiative', member: place, initiative: member.initiative });
      return;
    }
    if (match.kind === 'ambiguous') {
      problems.push({
        kind: 'ambiguous-initiative',
        member: place,
        initiative: member.initiative,
        ids: match.entries.flatMap((entry) =>
          entry.id === null || entry.id === undefined ? [] : [entry.id],
        ),
      });
      return;
    }
    const initiative = match.value;
    if (seen.has(initiative)) {
      problems.push({ kind: 'named-twice', member: place, initiative: member.initiative });
      return;
    }
    seen.add(initiative);
    const shifted = shiftCosts(initiative, member.shift, member.scale, input.years);
    for (const moved of shifted.movedOut)
      problems.push({ kind: 'moved-out', member: place, initiative: member.initiative, moved });
    if (member.shift !== 0 || !member.scale.equals(1)) netBenefitAsStated += 1;
    members.push({ member, initiative });
    scenarioMembers.push({
      initiative: { ...initiative, costs: shifted.costs },
      listedCost: null,
      at: initiative.name.at,
    });
  });

  const costs = memberCosts(scenarioMembers, input.years);
  const years = input.years.map((year): WhatIfYear => {
    const from = basedOn?.years.find((y) => y.year === year) ?? null;
    const base = from === null ? sharedBase(input.scenarios, year) : from.base;
    const impact = whatIf.impact.get(year) ?? from?.impact ?? null;
    const { ongoing, proposed, unknown } = costs.get(year) ?? NO_COSTS;
    const figures = yearFigures({ base, ongoing, proposed, impact });
    const { overBase, total } = figures;
    return {
      year,
      ...figures,
      versus:
        from === null
          ? null
          : { overBase: difference(overBase, from.overBase), total: difference(total, from.total) },
      unknownCostAt: unknown?.first ?? null,
    };
  });

  const benefits = members.map(({ initiative }) => initiative.netBenefit?.value ?? null);
  const netBenefit = sum(benefits.filter((value): value is Money => value !== null));
  return {
    name: whatIf.name,
    basedOn: basedOn?.id ?? null,
    members,
    years,
    netBenefit,
    membersWithoutNetBenefit: benefits.filter((value) => value === null).length,
    netBenefitAsStated,
    versusNetBenefit: basedOn === null ? null : netBenefit.sub(basedOn.netBenefit),
    problems,
  };
}

/** The base every scenario states for the year, when they all state the same one; else unknown. */
function sharedBase(scenarios: readonly ScenarioSummary[], year: number): Money | null {
  const bases = scenarios.map((s) => s.years.find((y) => y.year === year)?.base ?? null);
  const [first, ...rest] = bases;
  if (first === undefined || first === null) return null;
  return rest.every((base) => base !== null && base.equals(first)) ? first : null;
}

function difference(a: Money | null, b: Money | null): Money | null {
  return a === null || b === null ? null : a.sub(b);
}
