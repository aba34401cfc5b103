/**
 * The check before an adoption is offered can fail: rows that would not give the what-if's figures
 * (a base written into the wrong column, a member left out) are caught, year by year.
 */
import type { AdoptionWrite } from '../../src/pipeline/adoption';
import { applyWrites, figuresDiffer } from '../../src/pipeline/adopt-check';
import { planFor } from '../../src/pipeline/adopt';
import { adoptionRefusalText } from '../../src/pipeline/adoption-texts';
import { lookAt } from '../../src/pipeline/pipeline';
import { evaluateWhatIf, whatIfFromStored } from '../../src/engine';
import { excelPort } from '../../src/workbook/excel/port';
import { SimulatedExcel, simulatedRun } from '../../src/workbook/simulated-excel';
import { AI_IN_3, exampleWithRoom } from './adopt-support';

async function planned() {
  const port = excelPort(simulatedRun(new SimulatedExcel(await exampleWithRoom())));
  const snapshot = await port.read();
  const plan = planFor(snapshot, AI_IN_3, 'sv');
  if (plan.kind !== 'ready') throw new Error(JSON.stringify(plan));
  const before = lookAt(snapshot, 'sv');
  const evaluation = evaluateWhatIf(whatIfFromStored(AI_IN_3, before.unit), {
    initiatives: before.initiatives,
    scenarios: before.scenarios,
    years: before.years,
  });
  const check = (writes: readonly AdoptionWrite[]) =>
    figuresDiffer(lookAt(applyWrites(snapshot, writes), 'sv'), plan.scenario, evaluation, before);
  return { plan, check };
}

/** The plan's writes with one table's rows changed. */
function changed(
  writes: readonly AdoptionWrite[],
  table: AdoptionWrite['table'],
  change: (rows: AdoptionWrite['rows']) => AdoptionWrite['rows'],
): AdoptionWrite[] {
  return writes.map((w) => (w.table === table ? { ...w, rows: change(w.rows) } : w));
}

describe('the figures check', () => {
  it('passes the plan as made', async () => {
    const { plan, check } = await planned();
    expect(check(plan.writes)).toBeNull();
  });

  it('fails a base mis-mapped into the impact column, naming the first year', async () => {
    const { plan, check } = await planned();
    // Columns: id, name, year, base (D), impact (E): the base written one column to the right.
    const swapped = changed(plan.writes, 'scenarios', (rows) =>
      rows.map((row) => [
        row[0] ?? null,
        row[1] ?? null,
        row[2] ?? null,
        row[4] ?? null,
        row[3] ?? null,
        ...row.slice(5),
      ]),
    );
    expect(check(swapped)).toEqual({ kind: 'figures-differ', scenario: '4', year: 2025 });
  });

  it('fails a member left out, and a year left out', async () => {
    const { plan, check } = await planned();
    const fewer = plan.writes.map((w) =>
      w.table === 'members' ? { ...w, rows: w.rows.slice(0, -1), range: 'A24:C27' } : w,
    );
    expect(check(fewer)).toEqual({ kind: 'figures-differ', scenario: '4', year: 2025 });
    const noLastYear = plan.writes.map((w) =>
      w.table === 'scenarios' ? { ...w, rows: w.rows.slice(0, 2), range: 'A12:I13' } : w,
    );
    expect(check(noLastYear)).toMatchObject({ kind: 'figures-differ', scenario: '4' });
  });

  it('fails rows that would change another scenario', async () => {
    const { plan, check } = await planned();
    const asThree = changed(plan.writes, 'members', (rows) =>
      rows.map((row) => [3, ...row.slice(1)]),
    );
    expect(check(asThree)).toMatchObject({ kind: 'figures-differ' });
  });

  it('is said naming the scenario and the year, or the net benefit', () => {
    expect(
      adoptionRefusalText('AI', { kind: 'figures-differ', scenario: '4', year: 2026 }, 'sv'),
    ).toMatch(
      /^Skrivna så skulle raderna ge scenario 4 andra siffror än de ska för 2026; inget skrivs/,
    );
    expect(
      adoptionRefusalText('AI', { kind: 'figures-differ', scenario: '4', year: null }, 'en'),
    ).toMatch(/scenario 4 other figures than they should for the net benefit/);
  });
});
