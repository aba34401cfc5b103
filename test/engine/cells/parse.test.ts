/**
 * Reading one cell: amounts as Swedish and English templates write them, words that mean "no
 * value", Excel errors, and the text that must be reported rather than guessed at.
 */
import { isBlank, readNumber, readText } from '../../../src/engine/cells/parse';
import type { RawCell } from '../../../src/engine/cells/raw';
import {
  cellAddress,
  columnLetters,
  parseAddress,
  parseRange,
} from '../../../src/engine/cells/raw';
import { moneyFromDecimal } from '../../../src/engine/money';

/** The exact amount a cell reads as, in decimal form; fails when it reads as anything else. */
function amount(raw: RawCell): string {
  const cell = readNumber(raw);
  if (cell.kind !== 'number') throw new Error(`expected an amount, got ${JSON.stringify(cell)}`);
  return cell.value.toString();
}

const NBSP = '\u00A0';
const NARROW_NBSP = '\u202F';

describe('readNumber', () => {
  describe('numbers', () => {
    it.each([
      { raw: 1088976, expected: '1088976' },
      { raw: -2050, expected: '-2050' },
      { raw: 0, expected: '0' },
      { raw: 37.9, expected: '37.9' },
      { raw: 0.125, expected: '0.125' },
      { raw: 1e21, expected: '1000000000000000000000' },
      { raw: 1e-7, expected: '0.0000001' },
    ])('returns $expected when the cell holds the number $raw', ({ raw, expected }) => {
      expect(amount(raw)).toBe(expected);
    });

    it('returns 37.9 as exactly 379/10, not the nearest binary double', () => {
      const cell = readNumber(37.9);
      expect(cell.kind === 'number' && cell.value.equals(moneyFromDecimal('37.9'))).toBe(true);
    });
  });

  describe('numbers typed as text', () => {
    it.each([
      { form: 'space-grouped thousands', text: '1 088 976', expected: '1088976' },
      { form: 'no-break-space thousands', text: `1${NBSP}088${NBSP}976`, expected: '1088976' },
      {
        form: 'narrow-no-break-space thousands',
        text: `1${NARROW_NBSP}088${NARROW_NBSP}976`,
        expected: '1088976',
      },
      { form: 'thin-space thousands', text: '1\u2009088', expected: '1088' },
      { form: 'a Swedish decimal comma', text: '37,9', expected: '37.9' },
      { form: 'an English decimal point', text: '37.9', expected: '37.9' },
      { form: 'comma-grouped thousands', text: '1,088,976', expected: '1088976' },
      { form: 'point-grouped thousands', text: '1.088.976', expected: '1088976' },
      { form: 'space-grouped thousands and a decimal comma', text: '1 088,5', expected: '1088.5' },
      { form: 'space-grouped thousands and a decimal point', text: '1 088.5', expected: '1088.5' },
      { form: 'comma-grouped thousands and a decimal point', text: '1,088.5', expected: '1088.5' },
      {
        form: 'point-grouped thousands and a decimal comma',
        text: '1.088.976,25',
        expected: '1088976.25',
      },
      { form: 'trailing zero decimals', text: '1 088 976,00', expected: '1088976' },
      { form: 'a hyphen-minus', text: '-2 050', expected: '-2050' },
      { form: 'a minus sign (U+2212)', text: '\u22122 050', expected: '-2050' },
      { form: 'an en dash', text: '\u20132 050', expected: '-2050' },
      { form: 'an accounting negative', text: '(2 050)', expected: '-2050' },
      { form: 'an accounting negative with a decimal comma', text: '(1,5)', expected: '-1.5' },
      { form: 'a minus and a decimal comma', text: '-0,5', expected: '-0.5' },
      { form: 'a plus sign', text: '+5', expected: '5' },
      { form: 'surrounding spaces', text: `  ${NBSP}2050 `, expected: '2050' },
      { form: 'a leading decimal comma', text: ',5', expected: '0.5' },
    ])('returns $expected when the text has $form ($text)', ({ text, expected }) => {
      expect(amount(text)).toBe(expected);
    });

    it('reads 0.1 + 0.2 typed as text as exactly 0.3', () => {
      const a = readNumber('0,1');
      const b = readNumber('0.2');
      if (a.kind !== 'number' || b.kind !== 'number') throw new Error('expected two amounts');
      const total = a.value.add(b.value);
      expect(total.equals(moneyFromDecimal('0.3'))).toBe(true);
      expect(total.toString()).toBe('0.3');
    });
  });

  describe('a comma with three digits after it', () => {
    it.each(['1,088', '12,345', '100,000', '-1,088', '(1,088)'])(
      'returns invalid with reason ambiguous for %s: a thousands group in English, three decimals in Swedish',
      (text) => {
        expect(readNumber(text)).toEqual({ kind: 'invalid', text, reason: 'ambiguous' });
      },
    );

    it.each([
      { text: '0,125', expected: '0.125', why: 'a zero before the comma is no thousands group' },
      { text: '1,5', expected: '1.5', why: 'one digit after the comma is no thousands group' },
      { text: '1,08', expected: '1.08', why: 'two digits after the comma are no thousands group' },
      {
        text: '1,0880',
        expected: '1.088',
        why: 'four digits after the comma are no thousands group',
      },
      {
        text: '1000,000',
        expected: '1000',
        why: 'four digits before the comma are no thousands group',
      },
    ])('returns $expected for $text because $why', ({ text, expected }) => {
      expect(amount(text)).toBe(expected);
    });
  });

  describe('a point with three digits after it', () => {
    it.each(['1.088', '12.345', '-1.088'])(
      'returns invalid with reason ambiguous for %s, since points may group thousands as in 1.088.976',
      (text) => {
        expect(readNumber(text)).toEqual({ kind: 'invalid', text, reason: 'ambiguous' });
      },
    );

    it.each([
      ['0.125', '0.125'],
      ['1.08', '1.08'],
      ['1088.976', '1088.976'],
    ])('reads %s as %s: no thousands group can be meant', (text, expected) => {
      expect(amount(text)).toBe(expected);
    });
  });

  describe('no-value words in any Unicode form', () => {
    it.each([
      ['decomposed ä', 'Ej ka\u0308nt'],
      ['a no-break space', 'Ej\u00A0känt'],
      ['two spaces', 'Ej  känt'],
    ])('reads Ej känt written with %s as no value', (_label, text) => {
      expect(readNumber(text)).toEqual({ kind: 'empty' });
    });
  });

  describe('cells that deliberately hold no value', () => {
    it.each([
      { label: 'N/A', raw: 'N/A' },
      { label: 'n/a', raw: 'n/a' },
      { label: 'NA', raw: 'NA' },
      { label: 'Ej känt', raw: 'Ej känt' },
      { label: 'EJ KÄNT', raw: 'EJ KÄNT' },
      { label: 'Ej kant', raw: 'Ej kant' },
      { label: 'Unknown', raw: 'Unknown' },
      { label: 'Not known', raw: 'Not known' },
      { label: 'a hyphen', raw: '-' },
      { label: 'an en dash', raw: '\u2013' },
      { label: 'an em dash', raw: '\u2014' },
      { label: 'N/A between spaces', raw: ' N/A ' },
      { label: 'an empty string', raw: '' },
      { label: 'spaces only', raw: '   ' },
      { label: 'a tab and a line break', raw: '\t\n' },
      { label: 'a no-break space', raw: NBSP },
      { label: 'null', raw: null },
      { label: 'undefined', raw: undefined },
    ])('returns empty when the cell holds $label', ({ raw }) => {
      expect(readNumber(raw)).toEqual({ kind: 'empty' });
    });
  });

  describe('Excel errors', () => {
    it.each(['#REF!', '#N/A', '#DIV/0!', '#VALUE!', '#NAME?', '#NUM!', '#NULL!', '#SPILL!'])(
      'returns the excel-error %s when the cell holds it as text',
      (code) => {
        expect(readNumber(code)).toEqual({ kind: 'excel-error', code });
      },
    );

    it('returns the code in upper case when the text is in lower case', () => {
      expect(readNumber(' #ref! ')).toEqual({ kind: 'excel-error', code: '#REF!' });
    });

    it.each(['#REF!', '#N/A', '#DIV/0!'])(
      'returns the excel-error %s when an adapter hands it over as an object',
      (code) => {
        expect(readNumber({ kind: 'excel-error', code })).toEqual({ kind: 'excel-error', code });
      },
    );

    it('returns invalid for a hash that is no Excel error', () => {
      expect(readNumber('#OOPS!')).toEqual({
        kind: 'invalid',
        text: '#OOPS!',
        reason: 'not-a-number',
      });
    });
  });

  describe('amounts that write their unit', () => {
    it.each([
      { raw: '1 088 976 tkr', value: '1088976', unit: 'tkr' },
      { raw: '6000 tkr', value: '6000', unit: 'tkr' },
      { raw: '0 tkr/år', value: '0', unit: 'tkr' },
      { raw: '2 050 kr', value: '2050', unit: 'kr' },
      { raw: '37,9 MSEK', value: '37.9', unit: 'msek' },
    ])('reads $raw as $value with its unit $unit', ({ raw, value, unit }) => {
      const cell = readNumber(raw);
      expect(cell.kind === 'number' ? [cell.value.toString(), cell.unit] : cell).toEqual([
        value,
        unit,
      ]);
    });
  });

  describe('figures per year', () => {
    it.each(['1 500 tkr/år', '1500 tkr / år', '-200 kr/år'])(
      'returns invalid with reason per-year for %s, where a total or a year is expected',
      (raw) => {
        expect(readNumber(raw)).toEqual({ kind: 'invalid', text: raw, reason: 'per-year' });
      },
    );
  });

  describe('cells that are not amounts', () => {
    it.each([
      { raw: 'abc', text: 'abc' },
      { raw: '12 ab', text: '12 ab' },
      { raw: '1 2', text: '1 2' },
      { raw: '1  088', text: '1  088' },
      { raw: '1e3', text: '1e3' },
      { raw: '1,088,97', text: '1,088,97' },
      { raw: '1,5,5', text: '1,5,5' },
      { raw: '5,', text: '5,' },
      { raw: '++5', text: '++5' },
      { raw: '2 050-', text: '2 050-' },
      { raw: '2 050 kronor per år', text: '2 050 kronor per år' },
      { raw: '5%', text: '5%' },
      { raw: '  abc  ', text: 'abc' },
      { raw: NaN, text: 'NaN' },
      { raw: Infinity, text: 'Infinity' },
      { raw: -Infinity, text: '-Infinity' },
      { raw: true, text: 'TRUE' },
      { raw: false, text: 'FALSE' },
      { raw: new Date(Date.UTC(2025, 0, 31)), text: '2025-01-31' },
      { raw: new Date(Number.NaN), text: 'Invalid Date' },
    ])('returns invalid with reason not-a-number for $raw', ({ raw, text }) => {
      expect(readNumber(raw)).toEqual({ kind: 'invalid', text, reason: 'not-a-number' });
    });

    // Found by fuzzing: a 400-digit text, or two cells of 1e308, summed to Infinity in the JSON.
    it.each([
      { raw: 1e308, text: '1e+308' },
      { raw: -1e308, text: '-1e+308' },
      { raw: 1.0000000000000001e101, text: '1.0000000000000001e+101' },
      { raw: '9'.repeat(400), text: '9'.repeat(400) },
      { raw: `-1${'0'.repeat(101)}`, text: `-1${'0'.repeat(101)}` },
    ])(
      'returns invalid, too large, for an amount beyond 1e100 in magnitude: $text',
      ({ raw, text }) => {
        expect(readNumber(raw)).toEqual({ kind: 'invalid', text, reason: 'too-large' });
      },
    );

    it('still reads 1e100 itself, and the smallest numbers', () => {
      expect(amount(1e100)).toBe(`1${'0'.repeat(100)}`);
      expect(amount(`1${'0'.repeat(100)}`)).toBe(`1${'0'.repeat(100)}`);
      expect(readNumber(5e-324).kind).toBe('number');
      expect(readNumber(-0).kind).toBe('number');
    });
  });
});

describe('readText', () => {
  it.each([
    { label: 'text between spaces', raw: '  IT Arbetsplats ', expected: 'IT Arbetsplats' },
    { label: 'a whole number', raw: 42, expected: '42' },
    { label: 'a decimal number', raw: 37.9, expected: '37.9' },
    { label: 'TRUE', raw: true, expected: 'TRUE' },
    { label: 'FALSE', raw: false, expected: 'FALSE' },
    { label: 'a date', raw: new Date(Date.UTC(2025, 0, 31)), expected: '2025-01-31' },
    { label: 'a no-value word, which is a name like any other', raw: 'N/A', expected: 'N/A' },
    { label: 'a scenario id typed as text', raw: '1', expected: '1' },
  ])('returns the text $expected when the cell holds $label', ({ raw, expected }) => {
    expect(readText(raw)).toEqual({ kind: 'text', value: expected });
  });

  it.each([
    { label: 'null', raw: null },
    { label: 'undefined', raw: undefined },
    { label: 'an empty string', raw: '' },
    { label: 'spaces only', raw: '  \n ' },
  ])('returns empty when the cell holds $label', ({ raw }) => {
    expect(readText(raw)).toEqual({ kind: 'empty' });
  });

  it.each([
    { label: 'error text', raw: '#N/A', code: '#N/A' },
    { label: 'error text in lower case', raw: '#ref!', code: '#REF!' },
    {
      label: 'an error object',
      raw: { kind: 'excel-error', code: '#DIV/0!' } as const,
      code: '#DIV/0!',
    },
  ])('returns the excel-error $code when the cell holds $label', ({ raw, code }) => {
    expect(readText(raw)).toEqual({ kind: 'excel-error', code });
  });
});

describe('isBlank', () => {
  it.each([
    { label: 'null', raw: null, blank: true },
    { label: 'undefined', raw: undefined, blank: true },
    { label: 'an empty string', raw: '', blank: true },
    { label: 'spaces only', raw: '   ', blank: true },
    { label: 'a no-break space', raw: NBSP, blank: true },
    { label: 'zero', raw: 0, blank: false },
    { label: 'FALSE', raw: false, blank: false },
    { label: 'a hyphen', raw: '-', blank: false },
    { label: 'N/A', raw: 'N/A', blank: false },
    { label: 'an Excel error', raw: { kind: 'excel-error', code: '#N/A' } as const, blank: false },
  ])('returns $blank when the cell holds $label', ({ raw, blank }) => {
    expect(isBlank(raw)).toBe(blank);
  });
});

describe('columnLetters', () => {
  it.each([
    [1, 'A'],
    [6, 'F'],
    [26, 'Z'],
    [27, 'AA'],
    [28, 'AB'],
    [52, 'AZ'],
    [53, 'BA'],
    [702, 'ZZ'],
    [703, 'AAA'],
    [16384, 'XFD'],
  ])('returns the letters of column %i as %s', (column, letters) => {
    expect(columnLetters(column)).toBe(letters);
  });
});

describe('cellAddress', () => {
  it.each([
    [1, 1, 'A1'],
    [4, 6, 'F4'],
    [12, 28, 'AB12'],
    [1048576, 16384, 'XFD1048576'],
  ])('returns the address of row %i, column %i as %s', (row, column, address) => {
    expect(cellAddress(row, column)).toBe(address);
  });
});

describe('parseAddress', () => {
  it.each([
    { address: 'A1', row: 1, column: 1 },
    { address: 'F4', row: 4, column: 6 },
    { address: '$F$4', row: 4, column: 6 },
    { address: 'F$4', row: 4, column: 6 },
    { address: 'ab12', row: 12, column: 28 },
    { address: ' AB12 ', row: 12, column: 28 },
    { address: 'XFD1048576', row: 1048576, column: 16384 },
  ])('returns row $row, column $column for $address', ({ address, row, column }) => {
    expect(parseAddress(address)).toEqual({ row, column });
  });

  it.each(['', 'A', '12', 'A0', '1A', 'AAAA1', 'A12345678', 'A1:B2', 'Blad1!A1'])(
    'returns null when %j is not an A1 address',
    (address) => {
      expect(parseAddress(address)).toBeNull();
    },
  );

  it.each([1, 26, 27, 702, 703, 16384])(
    'reads back the address cellAddress writes for column %i',
    (column) => {
      expect(parseAddress(cellAddress(7, column))).toEqual({ row: 7, column });
    },
  );
});

describe('parseRange', () => {
  it.each([
    ['B3:H40', { top: 3, left: 2, bottom: 40, right: 8 }],
    ["'Data sheet'!$H$40:$B$3", { top: 3, left: 2, bottom: 40, right: 8 }],
    ['C7', { top: 7, left: 3, bottom: 7, right: 3 }],
  ])('reads %s as its bounds', (text, bounds) => {
    expect(parseRange(text)).toEqual(bounds);
  });

  it.each(['', 'B3:', 'nonsense', 'A0'])('gives null for %j', (text) => {
    expect(parseRange(text)).toBeNull();
  });
});
