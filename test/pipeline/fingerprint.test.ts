/**
 * The input fingerprint: the same cells give the same fingerprint, any cell a reader hands over
 * is fingerprinted.
 */
import type { Grid, RawCell } from '../../src/engine';
import { fingerprint } from '../../src/pipeline/fingerprint';
import { DEFAULT_SETTINGS } from '../../src/workbook/settings';

const grid = (cell: RawCell): Grid => ({
  sheet: 'Data',
  top: 1,
  left: 1,
  rows: [[cell]],
  source: { kind: 'sheet' },
});

describe('fingerprint', () => {
  it('is the same for the same cells and differs when a cell changes', async () => {
    const a = await fingerprint([grid(1088976)], DEFAULT_SETTINGS);
    expect(a).toMatch(/^[0-9a-f]{16}$/);
    expect(await fingerprint([grid(1088976)], DEFAULT_SETTINGS)).toBe(a);
    expect(await fingerprint([grid(1088977)], DEFAULT_SETTINGS)).not.toBe(a);
  });

  // Found by fuzzing: ExcelJS reads 1e308 formatted as a date as an invalid Date, and
  // toISOString threw a RangeError out of the pipeline.
  it('fingerprints an invalid Date instead of throwing', async () => {
    const invalid = await fingerprint([grid(new Date(Number.NaN))], DEFAULT_SETTINGS);
    expect(invalid).toMatch(/^[0-9a-f]{16}$/);
    expect(await fingerprint([grid(new Date(0))], DEFAULT_SETTINGS)).not.toBe(invalid);
  });

  it('changes when a what-if is saved, and is the earlier versions’ without one', async () => {
    const none = await fingerprint([grid(1)], DEFAULT_SETTINGS);
    expect(await fingerprint([grid(1)], { ...DEFAULT_SETTINGS, whatIfs: [] })).toBe(none);
    const whatIf = { name: 'AI i 3', basedOn: '3', members: [], impact: [] };
    const saved = await fingerprint([grid(1)], { ...DEFAULT_SETTINGS, whatIfs: [whatIf] });
    expect(saved).not.toBe(none);
    const moved = await fingerprint([grid(1)], {
      ...DEFAULT_SETTINGS,
      whatIfs: [{ ...whatIf, members: [{ initiative: 'AI', shift: 1, scale: '1' }] }],
    });
    expect(moved).not.toBe(saved);
  });
});
