/**
 * The product's contract with its users, part 1: tables and scenarios that go wrong the way real
 * templates do. Each case spoils a clean analysis in one place and asserts every finding the user
 * is shown: its code, its cell and its sentence. docs/bad-input.md lists these in this order.
 */
import { toJson } from '../../src/engine';
import { analysis, put, findings, recalculated, scenarioYear } from './build';

describe('a required table that is missing', () => {
  it.each([
    [
      'Tjänster',
      'The Services table was not found: it needs a header row with “Service” and “Actual YYYY” / “Outcome YYYY” / “Budget YYYY” / “Proposed YYYY” / “Proposal YYYY” / “Forecast YYYY”.',
    ],
    [
      'Insatser',
      'The Initiatives table was not found: it needs a header row with “Initiative” and “Status” / “Cost YYYY” / “YYYY”.',
    ],
    [
      'Scenarier',
      'The Scenarios table was not found: it needs a header row with “Scenario” and “Year”.',
    ],
  ] as const)(
    'the sheet %s left out is reported once, without a cell, naming the headers it needs',
    (sheet, message) => {
      const rest = Object.fromEntries(
        Object.entries(analysis()).filter(([name]) => name !== sheet),
      );
      const found = findings(recalculated(rest)).filter((f) => f.code === 'MISSING_TABLE');
      expect(found).toEqual([{ code: 'MISSING_TABLE', at: null, message }]);
    },
  );
});

describe('headers', () => {
  it('a near-miss header word (”Budegt 2024”) is reported at its cell with the word it almost is; the column is not read', () => {
    const input = analysis();
    put(input.Tjänster, 'C1', 'Budegt 2024');
    expect(findings(recalculated(input))).toEqual([
      {
        code: 'MISSING_COLUMN',
        at: 'Tjänster!A1',
        message: 'The Services table has no “Budget 2024” column.',
      },
      {
        code: 'HEADER_NEAR_MISS',
        at: 'Tjänster!C1',
        message:
          'The header “Budegt 2024” in Services is not a known column and is not read; did you mean “Budget 2024”?',
      },
    ]);
  });

  it('a year column written twice is read once, and the repeat is reported at its header cell', () => {
    const input = analysis();
    input.Tjänster = input.Tjänster.map((row, i) => [
      ...row.slice(0, 3),
      i === 0 ? 'Budget 2024' : 9999,
      ...row.slice(3),
    ]);
    const result = recalculated(input);
    expect(findings(result, 'sv')).toEqual([
      {
        code: 'DUPLICATE_COLUMN',
        at: 'Tjänster!D1',
        message: 'Kolumnen ”Budget 2024” i Tjänster upprepar en tidigare kolumn och läses inte.',
      },
    ]);
    expect(toJson(result, 'en').drivers?.services.map((s) => s.previous)).toEqual([1000, 500]);
  });
});

describe('columns the engine cannot give a meaning', () => {
  it('a cost column with no year anywhere above it is reported at its header cell with what to write; the table without a cost column is an error', () => {
    const input = analysis();
    put(input.Insatser, 'C1', 'Kostnad');
    put(input.Insatser, 'D1', 'Kostnad');
    const result = recalculated(input);
    expect(findings(result)).toEqual([
      {
        code: 'NO_COST_COLUMN',
        at: 'Insatser!A1',
        message:
          "No cost column could be read in Initiatives, so the scenarios' costs of ongoing and proposed initiatives are unknown for every year: write the costs under headers with a year (Cost 2025), or the year in the row above.",
      },
      {
        code: 'COLUMN_WITHOUT_YEAR',
        at: 'Insatser!C1',
        message:
          'The column “Kostnad” in Initiatives has no year and is not read: write the year in the header (Kostnad 2025) or in the row above it.',
      },
      {
        code: 'COLUMN_WITHOUT_YEAR',
        at: 'Insatser!D1',
        message:
          'The column “Kostnad” in Initiatives has no year and is not read: write the year in the header (Kostnad 2025) or in the row above it.',
      },
    ]);
    expect(findings(result, 'sv').find((f) => f.code === 'COLUMN_WITHOUT_YEAR')?.message).toBe(
      'Kolumnen ”Kostnad” i Förändringsinsatser har inget år och läses inte: skriv året i rubriken (Kostnad 2025) eller på raden ovanför.',
    );
    // The years the costs would have fed are unknown, never 0.
    expect(scenarioYear(result, 2025)).toMatchObject({
      ongoing: null,
      proposed: null,
      total: null,
    });
  });

  it('an initiatives table found by its status column but with no cost column is an error at its header', () => {
    const input = analysis();
    input.Insatser = input.Insatser.map((row) => [row[0] ?? null, row[1] ?? null, row[4] ?? null]);
    expect(findings(recalculated(input))).toEqual([
      {
        code: 'NO_COST_COLUMN',
        at: 'Insatser!A1',
        message:
          "No cost column could be read in Initiatives, so the scenarios' costs of ongoing and proposed initiatives are unknown for every year: write the costs under headers with a year (Cost 2025), or the year in the row above.",
      },
    ]);
    expect(scenarioYear(recalculated(input), 2026)).toMatchObject({
      ongoing: null,
      proposed: null,
      total: null,
    });
    expect(findings(recalculated(input), 'sv')[0]?.message).toBe(
      'Ingen kostnadskolumn kunde läsas i Förändringsinsatser, så scenariernas kostnader för pågående och föreslagna insatser är okända för varje år: skriv kostnaderna under rubriker med år (Kostnad 2025), eller året på raden ovanför.',
    );
  });

  it('a year on the row above the cost columns gives them their years: no finding, the figures as with the year in the header', () => {
    const input = analysis();
    const years = [null, null, 2025, 2026, null];
    input.Insatser = [
      years,
      ['Förändringsinsats', 'Status', 'Kostnad', 'Kostnad', 'Nettonytta'],
      ...input.Insatser.slice(1),
    ];
    const result = recalculated(input);
    expect(findings(result)).toEqual([]);
    expect(scenarioYear(result, 2025)).toEqual(scenarioYear(recalculated(analysis()), 2025));
  });

  it('a column of amounts under a header that names no column is reported at its header cell; its amounts are not counted', () => {
    const input = analysis();
    input.Tjänster = input.Tjänster.map((row, i) => [...row, i === 0 ? 'Övrigt' : 250 * i]);
    expect(findings(recalculated(input))).toEqual([
      {
        code: 'UNREAD_AMOUNTS',
        at: 'Tjänster!F1',
        message:
          'The column “Övrigt” in Services holds amounts that are not counted, as its header is no known column: write a header the table reads (for example “Budget 2025”), or move the column out of the table.',
      },
    ]);
  });

  it('a header that holds one column’s word (”Uppskattad nettonytta över 6 år”) is read as that column and said so', () => {
    const input = analysis();
    put(input.Insatser, 'E1', 'Uppskattad nettonytta över 6 år');
    const result = recalculated(input);
    expect(findings(result)).toEqual([
      {
        code: 'HEADER_READ_AS',
        at: 'Insatser!E1',
        message:
          'The header “Uppskattad nettonytta över 6 år” in Initiatives is read as the column “Nettonytta”.',
      },
    ]);
    expect(toJson(result, 'en').scenarios[0]?.netBenefit).toBe(8000);
  });

  it('a header that holds the words of two columns is not read, and reported at its cell', () => {
    const input = analysis();
    put(input.Insatser, 'E1', 'Beräknad kostnad och nettonytta 2025');
    const result = recalculated(input);
    expect(findings(result)).toEqual([
      {
        code: 'HEADER_AMBIGUOUS',
        at: 'Insatser!E1',
        message:
          'The header “Beräknad kostnad och nettonytta 2025” in Initiatives names both “Kostnad” and “Nettonytta” and is not read: begin the header with the column it is (for example “Kostnad”).',
      },
      {
        code: 'MISSING_NET_BENEFIT',
        at: 'Scenarier!A2',
        message: 'Scenario 1: 2 initiatives have no net benefit; the sum counts only the others.',
      },
    ]);
  });
});

describe('where a table ends', () => {
  it('rows under a one-cell title after a blank row, shaped like the table, are read as its rows and said at the title', () => {
    const input = analysis();
    input.Insatser.push([], ['Övrigt'], ['Z', 'Ny', 9999, 0, 0]);
    input.Scenarioinsatser.push([1, 'Z']);
    const result = recalculated(input);
    expect(findings(result)).toEqual([
      {
        code: 'TABLE_READ_ON',
        at: 'Insatser!A5',
        message:
          'The rows under “Övrigt” are read as part of Initiatives; give them a header row of their own if they do not belong to it.',
      },
    ]);
    expect(scenarioYear(result, 2025).proposed).toBe(2000 + 9999);
  });
});

describe('amounts', () => {
  it('a negative cost is a saving: summed as written, with no finding', () => {
    const input = analysis();
    put(input.Insatser, 'C2', '−2 000');
    const result = recalculated(input);
    expect(findings(result)).toEqual([]);
    expect(scenarioYear(result, 2025).proposed).toBe(-2000);
  });

  it('a column in another unit than its table (kr among tkr) is converted from its own unit and reported at its header', () => {
    const input = analysis();
    put(input.Tjänster, 'C1', 'Budget 2024 (tkr)');
    put(input.Tjänster, 'D1', 'Föreslagen budget 2025 (tkr)');
    put(input.Insatser, 'C1', 'Kostnad 2025 (kr)');
    put(input.Insatser, 'D1', 'Kostnad 2026 (tkr)');
    put(input.Insatser, 'E1', 'Nettonytta (tkr)');
    put(input.Insatser, 'C2', 2_000_000);
    put(input.Insatser, 'C3', 1_500_000);
    const result = recalculated(input);
    expect(findings(result)).toEqual([
      {
        code: 'UNIT_MISMATCH',
        at: 'Insatser!C1',
        message:
          "The column “Kostnad 2025 (kr)” in Initiatives is in kr, the rest of its table in tkr; its amounts are read in kr and converted to tkr. If the header's unit is wrong, correct it.",
      },
    ]);
    expect(scenarioYear(result, 2025)).toMatchObject({ ongoing: 1500, proposed: 2000 });
  });

  it('tables in different units (services in MSEK, the rest in tkr) are converted, and it is said once', () => {
    const input = analysis();
    put(input.Tjänster, 'C1', 'Budget 2024 (MSEK)');
    put(input.Tjänster, 'D1', 'Föreslagen budget 2025 (MSEK)');
    put(input.Tjänster, 'C2', '1,0');
    put(input.Tjänster, 'D2', '1,2');
    put(input.Tjänster, 'C3', 0.5);
    put(input.Tjänster, 'D3', 0.6);
    input.Insatser.unshift(['Belopp i tkr']);
    const result = recalculated(input);
    expect(findings(result)).toEqual([
      {
        code: 'UNITS_DIFFER',
        at: 'Tjänster!C1',
        message:
          'The tables are in different units (Services in MSEK, Initiatives in tkr; Scenarios states no unit and is read in tkr); every amount is converted to tkr.',
      },
    ]);
    expect(toJson(result, 'en').drivers?.services.map((s) => [s.previous, s.proposed])).toEqual([
      [1000, 1200],
      [500, 600],
    ]);
  });

  it('a table that states no unit beside tables in MSEK is read in MSEK, and it is said once where MSEK is stated', () => {
    const input = analysis();
    put(input.Insatser, 'C1', 'Kostnad 2025 (MSEK)');
    put(input.Insatser, 'D1', 'Kostnad 2026 (MSEK)');
    put(input.Insatser, 'C2', 2);
    put(input.Insatser, 'D2', 1);
    put(input.Insatser, 'C3', '1,5');
    put(input.Insatser, 'D3', '0,5');
    put(input.Scenarier, 'C1', 'Bas (MSEK)');
    put(input.Scenarier, 'D1', 'Påverkan (MSEK)');
    put(input.Scenarier, 'C2', 100);
    put(input.Scenarier, 'D2', '0,1');
    put(input.Scenarier, 'C3', 101);
    put(input.Scenarier, 'D3', '0,2');
    put(input.Tjänster, 'C2', 1);
    put(input.Tjänster, 'D2', '1,2');
    put(input.Tjänster, 'C3', '0,5');
    put(input.Tjänster, 'D3', '0,6');
    const result = recalculated(input);
    expect(findings(result)).toEqual([
      {
        code: 'UNIT_ASSUMED',
        at: 'Tjänster!A1',
        message:
          'Services states no unit and is read in MSEK, the unit Initiatives states at Insatser!C1. If the amounts are in another unit, write it in a header or in a line above the table.',
      },
    ]);
    expect(result.unit).toBe('MSEK');
    expect(scenarioYear(result, 2025).total).toBe(103.6);
  });

  it('a unit saved in the settings that is none of tkr, MSEK, kr (an earlier version allowed any) is reported; the tables’ unit is shown', () => {
    const result = recalculated(analysis(), { unit: 'EUR' });
    expect(findings(result)).toEqual([
      {
        code: 'UNKNOWN_UNIT_CHOICE',
        at: null,
        message:
          "The unit “EUR” in the settings is none of tkr, MSEK and kr; amounts are shown in tkr, the tables' unit. Choose one of the three.",
      },
    ]);
    expect(result.unit).toBe('tkr');
    expect(scenarioYear(result, 2025).total).toBe(103_600);
  });

  it('a total row inside the table is passed over and reported at its name', () => {
    const input = analysis();
    input.Insatser.splice(2, 0, ['Summa', null, 3500, 1500, 8000]);
    const result = recalculated(input);
    expect(findings(result)).toEqual([
      {
        code: 'TOTAL_ROW_SKIPPED',
        at: 'Insatser!A3',
        message: 'The row “Summa” in Initiatives looks like a total row and is not counted.',
      },
    ]);
    expect(scenarioYear(result, 2025)).toMatchObject({ ongoing: 1500, proposed: 2000 });
  });
});

describe('scenarios and their members', () => {
  it('an initiative listed twice in a scenario is counted once and reported at the repeat', () => {
    const input = analysis();
    input.Scenarioinsatser.push([1, 'ny e-tjänst']);
    const result = recalculated(input);
    expect(findings(result)).toEqual([
      {
        code: 'DUPLICATE_MEMBER',
        at: 'Scenarioinsatser!B4',
        message: '“Ny e-tjänst” is listed twice in scenario 1; it is counted once.',
      },
    ]);
    expect(scenarioYear(result, 2025).proposed).toBe(2000);
  });

  it('an initiative both ongoing and proposed (two rows) counts by its first row; the second is reported', () => {
    const input = analysis();
    input.Insatser.push(['Ny e-tjänst', 'Pågående', 2000, 1000, 5000]);
    const result = recalculated(input);
    expect(findings(result, 'sv')).toEqual([
      {
        code: 'DUPLICATE_NAME',
        at: 'Insatser!A4',
        message:
          '”Ny e-tjänst” står två gånger i Förändringsinsatser; raden i Insatser!A2 används och denna räknas inte.',
      },
    ]);
    expect(scenarioYear(result, 2025)).toMatchObject({ ongoing: 1500, proposed: 2000 });
  });

  it('a scenario without members is reported at its id', () => {
    const input = analysis();
    input.Scenarier.push([2, 2025, 100000, 0]);
    expect(findings(recalculated(input))).toEqual([
      { code: 'EMPTY_SCENARIO', at: 'Scenarier!A4', message: 'Scenario 2 has no initiatives.' },
    ]);
  });

  it('a base missing for the first year leaves that total unknown, reported at the base cell', () => {
    const input = analysis();
    put(input.Scenarier, 'C2', null);
    const result = recalculated(input);
    expect(findings(result)).toEqual([
      {
        code: 'MISSING_VALUE',
        at: 'Scenarier!C2',
        message: 'No value in column “Bas” (Scenarios); the row or total cannot be computed.',
      },
    ]);
    expect(scenarioYear(result, 2025)).toMatchObject({ base: null, total: null });
    expect(scenarioYear(result, 2026).total).toBe(101000 + 500 + 1000 + 200);
  });

  it('a member that does not exist is reported at its cell with the closest names', () => {
    const input = analysis();
    input.Scenarioinsatser.push([1, 'Ny e-tjanst 2']);
    expect(findings(recalculated(input))).toEqual([
      {
        code: 'UNKNOWN_INITIATIVE',
        at: 'Scenarioinsatser!B4',
        message:
          'Scenario 1 names “Ny e-tjanst 2”, which is not among the initiatives; it is not counted. Did you mean “Ny e-tjänst”?',
      },
    ]);
  });

  it('two initiatives of one name with different ids are two; a member naming them by name is ambiguous, reported at its cell, and counts neither; by id it counts', () => {
    const input = analysis();
    input.Insatser = [
      ['Förändringsinsats', 'Id', 'Status', 'Kostnad 2025', 'Kostnad 2026', 'Nettonytta'],
      ['Ny e-tjänst', 'I1', 'Ny', 2000, 1000, 5000],
      ['Upphandling ekonomi', 'I2', 'Pågående', 1500, 500, 3000],
      ['Ny e-tjänst', 'I3', 'Ny', 700, 300, 100],
    ];
    input.Scenarioinsatser.push([1, 'I3']);
    const result = recalculated(input);
    expect(findings(result)).toEqual([
      {
        code: 'AMBIGUOUS_INITIATIVE',
        at: 'Scenarioinsatser!B2',
        message:
          "Scenario 1 names “Ny e-tjänst”, but 2 initiatives have that name (I1 at Insatser!A2, I3 at Insatser!A4); it is not counted. Write the initiative's id instead of its name.",
      },
    ]);
    expect(findings(result, 'sv')[0]?.message).toBe(
      'Scenario 1 nämner ”Ny e-tjänst”, men 2 förändringsinsatser heter så (I1 på Insatser!A2, I3 på Insatser!A4); den räknas inte. Skriv insatsens id i stället för namnet.',
    );
    expect(scenarioYear(result, 2025)).toMatchObject({ ongoing: 1500, proposed: 700 });
  });

  it('a scenario year the initiatives have no cost column for leaves its sums unknown, never 0, said once at the first member', () => {
    const input = analysis();
    input.Insatser = input.Insatser.map((row) => [...row.slice(0, 3), ...row.slice(4)]);
    const result = recalculated(input);
    expect(findings(result)).toEqual([
      {
        code: 'UNKNOWN_MEMBER_COST',
        at: 'Scenarioinsatser!B2',
        message:
          'Scenario 1 2026: the cost of 2 members is not stated for 2026, so the sum of ongoing and proposed initiatives, what the scenario adds over the base and its total are unknown.',
      },
    ]);
    expect(scenarioYear(result, 2025)).toMatchObject({ ongoing: 1500, proposed: 2000 });
    expect(scenarioYear(result, 2026)).toMatchObject({
      base: 101000,
      ongoing: null,
      proposed: null,
      overBase: null,
      total: null,
    });
  });
});

describe('names', () => {
  it('aliases that point at each other or at themselves never loop: a name always wins over an alias', () => {
    const input = analysis();
    put(input.Tjänster, 'B2', 'IT-arbetsplats; Nätverk');
    put(input.Tjänster, 'B3', 'IT-arbetsplats');
    put(input.Tjänster, 'E3', 'Utveckling tjänst');
    const result = recalculated({
      ...input,
      Utveckling: [
        ['Tjänst', 'Utvecklingsinsats', 'Kostnad 2025'],
        ['Nätverk', 'Nytt wifi', 40],
        ['IT-arbetsplats', 'Ny klient', 30],
      ],
    });
    expect(findings(result)).toEqual([
      {
        code: 'DRIVER_TAG_MISSING',
        at: 'Tjänster!E2',
        message:
          "30 of development was moved into “IT-arbetsplats”, but the service's drivers lack “Service development”.",
      },
    ]);
    const allocations = toJson(result, 'en').drivers?.services.map((s) => [
      s.service,
      s.allocation,
    ]);
    expect(allocations).toEqual([
      ['IT-arbetsplats', { 'Utveckling tjänst': 30, Volymer: 170 }],
      ['Nätverk', { 'Utveckling tjänst': 100 }],
    ]);
  });

  it('a service name written twice is read once; the repeat is reported with the row that is used', () => {
    const input = analysis();
    input.Tjänster.push(['IT-arbetsplats', null, 10, 20, 'Volymer']);
    expect(findings(recalculated(input))).toEqual([
      {
        code: 'DUPLICATE_NAME',
        at: 'Tjänster!A4',
        message:
          '“IT-arbetsplats” appears twice in Services; the row at Tjänster!A2 is used and this one is not counted.',
      },
    ]);
  });

  it('a second services table of the same kind is reported at its header; the first one is used', () => {
    const input = analysis();
    const result = recalculated({ ...input, 'Tjänster (kopia)': input.Tjänster });
    expect(findings(result)).toEqual([
      {
        code: 'DUPLICATE_TABLE',
        at: 'Tjänster (kopia)!A1',
        message: 'Another Services table was found here; the one at Tjänster!A1 is used.',
      },
    ]);
  });

  it('a name of 32 767 characters (Excel’s most) that matches nothing is reported whole', () => {
    const input = analysis();
    const long = 'Insats '.repeat(4681).slice(0, 32_767);
    input.Scenarioinsatser.push([1, long]);
    const [finding] = findings(recalculated(input));
    expect(finding?.code).toBe('UNKNOWN_INITIATIVE');
    expect(finding?.at).toBe('Scenarioinsatser!B4');
    expect(finding?.message).toBe(
      `Scenario 1 names “${long.trim()}”, which is not among the initiatives; it is not counted.`,
    );
  });
});
