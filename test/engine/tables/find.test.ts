/**
 * Finding tables on a sheet: headers over one, two or three rows, and where one table ends.
 */
import { findTables } from '../../../src/engine/tables/find';
import { headerCellRef } from '../../../src/engine/tables/grid';
import type { FoundTable } from '../../../src/engine/tables/grid';
import { cellsOf, run, sheet } from '../fixtures/grids';
import type { Row } from '../fixtures/grids';

const found = (rows: readonly Row[]): readonly FoundTable[] => findTables(sheet('Data', rows));

const bound = (table: FoundTable | undefined): string[] =>
  (table?.header.columns ?? []).map((c) => `${c.field}${c.year ?? ''}`);

describe('a header over two or three rows', () => {
  it('reads a group label over the years it is merged across (blank cells to its right)', () => {
    const [table] = found([
      ['Tjänst', 'Utfall', null, 'Budget', 'Förslag'],
      [null, 2022, 2023, 2024, 2025],
      ['A', 1, 2, 3, 4],
    ]);
    expect(bound(table)).toEqual([
      'name',
      'actual2022',
      'actual2023',
      'budget2024',
      'proposed2025',
    ]);
    expect(table?.headers).toEqual([
      'Tjänst',
      'Utfall 2022',
      'Utfall 2023',
      'Budget 2024',
      'Förslag 2025',
    ]);
    expect(table?.headerRow).toBe(1);
    expect(table?.headerRows).toBe(2);
    expect(table?.rows.map((r) => r.row)).toEqual([3]);
  });

  it('reads a year on the row above the kind, and the kind above the year', () => {
    const above = found([
      [null, null, 2025, 2026],
      ['Förändringsinsats', 'Status', 'Kostnad', 'Kostnad'],
      ['X', 'Ny', 100, 200],
    ]);
    const below = found([
      ['Förändringsinsats', 'Status', 'Kostnad', 'Kostnad'],
      [null, null, 2025, 2026],
      ['X', 'Ny', 100, 200],
    ]);
    for (const [table] of [above, below])
      expect(bound(table)).toEqual(['name', 'status', 'cost2025', 'cost2026']);
  });

  it('reads a label merged down over the header rows (given once, at its top cell)', () => {
    const [table] = found([
      ['Tjänst', 'Budget', 'Förslag'],
      [null, 2024, 2025],
      ['A', 1, 2],
    ]);
    expect(bound(table)).toEqual(['name', 'budget2024', 'proposed2025']);
  });

  it('reads three header rows: a group label, the years, and a unit', () => {
    const [table] = found([
      ['Förändringsinsats', 'Status', 'Kostnad', null],
      [null, null, 2025, 2026],
      [null, null, 'tkr', 'tkr'],
      ['X', 'Ny', 100, 200],
    ]);
    expect(table?.headers).toEqual([
      'Förändringsinsats',
      'Status',
      'Kostnad tkr 2025',
      'Kostnad tkr 2026',
    ]);
    expect(table?.headerRows).toBe(3);
  });

  it('reads a span of years above a word after the word', () => {
    const [table] = found([
      [null, null, 2025, '2025–2027'],
      ['Förändringsinsats', 'Status', 'Kostnad', 'Genomsnittlig påverkan'],
      ['X', 'Ny', 100, 50],
    ]);
    expect(table?.headers).toEqual([
      'Förändringsinsats',
      'Status',
      'Kostnad 2025',
      'Genomsnittlig påverkan 2025–2027',
    ]);
    expect(bound(table)).toEqual(['name', 'status', 'cost2025', 'impact']);
    expect(table?.header.inferred).toEqual([]);
  });

  it('points findings about a column at its own lowest header cell', () => {
    const [table] = found([
      ['Tjänst', 'Utfall', null],
      [null, 2022, 2023],
      ['A', 1, 2],
    ]);
    if (table === undefined) throw new Error('no table');
    // The name at its (merged) top cell, each year under the group label at its own cell.
    expect([0, 1, 2].map((i) => headerCellRef(table, i).cell)).toEqual(['A1', 'B2', 'C2']);
  });

  it('carries a group label only over years: a title above a header is not spread over it', () => {
    const [table] = found([
      ['Förändringsinsatser 2025', null, null],
      ['Förändringsinsats', 'Status', 'Kostnad 2025'],
      ['X', 'Ny', 100],
    ]);
    expect(table?.headerRow).toBe(2);
    expect(table?.headerRows).toBe(1);
    expect(table?.headers).toEqual(['Förändringsinsats', 'Status', 'Kostnad 2025']);
  });

  it('passes over a title line above a two-row header', () => {
    const [table] = found([
      ['Förändringsinsatser'],
      [null, null, 2025, 2026],
      ['Förändringsinsats', 'Status', 'Kostnad', 'Kostnad'],
      ['X', 'Ny', 100, 200],
    ]);
    expect(table?.headerRow).toBe(2);
    expect(bound(table)).toEqual(['name', 'status', 'cost2025', 'cost2026']);
  });

  it('never takes a first data row of words and a year-like amount for a second header row', () => {
    const [table] = found([
      ['Tjänst', 'Utvecklingsinsats', 'Estimerad kostnad'],
      ['Teknisk e-post', 'Vidareutveckling', 2000],
      ['IT Säkerhet', 'Loggning', 500],
    ]);
    expect(table?.headerRows).toBe(1);
    expect(table?.rows).toHaveLength(2);
  });

  it('never takes a first data row for a header row, even where it would give a column a year', () => {
    const [table] = found([
      ['Förändringsinsats', 'Status', 'Kostnad', 'Kostnad 2026'],
      ['X', 'Ny', 2025, null],
      ['Y', 'Ny', 100, 200],
    ]);
    expect(table?.headerRows).toBe(1);
    expect(table?.rows.map((r) => r.row)).toEqual([2, 3]);
  });

  it('reads a label written again in the lower row as one label', () => {
    const [table] = found([
      ['Tjänst', 'Budget', 'Förslag'],
      ['Tjänst', 2024, 2025],
      ['A', 1, 2],
    ]);
    expect(table?.headers).toEqual(['Tjänst', 'Budget 2024', 'Förslag 2025']);
  });

  it('gives the scenarios the same totals as one-row headers do', () => {
    const services: Row[] = [
      ['Tjänst', 'Budget 2024', 'Föreslagen budget 2025', 'Drivare'],
      ['A', 100, 150, 'Volymer'],
    ];
    const twoRows: Row[] = [
      ['Tjänst', 'Budget', 'Föreslagen budget', 'Drivare'],
      [null, 2024, 2025, null],
      ['A', 100, 150, 'Volymer'],
    ];
    expect(run([sheet('Tjänster', twoRows)]).drivers).toEqual(
      run([sheet('Tjänster', services)]).drivers,
    );
  });
});

describe('where a table ends', () => {
  const header: Row = ['Tjänst', 'Budget 2024', 'Föreslagen budget 2025', 'Drivare'];

  it('ends at a blank row followed by a title and a header row it does not know', () => {
    const tables = found([
      header,
      ['A', 100, 150, 'Volymer'],
      [],
      [],
      ['Servicenivåer'],
      ['Nyckeltal', 'Mål 2025', 'Utfall jan–jun', 'Kommentar'],
      ['Tillgänglighet', '99,5 %', '99,7 %', 'Mäts månadsvis'],
    ]);
    expect(tables).toHaveLength(1);
    expect(tables[0]?.rows.map((r) => r.row)).toEqual([2]);
  });

  it('ends at a blank row followed by a header row it does not know, without a title', () => {
    const result = run([
      sheet('Tjänster', [
        header,
        ['A', 100, 150, 'Volymer'],
        [],
        ['Nyckeltal', 'Mål 2025', 'Utfall jan–jun', 'Kommentar'],
        ['Tillgänglighet', '99,5 %', '99,7 %', 'Mäts månadsvis'],
      ]),
    ]);
    expect(cellsOf(result, 'NOT_A_NUMBER')).toEqual([]);
    expect(result.drivers?.services.map((s) => s.service)).toEqual(['A']);
  });

  it('reads on past a blank spacer and a subsection label when this table’s rows go on', () => {
    const tables = found([
      header,
      ['A', 100, 150, 'Volymer'],
      [],
      ['Digital infrastruktur'],
      ['B', 'N/A', 200, 'Ny leverans'],
    ]);
    expect(tables[0]?.rows.map((r) => r.row)).toEqual([2, 5]);
    expect(tables[0]?.readOn).toEqual([
      { value: 'Digital infrastruktur', at: { sheet: 'Data', cell: 'A4' } },
    ]);
  });

  it('says at the title that the rows under it are read as the table’s, after a blank row', () => {
    const result = run([
      sheet('Data', [
        ['Tjänst', 'Budget 2024', 'Föreslagen budget 2025', 'Drivare'],
        ['A', 1, 1, 'Volymer'],
        [],
        ['Förändringsinsats', 'Status', 'Kostnad 2025'],
        ['X', 'Ny', 10],
        [],
        ['Övrigt'],
        ['Z', 'Ny', 9999],
      ]),
    ]);
    expect(cellsOf(result, 'TABLE_READ_ON')).toEqual(['Data!A7']);
    expect(result.warnings.find((w) => w.code === 'TABLE_READ_ON')?.message).toBe(
      'The rows under “Övrigt” are read as part of Initiatives; give them a header row of their own if they do not belong to it.',
    );
  });
});
