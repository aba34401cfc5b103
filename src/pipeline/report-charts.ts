/**
 * The report's native charts, read from the report's own cells so figures and picture agree: the
 * driver bridge as stacked columns over an invisible base (shown by Excel on every platform and by
 * LibreOffice, unlike Excel 2016's `chartex` waterfall), and the scenarios' over-base cost per
 * year as clustered columns. The bridge's bars need cells the bridge table does not have (each
 * bar's invisible base, its rise or fall): they stand in a table of their own below the charts,
 * its title saying what they are, so the chart references cells and never literal values.
 */
import type { AllocationKey, DriverBreakdown, Language, Money } from '../engine';
import { driverLabel, DRIVERS, sum, toJsonNumber, UNALLOCATED } from '../engine';
import type { ReportChart, ResultCell, ResultColumn, ResultTable } from '../workbook/port';
import type { REPORT_TEXTS } from './texts';

type Say = (key: keyof typeof REPORT_TEXTS, values?: Record<string, string | number>) => string;

/** Rows a chart covers: about 20 rows of 15 points, a picture as tall as a third of a page. */
export const CHART_ROWS = 20;
const LABEL_WIDTH = 46;
const AMOUNT_WIDTH = 15;
/** The bridge's colours: budget and proposal neutral, a rise red (a cost), a fall green. */
const COLORS = { ends: '4472C4', up: 'C0504D', down: '9BBB59' } as const;
const ZERO: Money = sum([]);

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
    charts.push(bridgeChart(helper, drivers, say, { ...anchor, left: 1, right: bridgeRight }));
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

/**
 * Per bar of the bridge (budget, each driver, unallocated, proposal): the invisible base it stands
 * on, its height as budget or proposal, its rise and its fall. A driver's bar runs from the level
 * before it to the level after; the base is the lower of the two.
 */
function helperTable(
  drivers: DriverBreakdown,
  top: number,
  name: string,
  say: Say,
  language: Language,
): ResultTable {
  const previous = sum(drivers.services.map((s) => s.previous));
  const proposal = sum(drivers.services.map((s) => s.proposed));
  const row = (label: string, base: Money, ends: Money, up: Money, down: Money): ResultCell[] => [
    label,
    toJsonNumber(base),
    toJsonNumber(ends),
    toJsonNumber(up),
    toJsonNumber(down),
  ];
  let level = previous;
  const keys: readonly AllocationKey[] = [...DRIVERS, UNALLOCATED];
  const steps = keys.map((key): ResultCell[] => {
    const change = drivers.totals[key];
    const after = level.add(change);
    const rising = change.compare(ZERO) >= 0;
    const cells = row(
      driverLabel(key, language),
      rising ? level : after,
      ZERO,
      rising ? change : ZERO,
      rising ? ZERO : change.neg(),
    );
    level = after;
    return cells;
  });
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
    ],
    rows: [
      row(say('budget', { year: drivers.year - 1 }), ZERO, previous, ZERO, ZERO),
      ...steps,
      row(say('proposal', { year: drivers.year }), ZERO, proposal, ZERO, ZERO),
    ],
    filterButtons: false,
  };
}

function bridgeChart(
  helper: ResultTable,
  drivers: DriverBreakdown,
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
    ],
    anchor,
    ...axisMin(helper),
  };
}

/**
 * Where the bridge's value axis starts: a round figure below the lowest level, so the drivers'
 * bars (a tenth of the budget, say) are not slivers atop a tall base. Only the picture's scale:
 * the figures stay exact in the cells. From zero when a level is at or below it.
 */
function axisMin(helper: ResultTable): { axisMin?: number } {
  const levels = helper.rows.flatMap((row) => {
    const [base, ends, up, down] = row
      .slice(1, 5)
      .map((cell) => (typeof cell === 'number' ? cell : 0));
    return ends !== undefined && ends > 0
      ? [ends]
      : [base ?? 0, (base ?? 0) + (up ?? 0) + (down ?? 0)];
  });
  const low = Math.min(...levels);
  const high = Math.max(...levels);
  if (!(low > 0) || high === low) return {};
  const step = 10 ** Math.floor(Math.log10(high - low));
  const min = Math.floor((low - (high - low) / 2) / step) * step;
  return min > 0 ? { axisMin: min } : {};
}
