/**
 * A formula's cached value is its value, whatever it is and whatever wrote the file: LibreOffice
 * caches 0 as `<v>0</v>`, the empty text as `t="str"` with `<v></v>`, and FALSE as `t="b"`
 * `<v>0</v>`. The fixture is made by openpyxl and saved by LibreOffice (fixtures/make-fixtures.py,
 * make-libreoffice.sh), read through the real reader and the pipeline.
 */
import type { RunOutcome } from '../../../src/pipeline/pipeline';
import { readXlsx } from '../../../src/workbook/xlsx/read';
import { fixture, recalculateBytes } from './helpers';

const FILE = 'zero-formulas.libreoffice.xlsx';

async function cellsOf(sheet: string) {
  const snapshot = await readXlsx(fixture(FILE));
  const found = snapshot.sheets.find((s) => s.name === sheet);
  if (found === undefined) throw new Error(`no sheet ${sheet}`);
  return (row: number, column: number) =>
    found.rows[row - found.top]?.[column - found.left] ?? null;
}

function written(outcome: RunOutcome) {
  if (outcome.kind !== 'written') throw new Error(`not written: ${outcome.kind}`);
  return outcome.json;
}

describe('a formula whose cached value is 0, the empty text or FALSE (saved by LibreOffice)', () => {
  it('reads 0 as 0, the empty text as an empty cell and FALSE as false, never as uncalculated', async () => {
    const analysis = await cellsOf('Analysis');
    expect(analysis(7, 4)).toBe(0); // =C7-C7
    expect(analysis(8, 3)).toBe(0); // =250*0
    expect(analysis(12, 5)).toBe(0); // =0*5
    expect(analysis(13, 5)).toBe(0); // =D13-D13
    expect(analysis(12, 6)).toBe(101000); // =D12+1000
    expect(analysis(8, 5)).toBeNull(); // =IF(C8=0,"","x")
    const notes = await cellsOf('Notes');
    expect(notes(1, 2)).toBe(false); // =1=2
  });

  it('gives a scenario whose impact is a formula giving 0 a known total, and the right one', async () => {
    const { outcome } = await recalculateBytes(fixture(FILE), { language: 'en' });
    const json = written(outcome);
    expect(json.scenarios[0]?.years).toEqual([
      {
        year: 2025,
        base: 100000,
        ongoing: 0,
        proposed: 1000,
        impact: 0,
        overBase: 1000,
        total: 101000,
        stated: { ongoing: null, proposed: null, total: 101000 },
      },
      {
        year: 2026,
        base: 100000,
        ongoing: 250,
        proposed: 0,
        impact: 0,
        overBase: 250,
        total: 100250,
        stated: { ongoing: null, proposed: null, total: null },
      },
    ]);
    // No cell is taken for a formula without a value; the empty net benefit is only missing.
    expect(json.warnings.filter((w) => w.severity !== 'info')).toEqual([]);
    expect(
      json.warnings
        .filter((w) => w.code !== 'MISSING_TABLE')
        .map((w) => [w.code, `${w.sheet ?? ''}!${w.cell ?? ''}`]),
    ).toEqual([['MISSING_NET_BENEFIT', 'Analysis!A12']]);
  });
});
