/**
 * The report sheet as plain data: the result as the analysis presents it, for readers without the
 * add-in. Every door writes exactly this, as it writes the three data sheets (./results.ts).
 *
 * Layout, top to bottom: the title, the unit and the stamp (rows 1–3); the warnings by severity
 * with a link to the validations sheet (rows 5–6); then, one empty row apart, the scenarios
 * compared, one block per scenario (the document's `Summering för scenario N`), the saved
 * what-ifs (./report-what-ifs.ts) and the driver bridge. Each block is an Excel table named `SR_Report…`, which is how a later run knows the
 * sheet as the product's, the same rule as the data sheets'. The blocks share columns: A for the
 * labels, then amounts, the comparison's note column last; a shorter block's note runs on over
 * the empty cells to its right. An unknown figure is the word `okänd` / `unknown`, never a blank,
 * with its reason in the note.
 */
import type {
  ScenarioYearFigure,
  CellRef,
  EngineResult,
  Language,
  Money,
  ScenarioSummary,
  ScenarioYear,
  Severity,
  Warning,
} from '../engine';
import {
  driverLabel,
  DRIVERS,
  formatAmount,
  SCENARIO_FIGURES,
  sum,
  toJsonNumber,
  UNALLOCATED,
  unknownReasons,
} from '../engine';
import type { ResultCell, ResultColumn, ResultSheet, SheetCell } from '../workbook/port';
import { amountFormat } from '../workbook/port';
import { RESULT_TABLE_PREFIX } from '../workbook/settings';
import { tableNamer } from '../workbook/table-names';
import { reportCharts } from './report-charts';
import type { Block } from './report-layout';
import { stackBlocks } from './report-layout';
import { whatIfSection } from './report-what-ifs';
import type { REPORT_TEXTS } from './texts';
import { reportText, SEVERITY_WORDS } from './texts';

/** The report's default name by language lives with the other sheet names' rules. */
export { DEFAULT_REPORT_SHEET } from '../engine';

/** The names its Excel tables start with: how the charts (a later step) find the figures. */
export const REPORT_TABLES = {
  comparison: `${RESULT_TABLE_PREFIX}ReportScenarios`,
  scenario: `${RESULT_TABLE_PREFIX}ReportScenario`,
  bridge: `${RESULT_TABLE_PREFIX}ReportBridge`,
  /** The bridge chart's helper cells: each bar's invisible base, height, rise and fall. */
  bridgeChart: `${RESULT_TABLE_PREFIX}ReportBridgeChart`,
} as const;

const TITLE_ROW = 1;
const UNIT_ROW = 2;
const STAMP_ROW = 3;
const COUNTS_ROW = 5;
const LINK_ROW = 6;
const FIRST_BLOCK_ROW = 8;
const LABEL_WIDTH = 46;
const AMOUNT_WIDTH = 15;
const NOTE_WIDTH = 44;
const WIDTHS = { label: LABEL_WIDTH, amount: AMOUNT_WIDTH, note: NOTE_WIDTH } as const;
const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
/**
 * Scenarios past this many are compared (one row each) but get no block of their own: a report
 * is read and printed, and an analysis has a handful; the data sheets hold them all.
 */
export const MAX_SCENARIO_BLOCKS = 20;

export interface ReportInput {
  readonly result: EngineResult;
  readonly language: Language;
  readonly name: string;
  readonly stamp: string;
  /** The validations sheet's name, for the link. */
  readonly validationsSheet: string;
  /** The summary sheet's name, where every scenario's figures are. */
  readonly summarySheet: string;
  /** Table names on other sheets: a report table must not take one. */
  readonly takenTableNames: ReadonlySet<string>;
}

/**
 * The report sheet of a recalculation.
 * @example reportSheet({ result, language: 'sv', name: 'Sammanställning', … }).tables[0].rows[0][9] → 1 116 626
 */
export function reportSheet(input: ReportInput): ResultSheet {
  const { result, language } = input;
  const t = (key: keyof typeof REPORT_TEXTS, values: Record<string, string | number> = {}) =>
    reportText(key, language, { unit: result.unit, ...values });
  const name = tableNamer(input.takenTableNames);
  const notes = new Notes(result, language);

  const scenarios: Block[] = [
    comparisonBlock(result, t, notes, name(REPORT_TABLES.comparison)),
    ...result.scenarios
      .slice(0, MAX_SCENARIO_BLOCKS)
      .map((s) =>
        scenarioBlock(s, result, t, notes, name(`${REPORT_TABLES.scenario}${safeId(s.id)}`)),
      ),
  ];
  // The what-ifs after the scenarios, under lines that say they are not decided scenarios.
  const whatIfs = whatIfSection(result, language, name, WIDTHS);
  const bridge =
    result.drivers === null
      ? []
      : [bridgeBlock(result, language, t, notes, name(REPORT_TABLES.bridge))];
  const {
    tables,
    cells: sectionCells,
    next: top,
  } = stackBlocks(
    [{ lines: [], blocks: scenarios }, whatIfs, { lines: [], blocks: bridge }],
    FIRST_BLOCK_ROW,
  );

  // The severities as labels over their counts, beside the link that opens the validations.
  const counts = SEVERITIES.flatMap((severity, i): SheetCell[] => [
    {
      row: COUNTS_ROW,
      column: 2 + i,
      value: SEVERITY_WORDS[severity][language],
      style: 'label',
    },
    {
      row: LINK_ROW,
      column: 2 + i,
      value: result.warnings.filter((w) => w.severity === severity).length,
      style: 'integer',
    },
  ]);
  const cells: SheetCell[] = [
    { row: TITLE_ROW, column: 1, value: t('title'), style: 'title' },
    { row: UNIT_ROW, column: 1, value: t('unit'), style: 'text' },
    { row: COUNTS_ROW, column: 1, value: t('validations'), style: 'title' },
    ...counts,
    {
      row: LINK_ROW,
      column: 1,
      value: t('openValidations', { sheet: input.validationsSheet }),
      style: 'text',
      link: { sheet: input.validationsSheet, cell: 'A1' },
    },
    ...sectionCells,
    ...(result.scenarios.length === 0
      ? [{ row: top, column: 1, value: t('noScenarios'), style: 'text' } as const]
      : []),
    ...(result.scenarios.length > MAX_SCENARIO_BLOCKS
      ? [
          {
            row: top,
            column: 1,
            value: t('moreScenarios', {
              count: result.scenarios.length - MAX_SCENARIO_BLOCKS,
              shown: MAX_SCENARIO_BLOCKS,
              sheet: input.summarySheet,
            }),
            style: 'text',
          } as const,
        ]
      : []),
    ...(result.drivers === null
      ? [{ row: top + 1, column: 1, value: t('noDrivers'), style: 'text' } as const]
      : []),
  ];

  const widest = Math.max(...tables.map((table) => table.columns.length), 1);
  // The charts below the blocks and the lines under them, the bridge's helper cells below those.
  const hasLine = result.scenarios.length === 0 || result.scenarios.length > MAX_SCENARIO_BLOCKS;
  const chartTop = top + (hasLine || result.drivers === null ? 3 : 0);
  const { charts, helper } = reportCharts({
    // The comparison is the first block.
    comparison: tables[0] ?? null,
    years: result.years,
    drivers: result.drivers,
    top: chartTop,
    widest,
    maxScenarios: MAX_SCENARIO_BLOCKS,
    helperName: name(REPORT_TABLES.bridgeChart),
    say: t,
    language,
  });
  const allTables = helper === null ? tables : [...tables, helper];
  const widths = new Map<number, number>([[1, LABEL_WIDTH]]);
  for (let column = 2; column < widest; column++) widths.set(column, AMOUNT_WIDTH);
  widths.set(widest, NOTE_WIDTH);

  return {
    kind: 'report',
    name: input.name,
    stamp: input.stamp,
    stampRow: STAMP_ROW,
    tables: allTables,
    cells,
    amountFormat: amountFormat(result.unit),
    frozenRows: 0,
    widths,
    print: {
      orientation: 'landscape',
      titleRows: { first: TITLE_ROW, last: UNIT_ROW },
      footer: input.stamp,
      // The bridge chart's helper cells print on a page of their own, not cut across two.
      ...(helper === null ? {} : { breaksBefore: [helper.top] }),
    },
    ...(charts.length === 0 ? {} : { charts }),
  };
}

type Say = (key: keyof typeof REPORT_TEXTS, values?: Record<string, string | number>) => string;

const amount = (header: string): ResultColumn => ({
  header,
  kind: 'amount',
  width: AMOUNT_WIDTH,
});
const text = (header: string, width: number): ResultColumn => ({ header, kind: 'text', width });

/** One row per scenario: per year its cost over the base, then its total, net benefit, lacking. */
function comparisonBlock(result: EngineResult, t: Say, notes: Notes, name: string): Block {
  const columns: ResultColumn[] = [
    text(t('scenario'), LABEL_WIDTH),
    ...result.years.map((year) => amount(t('overBaseYear', { year }))),
    ...result.years.map((year) => amount(t('totalYear', { year }))),
    amount(t('netBenefit')),
    { header: t('withoutNetBenefit'), kind: 'integer', width: AMOUNT_WIDTH },
    text(t('note'), NOTE_WIDTH),
  ];
  const rows = result.scenarios.map((s): ResultCell[] => {
    const overBase = s.years.map((y) => notes.figure(y.overBase));
    const totals = s.years.map((y) => notes.figure(y.total));
    const reasons = [
      ...notes.unknownYears(s, 'overBase', t('overBase')),
      ...notes.unknownYears(s, 'total', t('total')),
    ];
    return [
      scenarioLabel(s),
      ...overBase,
      ...totals,
      toJsonNumber(s.netBenefit),
      s.membersWithoutNetBenefit,
      reasons.join('; ') || null,
    ];
  });
  return { name, title: t('comparisonTitle'), columns, rows, filterButtons: false };
}

type Figure = ScenarioYearFigure;
const FIGURES = SCENARIO_FIGURES;

/** The document's block: years as columns, a figure per row, a stated figure that differs beside. */
function scenarioBlock(
  s: ScenarioSummary,
  result: EngineResult,
  t: Say,
  notes: Notes,
  name: string,
): Block {
  const columns: ResultColumn[] = [
    text(t('item'), LABEL_WIDTH),
    ...result.years.map((year) => amount(String(year))),
    amount(t('stated')),
    amount(t('difference')),
    text(t('note'), NOTE_WIDTH),
  ];
  const rows = FIGURES.map((figure): ResultCell[] => {
    const values = s.years.map((y) => notes.figure(y[figure]));
    const mismatch = notes.mismatches(s.id, figure);
    const reasons = notes.unknownYears(s, figure, null);
    return [
      t(figure),
      ...values,
      ...mismatch.cells,
      [...mismatch.notes, ...reasons].join('; ') || null,
    ];
  });
  const net = notes.mismatches(s.id, 'netBenefit');
  const lacking =
    s.membersWithoutNetBenefit > 0
      ? [t('lackNetBenefit', { count: s.membersWithoutNetBenefit })]
      : [];
  rows.push([
    t('netBenefit'),
    toJsonNumber(s.netBenefit),
    ...result.years.slice(1).map(() => null),
    ...net.cells,
    [t('wholeScenario'), ...net.notes, ...lacking].join('; '),
  ]);
  return {
    name,
    title: t('scenarioTitle', { id: s.id }),
    columns,
    rows,
    filterButtons: false,
  };
}

/** Budget Y−1, each driver, unallocated, the total change and proposal Y; stated totals beside. */
function bridgeBlock(
  result: EngineResult,
  language: Language,
  t: Say,
  notes: Notes,
  name: string,
): Block {
  const drivers = result.drivers;
  if (drivers === null) throw new Error('bridgeBlock needs a driver breakdown');
  const previous = sum(drivers.services.map((s) => s.previous));
  const proposal = sum(drivers.services.map((s) => s.proposed));
  const stated = (key: (typeof DRIVERS)[number] | 'total', computed: Money): ResultCell[] => {
    const mismatch = notes.driverMismatch(key);
    const value = drivers.stated.get(key) ?? null;
    if (value === null) return [null, null, null];
    return [
      toJsonNumber(value),
      mismatch === null ? null : toJsonNumber(computed.sub(value)),
      mismatch,
    ];
  };
  const rows: ResultCell[][] = [
    [t('budget', { year: drivers.year - 1 }), toJsonNumber(previous), null, null, null],
    ...DRIVERS.map((driver): ResultCell[] => [
      driverLabel(driver, language),
      toJsonNumber(drivers.totals[driver]),
      ...stated(driver, drivers.totals[driver]),
    ]),
    [
      driverLabel(UNALLOCATED, language),
      toJsonNumber(drivers.totals[UNALLOCATED]),
      null,
      null,
      null,
    ],
    [t('totalChange'), toJsonNumber(drivers.totalChange), ...stated('total', drivers.totalChange)],
    [t('proposal', { year: drivers.year }), toJsonNumber(proposal), null, null, null],
  ];
  return {
    name,
    title: t('bridgeTitle', { previous: drivers.year - 1, year: drivers.year }),
    columns: [
      text(t('item'), LABEL_WIDTH),
      amount(t('amount')),
      amount(t('stated')),
      amount(t('difference')),
      text(t('note'), NOTE_WIDTH),
    ],
    rows,
    filterButtons: false,
  };
}

/**
 * What the notes say: why a figure is unknown, and where a stated figure differs. Built from the
 * result's figures and the warnings that point at the cells behind them.
 */
class Notes {
  private readonly say: Say;
  constructor(
    private readonly result: EngineResult,
    private readonly language: Language,
  ) {
    this.say = (key, values = {}) => reportText(key, language, values);
  }

  /** A figure as the report writes it: its amount, or the word for unknown. */
  figure(value: Money | null): ResultCell {
    return value === null ? this.say('unknown') : toJsonNumber(value);
  }

  /** Why a figure is unknown in each year it is: `2026: bas saknas, Scenarier!D4`. */
  unknownYears(s: ScenarioSummary, figure: Figure, label: string | null): string[] {
    return s.years.flatMap((y) => {
      if (y[figure] !== null) return [];
      const why = this.why(s, y, figure).join(', ');
      return [`${label === null ? '' : `${label} `}${y.year}: ${why}`];
    });
  }

  /** The engine's reasons (`unknownReasons`) in the report's words, each with its cell. */
  private why(s: ScenarioSummary, y: ScenarioYear, figure: Figure): string[] {
    return unknownReasons(s, y, figure, this.result.warnings).map((why) => {
      const reason =
        why.reason === 'noRow'
          ? this.say('noRow', { year: y.year })
          : why.reason === 'costMissing'
            ? this.say('costMissing', { count: why.count })
            : this.say(why.reason);
      return why.at === null ? reason : `${reason}, ${cell(why.at)}`;
    });
  }

  /**
   * The stated figure and the difference beside a row, from the first year the engine found
   * them to differ (its STATED_MISMATCH warnings, within the tolerance), and the mark in the note.
   */
  mismatches(
    scenario: string,
    figure: Figure | 'netBenefit',
  ): { cells: ResultCell[]; notes: string[] } {
    const found = this.result.warnings.filter(
      (w): w is Extract<Warning, { code: 'STATED_MISMATCH' }> =>
        w.code === 'STATED_MISMATCH' && w.scenario === scenario && w.figure === figure,
    );
    const first = found[0];
    if (first === undefined) return { cells: [null, null], notes: [] };
    const mark = (w: (typeof found)[number]): string =>
      `${this.say('differs', { year: w.year ?? '' }).trim()}${w.at === null ? '' : `, ${cell(w.at)}`}`;
    return {
      cells: [toJsonNumber(first.stated), toJsonNumber(first.computed.sub(first.stated))],
      notes: [
        mark(first),
        ...found.slice(1).map((w) =>
          this.say('differsAlso', {
            year: w.year ?? '',
            stated: formatAmount(w.stated, this.language, this.result.unit),
          }),
        ),
      ],
    };
  }

  /** The mark of a stated driver total the engine found to differ, or null. */
  driverMismatch(driver: (typeof DRIVERS)[number] | 'total'): string | null {
    const warning = this.result.warnings.find(
      (w) => w.code === 'TOTAL_CHANGE_MISMATCH' && w.driver === driver,
    );
    if (warning === undefined) return null;
    const mark = this.say('differs', { year: this.result.drivers?.year ?? '' });
    return warning.at === null ? mark : `${mark}, ${cell(warning.at)}`;
  }
}

function cell(at: CellRef): string {
  return `${at.sheet}!${at.cell}`;
}

/** `1 Säkerställa lagkrav…`: the id, then the name when the workbook gives one. */
function scenarioLabel(s: ScenarioSummary): string {
  return s.name === null ? s.id : `${s.id} ${s.name}`;
}

/** A scenario id as part of a table name: letters, digits and underscores only. */
function safeId(id: string): string {
  return id.replace(/[^\p{L}\p{N}_]/gu, '_').slice(0, 40);
}
