/**
 * The example's data in other units, in workbooks made by openpyxl and saved by LibreOffice
 * (units/make-units.py, units/make-units-libreoffice.sh): read through the real .xlsx reader, every
 * amount converted exactly, every figure shown in the unit chosen.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { JsonResult, OutputUnit } from '../../../src/engine';
import type { RunOutcome } from '../../../src/pipeline/pipeline';
import { fixture, partText, recalculateBytes } from './helpers';

const unitsFixture = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(join(__dirname, 'units', name)));

async function run(
  bytes: Uint8Array,
  unit?: OutputUnit,
): Promise<{ outcome: Extract<RunOutcome, { kind: 'written' }>; written: Uint8Array }> {
  const { outcome, written } = await recalculateBytes(bytes, {
    language: 'en',
    ...(unit === undefined ? {} : { settings: { unit } }),
  });
  if (outcome.kind !== 'written' || written === null) throw new Error(outcome.kind);
  return { outcome, written };
}

const totals = (json: JsonResult): (number | null | undefined)[][] =>
  json.scenarios.map((s) => s.years.map((y) => y.total));
const findings = (json: JsonResult): string[] =>
  json.warnings.map((w) => `${w.code} ${w.sheet ?? ''}!${w.cell ?? ''}`);

const IN_TKR = [
  [1116626, null, null],
  [1121026, null, null],
  [1094176, null, null],
];
const IN_MSEK = [
  [1116.626, null, null],
  [1121.026, null, null],
  [1094.176, null, null],
];

describe('workbooks in other units than tkr', () => {
  let example: JsonResult;
  beforeAll(async () => {
    example = (await run(fixture('examples/arlig-analys-2025.xlsx'))).outcome.json;
  });

  it.each([
    ['units-msek.xlsx', 'MSEK'],
    ['units-msek.libreoffice.xlsx', 'MSEK'],
    ['units-kr.xlsx', 'kr'],
  ])('%s is read in %s and gives the example’s figures, in tkr exactly', async (file, unit) => {
    const own = (await run(unitsFixture(file))).outcome.json;
    expect(own.unit).toBe(unit);
    const inTkr = (await run(unitsFixture(file), 'tkr')).outcome.json;
    expect(inTkr.unit).toBe('tkr');
    expect(totals(inTkr)).toEqual(IN_TKR);
    expect(inTkr.scenarios.map((s) => s.netBenefit)).toEqual(
      example.scenarios.map((s) => s.netBenefit),
    );
    expect(inTkr.drivers?.totals).toEqual(example.drivers?.totals);
    // The same inconsistencies, at the same cells: the tolerance is 0.5 tkr whatever the unit.
    expect(findings(own)).toEqual(findings(example));
  });

  it('shows the MSEK workbook in MSEK: totals, sentences and result sheets with three decimals', async () => {
    const { outcome, written } = await run(unitsFixture('units-msek.xlsx'));
    expect(totals(outcome.json)).toEqual(IN_MSEK);
    expect(outcome.json.scenarios[0]?.years[0]).toMatchObject({
      base: 1088.976,
      ongoing: 6,
      proposed: 20.55,
      impact: 1.1,
    });
    expect(outcome.json.warnings.map((w) => w.message)).toContain(
      'Scenario 1: stated net benefit is 25.62 but computes to 25.68 (difference 0.06).',
    );
    const summary = outcome.sheets.find((sheet) => sheet.kind === 'summary');
    expect(summary?.amountFormat).toBe('#,##0.000');
    expect(summary?.tables.map((table) => table.title)).toEqual([
      'Scenarios by year (MSEK)',
      'Net benefit by scenario (MSEK)',
      'Initiatives by scenario and year (MSEK)',
    ]);
    expect(await partText(written, 'xl/styles.xml')).toContain('formatCode="#,##0.000"');
  });

  it('rescales every figure of a tkr workbook to the unit chosen', async () => {
    const bytes = fixture('examples/arlig-analys-2025.xlsx');
    expect(totals((await run(bytes, 'MSEK')).outcome.json)).toEqual(IN_MSEK);
    expect(totals((await run(bytes, 'kr')).outcome.json)).toEqual(
      IN_TKR.map((row) => row.map((total) => (total === null ? null : total * 1000))),
    );
  });

  it('converts a workbook whose tables are in two units, and says so once', async () => {
    const { json } = (await run(unitsFixture('units-mixed.xlsx'))).outcome;
    expect(json.unit).toBe('tkr');
    expect(totals(json)).toEqual(IN_TKR);
    expect(json.drivers?.totals).toEqual(example.drivers?.totals);
    const differ = json.warnings.filter((w) => w.code === 'UNITS_DIFFER');
    expect(differ).toEqual([
      {
        severity: 'info',
        code: 'UNITS_DIFFER',
        title: 'The tables are in different units',
        sheet: 'Tjänster',
        cell: 'C3',
        message:
          'The tables are in different units (Services in MSEK, Development moved into running cost in MSEK, Initiatives in tkr, Scenarios in tkr, Scenario members in tkr; Stated driver totals states no unit and is read in tkr); every amount is converted to tkr.',
      },
    ]);
    expect(findings(json).filter((f) => !f.startsWith('UNITS_DIFFER'))).toEqual(findings(example));
  });
});
