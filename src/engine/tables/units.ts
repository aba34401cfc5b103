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
import { DEFAULT_UNIT, KRONOR_PER_UNIT, OUTPUT_UNITS, unitNamed } from '../settings';
import type { WarningSink } from '../validation/warning';
import type { FoundTable, Grid } from './grid';
import { cellRefAt, headerCellRef } from './grid';
import { titlesAbove } from './titles';

/** Units spelled out in more than one word, and the token each stands for. */
const SPELLED_UNITS: readonly (readonly [RegExp, string])[] = [
  [/\b(?:(?:t|k)(?:\.\s*|\s+)|tusen\s*)(?:kr|kronor|sek)\b/giu, 'tkr'],
  [/\bthousands?\s+of\s+(?:kr|kronor|sek)\b/giu, 'tkr'],
  [/\b(?:(?:m|mn)(?:\.\s*|\s+)|milj\.?\s*|miljoner\s*)(?:kr|kronor|sek)\b/giu, 'mkr'],
  [/\bmillions?\s+of\s+(?:kr|kronor|sek)\b/giu, 'mkr'],
  [/\bkronor\b/giu, 'kr'],
];

/** True when a header token (normalised: lower case) is a unit. */
export function isUnitToken(token: string): boolean {
  return !token.includes(' ') && unitNamed(token) !== null;
}

/**
 * The unit a header or title states, as written, or null when it states none (or more than one).
 * @example unitOf('Kostnad 2025 (tkr)') === 'tkr'
 */
export function unitOf(text: string): string | null {
  const spelled = SPELLED_UNITS.reduce(
    (written, [pattern, token]) => written.replace(pattern, ` ${token} `),
    text,
  );
  const units = spelled.split(/[^\p{L}]+/u).filter((token) => isUnitToken(token.toLowerCase()));
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

/** Where a table's unit was read. */
export type UnitSource = 'headers' | 'title' | 'sheet' | 'default';

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
  const fallback = mostCommon(statedUnits) ?? DEFAULT_UNIT;
  const tables = new Map<TableKind, TableUnit>();
  for (const [kind, entry] of stated)
    tables.set(
      kind,
      'unit' in entry
        ? entry
        : {
            table: kind,
            unit: fallback,
            from: 'default',
            at: cellRefAt(entry, entry.headerRow, 0),
            columns: new Map(),
          },
    );
  const unit = choice ?? mostCommon([...tables.values()].map((table) => table.unit)) ?? fallback;
  reportUnits(selected, tables, unit, sink);
  return { unit, unstated: fallback, tables };
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
  /(?<![\d.,])(?!(?:19|20)\d\d(?![\d.,]|[\s\u00a0\u202f]\d))\d[\d\s\u00a0\u202f]*(?:[.,]\d+)?\s*(?:tusen\s+|miljoner\s+|milj\.\s*)?\p{L}+/gu;

/** The first unit the lines state, with its cell; an amount a line writes out states none. */
function unitInLines(
  lines: readonly Located<string>[],
  from: UnitSource,
): { unit: OutputUnit; from: UnitSource; at: CellRef } | null {
  for (const line of lines) {
    const unit = statedUnit(line.value.replace(AMOUNT_IN_TEXT, ' '));
    if (unit !== null) return { unit, from, at: line.at };
  }
  return null;
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
  const units = new Set([...tables.values()].map((table) => table.unit));
  if (units.size < 2) return;
  const majority = mostCommon([...tables.values()].map((table) => table.unit));
  const first = [...tables.values()].find((table) => table.unit !== majority);
  sink.add(
    {
      code: 'UNITS_DIFFER',
      tables: [...tables.values()].map((table) => ({ table: table.table, unit: table.unit })),
      unit,
    },
    first?.at ?? null,
  );
}
