/**
 * Matching a name from one table to an entry of another: the same name after normalising, the
 * name without its parenthetical, an alias or an id, and never a guess.
 */
import type { NameEntry } from '../../../src/engine/names/match';
import { nameIndex } from '../../../src/engine/names/match';

const NFD_A_RING = 'A\u030A';

/** Services as the annual analysis names them; the value is a short key. */
const services: readonly NameEntry<string>[] = [
  { name: 'IT Arbetsplats', value: 'workplace' },
  { name: 'Stadens intranät (Interna digitala navet)', value: 'intranet' },
  { name: 'Lokalt Nät – LAN', value: 'lan' },
  { name: 'Identitet & Åtkomst', value: 'iam' },
  { name: 'Fjärråtkomst', value: 'remote' },
  {
    name: 'PU-register (Stöd för informationssäkerhet och personuppgiftsbehandlingar)',
    value: 'pu',
    id: 'T-17',
  },
  { name: 'Bildförsörjning (och ljud)', value: 'images', aliases: ['Bild och ljud'] },
  { name: 'Stöd i arbetet med bemanning', value: 'staffing' },
  { name: 'Stöd i arbetet med förmåner', value: 'benefits' },
  { name: 'Stöd i arbetet med utbildningsportalen', value: 'learning' },
  { name: 'Stöd i digitalt bevarande', value: 'preservation' },
];

describe('nameIndex', () => {
  const index = nameIndex(services);

  describe('the same name after normalising', () => {
    it.each([
      { label: 'as written', text: 'IT Arbetsplats', value: 'workplace' },
      { label: 'in another case', text: 'it arbetsplats', value: 'workplace' },
      { label: 'in upper case with Swedish letters', text: 'IDENTITET & ÅTKOMST', value: 'iam' },
      { label: 'with extra spaces', text: '  IT   Arbetsplats ', value: 'workplace' },
      { label: 'with a no-break space', text: 'IT\u00A0Arbetsplats', value: 'workplace' },
      { label: 'in Unicode NFD', text: `Identitet & ${NFD_A_RING}tkomst`, value: 'iam' },
      {
        label: 'with its parenthetical in another case',
        text: 'Bildförsörjning (Och Ljud)',
        value: 'images',
      },
    ])('returns the entry via name when the text is $label', ({ text, value }) => {
      expect(index.match(text)).toEqual({ kind: 'found', value, via: 'name' });
    });

    it('returns the entry via name when the entry is in NFD and the text in NFC', () => {
      const nfd = nameIndex([{ name: `${NFD_A_RING}tkomst`, value: 1 }]);
      expect(nfd.match('Åtkomst')).toEqual({ kind: 'found', value: 1, via: 'name' });
    });

    it.each([
      { label: 'a hyphen-minus', text: 'Lokalt Nät - LAN' },
      { label: 'an en dash', text: 'Lokalt Nät \u2013 LAN' },
      { label: 'an em dash', text: 'Lokalt Nät \u2014 LAN' },
      { label: 'a minus sign', text: 'Lokalt Nät \u2212 LAN' },
      { label: 'a hyphen (U+2010)', text: 'Lokalt Nät \u2010 LAN' },
    ])('returns the entry via name when its en dash is written as $label', ({ text }) => {
      expect(index.match(text)).toEqual({ kind: 'found', value: 'lan', via: 'name' });
    });
  });

  describe('a trailing parenthetical', () => {
    it.each([
      { text: 'Stadens Intranät', value: 'intranet' },
      { text: 'PU-register', value: 'pu' },
      { text: 'Bildförsörjning', value: 'images' },
    ])('returns the entry via parenthetical for $text', ({ text, value }) => {
      expect(index.match(text)).toEqual({ kind: 'found', value, via: 'parenthetical' });
    });

    it('does not take two different parentheticals for the same name', () => {
      expect(index.match('Stadens intranät (Annat namn)')).toEqual({
        kind: 'none',
        candidates: ['Stadens intranät (Interna digitala navet)'],
        reasons: ['spelling'],
      });
      const lan = nameIndex([{ name: 'Lokalt nät (LAN)', value: 'lan' }]);
      expect(lan.match('Lokalt nät (WLAN)').kind).toBe('none');
    });

    it('ignores a parenthetical on the text’s side', () => {
      expect(index.match('Stöd i arbetet med bemanning (HR)')).toEqual({
        kind: 'found',
        value: 'staffing',
        via: 'parenthetical',
      });
    });

    it('returns none, with both as candidates, when two entries differ only in their parenthetical', () => {
      const twins = nameIndex([
        { name: 'Webbhotell (Extern)', value: 'external' },
        { name: 'Webbhotell (Intern)', value: 'internal' },
      ]);
      const match = twins.match('Webbhotell');
      expect(match.kind).toBe('none');
      expect(match.kind === 'none' && [...match.candidates].sort()).toEqual([
        'Webbhotell (Extern)',
        'Webbhotell (Intern)',
      ]);
    });

    it('still returns each of those entries by its full name', () => {
      const twins = nameIndex([
        { name: 'Webbhotell (Extern)', value: 'external' },
        { name: 'Webbhotell (Intern)', value: 'internal' },
      ]);
      expect(twins.match('webbhotell (intern)')).toEqual({
        kind: 'found',
        value: 'internal',
        via: 'name',
      });
    });

    it('prefers the entry named exactly over one that only shares the short name', () => {
      const both = nameIndex([
        { name: 'Webbhotell (Extern)', value: 'external' },
        { name: 'Webbhotell', value: 'plain' },
      ]);
      expect(both.match('Webbhotell')).toEqual({ kind: 'found', value: 'plain', via: 'name' });
    });
  });

  describe('aliases and ids', () => {
    it.each(['Bild och ljud', 'BILD  OCH LJUD'])('returns the entry via alias for %j', (text) => {
      expect(index.match(text)).toEqual({ kind: 'found', value: 'images', via: 'alias' });
    });

    it.each(['T-17', 't-17', ' T\u201317 '])('returns the entry via id for %j', (text) => {
      expect(index.match(text)).toEqual({ kind: 'found', value: 'pu', via: 'id' });
    });

    it('prefers an entry’s name over another entry’s alias', () => {
      const named = nameIndex([
        { name: 'Alfa', value: 'alfa', aliases: ['Beta'] },
        { name: 'Beta', value: 'beta' },
      ]);
      expect(named.match('Beta')).toEqual({ kind: 'found', value: 'beta', via: 'name' });
    });

    it.each([null, ''])('ignores an id of %j', (id) => {
      const withoutId = nameIndex([{ name: 'Alfa', value: 1, id }]);
      expect(withoutId.match('').kind).toBe('none');
    });
  });

  describe('the order of the steps', () => {
    it('prefers an entry’s name over another entry’s id', () => {
      const both = nameIndex([
        { name: 'Alpha', id: '2', value: 'alpha' },
        { name: '2', value: 'two' },
      ]);
      expect(both.match('2')).toEqual({ kind: 'found', value: 'two', via: 'name' });
    });

    it('matches no entry with an alias two entries share, and names both', () => {
      const shared = nameIndex([
        { name: 'Stöd i arbetet med bemanning', aliases: ['Bemanning'], value: 1 },
        { name: 'Bemanningstjänst', aliases: ['bemanning'], value: 2 },
      ]);
      expect(shared.match('Bemanning')).toEqual({
        kind: 'none',
        candidates: ['Stöd i arbetet med bemanning', 'Bemanningstjänst'],
        reasons: ['alias', 'alias'],
      });
    });

    it('ignores spaces around a dash', () => {
      expect(index.match('Lokalt nät-LAN')).toEqual({ kind: 'found', value: 'lan', via: 'name' });
    });
  });

  describe('no fuzzy matching', () => {
    it('returns none for "Stöd i arbete med bemanning" and suggests "Stöd i arbetet med bemanning" first', () => {
      const match = index.match('Stöd i arbete med bemanning');
      expect(match.kind).toBe('none');
      expect(match.kind === 'none' && match.candidates[0]).toBe('Stöd i arbetet med bemanning');
    });

    it('returns none for a name without its diacritics and suggests the name with them', () => {
      const match = index.match('Fjarratkomst');
      expect(match.kind).toBe('none');
      expect(match.kind === 'none' && match.candidates[0]).toBe('Fjärråtkomst');
    });

    it('suggests at most three candidates, closest first', () => {
      const match = index.match('Stöd i arbete med förmåner');
      expect(match).toEqual({
        kind: 'none',
        candidates: [
          'Stöd i arbetet med förmåner',
          'Stöd i arbetet med bemanning',
          'Stöd i arbetet med utbildningsportalen',
        ],
        reasons: ['spelling', 'spelling', 'spelling'],
      });
    });

    it('suggests first the names that hold every word of the name, and says so', () => {
      const services = nameIndex([
        { name: 'Digital arkivering', value: 1 },
        { name: 'Stöd i digitalt bevarande', value: 2 },
        { name: 'Digitalt bevarande inom HR', value: 3 },
      ]);
      expect(services.match('Digitalt bevarande')).toEqual({
        kind: 'none',
        candidates: [
          'Stöd i digitalt bevarande',
          'Digitalt bevarande inom HR',
          'Digital arkivering',
        ],
        reasons: ['words', 'words', 'spelling'],
      });
    });

    it('takes no common word (i, och, med) for a shared one', () => {
      const services = nameIndex([{ name: 'Stöd i arbetet med rekrytering', value: 1 }]);
      const match = services.match('Stöd i arbetet med rehabilitering');
      expect(match.kind === 'none' && match.reasons).toEqual(['spelling']);
    });

    it('suggests nothing when no name is close', () => {
      expect(index.match('Zzzz')).toEqual({ kind: 'none', candidates: [], reasons: [] });
    });

    it('stops suggesting after 500 misses but still reports each miss', () => {
      const busy = nameIndex([{ name: 'Stöd i arbetet med bemanning', value: 1 }]);
      for (let miss = 0; miss < 500; miss++) busy.match('Stöd i arbete med bemanning');
      expect(busy.match('Stöd i arbete med bemanning')).toEqual({
        kind: 'none',
        candidates: [],
        reasons: [],
      });
      expect(busy.match('Stöd i arbetet med bemanning')).toEqual({
        kind: 'found',
        value: 1,
        via: 'name',
      });
    });
  });

  describe('duplicate names', () => {
    it('reports an entry whose name repeats an earlier one and lets the first win', () => {
      const first = { name: 'IT Arbetsplats', value: 'first' };
      const second = { name: 'it  arbetsplats', value: 'second' };
      const repeated = nameIndex([first, { name: 'Webbhotell', value: 'web' }, second]);
      expect(repeated.duplicates).toEqual([{ entry: second, first }]);
      expect(repeated.match('IT Arbetsplats')).toEqual({
        kind: 'found',
        value: 'first',
        via: 'name',
      });
    });

    it('reports names that differ only in Unicode form as duplicates', () => {
      const first = { name: 'Åtkomst', value: 1 };
      const second = { name: `${NFD_A_RING}tkomst`, value: 2 };
      expect(nameIndex([first, second]).duplicates).toEqual([{ entry: second, first }]);
    });

    it('keeps two entries of the same name with different ids, finds each by its id, and calls the name ambiguous', () => {
      const first = { name: 'Drift', id: 'I6', value: 6 };
      const second = { name: 'drift ', id: 'I7', value: 7 };
      const homonyms = nameIndex([first, second]);
      expect(homonyms.duplicates).toEqual([]);
      expect(homonyms.match('Drift')).toEqual({ kind: 'ambiguous', entries: [first, second] });
      expect(homonyms.match('i7')).toEqual({ kind: 'found', value: 7, via: 'id' });
      expect(homonyms.match('I6')).toEqual({ kind: 'found', value: 6, via: 'id' });
    });

    it('calls a short name that only homonyms share ambiguous, not a choice between equal names', () => {
      const first = { name: 'Drift (lokal)', id: 'I6', value: 6 };
      const second = { name: 'Drift (lokal)', id: 'I7', value: 7 };
      expect(nameIndex([first, second]).match('Drift')).toEqual({
        kind: 'ambiguous',
        entries: [first, second],
      });
    });

    it('reports the same name with the same id, or where a row has no id, as a duplicate', () => {
      const first = { name: 'Drift', id: 'I6', value: 6 };
      const again = { name: 'Drift', id: 'i6', value: 60 };
      const noId = { name: 'Drift', id: null, value: 0 };
      const index = nameIndex([first, again, noId]);
      expect(index.duplicates).toEqual([
        { entry: again, first },
        { entry: noId, first },
      ]);
      expect(index.match('Drift')).toEqual({ kind: 'found', value: 6, via: 'name' });
      const withoutFirst = nameIndex([noId, first]);
      expect(withoutFirst.duplicates).toEqual([{ entry: first, first: noId }]);
    });

    it('names the repeated id’s row as the one used, among homonyms', () => {
      const i6 = { name: 'Drift', id: 'I6', value: 6 };
      const i7 = { name: 'Drift', id: 'I7', value: 7 };
      const i7again = { name: 'Drift', id: 'I7', value: 70 };
      expect(nameIndex([i6, i7, i7again]).duplicates).toEqual([{ entry: i7again, first: i7 }]);
    });

    it('reports no duplicates when every name is different', () => {
      expect(index.duplicates).toEqual([]);
    });
  });
});
