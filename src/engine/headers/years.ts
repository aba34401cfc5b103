/**
 * What a year is, in one place: a whole number from 1900 to 2099, written as a number (`2025`)
 * or as a token of text (`Kostnad 2025`), alone or as a span (`2025–2027`). Headers, year rows,
 * year cells and the test that tells a header row from a data row all ask here.
 */

/** The first and last years the add-in reads as years; other numbers are amounts. */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2099;

/** A token of text that is a year: `2025`. Matches the range above. */
export const YEAR_TOKEN = /^(?:19|20)\d\d$/;

/** The year pattern, unanchored, for a rule that finds years inside longer text. */
export const YEAR_PATTERN = '(?:19|20)\\d\\d';

/** A bare year or a span of years (`2025`, `2025–2027`, any dash). */
export const YEAR_SPAN = new RegExp(
  `^${YEAR_PATTERN}(?:\\s*[-\\u2010-\\u2015]\\s*${YEAR_PATTERN})?$`,
  'u',
);

/**
 * True for a number that is a year.
 * @example isYear(2025) === true; isYear(2025.5) === false; isYear(1088976) === false
 */
export function isYear(value: number): boolean {
  return Number.isInteger(value) && value >= FIRST_YEAR && value <= LAST_YEAR;
}
