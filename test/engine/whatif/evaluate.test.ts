/**
 * What-ifs on the source document: the same rules as a scenario's, on members moved by whole
 * years and scaled exactly, against the scenario they start from; nothing they ask for that the
 * years cannot hold is dropped in silence.
 */
import type { Money } from '../../../src/engine';
import { recalculate } from '../../../src/engine';
import { moneyFromDecimal } from '../../../src/engine/money';
import type { WhatIf, WhatIfMember } from '../../../src/engine/whatif/model';
import { evaluateWhatIf } from '../../../src/engine/whatif/evaluate';
import { annualAnalysisGrids } from '../fixtures/annual-analysis-2025';

const result = recalculate(annualAnalysisGrids());
const input = { initiatives: result.initiatives, scenarios: result.scenarios, years: result.years };

const ONE = moneyFromDecimal('1');
const AI = 'Etablera förutsättningar för AI';
const PRESERVATION = 'Utveckla bevarandeplattform';

function membersOf(id: string): WhatIfMember[] {
  const scenario = result.scenarios.find((s) => s.id === id);
  if (scenario === undefined) throw new Error(`no scenario ${id}`);
  return scenario.members.map(({ initiative }) => ({
    initiative: initiative.name.value,
    shift: 0,
    scale: ONE,
  }));
}

function whatIf(basedOn: string | null, members: readonly WhatIfMember[]): WhatIf {
  return { name: 'Prov', basedOn, members, impact: new Map() };
}

/** A figure as text, exact ('10500', '7/2'), or null. */
const text = (value: Money | null | undefined): string | null =>
  value === null || value === undefined ? null : value.toFraction();

function totals(what: WhatIf): (string | null)[] {
  return evaluateWhatIf(what, input).years.map((y) => text(y.total));
}

function overBase(what: WhatIf): (string | null)[] {
  return evaluateWhatIf(what, input).years.map((y) => text(y.overBase));
}

describe('a what-if', () => {
  it('that holds a scenario’s members as they are gives that scenario’s figures, and no difference', () => {
    for (const id of ['1', '2', '3']) {
      const scenario = result.scenarios.find((s) => s.id === id);
      const evaluated = evaluateWhatIf(whatIf(id, membersOf(id)), input);
      expect(evaluated.years.map((y) => [text(y.total), text(y.overBase)])).toEqual(
        scenario?.years.map((y) => [text(y.total), text(y.overBase)]),
      );
      expect(evaluated.years.map((y) => [text(y.versus?.total), text(y.versus?.overBase)])).toEqual(
        scenario?.years.map((y) => [y.total === null ? null : '0', '0']),
      );
      expect(text(evaluated.versusNetBenefit)).toBe('0');
      expect(evaluated.problems).toEqual([]);
    }
  });

  it('moves AI from scenario 2 to 3: 3’s total grows by AI’s cost, 10 500 in 2025', () => {
    const moved = whatIf('3', [...membersOf('3'), { initiative: AI, shift: 0, scale: ONE }]);
    expect(totals(moved)).toEqual(['1104676', null, null]);
    // Over the base, known every year though the later bases are `Ej känt`.
    expect(overBase(moved)).toEqual(['15700', '20000', '6000']);
    expect(evaluateWhatIf(moved, input).years.map((y) => text(y.versus?.overBase))).toEqual([
      '10500',
      '10500',
      '0',
    ]);
  });

  it('starts an initiative a year later: nothing before its start, each cost a year on', () => {
    const members = membersOf('1').map((m) =>
      m.initiative === PRESERVATION ? { ...m, shift: 1 } : m,
    );
    // The platform costs 2 000, 1 000, 0: a year later it is 0, 2 000, 1 000.
    expect(
      evaluateWhatIf(whatIf('1', members), input).years.map((y) => text(y.versus?.overBase)),
    ).toEqual(['-2000', '1000', '1000']);
    expect(evaluateWhatIf(whatIf('1', members), input).problems).toEqual([]);
  });

  it('says a cost moved past the last year, with the year and the amount, instead of losing it', () => {
    const members = membersOf('1').map((m) =>
      m.initiative === PRESERVATION ? { ...m, shift: 2 } : m,
    );
    const evaluated = evaluateWhatIf(whatIf('1', members), input);
    expect(evaluated.years.map((y) => text(y.versus?.overBase))).toEqual([
      '-2000',
      '-1000',
      '2000',
    ]);
    expect(evaluated.problems).toEqual([
      {
        kind: 'moved-out',
        member: members.findIndex((m) => m.initiative === PRESERVATION),
        initiative: PRESERVATION,
        moved: { year: 2028, amount: moneyFromDecimal('1000') },
      },
    ]);
  });

  it('says a cost moved before the first year, and leaves a year the table does not reach unknown', () => {
    const members = [{ initiative: AI, shift: -1, scale: ONE }];
    const evaluated = evaluateWhatIf(whatIf('2', members), input);
    // AI costs 10 500, 10 500, 0; a year earlier 2025 gets 2026's and 2027 gets 2028's, unknown.
    expect(evaluated.years.map((y) => text(y.proposed))).toEqual(['10500', '0', null]);
    expect(evaluated.years[2]?.unknownCostAt).not.toBeNull();
    expect(evaluated.problems).toEqual([
      {
        kind: 'moved-out',
        member: 0,
        initiative: AI,
        moved: { year: 2024, amount: moneyFromDecimal('10500') },
      },
    ]);
  });

  it('scales exactly: a third of 10 500 is 3 500, a tenth of 350 is 35, with no float in between', () => {
    const evaluated = evaluateWhatIf(
      whatIf(null, [
        { initiative: AI, shift: 0, scale: moneyFromDecimal('1').div(3) },
        {
          initiative: 'Ersättningslösning för personaluppföljning',
          shift: 0,
          scale: moneyFromDecimal('0.1'),
        },
      ]),
      input,
    );
    expect(evaluated.years.map((y) => text(y.proposed))).toEqual(['3535', '3500', '0']);
    expect(evaluated.netBenefitAsStated).toBe(2);
  });

  it('moves an ongoing initiative later into a year the workbook has no cost for: unknown, not 0', () => {
    const ongoing = 'Etablera tjänst för Datawarehouse';
    const evaluated = evaluateWhatIf(
      whatIf('2', [{ initiative: ongoing, shift: 1, scale: ONE }]),
      input,
    );
    expect(evaluated.years.map((y) => text(y.ongoing))).toEqual([null, '2800', '2800']);
    expect(evaluated.years[0]?.total).toBeNull();
    expect(evaluated.years[0]?.unknownCostAt?.sheet).toBe('Insatser');
    expect(evaluated.problems).toEqual([
      {
        kind: 'moved-out',
        member: 0,
        initiative: ongoing,
        moved: { year: 2028, amount: moneyFromDecimal('2800') },
      },
    ]);
  });

  it('from nothing: the base the scenarios share, and no impact until one is stated', () => {
    const members = [{ initiative: AI, shift: 0, scale: ONE }];
    const unstated = evaluateWhatIf(whatIf(null, members), input);
    expect(unstated.years.map((y) => [text(y.base), text(y.impact), text(y.total)])).toEqual([
      ['1088976', null, null],
      [null, null, null],
      [null, null, null],
    ]);
    expect(unstated.years[0]?.versus).toBeNull();
    const stated = evaluateWhatIf(
      { ...whatIf(null, members), impact: new Map([[2025, moneyFromDecimal('250')]]) },
      input,
    );
    expect(text(stated.years[0]?.total)).toBe('1099726');
  });

  it('reports an initiative no longer in the workbook, one named twice, an unknown scenario and a part of a year', () => {
    const evaluated = evaluateWhatIf(
      whatIf('9', [
        { initiative: AI, shift: 0, scale: ONE },
        { initiative: 'Insats som inte finns', shift: 0, scale: ONE },
        { initiative: AI, shift: 1, scale: ONE },
        { initiative: PRESERVATION, shift: 0.5, scale: ONE },
      ]),
      input,
    );
    expect(evaluated.problems).toEqual([
      { kind: 'unknown-scenario', scenario: '9' },
      { kind: 'unknown-initiative', member: 1, initiative: 'Insats som inte finns' },
      { kind: 'named-twice', member: 2, initiative: AI },
      { kind: 'not-whole-years', member: 3, shift: 0.5 },
    ]);
    // Only AI, once, is counted.
    expect(evaluated.members.map((m) => m.initiative.name.value)).toEqual([AI]);
    expect(evaluated.years.map((y) => text(y.proposed))).toEqual(['10500', '10500', '0']);
  });

  it('sums the members’ net benefit and counts those without one, as a scenario does', () => {
    const evaluated = evaluateWhatIf(
      whatIf('3', [...membersOf('3'), { initiative: AI, shift: 0, scale: ONE }]),
      input,
    );
    const three = result.scenarios.find((s) => s.id === '3');
    expect(text(evaluated.netBenefit)).toBe(text(three?.netBenefit));
    expect(evaluated.membersWithoutNetBenefit).toBe((three?.membersWithoutNetBenefit ?? 0) + 1);
  });
});
