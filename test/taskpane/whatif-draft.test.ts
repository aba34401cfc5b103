/**
 * The what-if view's pure steps: a percentage typed in the user's language read as an exact
 * scale, and the saved list after a save (in the place of the one opened, else at the end, never
 * past the workbook's limit).
 */
import type { StoredWhatIf } from '../../src/engine';
import { MAX_WHAT_IFS } from '../../src/engine';
import { scaleFromPercent } from '../../src/taskpane/whatif/draft';
import { without, withSaved } from '../../src/taskpane/whatif/saved-list';

const whatIf = (name: string): StoredWhatIf => ({ name, basedOn: '3', members: [], impact: [] });

describe('scaleFromPercent', () => {
  it.each([
    ['100', '1'],
    ['50', '0.5'],
    ['33,3', '0.333'],
    ['33.3', '0.333'],
    ['1 000', '10'],
    ['1\u00A0000', '10'],
    ['0', '0'],
    ['12,5 %', '0.125'],
  ])('reads %s as the exact scale %s', (typed, scale) => {
    expect(scaleFromPercent(typed)).toBe(scale);
  });

  it.each(['', '-5', 'abc', '1,2,3', '5e2'])('refuses %p', (typed) => {
    expect(scaleFromPercent(typed)).toBeNull();
  });
});

describe('the saved list', () => {
  it('adds a new what-if at the end', () => {
    expect(withSaved([whatIf('A')], whatIf('B'), null)).toEqual([whatIf('A'), whatIf('B')]);
  });

  it('puts a what-if opened from a saved one in its place, under its new name', () => {
    expect(withSaved([whatIf('A'), whatIf('B')], whatIf('A2'), 'A')).toEqual([
      whatIf('A2'),
      whatIf('B'),
    ]);
  });

  it('refuses one more than the workbook keeps', () => {
    const full = Array.from({ length: MAX_WHAT_IFS }, (_v, i) => whatIf(`W${i}`));
    expect(withSaved(full, whatIf('X'), null)).toBeNull();
  });

  it('deletes by name', () => {
    expect(without([whatIf('A'), whatIf('B')], 'A')).toEqual([whatIf('B')]);
  });
});
