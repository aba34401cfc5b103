/**
 * The what-if table on the summary sheet: under the scenario table, titled as not decided, one row
 * per what-if and year, unknown as an empty cell; the scenario table's columns untouched, and no
 * table at all for a workbook without what-ifs.
 */
import type { StoredWhatIf } from '../../src/engine';
import { recalculate } from '../../src/engine';
import { resultSheets } from '../../src/pipeline/results';
import { DEFAULT_SETTINGS } from '../../src/workbook/settings';
import { annualAnalysisGrids } from '../engine/fixtures/annual-analysis-2025';

import { AI_IN_3 } from '../support/what-ifs';

function summary(whatIfs: readonly StoredWhatIf[], language: 'sv' | 'en' = 'sv') {
  const result = recalculate(annualAnalysisGrids(), { whatIfs });
  const sheets = resultSheets(result, DEFAULT_SETTINGS, language, 'stamp', new Set());
  const sheet = sheets[0];
  if (sheet === undefined) throw new Error('no summary sheet');
  return sheet;
}

describe('the what-ifs on the summary sheet', () => {
  it('stand in a table of their own under the scenario table, one row per what-if and year', () => {
    const sheet = summary([AI_IN_3]);
    const [scenarios, , , whatIfs] = sheet.tables;
    expect(sheet.tables.map((t) => t.name)).toEqual([
      'SR_Scenarios',
      'SR_NetBenefit',
      'SR_Detail',
      'SR_WhatIfs',
    ]);
    // Scenarios: title row 3, header row 4, nine rows 5–13; one empty row, then the what-ifs.
    expect(scenarios?.rows).toHaveLength(9);
    expect(whatIfs?.top).toBe(15);
    expect(whatIfs?.left).toBe(1);
    expect(whatIfs?.title).toBe('Varianter (what-if) – inte beslutade scenarier (tkr)');
    expect(whatIfs?.columns.map((c) => c.header)).toEqual([
      'Variant (what-if)',
      'Utgår från scenario',
      'År',
      'Bas',
      'Pågående',
      'Föreslagna',
      'Påverkan',
      'Över bas',
      'Summering',
      'Skillnad över bas mot scenariot',
      'Skillnad summering mot scenariot',
    ]);
    // Worked out by hand from the document: scenario 3 proposes 5 200 and 7 200, AI 10 500 in each.
    expect(whatIfs?.rows).toEqual([
      ['AI i scenario 3', '3', 2025, 1088976, 0, 15700, 0, 15700, 1104676, 10500, 10500],
      // The base is `Ej känt`: the total and its difference are empty cells, never 0.
      ['AI i scenario 3', '3', 2026, null, 0, 17700, 2300, 20000, null, 10500, null],
      ['AI i scenario 3', '3', 2027, null, 0, 0, 6000, 6000, null, 0, null],
    ]);
  });

  it('leave the scenario table as it was, and say in English that they are not decided', () => {
    const without = summary([], 'en');
    const sheet = summary([AI_IN_3], 'en');
    expect(sheet.tables.slice(0, 3)).toEqual(without.tables);
    expect(sheet.tables[3]?.title).toBe('What-ifs – not decided scenarios (tkr)');
    expect(sheet.tables[3]?.columns[0]?.header).toBe('What-if');
  });

  it('are not there at all for a workbook without what-ifs', () => {
    expect(summary([]).tables.map((t) => t.name)).toEqual([
      'SR_Scenarios',
      'SR_NetBenefit',
      'SR_Detail',
    ]);
  });

  it('keep a based-on scenario no longer in the workbook, comparing with nothing', () => {
    const sheet = summary([{ ...AI_IN_3, name: 'Från 9', basedOn: '9' }]);
    const row = sheet.tables[3]?.rows[0];
    expect(row?.slice(0, 2)).toEqual(['Från 9', '9']);
    expect(row?.slice(9)).toEqual([null, null]);
  });
});
