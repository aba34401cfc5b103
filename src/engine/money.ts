/**
 * Exact money arithmetic. Amounts are rationals (mathjs Fraction, BigInt inside), so sums never
 * drift and an equal split into thirds adds back to the whole. Rounding happens only on output.
 */
import { create, fractionDependencies } from 'mathjs';
import type { Fraction } from 'mathjs';

// The typings mark every dependency map optional; this one ships with mathjs.
if (fractionDependencies === undefined) throw new Error('mathjs: fractionDependencies missing');
const math = create({ fractionDependencies });

export type Money = Fraction;

export const ZERO: Money = math.fraction(0);

/**
 * Parses a plain decimal string (`-2050`, `37.9`) into an exact amount.
 * @example moneyFromDecimal('37.9').toString() === '37.9'
 */
export function moneyFromDecimal(decimal: string): Money {
  return math.fraction(decimal);
}

/**
 * Converts a finite JS number exactly as it prints: 37.9 is 379/10, not the nearest binary double.
 * @example moneyFromNumber(0.1).add(moneyFromNumber(0.2)).equals(moneyFromNumber(0.3)) === true
 */
export function moneyFromNumber(value: number): Money {
  // Whole numbers are exact as they are; the string detour is only for fractions.
  return Number.isSafeInteger(value) ? math.fraction(value) : math.fraction(plainDecimal(value));
}

/** Sums amounts exactly. @example sum([moneyFromDecimal('0.1'), moneyFromDecimal('0.2')]).toString() === '0.3' */
export function sum(values: Iterable<Money>): Money {
  let total = ZERO;
  for (const value of values) total = total.add(value);
  return total;
}

/**
 * True when a and b differ by at least the tolerance (and at all: with tolerance 0, equal is equal).
 * @example differs(moneyFromNumber(100), moneyFromNumber(100.4), moneyFromNumber(0.5)) === false
 */
export function differs(a: Money, b: Money, tolerance: Money): boolean {
  const difference = a.sub(b).abs();
  return !difference.equals(0) && difference.gte(tolerance);
}

/**
 * A JSON number: the exact amount rounded half away from zero to at most 6 decimals.
 * @example toJsonNumber(moneyFromDecimal('1').div(3)) === 0.333333
 */
export function toJsonNumber(value: Money): number {
  return Number(roundHalfAwayFromZero(value, 6).toString());
}

/**
 * Rounds as Excel's ROUND does: halves away from zero (fraction.js alone rounds −2.5 to −2).
 * @example roundHalfAwayFromZero(moneyFromDecimal('-2.5'), 0).toString() === '-3'
 */
export function roundHalfAwayFromZero(value: Money, decimals: number): Money {
  const rounded = value.abs().round(decimals);
  return value.s < 0n ? rounded.neg() : rounded;
}

/** Writes a finite number without exponent notation, digit for digit as JS prints it. */
function plainDecimal(value: number): string {
  const text = String(value);
  const match = /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (match === null) return text;
  const [, sign = '', intPart = '', fracPart = '', expText = '0'] = match;
  const digits = intPart + fracPart;
  const point = intPart.length + Number(expText);
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${'0'.repeat(point - digits.length)}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}
