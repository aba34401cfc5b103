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

/** A header token that is a year. */
export const YEAR_TOKEN = /^(?:19|20)\d\d$/;

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
 * What the user says a header means, over what its words say: for a template whose headers the
 * vocabulary does not know. Keyed by the header as written (case, spaces and diacritics aside).
 */
export interface ColumnOverride {
  readonly header: string;
  /** A field of the table's kind, or null for "this column is not part of the table". */
  readonly field: string | null;
  readonly year: number | null;
  readonly driver: DriverName | null;
}

/**
 * Binds a header row to the fields of a known table kind (used when the user mapped the table);
 * the user's column overrides win over the words, also over another column the words would bind.
 * @example bindColumns('members', ['Scenario', 'Initiative']).columns.length === 2
 */
export function bindColumns(
  kind: TableKind,
  cells: readonly RawCell[],
  overrides: readonly ColumnOverride[] = [],
): RecognisedHeader {
  const spec = TABLE_SPECS[kind];
  const overrideFor = new Map(overrides.map((o) => [normaliseHeader(o.header), o]));
  const candidates: { binding: ColumnBinding; overridden: boolean }[] = [];
  cells.forEach((cell, index) => {
    const header = headerText(cell);
    if (header === '') return;
    const override = overrideFor.get(normaliseHeader(header));
    if (override === undefined) {
      const binding = matchHeader(kind, header, index);
      if (binding !== null) candidates.push({ binding, overridden: false });
      return;
    }
    const known = spec.fields.some(
      (f) => f.field === override.field && (f.driver ?? null) === override.driver,
    );
    if (override.field === null || !known) return;
    candidates.push({
      binding: {
        field: override.field,
        year: override.year,
        driver: override.driver,
        index,
        header,
      },
      overridden: true,
    });
  });
  const columns: ColumnBinding[] = [];
  const duplicates: ColumnBinding[] = [];
  const seen = new Set<string>();
  // Overridden columns claim their fields first; the words bind what is left, in column order.
  for (const { binding } of [
    ...candidates.filter((c) => c.overridden),
    ...candidates.filter((c) => !c.overridden),
  ]) {
    const key = `${binding.field}|${binding.year ?? ''}|${binding.driver ?? ''}`;
    if (seen.has(key)) duplicates.push(binding);
    else {
      seen.add(key);
      columns.push(binding);
    }
  }
  columns.sort((a, b) => a.index - b.index);
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
