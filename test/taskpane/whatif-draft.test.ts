/**
 * The what-if view's pure steps: a percentage typed in the user's language read as an exact
 * scale, and the saved list after a save (in the place of the one opened, else at the end, never
 * past the workbook's limit).
 */
import type { StoredWhatIf } from '../../src/engine';
import { MAX_WHAT_IFS } from '../../src/engine';
import { scaleFromPercent } from '../../src/taskpane/whatif/draft';
import { percentText } from '../../src/taskpane/whatif/texts';
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
  ])('reads %s in Swedish as the exact scale %s', (typed, scale) => {
    expect(scaleFromPercent(typed, 'sv')).toBe(scale);
  });

  it.each([
    ['100', '1'],
    ['1,500', '15'],
    ['1,500.5', '15.005'],
    ['33.3', '0.333'],
    ['33,3', '0.333'],
    ['12.5 %', '0.125'],
  ])('reads %s in English as the exact scale %s', (typed, scale) => {
    expect(scaleFromPercent(typed, 'en')).toBe(scale);
  });

  it.each(['', '-5', 'abc', '1,2,3', '5e2'])('refuses %p', (typed) => {
    expect(scaleFromPercent(typed, 'sv')).toBeNull();
    expect(scaleFromPercent(typed, 'en')).toBeNull();
  });

  it('shows a scale as a percentage that reads back as typed, without digit groups', () => {
    expect(percentText(15, 'en')).toBe('1500');
    expect(scaleFromPercent(percentText(15, 'en'), 'en')).toBe('15');
    expect(percentText(1 / 3, 'sv')).toBe('33,333');
  });
});

describe('the saved list', () => {
  it('adds a new what-if at the end', () => {
    expect(withSaved([whatIf('A')], whatIf('B'), null)).toEqual([whatIf('A'), whatIf('B')]);
  });

  it('puts a what-if opened from a saved one back in its place when it keeps its name', () => {
    const changed = { ...whatIf('A'), basedOn: '2' };
    expect(withSaved([whatIf('A'), whatIf('B')], changed, 'A')).toEqual([changed, whatIf('B')]);
  });

  it('saves one opened from a saved one under a new name as another, keeping the one it came from', () => {
    expect(withSaved([whatIf('A'), whatIf('B')], whatIf('A2'), 'A')).toEqual([
      whatIf('A'),
      whatIf('B'),
      whatIf('A2'),
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
