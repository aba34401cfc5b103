/**
 * The same data in another header shape gives the same result: for any small analysis, its
 * services and initiatives tables with the year in each header (`Budget 2024`) and the same tables
 * with the year on a row of its own above or below the kind, or under a group label merged across
 * the years, recalculate to the same JSON but for the cells findings point at.
 */
import fc from 'fast-check';
import type { Grid, JsonResult, RawCell } from '../../../src/engine';
import { recalculate, toJson } from '../../../src/engine';
import type { Row } from '../fixtures/grids';
import { sheet } from '../fixtures/grids';

const SEED = 20261201;

/** One column of a table: its kind (`Budget`) and its year, or a label alone (`Tjänst`). */
interface Column {
  readonly label: string;
  readonly year: number | null;
}

const SERVICES: readonly Column[] = [
  { label: 'Tjänst', year: null },
  { label: 'Utfall', year: 2023 },
  { label: 'Budget', year: 2024 },
  { label: 'Föreslagen budget', year: 2025 },
  { label: 'Drivare', year: null },
];
const INITIATIVES: readonly Column[] = [
  { label: 'Förändringsinsats', year: null },
  { label: 'Status', year: null },
  { label: 'Kostnad', year: 2025 },
  { label: 'Kostnad', year: 2026 },
  { label: 'Nettonytta', year: null },
];

type Shape = 'one row' | 'year above' | 'year below' | 'group label';
const SHAPES: readonly Shape[] = ['year above', 'year below', 'group label'];

/** The header rows of a table written in a shape. */
function headerRows(columns: readonly Column[], shape: Shape): Row[] {
  const years = columns.map((c) => c.year);
  switch (shape) {
    case 'one row':
      return [columns.map((c) => (c.year === null ? c.label : `${c.label} ${c.year}`))];
    case 'year above':
      return [years, columns.map((c) => c.label)];
    case 'year below':
      return [columns.map((c) => c.label), years];
    case 'group label':
      // A label repeated over neighbouring years is written once, as a merged cell gives it.
      return [
        columns.map((c, i) =>
          i > 0 && c.year !== null && columns[i - 1]?.label === c.label ? null : c.label,
        ),
        years,
      ];
  }
}

const amount = fc.oneof(
  fc.integer({ min: -5000, max: 200000 }),
  fc.constantFrom<RawCell>('N/A', 'Ej känt', null, '1 146', '12,5'),
);
const names = fc.uniqueArray(fc.constantFrom('A', 'B', 'C', 'D', 'E', 'F'), {
  minLength: 1,
  maxLength: 5,
});
const analysis = fc.record({
  services: names.chain((ns) =>
    fc.tuple(
      ...ns.map((name) =>
        fc.tuple(
          fc.constant<RawCell>(`Tjänst ${name}`),
          amount,
          amount,
          amount,
          fc.constantFrom<RawCell>('Volymer', 'Ny leverans, Utveckling tjänst', null),
        ),
      ),
    ),
  ),
  initiatives: names.chain((ns) =>
    fc.tuple(
      ...ns.map((name) =>
        fc.tuple(
          fc.constant<RawCell>(`Insats ${name}`),
          fc.constantFrom<RawCell>('Ny', 'Pågående'),
          amount,
          amount,
          amount,
        ),
      ),
    ),
  ),
  base: fc.integer({ min: 0, max: 2_000_000 }),
});

type Analysis = typeof analysis extends fc.Arbitrary<infer A> ? A : never;

function grids(input: Analysis, shape: Shape): Grid[] {
  const members: Row[] = [['Scenario', 'Förändringsinsats']];
  for (const row of input.initiatives) members.push([1, row[0]]);
  return [
    sheet('Tjänster', [...headerRows(SERVICES, shape), ...input.services]),
    sheet('Insatser', [...headerRows(INITIATIVES, shape), ...input.initiatives]),
    sheet('Scenarier', [
      ['Scenario', 'År', 'Bas', 'Påverkan'],
      [1, 2025, input.base, 100],
      [1, 2026, 'Ej känt', 200],
    ]),
    sheet('Scenarioinsatser', members),
  ];
}

/** The result without the cells findings point at (rows move when a header takes two). */
function comparable(result: JsonResult): unknown {
  return {
    scenarios: result.scenarios,
    drivers: result.drivers,
    years: result.years,
    warnings: result.warnings.map((w) => w.code).sort(),
    columns: result.tables.map((t) => t.columns),
  };
}

describe('a table’s header in another shape', () => {
  it.each(SHAPES)('written “%s” gives the same result as on one row', (shape) => {
    fc.assert(
      fc.property(analysis, (input) => {
        const oneRow = toJson(recalculate(grids(input, 'one row')), 'en');
        const shaped = toJson(recalculate(grids(input, shape)), 'en');
        expect(comparable(shaped)).toEqual(comparable(oneRow));
        expect(shaped.tables.find((t) => t.table === 'services')?.headerRows).toBe(2);
      }),
      { seed: SEED, numRuns: 60 },
    );
  });
});
