/**
 * The same data in another layout gives the same result: the Swedish example's tables with their
 * headers written over two rows (merged group labels, labels merged down, a year above or below
 * the kind), or with an unrelated table below the services, read from files openpyxl and
 * LibreOffice wrote (fixtures/header-shapes/, see its README).
 */
import type { JsonResult } from '../../../src/engine';
import { fixture, recalculateBytes } from './helpers';

async function resultOf(file: string): Promise<JsonResult> {
  const { outcome } = await recalculateBytes(fixture(file), { language: 'sv' });
  if (outcome.kind !== 'written') throw new Error(`${file}: ${outcome.kind}`);
  return outcome.json;
}

/** A finding without its cell: rows move down when a header takes two rows. */
const codes = (result: JsonResult): string[] => result.warnings.map((w) => w.code).sort();

const SHAPES = [
  ['plain-ranges.xlsx', 'every header on one row, no Excel tables'],
  ['merged-groups.xlsx', 'group labels merged across the years, other labels merged down'],
  ['merged-groups.libreoffice.xlsx', 'the same saved by LibreOffice'],
  ['year-above.xlsx', 'the year on its own row above the kind'],
  ['kind-above-year.xlsx', 'the kind above the year, nothing merged'],
  ['stacked.xlsx', 'an unrelated table two blank rows and a title below the services'],
] as const;

describe('the example in other header shapes', () => {
  let example: JsonResult;
  beforeAll(async () => {
    example = await resultOf('examples/arlig-analys-2025.xlsx');
  });

  it('starts from the example’s own figures', () => {
    expect(example.scenarios.map((s) => s.years[0]?.total)).toEqual([1116626, 1121026, 1094176]);
  });

  it.each(SHAPES)('%s (%s) gives exactly the example’s scenarios and drivers', async (file) => {
    const result = await resultOf(`header-shapes/${file}`);
    expect(result.scenarios).toEqual(example.scenarios);
    expect(result.drivers).toEqual(example.drivers);
    expect(codes(result)).toEqual(codes(example));
  });

  it('reads the cost columns under a merged “Kostnad” with their years, and the headers as composed', async () => {
    const result = await resultOf('header-shapes/merged-groups.xlsx');
    const initiatives = result.tables.find((t) => t.table === 'initiatives');
    expect(initiatives?.range).toBe('A2:H24');
    expect(initiatives?.columns.slice(0, 6)).toEqual([
      { header: 'Tjänst', field: 'service', year: null, driver: null },
      { header: 'Förändringsinsats', field: 'name', year: null, driver: null },
      { header: 'Status', field: 'status', year: null, driver: null },
      { header: 'Kostnad 2025', field: 'cost', year: 2025, driver: null },
      { header: 'Kostnad 2026', field: 'cost', year: 2026, driver: null },
      { header: 'Kostnad 2027', field: 'cost', year: 2027, driver: null },
    ]);
  });

  it('points a finding about a data row at its row, below both header rows', async () => {
    const result = await resultOf('header-shapes/year-above.xlsx');
    const cells = result.warnings
      .filter((w) => w.code === 'DRIVER_TAG_MISSING')
      .map((w) => `${w.sheet ?? ''}!${w.cell ?? ''}`);
    // The example's G13, G16, G18, one row lower.
    expect(cells).toEqual(['Tjänster!G14', 'Tjänster!G17', 'Tjänster!G19']);
  });

  it('ends the services table above the title of the unrelated table', async () => {
    const result = await resultOf('header-shapes/stacked.xlsx');
    expect(result.tables.find((t) => t.table === 'services')?.range).toBe('A3:G27');
    expect(result.warnings.filter((w) => w.severity === 'error')).toEqual([]);
  });
});
