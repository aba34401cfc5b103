/**
 * Which initiatives each scenario holds. The members table names them (by name, id, alias, or —
 * in a list the document writes by hand under a scenario's heading — by a plain rewording, said at
 * the cell); without one, each initiative's own scenario column does. Where the initiatives table
 * lists only the new ones (the document's section 3), an initiative a list names that is not in
 * it is an ongoing one known by its listed cost for the first year alone.
 */
import type { CellRef } from '../cells/raw';
import type { Money } from '../money';
import { differs } from '../money';
import type { CloseMatcher } from '../names/close-match';
import { closeMatcher } from '../names/close-match';
import type { NameIndex } from '../names/match';
import { candidateNames, nameIndex } from '../names/match';
import type { InitiativeRow, MemberRow, ScenarioRow, Tables } from '../tables/model';
import { normaliseName } from '../text/normalise';
import type { WarningSink } from '../validation/warning';

export interface ScenarioMember {
  readonly initiative: InitiativeRow;
  readonly listedCost: Money | null;
  /** Where the scenario names it: the members table's cell, else the initiative's scenario cell. */
  readonly at: CellRef;
}

/** A scenario as membership leaves it: its rows by year and its members. */
export interface ScenarioDraft {
  readonly id: string;
  name: string | null;
  readonly at: CellRef;
  readonly rows: Map<number, ScenarioRow>;
  readonly members: ScenarioMember[];
  readonly memberKeys: Set<InitiativeRow>;
}

/**
 * Every scenario with its members: from the members table where there is one (resolving each
 * name, reporting what it cannot), else from the initiatives' own scenario column.
 * @example scenarioMembership(tables, 2025, tolerance, sink)[0]?.members.length === 8
 */
export function scenarioMembership(
  tables: Tables,
  firstYear: number | null,
  tolerance: Money,
  sink: WarningSink,
): readonly ScenarioDraft[] {
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
  // year alone: later years are unknown, never zero. One row per scenario and name: each list
  // states its own cost, and each scenario counts the one its list states.
  let matcher: CloseMatcher<InitiativeRow> | null = null;
  const closeMatches = (): CloseMatcher<InitiativeRow> =>
    (matcher ??= closeMatcher(
      tables.initiatives.map((row) => ({ name: row.name.value, value: row })),
    ));
  const listedOnlyRows = new Map<string, InitiativeRow>();
  const listedOnly = (member: MemberRow): InitiativeRow | null => {
    if (!tables.newInitiativesOnly) return null;
    const key = `${normaliseName(member.scenario.value)}\u0000${normaliseName(member.initiative.value)}`;
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
  return [...drafts.values()];
}

function scenarioDrafts(
  rows: readonly ScenarioRow[],
  sink: WarningSink,
): Map<string, ScenarioDraft> {
  const drafts = new Map<string, ScenarioDraft>();
  const byKey = new Map<string, ScenarioDraft>();
  /** Scenarios already said to be summarised twice: one sentence each, not one a year. */
  const summarisedTwice = new Set<string>();
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
    if (earlier !== undefined && (earlier.summary !== null || row.summary !== null)) {
      // Two summary blocks, or a block and a table's rows: the first place is used, every year.
      const first = earlier.summary ?? earlier.id.at;
      const second = row.summary ?? row.id.at;
      if (!summarisedTwice.has(key)) {
        summarisedTwice.add(key);
        sink.add(
          { code: 'SCENARIO_SUMMARISED_TWICE', scenario: draft.id, cells: [first, second] },
          second,
        );
      }
    } else if (earlier !== undefined) {
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
    if (close?.kind === 'ambiguous') {
      // Like two initiatives: guessing one would misattribute, and neither is only the list's.
      sink.add(
        {
          code: 'NAME_AMBIGUOUS',
          scenario: member.scenario.value,
          name: member.initiative.value,
          candidates: close.entries.map((entry) => entry.name),
        },
        member.initiative.at,
      );
      return;
    }
    if (close?.kind === 'found' && draft !== null) {
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
