/**
 * Headers written over two or three rows: a group label merged across the columns above
 * (`Kostnad` over `2025 | 2026 | 2027`), a label merged down (`Tjänst` over two rows), a year on
 * its own row above or below the kind (`2025` over `Kostnad`, `Utfall` over `2023`). A column means
 * what its labels say read top to bottom; the rows are composed into one header per column
 * (`Kostnad 2025`) and recognised like a one-row header.
 *
 * The grids carry no merge information: a merged range gives its value once, at its top-left
 * cell, and the others are blank. So a blank cell in an upper row takes the label to its left only
 * where that label is a group over years: the label and every blank cell it is carried over stand
 * above bare years. Nothing else is carried, so no label is invented over a column it never named.
 */
import type { RawCell } from '../cells/raw';
import { headerText } from '../headers/recognise';
import { isYear as isYearNumber, YEAR_SPAN, YEAR_TOKEN } from '../headers/years';
import { normaliseHeader } from '../text/normalise';
import { isUnitWord } from './units';

export interface ComposedHeader {
  /** Each column's header, its labels read top to bottom with the years last (`Kostnad 2025`). */
  readonly cells: readonly string[];
  /** Per column, the 0-based header row holding the column's own cell (see `headerCellRef`). */
  readonly cellRows: readonly number[];
  /**
   * True when some column has two different words one above the other (not a word and a year or
   * a unit, nor one label written twice): a data row under a header, or a title over it.
   */
  readonly wordOverWord: boolean;
}

/**
 * One header from several header rows.
 * @example composeHeader([['Tjänst', 'Utfall', null], [null, 2022, 2023]]).cells
 *   // ['Tjänst', 'Utfall 2022', 'Utfall 2023']
 */
export function composeHeader(rows: readonly (readonly RawCell[])[]): ComposedHeader {
  const width = Math.max(0, ...rows.map((row) => row.length));
  const written = rows.map((row) => Array.from({ length: width }, (_, c) => headerText(row[c])));
  const labels = written.map((row, r) => {
    const below = written[r + 1];
    return below === undefined ? row : carryGroupLabels(row, below);
  });
  const cells: string[] = [];
  const cellRows: number[] = [];
  let wordOverWord = false;
  for (let c = 0; c < width; c++) {
    const column = labels.map((row) => row[c] ?? '').filter((label) => label !== '');
    const words = column.filter((label) => !isYearLabel(label));
    const years = column.filter(isYearLabel);
    cells.push([...new Set(words), ...new Set(years)].join(' '));
    let own = 0;
    written.forEach((row, r) => {
      if ((row[c] ?? '') !== '') own = r;
    });
    cellRows.push(own);
    const stacked = new Set(
      written
        .map((row) => row[c] ?? '')
        .filter(isWord)
        .map(normaliseHeader),
    );
    if (stacked.size > 1) wordOverWord = true;
  }
  return { cells, cellRows, wordOverWord };
}

/**
 * What a row holds as a header would, or null when it holds something no header does (an amount,
 * a truth value, a date): its cells of words, and its filled cells (words and bare years). The
 * one test, in two strengths, that tells a header row from a data row.
 * @example headerCells(['Tjänst', 2025]) → { words: 1, filled: 2 }; headerCells(['A', 1000]) → null
 */
export function headerCells(
  cells: readonly RawCell[],
): { readonly words: number; readonly filled: number } | null {
  let words = 0;
  let filled = 0;
  for (const cell of cells) {
    if (typeof cell === 'number' && !isYearNumber(cell)) return null;
    if (typeof cell === 'boolean' || (cell !== null && typeof cell === 'object')) return null;
    if (typeof cell === 'string' && cell.trim() !== '') words += 1;
    if (headerText(cell) !== '') filled += 1;
  }
  return { words, filled };
}

/** True when a row may be one row of a header over several: no amounts, and not blank. */
export function mayBeHeaderRow(cells: readonly RawCell[]): boolean {
  return (headerCells(cells)?.filled ?? 0) >= 1;
}

/** True when a row may be a whole header: no amounts, and two words or more. */
export function mayBeHeader(cells: readonly RawCell[]): boolean {
  return (headerCells(cells)?.words ?? 0) >= 2;
}

/** True when a row holds a bare year (`2025`, as a number or as text). */
export function holdsBareYear(cells: readonly RawCell[]): boolean {
  return cells.some((cell) => isYear(headerText(cell)));
}

/** An upper row with each group label carried right over the blank cells above further years. */
function carryGroupLabels(upper: readonly string[], below: readonly string[]): string[] {
  let group: string | null = null;
  return upper.map((label, c) => {
    const overYear = isYear(below[c] ?? '');
    if (label !== '') {
      group = overYear && !isYear(label) ? label : null;
      return label;
    }
    if (group !== null && overYear) return group;
    group = null;
    return '';
  });
}

/** A label that is neither a year (or span of years) nor a bare unit (`tkr`, `(MSEK)`, `tusen kronor`). */
function isWord(label: string): boolean {
  if (label === '' || isYearLabel(label)) return false;
  const tokens = normaliseHeader(label).split(' ');
  return !tokens.every(isUnitWord);
}

/** A bare year or a span of years (`2025–2027`): read after the words above or below it. */
function isYearLabel(label: string): boolean {
  return YEAR_SPAN.test(label);
}

function isYear(label: string): boolean {
  return YEAR_TOKEN.test(label);
}
