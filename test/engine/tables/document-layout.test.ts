/**
 * The document's own layout, piece by piece: member lists under a scenario's heading, transposed
 * `Summering för scenario N` blocks, section 3's table without a status column, amounts that write
 * their unit, and the names a hand-written list rewords.
 */
import { scenarioOfTitles } from '../../../src/engine/tables/titles';
import { measureOf } from '../../../src/engine/tables/scenario-blocks';
import { closeMatcher } from '../../../src/engine/names/close-match';
import { cellsOf, run, sheet } from '../fixtures/grids';
import type { Row } from '../fixtures/grids';

const SERVICES: Row[] = [
  ['Tjänst', 'Budget 2024', 'Föreslagen budget 2025', 'Drivare'],
  ['A', 1, 1, 'Volymer'],
];
const NEW_INITIATIVES: Row[] = [
  ['Förslag på nya förändringsinsatser med start 2025'],
  [
    'Tjänst',
    'Benämning ny förändringsinsats',
    'Kostnad 2025',
    'Kostnad 2026',
    'Genomsnittlig påverkan på förvaltningskostnaden 2025–2027',
    'Beräknad/ potentiell nettonytta',
  ],
  ['A', 'Utveckla bevarandeplattform', '2 000', '1 000', 500, '12 000'],
  ['A', 'Införa API-katalog', '2 000', 0, 633, '0 tkr/år'],
];
const MEMBERS_HEADER: Row = [
  'Förändringsinsats, ny och pågående som bygger scenariot',
  'Benämning befintlig/ny bastjänst/digital infrastruktur',
  'Kostnad för förändringsinsatsen',
];
const SUMMARY = (id: string, base: string, impact: string, total: string): Row[] => [
  [`Summering för scenario ${id}`],
  ['År', 2025, 2026],
  [
    'Total förvaltningskostnad befintliga bastjänster/digital infrastruktur (basen)',
    base,
    'Ej känt',
  ],
  ['Total kostnad för pågående förändringsinsatser inom scenariot', '0', '0'],
  ['Påverkan på förvaltningskostnaden (plus eller minus)', impact, '0 tkr'],
  ['Summering', total, null],
  ['Beräknad/ potentiell nettonytta för de kommande 6 åren', '12 000 tkr', null],
];

function analysis(rows: readonly Row[]) {
  return run([sheet('Analys', [...SERVICES, [], ...NEW_INITIATIVES, [], ...rows])]);
}

describe('the document layout', () => {
  it('reads a member list under a scenario heading, the heading naming the scenario', () => {
    const result = analysis([
      ['4.1 Scenario 1'],
      ['Säkerställa lagkrav'],
      MEMBERS_HEADER,
      ['Utveckla bevarandeplattform', 'A', 2000],
      [],
      ...SUMMARY('1', '1 000 tkr', '500 tkr', '3 500 tkr'),
    ]);
    expect(result.scenarios.map((s) => [s.id, s.years.map((y) => y.total)])).toEqual([
      ['1', [3500, null]],
    ]);
    expect(result.warnings.filter((w) => w.severity !== 'info')).toEqual([]);
  });

  it('reads the measures of a summary block by their labels, and reconciles the stated ones', () => {
    const result = analysis([
      ['Scenario 1'],
      MEMBERS_HEADER,
      ['Utveckla bevarandeplattform', 'A', 2000],
      [],
      ...SUMMARY('1', '1 000 tkr', '500 tkr', '3 600 tkr'),
    ]);
    expect(cellsOf(result, 'STATED_MISMATCH')).toEqual(['Analys!B18']);
    expect(result.warnings.find((w) => w.code === 'STATED_MISMATCH')?.message).toBe(
      'Scenario 1 2025: stated total is 3,600 but computes to 3,500 (difference -100).',
    );
  });

  it('keeps one member list per scenario heading, each under its own scenario', () => {
    const result = analysis([
      ['4.1 Scenario 1'],
      MEMBERS_HEADER,
      ['Utveckla bevarandeplattform', 'A', 2000],
      [],
      ['4.2 Scenario 2'],
      ['Digitala investeringar'],
      MEMBERS_HEADER,
      ['Införa API-katalog', 'A', 2000],
      [],
      ...SUMMARY('1', '1 000', '0', '3 000'),
      [],
      ...SUMMARY('2', '1 000', '0', '3 000'),
    ]);
    expect(result.scenarios.map((s) => [s.id, s.members.length, s.years[0]?.proposed])).toEqual([
      ['1', 1, 2000],
      ['2', 1, 2000],
    ]);
    expect(cellsOf(result, 'DUPLICATE_TABLE')).toEqual([]);
  });

  it('refuses a member list that names no scenario, in a column or a heading, at its header', () => {
    const result = analysis([['Listan'], MEMBERS_HEADER, ['Utveckla bevarandeplattform', 'A', 2]]);
    expect(cellsOf(result, 'MISSING_COLUMN')).toEqual(['Analys!A10']);
    expect(result.warnings.find((w) => w.code === 'MISSING_COLUMN')?.message).toContain('Scenario');
  });

  it('reads section 3 without a status column as new initiatives, as its title says', () => {
    const result = analysis([]);
    expect(cellsOf(result, 'STATUS_FROM_TITLE')).toEqual(['Analys!A4']);
    expect(cellsOf(result, 'MISSING_COLUMN')).toEqual([]);
  });

  it('counts an initiative only a member list names as ongoing, with its listed cost in the first year', () => {
    const result = analysis([
      ['4.1 Scenario 1'],
      MEMBERS_HEADER,
      ['Upphandling IT-stöd för ekonomiprocesser', 'Stöd i ekonomiprocesser', 4000],
      [],
      ...SUMMARY('1', '1 000', '0', '5 000'),
    ]);
    expect(result.scenarios[0]?.years[0]).toMatchObject({
      ongoing: 4000,
      proposed: 0,
      total: 5000,
    });
    expect(cellsOf(result, 'MEMBER_ONLY_INITIATIVE')).toEqual(['Analys!A11']);
  });

  it('still refuses an unknown member of a full initiatives table (one with a status column)', () => {
    const result = run([
      sheet('Analys', [
        ...SERVICES,
        [],
        ['Förändringsinsats', 'Status', 'Kostnad 2025'],
        ['X', 'Ny', 10],
        [],
        ['4.1 Scenario 1'],
        MEMBERS_HEADER,
        ['Y', 'A', 10],
      ]),
    ]);
    expect(cellsOf(result, 'UNKNOWN_INITIATIVE')).toEqual(['Analys!A9']);
    expect(cellsOf(result, 'MEMBER_ONLY_INITIATIVE')).toEqual([]);
  });

  it('converts an amount written in another unit than tkr, exactly, and says so at the cell', () => {
    const result = analysis([
      ['4.1 Scenario 1'],
      MEMBERS_HEADER,
      ['Utveckla bevarandeplattform', 'A', 2000],
      [],
      ...SUMMARY('1', '1,088976 MSEK', '0', '3 088,976'),
    ]);
    expect(result.scenarios[0]?.years[0]?.base).toBe(1088.976);
    expect(cellsOf(result, 'CELL_UNIT_CONVERTED')).toEqual(['Analys!B15']);
  });
});

describe('the units of the document layout', () => {
  const MSEK_SERVICES: Row[] = [
    ['Tjänst', 'Budget 2024 (MSEK)', 'Föreslagen budget 2025 (MSEK)', 'Drivare'],
    ['A', 1, 1, 'Volymer'],
  ];
  const member = (cost: number): Row[] => [
    ['4.1 Scenario 1'],
    MEMBERS_HEADER,
    ['Utveckla bevarandeplattform', 'A', cost],
    [],
  ];
  const unitWarnings = (result: ReturnType<typeof run>) =>
    result.warnings
      .filter((w) => ['UNIT_ASSUMED', 'UNITS_DIFFER', 'UNIT_MISMATCH'].includes(w.code))
      .map((w) => [w.code, `${w.sheet ?? ''}!${w.cell ?? ''}`, w.message]);

  it('takes no unit from a wrapped line of prose above a table, though it says ”kronor”', () => {
    const result = run([
      sheet('Analys', [
        ...SERVICES,
        [],
        ['kronor årligen och skulle då fördelas på förvaltningarna'],
        ...NEW_INITIATIVES.slice(1),
        [],
        ...member(2000),
        ...SUMMARY('1', '1 000', '500', '3 500'),
      ]),
    ]);
    expect(result.unit).toBe('tkr');
    expect(result.scenarios[0]?.years[0]).toMatchObject({ base: 1000, proposed: 2000 });
    expect(unitWarnings(result)).toEqual([]);
  });

  it('says once which tables and summaries state no unit and take another table’s MSEK, and where it is stated', () => {
    const result = run([
      sheet('Analys', [
        ...MSEK_SERVICES,
        [],
        ...NEW_INITIATIVES,
        [],
        ...member(2000),
        ...SUMMARY('1', '1 000', '500', '3 500'),
      ]),
    ]);
    expect(result.unit).toBe('MSEK');
    expect(unitWarnings(result)).toEqual([
      [
        'UNIT_ASSUMED',
        'Analys!A5',
        'Initiatives, Scenario members and the scenario summaries state no unit and are read in MSEK, the unit Services states at Analys!B1. If the amounts are in another unit, write it in a header or in a line above the table.',
      ],
    ]);
  });

  it('reads a summary block in the unit its own title states', () => {
    const summary = SUMMARY('1', '1,0', '0,5', '3,5');
    summary[0] = ['Summering för scenario 1 (MSEK)'];
    const result = run([
      sheet('Analys', [...SERVICES, [], ...NEW_INITIATIVES, [], ...member(2000), ...summary]),
    ]);
    expect(result.unit).toBe('tkr');
    expect(result.scenarios[0]?.years[0]).toMatchObject({ base: 1000, impact: 500 });
    expect(result.warnings.filter((w) => w.code === 'NOT_A_NUMBER')).toEqual([]);
  });

  it('reads a further member list in the unit its own title states', () => {
    const result = run([
      sheet('Analys', [
        ...SERVICES,
        [],
        ...NEW_INITIATIVES,
        [],
        ...member(2000),
        ['4.2 Scenario 2 (MSEK)'],
        MEMBERS_HEADER,
        ['Införa API-katalog', 'A', 2],
        [],
        ...SUMMARY('1', '1 000', '500', '3 500'),
        [],
        ...SUMMARY('2', '1 000', '633', '3 633'),
      ]),
    ]);
    expect(result.warnings.filter((w) => w.code === 'LISTED_COST_MISMATCH')).toEqual([]);
    expect(result.scenarios.map((s) => s.years[0]?.proposed)).toEqual([2000, 2000]);
  });
});

describe('the labels of a summary block', () => {
  it.each([
    ['Total förvaltnings-\nkostnad befintliga bastjänster/digital infrastruktur (basen)', 'base'],
    ['Total kostnad för pågående förändringsinsatser inom scenariot', 'statedOngoing'],
    [
      'Total kostnad för föreslagna förändringsinsatser/nya bastjänster i scenariot',
      'statedProposed',
    ],
    ['Påverkan på förvaltningskostnaden för bastjänster i tkr (plus eller minus)', 'impact'],
    ['Summering', 'statedTotal'],
    ['Totalt', 'statedTotal'],
    [
      'Beräknad/ potentiell nettonytta för de kommande 6 åren, fyll i totalt belopp',
      'statedNetBenefit',
    ],
    ['Base running cost', 'base'],
    ['Impact on running cost', 'impact'],
    ['Analys av scenario 1', null],
  ])('reads %j as %s', (label, measure) => {
    expect(measureOf(label)).toBe(measure);
  });
});

describe('the scenario a heading names', () => {
  const at = { sheet: 'S', cell: 'A1' };
  it.each([
    ['4.1 Scenario 1', '1'],
    ['Förändringsinsatser som bygger scenario 3', '3'],
    ['Scenario A – Digitala investeringar', 'A'],
    ['Summering för scenario 2', '2'],
  ])('%s names scenario %s', (title, id) => {
    expect(scenarioOfTitles([{ value: title, at }])?.value).toBe(id);
  });

  it('takes the nearest title that names one', () => {
    expect(
      scenarioOfTitles([
        { value: 'Digitala investeringar', at },
        { value: '4.2 Scenario 2', at },
        { value: 'Analys av scenario 1', at },
      ])?.value,
    ).toBe('2');
  });

  it('names none when no title does', () => {
    expect(scenarioOfTitles([{ value: 'Scenarier', at }])).toBeNull();
  });
});

describe('a close match for a hand-written list', () => {
  const matcher = closeMatcher(
    [
      'Utveckla bevarandeplattform',
      'Införa API-katalog',
      'Etablera tjänst för tjänstekatalog',
      'Etablera tjänst för applikationsförvaltning',
      'Förstudie –Etablera tjänst för organisations-id',
    ].map((name) => ({ name, value: name })),
  );

  it.each([
    ['Utveckling bevarandeplattform', 'Utveckla bevarandeplattform'],
    ['Framtida eventuell tjänst -API-katalog', 'Införa API-katalog'],
    ['Framtida eventuell tjänst -Tjänstekatalog', 'Etablera tjänst för tjänstekatalog'],
    [
      'Framtida eventuell tjänst -Organisations-id',
      'Förstudie –Etablera tjänst för organisations-id',
    ],
  ])('reads %s as %s', (written, meant) => {
    expect(matcher.find(written, () => true)).toEqual({ kind: 'found', value: meant, name: meant });
  });

  it.each([
    ['Etablera tjänst för Datawarehouse'],
    ['Upphandling IT-stöd för ekonomiprocesser'],
    ['Etablera tjänst'],
  ])('reads %s as none: no one name is plainly what it rewords', (written) => {
    expect(matcher.find(written, () => true)).toEqual({ kind: 'none' });
  });

  it('reads both when its distinctive words point at two names', () => {
    expect(matcher.find('Katalog för applikationsförvaltning', () => true)).toEqual({
      kind: 'ambiguous',
      entries: [
        { value: 'Införa API-katalog', name: 'Införa API-katalog' },
        {
          value: 'Etablera tjänst för applikationsförvaltning',
          name: 'Etablera tjänst för applikationsförvaltning',
        },
      ],
    });
  });

  it('reads both when it rewords two names about as closely', () => {
    const two = closeMatcher(
      ['Utveckla bevarandeplattform', 'Förvalta bevarandeplattform'].map((name) => ({
        name,
        value: name,
      })),
    );
    expect(two.find('Utveckling bevarandeplattform', () => true)).toEqual({
      kind: 'ambiguous',
      entries: [
        { value: 'Utveckla bevarandeplattform', name: 'Utveckla bevarandeplattform' },
        { value: 'Förvalta bevarandeplattform', name: 'Förvalta bevarandeplattform' },
      ],
    });
  });

  it("reads none by a shared subject alone, without the caller's second piece of evidence", () => {
    expect(matcher.find('Framtida eventuell tjänst -API-katalog', () => false)).toEqual({
      kind: 'none',
    });
  });

  it('reads none when the numbers differ, however close the letters', () => {
    const numbered = closeMatcher([{ name: 'Insats 3 bevarandeplattform', value: 3 }]);
    expect(numbered.find('Insats 4 bevarandeplattform', () => true)).toEqual({ kind: 'none' });
    expect(numbered.find('Insats 3 bevarandeplattformen', () => false)).toMatchObject({
      kind: 'found',
      value: 3,
    });
  });
});

describe('what the document layout must not guess', () => {
  it('takes no status from a title that names both new and ongoing initiatives', () => {
    const result = run([
      sheet('Analys', [
        ...SERVICES,
        [],
        ['Pågående och nya förändringsinsatser'],
        ['Tjänst', 'Benämning ny förändringsinsats', 'Kostnad 2025'],
        ['A', 'Utveckla bevarandeplattform', 2000],
      ]),
    ]);
    expect(cellsOf(result, 'STATUS_FROM_TITLE')).toEqual([]);
    expect(cellsOf(result, 'MISSING_COLUMN')).toEqual(['Analys!A5']);
  });

  it('counts an ongoing initiative only the lists name at each list’s own cost', () => {
    const result = analysis([
      ['4.1 Scenario 1'],
      MEMBERS_HEADER,
      ['Pågående X', 'A', 6000],
      [],
      ['4.2 Scenario 2'],
      MEMBERS_HEADER,
      ['Pågående X', 'A', 7800],
      [],
      ...SUMMARY('1', '1 000', '0', '7 000'),
      [],
      ...SUMMARY('2', '1 000', '0', '8 800'),
    ]);
    expect(result.scenarios.map((s) => [s.id, s.years[0]?.ongoing, s.years[0]?.total])).toEqual([
      ['1', 6000, 7000],
      ['2', 7800, 8800],
    ]);
  });

  it('reports a member that rewords two initiatives as ambiguous, and counts neither', () => {
    const result = run([
      sheet('Analys', [
        ...SERVICES,
        [],
        ['Förslag på nya förändringsinsatser med start 2025'],
        ['Tjänst', 'Benämning ny förändringsinsats', 'Kostnad 2025'],
        ['A', 'Utveckla bevarandeplattform', 2000],
        ['A', 'Förvalta bevarandeplattform', 1000],
        [],
        ['4.1 Scenario 1'],
        MEMBERS_HEADER,
        ['Utveckling bevarandeplattform', 'A', 2000],
      ]),
    ]);
    expect(cellsOf(result, 'NAME_AMBIGUOUS')).toEqual(['Analys!A11']);
    expect(result.warnings.find((w) => w.code === 'NAME_AMBIGUOUS')?.message).toBe(
      'Scenario 1 names “Utveckling bevarandeplattform”, which is not among the initiatives and is as like several of them (“Utveckla bevarandeplattform”, “Förvalta bevarandeplattform”); it is not counted. Write the name as the initiatives table does.',
    );
    expect(cellsOf(result, 'MEMBER_ONLY_INITIATIVE')).toEqual([]);
    expect(result.scenarios[0]?.members).toEqual([]);
  });

  it('passes over a summary row of amounts that names no measure, saying so, and reads the rows after it', () => {
    const [title, years, base, ongoing, impact, total, benefit] = SUMMARY(
      '1',
      '1 000',
      '500',
      '9 999',
    );
    const result = analysis([
      ['4.1 Scenario 1'],
      MEMBERS_HEADER,
      ['Utveckla bevarandeplattform', 'A', 2000],
      [],
      ...[title, years, base, ongoing, impact, ['Totalsumma', '3 500', null], total, benefit].map(
        (row) => row ?? [],
      ),
    ]);
    expect(cellsOf(result, 'UNKNOWN_BLOCK_ROW')).toEqual(['Analys!A18']);
    expect(cellsOf(result, 'STATED_MISMATCH')).toEqual(['Analys!B19']);
    expect(result.scenarios[0]?.statedNetBenefit).toBe(12000);
  });

  it('says once, at the year row, that a summary has no impact row, not once a year', () => {
    const result = analysis([
      ['4.1 Scenario 1'],
      MEMBERS_HEADER,
      ['Utveckla bevarandeplattform', 'A', 2000],
      [],
      ['Summering för scenario 1'],
      ['År', 2025, 2026],
      ['Bas', '1 000', '1 000'],
      ['Summering', '3 500', null],
    ]);
    expect(cellsOf(result, 'MISSING_BLOCK_ROW')).toEqual(['Analys!A14']);
    expect(cellsOf(result, 'MISSING_VALUE')).toEqual([]);
    expect(result.scenarios[0]?.years.map((y) => y.total)).toEqual([null, null]);
  });

  it('says once that a scenario is summarised twice, at the second block, and uses the first', () => {
    const result = analysis([
      ['4.1 Scenario 1'],
      MEMBERS_HEADER,
      ['Utveckla bevarandeplattform', 'A', 2000],
      [],
      ...SUMMARY('1', '1 000', '500', '3 500'),
      [],
      ...SUMMARY('1', '9 000', '500', '11 500'),
    ]);
    expect(cellsOf(result, 'SCENARIO_SUMMARISED_TWICE')).toEqual(['Analys!A21']);
    expect(result.warnings.find((w) => w.code === 'SCENARIO_SUMMARISED_TWICE')?.message).toBe(
      'Scenario 1 is summarised twice (Analys!A13, Analys!A21); the first is used.',
    );
    expect(cellsOf(result, 'DUPLICATE_NAME')).toEqual([]);
    expect(result.scenarios[0]?.years[0]?.total).toBe(3500);
  });

  it('says once that a scenario is summarised by a block and a scenarios table, and uses the table', () => {
    const result = run([
      sheet('Analys', [
        ...SERVICES,
        [],
        ...NEW_INITIATIVES,
        [],
        ['4.1 Scenario 1'],
        MEMBERS_HEADER,
        ['Utveckla bevarandeplattform', 'A', 2000],
        [],
        ...SUMMARY('1', '9 000', '500', '11 500'),
      ]),
      sheet('Scenarier', [
        ['Scenario', 'År', 'Bas', 'Påverkan'],
        ['1', 2025, 1000, 500],
        ['1', 2026, 1000, 0],
      ]),
    ]);
    expect(
      result.warnings
        .filter((w) => w.code === 'SCENARIO_SUMMARISED_TWICE' || w.code === 'DUPLICATE_NAME')
        .map((w) => [w.code, `${w.sheet ?? ''}!${w.cell ?? ''}`, w.message]),
    ).toEqual([
      [
        'SCENARIO_SUMMARISED_TWICE',
        'Analys!A13',
        'Scenario 1 is summarised twice (Scenarier!A2, Analys!A13); the first is used.',
      ],
    ]);
    expect(result.scenarios[0]?.years[0]?.total).toBe(3500);
  });
});
