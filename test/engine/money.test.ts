/**
 * Exact money: what goes in as written comes out as written, and sums do not drift.
 */
import {
  differs,
  moneyFromDecimal,
  moneyFromNumber,
  roundHalfAwayFromZero,
  sum,
  toJsonNumber,
} from '../../src/engine/money';

describe('money', () => {
  it.each([
    [0.1, '0.1'],
    [37.9, '37.9'],
    [-2050, '-2050'],
    [1e21, '1000000000000000000000'],
    [1.5e-7, '0.00000015'],
  ])('reads the number %p exactly as it prints: %s', (value, text) => {
    expect(moneyFromNumber(value).equals(moneyFromDecimal(text))).toBe(true);
  });

  it('adds 0.1 ten times to exactly 1', () => {
    expect(
      sum(Array.from({ length: 10 }, () => moneyFromNumber(0.1))).equals(moneyFromDecimal('1')),
    ).toBe(true);
  });

  it('treats a difference under the tolerance as none', () => {
    const half = moneyFromDecimal('0.5');
    expect(differs(moneyFromDecimal('100'), moneyFromDecimal('100.49'), half)).toBe(false);
    expect(differs(moneyFromDecimal('100'), moneyFromDecimal('100.5'), half)).toBe(true);
  });

  it('rounds half away from zero to 6 decimals for JSON', () => {
    expect(toJsonNumber(moneyFromDecimal('2').div(3))).toBe(0.666667);
    expect(toJsonNumber(moneyFromDecimal('-0.0000005'))).toBe(-0.000001);
  });
});

describe('rounding', () => {
  it.each([
    ['2.5', 0, '3'],
    ['-2.5', 0, '-3'],
    ['-2.4', 0, '-2'],
    ['1.005', 2, '1.01'],
    ['-0.0000005', 6, '-0.000001'],
  ])('rounds %s to %d decimals as Excel does: %s', (value, decimals, expected) => {
    expect(roundHalfAwayFromZero(moneyFromDecimal(value), decimals).toString()).toBe(
      moneyFromDecimal(expected).toString(),
    );
  });
});
