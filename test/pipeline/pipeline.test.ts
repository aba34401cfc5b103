/**
 * The pipeline every door uses, on an in-memory port: what it reads, what it refuses, what it writes.
 */
import type { RawCell } from '../../src/engine';
import { createPipeline } from '../../src/pipeline/pipeline';
import type {
  ResultSheet,
  SheetSnapshot,
  WorkbookPort,
  WorkbookSnapshot,
} from '../../src/workbook/port';
import type { StoredSettings } from '../../src/workbook/settings';
import { DEFAULT_SETTINGS } from '../../src/workbook/settings';
import { annualAnalysisGrids } from '../engine/fixtures/annual-analysis-2025';

/** The document's tables as a workbook snapshot, plus whatever sheets a test adds. */
function snapshotWith(
  extra: readonly SheetSnapshot[] = [],
  settings: StoredSettings | null = null,
): WorkbookSnapshot {
  const sheets: SheetSnapshot[] = annualAnalysisGrids().map((grid) => ({
    name: grid.sheet,
    visible: true,
    top: grid.top,
    left: grid.left,
    rows: grid.rows,
    tableNames: [],
  }));
  return { sheets: [...sheets, ...extra], tables: [], settings };
}

/** A port over a snapshot that records what is written. */
function memoryPort(snapshot: WorkbookSnapshot) {
  const writes: { sheets: readonly ResultSheet[]; settings: StoredSettings }[] = [];
  const port: WorkbookPort = {
    read: () => Promise.resolve(snapshot),
    write: (sheets, settings) => {
      writes.push({ sheets, settings });
      return Promise.resolve();
    },
  };
  return { port, writes };
}

const pipeline = createPipeline({ version: '9.9.9', now: () => new Date('2026-01-02T03:04:00Z') });

function sheet(
  name: string,
  rows: readonly (readonly RawCell[])[],
  tableNames: readonly string[] = [],
): SheetSnapshot {
  return { name, visible: true, top: 1, left: 1, rows, tableNames };
}

describe('the pipeline', () => {
  it('reads, computes and writes the three result sheets, reporting its stages in order', async () => {
    const { port, writes } = memoryPort(snapshotWith());
    const stages: string[] = [];
    const outcome = await pipeline.run(port, {
      language: 'sv',
      onStage: (stage) => stages.push(stage),
    });
    expect(stages).toEqual(['reading', 'computing', 'writing']);
    expect(outcome.kind).toBe('written');
    expect(writes).toHaveLength(1);
    expect(writes[0]?.sheets.map((s) => s.name)).toEqual([
      'Scenariosummering',
      'Kostnadsdrivare',
      'Valideringar',
      'Sammanställning',
    ]);
    expect(writes[0]?.sheets[0]?.stamp).toMatch(
      /^Beräknad 2026-01-02 03:04 UTC av Scenarioberäkning 9\.9\.9/,
    );
    const summary = writes[0]?.sheets[0]?.tables[0];
    const column = (header: string): number =>
      summary?.columns.findIndex((c) => c.header === header) ?? -1;
    const figures = (year: number, header: string) =>
      summary?.rows.filter((row) => row[2] === year).map((row) => row[column(header)]);
    expect(figures(2025, 'Summering')).toEqual([1116626, 1121026, 1094176]);
    // Over base is a figure of its own, known where the base is not (2026's is `Ej känt`).
    expect(figures(2025, 'Över bas')).toEqual([27650, 32050, 5200]);
    expect(figures(2026, 'Över bas')).toEqual([11630, 24400, 9500]);
    expect(figures(2026, 'Summering')).toEqual([null, null, null]);
  });

  it('writes a detail table whose rows add up, by SUMIFS, to every ongoing and proposed total', async () => {
    const { port, writes } = memoryPort(snapshotWith());
    const outcome = await pipeline.run(port, { language: 'en' });
    const detail = writes[0]?.sheets[0]?.tables[2];
    expect(detail?.columns.map((c) => c.header)).toEqual([
      'Scenario',
      'Initiative',
      'Status',
      'Year',
      'Amount',
    ]);
    expect(detail?.rows.some((row) => row[4] === 0)).toBe(false);
    const sumifs = (scenario: string, status: string, year: number): number =>
      (detail?.rows ?? [])
        .filter((row) => row[0] === scenario && row[2] === status && row[3] === year)
        .reduce((total, row) => total + Number(row[4]), 0);
    for (const s of outcome.kind === 'written' ? outcome.json.scenarios : []) {
      for (const y of s.years) {
        expect([
          s.id,
          y.year,
          sumifs(s.id, 'Ongoing', y.year),
          sumifs(s.id, 'Proposed', y.year),
        ]).toEqual([s.id, y.year, y.ongoing, y.proposed]);
      }
    }
  });

  it('never overwrites a sheet with a result sheet’s name that it did not make, and writes nothing', async () => {
    const foreign = sheet('Valideringar', [['Mina egna anteckningar']]);
    const { port, writes } = memoryPort(snapshotWith([foreign]));
    const outcome = await pipeline.run(port, { language: 'sv' });
    expect(outcome).toMatchObject({ kind: 'foreign-sheet', sheet: 'Valideringar' });
    expect(writes).toHaveLength(0);
  });

  it('knows its own sheets by their tables, whatever the case of their names', async () => {
    const own = sheet(
      'valideringar',
      [['Beräknad …'], [], ['Valideringar'], ['Allvarlighet']],
      ['SR_Validations'],
    );
    const { port, writes } = memoryPort(snapshotWith([own]));
    expect((await pipeline.run(port, { language: 'sv' })).kind).toBe('written');
    expect(writes).toHaveLength(1);
  });

  it('does not read its own result sheets as input', async () => {
    // A summary sheet holds a header row the engine would take for a scenarios table.
    const own = sheet(
      'Scenariosummering',
      [['stamp'], [], ['Scenario', 'År', 'Bas', 'Påverkan'], ['9', 2025, 1, 1]],
      ['SR_Scenarios'],
    );
    const { port } = memoryPort(snapshotWith([own]));
    const outcome = await pipeline.run(port, { language: 'sv' });
    expect(outcome.kind === 'written' && outcome.result.scenarios.map((s) => s.id)).toEqual([
      '1',
      '2',
      '3',
    ]);
  });

  it('does not read a result sheet made under an earlier name, or a user’s copy of one', async () => {
    const copy = sheet(
      'Scenariosummering (2)',
      [['stamp'], [], ['Scenario', 'År', 'Bas', 'Påverkan'], ['1', 2025, 1, 1]],
      ['SR_Scenarios2'],
    );
    const { port } = memoryPort(snapshotWith([copy]));
    const outcome = await pipeline.run(port, { language: 'sv' });
    expect(
      outcome.kind === 'written' && outcome.result.scenarios[0]?.years[0]?.total?.valueOf(),
    ).toBe(1116626);
    expect(outcome.kind === 'written' && outcome.result.warnings.map((w) => w.code)).not.toContain(
      'DUPLICATE_TABLE',
    );
  });

  it('writes nothing when a required table is missing, and says which', async () => {
    const { port, writes } = memoryPort({
      sheets: [sheet('Blad1', [['Anteckningar'], ['inget här']])],
      tables: [],
      settings: null,
    });
    const outcome = await pipeline.run(port, { language: 'en' });
    expect(outcome.kind).toBe('blocked');
    expect(outcome.kind === 'blocked' && outcome.missing).toEqual([
      'services',
      'initiatives',
      'scenarios',
    ]);
    expect(writes).toHaveLength(0);
  });

  it('uses the saved settings, and the run’s own settings over them, and saves what it used', async () => {
    const saved: StoredSettings = {
      version: 2,
      resultSheets: { summary: 'Sammanfattning', drivers: 'Drivare ut', validations: 'Kontroller' },
      reportSheet: null,
      tolerance: { amount: 0.5, unit: 'tkr' },
      unit: 'tkr',
      mapping: {},
    };
    const { port, writes } = memoryPort(snapshotWith([], saved));
    await pipeline.run(port, {
      language: 'sv',
      settings: { tolerance: { amount: 100, unit: 'tkr' } },
    });
    expect(writes[0]?.sheets.map((s) => s.name)).toEqual([
      'Sammanfattning',
      'Drivare ut',
      'Kontroller',
      'Sammanställning',
    ]);
    expect(writes[0]?.settings).toEqual({ ...saved, tolerance: { amount: 100, unit: 'tkr' } });
  });

  it('saves a tolerance given in the result’s unit (the command line’s) in the unit the result turned out', async () => {
    const { port, writes } = memoryPort(snapshotWith([], DEFAULT_SETTINGS));
    await pipeline.run(port, {
      language: 'sv',
      settings: { tolerance: { amount: 2, unit: null } },
    });
    expect(writes[0]?.settings.tolerance).toEqual({ amount: 2, unit: 'tkr' });
  });

  it('stamps the same input fingerprint for the same inputs, and another when a used cell changes', async () => {
    const fingerprintOf = async (snapshot: WorkbookSnapshot): Promise<string> => {
      const outcome = await pipeline.run(memoryPort(snapshot).port, { language: 'sv' });
      return outcome.kind === 'written' ? outcome.fingerprint : '';
    };
    const first = await fingerprintOf(snapshotWith());
    expect(await fingerprintOf(snapshotWith())).toBe(first);
    expect(await fingerprintOf(snapshotWith([sheet('Anteckningar', [['en ny anteckning']])]))).toBe(
      first,
    );
    const changed = snapshotWith();
    const scenarios = changed.sheets.find((s) => s.name === 'Scenarier');
    const edited = {
      ...changed,
      sheets: changed.sheets.map((s) =>
        s === scenarios
          ? { ...s, rows: s.rows.map((r, i) => (i === 2 ? ['1', null, 2025, 1, 1] : r)) }
          : s,
      ),
    };
    expect(await fingerprintOf(edited)).not.toBe(first);
  });

  it('speaks the run’s language on the result sheets', async () => {
    const { port, writes } = memoryPort(snapshotWith());
    await pipeline.run(port, { language: 'en' });
    expect(writes[0]?.sheets[0]?.tables[0]?.columns.slice(0, 3).map((c) => c.header)).toEqual([
      'Scenario',
      'Name',
      'Year',
    ]);
    expect(writes[0]?.sheets[2]?.tables[0]?.rows[0]?.[0]).toBe('Warning');
  });
});
