/**
 * The simulated host's charts (ExcelApi 1.1–1.8 members the writer uses): a worksheet's chart
 * collection (list, add over a source range), one chart (title, position, deletion), its series
 * (fill, line, gap and overlap), its legend's entries and its value axis's minimum. Every setting
 * is a queued command that finds its chart at sync: on a sheet that is gone, or a chart deleted
 * earlier in the batch, it fails with ItemNotFound as Excel does. Nothing can be read without a
 * load and a sync. What was added is kept on the sheet (`SimSheet.charts`) for tests to look at.
 */
import { cellAddress, parseRange } from '../../engine';
import type { SimContext } from './host';
import { Loadable, fail, loadPaths } from './loadable';
import type { LoadArg } from './loadable';
import type { SimChart, SimChartSeries, SimSheet } from './model';
import { cellKey } from './model';
import type { SimRange } from './range';
import type { SimWorksheet } from './worksheets';

const CHART_TYPES = ['ColumnClustered', 'ColumnStacked', 'ColumnStacked100', 'BarClustered'];
const SERIES_BY = ['Auto', 'Columns', 'Rows'];
const LINE_STYLES = ['None', 'Continuous', 'Dash', 'DashDot', 'DashDotDot', 'Dot', 'Grey25'];

export class SimChartCollection extends Loadable {
  constructor(
    context: SimContext,
    private readonly worksheet: SimWorksheet,
  ) {
    super(context);
  }

  get items(): SimChartProxy[] {
    return this.get<SimChartProxy[]>('items');
  }

  load(arg?: LoadArg): this {
    const itemPaths = loadPaths(arg)
      .filter((p) => p.startsWith('items/'))
      .map((p) => p.slice('items/'.length));
    this.queueLoad(['items'], () =>
      (this.worksheet.existing().charts ?? []).map((chart) => {
        const proxy = new SimChartProxy(this.context, this.worksheet, () => chart.id);
        proxy.fill(chart, itemPaths);
        return proxy;
      }),
    );
    return this;
  }

  /** A chart over `source` (its first column the categories, first row the series' names). */
  add(type: string, source: SimRange, seriesBy: string): SimChartProxy {
    let id: number | null = null;
    this.context.enqueue(type.length + seriesBy.length + 32, () => {
      const sheet = this.worksheet.writable();
      if (!CHART_TYPES.includes(type)) fail('InvalidArgument', `'${type}' is not a chart type.`);
      if (!SERIES_BY.includes(seriesBy))
        fail('InvalidArgument', `'${seriesBy}' is not a ChartSeriesBy.`);
      const b = source.boundsAtSync();
      const address = `${cellAddress(b.top, b.left)}:${cellAddress(b.bottom, b.right)}`;
      if (b.right <= b.left || b.bottom <= b.top)
        fail('InvalidArgument', 'A chart needs a column of categories and one of values.');
      const column = (c: number): string =>
        `${cellAddress(b.top + 1, c)}:${cellAddress(b.bottom, c)}`;
      const series: SimChartSeries[] = [];
      for (let c = b.left + 1; c <= b.right; c++)
        series.push({
          name: String(sheet.cells.get(cellKey(b.top, c))?.value ?? ''),
          values: column(c),
          fill: 'automatic',
          line: 'automatic',
          inLegend: true,
        });
      id = this.context.host.newChartId();
      sheet.charts ??= [];
      sheet.charts.push({
        id,
        name: `Chart ${id}`,
        type,
        source: address,
        seriesBy,
        categories: column(b.left),
        series,
        title: null,
        position: null,
        axisMinimum: null,
      });
    });
    return new SimChartProxy(this.context, this.worksheet, () =>
      id === null ? fail('ItemNotFound', 'The chart was not added.') : id,
    );
  }
}

export class SimChartProxy extends Loadable {
  readonly title: { text: string };
  readonly series: { getItemAt(index: number): SimSeriesProxy };
  readonly legend: {
    readonly legendEntries: { getItemAt(index: number): { visible: boolean } };
  };
  readonly axes: { readonly valueAxis: { minimum: number } };

  constructor(
    context: SimContext,
    private readonly worksheet: SimWorksheet,
    private readonly id: () => number,
  ) {
    super(context);
    const change = this.change.bind(this);
    const writeOnly = (what: string): never =>
      fail('PropertyNotLoaded', `chart.${what} is write-only in this simulation.`);
    this.title = {
      set text(text: string) {
        change(text.length + 16, (chart) => (chart.title = text));
      },
      get text(): string {
        return writeOnly('title.text');
      },
    };
    this.series = { getItemAt: (index) => new SimSeriesProxy(change, index) };
    this.legend = {
      legendEntries: {
        getItemAt: (index) => ({
          set visible(visible: boolean) {
            change(24, (chart) => (seriesAt(chart, index).inLegend = visible));
          },
          get visible(): boolean {
            return writeOnly('legend.legendEntries.visible');
          },
        }),
      },
    };
    this.axes = {
      valueAxis: {
        set minimum(value: number) {
          change(24, (chart) => (chart.axisMinimum = value));
        },
        get minimum(): number {
          return writeOnly('axes.valueAxis.minimum');
        },
      },
    };
  }

  /** Queues a change of this chart, made at sync on the chart as it then is. */
  private change(bytes: number, apply: (chart: SimChart) => void): void {
    this.context.enqueue(bytes, () => {
      apply(this.existing(this.worksheet.writable()));
    });
  }

  private existing(sheet: SimSheet): SimChart {
    const id = this.id();
    return (
      sheet.charts?.find((chart) => chart.id === id) ??
      fail('ItemNotFound', `The requested resource doesn't exist: chart ${id}.`)
    );
  }

  fill(chart: SimChart, paths: readonly string[]): void {
    for (const path of paths) {
      if (path !== 'name') fail('InvalidArgument', `The simulation cannot load Chart.${path}.`);
      this.loaded.set(path, chart.name);
    }
  }

  get name(): string {
    return this.get<string>('name');
  }

  setPosition(startCell: string, endCell?: string): void {
    this.change(startCell.length + (endCell?.length ?? 0) + 16, (chart) => {
      for (const cell of [startCell, endCell ?? startCell])
        if (parseRange(cell) === null)
          fail('InvalidArgument', `The address '${cell}' is not valid.`);
      chart.position = { start: startCell, end: endCell ?? startCell };
    });
  }

  delete(): void {
    this.context.enqueue(8, () => {
      const sheet = this.worksheet.writable();
      const chart = this.existing(sheet);
      sheet.charts = (sheet.charts ?? []).filter((c) => c !== chart);
    });
  }
}

type Change = (bytes: number, apply: (chart: SimChart) => void) => void;

function seriesAt(chart: SimChart, index: number): SimChartSeries {
  return (
    chart.series[index] ??
    fail('ItemNotFound', `The chart has no series at ${index} (it has ${chart.series.length}).`)
  );
}

/** One series: its format's fill and line, its gap width and overlap (ExcelApi 1.1, 1.7, 1.8). */
class SimSeriesProxy {
  readonly format: {
    readonly fill: { clear(): void; setSolidColor(color: string): void };
    readonly line: { lineStyle: string };
  };

  constructor(
    private readonly change: Change,
    private readonly index: number,
  ) {
    const at = (chart: SimChart): SimChartSeries => seriesAt(chart, index);
    this.format = {
      fill: {
        clear: () => {
          change(16, (chart) => (at(chart).fill = 'none'));
        },
        setSolidColor: (color: string) => {
          if (!/^#[0-9A-Fa-f]{6}$/.test(color))
            fail('InvalidArgument', `'${color}' is not an HTML colour.`);
          change(color.length + 16, (chart) => (at(chart).fill = color.toUpperCase()));
        },
      },
      line: {
        set lineStyle(style: string) {
          if (!LINE_STYLES.includes(style))
            fail('InvalidArgument', `'${style}' is not a ChartLineStyle.`);
          change(style.length + 16, (chart) => (at(chart).line = style));
        },
        get lineStyle(): string {
          return fail('PropertyNotLoaded', 'series.format.line.lineStyle is write-only here.');
        },
      },
    };
  }

  get gapWidth(): number {
    return fail('PropertyNotLoaded', 'series.gapWidth is write-only in this simulation.');
  }

  set gapWidth(width: number) {
    if (width < 0 || width > 500) fail('InvalidArgument', 'gapWidth is 0 to 500.');
    this.change(16, (chart) => (seriesAt(chart, this.index).gapWidth = width));
  }

  get overlap(): number {
    return fail('PropertyNotLoaded', 'series.overlap is write-only in this simulation.');
  }

  set overlap(overlap: number) {
    if (overlap < -100 || overlap > 100) fail('InvalidArgument', 'overlap is -100 to 100.');
    this.change(16, (chart) => (seriesAt(chart, this.index).overlap = overlap));
  }
}
