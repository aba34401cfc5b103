/**
 * The rules of the settings a user may give — the unit, the tolerance and the result sheets'
 * names: their defaults and their checks, in one place. The command line, the pane and the reader
 * of settings saved in a workbook all ask this module, so a value one door accepts every door
 * accepts. Pure: no workbook, no host.
 */
import type { Money } from './money';
import { moneyFromNumber } from './money';

/** The units a result can be shown in. */
export const OUTPUT_UNITS = ['tkr', 'MSEK', 'kr'] as const;
export type OutputUnit = (typeof OUTPUT_UNITS)[number];

/** What one of each unit is worth in kronor. */
export const KRONOR_PER_UNIT: Readonly<Record<OutputUnit, number>> = {
  kr: 1,
  tkr: 1_000,
  MSEK: 1_000_000,
};

/**
 * The decimals a figure in the unit is shown with, at least: whole kronor and whole tkr, and MSEK
 * to the tkr (20,550 MSEK), so converting whole tkr never hides one. A figure finer than that (a
 * half tkr, 12 500,5 tkr) is shown with the decimals it needs: `figureDecimals`.
 */
export const UNIT_DECIMALS: Readonly<Record<OutputUnit, number>> = { kr: 0, tkr: 0, MSEK: 3 };

/**
 * The decimals a set of figures in the unit is shown with, all alike. Whole tkr and kr; MSEK with
 * three (to the tkr), or four when one of the figures has a fraction of a tkr (a half tkr,
 * 12 500,5 tkr, is 12,5005 MSEK, never 12,501): the finest a figure is shown, a tenth of a tkr, as
 * the command line shows tkr to the hundredth. Finer fractions (a share a driver allocates) are
 * rounded to it.
 * @example figureDecimals('MSEK', [6, 20.55]) === 3; figureDecimals('MSEK', [12.5005]) === 4
 */
export function figureDecimals(unit: OutputUnit, figures: readonly (number | null)[]): number {
  const decimals = UNIT_DECIMALS[unit];
  if (decimals === 0) return 0;
  const whole = figures.every(
    (figure) => figure === null || Number(figure.toFixed(decimals)) === figure,
  );
  return whole ? decimals : decimals + 1;
}

/**
 * The most decimals a sentence shows an amount with: the unit's, and never fewer than two, so a
 * sentence about a small difference (0,3 tkr) still shows it.
 * @example sentenceDecimals('tkr') === 2; sentenceDecimals('MSEK') === 3
 */
export function sentenceDecimals(unit: OutputUnit): number {
  return Math.max(2, UNIT_DECIMALS[unit]);
}

/** Unit words of one word, lower case, by the unit they name: what headers, titles and users write. */
const UNIT_TOKENS: Readonly<Record<string, OutputUnit>> = {
  kr: 'kr',
  sek: 'kr',
  kronor: 'kr',
  tkr: 'tkr',
  kkr: 'tkr',
  ksek: 'tkr',
  tsek: 'tkr',
  mkr: 'MSEK',
  mnkr: 'MSEK',
  msek: 'MSEK',
  mnsek: 'MSEK',
};

/** The words of kronor a unit of several words ends with: `tusen kronor`, `milj. kr`, `millions of SEK`. */
export const KRONOR_WORDS: readonly string[] = ['kr', 'kronor', 'sek'];

/**
 * The words before a word of kronor that make a unit of several words (`t kr`, `t.kr`, `tusen
 * kronor`, `thousands of SEK`, `m kr`, `milj. kr`, `miljoner kronor`, `millions of SEK`), by the
 * unit they make. The one list of unit words, with `UNIT_TOKENS`: headers, titles and users'
 * choices are all read by it.
 */
export const UNIT_MULTIPLIERS: Readonly<Record<'tkr' | 'MSEK', readonly string[]>> = {
  tkr: ['t', 'k', 'tusen', 'thousand', 'thousands'],
  MSEK: ['m', 'mn', 'milj', 'miljoner', 'million', 'millions'],
};

/**
 * The unit a word names, whatever its case and spacing, or null for a word that names none.
 * @example unitNamed('Mkr') === 'MSEK'; unitNamed('tusen  kronor') === 'tkr'; unitNamed('EUR') === null
 */
export function unitNamed(word: string): OutputUnit | null {
  const words = word
    .toLowerCase()
    .replace(/\./g, ' ')
    .split(/\s+/)
    .filter((part) => part !== '' && part !== 'of');
  const [first, second] = words;
  if (first === undefined) return null;
  if (second === undefined) return UNIT_TOKENS[first] ?? null;
  if (words.length > 2 || !KRONOR_WORDS.includes(second)) return null;
  if (UNIT_MULTIPLIERS.tkr.includes(first)) return 'tkr';
  return UNIT_MULTIPLIERS.MSEK.includes(first) ? 'MSEK' : null;
}

/** The unit a result is shown in when the workbook's tables state none. */
export const DEFAULT_UNIT: OutputUnit = 'tkr';

/** How many kronor apart two figures may be and still agree, unless the user says otherwise. */
const DEFAULT_TOLERANCE_KRONOR = 500;

/**
 * A tolerance with the unit it is in, as saved: `{ amount: 1, unit: 'tkr' }` stays 1 tkr when the
 * result is shown in MSEK. `unit` null: the result's unit, whatever it turns out to be (what a door
 * gives for one run; the pipeline saves it with the unit resolved).
 */
export interface Tolerance {
  readonly amount: number;
  readonly unit: OutputUnit | null;
}

/**
 * The tolerance in the result's unit: the one given, converted from its own unit (a bare number is
 * in the result's unit), else 0.5 tkr in it.
 * @example toleranceIn('MSEK', null).toString() === '0.0005'; toleranceIn('MSEK', { amount: 1, unit: 'tkr' }).toString() === '0.001'
 */
export function toleranceIn(unit: OutputUnit, given: number | Tolerance | null): Money {
  if (given === null) return moneyFromNumber(DEFAULT_TOLERANCE_KRONOR).div(KRONOR_PER_UNIT[unit]);
  const { amount, unit: from } = typeof given === 'number' ? { amount: given, unit } : given;
  return moneyFromNumber(amount)
    .mul(KRONOR_PER_UNIT[from ?? unit])
    .div(KRONOR_PER_UNIT[unit]);
}

/**
 * A tolerance as a user writes it (`0,5`, `2`), or null when it is not a number of at least 0.
 * @example readTolerance('0,5') === 0.5; readTolerance('-1') === null
 */
export function readTolerance(value: string | number): number | null {
  const number =
    typeof value === 'number'
      ? value
      : value.trim() === ''
        ? Number.NaN
        : Number(value.trim().replace(',', '.'));
  return Number.isFinite(number) && number >= 0 ? number : null;
}

/**
 * A tolerance as a person writes it in their language, or null when it is not a number of at
 * least 0. Swedish takes a decimal comma or point (`0,5`, `0.5`) and spaces between digit groups
 * (`1 000,5`); English a decimal point, commas between digit groups (`1,000.5`), and a comma as a
 * decimal mark where it cannot group thousands (`0,5`). The pane's field and the command line's
 * `--tolerance` both read it so.
 * @example readUserTolerance('0,5', 'sv') === 0.5; readUserTolerance('1 000,5', 'sv') === 1000.5; readUserTolerance('1,000', 'en') === 1000
 */
export function readUserTolerance(text: string, language: 'sv' | 'en'): number | null {
  const trimmed = text.trim();
  const digits = (value: string): number | null =>
    /^\d+(?:\.\d+)?$|^\.\d+$/.test(value) ? readTolerance(value) : null;
  if (language === 'sv') {
    // Spaces (plain, no-break, narrow no-break) only between digit groups of three.
    if (!/^\d{1,3}(?:[ \u00A0\u202F]\d{3})*(?:[.,]\d*)?$|^\d+(?:[.,]\d*)?$|^[.,]\d+$/.test(trimmed))
      return null;
    return digits(
      trimmed
        .replace(/[ \u00A0\u202F]/g, '')
        .replace(',', '.')
        .replace(/\.$/, ''),
    );
  }
  if (/^\d{1,3}(?:,\d{3})+(?:\.\d*)?$/.test(trimmed))
    return digits(trimmed.replace(/,/g, '').replace(/\.$/, ''));
  if (/^\d*,\d+$/.test(trimmed)) return digits(trimmed.replace(',', '.'));
  return /^\d+\.?\d*$|^\.\d+$/.test(trimmed) ? digits(trimmed.replace(/\.$/, '')) : null;
}

/**
 * A tolerance as the pane writes it in the person's language: the decimal mark theirs, no digit
 * groups (so it reads back as typed), as many decimals as it has (up to ten).
 * @example toleranceText(0.5, 'sv') === '0,5'; toleranceText(1500, 'en') === '1500'
 */
export function toleranceText(amount: number, language: 'sv' | 'en'): string {
  return new Intl.NumberFormat(language === 'sv' ? 'sv-SE' : 'en-GB', {
    useGrouping: false,
    maximumFractionDigits: 10,
  }).format(amount);
}

/** The three result sheets the product writes. */
export const RESULT_SHEET_KINDS = ['summary', 'drivers', 'validations'] as const;
export type ResultSheetKind = (typeof RESULT_SHEET_KINDS)[number];

export const DEFAULT_RESULT_SHEETS: Readonly<Record<ResultSheetKind, string>> = {
  summary: 'Scenariosummering',
  drivers: 'Kostnadsdrivare',
  validations: 'Valideringar',
};

/**
 * The report's default name by language, where the settings save none: a run uses the name of a
 * report the product already wrote under either default, else its language's.
 */
export const DEFAULT_REPORT_SHEET: Readonly<Record<'sv' | 'en', string>> = {
  sv: 'Sammanställning',
  en: 'Summary',
};

/**
 * The report sheet's name as given (trimmed), or null when it is no valid sheet name or names one
 * of the three data sheets (Excel ignores case).
 * @example reportSheetNameFor(DEFAULT_RESULT_SHEETS, 'Rapport') === 'Rapport'
 */
export function reportSheetNameFor(
  resultSheets: Readonly<Record<ResultSheetKind, string>>,
  name: string,
): string | null {
  const trimmed = name.trim();
  const taken = Object.values(resultSheets).map(sheetNameKey);
  return isValidSheetName(trimmed) && !taken.includes(sheetNameKey(trimmed)) ? trimmed : null;
}

/** Excel's rules for a sheet name: 1–31 characters, none of `: \ / ? * [ ]`, no leading or trailing `'`. */
export function isValidSheetName(name: string): boolean {
  return name.length >= 1 && name.length <= 31 && !/[:\\/?*[\]]/.test(name) && !/^'|'$/.test(name);
}

/**
 * The key two sheet names share when Excel holds them for the same sheet: it ignores case.
 * @example sheetNameKey('Översikt') === sheetNameKey('ÖVERSIKT')
 */
export function sheetNameKey(name: string): string {
  return name.toLocaleLowerCase('sv-SE');
}

/**
 * The sheet among `sheets` that a result sheet named `name` would take (Excel compares sheet names
 * ignoring case), or null: what the pane checks against the workbook's input sheets before it
 * saves a name, as a run would refuse to overwrite one.
 * @example sheetTakenBy('tjänster', ['Tjänster', 'Drivare']) === 'Tjänster'
 */
export function sheetTakenBy(name: string, sheets: readonly string[]): string | null {
  const key = sheetNameKey(name.trim());
  return sheets.find((sheet) => sheetNameKey(sheet) === key) ?? null;
}

/**
 * The three names as result sheets (trimmed), or null when one is not a valid sheet name or two
 * name the same sheet.
 * @example resultSheetNames(['A', 'B', 'a']) === null
 */
export function resultSheetNames(
  names: readonly string[],
): Readonly<Record<ResultSheetKind, string>> | null {
  const trimmed = names.map((name) => name.trim());
  const [summary, drivers, validations] = trimmed;
  if (
    trimmed.length !== 3 ||
    summary === undefined ||
    drivers === undefined ||
    validations === undefined ||
    !trimmed.every(isValidSheetName) ||
    new Set(trimmed.map(sheetNameKey)).size !== 3
  )
    return null;
  return { summary, drivers, validations };
}
