import { readUserTolerance, sheetTakenBy, toleranceText } from '../../src/engine';

describe('readUserTolerance', () => {
  it.each([
    ['0,5', 0.5],
    ['0.5', 0.5],
    [' 2 ', 2],
    ['1 000,5', 1000.5],
    ['1\u00a0000', 1000],
    ['1\u202f000,25', 1000.25],
    [',5', 0.5],
    ['0', 0],
  ])('reads the Swedish %j as %d', (text, amount) => {
    expect(readUserTolerance(text, 'sv')).toBe(amount);
  });

  it.each([
    ['0.5', 0.5],
    ['1,000', 1000],
    ['1,000.5', 1000.5],
    ['0,5', 0.5],
    ['1,00', 1],
    ['2', 2],
  ])('reads the English %j as %d', (text, amount) => {
    expect(readUserTolerance(text, 'en')).toBe(amount);
  });

  it.each(['', '-1', 'abc', '1,2,3', '1.000,5', '10 00', '1e3', '0,5 tkr'])(
    'refuses %j in Swedish',
    (text) => {
      expect(readUserTolerance(text, 'sv')).toBeNull();
    },
  );

  it.each(['', '-0.5', '1.000.5', '1,0000,5', '1 000'])('refuses %j in English', (text) => {
    expect(readUserTolerance(text, 'en')).toBeNull();
  });
});

describe('toleranceText', () => {
  it('writes the decimal mark of the language and no digit groups, so it reads back', () => {
    expect(toleranceText(0.5, 'sv')).toBe('0,5');
    expect(toleranceText(0.5, 'en')).toBe('0.5');
    expect(toleranceText(12500.0025, 'sv')).toBe('12500,0025');
    for (const language of ['sv', 'en'] as const)
      expect(readUserTolerance(toleranceText(12500.0025, language), language)).toBe(12500.0025);
  });
});

describe('sheetTakenBy', () => {
  it('finds the sheet a name would take, ignoring case as Excel does', () => {
    expect(sheetTakenBy('tjänster', ['Tjänster', 'Drivare'])).toBe('Tjänster');
    expect(sheetTakenBy(' TJÄNSTER ', ['Tjänster'])).toBe('Tjänster');
    expect(sheetTakenBy('Scenariosummering', ['Tjänster', 'Drivare'])).toBeNull();
  });
});
