/**
 * Random workbooks for the fuzz tests, independent of any door: sheets of cells, merged title
 * rows, Excel tables. Headers come from the engine's own vocabulary in both languages, mangled
 * the way people type them; values include every Excel error, extreme numbers, NaN-like text,
 * formulas with and without a cached value, 32 767-character text, right-to-left, combining and
 * zero-width characters. `workbooks.ts` turns one into grids, .xlsx bytes or a simulated host.
 */
import fc from 'fast-check';
import type { TableKind } from '../../src/engine';
import { DEFAULT_TABLE_NAMES, DRIVERS, TABLE_KINDS, TABLE_SPECS } from '../../src/engine';
import type { FieldSpec } from '../../src/engine/headers/words';

/** Every error value Excel shows. */
export const EXCEL_ERRORS = [
  '#NULL!',
  '#DIV/0!',
  '#VALUE!',
  '#REF!',
  '#NAME?',
  '#NUM!',
  '#N/A',
  '#GETTING_DATA',
  '#SPILL!',
  '#CALC!',
  '#FIELD!',
  '#BLOCKED!',
  '#CONNECT!',
  '#BUSY!',
  '#UNKNOWN!',
] as const;

/** The most characters Excel holds in one cell. */
export const LONGEST_TEXT = 32_767;

export type FuzzValue =
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'text'; readonly value: string }
  | { readonly kind: 'bool'; readonly value: boolean }
  | { readonly kind: 'date'; readonly value: Date }
  | { readonly kind: 'error'; readonly code: string }
  /** A formula; `result` null when the file holds no computed value for it. */
  | {
      readonly kind: 'formula';
      readonly formula: string;
      readonly result: number | string | { readonly error: string } | null;
    };

export interface FuzzCell {
  /** 1-based. */
  readonly row: number;
  readonly column: number;
  readonly value: FuzzValue;
  /** The cell's number format; null for General. */
  readonly numFmt: string | null;
}

export interface FuzzRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export interface FuzzTable extends FuzzRange {
  readonly name: string;
  /** The header row's texts (the first row of the range). */
  readonly headers: readonly string[];
}

export interface FuzzSheet {
  readonly name: string;
  /** At most one cell per position. */
  readonly cells: readonly FuzzCell[];
  /** Merged title rows; only their top-left cell holds a value. */
  readonly merges: readonly FuzzRange[];
  readonly tables: readonly FuzzTable[];
}

export interface FuzzWorkbook {
  readonly sheets: readonly FuzzSheet[];
}

// ---------------------------------------------------------------------------------------------
// Values

const extremeNumber = fc.constantFrom(
  1e308,
  -1e308,
  5e-324,
  -5e-324,
  -0,
  Number.MAX_SAFE_INTEGER + 2,
  -(Number.MAX_SAFE_INTEGER + 2),
  Number.MAX_VALUE,
  0.1 + 0.2,
  1e21,
  123456789.12345679,
);

const amountNumber = fc.oneof(
  fc.integer({ min: -5_000_000, max: 5_000_000 }),
  fc.integer({ min: -500_000_000, max: 500_000_000 }).map((n) => n / 100),
);

const anyNumber: fc.Arbitrary<number> = fc.oneof(
  amountNumber,
  extremeNumber,
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

const nanLikeText = fc.constantFrom(
  'NaN',
  'nan',
  'Infinity',
  '-Infinity',
  '∞',
  '-',
  '—',
  '–',
  'N/A',
  '#',
  '# ',
  'Ej känt',
  'Unknown',
  '1e400',
  '-1e400',
  '0x10',
  '1_000',
  'undefined',
  'null',
);

const numberLikeText = fc.constantFrom(
  '1 088 976',
  '1\u00a0088\u00a0976',
  '1\u202f088',
  '1,088,976',
  '1.088.976',
  '37,9',
  '37.9',
  '1,088',
  '(2 050)',
  '−2 050',
  '–2 050',
  '+5',
  '5e3',
  '1e308',
  '5e-324',
  '-0',
  '9007199254740993',
  '12 %',
  '100 tkr',
);

const unicodeText = fc.constantFrom(
  'שירות דיגיטלי',
  'خدمة رقمية',
  '\u202eTjänst\u202c',
  'Tja\u0308nst',
  'Fo\u0308rändringsinsats',
  'e\u0301\u0301\u0301',
  'Z\u0351\u0352\u0353a\u0354\u0355l\u0356g\u0357o',
  '\u200b',
  '\u200bTjänst',
  'Budget\u200d 2025',
  '\ufeffScenario',
  '\u00a0',
  ' ',
  '\t',
  'rad ett\nrad två',
  '👩‍👩‍👧 familj',
  'Ǆ ǅ ǆ',
);

const formulaLikeText = fc.constantFrom(
  '=1+1',
  '=HYPERLINK("http://example.invalid","x")',
  "+cmd|' /C calc'!A0",
  '@SUM(A1:A2)',
  '-2+3',
  "'=quoted",
);

const longText = fc
  .tuple(fc.constantFrom('a', 'ä', 'ש', '9', ' '), fc.integer({ min: 1000, max: LONGEST_TEXT }))
  .map(([ch, length]) => ch.repeat(length))
  .chain((text) => fc.constantFrom(text, text.slice(0, LONGEST_TEXT)));

const anyText: fc.Arbitrary<string> = fc
  .oneof(
    { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
    { weight: 2, arbitrary: nanLikeText },
    { weight: 2, arbitrary: numberLikeText },
    { weight: 2, arbitrary: unicodeText },
    { weight: 1, arbitrary: formulaLikeText },
    { weight: 1, arbitrary: longText },
  )
  // An empty text is an empty cell in every door; blanks are generated as missing cells.
  .filter((text) => text !== '');

const FORMULAS = [
  'SUM(A1:A3)',
  'A1*2',
  '1/0',
  'NOW()',
  'XLOOKUP(A1,B:B,C:C)',
  'Tjänster!B3',
  "'Data sheet'!A1+1",
  'SEQUENCE(3)',
  'IFERROR(1/0,"-")',
];

const errorValue = fc.constantFrom(...EXCEL_ERRORS);

const formulaValue: fc.Arbitrary<FuzzValue> = fc.record({
  kind: fc.constant('formula' as const),
  formula: fc.constantFrom(...FORMULAS),
  result: fc.oneof(
    fc.constant(null),
    anyNumber,
    fc.constantFrom('text result', '1 000', 'N/A'),
    errorValue.map((error) => ({ error })),
  ),
});

const dateValue = fc
  .date({ min: new Date('1900-03-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z') })
  .filter((date) => !Number.isNaN(date.getTime()))
  // Whole days: Excel stores a date as a serial number, ExcelJS rounds to milliseconds.
  .map((date) => new Date(Math.round(date.getTime() / 86_400_000) * 86_400_000));

/** Any value a cell may hold. */
export const anyValue: fc.Arbitrary<FuzzValue> = fc.oneof(
  { weight: 4, arbitrary: anyNumber.map((value) => ({ kind: 'number' as const, value })) },
  { weight: 4, arbitrary: anyText.map((value) => ({ kind: 'text' as const, value })) },
  { weight: 1, arbitrary: fc.boolean().map((value) => ({ kind: 'bool' as const, value })) },
  { weight: 1, arbitrary: dateValue.map((value) => ({ kind: 'date' as const, value })) },
  { weight: 2, arbitrary: errorValue.map((code) => ({ kind: 'error' as const, code })) },
  { weight: 2, arbitrary: formulaValue },
);

const NAMES = ['Tjänst A', 'Tjänst B', 'Service C', 'Stadens intranät (Navet)', 'Stadens Intranät'];
const INITIATIVES = ['Insats 1', 'Insats 2', 'Initiative 3', '1', '2'];
const SCENARIO_IDS = ['1', '2', '3', '1, 2', '1;3', 'S1'];
const STATUSES = ['Ny', 'Föreslagen', 'Pågående', 'New', 'Proposed', 'Ongoing', 'Avslutad'];
const TOTALS = ['Summa', 'Totalt', 'Total', 'Sum', 'Summering'];

const text = (values: readonly string[]): fc.Arbitrary<FuzzValue> =>
  fc.constantFrom(...values).map((value) => ({ kind: 'text' as const, value }));

/** A plausible value for a field, so that rows match up across tables and reach the calculations. */
function plausibleValue(field: string): fc.Arbitrary<FuzzValue> {
  const amount = amountNumber.map((value) => ({ kind: 'number' as const, value }));
  switch (field) {
    case 'name':
      return fc.oneof(text(NAMES), text(INITIATIVES), text(TOTALS));
    case 'service':
      return text(NAMES);
    case 'initiative':
    case 'effort':
      return text(INITIATIVES);
    case 'id':
    case 'scenario':
    case 'scenarios':
      return text(SCENARIO_IDS);
    case 'status':
      return text(STATUSES);
    case 'year':
      return fc.integer({ min: 2023, max: 2028 }).map((value) => ({ kind: 'number', value }));
    case 'tags':
    case 'driver':
      return fc
        .subarray([...DRIVERS, 'Okänd drivare', 'Projekt avslutas 2024', 'Total'], {
          minLength: 1,
          maxLength: 3,
        })
        .chain((tags) =>
          fc.constantFrom(', ', ';').map((separator) => ({
            kind: 'text' as const,
            value: tags.join(separator),
          })),
        );
    case 'alias':
      return text(['Navet', 'Intranät; Navet', 'A']);
    default:
      return amount;
  }
}

// ---------------------------------------------------------------------------------------------
// Headers

/** A header as people type it: the word, maybe with other case, spaces, diacritics or a typo. */
export function mangled(word: string): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 6, arbitrary: fc.constant(word) },
    { weight: 1, arbitrary: fc.constant(word.toUpperCase()) },
    { weight: 1, arbitrary: fc.constant(word.toLowerCase()) },
    { weight: 1, arbitrary: fc.constant(`  ${word.replace(/ /g, '\n')} `) },
    { weight: 1, arbitrary: fc.constant(word.normalize('NFD')) },
    {
      weight: 1,
      arbitrary: fc.constant(word.normalize('NFD').replace(/[\u0300-\u036f]/g, '')),
    },
    { weight: 1, arbitrary: fc.constant(`${word} (tkr)`) },
    { weight: 2, arbitrary: typo(word) },
  );
}

function typo(word: string): fc.Arbitrary<string> {
  // Code points, not graphemes: a typo may well split a letter from its combining mark.
  const chars = Array.from(word);
  if (chars.length === 0) return fc.constant('x');
  return fc
    .tuple(
      fc.integer({ min: 0, max: chars.length - 1 }),
      fc.constantFrom('drop', 'swap', 'double', 'replace'),
    )
    .map(([at, how]) => {
      const copy = [...chars];
      if (how === 'drop') copy.splice(at, 1);
      else if (how === 'double') copy.splice(at, 0, copy[at] ?? '');
      else if (how === 'replace') copy[at] = 'q';
      else if (at + 1 < copy.length)
        [copy[at], copy[at + 1]] = [copy[at + 1] ?? '', copy[at] ?? ''];
      return copy.join('');
    });
}

const YEAR = fc.integer({ min: 2022, max: 2028 });

/** One column's header for a field of a table, and the field it was made for. */
function headerFor(field: FieldSpec): fc.Arbitrary<{ header: string; field: string }> {
  return fc
    .tuple(fc.constantFrom(...field.words.map((word) => word.text)), YEAR, fc.boolean())
    .chain(([word, year, withYear]) => {
      const yearWanted = field.year === 'required' || (field.year === 'optional' && withYear);
      const full = yearWanted ? `${word} ${year}`.trim() : word;
      return mangled(full).map((header) => ({
        header: header.trim() === '' ? String(year) : header,
        field: field.field,
      }));
    });
}

/** A header row of one kind of table: its required fields (usually), some others, shuffled. */
function headerRow(kind: TableKind): fc.Arbitrary<{ header: string; field: string }[]> {
  const spec = TABLE_SPECS[kind];
  const required = new Set(spec.required.map((group) => group[0] ?? ''));
  return fc
    .tuple(
      fc.subarray(spec.fields.filter((f) => !required.has(f.field))),
      fc.boolean(),
      fc.integer({ min: 1, max: 3 }),
    )
    .chain(([optional, dropOne, perYear]) => {
      const requiredFields = spec.fields.filter((f) => required.has(f.field));
      const kept = dropOne && requiredFields.length > 1 ? requiredFields.slice(1) : requiredFields;
      const fields = [...kept, ...optional].flatMap((f) =>
        f.perYear === true ? Array.from({ length: perYear }, () => f) : [f],
      );
      return fc.tuple(...fields.map(headerFor));
    })
    .chain((columns) => fc.shuffledSubarray(columns, { minLength: columns.length }));
}

// ---------------------------------------------------------------------------------------------
// Sheets and workbooks

interface Block {
  readonly title: string | null;
  readonly columns: readonly { header: string; field: string }[];
  readonly rows: readonly (readonly (FuzzValue | null)[])[];
  /** The block is an Excel table with this name. */
  readonly tableName: string | null;
  readonly gap: number;
}

const TABLE_NAMES = [...Object.values(DEFAULT_TABLE_NAMES).flat(), 'Tabell1', 'Table_2'];

function block(kind: TableKind | null, allowTables: boolean): fc.Arbitrary<Block> {
  const columns =
    kind === null
      ? fc.array(
          fc.oneof(anyText, fc.constantFrom('Summa', 'Totalt', '')).map((header) => ({
            header,
            field: '',
          })),
          { minLength: 1, maxLength: 6 },
        )
      : headerRow(kind);
  return columns.chain((cols) =>
    fc.record({
      title: fc.option(fc.oneof(anyText, fc.constantFrom('Tjänster 2025', 'Scenarier')), {
        freq: 3,
      }),
      columns: fc.constant(cols),
      rows: fc.array(
        fc.tuple(
          ...cols.map((col) =>
            fc.oneof(
              { weight: 6, arbitrary: plausibleValue(col.field) },
              { weight: 3, arbitrary: anyValue },
              { weight: 1, arbitrary: fc.constant(null) },
            ),
          ),
        ),
        { maxLength: 8 },
      ),
      tableName: allowTables
        ? fc.option(fc.constantFrom(...TABLE_NAMES), { freq: 3 })
        : fc.constant(null),
      gap: fc.integer({ min: 0, max: 2 }),
    }),
  );
}

const NUM_FMTS = ['0.00', '#,##0', '@', 'yyyy-mm-dd', '0%', '"kr" #,##0;[Red]-"kr" #,##0'];

/** A sheet's cells from blocks stacked one below another, from a random top-left corner. */
function sheetOf(
  name: string,
  blocks: readonly Block[],
  top: number,
  left: number,
  numFmts: readonly (string | null)[],
): FuzzSheet {
  const cells: FuzzCell[] = [];
  const merges: FuzzRange[] = [];
  const tables: FuzzTable[] = [];
  let row = top;
  let formats = 0;
  const put = (r: number, c: number, value: FuzzValue): void => {
    cells.push({ row: r, column: c, value, numFmt: numFmts[formats++ % numFmts.length] ?? null });
  };
  for (const b of blocks) {
    const width = b.columns.length;
    if (b.title !== null) {
      put(row, left, { kind: 'text', value: b.title });
      if (width > 1) merges.push({ top: row, left, bottom: row, right: left + width - 1 });
      row += 1;
    }
    const headerTop = row;
    // An Excel table's headers are distinct, non-empty text (Excel renames them to be so).
    const headers = b.columns.map((col, i) =>
      b.tableName !== null && (col.header.trim() === '' || col.header.length > 255)
        ? `Column${i + 1}`
        : col.header,
    );
    const seen = new Set<string>();
    const distinct = headers.map((header, i) => {
      const key = header.toLowerCase();
      const unique = b.tableName !== null && seen.has(key) ? `${header}${i + 1}` : header;
      seen.add(unique.toLowerCase());
      return unique;
    });
    distinct.forEach((header, i) => {
      if (header !== '') put(row, left + i, { kind: 'text', value: header });
    });
    row += 1;
    for (const values of b.rows) {
      values.forEach((value, i) => {
        if (value !== null) put(row, left + i, value);
      });
      row += 1;
    }
    if (b.tableName !== null) {
      tables.push({
        name: b.tableName,
        top: headerTop,
        left,
        bottom: Math.max(row - 1, headerTop + 1),
        right: left + width - 1,
        headers: distinct,
      });
      // A table has at least one data row.
      if (b.rows.length === 0) row += 1;
    }
    row += b.gap;
  }
  return { name, cells, merges, tables };
}

const SHEET_NAMES = [
  'Tjänster',
  'Scenarier',
  'Data',
  'Blad1',
  'Analysis',
  'Ärenden 2025',
  'נתונים',
  "Kim's sheet",
  'Sheet (2)',
  'x'.repeat(31),
];

export interface WorkbookShape {
  /** Allow two sheet names that differ only by case (Excel does not; an .xlsx file may). */
  readonly caseDuplicateSheets: boolean;
  /** Allow Excel tables, and two with the same name (Excel does not; an .xlsx file may). */
  readonly tables: 'none' | 'unique' | 'duplicates';
}

const blockKind: fc.Arbitrary<TableKind | null> = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...TABLE_KINDS) },
  { weight: 1, arbitrary: fc.constant(null) },
);

function sheetArb(name: string, allowTables: boolean): fc.Arbitrary<FuzzSheet> {
  return fc
    .record({
      kinds: fc.array(blockKind, { maxLength: 4 }),
      top: fc.integer({ min: 1, max: 6 }),
      left: fc.integer({ min: 1, max: 5 }),
      numFmts: fc.array(fc.option(fc.constantFrom(...NUM_FMTS), { freq: 2 }), {
        minLength: 1,
        maxLength: 7,
      }),
    })
    .chain(({ kinds, top, left, numFmts }) =>
      fc
        .tuple(...kinds.map((kind) => block(kind, allowTables)))
        .map((blocks) => sheetOf(name, blocks, top, left, numFmts)),
    );
}

/**
 * A random workbook: one to four sheets (some empty), each holding a few tables of any kind.
 * @example fc.assert(fc.property(anyWorkbook({ caseDuplicateSheets: false, tables: 'unique' }), …))
 */
export function anyWorkbook(shape: WorkbookShape): fc.Arbitrary<FuzzWorkbook> {
  const names = fc
    .uniqueArray(fc.constantFrom(...SHEET_NAMES), {
      minLength: 1,
      maxLength: 4,
      comparator: (a, b) => a.toLowerCase() === b.toLowerCase(),
    })
    .chain((unique) =>
      shape.caseDuplicateSheets
        ? // One workbook in five: a file with such twins is refused as a whole (a clear error).
          fc.integer({ min: 0, max: 4 }).map((dice) => {
            const twin = dice === 0;
            const first = unique[0] ?? 'Data';
            const variant =
              first === first.toUpperCase() ? first.toLowerCase() : first.toUpperCase();
            return twin && variant !== first ? [...unique, variant] : unique;
          })
        : fc.constant(unique),
    );
  return names
    .chain((list) => fc.tuple(...list.map((name) => sheetArb(name, shape.tables !== 'none'))))
    .map((sheets) => ({
      sheets: shape.tables === 'duplicates' ? sheets : withUniqueTableNames(sheets),
    }));
}

/** Table names made unique across the workbook (case-insensitively, as Excel wants). */
function withUniqueTableNames(sheets: readonly FuzzSheet[]): FuzzSheet[] {
  const seen = new Set<string>();
  return sheets.map((sheet) => ({
    ...sheet,
    tables: sheet.tables.map((table) => {
      let name = table.name;
      for (let n = 2; seen.has(name.toLowerCase()); n++) name = `${table.name}_${n}`;
      seen.add(name.toLowerCase());
      return { ...table, name };
    }),
  }));
}

const CLEAN_HEADERS: Readonly<Partial<Record<TableKind, readonly string[]>>> = {
  services: ['Tjänst', 'Budget 2024', 'Föreslagen budget 2025', 'Drivare'],
  initiatives: ['Förändringsinsats', 'Status', 'Kostnad 2025', 'Kostnad 2026', 'Scenario'],
  scenarios: ['Scenario', 'År', 'Bas', 'Påverkan'],
};

/**
 * A workbook that has the three required tables (clean headers, random rows) besides random
 * sheets: a run on it writes its result sheets.
 */
export function completeWorkbook(shape: WorkbookShape): fc.Arbitrary<FuzzWorkbook> {
  const required = (['services', 'initiatives', 'scenarios'] as const).map((kind) => {
    const headers = CLEAN_HEADERS[kind] ?? [];
    const fields = headers.map((header) => {
      const field = TABLE_SPECS[kind].fields.find((f) =>
        f.words.some(({ text }) => text !== '' && header.startsWith(text)),
      );
      return { header, field: field?.field ?? '' };
    });
    return fc
      .array(
        fc.tuple(
          ...fields.map((f) =>
            fc.oneof(
              { weight: 8, arbitrary: plausibleValue(f.field) },
              { weight: 1, arbitrary: anyValue },
            ),
          ),
        ),
        { minLength: 1, maxLength: 6 },
      )
      .map((rows): Block => ({ title: null, columns: fields, rows, tableName: null, gap: 1 }));
  });
  return fc.tuple(anyWorkbook(shape), fc.tuple(...required)).map(([random, blocks]) => ({
    sheets: [...random.sheets, sheetOf('Indata', blocks, 1, 1, [null])],
  }));
}
