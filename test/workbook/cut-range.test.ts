import { cutRange } from '../../src/workbook/cut-range';

describe('cutRange', () => {
  // A sheet read from C2: rows 2..3, columns C..D.
  const sheet = {
    top: 2,
    left: 3,
    rows: [
      [1, 2],
      ['a', 'b'],
    ],
  };

  it('gives the cells of a range inside what was read', () => {
    expect(cutRange(sheet, { top: 2, left: 3, bottom: 3, right: 4 })).toEqual([
      [1, 2],
      ['a', 'b'],
    ]);
  });

  it('gives empty cells for columns outside what was read, and stops at the last read row', () => {
    expect(cutRange(sheet, { top: 3, left: 2, bottom: 1_048_576, right: 5 })).toEqual([
      [null, 'a', 'b', null],
    ]);
  });

  it('gives no rows for a range below the sheet', () => {
    expect(cutRange(sheet, { top: 10, left: 1, bottom: 12, right: 2 })).toEqual([]);
  });
});
