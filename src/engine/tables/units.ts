/**
 * The unit each table's amounts are written in, and what converts them into the result's unit.
 *
 * A table's unit is the one its headers state (`Budget 2024 (MSEK)`; the most of them, when they
 * differ), else the one a title line just above its header row states (`Belopp i MSEK`), else the
 * one the sheet's title states (its first lines), else the unit the other tables state (the most
 * of them), else tkr. A column whose own header states a unit is in that unit, whatever its
 * table's. Every amount is then converted exactly (a Fraction) into the result's unit: the user's
 * choice, else the unit most tables are in.
 */
import { isBlank } from '../cells/parse';
import type { CellRef, Located } from '../cells/raw';
import type { ColumnBinding } from '../headers/recognise';
import type { TableKind } from '../headers/words';
import type { Money } from '../money';
import { moneyFromNumber } from '../money';
import type { OutputUnit } from '../settings';
import {
  DEFAULT_UNIT,
  KRONOR_PER_UNIT,
  KRONOR_WORDS,
  OUTPUT_UNITS,
  UNIT_MULTIPLIERS,
  unitNamed,
} from '../settings';
import type { WarningSink } from '../validation/warning';
import type { FoundTable, Grid } from './grid';
import { cellRefAt, headerCellRef } from './grid';
import { titlesAbove } from './titles';

/** Units spelled out in more than one word (`tusen kronor`, `milj. kr`), and the token each stands for. */
const SPELLED_UNITS: readonly (readonly [RegExp, string])[] = (['tkr', 'MSEK'] as const).map(
  (unit) => [
    new RegExp(
      `\\b(?:${UNIT_MULTIPLIERS[unit].join('|')})(?:\\.\\s*|\\s+)(?:of\\s+)?(?:${KRONOR_WORDS.join('|')})\\b|\\b(?:${UNIT_MULTIPLIERS[unit].filter((word) => word.length > 2).join('|')})(?:${KRONOR_WORDS.join('|')})\\b`,
      'giu',
    ),
    unit === 'tkr' ? 'tkr' : 'mkr',
  ],
);

/** The text with every unit spelled in several words replaced by one token (`tusen kr` → `tkr`). */
function spellUnits(text: string): string {
  return SPELLED_UNITS.reduce(
    (written, [pattern, token]) => written.replace(pattern, ` ${token} `),
    text,
  );
}

/** True when a header token (normalised: lower case) is a unit. */
export function isUnitToken(token: string): boolean {
  return !token.includes(' ') && unitNamed(token) !== null;
}

/** Words of a unit spelled in several (`tusen`, `miljoner`, `milj`), beside the units themselves. */
const UNIT_PARTS: ReadonlySet<string> = new Set(
  [...UNIT_MULTIPLIERS.tkr, ...UNIT_MULTIPLIERS.MSEK].filter((word) => word.length > 2),
);

/**
 * True when a header token (normalised: lower case) is a unit or a word of one (`tusen` in
 * `tusen kronor`).
 */
export function isUnitWord(token: string): boolean {
  return isUnitToken(token) || UNIT_PARTS.has(token);
}

/**
 * The unit a header or title states, as written, or null when it states none (or more than one).
 * @example unitOf('Kostnad 2025 (tkr)') === 'tkr'
 */
export function unitOf(text: string): string | null {
  const units = spellUnits(text)
    .split(/[^\p{L}]+/u)
    .filter((token) => isUnitToken(token.toLowerCase()));
  const named = new Set(units.map(unitNamed));
  return named.size === 1 ? (units[0] ?? null) : null;
}

/**
 * The unit a header or title states, or null.
 * @example statedUnit('Budget 2024 (Mkr)') === 'MSEK'
 */
export function statedUnit(text: string): OutputUnit | null {
  const written = unitOf(text);
  return written === null ? null : unitNamed(written);
}

/**
 * Where a table's unit was read: its own headers, a title line, the sheet's title; `tables` when it
 * states none and takes the unit the other tables state; `default` when no table states one (tkr).
 */
export type UnitSource = 'headers' | 'title' | 'sheet' | 'tables' | 'default';

export interface TableUnit {
  readonly table: TableKind;
  readonly unit: OutputUnit;
  readonly from: UnitSource;
  /** The cell that states it; the table's first header cell when nothing does. */
  readonly at: CellRef;
  /** Columns whose own header states another unit than the table's, by column index. */
  readonly columns: ReadonlyMap<number, { readonly unit: OutputUnit; readonly written: string }>;
}

/** The units of a workbook's tables, the result's unit, and what converts each column. */
export interface UnitPlan {
  readonly unit: OutputUnit;
  /** The unit of amounts no table states one for (the document's summary blocks). */
  readonly unstated: OutputUnit;
  /**
   * Where the unit `unstated` is stated: the first table in it, or null when no table states a
   * unit (then it is tkr, the source document's).
   */
  readonly unstatedFrom: { readonly table: TableKind; readonly at: CellRef } | null;
  /**
   * The tables that state no unit, read amounts, and are read in the unit the other tables state
   * (a table of names only, like a member list without costs, reads nothing in a unit).
   */
  readonly assumed: readonly TableKind[];
  readonly tables: ReadonlyMap<TableKind, TableUnit>;
}

/**
 * Works out every table's unit and the result's unit (the `choice`, else the most tables' unit),
 * reporting a column in another unit than its table, and once, tables in different units.
 * @example planUnits(selected, grids, null, sink).unit === 'MSEK' // tables headed `… (MSEK)`
 */
export function planUnits(
  selected: ReadonlyMap<TableKind, FoundTable>,
  grids: readonly Grid[],
  choice: OutputUnit | null,
  sink: WarningSink,
): UnitPlan {
  const sheets = new Map<string, Grid>();
  for (const grid of grids)
    if (grid.source.kind === 'sheet' && !sheets.has(grid.sheet)) sheets.set(grid.sheet, grid);
  const stated = new Map<TableKind, TableUnit | FoundTable>();
  for (const table of selected.values())
    stated.set(table.kind, statedTableUnit(table, sheets.get(table.sheet)) ?? table);
  const statedUnits = [...stated.values()].flatMap((entry) =>
    'unit' in entry ? [entry.unit] : [],
  );
  const majority = mostCommon(statedUnits);
  const fallback = majority ?? DEFAULT_UNIT;
  const firstStated = [...stated.values()].find(
    (entry): entry is TableUnit => 'unit' in entry && entry.unit === majority,
  );
  const tables = new Map<TableKind, TableUnit>();
  for (const [kind, entry] of stated)
    tables.set(
      kind,
      'unit' in entry
        ? entry
        : {
            table: kind,
            unit: fallback,
            from: majority === null ? 'default' : 'tables',
            at: cellRefAt(entry, entry.headerRow, 0),
            columns: new Map(),
          },
    );
  const unit = choice ?? mostCommon([...tables.values()].map((table) => table.unit)) ?? fallback;
  const assumed = [...tables.values()].flatMap((table) => {
    const found = selected.get(table.table);
    return table.from === 'tables' && found !== undefined && readsAmounts(found)
      ? [table.table]
      : [];
  });
  reportUnits(selected, tables, assumed, unit, sink);
  return {
    unit,
    unstated: fallback,
    assumed,
    unstatedFrom:
      firstStated === undefined ? null : { table: firstStated.table, at: firstStated.at },
    tables,
  };
}

/** The unit a column's amounts are written in, and the result's unit they are converted into. */
export interface AmountUnits {
  readonly column: OutputUnit;
  readonly result: OutputUnit;
}

/**
 * The units of a table's column: its own header's, else its table's.
 * @example columnUnits(plan, 'services', 3) → { column: 'tkr', result: 'MSEK' }
 */
export function columnUnits(plan: UnitPlan, table: TableKind, column: number): AmountUnits {
  const tableUnit = plan.tables.get(table);
  return {
    column: tableUnit?.columns.get(column)?.unit ?? tableUnit?.unit ?? plan.unstated,
    result: plan.unit,
  };
}

/**
 * The unit a further part of a table states (a member list under its own scenario's heading): its
 * headers' (the most of them), else its own title lines'; null when it states none.
 * @example ownUnit(members) === 'MSEK', for a member list under the heading '4.2 Scenario 2 (MSEK)'
 */
export function ownUnit(part: FoundTable): OutputUnit | null {
  return (
    mostCommon(headerUnits(part).map((column) => column.unit)) ??
    unitOfTitles(part.titles)?.unit ??
    null
  );
}

/** Every factor from one unit to another, made once: a Fraction costs more than a multiplication. */
const FACTORS = new Map<string, Money>(
  OUTPUT_UNITS.flatMap((from) =>
    OUTPUT_UNITS.map((to): [string, Money] => [
      `${from}>${to}`,
      moneyFromNumber(KRONOR_PER_UNIT[from]).div(KRONOR_PER_UNIT[to]),
    ]),
  ),
);

/**
 * What multiplies an amount in one unit to give it in another.
 * @example conversionFactor('tkr', 'MSEK').toString() === '0.001'
 */
export function conversionFactor(from: OutputUnit, to: OutputUnit): Money {
  const factor = FACTORS.get(`${from}>${to}`);
  if (factor === undefined) throw new Error(`no factor from ${from} to ${to}`);
  return factor;
}

/** The unit a table states (headers, then title lines, then the sheet's title), or null. */
function statedTableUnit(table: FoundTable, sheet: Grid | undefined): TableUnit | null {
  const fromHeaders = headerUnits(table);
  const majority = mostCommon(fromHeaders.map((column) => column.unit));
  if (majority !== null) {
    const first = fromHeaders.find((column) => column.unit === majority);
    return {
      table: table.kind,
      unit: majority,
      from: 'headers',
      at: first?.at ?? cellRefAt(table, table.headerRow, 0),
      columns: new Map(
        fromHeaders
          .filter((column) => column.unit !== majority)
          .map((column) => [column.index, { unit: column.unit, written: column.header }]),
      ),
    };
  }
  if (sheet === undefined) return null;
  const titled =
    unitInLines(titlesAbove(sheet, table.headerRow - sheet.top, 0, TITLE_REACH), 'title') ??
    unitInLines(sheetTitle(sheet, table.headerRow), 'sheet');
  return titled === null
    ? null
    : { table: table.kind, ...titled, columns: new Map<number, never>() };
}

function headerUnits(
  table: FoundTable,
): { index: number; header: string; unit: OutputUnit; at: CellRef }[] {
  return table.header.columns.flatMap((column: ColumnBinding) => {
    const unit = statedUnit(column.header);
    return unit === null
      ? []
      : [
          {
            index: column.index,
            header: column.header,
            unit,
            at: headerCellRef(table, column.index),
          },
        ];
  });
}

/** How many lines above a header row may hold its title (blank lines count). */
const TITLE_REACH = 4;

/** The sheet's title: its first lines of text (one cell each), above the header row, top first. */
function sheetTitle(grid: Grid, headerRow: number): Located<string>[] {
  const header = headerRow - grid.top;
  let end = 0;
  while (
    end < header &&
    ((grid.rows[end] ?? []).every(isBlank) || titlesAbove(grid, end + 1, end, 1).length === 1)
  )
    end += 1;
  return titlesAbove(grid, end, 0, end).reverse().slice(0, 3);
}

/**
 * An amount a title writes out (`Totalt 99,5 MSEK`, `1 088 976 tkr`): its unit is the amount's,
 * not the table's. A year is no amount (`Budget 2025 tkr` says the table is in tkr).
 */
const AMOUNT_IN_TEXT =
  /(?<![\d.,])(?!(?:19|20)\d\d(?![\d.,]|[\s\u00a0\u202f]\d))\d[\d\s\u00a0\u202f]*(?:[.,]\d+)?\s*(\p{L}+)/gu;

/** True when the text writes out an amount with its unit; a section number (`4.2 Scenario`) is none. */
function writesAmount(text: string): boolean {
  return [...spellUnits(text).matchAll(AMOUNT_IN_TEXT)].some((match) =>
    isUnitToken((match[1] ?? '').toLowerCase()),
  );
}

/** The most words besides its unit a title line that states a unit has (`Alla belopp i tkr`). */
const TITLE_WORDS = 6;

/**
 * The unit a title line states: a short line naming one unit and writing out no amount
 * (`Belopp i MSEK`, `Alla belopp i tkr`, `(tkr)`, `Kostnader, MSEK`, `Summering för scenario 1
 * (MSEK)`). A sentence (`… kronor årligen och skulle då fördelas på förvaltningarna`) or a line
 * that writes out an amount (`Ökningen är totalt 99,5 MSEK`) states none.
 * @example titleUnit('Belopp i MSEK') === 'MSEK'; titleUnit('Totalt 99,5 MSEK') === null
 */
export function titleUnit(text: string): OutputUnit | null {
  if (writesAmount(text)) return null;
  const unit = statedUnit(text);
  if (unit === null) return null;
  const words = spellUnits(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((token) => token !== '' && !isUnitToken(token.toLowerCase()));
  return words.length <= TITLE_WORDS ? unit : null;
}

/**
 * The unit the nearest title line that states one states, with its cell, or null.
 * @example unitOfTitles([{ value: 'Summering för scenario 1 (MSEK)', at }])?.unit === 'MSEK'
 */
export function unitOfTitles(
  lines: readonly Located<string>[],
): { readonly unit: OutputUnit; readonly at: CellRef } | null {
  for (const line of lines) {
    const unit = titleUnit(line.value);
    if (unit !== null) return { unit, at: line.at };
  }
  return null;
}

function unitInLines(
  lines: readonly Located<string>[],
  from: UnitSource,
): { unit: OutputUnit; from: UnitSource; at: CellRef } | null {
  const found = unitOfTitles(lines);
  return found === null ? null : { ...found, from };
}

/** Fields whose columns hold no amount: names, ids, tags, years. */
const TEXT_FIELDS: ReadonlySet<string> = new Set([
  'alias',
  'category',
  'driver',
  'effort',
  'id',
  'initiative',
  'name',
  'scenario',
  'scenarios',
  'service',
  'status',
  'tags',
  'year',
]);

/** True when some column of the table (or of a further part of it) holds amounts. */
function readsAmounts(table: FoundTable): boolean {
  return [table, ...table.more].some((part) =>
    part.header.columns.some((column) => !TEXT_FIELDS.has(column.field)),
  );
}

/** True when the unit was read from what the table (or its sheet) says, not assumed. */
export function isStated(from: UnitSource): boolean {
  return from !== 'tables' && from !== 'default';
}

/** The unit most often in the list; a tie goes to the first of tkr, MSEK, kr. Null for none. */
function mostCommon(units: readonly OutputUnit[]): OutputUnit | null {
  let best: OutputUnit | null = null;
  let bestCount = 0;
  for (const unit of OUTPUT_UNITS) {
    const count = units.filter((u) => u === unit).length;
    if (count > bestCount) {
      best = unit;
      bestCount = count;
    }
  }
  return best;
}

/** A column in another unit than its table (warning), and once, tables in different units (info). */
function reportUnits(
  selected: ReadonlyMap<TableKind, FoundTable>,
  tables: ReadonlyMap<TableKind, TableUnit>,
  assumed: readonly TableKind[],
  unit: OutputUnit,
  sink: WarningSink,
): void {
  for (const table of tables.values()) {
    const found = selected.get(table.table);
    if (found === undefined) continue;
    for (const [index, column] of table.columns)
      sink.add(
        {
          code: 'UNIT_MISMATCH',
          table: table.table,
          header: column.written,
          unit: column.unit,
          expected: table.unit,
          converted: unit,
        },
        headerCellRef(found, index),
      );
  }
  const stating = [...tables.values()].filter((table) => isStated(table.from));
  const units = new Set(stating.map((table) => table.unit));
  if (units.size < 2) return;
  const majority = mostCommon(stating.map((table) => table.unit));
  const first = stating.find((table) => table.unit !== majority);
  sink.add(
    {
      code: 'UNITS_DIFFER',
      tables: stating.map((table) => ({ table: table.table, unit: table.unit })),
      assumed,
      assumedUnit: majority ?? DEFAULT_UNIT,
      unit,
    },
    first?.at ?? null,
  );
}
