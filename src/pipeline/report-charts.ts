/**
 * The report's native charts, read from the report's own cells so figures and picture agree: the
 * driver bridge as stacked columns over an invisible base (shown by Excel on every platform and by
 * LibreOffice, unlike Excel 2016's `chartex` waterfall), and the scenarios' over-base cost per
 * year as clustered columns. The bridge's bars need cells the bridge table does not have (each
 * bar's invisible base, its rise or fall): they stand in a table of their own below the charts,
 * its title saying what they are, so the chart references cells and never literal values.
 */
import type { BridgeBar, DriverBreakdown, Language } from '../engine';
import { bridgeAxisMin, driverBridge, driverLabel, stackedBar, sum, toJsonNumber } from '../engine';
import type { ReportChart, ResultCell, ResultColumn, ResultTable } from '../workbook/port';
import type { REPORT_TEXTS } from './texts';

type Say = (key: keyof typeof REPORT_TEXTS, values?: Record<string, string | number>) => string;

/** Rows a chart covers: about 20 rows of 15 points, a picture as tall as a third of a page. */
export const CHART_ROWS = 20;
const LABEL_WIDTH = 46;
const AMOUNT_WIDTH = 15;
/** The bridge's colours: budget and proposal neutral, a rise red (a cost), a fall green. */
const COLORS = { ends: '4472C4', up: 'C0504D', down: '9BBB59' } as const;

export interface ChartsInput {
  /** The comparison table as placed (rows: one per scenario; columns B.. the over-base per year). */
  readonly comparison: ResultTable | null;
  readonly years: readonly number[];
  readonly drivers: DriverBreakdown | null;
  /** The first free row below the blocks and their lines. */
  readonly top: number;
  /** The widest block's last column: the charts share that width. */
  readonly widest: number;
  /** The scenarios the over-base chart shows at most (the first ones): a picture, not a list. */
  readonly maxScenarios: number;
  /** The helper table's name, unique in the workbook. */
  readonly helperName: string;
  readonly say: Say;
  /** The language the bars are named in (`New delivery`). */
  readonly language: Language;
}

/** The charts and the table of the bridge's helper cells (null without a driver breakdown). */
export function reportCharts(input: ChartsInput): {
  readonly charts: readonly ReportChart[];
  readonly helper: ResultTable | null;
} {
  const { comparison, drivers, top, say } = input;
  const bridgeRight = 4;
  const right = Math.max(input.widest, bridgeRight + 4);
  const anchor = { top, bottom: top + CHART_ROWS - 1 };
  const helper =
    drivers === null
      ? null
      : helperTable(drivers, top + CHART_ROWS + 1, input.helperName, say, input.language);
  const charts: ReportChart[] = [];
  if (helper !== null && drivers !== null)
    charts.push(
      bridgeChart(helper, drivers, bridgeAxisMin(bridgeOf(drivers)), say, {
        ...anchor,
        left: 1,
        right: bridgeRight,
      }),
    );
  if (comparison !== null && comparison.rows.length > 0 && input.years.length > 0) {
    const shown = Math.min(comparison.rows.length, input.maxScenarios);
    const rows = { top: comparison.top + 2, bottom: comparison.top + 1 + shown };
    charts.push({
      kind: 'clustered',
      title: say('overBaseChartTitle'),
      categories: { ...rows, left: comparison.left, right: comparison.left },
      series: input.years.map((year, i) => {
        const column = comparison.left + 1 + i;
        return {
          name: comparison.columns[1 + i]?.header ?? String(year),
          nameCell: { row: comparison.top + 1, column },
          values: { ...rows, left: column, right: column },
        };
      }),
      anchor:
        helper === null
          ? { ...anchor, left: 1, right }
          : { ...anchor, left: bridgeRight + 1, right },
    });
  }
  return { charts, helper };
}

/** The bridge's bars from the breakdown: budget Y−1 and proposal Y are its services' sums. */
function bridgeOf(drivers: DriverBreakdown): readonly BridgeBar[] {
  return driverBridge({
    previous: sum(drivers.services.map((s) => s.previous)),
    proposal: sum(drivers.services.map((s) => s.proposed)),
    totals: drivers.totals,
  });
}

/**
 * Per bar of the bridge (budget, each driver, unallocated, proposal; `driverBridge`): the
 * invisible base it stands on, its height as budget or proposal, its rise and its fall
 * (`stackedBar`). Only a bridge that crosses zero has parts below it: their columns then too.
 */
function helperTable(
  drivers: DriverBreakdown,
  top: number,
  name: string,
  say: Say,
  language: Language,
): ResultTable {
  const bars = bridgeOf(drivers);
  const stacked = bars.map(stackedBar);
  const below = stacked.some((bar) => !bar.upBelow.equals(0) || !bar.downBelow.equals(0));
  const label = (bar: BridgeBar): string =>
    bar.key === 'budget'
      ? say('budget', { year: drivers.year - 1 })
      : bar.key === 'proposal'
        ? say('proposal', { year: drivers.year })
        : driverLabel(bar.key, language);
  const amount = (header: string): ResultColumn => ({
    header,
    kind: 'amount',
    width: AMOUNT_WIDTH,
  });
  return {
    name,
    title: say('chartDataTitle'),
    top,
    left: 1,
    columns: [
      { header: say('item'), kind: 'text', width: LABEL_WIDTH },
      amount(say('chartBase')),
      amount(say('chartEnds')),
      amount(say('chartUp')),
      amount(say('chartDown')),
      ...(below ? [amount(say('chartUpBelow')), amount(say('chartDownBelow'))] : []),
    ],
    rows: bars.map((bar, i): ResultCell[] => {
      const parts = stacked[i] ?? stackedBar(bar);
      const cells = [parts.base, parts.ends, parts.up, parts.down];
      if (below) cells.push(parts.upBelow, parts.downBelow);
      return [label(bar), ...cells.map(toJsonNumber)];
    }),
    filterButtons: false,
  };
}

function bridgeChart(
  helper: ResultTable,
  drivers: DriverBreakdown,
  axisMin: number | null,
  say: Say,
  anchor: ReportChart['anchor'],
): ReportChart {
  const rows = { top: helper.top + 2, bottom: helper.top + 1 + helper.rows.length };
  const series = (i: number): ReportChart['series'][number] => {
    const column = helper.left + i;
    return {
      name: helper.columns[i]?.header ?? '',
      nameCell: { row: helper.top + 1, column },
      values: { ...rows, left: column, right: column },
    };
  };
  return {
    kind: 'bridge',
    title: say('bridgeTitle', { previous: drivers.year - 1, year: drivers.year }),
    categories: { ...rows, left: helper.left, right: helper.left },
    series: [
      { ...series(1), invisible: true },
      { ...series(2), color: COLORS.ends },
      { ...series(3), color: COLORS.up },
      { ...series(4), color: COLORS.down },
      // Below zero (a bridge that crosses it): the same colours, piled down from zero.
      ...(helper.columns.length > 5
        ? [
            { ...series(5), color: COLORS.up },
            { ...series(6), color: COLORS.down },
          ]
        : []),
    ],
    anchor,
    ...(axisMin === null ? {} : { axisMin }),
  };
}
