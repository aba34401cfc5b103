/**
 * The driver breakdown's rules, one at a time, on the smallest workbooks that show them.
 */
import { cellsOf, run, SERVICES_HEADER, sheet } from '../fixtures/grids';
import type { Row } from '../fixtures/grids';

const TRANSFERS_HEADER: Row = ['Tjänst', 'Utvecklingsinsats', 'Estimerad kostnad 2025'];

function breakdown(services: readonly Row[], extra: readonly ReturnType<typeof sheet>[] = []) {
  const result = run([sheet('Tjänster', services), ...extra]);
  return { result, services: new Map(result.drivers?.services.map((s) => [s.service, s])) };
}

describe('the driver breakdown', () => {
  it('uses the latest proposal year and the budget of the year before', () => {
    const { result, services } = breakdown([
      ['Tjänst', 'Budget 2024', 'Föreslagen budget 2025', 'Budget 2025', 'Förslag 2026', 'Drivare'],
      ['A', 100, 150, 160, 200, 'Volymer'],
    ]);
    expect(result.drivers?.year).toBe(2026);
    expect(services.get('A')).toMatchObject({ previous: 160, proposed: 200, delta: 40 });
  });

  it('reports a missing Budget Y−1 column and breaks nothing down', () => {
    const result = run([
      sheet('Tjänster', [
        ['Tjänst', 'Utfall 2023', 'Föreslagen budget 2025', 'Drivare'],
        ['A', 1, 2, 'Volymer'],
      ]),
    ]);
    expect(result.drivers).toBeNull();
    expect(result.warnings.find((w) => w.code === 'MISSING_COLUMN')).toMatchObject({
      sheet: 'Tjänster',
      cell: 'A1',
      message: 'The Services table has no “Budget 2024” column.',
    });
  });

  it('treats a service without a previous value as new, its previous value 0', () => {
    const { services } = breakdown([SERVICES_HEADER, ['Ny', 'N/A', 500, 'Ny leverans']]);
    expect(services.get('Ny')).toMatchObject({
      previous: 0,
      delta: 500,
      allocation: { 'Ny leverans': 500 },
    });
  });

  it('splits equally over two or more other tags and marks the shares estimated', () => {
    const { services } = breakdown([
      SERVICES_HEADER,
      ['A', 0, 100, 'Ny leverans; Volymer; Projekt avslutas 2024'],
    ]);
    const a = services.get('A');
    expect(a?.estimated).toEqual(['Ny leverans', 'Volymer', 'Projekt avslutas']);
    expect(a?.allocation['Ny leverans']).toBe(33.333333);
    // Exact thirds: the shares add back to the whole delta, nothing unallocated.
    expect(a?.allocation.Unallocated).toBeUndefined();
  });

  it('does not mark a single tag’s amount as estimated', () => {
    const { services } = breakdown([
      SERVICES_HEADER,
      ['A', 10, 25, 'Utveckling tjänst, Ny leverans'],
    ]);
    expect(services.get('A')).toMatchObject({ allocation: { 'Ny leverans': 15 }, estimated: [] });
  });

  it('lets explicit driver amounts win, and leaves the rest unallocated', () => {
    const { result, services } = breakdown([
      ['Tjänst', 'Budget 2024', 'Föreslagen budget 2025', 'Drivare', 'Ny leverans', 'Volymer'],
      ['A', 100, 200, 'Utveckling tjänst', 60, '30'],
      ['B', 100, 200, 'Utveckling tjänst', null, null],
    ]);
    expect(services.get('A')).toMatchObject({
      allocation: { 'Ny leverans': 60, Volymer: 30, Unallocated: 10 },
      estimated: [],
    });
    expect(services.get('B')?.allocation).toEqual({ 'Utveckling tjänst': 100 });
    expect(cellsOf(result, 'UNALLOCATED_DELTA')).toEqual(['Tjänster!D2']);
  });

  it('counts development moved into a service as Utveckling tjänst before splitting the rest', () => {
    const { services } = breakdown(
      [SERVICES_HEADER, ['IAM (Identitet)', 100, 300, 'Utveckling tjänst, Volymer']],
      [
        sheet('Flytt', [
          TRANSFERS_HEADER,
          ['IAM', 'Självservice', '50'],
          ['iam', 'OU-struktur', 25],
        ]),
      ],
    );
    expect(services.get('IAM (Identitet)')?.allocation).toEqual({
      'Utveckling tjänst': 75,
      Volymer: 125,
    });
  });

  it('reports a transfer to a service with no Utveckling tjänst tag, and still counts it', () => {
    const { result, services } = breakdown(
      [SERVICES_HEADER, ['A', 0, 10, 'Volymer']],
      [sheet('Flytt', [TRANSFERS_HEADER, ['A', 'x', 4]])],
    );
    expect(services.get('A')?.allocation).toEqual({ 'Utveckling tjänst': 4, Volymer: 6 });
    expect(cellsOf(result, 'DRIVER_TAG_MISSING')).toEqual(['Tjänster!D2']);
  });

  it('adds a transfer that matches no service to no service and no total', () => {
    const { result } = breakdown(
      [SERVICES_HEADER, ['A', 0, 10, 'Volymer']],
      [sheet('Flytt', [TRANSFERS_HEADER, ['Okänd tjänst', 'x', 99]])],
    );
    expect(result.drivers?.totals).toEqual({
      'Ny leverans': 0,
      'Utveckling tjänst': 0,
      Volymer: 10,
      'Projekt avslutas': 0,
      Unallocated: 0,
    });
    expect(cellsOf(result, 'UNKNOWN_SERVICE')).toEqual(['Flytt!A2']);
  });

  it('reports an unknown tag, which takes no share', () => {
    const { result, services } = breakdown([SERVICES_HEADER, ['A', 0, 10, 'Volymer, Inflation']]);
    expect(services.get('A')?.allocation).toEqual({ Volymer: 10 });
    expect(result.warnings.find((w) => w.code === 'UNKNOWN_DRIVER')?.message).toBe(
      '“Inflation” is not a known driver (service “A”); it takes no share.',
    );
  });

  it('leaves a service without tags unallocated, and says so at its driver cell', () => {
    const { result, services } = breakdown([SERVICES_HEADER, ['A', 0, 10, null]]);
    expect(services.get('A')?.allocation).toEqual({ Unallocated: 10 });
    expect(cellsOf(result, 'UNALLOCATED_DELTA')).toEqual(['Tjänster!A2']);
  });

  it('accepts English driver names in tags and in stated totals', () => {
    const result = run([
      sheet('Services', [
        ['Service', 'Budget 2024', 'Proposed 2025', 'Drivers'],
        ['A', 0, 10, 'New delivery'],
      ]),
      sheet('Totals', [
        ['Driver', 'Year', 'Amount'],
        ['New delivery', 2025, 10],
        ['Total', 2025, 12],
      ]),
    ]);
    expect(result.drivers?.totals['Ny leverans']).toBe(10);
    expect(cellsOf(result, 'TOTAL_CHANGE_MISMATCH')).toEqual(['Totals!C3']);
  });

  it('counts a repeated service name once, the first row, as its warning says', () => {
    const { result } = breakdown([
      SERVICES_HEADER,
      ['A', 0, 10, 'Volymer'],
      ['a', 0, 400, 'Volymer'],
    ]);
    expect(result.drivers?.totalChange).toBe(10);
    expect(cellsOf(result, 'DUPLICATE_NAME')).toEqual(['Tjänster!A3']);
  });

  it('leaves out a service whose previous budget cannot be read, rather than call it new', () => {
    const { result, services } = breakdown([
      SERVICES_HEADER,
      ['A', '#REF!', 500000, 'Ny leverans'],
      ['B', 1, 2, 'Volymer'],
    ]);
    expect(services.has('A')).toBe(false);
    expect(result.drivers?.totalChange).toBe(1);
    expect(cellsOf(result, 'EXCEL_ERROR_VALUE')).toEqual(['Tjänster!B2']);
  });

  it('reads on past a blank spacer row and a subsection label inside the table', () => {
    const { result } = breakdown([
      SERVICES_HEADER,
      ['A', 0, 10, 'Volymer'],
      [],
      ['Digital infrastruktur'],
      ['B', 200, 900, 'Volymer'],
      [],
      ['Anteckning: siffrorna är preliminära.'],
    ]);
    expect(result.drivers?.services.map((s) => s.service)).toEqual(['A', 'B']);
    expect(result.drivers?.totalChange).toBe(710);
  });

  it('sums exactly: no binary drift in decimal amounts', () => {
    const rows: Row[] = [SERVICES_HEADER];
    for (let i = 0; i < 10; i++) rows.push([`S${i}`, 0, '0,1', 'Volymer']);
    const { result } = breakdown(rows);
    expect(result.drivers?.totals.Volymer).toBe(1);
    expect(result.drivers?.totalChange).toBe(1);
  });
});

describe('a table whose headers the vocabulary does not know', () => {
  const rows: Row[] = [
    ['Namn på tjänsten', 'Bud 24', 'Förslag 2025', 'Drivare', 'Anteckning'],
    ['A', 100, 150, 'Volymer', 'x'],
  ];

  it('is not found by its words', () => {
    expect(run([sheet('Tjänster', rows)]).drivers).toBeNull();
  });

  it('is read with the columns the user mapped, the user’s meaning over the words', () => {
    const result = run([
      {
        sheet: 'Tjänster',
        top: 1,
        left: 1,
        rows,
        source: {
          kind: 'mapping',
          table: 'services',
          columns: [
            { header: 'namn pa tjansten', field: 'name', year: null, driver: null },
            { header: 'Bud 24', field: 'budget', year: 2024, driver: null },
            { header: 'Drivare', field: null, year: null, driver: null },
          ],
        },
      },
    ]);
    expect(result.drivers?.services).toEqual([
      {
        service: 'A',
        previous: 100,
        proposed: 150,
        delta: 50,
        allocation: { Unallocated: 50 },
        estimated: [],
      },
    ]);
    expect(result.tables[0]?.columns.map((c) => [c.header, c.field, c.year])).toEqual([
      ['Namn på tjänsten', 'name', null],
      ['Bud 24', 'budget', 2024],
      ['Förslag 2025', 'proposed', 2025],
      ['Drivare', null, null],
      ['Anteckning', null, null],
    ]);
  });
});
