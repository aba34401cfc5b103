/**
 * What-ifs as the workbook's settings keep them: read defensively (an entry this version cannot
 * read is kept as it was and reported, never dropped or guessed), converted exactly (scales as
 * fractions, impacts from their own unit), and computed by every run beside the scenarios.
 */
import { recalculate } from '../../../src/engine';
import type { StoredWhatIf } from '../../../src/engine';
import { moneyFromDecimal } from '../../../src/engine/money';
import {
  exactScale,
  readStoredWhatIfs,
  scaleText,
  whatIfFromStored,
  whatIfName,
} from '../../../src/engine/whatif/stored';
import { annualAnalysisGrids } from '../fixtures/annual-analysis-2025';

const AI = 'Etablera förutsättningar för AI';

const aiInThree: StoredWhatIf = {
  name: 'AI i scenario 3',
  basedOn: '3',
  members: [{ initiative: AI, shift: 0, scale: '1' }],
  impact: [],
};

describe('reading saved what-ifs', () => {
  it('reads a well-formed entry as it was saved', () => {
    const read = readStoredWhatIfs([aiInThree]);
    expect(read.whatIfs).toEqual([aiInThree]);
    expect(read.unread).toEqual([]);
  });

  it('keeps each entry it cannot read exactly as it was, labelled by its name or its place', () => {
    const badScale = {
      ...aiInThree,
      name: 'Halva AI',
      members: [{ initiative: AI, shift: 0, scale: 'abc' }],
    };
    const newer = { name: 'Från en nyare version', basedOn: 3, members: [] };
    const read = readStoredWhatIfs([badScale, 42, newer, aiInThree]);
    expect(read.whatIfs.map((w) => w.name)).toEqual(['AI i scenario 3']);
    expect(read.unread).toEqual([
      { label: 'Halva AI', raw: badScale },
      { label: '#2', raw: 42 },
      { label: 'Från en nyare version', raw: newer },
    ]);
  });

  it('reads nothing from a value that is not a list, and keeps it whole to write back', () => {
    expect(readStoredWhatIfs({ name: 'x' })).toEqual({
      whatIfs: [],
      unread: [{ label: '#1', raw: { name: 'x' }, whole: true }],
    });
    expect(readStoredWhatIfs(undefined)).toEqual({ whatIfs: [], unread: [] });
  });

  it('keeps a second what-if of the same name (case and spaces aside) unread, not merged', () => {
    const twin = { ...aiInThree, name: ' ai I SCENARIO 3 ', basedOn: '2' };
    const read = readStoredWhatIfs([aiInThree, twin]);
    expect(read.whatIfs).toEqual([aiInThree]);
    expect(read.unread).toEqual([{ label: ' ai I SCENARIO 3 ', raw: twin }]);
  });

  it('refuses a negative scale, an impact in an unknown unit, and an empty name', () => {
    const entries = [
      { ...aiInThree, members: [{ initiative: AI, shift: 0, scale: '-1' }] },
      { ...aiInThree, impact: [{ year: 2025, amount: '100', unit: 'EUR' }] },
      { ...aiInThree, name: '   ' },
    ];
    expect(readStoredWhatIfs(entries).whatIfs).toEqual([]);
    expect(readStoredWhatIfs(entries).unread).toHaveLength(3);
  });
});

describe('a saved what-if’s exact values', () => {
  it('reads a scale as an exact fraction and writes it back as the shortest exact text', () => {
    expect(exactScale('1/3').mul(moneyFromDecimal('10500')).toString()).toBe('3500');
    expect(exactScale('0.1').mul(moneyFromDecimal('350')).toString()).toBe('35');
    expect(scaleText(exactScale('0.50'))).toBe('0.5');
    expect(scaleText(exactScale('2/6'))).toBe('1/3');
    expect(scaleText(exactScale('3/4'))).toBe('0.75');
  });

  it('converts a stated impact from the unit it was saved in to the result’s', () => {
    const whatIf = whatIfFromStored(
      { ...aiInThree, impact: [{ year: 2025, amount: '1.1', unit: 'MSEK' }] },
      'tkr',
    );
    expect(whatIf.impact.get(2025)?.toString()).toBe('1100');
    const inKronor = whatIfFromStored(
      { ...aiInThree, impact: [{ year: 2025, amount: '0.5', unit: 'tkr' }] },
      'MSEK',
    );
    expect(inKronor.impact.get(2025)?.toString()).toBe('0.0005');
  });

  it('takes a name trimmed, and refuses an empty or over-long one', () => {
    expect(whatIfName('  AI i scenario 3 ')).toBe('AI i scenario 3');
    expect(whatIfName('')).toBeNull();
    expect(whatIfName('x'.repeat(61))).toBeNull();
  });
});

describe('saved what-ifs in a run', () => {
  it('are computed beside the scenarios, which they leave as they are', () => {
    const plain = recalculate(annualAnalysisGrids());
    const result = recalculate(annualAnalysisGrids(), { whatIfs: [aiInThree] });
    expect(result.scenarios.map((s) => s.years[0]?.total?.toString())).toEqual(
      plain.scenarios.map((s) => s.years[0]?.total?.toString()),
    );
    const [saved] = result.whatIfs;
    // AI alone on scenario 3's base and impact: 1 088 976 + 10 500 (AI's 2025 cost) + 0.
    expect(saved?.years[0]?.total?.toString()).toBe('1099476');
    // Against scenario 3 (1 094 176, whose members it does not hold): 5 300 more.
    expect(saved?.years[0]?.versus?.total?.toString()).toBe('5300');
    expect(saved?.stored).toEqual(aiInThree);
  });

  it('say each problem and each unread entry as a finding naming the what-if', () => {
    const gone: StoredWhatIf = {
      ...aiInThree,
      name: 'Med en borttagen insats',
      members: [{ initiative: 'Finns inte längre', shift: 0, scale: '1' }],
    };
    const result = recalculate(annualAnalysisGrids(), {
      whatIfs: [gone],
      unreadWhatIfs: [{ label: 'Trasig', raw: 7 }],
    });
    const findings = result.warnings.filter((w) => w.code.startsWith('WHATIF_'));
    expect(findings).toEqual([
      expect.objectContaining({ code: 'WHATIF_UNREADABLE', whatIf: 'Trasig', at: null }),
      expect.objectContaining({
        code: 'WHATIF_UNKNOWN_INITIATIVE',
        whatIf: 'Med en borttagen insats',
        initiative: 'Finns inte längre',
        severity: 'warning',
      }),
    ]);
  });
});
