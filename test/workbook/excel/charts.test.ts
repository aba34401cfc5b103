/**
 * The report's charts in the Office.js door, against the simulated host: two charts over the
 * report's own cells, the bridge's base invisible, no extra sync, a rerun that replaces them; and
 * a host strict enough to refuse what Excel refuses.
 */
import type { ResultSheet, WorkbookPort } from '../../../src/workbook/port';
import type { SimChart, SimWorkbook } from '../../../src/workbook/simulated-excel';
import { newSheet, SimulatedExcel } from '../../../src/workbook/simulated-excel';
import type { SimContext } from '../../../src/workbook/simulated-excel/host';
import { hostAndPort, pipeline, simulatedWorkbook, SWEDISH } from './simulated';

const REPORT = 'Sammanställning';

/** A port that writes the sheets without their charts: the cost of the charts, by difference. */
function withoutCharts(port: WorkbookPort): WorkbookPort {
  return {
    ...port,
    write: (sheets, settings) =>
      port.write(
        sheets.map((sheet): ResultSheet => ({ ...sheet, charts: [] })),
        settings,
      ),
  };
}

const chartsOf = (workbook: SimWorkbook): SimChart[] =>
  workbook.sheets.find((s) => s.name === REPORT)?.charts ?? [];

describe('the report’s charts in the Office.js door', () => {
  let workbook: SimWorkbook;
  let host: SimulatedExcel;
  beforeAll(async () => {
    workbook = await simulatedWorkbook('examples/arlig-analys-2025.xlsx');
    const made = hostAndPort(workbook);
    host = made.host;
    await pipeline.run(made.port, SWEDISH);
  });

  it('adds the bridge as stacked columns over its helper cells, its base invisible', () => {
    const [bridge] = chartsOf(workbook);
    expect(bridge).toMatchObject({
      type: 'ColumnStacked',
      source: 'A77:E84',
      seriesBy: 'Columns',
      categories: 'A78:A84',
      title: 'Från budget 2024 till förslag 2025 (tkr)',
      position: { start: 'A55', end: 'D74' },
      axisMinimum: 400000,
    });
    expect(bridge?.series).toEqual([
      {
        name: 'Bas (osynlig)',
        values: 'B78:B84',
        fill: 'none',
        line: 'None',
        inLegend: false,
        gapWidth: 50,
        overlap: 100,
      },
      {
        name: 'Budget och förslag',
        values: 'C78:C84',
        fill: '#4472C4',
        line: 'automatic',
        inLegend: true,
      },
      { name: 'Ökning', values: 'D78:D84', fill: '#C0504D', line: 'automatic', inLegend: true },
      { name: 'Minskning', values: 'E78:E84', fill: '#9BBB59', line: 'automatic', inLegend: true },
    ]);
    // The helper cells the bridge reads: the bar of `Ny leverans` stands on the budget.
    const report = workbook.sheets.find((s) => s.name === REPORT);
    expect(['79,1', '79,2', '79,4'].map((key) => report?.cells.get(key)?.value)).toEqual([
      'Ny leverans',
      528415,
      40994.5,
    ]);
  });

  it('adds the scenarios’ over-base cost as clustered columns, a series per year', () => {
    const [, scenarios] = chartsOf(workbook);
    expect(scenarios).toMatchObject({
      type: 'ColumnClustered',
      source: 'A9:D12',
      categories: 'A10:A12',
      title: 'Kostnad över bas per scenario och år (tkr)',
      position: { start: 'E55', end: 'J74' },
      axisMinimum: null,
    });
    expect(scenarios?.series.map((s) => [s.name, s.values, s.fill])).toEqual([
      ['Över bas 2025', 'B10:B12', 'automatic'],
      ['Över bas 2026', 'C10:C12', 'automatic'],
      ['Över bas 2027', 'D10:D12', 'automatic'],
    ]);
  });

  it('costs no extra sync: the charts travel in the write’s last request', async () => {
    const plain = hostAndPort(await simulatedWorkbook('examples/arlig-analys-2025.xlsx'));
    await pipeline.run(withoutCharts(plain.port), SWEDISH);
    expect(host.stats.syncs).toBeLessThanOrEqual(plain.host.stats.syncs + 1);
    expect(host.stats.syncs).toBe(plain.host.stats.syncs);
    expect(chartsOf(plain.host.workbook)).toEqual([]);
  });

  it('replaces its charts on a rerun, never adds to them', async () => {
    const before = chartsOf(workbook).map((chart) => chart.id);
    await pipeline.run(hostAndPort(workbook).port, SWEDISH);
    const after = chartsOf(workbook);
    expect(after).toHaveLength(2);
    expect(after.map((chart) => chart.id).some((id) => before.includes(id))).toBe(false);
    expect(after.map((chart) => chart.type)).toEqual(['ColumnStacked', 'ColumnClustered']);
    // The page break above the chart data is replaced too, not added a second time.
    expect(workbook.sheets.find((s) => s.name === REPORT)?.print?.rowBreaks).toEqual([76]);
  });
});

describe('the simulated host’s charts', () => {
  /** A sheet with a small table to chart, and a host around it. */
  function setUp(): SimulatedExcel {
    const sheet = newSheet('Blad');
    const cells: [string, string | number][] = [
      ['1,1', 'Post'],
      ['1,2', 'Belopp'],
      ['2,1', 'a'],
      ['2,2', 1],
      ['3,1', 'b'],
      ['3,2', 2],
    ];
    for (const [key, value] of cells) sheet.cells.set(key, { value, numberFormat: 'General' });
    return new SimulatedExcel({
      sheets: [sheet],
      tables: [],
      customXmlParts: [],
      activeSheet: 'Blad',
      selection: null,
    });
  }
  const run = (host: SimulatedExcel, batch: (context: SimContext) => Promise<void>) =>
    host.run(batch);

  it('queues settings made before the chart exists, and applies them in order at sync', async () => {
    const host = setUp();
    await run(host, async (context) => {
      const ws = context.workbook.worksheets.getItem('Blad');
      const chart = ws.charts.add('ColumnClustered', ws.getRange('A1:B3'), 'Columns');
      chart.title.text = 'T';
      chart.series.getItemAt(0).format.fill.clear();
      await context.sync();
    });
    expect(host.workbook.sheets[0]?.charts?.[0]).toMatchObject({
      title: 'T',
      series: [{ name: 'Belopp', values: 'B2:B3', fill: 'none' }],
    });
  });

  it('refuses to read a chart’s name without a load and a sync', async () => {
    const host = setUp();
    await expect(
      run(host, async (context) => {
        const ws = context.workbook.worksheets.getItem('Blad');
        const chart = ws.charts.add('ColumnClustered', ws.getRange('A1:B3'), 'Columns');
        await context.sync();
        expect(chart.name).toBe('never read');
      }),
    ).rejects.toMatchObject({ code: 'PropertyNotLoaded' });
    await run(host, async (context) => {
      const charts = context.workbook.worksheets.getItem('Blad').charts.load('items/name');
      await context.sync();
      expect(charts.items.map((chart) => chart.name)).toHaveLength(1);
    });
  });

  it('fails a chart on a sheet deleted earlier in the batch, and a series it does not have', async () => {
    const host = setUp();
    await expect(
      run(host, async (context) => {
        const ws = context.workbook.worksheets.getItem('Blad');
        host.workbook.sheets.push(newSheet('Annat'));
        ws.delete();
        ws.charts.add('ColumnClustered', ws.getRange('A1:B3'), 'Columns');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ItemNotFound' });
    await expect(
      run(setUp(), async (context) => {
        const ws = context.workbook.worksheets.getItem('Blad');
        const chart = ws.charts.add('ColumnStacked', ws.getRange('A1:B3'), 'Columns');
        chart.series.getItemAt(1).format.line.lineStyle = 'None';
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ItemNotFound' });
  });

  it('refuses a chart type or a line style Excel does not have', async () => {
    await expect(
      run(setUp(), async (context) => {
        const ws = context.workbook.worksheets.getItem('Blad');
        ws.charts.add('ColumnBridge', ws.getRange('A1:B3'), 'Columns');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
    await expect(
      run(setUp(), async (context) => {
        const ws = context.workbook.worksheets.getItem('Blad');
        const chart = ws.charts.add('ColumnStacked', ws.getRange('A1:B3'), 'Columns');
        chart.series.getItemAt(0).format.line.lineStyle = 'Invisible';
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  it('leaves a sheet’s charts when only its cells are cleared, as Excel does', async () => {
    const host = setUp();
    await run(host, async (context) => {
      const ws = context.workbook.worksheets.getItem('Blad');
      ws.charts.add('ColumnClustered', ws.getRange('A1:B3'), 'Columns');
      ws.getRange().clear();
      await context.sync();
    });
    expect(host.workbook.sheets[0]?.charts).toHaveLength(1);
  });
});
