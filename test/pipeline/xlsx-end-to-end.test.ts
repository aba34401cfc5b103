/**
 * Real files through the whole pipeline: every bad cell surfaces at its address, and a mapping
 * saved in the workbook decides which table is read.
 */
import { fixture, recalculateBytes } from '../workbook/xlsx/helpers';
import type { RunOptions } from '../../src/pipeline/pipeline';

const OTHER_SHEETS: RunOptions['settings'] = {
  resultSheets: { summary: 'R1', drivers: 'R2', validations: 'R3' },
};

async function findings(
  file: string,
  settings: RunOptions['settings'] = OTHER_SHEETS,
): Promise<string[]> {
  const { outcome } = await recalculateBytes(fixture(file), {
    language: 'en',
    ...(settings === undefined ? {} : { settings }),
  });
  if (outcome.kind === 'foreign-sheet') throw new Error('foreign sheet');
  return outcome.json.warnings
    .filter((w) => w.sheet !== null)
    .map((w) => `${w.code} ${w.sheet ?? ''}!${w.cell ?? ''}`);
}

describe('bad input in real files', () => {
  it('reports error values at their cells, and leaves those totals unknown', async () => {
    const { outcome } = await recalculateBytes(fixture('formulas-and-errors.xlsx'), {
      language: 'en',
      settings: OTHER_SHEETS,
    });
    expect(
      outcome.kind === 'written' &&
        outcome.json.scenarios.map((s) => [s.id, s.years.map((y) => y.total)]),
    ).toEqual([
      ['1', [1090076, null]],
      ['2', [null, null]],
    ]);
    expect(await findings('formulas-and-errors.xlsx')).toEqual(
      expect.arrayContaining(['EXCEL_ERROR_VALUE Scenarios!D9', 'EXCEL_ERROR_VALUE Scenarios!D10']),
    );
  });

  it('reports a formula never calculated at its cell, once, and skips the total row', async () => {
    const found = await findings('kitchen-sink.xlsx');
    expect(found).toEqual(
      expect.arrayContaining([
        'FORMULA_WITHOUT_VALUE Analysis!C6',
        'TOTAL_ROW_SKIPPED Analysis!A11',
        'STATED_MISMATCH Analysis!F25',
      ]),
    );
    expect(found.filter((f) => f.endsWith('Analysis!C6'))).toHaveLength(1);
  });

  it('reports the English example’s one deliberate inconsistency', async () => {
    expect(await findings('examples/small-english.xlsx')).toEqual(['STATED_MISMATCH Analysis!F22']);
  });

  it('reads a range the user mapped to a table, before any table found by its headers', async () => {
    // The stated driver totals, mapped to a range that leaves out the last row (Total).
    const mapped = await findings('examples/small-english.xlsx', {
      ...OTHER_SHEETS,
      mapping: { driverTotals: { sheet: 'Analysis', range: 'A26:C30' } },
    });
    expect(mapped).toEqual(['STATED_MISMATCH Analysis!F22']);
    const { outcome } = await recalculateBytes(fixture('examples/small-english.xlsx'), {
      language: 'en',
      settings: {
        ...OTHER_SHEETS,
        mapping: { driverTotals: { sheet: 'Analysis', range: 'A26:C30' } },
      },
    });
    expect(
      outcome.kind === 'written' && outcome.json.tables.find((t) => t.table === 'driverTotals'),
    ).toMatchObject({
      range: 'A26:C30',
      rows: 4,
      source: 'mapping',
    });
  });
});
