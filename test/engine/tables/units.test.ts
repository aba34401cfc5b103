import type { EngineOptions, Grid, RawCell } from '../../../src/engine';
import { figureDecimals, recalculate, toJson } from '../../../src/engine';
import { amountFormat } from '../../../src/workbook/port';
import { amountText } from '../../../src/taskpane/texts';
import { statedUnit, titleUnit, unitOf } from '../../../src/engine/tables/units';
import { grouped } from '../../support/figures';

const grid = (sheet: string, rows: RawCell[][]): Grid => ({
  sheet,
  top: 1,
  left: 1,
  rows,
  source: { kind: 'sheet' },
});

/** A small analysis: one service, one initiative in scenario 1, base and impact for 2025. */
function analysis(
  services: { header: string; value: RawCell; above?: RawCell[][] },
  initiatives: { header: string; value: RawCell; above?: RawCell[][] },
  scenarios: { base: string; impact: string; values: [RawCell, RawCell]; above?: RawCell[][] },
): Grid[] {
  return [
    grid('Tjänster', [
      ...(services.above ?? []),
      ['Tjänst', services.header],
      ['Drift', services.value],
    ]),
    grid('Insatser', [
      ...(initiatives.above ?? []),
      ['Förändringsinsats', 'Status', initiatives.header],
      ['Ny e-tjänst', 'Ny', initiatives.value],
    ]),
    grid('Scenarier', [
      ...(scenarios.above ?? []),
      ['Scenario', 'År', scenarios.base, scenarios.impact],
      [1, 2025, ...scenarios.values],
    ]),
    grid('Scenarioinsatser', [
      ['Scenario', 'Förändringsinsats'],
      [1, 'Ny e-tjänst'],
    ]),
  ];
}

function run(grids: Grid[], options: EngineOptions = {}) {
  const result = recalculate(grids, options);
  const json = toJson(result, 'en');
  return {
    unit: result.unit,
    year: json.scenarios[0]?.years[0],
    findings: json.warnings
      .filter((w) =>
        ['UNIT_MISMATCH', 'UNITS_DIFFER', 'UNIT_ASSUMED', 'UNKNOWN_UNIT_CHOICE'].includes(w.code),
      )
      .map((w) => [w.code, `${w.sheet ?? ''}!${w.cell ?? ''}`, w.message]),
  };
}

describe('the unit a header or title states', () => {
  it.each([
    ['Kostnad 2025 (tkr)', 'tkr'],
    ['Budget 2024, kkr', 'tkr'],
    ['Utfall 2023 (KR)', 'kr'],
    ['Cost 2025 (MSEK)', 'MSEK'],
    ['Budget 2024 (mnkr)', 'MSEK'],
    ['Budget 2024 (Mkr)', 'MSEK'],
    ['Kostnad 2025 (tusen kr)', 'tkr'],
    ['Kostnad 2025 (tusen kronor)', 'tkr'],
    ['Budget 2024, T kr', 'tkr'],
    ['Budget 2024 (t.kr)', 'tkr'],
    ['Belopp i tkr', 'tkr'],
    ['Belopp i MSEK', 'MSEK'],
    ['Cost 2025 (miljoner kronor)', 'MSEK'],
    ['Utfall 2023 (kronor)', 'kr'],
    ['Budget 2024 (SEK)', 'kr'],
    ['All amounts are in thousands of SEK (tkr).', 'tkr'],
    ['Kostnad 2025', null],
    ['Kostnad 2025 (tkr/kr)', null],
  ])('%s states %s', (text, unit) => {
    expect(statedUnit(text)).toBe(unit);
  });

  it('keeps the unit as the header writes it, for sentences that quote it', () => {
    expect(unitOf('Utfall 2023 (KR)')).toBe('KR');
  });
});

describe('the unit a title line states', () => {
  it.each([
    ['Belopp i MSEK', 'MSEK'],
    ['Alla belopp i tkr', 'tkr'],
    ['(tkr)', 'tkr'],
    ['Kostnader, MSEK', 'MSEK'],
    ['Summering för scenario 1 (MSEK)', 'MSEK'],
    ['4.2 Scenario 2 (MSEK)', 'MSEK'],
    ['Årlig analys 2025, tusen kronor', 'tkr'],
    ['kronor årligen och skulle då fördelas på förvaltningarna', null],
    ['Ökningen är totalt 99,5 MSEK', null],
    ['Summering 1 116 626 tkr', null],
    ['Förslag på nya förändringsinsatser med start 2025', null],
  ])('%s states %s', (text, unit) => {
    expect(titleUnit(text)).toBe(unit);
  });
});

describe('converting every amount into one unit', () => {
  const inTkr = analysis(
    { header: 'Budget 2025 (tkr)', value: 10 },
    { header: 'Kostnad 2025 (tkr)', value: 20_550 },
    { base: 'Bas (tkr)', impact: 'Påverkan (tkr)', values: [1_088_976, 1_100] },
  );
  const inMsek = analysis(
    { header: 'Budget 2025 (MSEK)', value: 0.01 },
    { header: 'Kostnad 2025 (MSEK)', value: '20,55' },
    { base: 'Bas (MSEK)', impact: 'Påverkan (MSEK)', values: ['1 088,976', 1.1] },
  );
  const inKr = analysis(
    { header: 'Budget 2025 (kr)', value: 10_000 },
    { header: 'Kostnad 2025 (kronor)', value: 20_550_000 },
    { base: 'Bas (SEK)', impact: 'Påverkan (SEK)', values: [1_088_976_000, 1_100_000] },
  );

  it('gives the result in the unit the tables are in, and the same figures whatever it is', () => {
    expect(run(inTkr)).toMatchObject({ unit: 'tkr', year: { total: 1_110_626 }, findings: [] });
    expect(run(inMsek)).toMatchObject({ unit: 'MSEK', year: { total: 1_110.626 }, findings: [] });
    expect(run(inKr)).toMatchObject({ unit: 'kr', year: { total: 1_110_626_000 }, findings: [] });
  });

  it.each([
    ['tkr', 1_110_626],
    ['MSEK', 1_110.626],
    ['kr', 1_110_626_000],
    ['mnkr', 1_110.626],
  ])('rescales every figure to the unit chosen: %s', (unit, total) => {
    for (const grids of [inTkr, inMsek, inKr])
      expect(run(grids, { unit })).toMatchObject({ year: { total }, findings: [] });
  });

  it('reads the unit of a title line just above the header row', () => {
    const titled = analysis(
      { header: 'Budget 2025', value: 0.01, above: [['Belopp i MSEK'], []] },
      { header: 'Kostnad 2025', value: 20.55, above: [['Förändringsinsatser, MSEK']] },
      { base: 'Bas', impact: 'Påverkan', values: [1_088.976, 1.1], above: [['Scenarier (MSEK)']] },
    );
    expect(run(titled, { unit: 'tkr' })).toMatchObject({
      unit: 'tkr',
      year: { proposed: 20_550, total: 1_110_626 },
      findings: [],
    });
  });

  it('takes no unit from a title that writes out an amount (”totalt 99,5 MSEK”)', () => {
    const grids = analysis(
      { header: 'Budget 2025', value: 10, above: [['Ökningen är totalt 99,5 MSEK']] },
      { header: 'Kostnad 2025', value: 20_550 },
      { base: 'Bas', impact: 'Påverkan', values: [1_088_976, 1_100] },
    );
    expect(run(grids)).toMatchObject({ unit: 'tkr', year: { total: 1_110_626 }, findings: [] });
  });

  it("reads the sheet's title when no line just above the header states a unit", () => {
    const grids = analysis(
      { header: 'Budget 2025 (tkr)', value: 10 },
      {
        header: 'Kostnad 2025',
        value: 20_550_000,
        above: [['Årlig analys 2025, kronor'], [], [], [], []],
      },
      { base: 'Bas (tkr)', impact: 'Påverkan', values: [1_088_976, 1_100] },
    );
    const { unit, year, findings } = run(grids);
    expect({ unit, year }).toMatchObject({
      unit: 'tkr',
      year: { proposed: 20_550, total: 1_110_626 },
    });
    expect(findings.map(([code, at]) => [code, at])).toEqual([['UNITS_DIFFER', 'Insatser!A1']]);
  });

  it('reads a table that states no unit in the unit the others state, and says so once', () => {
    const grids = analysis(
      { header: 'Budget 2025', value: 0.01 },
      { header: 'Kostnad 2025 (MSEK)', value: 20.55 },
      { base: 'Bas (MSEK)', impact: 'Påverkan (MSEK)', values: [1_088.976, 1.1] },
    );
    expect(run(grids)).toMatchObject({
      unit: 'MSEK',
      year: { total: 1_110.626 },
      findings: [
        [
          'UNIT_ASSUMED',
          'Tjänster!A1',
          'Services states no unit and is read in MSEK, the unit Initiatives states at Insatser!C1. If the amounts are in another unit, write it in a header or in a line above the table.',
        ],
      ],
    });
  });

  it('says nothing when the tables that state no unit are read in tkr, as they would be anyway', () => {
    const grids = analysis(
      { header: 'Budget 2025', value: 10 },
      { header: 'Kostnad 2025 (tkr)', value: 20_550 },
      { base: 'Bas', impact: 'Påverkan', values: [1_088_976, 1_100] },
    );
    expect(run(grids)).toMatchObject({ unit: 'tkr', year: { total: 1_110_626 }, findings: [] });
  });

  it('takes no unit from a line of prose above the header, only from a short title line', () => {
    const grids = analysis(
      { header: 'Budget 2025', value: 10 },
      {
        header: 'Kostnad 2025',
        value: 20_550,
        above: [['kronor årligen och skulle då fördelas på förvaltningarna']],
      },
      { base: 'Bas', impact: 'Påverkan', values: [1_088_976, 1_100] },
    );
    expect(run(grids)).toMatchObject({ unit: 'tkr', year: { total: 1_110_626 }, findings: [] });
  });

  it('says once that tables are in different units, at the first that differs, and converts', () => {
    const grids = analysis(
      { header: 'Budget 2025 (tkr)', value: 10 },
      { header: 'Kostnad 2025 (MSEK)', value: '20,55' },
      { base: 'Bas (tkr)', impact: 'Påverkan (tkr)', values: [1_088_976, 1_100] },
    );
    expect(run(grids)).toEqual({
      unit: 'tkr',
      year: expect.objectContaining({ proposed: 20_550, total: 1_110_626 }) as unknown,
      findings: [
        [
          'UNITS_DIFFER',
          'Insatser!C1',
          'The tables are in different units (Services in tkr, Initiatives in MSEK, Scenarios in tkr); every amount is converted to tkr.',
        ],
      ],
    });
  });

  it('names the tables that state no unit apart from those that state one', () => {
    const grids = analysis(
      { header: 'Budget 2025 (tkr)', value: 10 },
      { header: 'Kostnad 2025 (MSEK)', value: '20,55' },
      { base: 'Bas', impact: 'Påverkan', values: [1_088_976, 1_100] },
    );
    grids[0] = grid('Tjänster', [
      ['Tjänst', 'Budget 2025 (tkr)', 'Budget 2026 (tkr)'],
      ['Drift', 10, 10],
    ]);
    expect(run(grids).findings).toEqual([
      [
        'UNITS_DIFFER',
        'Insatser!C1',
        'The tables are in different units (Services in tkr, Initiatives in MSEK; Scenarios states no unit and is read in tkr); every amount is converted to tkr.',
      ],
    ]);
  });

  it("converts a column whose header states another unit than its table's, and says so at it", () => {
    const grids = analysis(
      { header: 'Budget 2025 (tkr)', value: 10 },
      { header: 'Kostnad 2025 (kr)', value: 20_550_000 },
      { base: 'Bas (tkr)', impact: 'Påverkan (tkr)', values: [1_088_976, 1_100] },
    );
    grids[1] = grid('Insatser', [
      [
        'Förändringsinsats',
        'Status',
        'Kostnad 2025 (kr)',
        'Kostnad 2026 (tkr)',
        'Kostnad 2027 (tkr)',
      ],
      ['Ny e-tjänst', 'Ny', 20_550_000, 7_200, 0],
    ]);
    expect(run(grids)).toEqual({
      unit: 'tkr',
      year: expect.objectContaining({ proposed: 20_550 }) as unknown,
      findings: [
        [
          'UNIT_MISMATCH',
          'Insatser!C1',
          "The column “Kostnad 2025 (kr)” in Initiatives is in kr, the rest of its table in tkr; its amounts are read in kr and converted to tkr. If the header's unit is wrong, correct it.",
        ],
      ],
    });
  });

  it('reports a unit choice that names none of the three, and shows the tables’ unit', () => {
    expect(run(inMsek, { unit: 'EUR' })).toMatchObject({
      unit: 'MSEK',
      year: { total: 1_110.626 },
      findings: [
        [
          'UNKNOWN_UNIT_CHOICE',
          '!',
          "The unit “EUR” in the settings is none of tkr, MSEK and kr; amounts are shown in MSEK, the tables' unit. Choose one of the three.",
        ],
      ],
    });
  });
});

describe('the tolerance', () => {
  /** Scenario 1 states a total 1 tkr off the one its parts give. */
  const offByOneTkr = (unit: 'tkr' | 'MSEK'): Grid[] => {
    const per = unit === 'tkr' ? 1 : 1000;
    const grids = analysis(
      { header: `Budget 2025 (${unit})`, value: 10 / per },
      { header: `Kostnad 2025 (${unit})`, value: 20_550 / per },
      {
        base: `Bas (${unit})`,
        impact: `Påverkan (${unit})`,
        values: [1_088_976 / per, 1_100 / per],
      },
    );
    grids[2] = grid('Scenarier', [
      ['Scenario', 'År', `Bas (${unit})`, `Påverkan (${unit})`, `Angiven summering (${unit})`],
      [1, 2025, 1_088_976 / per, 1_100 / per, unit === 'tkr' ? 1_110_627 : '1 110,627'],
    ]);
    return grids;
  };
  const mismatches = (grids: Grid[], options: EngineOptions = {}) =>
    recalculate(grids, options).warnings.filter((w) => w.code === 'STATED_MISMATCH').length;

  it('is 0.5 tkr by default in any unit: a 1 tkr mismatch is caught in MSEK as in tkr', () => {
    expect(mismatches(offByOneTkr('tkr'))).toBe(1);
    expect(mismatches(offByOneTkr('MSEK'))).toBe(1);
    expect(mismatches(offByOneTkr('MSEK'), { unit: 'kr' })).toBe(1);
  });

  it('keeps its meaning when the unit changes: 1 tkr saved, shown in MSEK, still catches a 850 tkr mismatch', () => {
    const grids = offByOneTkr('tkr');
    grids[2] = grid('Scenarier', [
      ['Scenario', 'År', 'Bas (tkr)', 'Påverkan (tkr)', 'Angiven summering (tkr)'],
      [1, 2025, 1_088_976, 1_100, 1_111_476],
    ]);
    expect(mismatches(grids, { tolerance: { amount: 1, unit: 'tkr' }, unit: 'MSEK' })).toBe(1);
    expect(mismatches(grids, { tolerance: { amount: 1, unit: 'MSEK' }, unit: 'tkr' })).toBe(0);
  });

  it("is an amount in the result's unit when given", () => {
    expect(mismatches(offByOneTkr('MSEK'), { tolerance: 0.002 })).toBe(0);
    expect(mismatches(offByOneTkr('MSEK'), { tolerance: 2, unit: 'tkr' })).toBe(0);
    expect(mismatches(offByOneTkr('tkr'), { tolerance: 1_000, unit: 'kr' })).toBe(1);
  });
});

describe('the decimals a figure is shown with', () => {
  it.each([
    ['MSEK', [6, 20.55, 1.1], 3],
    ['MSEK', [12.5005, 6], 4],
    ['MSEK', [0.000001], 4],
    ['tkr', [1_116_626], 0],
    ['tkr', [12_500.5], 0],
    ['kr', [10], 0],
  ] as const)('in %s, %j take %d', (unit, figures, decimals) => {
    expect(figureDecimals(unit, figures)).toBe(decimals);
  });

  it('never rounds a half tkr away: not in the result sheets, nor in the pane', () => {
    expect(amountFormat('MSEK', [6, 12.5005])).toBe('#,##0.0000');
    expect(amountFormat('MSEK', [6, 20.55])).toBe('#,##0.000');
    expect(amountText(12.5005, 'sv', 'MSEK')).toBe('12,5005');
    expect(amountText(6, 'sv', 'MSEK')).toBe('6,000');
    expect(amountText(1_116_626, 'sv', 'tkr')).toBe(grouped('1 116 626'));
  });
});
