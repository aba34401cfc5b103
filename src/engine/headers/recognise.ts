/**
 * Header recognition: which logical table a header row starts, and which column is which.
 * Tables are told apart by their whole set of headers, never by one word.
 */
import type { RawCell } from '../cells/raw';
import type { DriverName } from '../drivers/names';
import { normaliseHeader } from '../text/normalise';
import type { FieldSpec, TableKind, TableSpec } from './words';
import { TABLE_KINDS, TABLE_SPECS } from './words';

export interface ColumnBinding {
  readonly field: string;
  readonly year: number | null;
  readonly driver: DriverName | null;
  /** 0-based position in the header row. */
  readonly index: number;
  /** The header as written. */
  readonly header: string;
}

export interface RecognisedHeader {
  readonly kind: TableKind;
  readonly columns: readonly ColumnBinding[];
  /** Columns naming a field (and year) an earlier column already names: ignored, and reported. */
  readonly duplicates: readonly ColumnBinding[];
}

interface NormalisedWord {
  readonly spec: FieldSpec;
  readonly word: string;
}

const YEAR_TOKEN = /^(?:19|20)\d\d$/;

const wordsByKind = new Map<TableKind, readonly NormalisedWord[]>(
  TABLE_KINDS.map((kind) => [kind, normalisedWords(TABLE_SPECS[kind])]),
);

/**
 * The table a header row starts, or null when it starts none.
 * @example recogniseHeader(['Scenario', 'År', 'Bas', 'Påverkan'])?.kind === 'scenarios'
 */
export function recogniseHeader(cells: readonly RawCell[]): RecognisedHeader | null {
  let best: RecognisedHeader | null = null;
  for (const kind of TABLE_KINDS) {
    const candidate = bindColumns(kind, cells);
    if (!satisfiesRequired(TABLE_SPECS[kind], candidate.columns)) continue;
    if (best === null || candidate.columns.length > best.columns.length) best = candidate;
  }
  return best;
}

/**
 * Binds a header row to the fields of a known table kind (used when the user mapped the table).
 * @example bindColumns('members', ['Scenario', 'Initiative']).columns.length === 2
 */
export function bindColumns(kind: TableKind, cells: readonly RawCell[]): RecognisedHeader {
  const columns: ColumnBinding[] = [];
  const duplicates: ColumnBinding[] = [];
  const seen = new Set<string>();
  cells.forEach((cell, index) => {
    const header = headerText(cell);
    if (header === '') return;
    const binding = matchHeader(kind, header, index);
    if (binding === null) return;
    const key = `${binding.field}|${binding.year ?? ''}|${binding.driver ?? ''}`;
    if (seen.has(key)) duplicates.push(binding);
    else {
      seen.add(key);
      columns.push(binding);
    }
  });
  return { kind, columns, duplicates };
}

/** True when the bound columns meet every required group of the table. */
export function satisfiesRequired(spec: TableSpec, columns: readonly ColumnBinding[]): boolean {
  return spec.required.every((group) => columns.some((column) => group.includes(column.field)));
}

/** The text of a header cell: strings as written, whole numbers (a bare year) as digits. */
export function headerText(cell: RawCell): string {
  if (typeof cell === 'string') return cell.trim();
  if (typeof cell === 'number' && Number.isInteger(cell)) return String(cell);
  return '';
}

function matchHeader(kind: TableKind, header: string, index: number): ColumnBinding | null {
  const text = normaliseHeader(header);
  const years = text.split(' ').filter((token) => YEAR_TOKEN.test(token));
  for (const { spec, word } of wordsByKind.get(kind) ?? []) {
    const begins =
      word === ''
        ? years.length === 1 && text === years[0]
        : text === word || text.startsWith(`${word} `);
    if (!begins) continue;
    // A year range (`2025–2027`) names a span, not one year's column.
    const year = years.length === 1 ? Number(years[0]) : null;
    if (spec.year === 'required' && year === null) continue;
    return {
      field: spec.field,
      year: spec.year === 'none' ? null : year,
      driver: spec.driver ?? null,
      index,
      header,
    };
  }
  return null;
}

/** Every word of a table's fields, normalised, longest first so the longest match wins. */
function normalisedWords(spec: TableSpec): readonly NormalisedWord[] {
  return spec.fields
    .flatMap((field) => field.words.map((word) => ({ spec: field, word: normaliseHeader(word) })))
    .sort((a, b) => b.word.length - a.word.length);
}
