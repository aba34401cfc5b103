/**
 * Header recognition: which of the six tables a header row starts, and which column is which,
 * from the words Swedish and English templates print.
 */
import type { RawCell } from '../../../src/engine/cells/raw';
import type { RecognisedHeader } from '../../../src/engine/headers/recognise';
import {
  bindColumns,
  headerYear,
  recogniseHeader,
  yearlessWord,
} from '../../../src/engine/headers/recognise';
import type { TableKind } from '../../../src/engine/headers/words';

type Row = readonly RawCell[];

/** A recognised row in brief: its kind and each bound column as `field`, `field year` or `field year (driver)`. */
function brief(header: RecognisedHeader | null): { kind: TableKind; columns: string[] } | null {
  if (header === null) return null;
  const columns = header.columns.map((column) =>
    [column.field, column.year, column.driver === null ? null : `(${column.driver})`]
      .filter((part) => part !== null)
      .join(' '),
  );
  return { kind: header.kind, columns };
}

/** The binding of the column at `index`, or undefined when that column is not bound. */
function columnAt(header: RecognisedHeader | null, index: number) {
  return header?.columns.find((column) => column.index === index);
}

describe('recogniseHeader', () => {
  describe('the six tables', () => {
    it.each<{ kind: TableKind; language: string; row: Row; columns: string[] }>([
      {
        kind: 'services',
        language: 'Swedish',
        row: [
          'Benämning bastjänst/digital infrastruktur',
          'Utfall 2022',
          'Utfall 2023',
          'Budget 2024',
          'Föreslagen budget 2025',
          'Kommentar',
        ],
        columns: ['name', 'actual 2022', 'actual 2023', 'budget 2024', 'proposed 2025', 'tags'],
      },
      {
        kind: 'services',
        language: 'English',
        row: [
          'Service',
          'Category',
          'Alias',
          'Actual 2023',
          'Budget 2024',
          'Proposed 2025',
          'Forecast 2026',
          'Drivers',
        ],
        columns: [
          'name',
          'category',
          'alias',
          'actual 2023',
          'budget 2024',
          'proposed 2025',
          'proposed 2026',
          'tags',
        ],
      },
      {
        kind: 'transfers',
        language: 'Swedish',
        row: ['Tjänst', 'Utvecklingsinsats', 'Estimerad kostnad 2025 (tkr)'],
        columns: ['service', 'effort', 'amount 2025'],
      },
      {
        kind: 'transfers',
        language: 'English',
        row: ['Service', 'Development effort', 'Cost 2025'],
        columns: ['service', 'effort', 'amount 2025'],
      },
      {
        kind: 'initiatives',
        language: 'Swedish',
        row: [
          'Tjänst',
          'Förändringsinsats',
          'Status',
          'Kostnad 2025',
          'Kostnad 2026',
          'Kostnad 2027',
          'Genomsnittlig påverkan på förvaltningskostnaden 2025–2027',
          'Nettonytta (6 år)',
        ],
        columns: [
          'service',
          'name',
          'status',
          'cost 2025',
          'cost 2026',
          'cost 2027',
          'impact',
          'netBenefit',
        ],
      },
      {
        kind: 'initiatives',
        language: 'English',
        row: [
          'Id',
          'Service',
          'Initiative',
          'Status',
          'Cost 2025',
          'Cost 2026',
          'Average impact 2025-2027',
          'Net benefit (6 years)',
          'Scenarios',
        ],
        columns: [
          'id',
          'service',
          'name',
          'status',
          'cost 2025',
          'cost 2026',
          'impact',
          'netBenefit',
          'scenarios',
        ],
      },
      {
        kind: 'scenarios',
        language: 'Swedish',
        row: [
          'Scenario',
          'Namn',
          'År',
          'Bas',
          'Påverkan',
          'Angiven pågående',
          'Angiven föreslagen',
          'Angiven summering',
          'Angiven nettonytta',
        ],
        columns: [
          'id',
          'name',
          'year',
          'base',
          'impact',
          'statedOngoing',
          'statedProposed',
          'statedTotal',
          'statedNetBenefit',
        ],
      },
      {
        kind: 'scenarios',
        language: 'English',
        row: [
          'Scenario',
          'Name',
          'Year',
          'Base',
          'Impact',
          'Stated ongoing',
          'Stated proposed',
          'Stated total',
          'Stated net benefit',
        ],
        columns: [
          'id',
          'name',
          'year',
          'base',
          'impact',
          'statedOngoing',
          'statedProposed',
          'statedTotal',
          'statedNetBenefit',
        ],
      },
      {
        kind: 'members',
        language: 'Swedish',
        row: ['Scenario', 'Förändringsinsats', 'Angiven kostnad'],
        columns: ['scenario', 'initiative', 'listedCost'],
      },
      {
        kind: 'members',
        language: 'English',
        row: ['Scenario', 'Initiative', 'Listed cost'],
        columns: ['scenario', 'initiative', 'listedCost'],
      },
      {
        kind: 'driverTotals',
        language: 'Swedish',
        row: ['Drivare', 'År', 'Belopp'],
        columns: ['driver', 'year', 'amount'],
      },
      {
        kind: 'driverTotals',
        language: 'English',
        row: ['Driver', 'Year', 'Amount'],
        columns: ['driver', 'year', 'amount'],
      },
    ])(
      'returns $kind with every column bound from a $language header row',
      ({ kind, row, columns }) => {
        expect(brief(recogniseHeader(row))).toEqual({ kind, columns });
      },
    );

    it('keeps each header as written and its 0-based position', () => {
      const header = recogniseHeader(['Tjänst', 'Budget 2024', 'Föreslagen budget 2025 (tkr)']);
      expect(header?.columns).toEqual([
        { field: 'name', year: null, driver: null, index: 0, header: 'Tjänst' },
        { field: 'budget', year: 2024, driver: null, index: 1, header: 'Budget 2024' },
        {
          field: 'proposed',
          year: 2025,
          driver: null,
          index: 2,
          header: 'Föreslagen budget 2025 (tkr)',
        },
      ]);
      expect(header?.duplicates).toEqual([]);
    });
  });

  describe('how a header is written', () => {
    it.each([
      {
        label: 'upper case and a double space and a line break',
        header: 'FÖRESLAGEN  budget\n2025',
      },
      { label: 'no diacritics', header: 'Foreslagen budget 2025' },
      { label: 'a unit in parentheses', header: 'Föreslagen budget 2025 (tkr)' },
      { label: 'a line break before the year', header: 'Föreslagen budget\r\n2025' },
      { label: 'spaces around it', header: '  Föreslagen budget 2025  ' },
    ])('binds the proposal for 2025 when the header has $label', ({ header }) => {
      expect(brief(recogniseHeader(['Tjänst', header]))).toEqual({
        kind: 'services',
        columns: ['name', 'proposed 2025'],
      });
    });

    it.each(['TJÄNST', 'Tjanst', '  tjänst '])(
      'binds the service name when it is written %j',
      (name) => {
        expect(brief(recogniseHeader([name, 'Budget 2024']))?.columns).toEqual([
          'name',
          'budget 2024',
        ]);
      },
    );
  });

  describe('headers as the templates print them', () => {
    it('binds "Benämning bastjänst/digital infrastruktur" as the service name', () => {
      const header = recogniseHeader(['Benämning bastjänst/digital infrastruktur', 'Budget 2024']);
      expect(columnAt(header, 0)).toMatchObject({ field: 'name', year: null });
    });

    it('binds the average impact 2025–2027 as impact, not as a cost column, because it names a year range', () => {
      const header = recogniseHeader([
        'Förändringsinsats',
        'Kostnad 2025',
        'Genomsnittlig påverkan på förvaltningskostnaden 2025–2027',
      ]);
      expect(columnAt(header, 2)).toMatchObject({ field: 'impact', year: null });
      expect(
        header?.columns.filter((column) => column.field === 'cost').map((column) => column.index),
      ).toEqual([1]);
    });

    it('binds "Estimerad kostnad 2025 (tkr)" as the transfer amount for 2025', () => {
      const header = recogniseHeader([
        'Tjänst',
        'Utvecklingsinsats',
        'Estimerad kostnad 2025 (tkr)',
      ]);
      expect(columnAt(header, 2)).toMatchObject({ field: 'amount', year: 2025 });
    });

    it('binds "Nettonytta (6 år)" as the net benefit', () => {
      const header = recogniseHeader(['Förändringsinsats', 'Status', 'Nettonytta (6 år)']);
      expect(columnAt(header, 2)).toMatchObject({ field: 'netBenefit', year: null });
    });
  });

  describe('bare years', () => {
    it('binds bare years, as text and as numbers, as the initiatives’ cost per year', () => {
      expect(brief(recogniseHeader(['Förändringsinsats', 'Status', '2025', '2026', 2027]))).toEqual(
        {
          kind: 'initiatives',
          columns: ['name', 'status', 'cost 2025', 'cost 2026', 'cost 2027'],
        },
      );
    });

    it('returns initiatives from a name and bare-year costs alone', () => {
      expect(brief(recogniseHeader(['Förändringsinsats', 2025, 2026]))).toEqual({
        kind: 'initiatives',
        columns: ['name', 'cost 2025', 'cost 2026'],
      });
    });

    it('ignores a number that is not a whole year', () => {
      expect(
        brief(recogniseHeader(['Förändringsinsats', 'Status', 2025.5, 1234]))?.columns,
      ).toEqual(['name', 'status']);
    });
  });

  describe('years', () => {
    it('ignores a yearly column without its year', () => {
      expect(brief(recogniseHeader(['Tjänst', 'Budget 2024', 'Budget']))?.columns).toEqual([
        'name',
        'budget 2024',
      ]);
    });

    it('ignores a yearly column that names a year range', () => {
      expect(
        brief(recogniseHeader(['Tjänst', 'Budget 2024', 'Budget 2024–2025']))?.columns,
      ).toEqual(['name', 'budget 2024']);
    });

    it('returns null for an initiatives row whose only cost has no year', () => {
      expect(recogniseHeader(['Förändringsinsats', 'Kostnad'])).toBeNull();
    });
  });

  describe('the longest word wins', () => {
    it('binds "Service development" as an explicit driver amount, not as the service name', () => {
      const header = recogniseHeader(['Service', 'Budget 2024', 'Service development']);
      expect(columnAt(header, 2)).toMatchObject({
        field: 'driverAmount',
        driver: 'Utveckling tjänst',
        year: null,
      });
      expect(
        header?.columns.filter((column) => column.field === 'name').map((column) => column.index),
      ).toEqual([0]);
    });

    it.each([
      { header: 'Ny leverans 2025', driver: 'Ny leverans', year: 2025 },
      { header: 'Utveckling tjänst 2025', driver: 'Utveckling tjänst', year: 2025 },
      { header: 'Volymer', driver: 'Volymer', year: null },
      { header: 'Projekt avslutas 2025', driver: 'Projekt avslutas', year: 2025 },
      { header: 'New delivery 2025', driver: 'Ny leverans', year: 2025 },
      { header: 'Service development 2025', driver: 'Utveckling tjänst', year: 2025 },
      { header: 'Volumes', driver: 'Volymer', year: null },
      { header: 'Project ends', driver: 'Projekt avslutas', year: null },
    ])('binds "$header" as the driver amount of $driver', ({ header, driver, year }) => {
      expect(columnAt(recogniseHeader(['Tjänst', 'Budget 2024', header]), 2)).toMatchObject({
        field: 'driverAmount',
        driver,
        year,
      });
    });
  });

  describe('tables told apart by their whole header set', () => {
    it('binds "Average impact" in an initiatives table as the initiatives’ impact', () => {
      expect(brief(recogniseHeader(['Initiative', 'Average impact', 'Cost 2025']))).toEqual({
        kind: 'initiatives',
        columns: ['name', 'impact', 'cost 2025'],
      });
    });

    it('binds "Impact" in a scenarios table and leaves "Average impact" unbound there', () => {
      const header = recogniseHeader(['Scenario', 'Year', 'Impact', 'Average impact']);
      expect(brief(header)).toEqual({ kind: 'scenarios', columns: ['id', 'year', 'impact'] });
      expect(columnAt(header, 3)).toBeUndefined();
    });

    it('returns members for Scenario, Förändringsinsats, Angiven kostnad', () => {
      expect(recogniseHeader(['Scenario', 'Förändringsinsats', 'Angiven kostnad'])?.kind).toBe(
        'members',
      );
    });

    it('returns initiatives for Förändringsinsats, Status, Kostnad 2025, Scenarier', () => {
      expect(
        brief(recogniseHeader(['Förändringsinsats', 'Status', 'Kostnad 2025', 'Scenarier'])),
      ).toEqual({
        kind: 'initiatives',
        columns: ['name', 'status', 'cost 2025', 'scenarios'],
      });
    });

    it('returns initiatives when a scenario column stands beside a status and costs', () => {
      expect(
        brief(recogniseHeader(['Scenario', 'Förändringsinsats', 'Status', 'Kostnad 2025'])),
      ).toEqual({
        kind: 'initiatives',
        columns: ['scenarios', 'name', 'status', 'cost 2025'],
      });
    });

    it('returns transfers, not initiatives, when a development effort stands beside a cost', () => {
      expect(
        recogniseHeader(['Tjänst', 'Utvecklingsinsats', 'Kostnad 2025', 'Kostnad 2026'])?.kind,
      ).toBe('transfers');
    });
  });

  describe('columns the engine does not know', () => {
    it('ignores unknown extra columns and binds the rest at their own positions', () => {
      const header = recogniseHeader(['Tjänst', 'Okänd kolumn', 'Budget 2024', 'Anteckningar']);
      expect(header?.columns.map((column) => [column.index, column.field])).toEqual([
        [0, 'name'],
        [2, 'budget'],
      ]);
      expect(header?.duplicates).toEqual([]);
    });

    it('ignores cells that are not text or whole numbers', () => {
      const row: Row = [
        'Service',
        'Budget 2024',
        true,
        new Date(Date.UTC(2025, 0, 1)),
        { kind: 'excel-error', code: '#REF!' },
        null,
      ];
      expect(brief(recogniseHeader(row))).toEqual({
        kind: 'services',
        columns: ['name', 'budget 2024'],
      });
    });

    it.each(['Budget2024', 'Budgeted 2024'])(
      'ignores %j, which only begins like a known word',
      (header) => {
        expect(brief(recogniseHeader(['Tjänst', 'Budget 2024', header]))?.columns).toEqual([
          'name',
          'budget 2024',
        ]);
      },
    );
  });

  describe('duplicate columns', () => {
    it('puts a second "Budget 2024" in duplicates and binds the first', () => {
      const header = recogniseHeader(['Tjänst', 'Budget 2024', 'Budget 2024', 'Budget 2025']);
      expect(brief(header)?.columns).toEqual(['name', 'budget 2024', 'budget 2025']);
      expect(header?.duplicates).toEqual([
        { field: 'budget', year: 2024, driver: null, index: 2, header: 'Budget 2024' },
      ]);
    });

    it('puts a second cost column for the same year in duplicates', () => {
      const header = recogniseHeader([
        'Förändringsinsats',
        'Status',
        'Kostnad 2025',
        'Kostnad 2025',
      ]);
      expect(header?.duplicates.map((column) => [column.index, column.field, column.year])).toEqual(
        [[3, 'cost', 2025]],
      );
    });

    it('does not count the same field in different years as duplicates', () => {
      const header = recogniseHeader(['Tjänst', 'Utfall 2022', 'Utfall 2023']);
      expect(header?.duplicates).toEqual([]);
    });
  });

  describe('rows that start no table', () => {
    it.each<{ label: string; row: Row }>([
      {
        label: 'a services title line',
        row: ['Betydande förändringar i befintliga bastjänster/digital infrastruktur'],
      },
      {
        label: 'a transfers title line',
        row: ['Utvecklingsinsatser som flyttats till förvaltningskostnad'],
      },
      { label: 'an initiatives title line', row: ['Förändringsinsatser'] },
      { label: 'a scenarios title line', row: ['Scenarier'] },
      {
        label: 'a services data row',
        row: ['Politisk ärendehantering', null, 0, 1146, 25518, 'Utveckling tjänst, Ny leverans'],
      },
      {
        label: 'an initiatives data row',
        row: [
          'Stöd i digitalt bevarande',
          'Utveckla bevarandeplattform',
          'Ny',
          2000,
          1000,
          0,
          500,
          12000,
        ],
      },
      {
        label: 'a scenarios data row',
        row: [
          '1',
          'Säkerställa lagkrav och fortsatt tjänsteleverans',
          2025,
          1088976,
          1100,
          6000,
          20550,
          1116626,
          25620,
        ],
      },
      { label: 'a members data row', row: ['1', 'Upphandling IT-stöd för ekonomiprocesser', 4000] },
      { label: 'a driver totals data row', row: ['Ny leverans', 2025, 37900] },
      { label: 'bare years alone', row: [2025, 2026] },
      { label: 'a service name without any amount', row: ['Tjänst', 'Kommentar'] },
      { label: 'scenario words without the year', row: ['Namn', 'År', 'Bas'] },
      { label: 'an empty row', row: [] },
      { label: 'a row of blank cells', row: [null, '', '   ', undefined] },
    ])('returns null for $label', ({ row }) => {
      expect(recogniseHeader(row)).toBeNull();
    });
  });
});

describe('bindColumns', () => {
  it('binds the columns of the kind it is told', () => {
    expect(brief(bindColumns('members', ['Scenario', 'Initiative']))).toEqual({
      kind: 'members',
      columns: ['scenario', 'initiative'],
    });
  });

  it('binds what it can even when the row lacks a required column', () => {
    expect(brief(bindColumns('initiatives', ['Scenario', 'Year']))).toEqual({
      kind: 'initiatives',
      columns: ['scenarios'],
    });
  });

  it('binds by the told kind’s words: "Scenario" is the id in scenarios and the scenario in members', () => {
    expect(brief(bindColumns('scenarios', ['Scenario']))?.columns).toEqual(['id']);
    expect(brief(bindColumns('members', ['Scenario']))?.columns).toEqual(['scenario']);
  });

  it('returns no columns for a row with none of the kind’s words', () => {
    expect(bindColumns('driverTotals', ['Tjänst', 'Budget 2024'])).toEqual({
      kind: 'driverTotals',
      columns: [],
      duplicates: [],
      inferred: [],
      ambiguous: [],
    });
  });

  it('reports duplicates as recogniseHeader does', () => {
    const header = bindColumns('services', ['Tjänst', 'Budget 2024', 'Budget 2024']);
    expect(header.duplicates.map((column) => column.index)).toEqual([2]);
  });
});

describe('the English transfers table', () => {
  it('reads Estimated cost 2025 as the amount for 2025', () => {
    const header = recogniseHeader(['Service', 'Development effort', 'Estimated cost 2025']);
    expect(header?.kind).toBe('transfers');
    expect(header?.columns.find((c) => c.field === 'amount')?.year).toBe(2025);
  });
});

describe('a column’s word inside its header', () => {
  it('reads a header holding exactly one column’s word as that column, and lists it as inferred', () => {
    const header = recogniseHeader([
      'Förändringsinsats',
      'Kostnad 2025',
      'Uppskattad nettonytta över 6 år',
    ]);
    expect(brief(header)).toEqual({
      kind: 'initiatives',
      columns: ['name', 'cost 2025', 'netBenefit'],
    });
    expect(header?.inferred.map((c) => [c.index, c.word])).toEqual([[2, 'Nettonytta']]);
  });

  it('reads the year of a cost named inside its header', () => {
    const header = recogniseHeader(['Förändringsinsats', 'Status', 'Beräknad kostnad 2026']);
    expect(header?.columns.at(-1)).toMatchObject({ field: 'cost', year: 2026 });
  });

  it('reads nothing from a header holding the words of two columns, and says which', () => {
    const header = recogniseHeader([
      'Förändringsinsats',
      'Kostnad 2025',
      'Beräknad kostnad och nettonytta 2025',
    ]);
    expect(brief(header)).toEqual({ kind: 'initiatives', columns: ['name', 'cost 2025'] });
    expect(header?.ambiguous).toEqual([
      {
        index: 2,
        header: 'Beräknad kostnad och nettonytta 2025',
        words: ['Kostnad', 'Nettonytta'],
      },
    ]);
  });

  it('does not read a second column of a field already read', () => {
    const header = recogniseHeader([
      'Förändringsinsats',
      'Kostnad 2025',
      'Nettonytta',
      'Beräknad nettonytta',
    ]);
    expect(header?.inferred).toEqual([]);
  });

  it('reads no short word (`Id`, `Nr`) and no driver word from inside a header', () => {
    const header = bindColumns('services', [
      'Tjänst',
      'Budget 2024',
      'Antal volymer 2025',
      'Löpnr',
    ]);
    expect(header.inferred).toEqual([]);
  });

  it('reads nothing inferred where the user said what the columns mean', () => {
    const header = bindColumns(
      'initiatives',
      ['Förändringsinsats', 'Uppskattad nettonytta över 6 år'],
      [{ header: 'Förändringsinsats', field: 'name', year: null, driver: null }],
    );
    expect(header.columns.map((c) => c.field)).toEqual(['name']);
  });
});

describe('yearlessWord', () => {
  it.each([
    ['initiatives', 'Kostnad', 'Kostnad'],
    ['initiatives', 'Kostnad 2025–2027', 'Kostnad'],
    ['services', 'Föreslagen budget', 'Föreslagen budget'],
    ['initiatives', 'Kostnad 2025', null],
    ['initiatives', 'Nettonytta', null],
  ] as const)('in %s, %s needs a year: %s', (kind, header, word) => {
    expect(yearlessWord(kind, header)).toBe(word);
  });
});

describe('the year a header gives a column', () => {
  it.each([
    ['Kostnad 2025', 2025],
    ['Budget 2024 (tkr)', 2024],
    ['2026', 2026],
    // A span names several years, not one year's column: the pane offers no per-year field for it.
    ['Kostnad 2025–2027', null],
    ['Kostnad 2025-2027', null],
    ['Kostnad', null],
  ] as const)('%s gives %s', (header, year) => {
    expect(headerYear(header)).toBe(year);
  });
});
