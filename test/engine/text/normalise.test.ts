/**
 * The comparable forms of header words and of names.
 */
import {
  normaliseHeader,
  normaliseName,
  withoutParenthetical,
} from '../../../src/engine/text/normalise';

describe('normaliseHeader', () => {
  it.each([
    ['Föreslagen\nbudget 2025 (tkr)', 'foreslagen budget 2025 tkr'],
    ['FÖRESLAGEN  budget\n2025', 'foreslagen budget 2025'],
    ['  Budget 2024 ', 'budget 2024'],
    ['Benämning bastjänst/digital infrastruktur', 'benamning bastjanst digital infrastruktur'],
    ['Genomsnittlig påverkan 2025–2027', 'genomsnittlig paverkan 2025 2027'],
    ['Nettonytta (6 år)', 'nettonytta 6 ar'],
    ['Identitet & A\u030Atkomst', 'identitet atkomst'],
    ['Kostnad\u00A02025', 'kostnad 2025'],
    ['---', ''],
    ['', ''],
  ])('returns %j as %j', (text, expected) => {
    expect(normaliseHeader(text)).toBe(expected);
  });
});

describe('normaliseName', () => {
  it.each([
    ['Lokalt Nät –  LAN', 'lokalt nät-lan'],
    ['IDENTITET & ÅTKOMST', 'identitet & åtkomst'],
    ['A\u030Atkomst', 'åtkomst'],
    ['Fjärråtkomst', 'fjärråtkomst'],
    [' IT\tArbetsplats\n', 'it arbetsplats'],
    ['IT\u00A0Arbetsplats', 'it arbetsplats'],
    ['a\u2010b\u2011c\u2012d\u2013e\u2014f\u2015g\u2212h', 'a-b-c-d-e-f-g-h'],
    ['\u2018Smart\u2019 \u201CStad\u201D', '\'smart\' "stad"'],
  ])('returns %j as %j', (text, expected) => {
    expect(normaliseName(text)).toBe(expected);
  });

  it('keeps diacritics, so that Fjärråtkomst and Fjarratkomst stay different', () => {
    expect(normaliseName('Fjärråtkomst')).not.toBe(normaliseName('Fjarratkomst'));
  });
});

describe('withoutParenthetical', () => {
  it.each([
    ['stadens intranät (interna digitala navet)', 'stadens intranät'],
    ['bildförsörjning (och ljud)', 'bildförsörjning'],
    ['digital signering(elektroniska underskrifter)', 'digital signering'],
    ['a (b) (c)', 'a (b)'],
    ['a (b) c', 'a (b) c'],
    ['(flera)', ''],
    ['it arbetsplats', 'it arbetsplats'],
  ])('returns %j as %j', (text, expected) => {
    expect(withoutParenthetical(text)).toBe(expected);
  });
});
