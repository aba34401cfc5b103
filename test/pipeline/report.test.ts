/**
 * The report sheet as the pipeline lays it out, cell by cell, on the example: what every door
 * writes. Addresses are the report's as a reader sees them (docs/report.md).
 */
import JSZip from 'jszip';
import { cellAddress } from '../../src/engine';
import { moneyFromNumber } from '../../src/engine/money';
import type { RunOutcome } from '../../src/pipeline/pipeline';
import { reportSheetName } from '../../src/pipeline/pipeline';
import { reportSheet } from '../../src/pipeline/report';
import type { ResultSheet, WorkbookSnapshot } from '../../src/workbook/port';
import { DEFAULT_SETTINGS } from '../../src/workbook/settings';
import { readXlsx } from '../../src/workbook/xlsx/read';
import { fixture, recalculateBytes } from '../workbook/xlsx/helpers';

/** Every cell of a result sheet as the pipeline means it, by address. */
function cellsOf(sheet: ResultSheet): Map<string, string | number> {
  const cells = new Map<string, string | number>([
    [cellAddress(sheet.stampRow ?? 1, 1), sheet.stamp],
  ]);
  for (const cell of sheet.cells ?? []) cells.set(cellAddress(cell.row, cell.column), cell.value);
  for (const table of sheet.tables) {
    cells.set(cellAddress(table.top, table.left), table.title);
    table.columns.forEach((column, c) =>
      cells.set(cellAddress(table.top + 1, table.left + c), column.header),
    );
    table.rows.forEach((row, r) => {
      row.forEach((value, c) => {
        if (value !== null) cells.set(cellAddress(table.top + 2 + r, table.left + c), value);
      });
    });
  }
  return cells;
}

function reportOf(outcome: RunOutcome): ResultSheet {
  if (outcome.kind !== 'written') throw new Error(`the run was ${outcome.kind}`);
  const report = outcome.sheets.find((sheet) => sheet.kind === 'report');
  if (report === undefined) throw new Error('no report');
  return report;
}

describe('the report sheet on the example (sv)', () => {
  let report: ResultSheet;
  let at: (address: string) => string | number | undefined;
  beforeAll(async () => {
    report = reportOf(
      (await recalculateBytes(fixture('examples/arlig-analys-2025.xlsx'), { language: 'sv' }))
        .outcome,
    );
    const cells = cellsOf(report);
    at = (address) => cells.get(address);
  });

  it('is named Sammanställning and opens with its title, unit and stamp', () => {
    expect(report.name).toBe('Sammanställning');
    expect([at('A1'), at('A2')]).toEqual([
      'Sammanställning av scenarier och kostnadsdrivare',
      'Belopp i tkr',
    ]);
    expect(at('A3')).toMatch(
      /^Beräknad 2026-11-28 09:15 UTC av .* fingeravtryck för indata [0-9a-f]+$/,
    );
  });

  it('counts the warnings by severity and links the validations sheet with a cell hyperlink', () => {
    expect(['B5', 'C5', 'D5', 'B6', 'C6', 'D6'].map(at)).toEqual([
      'Fel',
      'Varning',
      'Info',
      0,
      16,
      2,
    ]);
    expect(report.cells?.find((cell) => cell.link !== undefined)).toEqual({
      row: 6,
      column: 1,
      value: 'Visa alla på bladet Valideringar',
      style: 'text',
      link: { sheet: 'Valideringar', cell: 'A1' },
    });
  });

  it('compares the scenarios: over base per year, the totals, net benefit and members lacking one', () => {
    expect(['A9', 'B9', 'E9', 'H9', 'I9', 'J9'].map(at)).toEqual([
      'Scenario',
      'Över bas 2025',
      'Summering 2025',
      'Nettonytta',
      'Utan nettonytta',
      'Anteckning',
    ]);
    expect(['A10', 'B10', 'C10', 'D10', 'E10', 'H10', 'I10'].map(at)).toEqual([
      '1 Säkerställa lagkrav och fortsatt tjänsteleverans',
      27650,
      11630,
      0,
      1116626,
      25680,
      4,
    ]);
    expect(['E10', 'E11', 'E12'].map(at)).toEqual([1116626, 1121026, 1094176]);
    expect(['B11', 'C11', 'D11', 'B12', 'C12', 'D12'].map(at)).toEqual([
      32050, 24400, 18800, 5200, 9500, 6000,
    ]);
  });

  it('writes an unknown total as the word okänd, with the reason and the cell in the note', () => {
    expect(['F10', 'G10'].map(at)).toEqual(['okänd', 'okänd']);
    expect(at('J10')).toBe(
      'Summering 2026: bas saknas, Scenarier!D4; Summering 2027: bas saknas, Scenarier!D5',
    );
  });

  it('gives each scenario the document’s block, a differing stated figure and its difference beside', () => {
    expect(at('A14')).toBe('Summering för scenario 1 (tkr)');
    expect(['A15', 'B15', 'C15', 'D15', 'E15', 'F15', 'G15'].map(at)).toEqual([
      'Post',
      '2025',
      '2026',
      '2027',
      'Angivet',
      'Skillnad',
      'Anteckning',
    ]);
    expect(['A16', 'A17', 'A18', 'A19', 'A20', 'A21', 'A22'].map(at)).toEqual([
      'Bas',
      'Pågående insatser',
      'Föreslagna insatser',
      'Påverkan',
      'Över bas',
      'Summering',
      'Nettonytta',
    ]);
    expect(['B16', 'C16', 'G16'].map(at)).toEqual([
      1088976,
      'okänd',
      '2026: bas saknas, Scenarier!D4; 2027: bas saknas, Scenarier!D5',
    ]);
    // Scenario 1 states 6 200 proposed for 2026; the initiatives sum to 7 200.
    expect(['C18', 'E18', 'F18', 'G18'].map(at)).toEqual([
      7200,
      6200,
      1000,
      '≠ angivet 2026, Scenarier!G4',
    ]);
    expect(['B20', 'B21'].map(at)).toEqual([27650, 1116626]);
    expect(['B22', 'E22', 'F22', 'G22'].map(at)).toEqual([
      25680,
      25620,
      60,
      'hela scenariot; ≠ angivet, Scenarier!I3; 4 insats(er) utan nettonytta',
    ]);
    // A row that agrees with what the workbook states has nothing beside it.
    expect(['E17', 'F17', 'G17'].map(at)).toEqual([undefined, undefined, undefined]);
    expect(['B31', 'B41'].map(at)).toEqual([1121026, 1094176]);
  });

  it('bridges budget 2024 to proposal 2025 through the drivers, stated totals beside', () => {
    expect(at('A44')).toBe('Från budget 2024 till förslag 2025 (tkr)');
    const rows = [46, 47, 48, 49, 50, 51, 52, 53].map((row) =>
      ['A', 'B', 'C', 'D'].map((column) => at(`${column}${row}`)),
    );
    expect(rows).toEqual([
      ['Budget 2024', 528415, undefined, undefined],
      ['Ny leverans', 40994.5, 37900, 3094.5],
      ['Utveckling tjänst', 48750, 48700, 50],
      ['Volymer', 12500.5, 12900, -399.5],
      ['Projekt avslutas', 0, undefined, undefined],
      ['Ej fördelat', 0, undefined, undefined],
      ['Förändring totalt', 102245, 99500, 2745],
      ['Förslag 2025', 630660, undefined, undefined],
    ]);
    expect(at('E47')).toBe('≠ angivet 2025, Drivare!C2');
  });

  it('prints landscape, fit to width, its title rows on every page, the stamp in the footer and the chart data on a page of its own', () => {
    expect(report.print).toEqual({
      orientation: 'landscape',
      titleRows: { first: 1, last: 2 },
      footer: report.stamp,
      // The bridge chart's helper cells start a page of their own.
      breaksBefore: [report.tables.find((t) => t.name === 'SR_ReportBridgeChart')?.top],
    });
    expect(report.print?.breaksBefore).toEqual([76]);
    expect(report.tables.every((table) => table.name.startsWith('SR_Report'))).toBe(true);
    expect(report.tables.every((table) => table.filterButtons === false)).toBe(true);
  });
});

describe('the report sheet in English', () => {
  it('is named Summary and says unknown', async () => {
    const report = reportOf(
      (await recalculateBytes(fixture('examples/arlig-analys-2025.xlsx'), { language: 'en' }))
        .outcome,
    );
    const cells = cellsOf(report);
    expect(report.name).toBe('Summary');
    expect(['A1', 'A2', 'F10', 'A46'].map((a) => cells.get(a))).toEqual([
      'Summary of scenarios and cost drivers',
      'Amounts in tkr',
      'unknown',
      'Budget 2024',
    ]);
    expect(cells.get('J10')).toBe(
      'Total 2026: base missing, Scenarier!D4; Total 2027: base missing, Scenarier!D5',
    );
  });
});

describe('the report sheet’s name and ownership', () => {
  const snapshot = (sheets: { name: string; tables: string[] }[]): WorkbookSnapshot => ({
    sheets: sheets.map(({ name, tables }) => ({
      name,
      visible: true,
      top: 1,
      left: 1,
      rows: [['x']],
      tableNames: tables,
    })),
    tables: [],
    settings: null,
  });

  it('keeps the name of a report the product wrote in the other language', () => {
    const written = snapshot([{ name: 'Sammanställning', tables: ['SR_ReportScenarios'] }]);
    expect(reportSheetName(written, DEFAULT_SETTINGS, 'en')).toBe('Sammanställning');
    expect(reportSheetName(snapshot([]), DEFAULT_SETTINGS, 'en')).toBe('Summary');
  });

  it('takes the other default when a data sheet is named like the report', () => {
    const settings = {
      ...DEFAULT_SETTINGS,
      resultSheets: { summary: 'Summary', drivers: 'Drivers', validations: 'Checks' },
    };
    expect(reportSheetName(snapshot([]), settings, 'en')).toBe('Sammanställning');
  });

  it('takes the name the settings save, whatever the language', () => {
    const settings = { ...DEFAULT_SETTINGS, reportSheet: 'Rapport till nämnden' };
    expect(reportSheetName(snapshot([]), settings, 'en')).toBe('Rapport till nämnden');
    const written = snapshot([{ name: 'Sammanställning', tables: ['SR_ReportScenarios'] }]);
    expect(reportSheetName(written, settings, 'sv')).toBe('Rapport till nämnden');
  });

  it('refuses a sheet of the user’s named like the report, and writes nothing', async () => {
    const input = fixture('examples/small-english.xlsx');
    // The user's own "Sammanställning": the example's first sheet renamed, holding no SR_ table.
    const theirs = (await readXlsx(input)).sheets[0]?.name ?? '';
    const zip = await JSZip.loadAsync(input);
    const workbook = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
    zip.file('xl/workbook.xml', workbook.replace(`name="${theirs}"`, 'name="Sammanställning"'));
    const renamed = await zip.generateAsync({ type: 'uint8array' });
    const refused = await recalculateBytes(renamed, { language: 'sv' });
    expect(refused.outcome.kind).toBe('foreign-sheet');
    expect(refused.outcome.kind === 'foreign-sheet' && refused.outcome.sheet).toBe(
      'Sammanställning',
    );
    expect(refused.written).toBeNull();
  });
});

describe('a workbook of many scenarios', () => {
  it('compares them all but gives only the first 20 a block, and says where the rest are', async () => {
    const { outcome } = await recalculateBytes(fixture('examples/arlig-analys-2025.xlsx'));
    if (outcome.kind !== 'written') throw new Error(outcome.kind);
    const first = outcome.result.scenarios[0];
    if (first === undefined) throw new Error('no scenario');
    const scenarios = Array.from({ length: 25 }, (_, i) => ({ ...first, id: `S${i + 1}` }));
    const report = reportSheet({
      result: { ...outcome.result, scenarios },
      language: 'sv',
      name: 'Sammanställning',
      stamp: 'stämpel',
      validationsSheet: 'Valideringar',
      summarySheet: 'Scenariosummering',
      takenTableNames: new Set(),
    });
    expect(report.tables[0]?.rows).toHaveLength(25);
    expect(report.tables.filter((t) => t.name.startsWith('SR_ReportScenario'))).toHaveLength(21);
    // Then the bridge and the bridge chart's helper cells.
    expect(report.tables.at(-3)?.name).toBe('SR_ReportScenarioS20');
    expect(report.cells?.map((cell) => cell.value)).toContain(
      '5 scenarier till har inget eget block här (de 20 första har det); alla finns på bladet Scenariosummering.',
    );
    // The over-base chart shows the first 20 as well, from the comparison's first 20 rows.
    const comparison = report.tables[0];
    const chart = report.charts?.find((c) => c.kind === 'clustered');
    expect(chart?.categories).toEqual({
      top: (comparison?.top ?? 0) + 2,
      bottom: (comparison?.top ?? 0) + 21,
      left: 1,
      right: 1,
    });
  });
});

describe('the report’s charts as the pipeline lays them out', () => {
  it('titles them and names their series in the run’s language, never from workbook text', async () => {
    const { outcome } = await recalculateBytes(fixture('examples/arlig-analys-2025.xlsx'), {
      language: 'en',
    });
    const report = reportOf(outcome);
    const cells = cellsOf(report);
    expect(report.charts?.map((chart) => [chart.kind, chart.title])).toEqual([
      ['bridge', 'From budget 2024 to proposal 2025 (tkr)'],
      ['clustered', 'Cost over base by scenario and year (tkr)'],
    ]);
    // Each series' name is the header cell it refers to.
    for (const chart of report.charts ?? [])
      for (const series of chart.series)
        expect(
          series.nameCell === null
            ? null
            : cells.get(cellAddress(series.nameCell.row, series.nameCell.column)),
        ).toBe(series.name);
    expect(report.charts?.[0]?.series.map((s) => [s.name, s.invisible ?? false])).toEqual([
      ['Base (invisible)', true],
      ['Budget and proposal', false],
      ['Rise', false],
      ['Fall', false],
    ]);
  });

  it('places them below the blocks, clear of every figure, and the helper cells below them', async () => {
    const report = reportOf(
      (await recalculateBytes(fixture('examples/arlig-analys-2025.xlsx'))).outcome,
    );
    const helper = report.tables.at(-1);
    const bridge = report.tables.at(-2);
    for (const chart of report.charts ?? []) {
      expect(chart.anchor.top).toBeGreaterThan((bridge?.top ?? 0) + 1 + (bridge?.rows.length ?? 0));
      expect(chart.anchor.bottom).toBeLessThan(helper?.top ?? 0);
    }
    expect(helper?.name).toBe('SR_ReportBridgeChart');
    expect(helper?.title).toBe(
      'Diagramdata för bron ovan: varje stapels osynliga bas, höjd, ökning och minskning (tkr)',
    );
  });

  it('draws a bridge that falls below zero with parts above and below it, the same colours', async () => {
    const { outcome } = await recalculateBytes(fixture('examples/arlig-analys-2025.xlsx'));
    if (outcome.kind !== 'written') throw new Error(outcome.kind);
    const drivers = outcome.result.drivers;
    if (drivers === null) throw new Error('no drivers');
    const m = moneyFromNumber;
    // One service of 100 whose proposal is 30: Projekt avslutas −150 takes it to −50, the rest +80.
    const crossing = {
      ...drivers,
      services: [{ ...drivers.services[0], previous: m(100), proposed: m(30), delta: m(-70) }],
      totals: {
        'Ny leverans': m(0),
        'Utveckling tjänst': m(0),
        Volymer: m(0),
        'Projekt avslutas': m(-150),
        Unallocated: m(80),
      },
    } as typeof drivers;
    const report = reportSheet({
      result: { ...outcome.result, drivers: crossing },
      language: 'en',
      name: 'Summary',
      stamp: 'stamp',
      validationsSheet: 'Validations',
      summarySheet: 'Scenario summary',
      takenTableNames: new Set(),
    });
    const helper = report.tables.find((t) => t.name === 'SR_ReportBridgeChart');
    expect(helper?.columns.map((c) => c.header)).toEqual([
      'Item',
      'Base (invisible)',
      'Budget and proposal',
      'Rise',
      'Fall',
      'Rise below zero',
      'Fall below zero',
    ]);
    expect(helper?.rows).toEqual([
      ['Budget 2024', 0, 100, 0, 0, 0, 0],
      ['New delivery', 100, 0, 0, 0, 0, 0],
      ['Service development', 100, 0, 0, 0, 0, 0],
      ['Volumes', 100, 0, 0, 0, 0, 0],
      // 100 → −50: 100 above zero and 50 below, on no base (not 150 atop an invisible −50).
      ['Project ends', 0, 0, 0, 100, 0, -50],
      ['Unallocated', 0, 0, 30, 0, -50, 0],
      ['Proposal 2025', 0, 30, 0, 0, 0, 0],
    ]);
    const bridge = report.charts?.find((c) => c.kind === 'bridge');
    expect(bridge?.series.map((s) => [s.name, s.color ?? null])).toEqual([
      ['Base (invisible)', null],
      ['Budget and proposal', '4472C4'],
      ['Rise', 'C0504D'],
      ['Fall', '9BBB59'],
      ['Rise below zero', 'C0504D'],
      ['Fall below zero', '9BBB59'],
    ]);
    // Reaching below zero, the axis starts at zero or below: Excel's own choice.
    expect(bridge?.axisMin).toBeUndefined();
  });

  it('draws only the scenarios when there is no driver analysis', async () => {
    const { outcome } = await recalculateBytes(fixture('examples/arlig-analys-2025.xlsx'));
    if (outcome.kind !== 'written') throw new Error(outcome.kind);
    const report = reportSheet({
      result: { ...outcome.result, drivers: null },
      language: 'sv',
      name: 'Sammanställning',
      stamp: 'stämpel',
      validationsSheet: 'Valideringar',
      summarySheet: 'Scenariosummering',
      takenTableNames: new Set(),
    });
    expect(report.charts?.map((chart) => chart.kind)).toEqual(['clustered']);
    expect(report.tables.some((t) => t.name === 'SR_ReportBridgeChart')).toBe(false);
    // Below the line that says there is no driver analysis.
    const line = report.cells?.find((cell) => String(cell.value).startsWith('Ingen drivaranalys'));
    expect(report.charts?.[0]?.anchor.top).toBeGreaterThan(line?.row ?? Infinity);
  });
});
