/**
 * Header recognition: which logical table a header row starts, and which column is which.
 * Tables are told apart by their whole set of headers, never by one word.
 */
import { YEAR_TOKEN } from './years';
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
  /**
   * Columns (also in `columns`) read by a field's word found inside the header rather than at
   * its start (`Beräknad/ potentiell nettonytta`): reported, so the user sees the reading.
   */
  readonly inferred: readonly InferredColumn[];
  /** Headers naming the words of two fields or more inside them: not read, and reported. */
  readonly ambiguous: readonly AmbiguousHeader[];
}

export interface InferredColumn extends ColumnBinding {
  /** The field's word found in the header, as the vocabulary writes it (`Nettonytta`). */
  readonly word: string;
}

export interface AmbiguousHeader {
  readonly index: number;
  readonly header: string;
  /** The words found, as the vocabulary writes them (`Kostnad`, `Nettonytta`). */
  readonly words: readonly string[];
}

interface NormalisedWord {
  readonly spec: FieldSpec;
  readonly word: string;
}

/** A header token that is a year (the rule lives in years.ts; kept here for its importers). */
export { YEAR_TOKEN };

const wordsByKind = new Map<TableKind, readonly NormalisedWord[]>(
  TABLE_KINDS.map((kind) => [kind, normalisedWords(TABLE_SPECS[kind])]),
);

/**
 * The table a header row starts, or null when it starts none.
 * @example recogniseHeader(['Scenario', 'År', 'Bas', 'Påverkan'])?.kind === 'scenarios'
 */
export function recogniseHeader(cells: readonly RawCell[]): RecognisedHeader | null {
  const prepared = prepare(cells);
  let best: RecognisedHeader | null = null;
  for (const kind of TABLE_KINDS) {
    const candidate = bindPrepared(kind, prepared, []);
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
  return bindPrepared(kind, prepare(cells), overrides);
}

/** A header cell as written and in its comparable form, worked out once for every kind. */
interface HeaderCell {
  readonly index: number;
  readonly header: string;
  readonly text: string;
  /** The year tokens in it. */
  readonly years: readonly string[];
}

function prepare(cells: readonly RawCell[]): HeaderCell[] {
  return cells.flatMap((cell, index) => {
    const header = headerText(cell);
    if (header === '') return [];
    const text = normaliseHeader(header);
    const years = text.split(' ').filter((token) => YEAR_TOKEN.test(token));
    return [{ index, header, text, years }];
  });
}

function bindPrepared(
  kind: TableKind,
  cells: readonly HeaderCell[],
  overrides: readonly ColumnOverride[],
): RecognisedHeader {
  const spec = TABLE_SPECS[kind];
  const overrideFor = new Map(overrides.map((o) => [normaliseHeader(o.header), o]));
  const candidates: { binding: ColumnBinding; overridden: boolean }[] = [];
  cells.forEach((cell) => {
    const { index, header } = cell;
    const override = overrideFor.get(cell.text);
    if (override === undefined) {
      const binding = matchHeader(kind, cell);
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
  if (overrides.length > 0) {
    columns.sort((a, b) => a.index - b.index);
    return { kind, columns, duplicates, inferred: [], ambiguous: [] };
  }
  // Where the words did not bind a header by its start, one field's word inside it may.
  const inferred: InferredColumn[] = [];
  const ambiguous: AmbiguousHeader[] = [];
  const bound = new Set([...columns, ...duplicates].map((column) => column.index));
  cells.forEach((cell) => {
    const { index, header } = cell;
    if (bound.has(index)) return;
    const found = wordsInside(kind, cell.text);
    if (found.length > 1) {
      ambiguous.push({ index, header, words: found.map((f) => f.written) });
      return;
    }
    const only = found[0];
    if (only === undefined) return;
    const binding = bindingFor(only.spec, cell);
    if (binding === null) return;
    const key = `${binding.field}|${binding.year ?? ''}|${binding.driver ?? ''}`;
    if (seen.has(key)) return;
    seen.add(key);
    columns.push(binding);
    inferred.push({ ...binding, word: only.written });
  });
  columns.sort((a, b) => a.index - b.index);
  return { kind, columns, duplicates, inferred, ambiguous };
}

/** The shortest field word the inside of a header may be read by: `Id`, `Nr` are too short. */
const MIN_CONTAINED_WORD = 5;

/**
 * The fields whose word stands inside a header (whole words, not at its start), one per field,
 * the longest word each; driver-amount words are left out (a count of `volymer` is no amount).
 * @example containedWords('initiatives', 'Beräknad/ potentiell nettonytta')[0]?.written === 'Nettonytta'
 */
export function containedWords(
  kind: TableKind,
  header: string,
): readonly { spec: FieldSpec; written: string }[] {
  return wordsInside(kind, normaliseHeader(header));
}

function wordsInside(
  kind: TableKind,
  normalised: string,
): readonly { spec: FieldSpec; written: string }[] {
  const text = ` ${normalised} `;
  const found = new Map<string, { spec: FieldSpec; written: string }>();
  for (const { spec, word, written } of containableByKind.get(kind) ?? []) {
    if (found.has(spec.field) || text.indexOf(` ${word} `) <= 0) continue;
    found.set(spec.field, { spec, written });
  }
  return [...found.values()];
}

/** Per kind, the words a header may hold inside it, normalised once, longest first per field. */
const containableByKind = new Map<TableKind, readonly ContainableWord[]>(
  TABLE_KINDS.map((kind) => [
    kind,
    TABLE_SPECS[kind].fields
      .filter((field) => field.driver === undefined)
      .flatMap((field) =>
        field.words.map(({ text: written }) => ({
          spec: field,
          word: normaliseHeader(written),
          written,
        })),
      )
      .filter(({ word }) => word.length >= MIN_CONTAINED_WORD),
  ]),
);

interface ContainableWord {
  readonly spec: FieldSpec;
  readonly word: string;
  readonly written: string;
}

/**
 * The word of a field that needs a year, when a header names the field but gives no one year:
 * `Kostnad` (or `Kostnad 2025–2027`) in the initiatives table.
 * @example yearlessWord('initiatives', 'Kostnad') === 'Kostnad'
 */
export function yearlessWord(kind: TableKind, header: string): string | null {
  const text = normaliseHeader(header);
  const years = text.split(' ').filter((token) => YEAR_TOKEN.test(token));
  if (years.length === 1) return null;
  for (const { spec, word } of wordsByKind.get(kind) ?? []) {
    if (spec.year !== 'required' || word === '') continue;
    if (text === word || text.startsWith(`${word} `))
      return spec.words.find(({ text }) => normaliseHeader(text) === word)?.text ?? null;
  }
  const inside = containedWords(kind, header);
  const only = inside.length === 1 ? inside[0] : undefined;
  return only !== undefined && only.spec.year === 'required' ? only.written : null;
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

function matchHeader(kind: TableKind, cell: HeaderCell): ColumnBinding | null {
  const { text, years } = cell;
  for (const { spec, word } of wordsByKind.get(kind) ?? []) {
    const begins =
      word === ''
        ? years.length === 1 && text === years[0]
        : text === word || text.startsWith(`${word} `);
    if (!begins) continue;
    const binding = bindingFor(spec, cell);
    if (binding !== null) return binding;
  }
  return null;
}

/** The one year among a header's year tokens; a year range (`2025–2027`) names a span, not one. */
const oneYear = (years: readonly string[]): number | null =>
  years.length === 1 ? Number(years[0]) : null;

/**
 * The year a header gives a per-year column, as the engine reads it: its one year, or null when it
 * has none or a span.
 * @example headerYear('Kostnad 2025') === 2025; headerYear('Kostnad 2025–2027') === null
 */
export function headerYear(header: string): number | null {
  return oneYear(
    normaliseHeader(header)
      .split(' ')
      .filter((token) => YEAR_TOKEN.test(token)),
  );
}

/** A header bound to a field, with its year; null when the field needs a year it lacks. */
function bindingFor(spec: FieldSpec, cell: HeaderCell): ColumnBinding | null {
  const year = oneYear(cell.years);
  if (spec.year === 'required' && year === null) return null;
  return {
    field: spec.field,
    year: spec.year === 'none' ? null : year,
    driver: spec.driver ?? null,
    index: cell.index,
    header: cell.header,
  };
}

/** Every word of a table's fields, normalised, longest first so the longest match wins. */
function normalisedWords(spec: TableSpec): readonly NormalisedWord[] {
  return spec.fields
    .flatMap((field) =>
      field.words.map(({ text }) => ({ spec: field, word: normaliseHeader(text) })),
    )
    .sort((a, b) => b.word.length - a.word.length);
}
