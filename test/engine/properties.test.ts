/**
 * Properties that must hold for any workbook, checked on generated ones (fixed seed, bounded runs).
 */
import fc from 'fast-check';
import type { Grid, RawCell } from '../../src/engine';
import { DRIVERS, parseAddress, recalculate, TABLE_SPECS, toJson } from '../../src/engine';
import type { Row } from './fixtures/grids';
import { sheet } from './fixtures/grids';

const SEED = 20251128;
const YEARS = [2025, 2026, 2027] as const;

/** Every header word the engine knows, with and without years, plus noise. */
const headerWords: string[] = Object.values(TABLE_SPECS).flatMap((spec) =>
  spec.fields.flatMap((field) =>
    field.words.flatMap(({ text: word }) =>
      field.year === 'none' ? [word] : [`${word} 2024`, `${word} 2025`],
    ),
  ),
);

const anyCell: fc.Arbitrary<RawCell> = fc.oneof(
  fc.constant(null),
  fc.constant(undefined),
  fc.double({ noNaN: false }),
  fc.integer({ min: -1e9, max: 1e9 }),
  fc.boolean(),
  fc.date({ noInvalidDate: false }),
  fc.string(),
  fc.constantFrom(
    '1 088 976',
    '−2 050',
    '37,9',
    '1,088',
    '1,088,976',
    'N/A',
    'Ej känt',
    '-',
    '#REF!',
    '#N/A',
    '#DIV/0!',
    '(500)',
    'Ny',
    'Pågående',
    'Summa',
  ),
  fc.constantFrom(...headerWords),
  fc.constantFrom(...DRIVERS),
  fc.constant({ kind: 'excel-error' as const, code: '#VALUE!' }),
);

const anyGrid: fc.Arbitrary<Grid> = fc.record({
  sheet: fc.constantFrom('Blad1', 'Tjänster', 'Scenarier', 'Data'),
  top: fc.integer({ min: 1, max: 50 }),
  left: fc.integer({ min: 1, max: 30 }),
  rows: fc.array(
    fc.oneof(
      fc.array(anyCell, { maxLength: 10 }),
      fc.shuffledSubarray(headerWords, { minLength: 2, maxLength: 8 }),
    ),
    { maxLength: 25 },
  ),
  source: fc.constant({ kind: 'sheet' as const }),
});

describe('any workbook', () => {
  it('is recalculated without throwing, and every warning but a missing table points at a real cell', () => {
    fc.assert(
      fc.property(fc.array(anyGrid, { maxLength: 4 }), (grids) => {
        const result = recalculate(grids);
        const json = toJson(result, 'sv');
        expect(JSON.parse(JSON.stringify(json))).toEqual(json);
        for (const warning of result.warnings) {
          if (warning.code === 'MISSING_TABLE') {
            expect(warning.at).toBeNull();
            continue;
          }
          expect(warning.at).not.toBeNull();
          const address = parseAddress(warning.at?.cell ?? '');
          const inside = grids.some(
            (grid) =>
              grid.sheet === warning.at?.sheet &&
              address !== null &&
              address.row >= grid.top &&
              address.row < grid.top + grid.rows.length &&
              address.column >= grid.left,
          );
          expect(inside).toBe(true);
        }
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});

/** A well-formed workbook: services, initiatives, scenarios with known bases, members. */
interface Model {
  services: { name: string; budget: number; proposal: number; tags: string[] }[];
  initiatives: {
    name: string;
    ongoing: boolean;
    costs: (number | null)[];
    benefit: number | null;
  }[];
  scenarios: { id: string; bases: number[]; impacts: number[] }[];
  members: { scenario: number; initiative: number }[];
}

const amount = fc.integer({ min: -500_000, max: 5_000_000 }).map((n) => n / 100);
const model: fc.Arbitrary<Model> = fc
  .record({
    services: fc.array(
      fc.record({ budget: amount, proposal: amount, tags: fc.subarray([...DRIVERS]) }),
      { maxLength: 8 },
    ),
    initiatives: fc.array(
      fc.record({
        ongoing: fc.boolean(),
        costs: fc.tuple(fc.option(amount), fc.option(amount), fc.option(amount)),
        benefit: fc.option(amount),
      }),
      { minLength: 1, maxLength: 10 },
    ),
    scenarios: fc.array(
      fc.record({
        bases: fc.tuple(amount, amount, amount),
        impacts: fc.tuple(amount, amount, amount),
      }),
      {
        minLength: 1,
        maxLength: 4,
      },
    ),
  })
  .chain((m) =>
    fc
      .uniqueArray(fc.tuple(fc.nat(m.scenarios.length - 1), fc.nat(m.initiatives.length - 1)), {
        selector: ([s, i]) => `${s}/${i}`,
        maxLength: 20,
      })
      .map((pairs) => ({
        services: m.services.map((s, i) => ({ ...s, name: `Tjänst ${i}` })),
        initiatives: m.initiatives.map((x, i) => ({ ...x, name: `Insats ${i}` })),
        scenarios: m.scenarios.map((s, i) => ({ ...s, id: String(i + 1) })),
        members: pairs.map(([scenario, initiative]) => ({ scenario, initiative })),
      })),
  );

/** Writes an amount as a controller might: a number, or Swedish text with a decimal comma. */
const written = (value: number, i: number): RawCell =>
  i % 3 === 0 ? String(value).replace('.', ',').replace('-', '−') : value;

function gridsOf(m: Model, order: (rows: Row[]) => Row[] = (rows) => rows): Grid[] {
  return [
    sheet('Tjänster', [
      ['Tjänst', 'Budget 2024', 'Föreslagen budget 2025', 'Drivare'],
      ...order(
        m.services.map((s, i) => [
          s.name,
          written(s.budget, i),
          written(s.proposal, i + 1),
          s.tags.join(', '),
        ]),
      ),
    ]),
    sheet('Insatser', [
      ['Förändringsinsats', 'Status', ...YEARS.map((y) => `Kostnad ${y}`), 'Nettonytta'],
      ...order(
        m.initiatives.map((x, i) => [
          x.name,
          x.ongoing ? 'Pågående' : 'Ny',
          ...x.costs.map((c) => (c === null ? null : written(c, i))),
          x.benefit,
        ]),
      ),
    ]),
    sheet('Scenarier', [
      ['Scenario', 'År', 'Bas', 'Påverkan'],
      ...order(
        m.scenarios.flatMap((s) =>
          YEARS.map((y, k): Row => [s.id, y, s.bases[k] ?? 0, s.impacts[k] ?? 0]),
        ),
      ),
    ]),
    sheet('Medlemmar', [
      ['Scenario', 'Förändringsinsats'],
      ...order(
        m.members.map((x) => [
          m.scenarios[x.scenario]?.id ?? '',
          m.initiatives[x.initiative]?.name ?? '',
        ]),
      ),
    ]),
  ];
}

/** The figures of a result that must not depend on anything but the data. */
function figures(grids: Grid[]): unknown {
  const json = toJson(recalculate(grids), 'en');
  return {
    scenarios: [...json.scenarios]
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((s) => ({
        id: s.id,
        netBenefit: s.netBenefit,
        without: s.membersWithoutNetBenefit,
        years: s.years,
      })),
    totals: json.drivers?.totals,
    change: json.drivers?.totalChange,
    warnings: json.warnings.map((w) => w.code).sort(),
  };
}

describe('a well-formed workbook', () => {
  it('gives the same totals whatever the order of its rows', () => {
    fc.assert(
      fc.property(model, fc.integer(), (m, salt) => {
        const shuffle = (rows: Row[]): Row[] =>
          rows
            .map((row, i) => ({ row, key: Math.sin(salt + i * 7919) }))
            .sort((a, b) => a.key - b.key)
            .map(({ row }) => row);
        expect(figures(gridsOf(m, shuffle))).toEqual(figures(gridsOf(m)));
      }),
      { seed: SEED, numRuns: 150 },
    );
  });

  it('raises exactly one scenario’s total in one year by c when an initiative costing c then joins it', () => {
    fc.assert(
      fc.property(
        model,
        fc.nat(),
        fc.nat(2),
        amount,
        fc.boolean(),
        (m, pick, yearIndex, c, ongoing) => {
          const target = pick % m.scenarios.length;
          const costs: (number | null)[] = [null, null, null];
          costs[yearIndex] = c;
          const grown: Model = {
            ...m,
            initiatives: [
              ...m.initiatives,
              { name: 'Den nya insatsen', ongoing, costs, benefit: null },
            ],
            members: [...m.members, { scenario: target, initiative: m.initiatives.length }],
          };
          const before = recalculate(gridsOf(m)).scenarios;
          const after = recalculate(gridsOf(grown)).scenarios;
          before.forEach((scenario, s) => {
            scenario.years.forEach((year, y) => {
              const raised = after[s]?.years[y]?.total;
              const expected =
                s === target && y === yearIndex ? year.total?.add(c.toString()) : year.total;
              expect(raised?.equals(expected ?? NaN)).toBe(true);
            });
          });
        },
      ),
      { seed: SEED, numRuns: 150 },
    );
  });
});
