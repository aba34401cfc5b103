/**
 * Adopting a what-if on the example workbook in the simulated Excel host: the plan, its writes
 * into the workbook's own tables, the figures a run then gives, and the exact undo.
 */
import type { EngineResult, WhatIfResult } from '../../src/engine';
import { evaluateWhatIf, SCENARIO_FIGURES, whatIfFromStored } from '../../src/engine';
import { adopt, planAdoption, undoAdoption } from '../../src/pipeline/adopt';
import type { AdoptionPlan } from '../../src/pipeline/adoption';
import { lookAt } from '../../src/pipeline/pipeline';
import { WorkbookError } from '../../src/workbook/errors';
import { cloneWorkbook } from '../../src/workbook/simulated-excel';
import { hostAndPort, pipeline, simulatedWorkbook, SWEDISH } from '../workbook/excel/simulated';
import { AI_IN_3, EXAMPLE, exampleWithRoom, inputCells, plainRanges, sheet } from './adopt-support';

const INPUT_SHEETS = [
  'Tjänster',
  'Utveckling',
  'Förändringsinsatser',
  'Scenarier',
  'Scenarioinsatser',
  'Drivare',
];

function ready(plan: AdoptionPlan): Extract<AdoptionPlan, { kind: 'ready' }> {
  if (plan.kind !== 'ready') throw new Error(`refused: ${JSON.stringify(plan.reason)}`);
  return plan;
}

function whatIfFigures(result: EngineResult): WhatIfResult {
  return evaluateWhatIf(whatIfFromStored(AI_IN_3, result.unit), {
    initiatives: result.initiatives,
    scenarios: result.scenarios,
    years: result.years,
  });
}

const text = (value: { toString(): string } | null): string | null =>
  value === null ? null : value.toString();

describe('adopting a what-if into Excel tables', () => {
  it('plans rows below Scenarier and Scenarioinsatser as scenario 4, in the tables’ own units', async () => {
    const { port } = hostAndPort(await exampleWithRoom());
    const plan = ready(await planAdoption(port, AI_IN_3, 'sv'));
    expect(plan.scenario).toBe('4');
    expect(plan.writes.map((w) => [w.sheet, w.excelTable, w.range])).toEqual([
      ['Scenarier', 'Scenarier', 'A12:I14'],
      ['Scenarioinsatser', 'Scenarioinsatser', 'A24:C28'],
    ]);
    // Scenario 3's own cells: its base as the table writes it (text with no-break spaces), its impacts as numbers.
    expect(plan.writes[0]?.rows).toEqual([
      [4, 'AI i scenario 3', 2025, '1\u00a0088\u00a0976', 0, null, null, null, null],
      [4, 'AI i scenario 3', 2026, 'Ej känt', 2300, null, null, null, null],
      [4, 'AI i scenario 3', 2027, 'Ej känt', 6000, null, null, null, null],
    ]);
    expect(plan.writes[1]?.rows.map((row) => row[1])).toEqual(
      AI_IN_3.members.map((m) => m.initiative),
    );
  });

  it('gives scenario 4 exactly the what-if’s figures in a run, and leaves scenarios 1–3 as they were', async () => {
    const workbook = await exampleWithRoom();
    const { port } = hostAndPort(workbook);
    const expected = whatIfFigures(lookAt(await port.read(), 'sv'));
    await adopt(port, ready(await planAdoption(port, AI_IN_3, 'sv')), 'sv');
    const outcome = await pipeline.run(port, SWEDISH);
    if (outcome.kind !== 'written') throw new Error(outcome.kind);
    const scenario = outcome.result.scenarios.find((s) => s.id === '4');
    for (const year of expected.years)
      for (const figure of SCENARIO_FIGURES)
        expect([
          year.year,
          figure,
          text(scenario?.years.find((y) => y.year === year.year)?.[figure] ?? null),
        ]).toEqual([year.year, figure, text(year[figure])]);
    expect(text(scenario?.netBenefit ?? null)).toBe(text(expected.netBenefit));
    expect(text(expected.years[0]?.total ?? null)).toBe('1104676');
    expect(
      ['1', '2', '3'].map((id) =>
        text(outcome.result.scenarios.find((s) => s.id === id)?.years[0]?.total ?? null),
      ),
    ).toEqual(['1116626', '1121026', '1094176']);
  });

  it('undoes to the very cells there were before, values and number formats', async () => {
    const workbook = await exampleWithRoom();
    const before = inputCells(cloneWorkbook(workbook), INPUT_SHEETS);
    const { port } = hostAndPort(workbook);
    const receipt = await adopt(port, ready(await planAdoption(port, AI_IN_3, 'sv')), 'sv');
    expect(inputCells(workbook, INPUT_SHEETS)).not.toEqual(before);
    await undoAdoption(port, receipt);
    expect(inputCells(workbook, INPUT_SHEETS)).toEqual(before);
    expect(workbook.tables.find((t) => t.name === 'Scenarier')?.bottom).toBe(11);
    expect(workbook.tables.find((t) => t.name === 'Scenarioinsatser')?.bottom).toBe(23);
  });

  it('does not undo once the user edited an added cell, and changes nothing', async () => {
    const workbook = await exampleWithRoom();
    const { host, port } = hostAndPort(workbook);
    const receipt = await adopt(port, ready(await planAdoption(port, AI_IN_3, 'sv')), 'sv');
    host.editCell('Scenarioinsatser', 'B26', 'Något annat');
    const edited = inputCells(cloneWorkbook(workbook), INPUT_SHEETS);
    const error: unknown = await undoAdoption(port, receipt).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookError);
    expect((error as WorkbookError).problem).toEqual({
      kind: 'edited-since',
      sheet: 'Scenarioinsatser',
      cell: 'B26',
    });
    expect(inputCells(workbook, INPUT_SHEETS)).toEqual(edited);
  });
});

it('writes nothing when the workbook changed while the confirmation was shown', async () => {
  const workbook = await exampleWithRoom();
  const { host, port } = hostAndPort(workbook);
  const plan = ready(await planAdoption(port, AI_IN_3, 'sv'));
  // Scenario 3's 2026 base is given: the row planned with `Ej känt` would no longer be a copy.
  host.editCell('Scenarier', 'D10', '1100000');
  const edited = inputCells(cloneWorkbook(workbook), INPUT_SHEETS);
  const error: unknown = await adopt(port, plan, 'sv').catch((e: unknown) => e);
  expect((error as WorkbookError).problem).toEqual({ kind: 'changed-since-plan' });
  expect(inputCells(workbook, INPUT_SHEETS)).toEqual(edited);
});

describe('adopting a what-if into plain ranges', () => {
  it('writes the rows below the ranges, a run reads them, and the undo clears exactly them', async () => {
    const workbook = await plainRanges();
    const before = inputCells(cloneWorkbook(workbook), INPUT_SHEETS);
    const { port } = hostAndPort(workbook);
    const plan = ready(await planAdoption(port, AI_IN_3, 'sv'));
    expect(plan.writes.map((w) => [w.excelTable, w.range])).toEqual([
      [null, 'A12:I14'],
      [null, 'A24:C28'],
    ]);
    const receipt = await adopt(port, plan, 'sv');
    const outcome = await pipeline.run(port, SWEDISH);
    if (outcome.kind !== 'written') throw new Error(outcome.kind);
    expect(text(outcome.result.scenarios.find((s) => s.id === '4')?.years[0]?.total ?? null)).toBe(
      '1104676',
    );
    await undoAdoption(port, receipt);
    expect(inputCells(workbook, INPUT_SHEETS)).toEqual(before);
  });
});

describe('an adoption refused, writing nothing', () => {
  it('names the first cell below the scenarios table that is not empty (the example as shipped)', async () => {
    const { port } = hostAndPort(await simulatedWorkbook(EXAMPLE));
    expect(await planAdoption(port, AI_IN_3, 'sv')).toEqual({
      kind: 'refused',
      whatIf: AI_IN_3.name,
      reason: { kind: 'cells-taken', sheet: 'Scenarier', cell: 'A13' },
    });
  });

  it('names a cell in the row after a plain range’s new rows, which would join the table', async () => {
    const workbook = await plainRanges();
    sheet(workbook, 'Scenarier').cells.set('15,2', {
      value: 'Anteckning',
      numberFormat: 'General',
    });
    const { port } = hostAndPort(workbook);
    expect(await planAdoption(port, AI_IN_3, 'sv')).toMatchObject({
      reason: { kind: 'cells-taken', sheet: 'Scenarier', cell: 'B15' },
    });
  });

  it('lists the members moved or scaled', async () => {
    const { port } = hostAndPort(await exampleWithRoom());
    const moved = {
      ...AI_IN_3,
      members: AI_IN_3.members.map((m, i) =>
        i === 4 ? { ...m, shift: 1 } : i === 0 ? { ...m, scale: '1/2' } : m,
      ),
    };
    expect(await planAdoption(port, moved, 'sv')).toMatchObject({
      kind: 'refused',
      reason: {
        kind: 'moved-or-scaled',
        initiatives: ['Förstudie Beslutsmiljö', 'Etablera förutsättningar för AI'],
      },
    });
  });

  it('for an empty what-if and one with problems', async () => {
    const { port } = hostAndPort(await exampleWithRoom());
    expect(await planAdoption(port, { ...AI_IN_3, members: [] }, 'sv')).toMatchObject({
      reason: { kind: 'empty' },
    });
    expect(
      await planAdoption(
        port,
        { ...AI_IN_3, members: [{ initiative: 'Finns inte', shift: 0, scale: '1' }] },
        'sv',
      ),
    ).toMatchObject({ reason: { kind: 'problems', count: 1 } });
  });

  it.each(['document-layout.openpyxl.xlsx', 'document-layout.libreoffice.xlsx'])(
    'for the document’s layout (%s): summary blocks take no rows',
    async (file) => {
      const { port } = hostAndPort(await simulatedWorkbook(`../../../pipeline/fixtures/${file}`));
      const plan = await planAdoption(port, { ...AI_IN_3, basedOn: null }, 'sv');
      expect(plan).toMatchObject({
        kind: 'refused',
        reason: { kind: 'layout', table: 'scenarios' },
      });
    },
  );
});

describe('a what-if from nothing, and one with an impact of its own', () => {
  it('takes the base every scenario shares (2025) and leaves the others empty: unknown, as the what-if has them', async () => {
    const workbook = await exampleWithRoom();
    const { port } = hostAndPort(workbook);
    const fromNothing = {
      ...AI_IN_3,
      name: 'Bara AI',
      basedOn: null,
      members: AI_IN_3.members.slice(4),
    };
    const plan = ready(await planAdoption(port, fromNothing, 'sv'));
    expect(plan.writes[0]?.rows.map((row) => [row[2], row[3], row[4]])).toEqual([
      // Scenario 1's base cell (Scenarier!D3), as it is written.
      [2025, sheet(workbook, 'Scenarier').cells.get('3,4')?.value, null],
      [2026, null, null],
      [2027, null, null],
    ]);
  });

  it('writes an impact stated in MSEK exactly in the result’s unit, and the run gives the what-if’s total', async () => {
    const workbook = await exampleWithRoom();
    const { port } = hostAndPort(workbook);
    const withImpact = {
      ...AI_IN_3,
      impact: [{ year: 2025, amount: '1.25', unit: 'MSEK' as const }],
    };
    const plan = ready(await planAdoption(port, withImpact, 'sv'));
    expect(plan.writes[0]?.rows[0]?.[4]).toBe(1250);
    await adopt(port, plan, 'sv');
    const outcome = await pipeline.run(port, SWEDISH);
    if (outcome.kind !== 'written') throw new Error(outcome.kind);
    expect(text(outcome.result.scenarios.find((s) => s.id === '4')?.years[0]?.total ?? null)).toBe(
      '1105926',
    );
  });
});

describe('layouts that take no rows', () => {
  it('a member list under a scenario’s heading (no scenario column)', async () => {
    const workbook = await exampleWithRoom();
    const members = sheet(workbook, 'Scenarioinsatser');
    for (let row = 1; row <= 23; row++) members.cells.delete(`${String(row)},1`);
    members.cells.set('1,2', { value: 'Scenario 3', numberFormat: 'General' });
    workbook.tables = workbook.tables.filter((t) => t.name !== 'Scenarioinsatser');
    const { port } = hostAndPort(workbook);
    expect(await planAdoption(port, AI_IN_3, 'sv')).toMatchObject({
      kind: 'refused',
      reason: { kind: 'layout', table: 'members', sheet: 'Scenarioinsatser', why: 'under-heading' },
    });
  });

  it('membership only in the initiatives’ own scenario column', async () => {
    const workbook = await exampleWithRoom();
    workbook.sheets = workbook.sheets.filter((s) => s.name !== 'Scenarioinsatser');
    workbook.tables = workbook.tables.filter((t) => t.name !== 'Scenarioinsatser');
    const initiatives = workbook.tables.find((t) => t.name === 'Forandringsinsatser');
    if (initiatives === undefined) throw new Error('no initiatives table');
    const column = initiatives.right + 1;
    workbook.sheets
      .find((s) => s.name === initiatives.sheet)
      ?.cells.set(`${String(initiatives.top)},${String(column)}`, {
        value: 'Scenario',
        numberFormat: 'General',
      });
    initiatives.right = column;
    const { port } = hostAndPort(workbook);
    expect(await planAdoption(port, AI_IN_3, 'sv')).toMatchObject({
      kind: 'refused',
      reason: { kind: 'layout', table: 'initiatives', why: 'own-column' },
    });
  });
});
