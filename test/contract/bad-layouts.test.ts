/**
 * The product's contract with its users, part 5: the document's own layout, where headings say what
 * a template says with columns. One sheet holds the services, section 3's new initiatives (no
 * status column; the title says they are new), a member list under a scenario's heading and that
 * scenario's transposed summary. Each case spoils it in one place and asserts every finding shown.
 */
import type { RawCell } from '../../src/engine';
import { findings, put, recalculated, scenarioYear } from './build';
import type { Rows } from './build';

/** The clean document: no finding but the infos its layout is worth. */
function document(): { Analys: Rows } {
  const rows: RawCell[][] = [
    ['Tjänst', 'Budget 2024', 'Föreslagen budget 2025', 'Drivare'],
    ['IT-arbetsplats', 1000, 1200, 'Volymer'],
    [],
    ['Förslag på nya förändringsinsatser med start 2025'],
    ['Tjänst', 'Benämning ny förändringsinsats', 'Kostnad 2025', 'Beräknad/ potentiell nettonytta'],
    ['IT-arbetsplats', 'Utveckla bevarandeplattform', 2000, 5000],
    [],
    ['4.1 Scenario 1'],
    [
      'Förändringsinsats, ny och pågående som bygger scenariot',
      'Benämning befintlig/ny bastjänst/digital infrastruktur',
      'Kostnad för förändringsinsatsen',
    ],
    ['Utveckla bevarandeplattform', 'IT-arbetsplats', 2000],
    [],
    ['Summering för scenario 1'],
    ['År', 2025],
    ['Total förvaltningskostnad (basen)', '100 000 tkr'],
    ['Påverkan på förvaltningskostnaden', '100 tkr'],
    ['Summering', '102 100 tkr'],
  ];
  return { Analys: rows };
}

/** The findings of a run, without the infos every document-layout run gives. */
function found(input: { Analys: Rows }) {
  const result = recalculated(input);
  return {
    found: findings(result).filter(
      (f) => !(f.code === 'STATUS_FROM_TITLE' || f.code === 'MISSING_TABLE'),
    ),
    total: scenarioYear(result, 2025).total,
  };
}

describe('the document layout', () => {
  it('the clean document gives its total and says only that section 3 is read as new', () => {
    const result = recalculated(document());
    expect(findings(result).filter((f) => f.code !== 'MISSING_TABLE')).toEqual([
      {
        code: 'STATUS_FROM_TITLE',
        at: 'Analys!A4',
        message:
          'The initiatives table has no status column; every initiative is counted as new (proposed), as its title ”Förslag på nya förändringsinsatser med start 2025” says.',
      },
    ]);
    expect(scenarioYear(result, 2025).total).toBe(102100);
  });

  it('a member list with no scenario heading above it and no scenario column is refused at its header', () => {
    const input = document();
    put(input.Analys, 'A8', 'Insatser');
    expect(found(input)).toEqual({
      found: [
        {
          code: 'MISSING_COLUMN',
          at: 'Analys!A9',
          message: 'The Scenario members table has no ”Scenario” column.',
        },
        {
          code: 'EMPTY_SCENARIO',
          at: 'Analys!A12',
          message: 'Scenario 1 has no initiatives.',
        },
        {
          code: 'STATED_MISMATCH',
          at: 'Analys!B16',
          message:
            'Scenario 1 2025: stated total is 102,100 but computes to 100,100 (difference -2,000).',
        },
      ],
      total: 100100,
    });
  });

  it('a member the list words differently is read as the one initiative it plainly rewords, and said at its cell', () => {
    const input = document();
    put(input.Analys, 'A10', 'Utveckling bevarandeplattform');
    expect(found(input)).toEqual({
      found: [
        {
          code: 'NAME_READ_AS',
          at: 'Analys!A10',
          message:
            'Scenario 1: ”Utveckling bevarandeplattform” is not among the initiatives and is read as ”Utveckla bevarandeplattform”, the only name like it. Write the name as the initiatives table does if that is right.',
        },
      ],
      total: 102100,
    });
  });

  it('a member section 3 does not list is counted as ongoing with its listed cost, and said at its cell', () => {
    const input = document();
    put(input.Analys, 'A10', 'Upphandling ekonomi');
    put(input.Analys, 'C10', 3000);
    expect(found(input)).toEqual({
      found: [
        {
          code: 'STATED_MISMATCH',
          at: 'Analys!B16',
          message:
            'Scenario 1 2025: stated total is 102,100 but computes to 103,100 (difference 1,000).',
        },
        {
          code: 'MEMBER_ONLY_INITIATIVE',
          at: 'Analys!A10',
          message:
            'Scenario 1: ”Upphandling ekonomi” is not in the table of new initiatives, so it is counted as ongoing, with 3,000 from the list as its cost for 2025; its cost in later years is unknown.',
        },
        {
          code: 'MISSING_NET_BENEFIT',
          at: 'Analys!A12',
          message: 'Scenario 1: 1 initiative has no net benefit; the sum counts only the others.',
        },
      ],
      total: 103100,
    });
  });

  it('a summary whose stated total disagrees is reported at the stated cell', () => {
    const input = document();
    put(input.Analys, 'B16', '102 000 tkr');
    expect(found(input)).toEqual({
      found: [
        {
          code: 'STATED_MISMATCH',
          at: 'Analys!B16',
          message:
            'Scenario 1 2025: stated total is 102,000 but computes to 102,100 (difference 100).',
        },
      ],
      total: 102100,
    });
  });

  it('a base written in MSEK in a tkr document is converted exactly, and said at its cell', () => {
    const input = document();
    put(input.Analys, 'B14', '100 MSEK');
    expect(found(input)).toEqual({
      found: [
        {
          code: 'CELL_UNIT_CONVERTED',
          at: 'Analys!B14',
          message: '”100 MSEK” is counted as 100,000 tkr.',
        },
      ],
      total: 102100,
    });
  });

  it('a summary whose title says ”(MSEK)” is read in MSEK: its ”1,0” is 1,000 tkr', () => {
    const input = document();
    put(input.Analys, 'A12', 'Summering för scenario 1 (MSEK)');
    put(input.Analys, 'B14', '100,0');
    put(input.Analys, 'B15', '0,1');
    put(input.Analys, 'B16', '102,1');
    expect(found(input)).toEqual({ found: [], total: 102100 });
  });

  it('the services say ”(MSEK)”, section 3 and the summary say no unit: they are read in MSEK, and it is said once, naming them and where MSEK is stated', () => {
    const input = document();
    put(input.Analys, 'B1', 'Budget 2024 (MSEK)');
    put(input.Analys, 'C1', 'Föreslagen budget 2025 (MSEK)');
    put(input.Analys, 'B2', 1);
    put(input.Analys, 'C2', '1,2');
    put(input.Analys, 'C6', 2);
    put(input.Analys, 'D6', 5);
    put(input.Analys, 'C10', 2);
    put(input.Analys, 'B14', 100);
    put(input.Analys, 'B15', '0,1');
    put(input.Analys, 'B16', '102,1');
    expect(found(input)).toEqual({
      found: [
        {
          code: 'UNIT_ASSUMED',
          at: 'Analys!A5',
          message:
            'Initiatives, Scenario members and the scenario summaries state no unit and are read in MSEK, the unit Services states at Analys!B1. If the amounts are in another unit, write it in a header or in a line above the table.',
        },
      ],
      total: 102.1,
    });
  });

  it('a wrapped line of prose above section 3 that says ”kronor” is no unit: the document stays in tkr', () => {
    const input = document();
    input.Analys.splice(3, 0, ['kronor årligen och skulle då fördelas på förvaltningarna']);
    const result = recalculated(input);
    expect(result.unit).toBe('tkr');
    expect(found(input).found).toEqual([]);
    expect(scenarioYear(result, 2025).total).toBe(102100);
  });
});
