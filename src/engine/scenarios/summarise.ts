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
import type { NameIndex } from '../names/match';
import { candidateNames, nameIndex } from '../names/match';
import type { CloseMatcher } from '../names/close-match';
import { closeMatcher } from '../names/close-match';
import { normaliseName } from '../text/normalise';
import type { InitiativeRow, MemberRow, ScenarioRow, Tables } from '../tables/model';
import type { ScenarioFigure, WarningSink } from '../validation/warning';
import { memberCosts, NO_COSTS } from './costs';

export interface ScenarioYear {
  readonly year: number;
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
  /** The figures the workbook states for this year, to reconcile against. */
  readonly stated: {
    readonly ongoing: Money | null;
    readonly proposed: Money | null;
    readonly total: Money | null;
  };
}

export interface ScenarioMember {
  readonly initiative: InitiativeRow;
  readonly listedCost: Money | null;
  /** Where the scenario names it: the members table's cell, else the initiative's scenario cell. */
  readonly at: CellRef;
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

interface ScenarioDraft {
  readonly id: string;
  name: string | null;
  readonly at: CellRef;
  readonly rows: Map<number, ScenarioRow>;
  readonly members: ScenarioMember[];
  readonly memberKeys: Set<InitiativeRow>;
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
  const drafts = scenarioDrafts(tables.scenarios, sink);
  const initiatives = nameIndex(
    tables.initiatives.map((row) => ({ name: row.name.value, id: row.id, value: row })),
  );
  for (const { entry, first } of initiatives.duplicates) {
    sink.add(
      {
        code: 'DUPLICATE_NAME',
        table: 'initiatives',
        name: entry.name,
        first: first.value.name.at,
      },
      entry.value.name.at,
    );
  }
  const scenarios = nameIndex(
    [...drafts.values()].map((draft) => ({
      name: draft.id,
      aliases: draft.name === null ? [] : [draft.name],
      value: draft,
    })),
  );
  const firstYear = years[0] ?? null;
  const hasScenarioTable = tables.found.has('scenarios');
  const madeFromMembership = new Map<string, ScenarioDraft>();
  const repeated = new Set(initiatives.duplicates.map(({ entry }) => entry.value));

  const scenarioFor = (id: string, at: CellRef): ScenarioDraft | null => {
    const match = scenarios.match(id);
    if (match.kind === 'found') return match.value;
    if (hasScenarioTable) {
      sink.add({ code: 'UNKNOWN_SCENARIO', id, candidates: candidateNames(match) }, at);
      return null;
    }
    // Without a scenarios table, the scenarios are the ones membership names, each made once.
    const key = normaliseName(id);
    const made = madeFromMembership.get(key);
    if (made !== undefined) return made;
    const draft: ScenarioDraft = {
      id,
      name: null,
      at,
      rows: new Map(),
      members: [],
      memberKeys: new Set(),
    };
    drafts.set(id, draft);
    madeFromMembership.set(key, draft);
    return draft;
  };
  const addMember = (
    draft: ScenarioDraft,
    initiative: InitiativeRow,
    at: CellRef,
    listedCost: Money | null,
  ): void => {
    if (draft.memberKeys.has(initiative)) {
      sink.add(
        { code: 'DUPLICATE_MEMBER', scenario: draft.id, initiative: initiative.name.value },
        at,
      );
      return;
    }
    draft.memberKeys.add(initiative);
    draft.members.push({ initiative, listedCost, at });
  };

  // Where the initiatives table lists only the new ones (the document's section 3), an initiative
  // a scenario lists that is not in it is an ongoing one, known by the list's cost for the first
  // year alone: later years are unknown, never zero. One row per name, shared by the scenarios.
  let matcher: CloseMatcher<InitiativeRow> | null = null;
  const closeMatches = (): CloseMatcher<InitiativeRow> =>
    (matcher ??= closeMatcher(
      tables.initiatives.map((row) => ({ name: row.name.value, value: row })),
    ));
  const listedOnlyRows = new Map<string, InitiativeRow>();
  const listedOnly = (member: MemberRow): InitiativeRow | null => {
    if (!tables.newInitiativesOnly) return null;
    const key = normaliseName(member.initiative.value);
    const known = listedOnlyRows.get(key);
    if (known !== undefined) return known;
    const row: InitiativeRow = {
      name: member.initiative,
      id: null,
      status: 'ongoing',
      costs:
        firstYear === null || member.listedCost === null
          ? new Map()
          : new Map([[firstYear, member.listedCost]]),
      impact: null,
      netBenefit: null,
      scenarios: null,
    };
    listedOnlyRows.set(key, row);
    return row;
  };
  if (tables.found.has('members')) {
    for (const member of tables.members) {
      addListedMember(
        member,
        scenarioFor(member.scenario.value, member.scenario.at),
        initiatives,
        closeMatches,
        listedOnly,
        firstYear,
        tolerance,
        sink,
        addMember,
      );
    }
  } else {
    for (const initiative of tables.initiatives) {
      // A repeated name is reported, and only its first row counts; rows told apart by their ids
      // are different initiatives, each counted where its own row says.
      if (repeated.has(initiative)) continue;
      for (const id of initiative.scenarios?.value ?? []) {
        const at = initiative.scenarios?.at ?? initiative.name.at;
        const draft = scenarioFor(id, at);
        if (draft !== null) addMember(draft, initiative, at, null);
      }
    }
  }
  return [...drafts.values()].map((draft) => summarise(draft, years, tolerance, sink));
}

function scenarioDrafts(
  rows: readonly ScenarioRow[],
  sink: WarningSink,
): Map<string, ScenarioDraft> {
  const drafts = new Map<string, ScenarioDraft>();
  const byKey = new Map<string, ScenarioDraft>();
  for (const row of rows) {
    const key = normaliseName(row.id.value);
    let draft = byKey.get(key);
    if (draft === undefined) {
      draft = {
        id: row.id.value,
        name: row.name,
        at: row.id.at,
        rows: new Map(),
        members: [],
        memberKeys: new Set(),
      };
      byKey.set(key, draft);
      drafts.set(row.id.value, draft);
    }
    draft.name ??= row.name;
    const earlier = draft.rows.get(row.year);
    if (earlier !== undefined) {
      sink.add(
        {
          code: 'DUPLICATE_NAME',
          table: 'scenarios',
          name: `${row.id.value} ${row.year}`,
          first: earlier.id.at,
        },
        row.id.at,
      );
    } else draft.rows.set(row.year, row);
  }
  return drafts;
}

function addListedMember(
  member: MemberRow,
  draft: ScenarioDraft | null,
  initiatives: NameIndex<InitiativeRow>,
  closeMatches: () => CloseMatcher<InitiativeRow>,
  listedOnlyInitiative: (member: MemberRow) => InitiativeRow | null,
  firstYear: number | null,
  tolerance: Money,
  sink: WarningSink,
  addMember: (
    draft: ScenarioDraft,
    initiative: InitiativeRow,
    at: CellRef,
    listedCost: Money | null,
  ) => void,
): void {
  const match = initiatives.match(member.initiative.value);
  if (match.kind === 'ambiguous') {
    // Two initiatives of that name, told apart by their ids: guessing one would misattribute.
    sink.add(
      {
        code: 'AMBIGUOUS_INITIATIVE',
        name: member.initiative.value,
        scenario: member.scenario.value,
        candidates: match.entries.map((entry) => entry.id ?? entry.name),
        cells: match.entries.map((entry) => entry.value.name.at),
      },
      member.initiative.at,
    );
    return;
  }
  if (match.kind === 'none') {
    // The lists the document writes by hand under a scenario's heading reword the initiatives'
    // names (`Utveckling bevarandeplattform`); a template's members table names them as they are.
    const close = member.underHeading
      ? closeMatches().find(member.initiative.value, (initiative) =>
          sameCost(member, initiative, firstYear),
        )
      : null;
    if (close !== null && draft !== null) {
      sink.add(
        {
          code: 'NAME_READ_AS',
          scenario: draft.id,
          name: member.initiative.value,
          meant: close.name,
        },
        member.initiative.at,
      );
      checkListedCost(member, draft, close.value, firstYear, tolerance, sink);
      addMember(draft, close.value, member.initiative.at, member.listedCost?.value ?? null);
      return;
    }
    const listedOnly = listedOnlyInitiative(member);
    if (listedOnly !== null && draft !== null) {
      if (firstYear !== null)
        sink.add(
          {
            code: 'MEMBER_ONLY_INITIATIVE',
            scenario: draft.id,
            initiative: member.initiative.value,
            year: firstYear,
            cost: member.listedCost?.value ?? null,
          },
          member.initiative.at,
        );
      addMember(draft, listedOnly, member.initiative.at, member.listedCost?.value ?? null);
      return;
    }
    sink.add(
      {
        code: 'UNKNOWN_INITIATIVE',
        name: member.initiative.value,
        scenario: member.scenario.value,
        candidates: match.candidates,
      },
      member.initiative.at,
    );
    return;
  }
  if (draft === null) return;
  checkListedCost(member, draft, match.value, firstYear, tolerance, sink);
  addMember(draft, match.value, member.initiative.at, member.listedCost?.value ?? null);
}

/** True when a list's cost is the initiative's own first-year cost. */
function sameCost(member: MemberRow, initiative: InitiativeRow, firstYear: number | null): boolean {
  const listed = member.listedCost?.value ?? null;
  const cost = firstYear === null ? null : (initiative.costs.get(firstYear)?.value ?? null);
  return listed !== null && cost !== null && listed.equals(cost);
}

/** A listed cost that differs from the initiative's first-year cost is reported at the list. */
function checkListedCost(
  member: MemberRow,
  draft: ScenarioDraft,
  initiative: InitiativeRow,
  firstYear: number | null,
  tolerance: Money,
  sink: WarningSink,
): void {
  const listed = member.listedCost?.value ?? null;
  if (listed !== null && member.listedCost !== null && firstYear !== null) {
    const cost = initiative.costs.get(firstYear)?.value ?? null;
    if (cost === null || differs(listed, cost, tolerance)) {
      sink.add(
        {
          code: 'LISTED_COST_MISMATCH',
          scenario: draft.id,
          initiative: initiative.name.value,
          year: firstYear,
          listed,
          cost,
        },
        member.listedCost.at,
      );
    }
  }
}

function summarise(
  draft: ScenarioDraft,
  years: readonly number[],
  tolerance: Money,
  sink: WarningSink,
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
      const column = row.impact?.column ?? 'Påverkan / Impact';
      sink.add({ code: 'MISSING_VALUE', table: 'scenarios', column }, row.impact?.at ?? row.id.at);
    }
    // Later years may leave the base unknown on purpose (`Ej känt`); the first year's is the
    // budget the analysis starts from, so a total it cannot give is worth saying.
    if (row !== undefined && base === null && year === years[0] && row.base?.unreadable !== true) {
      const column = row.base?.column ?? 'Bas / Base';
      sink.add({ code: 'MISSING_VALUE', table: 'scenarios', column }, row.base?.at ?? row.id.at);
    }
    const { ongoing, proposed, unknown } = costs.get(year) ?? NO_COSTS;
    if (unknown !== null) {
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
    const overBase =
      ongoing === null || proposed === null || impact === null
        ? null
        : ongoing.add(proposed).add(impact);
    const total = base === null || overBase === null ? null : base.add(overBase);
    return {
      year,
      base,
      ongoing,
      proposed,
      impact,
      overBase,
      total,
      stated: {
        ongoing: check('ongoing', year, row?.statedOngoing ?? null, ongoing),
        proposed: check('proposed', year, row?.statedProposed ?? null, proposed),
        total: check('total', year, row?.statedTotal ?? null, total),
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
