/**
 * The product's contract with its users, part 2: one amount cell written the ways people type,
 * paste and export numbers. The cell is the 2025 cost of a proposed initiative (Insatser!C2, column
 * `Kostnad 2025`), so what it is read as shows in scenario 1's proposed sum for 2025.
 */
import type { RawCell } from '../../src/engine';
import { analysis, put, findings, recalculated, scenarioYear } from './build';

function withCost(cell: RawCell) {
  const input = analysis();
  put(input.Insatser, 'C2', cell);
  const result = recalculated(input);
  return { found: findings(result), proposed: scenarioYear(result, 2025).proposed };
}

describe('numbers written as text that are read as numbers, with no finding', () => {
  it.each([
    ['Swedish groups with spaces', '1 088 976', 1088976],
    ['Swedish groups with no-break spaces (U+00A0)', '1\u00A0088\u00A0976', 1088976],
    ['Swedish groups with narrow no-break spaces (U+202F)', '1\u202F088\u202F976', 1088976],
    ['a Swedish decimal comma', '1 088 976,50', 1088976.5],
    ['English groups and a decimal point', '1,088,976.50', 1088976.5],
  ])('%s: ”%s”', (_form, text, value) => {
    expect(withCost(text)).toEqual({ found: [], proposed: value });
  });
});

describe('amounts that write their unit, as the document prints its summaries', () => {
  it('”1 089 tkr” in a tkr analysis is read as 1 089, with no finding', () => {
    expect(withCost('1 089 tkr')).toEqual({ found: [], proposed: 1089 });
  });

  it('”0 tkr/år” is read as 0, with no finding', () => {
    expect(withCost('0 tkr/år')).toEqual({ found: [], proposed: 0 });
  });

  it('”1 088 976 kr” is converted exactly into tkr, and said at its cell', () => {
    expect(withCost('1 088 976 kr')).toEqual({
      found: [
        {
          code: 'CELL_UNIT_CONVERTED',
          at: 'Insatser!C2',
          message: '“1 088 976 kr” is counted as 1,088.98 tkr.',
        },
      ],
      proposed: 1088.976,
    });
  });

  it('”2 050 kronor per år” is no amount: reported at its cell and not counted', () => {
    expect(withCost('2 050 kronor per år')).toEqual({
      found: [
        {
          code: 'NOT_A_NUMBER',
          at: 'Insatser!C2',
          message:
            '“2 050 kronor per år” in column “Kostnad 2025” is not a number; the cell is not counted.',
        },
      ],
      proposed: 0,
    });
  });
});

describe('numbers written as text that are not counted, reported at their cell', () => {
  it.each([
    [
      'a comma before three digits',
      '1,088',
      '“1,088” in column “Kostnad 2025” reads both as a decimal and as thousands; write it unambiguously. The cell is not counted.',
    ],
    [
      'a point before three digits',
      '1.088',
      '“1.088” in column “Kostnad 2025” reads both as a decimal and as thousands; write it unambiguously. The cell is not counted.',
    ],
    [
      // In Excel a typed apostrophe only marks text and never reaches the value (it reads as a
      // number); it is in the value only when typed into a cell already formatted as text.
      'a leading apostrophe kept in the text',
      "'1088976",
      "“'1088976” in column “Kostnad 2025” is not a number; the cell is not counted.",
    ],
    [
      'a percentage as text',
      '15 %',
      '“15 %” in column “Kostnad 2025” is not a number; the cell is not counted.',
    ],
  ])('%s: ”%s”', (_form, text, message) => {
    expect(withCost(text)).toEqual({
      found: [{ code: 'NOT_A_NUMBER', at: 'Insatser!C2', message }],
      proposed: 0,
    });
  });
});

describe('a number beyond any amount', () => {
  it('1e308 (a pasted overflow) is reported at its cell and not counted, never summed to Infinity', () => {
    expect(withCost(1e308)).toEqual({
      found: [
        {
          code: 'NOT_A_NUMBER',
          at: 'Insatser!C2',
          message:
            '“1e+308” in column “Kostnad 2025” is beyond any amount (over 10^100 in size); the cell is not counted.',
        },
      ],
      proposed: 0,
    });
  });
});

describe('Excel errors in an amount', () => {
  it.each(['#REF!', '#N/A', '#DIV/0!', '#VALUE!'])(
    '%s is reported at its cell and is not counted',
    (code) => {
      expect(withCost({ kind: 'excel-error', code })).toEqual({
        found: [
          {
            code: 'EXCEL_ERROR_VALUE',
            at: 'Insatser!C2',
            message: `The cell in column “Kostnad 2025” holds the error value ${code}; it is not counted.`,
          },
        ],
        proposed: 0,
      });
    },
  );
});
