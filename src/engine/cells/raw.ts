/**
 * What the engine is given: cell values as a workbook holds them, and where each one sits.
 */

/** An Excel error value (`#REF!`, `#N/A`, …) as an adapter hands it over. */
export interface ExcelErrorCell {
  readonly kind: 'excel-error';
  readonly code: string;
}

/** A formula the file holds no computed value for (written by a script, never opened in Excel). */
export interface UncalculatedCell {
  readonly kind: 'uncalculated';
  readonly formula: string;
}

/** A raw cell: what Excel or an .xlsx file holds, before any interpretation. */
export type RawCell =
  string | number | boolean | Date | ExcelErrorCell | UncalculatedCell | null | undefined;

/** A cell's place, for every warning and every parsed value. */
export interface CellRef {
  readonly sheet: string;
  /** A1-style address such as `F4`. */
  readonly cell: string;
}

/** A parsed value together with the cell it came from. */
export interface Located<T> {
  readonly value: T;
  readonly at: CellRef;
}

/**
 * Column letters for a 1-based column number.
 * @example columnLetters(28) === 'AB'
 */
export function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/**
 * A1 address for a 1-based row and column.
 * @example cellAddress(4, 6) === 'F4'
 */
export function cellAddress(row: number, column: number): string {
  return `${columnLetters(column)}${row}`;
}

/**
 * 1-based row and column of an A1 address, or null when it is not one.
 * @example parseAddress('$F$4') → { row: 4, column: 6 }
 */
export function parseAddress(address: string): { row: number; column: number } | null {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(address.trim());
  if (match === null) return null;
  const [, letters = '', digits = ''] = match;
  let column = 0;
  for (const ch of letters.toUpperCase()) column = column * 26 + (ch.charCodeAt(0) - 64);
  const row = Number(digits);
  return row >= 1 ? { row, column } : null;
}

/** A rectangle of cells, 1-based and inclusive. */
export interface CellRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/**
 * The bounds of an A1 range, with or without a sheet name in front; a single cell is a range too.
 * @example parseRange('Data!$B$3:H40') → { top: 3, left: 2, bottom: 40, right: 8 }
 */
export function parseRange(address: string): CellRange | null {
  const local = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  const [from = '', to] = local.split(':');
  const start = parseAddress(from);
  const end = parseAddress(to ?? from);
  if (start === null || end === null) return null;
  return {
    top: Math.min(start.row, end.row),
    left: Math.min(start.column, end.column),
    bottom: Math.max(start.row, end.row),
    right: Math.max(start.column, end.column),
  };
}

/** True for a formula without a computed value. */
export function isUncalculatedCell(raw: RawCell): raw is UncalculatedCell {
  return (
    typeof raw === 'object' &&
    raw !== null &&
    !(raw instanceof Date) &&
    (raw as { readonly kind?: unknown }).kind === 'uncalculated'
  );
}

/** True for an Excel error value handed over as an object. */
export function isExcelErrorCell(raw: RawCell): raw is ExcelErrorCell {
  // Cells come from adapters at run time: check the tag rather than trust the static type.
  return (
    typeof raw === 'object' &&
    raw !== null &&
    !(raw instanceof Date) &&
    (raw as { readonly kind?: unknown }).kind === 'excel-error'
  );
}
