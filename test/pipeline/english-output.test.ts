/**
 * English output speaks English: every result sheet, the report sheet and the command line's
 * report name the drivers in English and give each validation its title; the JSON keys stay the
 * canonical Swedish names (the contract).
 */
import { driverLabel, DRIVERS, recalculate, titleFor, toJson, UNALLOCATED } from '../../src/engine';
import type { RunOutcome } from '../../src/pipeline/pipeline';
import { reportLines } from '../../src/cli/report';
import type { ResultSheet, ResultTable } from '../../src/workbook/port';
import { fixture, recalculateBytes } from '../workbook/xlsx/helpers';
import { gridsOf } from '../../src/pipeline/grids';
import { DEFAULT_SETTINGS } from '../../src/workbook/settings';
import { readXlsx } from '../../src/workbook/xlsx/read';

const ENGLISH_DRIVERS = ['New delivery', 'Service development', 'Volumes', 'Project ends'];

function sheetsOf(outcome: RunOutcome): readonly ResultSheet[] {
  if (outcome.kind !== 'written') throw new Error(`the run was ${outcome.kind}`);
  return outcome.sheets;
}

const table = (sheets: readonly ResultSheet[], name: string): ResultTable => {
  const found = sheets.flatMap((sheet) => sheet.tables).find((t) => t.name === name);
  if (found === undefined) throw new Error(`no table ${name}`);
  return found;
};

describe('output in English', () => {
  let sheets: readonly ResultSheet[] = [];
  beforeAll(async () => {
    const bytes = fixture('examples/arlig-analys-2025.xlsx');
    sheets = sheetsOf((await recalculateBytes(bytes, { language: 'en' })).outcome);
  });

  it('names the drivers in English in the drivers sheet’s headers and its totals', () => {
    const drivers = table(sheets, 'SR_Drivers');
    expect(drivers.columns.map((c) => c.header).slice(4, 9)).toEqual([
      ...ENGLISH_DRIVERS,
      'Unallocated',
    ]);
    expect(table(sheets, 'SR_DriverTotals').rows.map((row) => row[0])).toEqual([
      ...ENGLISH_DRIVERS,
      'Unallocated',
      'Total change',
    ]);
  });

  it('names the drivers in English in the report’s bridge and its chart data', () => {
    const report = sheets.find((sheet) => sheet.kind === 'report');
    const labels = (report?.tables ?? []).map((t) => t.rows.map((row) => row[0]));
    const bridge = labels.filter((rows) => rows.includes('New delivery'));
    expect(bridge).toHaveLength(2);
    for (const rows of bridge) {
      expect(rows).toEqual(expect.arrayContaining([...ENGLISH_DRIVERS, 'Unallocated']));
      expect(rows).not.toContain('Ny leverans');
    }
  });

  it('gives every validation its title, before the sentence, and the code in the last column', () => {
    const validations = table(sheets, 'SR_Validations');
    expect(validations.columns.map((c) => c.header)).toEqual([
      'Severity',
      'Title',
      'Message',
      'Sheet',
      'Cell',
      'Code',
    ]);
    const mismatch = validations.rows.find((row) => row[5] === 'TOTAL_CHANGE_MISMATCH');
    expect(mismatch?.slice(0, 2)).toEqual(['Warning', 'The total does not add up']);
    expect(mismatch?.[2]).toMatch(/^Stated New delivery 2025 is /);
    for (const row of validations.rows) expect(row[1]).not.toMatch(/^[A-Z_]{4,}/);
  });
});

describe('the command line’s report in English', () => {
  it('names the drivers in English; the JSON keeps the canonical names', async () => {
    const snapshot = await readXlsx(fixture('examples/arlig-analys-2025.xlsx'));
    const json = toJson(recalculate(gridsOf(snapshot, DEFAULT_SETTINGS)), 'en');
    expect(Object.keys(json.drivers?.totals ?? {})).toEqual([...DRIVERS, UNALLOCATED]);
    const english = reportLines(json, 'en').join('\n');
    for (const name of [...ENGLISH_DRIVERS, 'Unallocated'])
      expect(english).toMatch(new RegExp(`^ {2}${name} +\\S`, 'm'));
    expect(english).not.toMatch(/^ {2}Ny leverans/m);
  });
});

describe('the driver catalogue', () => {
  it('names every driver and the unallocated rest in both languages, and any other key as it is', () => {
    expect([...DRIVERS, UNALLOCATED].map((key) => driverLabel(key, 'en'))).toEqual([
      ...ENGLISH_DRIVERS,
      'Unallocated',
    ]);
    expect([...DRIVERS, UNALLOCATED].map((key) => driverLabel(key, 'sv'))).toEqual([
      'Ny leverans',
      'Utveckling tjänst',
      'Volymer',
      'Projekt avslutas',
      'Ej fördelat',
    ]);
    expect(driverLabel('total', 'en')).toBe('total');
    expect(titleFor('TOTAL_CHANGE_MISMATCH', 'sv')).toBe('Summan stämmer inte');
  });
});
