/**
 * Reading one cell as a number or as text, the way Swedish and English templates write them.
 * Parsing never throws: a cell gives a value, "no value", an Excel error, or a reason it is unreadable.
 */
import type { Money } from '../money';
import { moneyFromDecimal, moneyFromNumber } from '../money';
import type { RawCell } from './raw';
import { isExcelErrorCell, isUncalculatedCell } from './raw';
import { unitNamed } from '../settings';

export type NumberCell =
  | {
      readonly kind: 'number';
      readonly value: Money;
      /** The unit the cell itself writes after the number (`1 088 976 tkr`, `0 tkr/år`), lower case. */
      readonly unit?: string;
    }
  | { readonly kind: 'empty' }
  | { readonly kind: 'excel-error'; readonly code: string }
  | { readonly kind: 'uncalculated'; readonly formula: string }
  | {
      readonly kind: 'invalid';
      readonly text: string;
      readonly reason: UnreadableReason;
    };

export type TextCell =
  | { readonly kind: 'text'; readonly value: string }
  | { readonly kind: 'empty' }
  | { readonly kind: 'excel-error'; readonly code: string }
  | { readonly kind: 'uncalculated'; readonly formula: string };

/** Words that deliberately mean "no value" (compared after lower-casing and trimming). */
export const NO_VALUE_WORDS: readonly string[] = [
  'n/a',
  'na',
  'ej känt',
  'ej kant',
  'not known',
  'unknown',
  '-',
  '–',
  '—',
];

const NO_VALUE = new Set(NO_VALUE_WORDS.map(noValueKey));

/** Compares no-value words whatever their Unicode form (`ä` or `a` + U+0308) or kind of space. */
function noValueKey(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}

const EXCEL_ERROR =
  /^#(?:NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!)$/i;
/** Space, no-break space, figure space, thin space, narrow no-break space. */
const GROUP_SPACE = /[ \u00A0\u2007\u2009\u202F]/g;
const MINUS = /^[-\u2212\u2013]/;
const AMBIGUOUS: unique symbol = Symbol('ambiguous');
/**
 * The largest amount read, in magnitude. Far beyond any budget, and low enough that sums and
 * differences of a million such amounts still fit a double: JSON and Excel cells hold nothing
 * larger (a total of two 1e308 cells, or a 400-digit text, would come out as Infinity).
 */
const LARGEST_AMOUNT = 1e100;
const LARGEST_MONEY = moneyFromNumber(LARGEST_AMOUNT);

/** Why a cell is no amount: not a number, a number two ways, or one beyond any amount. */
/**
 * Why a cell is no amount: not a number, a number two ways, beyond any amount, or a figure per
 * year (`1 500 tkr/år`) where a total or one year's amount is expected.
 */
export type UnreadableReason = 'not-a-number' | 'ambiguous' | 'too-large' | 'per-year';

/**
 * Reads a cell as an amount.
 * @example readNumber('−2 050') → { kind: 'number', value: -2050 }
 * @example readNumber('Ej känt') → { kind: 'empty' }
 */
export function readNumber(raw: RawCell): NumberCell {
  if (raw === null || raw === undefined) return { kind: 'empty' };
  if (isExcelErrorCell(raw)) return { kind: 'excel-error', code: raw.code };
  if (isUncalculatedCell(raw)) return { kind: 'uncalculated', formula: raw.formula };
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw))
      return { kind: 'invalid', text: String(raw), reason: 'not-a-number' };
    return Math.abs(raw) <= LARGEST_AMOUNT
      ? { kind: 'number', value: moneyFromNumber(raw) }
      : { kind: 'invalid', text: String(raw), reason: 'too-large' };
  }
  if (typeof raw === 'boolean')
    return { kind: 'invalid', text: raw ? 'TRUE' : 'FALSE', reason: 'not-a-number' };
  if (raw instanceof Date) return { kind: 'invalid', text: dateText(raw), reason: 'not-a-number' };
  return readNumberText(raw);
}

/**
 * Reads a cell as text: trimmed, numbers as they print, dates as `YYYY-MM-DD`.
 * @example readText('  IT Arbetsplats ') → { kind: 'text', value: 'IT Arbetsplats' }
 */
export function readText(raw: RawCell): TextCell {
  if (raw === null || raw === undefined) return { kind: 'empty' };
  if (isExcelErrorCell(raw)) return { kind: 'excel-error', code: raw.code };
  if (isUncalculatedCell(raw)) return { kind: 'uncalculated', formula: raw.formula };
  if (typeof raw === 'number') return { kind: 'text', value: String(raw) };
  if (typeof raw === 'boolean') return { kind: 'text', value: raw ? 'TRUE' : 'FALSE' };
  if (raw instanceof Date) return { kind: 'text', value: dateText(raw) };
  const value = raw.trim();
  if (value === '') return { kind: 'empty' };
  if (EXCEL_ERROR.test(value)) return { kind: 'excel-error', code: value.toUpperCase() };
  return { kind: 'text', value };
}

/** True when a cell holds nothing a reader would see. */
export function isBlank(raw: RawCell): boolean {
  return raw === null || raw === undefined || (typeof raw === 'string' && raw.trim() === '');
}

/** A unit written after the number, as the document prints its summaries: `6000 tkr`, `0 tkr/år`. */
const UNIT_SUFFIX = /^(.*\d)\s*([\p{L}]+)(\s*\/\s*år)?$/u;

function readNumberText(raw: string): NumberCell {
  const written = raw.trim();
  if (written === '' || NO_VALUE.has(noValueKey(written))) return { kind: 'empty' };
  const suffix = UNIT_SUFFIX.exec(written);
  const unit = suffix !== null && unitNamed(suffix[2] ?? '') !== null ? suffix : null;
  const text = unit === null ? written : (unit[1] ?? '').trim();
  const read = readNumberBody(text);
  if (unit === null || read.kind !== 'number') return read;
  // A figure per year is no total nor one year's amount; only `0 tkr/år` (the document's way of
  // writing none) is the same either way.
  if (unit[3] !== undefined && !read.value.equals(0))
    return { kind: 'invalid', text: written, reason: 'per-year' };
  return { ...read, unit: (unit[2] ?? '').toLowerCase() };
}

function readNumberBody(text: string): NumberCell {
  if (EXCEL_ERROR.test(text)) return { kind: 'excel-error', code: text.toUpperCase() };
  const invalid = (reason: UnreadableReason): NumberCell => ({
    kind: 'invalid',
    text,
    reason,
  });

  let body = text;
  let negative = false;
  const parenthesised = /^\((.*)\)$/.exec(body);
  if (parenthesised !== null) {
    negative = true;
    body = (parenthesised[1] ?? '').trim();
  } else if (MINUS.test(body)) {
    negative = true;
    body = body.slice(1).trimStart();
  } else if (body.startsWith('+')) {
    body = body.slice(1).trimStart();
  }

  const spaced = body.replace(GROUP_SPACE, ' ');
  let decimal: string | null;
  if (spaced.includes(' ')) {
    // Space-grouped thousands (Swedish): the decimal mark, if any, is a comma or a point.
    const match = /^(\d{1,3}(?: \d{3})+)(?:[,.](\d+))?$/.exec(spaced);
    decimal = match === null ? null : joinDecimal(match[1] ?? '', match[2]);
  } else {
    const result = ungroupedDecimal(spaced);
    if (result === AMBIGUOUS) return invalid('ambiguous');
    decimal = result;
  }
  if (decimal === null) return invalid('not-a-number');
  const value = moneyFromDecimal(negative ? `-${decimal}` : decimal);
  return value.abs().gt(LARGEST_MONEY) ? invalid('too-large') : { kind: 'number', value };
}

/** Digits with commas and points but no spaces: `1,088,976`, `1.088,5`, `37,9`, `37.9`. */
function ungroupedDecimal(body: string): string | null | typeof AMBIGUOUS {
  if (/^\d+$/.test(body)) return body;
  let match = /^(\d*)[.,](\d+)$/.exec(body);
  if (match !== null) {
    const [, whole = '', fraction = ''] = match;
    // `1,088` is 1.088 in Swedish and 1088 in English, and `1.088` is 1088 where points group
    // thousands (as in `1.088.976`): too close to call for a budget.
    if (/^[1-9]\d{0,2}$/.test(whole) && fraction.length === 3) return AMBIGUOUS;
    return joinDecimal(whole === '' ? '0' : whole, fraction);
  }
  match = /^(\d{1,3}(?:,\d{3})+)(?:\.(\d+))?$/.exec(body);
  if (match !== null) return joinDecimal((match[1] ?? '').replace(/,/g, ''), match[2]);
  match = /^(\d{1,3}(?:\.\d{3})+)(?:,(\d+))?$/.exec(body);
  if (match !== null) return joinDecimal((match[1] ?? '').replace(/\./g, ''), match[2]);
  return null;
}

function joinDecimal(whole: string, fraction: string | undefined): string {
  const digits = whole.replace(/ /g, '');
  return fraction === undefined ? digits : `${digits}.${fraction}`;
}

function dateText(date: Date): string {
  return Number.isNaN(date.getTime()) ? 'Invalid Date' : date.toISOString().slice(0, 10);
}
