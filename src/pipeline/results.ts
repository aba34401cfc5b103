/**
 * The result sheets as plain data: what each table holds and where it stands. Every adapter
 * writes exactly this, so a sheet looks the same whether Excel or the command line wrote it.
 *
 * Layout: the stamp in A1, titles in row 3, headers in row 4 (frozen), data from row 5; a sheet's
 * tables stand side by side, one empty column apart, so the frozen header serves them all.
 */
import type { AllocationKey, EngineResult, Language, Money } from '../engine';
import { driverLabel, DRIVERS, messageFor, titleFor, toJsonNumber, UNALLOCATED } from '../engine';
import type {
  ResultCell,
  ResultColumn,
  ResultColumnKind,
  ResultSheet,
  ResultTable,
} from '../workbook/port';
import { amountFormat } from '../workbook/port';
import type { StoredSettings } from '../workbook/settings';
import { RESULT_TABLE_PREFIX } from '../workbook/settings';
import { tableNamer } from '../workbook/table-names';
import { amountCell, YEAR_FIGURE_COLUMNS, yearFigureCells } from './result-cells';
import { whatIfTables } from './results-what-ifs';
import { SEVERITY_WORDS, SHEET_TEXTS } from './texts';

const ALLOCATION_KEYS: readonly AllocationKey[] = [...DRIVERS, UNALLOCATED];
const TITLE_ROW = 3;
const HEADER_ROW = TITLE_ROW + 1;

type TextKey = keyof typeof SHEET_TEXTS;
/** A column: a text key of SHEET_TEXTS (or a literal header), its kind and its width. */
type ColumnSpec = readonly [string, ResultColumnKind, number];

const diff = (computed: Money | null, stated: Money | null): number | null =>
  computed === null || stated === null ? null : toJsonNumber(computed.sub(stated));

/**
 * The three result sheets of a recalculation.
 * @example resultSheets(result, settings, 'sv', stamp, taken).map((s) => s.name) → ['Scenariosummering', …]
 */
export function resultSheets(
  result: EngineResult,
  settings: StoredSettings,
  language: Language,
  stamp: string,
  takenTableNames: ReadonlySet<string>,
): readonly ResultSheet[] {
  const t = (key: TextKey): string => SHEET_TEXTS[key][language];
  const layout: Layout = {
    result,
    language,
    t,
    tableName: prefixed(tableNamer(takenTableNames)),
    columns: (specs) =>
      specs.map(([key, kind, width]) => ({
        header: key in SHEET_TEXTS ? t(key as TextKey) : key,
        kind,
        width,
      })),
  };
  const sheet = (
    kind: Exclude<ResultSheet['kind'], 'report'>,
    tables: readonly UnplacedTable[],
    underFirst: readonly UnplacedTable[] = [],
  ): ResultSheet => ({
    kind,
    name: settings.resultSheets[kind],
    stamp,
    tables: belowFirst(sideBySide(tables), underFirst),
    amountFormat: amountFormat(result.unit, amountsOf([...tables, ...underFirst])),
    frozenRows: HEADER_ROW,
    // Printed fit to one page wide, the header row on every page, the stamp in the footer.
    print: {
      orientation: 'landscape',
      titleRows: { first: HEADER_ROW, last: HEADER_ROW },
      footer: stamp,
    },
  });
  return [
    // The what-ifs stand apart, under the scenarios: a table of their own, never rows among them.
    sheet('summary', summaryTables(layout), whatIfTables(layout)),
    sheet('drivers', driverTables(layout)),
    sheet('validations', validationTables(layout)),
  ];
}

export type UnplacedTable = Omit<ResultTable, 'top' | 'left'>;

/** Table names with the product's prefix (how a result sheet is known as ours), each free. */
function prefixed(namer: (wanted: string) => string): (base: string) => string {
  return (base) => namer(`${RESULT_TABLE_PREFIX}${base}`);
}

/** What every sheet's tables are laid out with: the result, its words, unique table names. */
export interface Layout {
  readonly result: EngineResult;
  readonly language: Language;
  readonly t: (key: TextKey) => string;
  readonly tableName: (base: string) => string;
  readonly columns: (specs: readonly ColumnSpec[]) => ResultColumn[];
}

/** A sheet's tables side by side from column A, one empty column apart, under one title row. */
function sideBySide(tables: readonly UnplacedTable[]): ResultTable[] {
  let left = 1;
  return tables.map((table) => {
    const placed = { ...table, top: TITLE_ROW, left };
    left += table.columns.length + 1;
    return placed;
  });
}

/**
 * Tables under a sheet's first, from column A, one empty row apart; the first table's data take at
 * least one row, as Excel writes an empty table with one.
 */
function belowFirst(placed: ResultTable[], under: readonly UnplacedTable[]): ResultTable[] {
  const first = placed[0];
  if (first === undefined || under.length === 0) return placed;
  let top = first.top + 1 + Math.max(first.rows.length, 1) + 2;
  return [
    ...placed,
    ...under.map((table) => {
      const at = { ...table, top, left: 1 };
      top += 1 + Math.max(table.rows.length, 1) + 2;
      return at;
    }),
  ];
}

/** The summary sheet: each scenario's year, its net benefit, and the members' costs in detail. */
function summaryTables({ result, t, tableName, columns }: Layout): UnplacedTable[] {
  const summary: ResultCell[][] = result.scenarios.flatMap((s) =>
    s.years.map((y) => [
      s.id,
      s.name,
      ...yearFigureCells(y),
      amountCell(y.stated.ongoing),
      diff(y.ongoing, y.stated.ongoing),
      amountCell(y.stated.proposed),
      diff(y.proposed, y.stated.proposed),
      amountCell(y.stated.total),
      diff(y.total, y.stated.total),
    ]),
  );
  const netBenefit: ResultCell[][] = result.scenarios.map((s) => [
    s.id,
    amountCell(s.netBenefit),
    s.membersWithoutNetBenefit,
    amountCell(s.statedNetBenefit),
    diff(s.netBenefit, s.statedNetBenefit),
  ]);
  const detail: ResultCell[][] = result.scenarios.flatMap((s) =>
    s.members.flatMap(({ initiative }) =>
      result.years.flatMap((year) => {
        const cost = initiative.costs.get(year)?.value ?? null;
        const status = initiative.status === 'ongoing' ? t('statusOngoing') : t('statusProposed');
        // A zero adds nothing to a SUM; leaving it out keeps a city's detail table to its amounts.
        return cost === null || cost.equals(0)
          ? []
          : [[s.id, initiative.name.value, status, year, amountCell(cost)]];
      }),
    ),
  );
  return [
    {
      name: tableName('Scenarios'),
      title: `${t('summaryTitle')} (${result.unit})`,
      columns: columns([
        ['scenario', 'text', 10],
        ['name', 'text', 36],
        ...YEAR_FIGURE_COLUMNS,
        ['statedOngoing', 'amount', 12],
        ['diffOngoing', 'amount', 12],
        ['statedProposed', 'amount', 12],
        ['diffProposed', 'amount', 12],
        ['statedTotal', 'amount', 13],
        ['diffTotal', 'amount', 12],
      ]),
      rows: summary,
    },
    {
      name: tableName('NetBenefit'),
      title: `${t('netBenefitTitle')} (${result.unit})`,
      columns: columns([
        ['scenario', 'text', 10],
        ['netBenefit', 'amount', 13],
        ['withoutNetBenefit', 'integer', 12],
        ['statedNetBenefit', 'amount', 13],
        ['diffNetBenefit', 'amount', 12],
      ]),
      rows: netBenefit,
    },
    {
      name: tableName('Detail'),
      title: `${t('detailTitle')} (${result.unit})`,
      columns: columns([
        ['scenario', 'text', 10],
        ['initiative', 'text', 48],
        ['status', 'text', 12],
        ['year', 'year', 7],
        ['amount', 'amount', 12],
      ]),
      rows: detail,
    },
  ];
}

/** The drivers sheet: each service's change and its drivers, and the drivers' totals. */
function driverTables({ result, language, t, tableName, columns }: Layout): UnplacedTable[] {
  const drivers = result.drivers;
  const driverRows: ResultCell[][] =
    drivers?.services.map((s) => [
      s.service,
      s.isNew ? null : amountCell(s.previous),
      amountCell(s.proposed),
      amountCell(s.delta),
      ...DRIVERS.map((driver) => amountCell(s.allocation.get(driver) ?? null)),
      amountCell(s.allocation.get(UNALLOCATED) ?? null),
      s.estimated.join(', '),
      s.isNew ? t('yes') : null,
    ]) ?? [];
  const totalRows: ResultCell[][] =
    drivers === null
      ? []
      : [
          ...ALLOCATION_KEYS.map((key) => {
            const stated = key === UNALLOCATED ? null : (drivers.stated.get(key) ?? null);
            return [
              driverLabel(key, language),
              amountCell(drivers.totals[key]),
              amountCell(stated),
              diff(drivers.totals[key], stated),
            ];
          }),
          [
            t('totalChange'),
            amountCell(drivers.totalChange),
            amountCell(drivers.stated.get('total') ?? null),
            diff(drivers.totalChange, drivers.stated.get('total') ?? null),
          ],
        ];
  const year = drivers?.year;
  return [
    {
      name: tableName('Drivers'),
      title: `${t('driversTitle')}${year === undefined ? '' : ` ${year - 1}–${year}`} (${result.unit})`,
      columns: columns([
        ['service', 'text', 44],
        [year === undefined ? t('previous') : `${t('previous')} ${year - 1}`, 'amount', 13],
        [year === undefined ? t('proposal') : `${t('proposal')} ${year}`, 'amount', 13],
        ['delta', 'amount', 12],
        ...DRIVERS.map((driver): ColumnSpec => [driverLabel(driver, language), 'amount', 14]),
        [driverLabel(UNALLOCATED, language), 'amount', 12],
        ['estimated', 'text', 24],
        ['newService', 'text', 9],
      ]),
      rows: driverRows,
    },
    {
      name: tableName('DriverTotals'),
      title: `${t('driverTotalsTitle')} (${result.unit})`,
      columns: columns([
        ['driver', 'text', 20],
        ['computed', 'amount', 13],
        ['stated', 'amount', 13],
        ['difference', 'amount', 12],
      ]),
      rows: totalRows,
    },
  ];
}

/** The validations sheet: every finding, with its cell. */
function validationTables({ result, language, t, tableName, columns }: Layout): UnplacedTable[] {
  // What a reader needs first: how grave, what it is, the facts, where; the code last, for a search.
  const validationRows: ResultCell[][] = result.warnings.map((w) => [
    SEVERITY_WORDS[w.severity][language],
    titleFor(w.code, language),
    fitCell(messageFor(w, language, result.unit)),
    w.at?.sheet ?? null,
    w.at?.cell ?? null,
    w.code,
  ]);

  return [
    {
      name: tableName('Validations'),
      title: t('validationsTitle'),
      columns: columns([
        ['severity', 'text', 11],
        ['title', 'text', 32],
        ['message', 'text', 100],
        ['sheet', 'text', 18],
        ['cell', 'text', 8],
        ['code', 'text', 24],
      ]),
      rows: validationRows,
    },
  ];
}

/** Excel's most characters in a cell: a longer text makes Excel refuse the write or repair the file. */
const CELL_MAX_CHARACTERS = 32_767;

/** A text cut to fit one cell, an ellipsis saying it was cut (a message quoting a cell that is full). */
function fitCell(text: string): string {
  return text.length <= CELL_MAX_CHARACTERS ? text : `${text.slice(0, CELL_MAX_CHARACTERS - 1)}…`;
}

/** The amounts of tables' amount columns, for the decimals they need. */
function amountsOf(tables: readonly Omit<ResultTable, 'top' | 'left'>[]): number[] {
  return tables.flatMap((table) =>
    table.rows.flatMap((row) =>
      table.columns.flatMap((column, i) => {
        const cell = row[i];
        return column.kind === 'amount' && typeof cell === 'number' ? [cell] : [];
      }),
    ),
  );
}
