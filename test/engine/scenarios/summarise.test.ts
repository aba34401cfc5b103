/**
 * Scenario summaries: membership, status, base and impact, and what does not reconcile.
 */
import { cellsOf, INITIATIVES_HEADER, run, SCENARIOS_HEADER, sheet } from '../fixtures/grids';
import type { Row } from '../fixtures/grids';

const SERVICES = sheet('Tjänster', [
  ['Tjänst', 'Budget 2024', 'Föreslagen budget 2025', 'Drivare'],
  ['A', 1, 1, 'Volymer'],
]);

function workbook(
  initiatives: readonly Row[],
  scenarios: readonly Row[],
  members?: readonly Row[],
) {
  const grids = [
    SERVICES,
    sheet('Insatser', [INITIATIVES_HEADER, ...initiatives]),
    sheet('Scenarier', [SCENARIOS_HEADER, ...scenarios]),
  ];
  if (members !== undefined)
    grids.push(
      sheet('Medlemmar', [['Scenario', 'Förändringsinsats', 'Angiven kostnad'], ...members]),
    );
  return run(grids);
}

describe('scenario summaries', () => {
  it('takes membership from the initiatives’ scenario column when there is no members table', () => {
    const result = run([
      SERVICES,
      sheet('Insatser', [
        ['Förändringsinsats', 'Status', 'Kostnad 2025', 'Nettonytta', 'Scenarier'],
        ['X', 'Ny', 10, 5, '1, 2'],
        ['Y', 'Pågående', 20, null, '2'],
      ]),
      sheet('Scenarier', [SCENARIOS_HEADER, ['1', 2025, 100, 1], ['2', 2025, 100, 2]]),
    ]);
    expect(
      result.scenarios.map((s) => [
        s.id,
        s.members,
        s.years[0]?.total,
        s.netBenefit,
        s.membersWithoutNetBenefit,
      ]),
    ).toEqual([
      ['1', ['X'], 111, 5, 0],
      ['2', ['X', 'Y'], 132, 5, 1],
    ]);
  });

  it('prefers the members table over the initiatives’ scenario column', () => {
    const result = run([
      SERVICES,
      sheet('Insatser', [
        ['Förändringsinsats', 'Status', 'Kostnad 2025', 'Scenarier'],
        ['X', 'Ny', 10, '1'],
        ['Y', 'Ny', 20, '1'],
      ]),
      sheet('Scenarier', [SCENARIOS_HEADER, ['1', 2025, 100, 0]]),
      sheet('Medlemmar', [
        ['Scenario', 'Förändringsinsats'],
        ['1', 'Y'],
      ]),
    ]);
    expect(result.scenarios[0]?.members).toEqual(['Y']);
    expect(result.scenarios[0]?.years[0]?.total).toBe(120);
  });

  it('counts an unrecognised status as proposed, and reports it', () => {
    const result = workbook([['X', 'Kanske', 10, null, null]], [['1', 2025, 0, 0]], [['1', 'X']]);
    expect(result.scenarios[0]?.years[0]).toMatchObject({ ongoing: 0, proposed: 10 });
    expect(cellsOf(result, 'UNKNOWN_STATUS')).toEqual(['Insatser!B2']);
  });

  it('accepts English statuses', () => {
    const result = workbook(
      [
        ['X', 'Ongoing', 10, null, null],
        ['Y', 'Proposed', 1, null, null],
      ],
      [['1', 2025, 0, 0]],
      [
        ['1', 'X'],
        ['1', 'Y'],
      ],
    );
    expect(result.scenarios[0]?.years[0]).toMatchObject({ ongoing: 10, proposed: 1 });
  });

  it('reports a member that is not an initiative, naming the closest one', () => {
    const result = workbook(
      [['Införa API-katalog', 'Ny', 10, null, null]],
      [['1', 2025, 0, 0]],
      [['1', 'Införa API katalog']],
    );
    expect(result.warnings.find((w) => w.code === 'UNKNOWN_INITIATIVE')).toMatchObject({
      severity: 'error',
      sheet: 'Medlemmar',
      cell: 'B2',
      message:
        'Scenario 1 names “Införa API katalog”, which is not among the initiatives; it is not counted. Did you mean “Införa API-katalog”?',
    });
    expect(result.scenarios[0]?.years[0]?.proposed).toBe(0);
  });

  it('reports a member of a scenario the scenarios table does not have', () => {
    const result = workbook([['X', 'Ny', 10, null, null]], [['1', 2025, 0, 0]], [['9', 'X']]);
    expect(cellsOf(result, 'UNKNOWN_SCENARIO')).toEqual(['Medlemmar!A2']);
  });

  it('counts an initiative listed twice in a scenario once', () => {
    const result = workbook(
      [['X', 'Ny', 10, null, null]],
      [['1', 2025, 0, 0]],
      [
        ['1', 'X'],
        ['1', 'x '],
      ],
    );
    expect(result.scenarios[0]?.years[0]?.proposed).toBe(10);
    expect(cellsOf(result, 'DUPLICATE_MEMBER')).toEqual(['Medlemmar!B3']);
  });

  it('compares a listed cost with the initiative’s cost in the first year, within the tolerance', () => {
    const result = workbook(
      [
        ['X', 'Ny', 10, 99, null],
        ['Y', 'Ny', 10, null, null],
      ],
      [
        ['1', 2025, 0, 0],
        ['1', 2026, 0, 0],
      ],
      [
        ['1', 'X', 10.4],
        ['1', 'Y', 11],
      ],
    );
    expect(cellsOf(result, 'LISTED_COST_MISMATCH')).toEqual(['Medlemmar!C3']);
    expect(result.scenarios[0]?.years.map((y) => y.proposed)).toEqual([20, 99]);
  });

  it('leaves the total unknown where the base is unknown, and where the impact is missing', () => {
    const result = workbook(
      [['X', 'Ny', 10, null, null]],
      [
        ['1', 2025, 'Ej känt', 1],
        ['1', 2026, 100, null],
      ],
      [['1', 'X']],
    );
    expect(result.scenarios[0]?.years.map((y) => y.total)).toEqual([null, null]);
    // The first year's base is where the analysis starts: even a deliberate `Ej känt` is said.
    expect(cellsOf(result, 'MISSING_VALUE')).toEqual(['Scenarier!C2', 'Scenarier!D3']);
  });

  it('reports a scenario without members', () => {
    const result = workbook(
      [['X', 'Ny', 10, null, null]],
      [
        ['1', 2025, 0, 0],
        ['2', 2025, 0, 0],
      ],
      [['1', 'X']],
    );
    expect(cellsOf(result, 'EMPTY_SCENARIO')).toEqual(['Scenarier!A3']);
  });

  it('reports an unreadable base at its cell, and treats it as unknown, never as 0', () => {
    const result = workbook(
      [['X', 'Ny', 10, null, null]],
      [
        ['1', 2025, '#REF!', 0],
        ['1', 2026, 'tio', 0],
      ],
      [['1', 'X']],
    );
    expect(result.scenarios[0]?.years.map((y) => y.total)).toEqual([null, null]);
    expect(cellsOf(result, 'EXCEL_ERROR_VALUE')).toEqual(['Scenarier!C2']);
    expect(cellsOf(result, 'NOT_A_NUMBER')).toEqual(['Scenarier!C3']);
  });

  it('reports the same scenario and year twice and uses the first row', () => {
    const result = workbook(
      [['X', 'Ny', 10, null, null]],
      [
        ['1', 2025, 100, 0],
        ['1', 2025, 999, 0],
      ],
      [['1', 'X']],
    );
    expect(result.scenarios[0]?.years[0]?.total).toBe(110);
    expect(cellsOf(result, 'DUPLICATE_NAME')).toEqual(['Scenarier!A3']);
  });

  it('takes its years from the initiatives when there is no scenarios table', () => {
    const result = run([
      SERVICES,
      sheet('Insatser', [
        ['Förändringsinsats', 'Status', 'Kostnad 2026', 'Kostnad 2025', 'Scenarier'],
        ['X', 'Ny', 1, 2, 'A'],
      ]),
    ]);
    expect(result.years).toEqual([2025, 2026]);
    expect(result.scenarios.map((s) => [s.id, s.years.map((y) => [y.proposed, y.total])])).toEqual([
      [
        'A',
        [
          [2, null],
          [1, null],
        ],
      ],
    ]);
    expect(result.warnings.find((w) => w.code === 'MISSING_TABLE')).toMatchObject({
      severity: 'error',
      sheet: null,
      cell: null,
    });
  });

  it('keeps every member of a scenario named only in the initiatives’ scenario column', () => {
    const result = run([
      SERVICES,
      sheet('Insatser', [
        ['Förändringsinsats', 'Status', 'Kostnad 2025', 'Scenarier'],
        ['X', 'Ny', 10, '1'],
        ['Y', 'Ny', 20, '1'],
        ['Z', 'Ny', 40, '1'],
      ]),
    ]);
    expect(result.scenarios.map((s) => [s.id, s.members, s.years[0]?.proposed])).toEqual([
      ['1', ['X', 'Y', 'Z'], 70],
    ]);
  });

  it('counts a repeated initiative name once, the first row', () => {
    const result = run([
      SERVICES,
      sheet('Insatser', [
        ['Förändringsinsats', 'Status', 'Kostnad 2025', 'Scenarier'],
        ['X', 'Ny', 10, '1'],
        ['X', 'Ny', 1000, '1'],
      ]),
      sheet('Scenarier', [SCENARIOS_HEADER, ['1', 2025, 100, 0]]),
    ]);
    expect(result.scenarios[0]?.years[0]?.proposed).toBe(10);
    expect(cellsOf(result, 'DUPLICATE_NAME')).toEqual(['Insatser!A3']);
  });

  it('with a tolerance of 0, calls equal figures equal', () => {
    const result = run(
      [
        SERVICES,
        sheet('Insatser', [INITIATIVES_HEADER, ['X', 'Ny', 10, null, null]]),
        sheet('Scenarier', [
          [...SCENARIOS_HEADER, 'Angiven summering'],
          ['1', 2025, 100, 20, 130],
          ['2', 2025, 100, 20, 131],
        ]),
        sheet('Medlemmar', [
          ['Scenario', 'Förändringsinsats'],
          ['1', 'X'],
          ['2', 'X'],
        ]),
      ],
      0,
    );
    expect(cellsOf(result, 'STATED_MISMATCH')).toEqual(['Scenarier!E3']);
  });

  it('skips a total row instead of counting it twice', () => {
    const result = workbook(
      [
        ['X', 'Ny', 10, null, null],
        ['Summa', null, 10, null, null],
      ],
      [['1', 2025, 0, 0]],
      [['1', 'X']],
    );
    expect(cellsOf(result, 'TOTAL_ROW_SKIPPED')).toEqual(['Insatser!A3']);
    expect(result.scenarios[0]?.years[0]?.proposed).toBe(10);
  });

  it('gives what a scenario adds over the base as a figure of its own, known where the base is not', () => {
    const result = workbook(
      [
        ['X', 'Ny', 10, 20, null],
        ['Y', 'Pågående', 1, 2, null],
      ],
      [
        ['1', 2025, 100, 5],
        ['1', 2026, 'Ej känt', 0],
      ],
      [
        ['1', 'X'],
        ['1', 'Y'],
      ],
    );
    expect(result.scenarios[0]?.years.map((y) => [y.overBase, y.total])).toEqual([
      [16, 116],
      [22, null],
    ]);
  });

  it('leaves ongoing, proposed, over base and total unknown for a year the members’ rows have no cost column for, and says so once at the first member', () => {
    const result = run([
      SERVICES,
      sheet('Insatser', [
        ['Förändringsinsats', 'Status', 'Kostnad 2025'],
        ['X', 'Ny', 10],
        ['Y', 'Pågående', 1],
      ]),
      sheet('Scenarier', [
        [...SCENARIOS_HEADER, 'Angiven föreslagna'],
        ['1', 2025, 100, 0, 10],
        ['1', 2026, 100, 0, 999],
      ]),
      sheet('Medlemmar', [
        ['Scenario', 'Förändringsinsats'],
        ['1', 'X'],
        ['1', 'Y'],
      ]),
    ]);
    expect(result.scenarios[0]?.years).toMatchObject([
      { year: 2025, ongoing: 1, proposed: 10, overBase: 11, total: 111 },
      { year: 2026, ongoing: null, proposed: null, overBase: null, total: null },
    ]);
    // An unknown sum is not compared with the stated 999.
    expect(cellsOf(result, 'STATED_MISMATCH')).toEqual([]);
    expect(result.warnings.filter((w) => w.code === 'UNKNOWN_MEMBER_COST')).toEqual([
      {
        severity: 'warning',
        code: 'UNKNOWN_MEMBER_COST',
        title: 'A cost is missing for the year',
        message:
          'Scenario 1 2026: the cost of 2 members is not stated for 2026, so the sum of ongoing and proposed initiatives, what the scenario adds over the base and its total are unknown.',
        sheet: 'Medlemmar',
        cell: 'B2',
      },
    ]);
  });

  it('leaves only the sum of the status whose member lacks a year unknown', () => {
    const result = run([
      SERVICES,
      sheet('Insatser', [
        ['Förändringsinsats', 'Status', 'Kostnad 2025', 'Scenarier'],
        ['X', 'Ny', 10, '1'],
      ]),
      sheet('Scenarier', [SCENARIOS_HEADER, ['1', 2025, 100, 0], ['1', 2026, 100, 0]]),
    ]);
    expect(result.scenarios[0]?.years[1]).toMatchObject({
      ongoing: 0,
      proposed: null,
      total: null,
    });
    expect(
      result.warnings
        .filter((w) => w.code === 'UNKNOWN_MEMBER_COST')
        .map((w) => [`${w.sheet ?? ''}!${w.cell ?? ''}`, w.message]),
    ).toEqual([
      [
        'Insatser!D2',
        'Scenario 1 2026: the cost of 1 member is not stated for 2026, so the sum of proposed initiatives, what the scenario adds over the base and its total are unknown.',
      ],
    ]);
  });

  it('counts a blank cell in a cost column that exists as nothing, not as unknown', () => {
    const result = workbook(
      [['X', 'Ny', 10, null, null]],
      [
        ['1', 2025, 100, 0],
        ['1', 2026, 100, 0],
      ],
      [['1', 'X']],
    );
    expect(result.scenarios[0]?.years.map((y) => [y.proposed, y.total])).toEqual([
      [10, 110],
      [0, 100],
    ]);
    expect(cellsOf(result, 'UNKNOWN_MEMBER_COST')).toEqual([]);
  });

  it('counts two initiatives of the same name with different ids as two, each where its own row says', () => {
    const result = run([
      SERVICES,
      sheet('Insatser', [
        ['Förändringsinsats', 'Id', 'Status', 'Kostnad 2025', 'Scenarier'],
        ['Drift', 'I6', 'Ny', 10, '1'],
        ['Drift', 'I7', 'Pågående', 1000, '1, 2'],
      ]),
      sheet('Scenarier', [SCENARIOS_HEADER, ['1', 2025, 100, 0], ['2', 2025, 100, 0]]),
    ]);
    expect(
      result.scenarios.map((s) => [s.id, s.members, s.years[0]?.ongoing, s.years[0]?.proposed]),
    ).toEqual([
      ['1', ['Drift', 'Drift'], 1000, 10],
      ['2', ['Drift'], 1000, 0],
    ]);
    expect(cellsOf(result, 'DUPLICATE_NAME')).toEqual([]);
  });

  it('reports a member naming two initiatives of that name as ambiguous at its cell and counts neither; an id finds one', () => {
    const result = run([
      SERVICES,
      sheet('Insatser', [
        ['Förändringsinsats', 'Id', 'Status', 'Kostnad 2025'],
        ['Drift', 'I6', 'Ny', 10],
        ['Drift', 'I7', 'Ny', 1000],
      ]),
      sheet('Scenarier', [SCENARIOS_HEADER, ['1', 2025, 100, 0], ['2', 2025, 100, 0]]),
      sheet('Medlemmar', [
        ['Scenario', 'Förändringsinsats'],
        ['1', 'drift'],
        ['2', 'I7'],
      ]),
    ]);
    expect(result.scenarios.map((s) => [s.id, s.members, s.years[0]?.proposed])).toEqual([
      ['1', [], 0],
      ['2', ['Drift'], 1000],
    ]);
    expect(result.warnings.find((w) => w.code === 'AMBIGUOUS_INITIATIVE')).toEqual({
      severity: 'error',
      code: 'AMBIGUOUS_INITIATIVE',
      title: 'Several initiatives have that name',
      message:
        "Scenario 1 names “drift”, but 2 initiatives have that name (I6 at Insatser!A2, I7 at Insatser!A3); it is not counted. Write the initiative's id instead of its name.",
      sheet: 'Medlemmar',
      cell: 'B2',
      suggestions: ['I6', 'I7'],
    });
  });

  it('says a missing impact where the base is unknown too: it leaves over base unknown', () => {
    const result = workbook(
      [['X', 'Ny', 10, 20, null]],
      [
        ['1', 2025, 100, 0],
        ['1', 2026, 'Ej känt', null],
      ],
      [['1', 'X']],
    );
    expect(result.scenarios[0]?.years.map((y) => [y.overBase, y.total])).toEqual([
      [10, 110],
      [null, null],
    ]);
    expect(cellsOf(result, 'MISSING_VALUE')).toEqual(['Scenarier!D3']);
  });
});
