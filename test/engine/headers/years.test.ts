/**
 * What a year is, asked in one place by headers, year rows, year cells and the header-row test.
 */
import { isYear, YEAR_SPAN, YEAR_TOKEN } from '../../../src/engine/headers/years';
import { headerCells, mayBeHeader, mayBeHeaderRow } from '../../../src/engine/tables/header-rows';

describe('a year', () => {
  it.each([
    [1900, true],
    [2025, true],
    [2099, true],
    [1899, false],
    [2100, false],
    [2025.5, false],
    [1088976, false],
  ])('%d is a year: %s', (value, year) => {
    expect(isYear(value)).toBe(year);
    expect(YEAR_TOKEN.test(String(value))).toBe(year);
  });

  it('reads a span of years with any dash, and nothing else, as years', () => {
    expect(['2025–2027', '2025-2027', '2025 — 2027', '2025'].every((s) => YEAR_SPAN.test(s))).toBe(
      true,
    );
    expect(['2025–27', 'Kostnad 2025', '2100'].some((s) => YEAR_SPAN.test(s))).toBe(false);
  });
});

describe('a row that may be a header', () => {
  it('holds words and bare years, never an amount, a truth value or a date', () => {
    expect(headerCells(['Tjänst', 2025, null])).toEqual({ words: 1, filled: 2 });
    expect(headerCells(['A', 1000])).toBeNull();
    expect(headerCells(['A', true])).toBeNull();
    expect(headerCells(['A', new Date(Date.UTC(2025, 0, 1))])).toBeNull();
  });

  it('is a whole header with two words or more, one row of a header with one cell or more', () => {
    expect(mayBeHeader(['Tjänst', 'Budget 2024'])).toBe(true);
    expect(mayBeHeader([null, 2025, 2026])).toBe(false);
    expect(mayBeHeaderRow([null, 2025, 2026])).toBe(true);
    expect(mayBeHeaderRow([null, null])).toBe(false);
  });
});
