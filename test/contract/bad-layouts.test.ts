/**
 * The product's contract with its users, part 5: the document's own layout, where headings say what
 * a template says with columns. One sheet holds the services, section 3's new initiatives (no
 * status column; the title says they are new), a member list under a scenario's heading and that
 * scenario's transposed summary. Each case spoils it in one place and asserts every finding shown.
 */
import type { RawCell } from '../../src/engine';
import { toJson } from '../../src/engine';
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
          'The initiatives table has no status column; every initiative is counted as new (proposed), as its title “Förslag på nya förändringsinsatser med start 2025” says.',
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
          message: 'The Scenario members table has no “Scenario” column.',
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
            'Scenario 1: “Utveckling bevarandeplattform” is not among the initiatives and is read as “Utveckla bevarandeplattform”, the only name like it. Write the name as the initiatives table does if that is right.',
        },
      ],
      total: 102100,
    });
  });

  it('a member the list words like two initiatives is counted as neither, and said at its cell', () => {
    const input = document();
    input.Analys.splice(6, 0, ['IT-arbetsplats', 'Förvalta bevarandeplattform', 1000, 0]);
    put(input.Analys, 'A11', 'Utveckling bevarandeplattform');
    expect(found(input)).toEqual({
      found: [
        {
          code: 'NAME_AMBIGUOUS',
          at: 'Analys!A11',
          message:
            'Scenario 1 names “Utveckling bevarandeplattform”, which is not among the initiatives and is as like several of them (“Utveckla bevarandeplattform”, “Förvalta bevarandeplattform”); it is not counted. Write the name as the initiatives table does.',
        },
        {
          code: 'EMPTY_SCENARIO',
          at: 'Analys!A13',
          message: 'Scenario 1 has no initiatives.',
        },
        {
          code: 'STATED_MISMATCH',
          at: 'Analys!B17',
          message:
            'Scenario 1 2025: stated total is 102,100 but computes to 100,100 (difference -2,000).',
        },
      ],
      total: 100100,
    });
  });

  it('an ongoing initiative two lists name is counted at each list’s own cost', () => {
    const input = document();
    put(input.Analys, 'A10', 'Pågående X');
    put(input.Analys, 'C10', 6000);
    input.Analys.push(
      [],
      ['4.2 Scenario 2'],
      [
        'Förändringsinsats, ny och pågående som bygger scenariot',
        'Benämning befintlig/ny bastjänst/digital infrastruktur',
        'Kostnad för förändringsinsatsen',
      ],
      ['Pågående X', 'IT-arbetsplats', 7800],
      [],
      ['Summering för scenario 2'],
      ['År', 2025],
      ['Total förvaltningskostnad (basen)', '100 000 tkr'],
      ['Påverkan på förvaltningskostnaden', '100 tkr'],
      ['Summering', '107 900 tkr'],
    );
    put(input.Analys, 'B16', '106 100 tkr');
    const result = recalculated(input);
    const json = toJson(result, 'en');
    expect(json.scenarios.map((s) => [s.id, s.years[0]?.ongoing, s.years[0]?.total])).toEqual([
      ['1', 6000, 106100],
      ['2', 7800, 107900],
    ]);
    expect(findings(result).filter((f) => f.code === 'MEMBER_ONLY_INITIATIVE')).toEqual([
      {
        code: 'MEMBER_ONLY_INITIATIVE',
        at: 'Analys!A10',
        message:
          'Scenario 1: “Pågående X” is not in the table of new initiatives, so it is counted as ongoing, with 6,000 from the list as its cost for 2025; its cost in later years is unknown.',
      },
      {
        code: 'MEMBER_ONLY_INITIATIVE',
        at: 'Analys!A20',
        message:
          'Scenario 2: “Pågående X” is not in the table of new initiatives, so it is counted as ongoing, with 7,800 from the list as its cost for 2025; its cost in later years is unknown.',
      },
    ]);
    expect(findings(result).filter((f) => f.code === 'STATED_MISMATCH')).toEqual([]);
  });

  it('a title that names both new and ongoing initiatives says no status, and the missing column is refused', () => {
    const input = document();
    put(input.Analys, 'A4', 'Pågående och nya förändringsinsatser');
    expect(findings(recalculated(input)).filter((f) => f.code !== 'MISSING_TABLE')).toEqual([
      {
        code: 'MISSING_COLUMN',
        at: 'Analys!A5',
        message: 'The Initiatives table has no “Status” column.',
      },
    ]);
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
            'Scenario 1: “Upphandling ekonomi” is not in the table of new initiatives, so it is counted as ongoing, with 3,000 from the list as its cost for 2025; its cost in later years is unknown.',
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

  it('a summary row labelled Totalt is its stated total, reconciled at its cell', () => {
    const input = document();
    put(input.Analys, 'A16', 'Totalt');
    put(input.Analys, 'B16', '9 999 tkr');
    expect(found(input)).toEqual({
      found: [
        {
          code: 'STATED_MISMATCH',
          at: 'Analys!B16',
          message:
            'Scenario 1 2025: stated total is 9,999 but computes to 102,100 (difference 92,101).',
        },
      ],
      total: 102100,
    });
  });

  it('a summary row of amounts that names no measure is said at its label, and the rows after it are read', () => {
    const input = document();
    input.Analys.splice(15, 0, ['Övriga kostnader', '50 tkr']);
    put(input.Analys, 'B17', '102 000 tkr');
    expect(found(input)).toEqual({
      found: [
        {
          code: 'UNKNOWN_BLOCK_ROW',
          at: 'Analys!A16',
          message:
            'The row “Övriga kostnader” in the summary holds amounts but names no measure that is read, so its amounts are not counted: the summary reads the base (… (base), Base), ongoing (… ongoing …), proposed (… proposed …), the impact (Impact …), the total (Total) and the net benefit (… net benefit …).',
        },
        {
          code: 'STATED_MISMATCH',
          at: 'Analys!B17',
          message:
            'Scenario 1 2025: stated total is 102,000 but computes to 102,100 (difference 100).',
        },
      ],
      total: 102100,
    });
  });

  it('a summary whose impact row is worded otherwise lacks its impact: said once at the year row, and the total is unknown', () => {
    const input = document();
    put(input.Analys, 'A15', 'Ökad förvaltningskostnad');
    expect(found(input)).toEqual({
      found: [
        {
          code: 'MISSING_BLOCK_ROW',
          at: 'Analys!A13',
          message:
            'The summary of scenario 1 has no row “Impact on running cost …”, so what it adds over the base and its total are unknown for every year.',
        },
        {
          code: 'UNKNOWN_BLOCK_ROW',
          at: 'Analys!A15',
          message:
            'The row “Ökad förvaltningskostnad” in the summary holds amounts but names no measure that is read, so its amounts are not counted: the summary reads the base (… (base), Base), ongoing (… ongoing …), proposed (… proposed …), the impact (Impact …), the total (Total) and the net benefit (… net benefit …).',
        },
      ],
      total: null,
    });
  });

  it('a scenario summarised in two blocks is said once, at the second, and the first is used', () => {
    const input = document();
    input.Analys.push(
      [],
      ['Summering för scenario 1'],
      ['År', 2025],
      ['Total förvaltningskostnad (basen)', '90 000 tkr'],
      ['Påverkan på förvaltningskostnaden', '100 tkr'],
      ['Summering', '92 100 tkr'],
    );
    expect(found(input)).toEqual({
      found: [
        {
          code: 'SCENARIO_SUMMARISED_TWICE',
          at: 'Analys!A18',
          message: 'Scenario 1 is summarised twice (Analys!A12, Analys!A18); the first is used.',
        },
      ],
      total: 102100,
    });
  });

  it('a net benefit written per year (1 500 tkr/år) is not counted, and said at its cell', () => {
    const input = document();
    put(input.Analys, 'D6', '1 500 tkr/år');
    expect(found(input)).toEqual({
      found: [
        {
          code: 'NOT_A_NUMBER',
          at: 'Analys!D6',
          message:
            "“1 500 tkr/år” in column “Beräknad/ potentiell nettonytta” is an amount per year, where a total or one year's amount is expected; write the amount it comes to. The cell is not counted.",
        },
        {
          code: 'MISSING_NET_BENEFIT',
          at: 'Analys!A12',
          message: 'Scenario 1: 1 initiative has no net benefit; the sum counts only the others.',
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
          message: '“100 MSEK” is counted as 100,000 tkr.',
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
