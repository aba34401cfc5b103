/**
 * One analysis, two layouts: the template's tables (a status column, a members table naming each
 * row's scenario, a scenarios table with a row per year) and the document's own (section 3's new
 * initiatives under their title, a member list under each scenario's heading with the first-year
 * cost, a transposed summary block). On generated analyses (fixed seed, bounded runs), every figure
 * the document layout knows is the template's figure; the only figures it does not know are the
 * ongoing costs after the first year, which its member lists never state (and what builds on them).
 */
import fc from 'fast-check';
import type { Grid, JsonResult, RawCell } from '../../src/engine';
import { recalculate, toJson } from '../../src/engine';
import { fuzzParameters } from '../fuzz/runs';
import { sheet } from './fixtures/grids';

const YEARS = [2025, 2026, 2027] as const;
type Row = RawCell[];

interface Initiative {
  readonly name: string;
  readonly ongoing: boolean;
  readonly costs: readonly [number, number, number];
  readonly impact: number;
  readonly netBenefit: number | null;
}
interface Scenario {
  readonly base: readonly (number | null)[];
  readonly impact: readonly [number, number, number];
  readonly members: readonly number[];
}
interface Analysis {
  readonly initiatives: readonly Initiative[];
  readonly scenarios: readonly Scenario[];
}

/** Names no two of which reword each other: a word of letters drawn apart for each. */
const names = (count: number): fc.Arbitrary<string[]> =>
  fc
    .uniqueArray(fc.stringMatching(/^[a-z]{9}$/), { minLength: count, maxLength: count })
    .map((words) =>
      words.map(
        (word, i) =>
          `${word.slice(0, 1).toUpperCase()}${word.slice(1)} ${i % 2 === 0 ? 'plattform' : 'tjänst'}`,
      ),
    );

const amount = fc.integer({ min: 0, max: 50_000 });

const analysis: fc.Arbitrary<Analysis> = fc.integer({ min: 1, max: 8 }).chain((count) =>
  fc.record({
    initiatives: fc
      .tuple(
        names(count),
        fc.array(
          fc.record({
            ongoing: fc.boolean(),
            costs: fc.tuple(amount, amount, amount),
            impact: fc.integer({ min: -5000, max: 5000 }),
            netBenefit: fc.option(amount, { nil: null }),
          }),
          { minLength: count, maxLength: count },
        ),
      )
      .map(([words, rows]) =>
        rows.map((row, i): Initiative => ({
          name: words[i] ?? `Insats ${i}`,
          ...row,
          // The document's lists state one cost and no net benefit for an ongoing initiative.
          costs: row.ongoing ? [row.costs[0], 0, 0] : row.costs,
          netBenefit: row.ongoing ? null : row.netBenefit,
        })),
      ),
    scenarios: fc.array(
      fc.record({
        base: fc.tuple(
          fc.integer({ min: 500_000, max: 2_000_000 }),
          fc.option(fc.integer({ min: 500_000, max: 2_000_000 }), { nil: null }),
          fc.constant(null),
        ),
        impact: fc.tuple(amount, amount, amount),
        members: fc.uniqueArray(fc.integer({ min: 0, max: count - 1 }), {
          minLength: 1,
          maxLength: count,
        }),
      }),
      { minLength: 1, maxLength: 3 },
    ),
  }),
);

const SERVICES: Row[] = [
  ['Tjänst', 'Budget 2024', 'Föreslagen budget 2025', 'Drivare'],
  ['IT-arbetsplats', 1000, 1200, 'Volymer'],
];

/** The template's layout: a sheet per table. */
function template(a: Analysis): Grid[] {
  return [
    sheet('Tjänster', SERVICES),
    sheet('Insatser', [
      [
        'Förändringsinsats',
        'Status',
        'Kostnad 2025',
        'Kostnad 2026',
        'Kostnad 2027',
        'Genomsnittlig påverkan',
        'Nettonytta',
      ],
      ...a.initiatives.map((i): Row => [
        i.name,
        i.ongoing ? 'Pågående' : 'Ny',
        i.costs[0],
        i.ongoing ? null : i.costs[1],
        i.ongoing ? null : i.costs[2],
        i.impact,
        i.netBenefit,
      ]),
    ]),
    sheet('Scenarier', [
      ['Scenario', 'År', 'Bas', 'Påverkan'],
      ...a.scenarios.flatMap((s, k) =>
        YEARS.map((year, y): Row => [String(k + 1), year, s.base[y] ?? 'Ej känt', s.impact[y]]),
      ),
    ]),
    sheet('Scenarioinsatser', [
      ['Scenario', 'Förändringsinsats', 'Angiven kostnad'],
      ...a.scenarios.flatMap((s, k) =>
        s.members.map((m): Row => [
          String(k + 1),
          a.initiatives[m]?.name ?? '',
          a.initiatives[m]?.costs[0] ?? null,
        ]),
      ),
    ]),
  ];
}

/** The document's layout: everything on one sheet, as section 3 and section 4 print it. */
function document(a: Analysis): Grid[] {
  const rows: Row[] = [...SERVICES, []];
  rows.push(['Förslag på nya förändringsinsatser med start 2025']);
  rows.push([
    'Tjänst',
    'Benämning ny förändringsinsats',
    'Kostnad 2025',
    'Kostnad 2026',
    'Kostnad 2027',
    'Genomsnittlig påverkan på förvaltningskostnaden 2025–2027',
    'Beräknad/ potentiell nettonytta',
  ]);
  for (const i of a.initiatives.filter((i) => !i.ongoing))
    rows.push([
      'IT-arbetsplats',
      i.name,
      `${i.costs[0]} tkr`,
      i.costs[1],
      i.costs[2],
      i.impact,
      i.netBenefit,
    ]);
  a.scenarios.forEach((s, k) => {
    rows.push([], [`4.${k + 1} Scenario ${k + 1}`], ['Ett scenario']);
    rows.push([
      'Förändringsinsats, ny och pågående som bygger scenariot',
      'Benämning befintlig/ny bastjänst/digital infrastruktur',
      'Kostnad för förändringsinsatsen',
    ]);
    for (const m of s.members) {
      const i = a.initiatives[m];
      if (i !== undefined) rows.push([i.name, 'IT-arbetsplats', i.costs[0]]);
    }
    rows.push([], [`Summering för scenario ${k + 1}`], ['År', ...YEARS]);
    rows.push([
      'Total förvaltningskostnad befintliga bastjänster/digital infrastruktur (basen)',
      ...s.base.map((b) => (b === null ? 'Ej känt' : `${b} tkr`)),
    ]);
    rows.push([
      'Påverkan på förvaltningskostnaden (plus eller minus)',
      ...s.impact.map((v) => `${v} tkr`),
    ]);
  });
  return [sheet('Årlig analys', rows)];
}

const known = (value: number | null): boolean => value !== null;

function figures(result: JsonResult) {
  return result.scenarios.map((s) => ({
    id: s.id,
    netBenefit: s.netBenefit,
    without: s.membersWithoutNetBenefit,
    years: s.years.map((y) => ({
      year: y.year,
      base: y.base,
      ongoing: y.ongoing,
      proposed: y.proposed,
      impact: y.impact,
      total: y.total,
    })),
  }));
}

describe('one analysis in two layouts', () => {
  it('the document layout gives every figure it knows as the template does', () => {
    fc.assert(
      fc.property(analysis, (a) => {
        const fromTemplate = figures(toJson(recalculate(template(a)), 'en'));
        const fromDocument = figures(toJson(recalculate(document(a)), 'en'));
        expect(fromDocument.map((s) => s.id)).toEqual(fromTemplate.map((s) => s.id));
        fromDocument.forEach((doc, k) => {
          const tpl = fromTemplate[k];
          const scenario = a.scenarios[k];
          if (tpl === undefined || scenario === undefined) throw new Error('scenario missing');
          expect([doc.netBenefit, doc.without]).toEqual([tpl.netBenefit, tpl.without]);
          const hasOngoing = scenario.members.some((m) => a.initiatives[m]?.ongoing === true);
          doc.years.forEach((year, y) => {
            const other = tpl.years[y];
            expect([year.base, year.proposed, year.impact]).toEqual([
              other?.base,
              other?.proposed,
              other?.impact,
            ]);
            // What the document's lists leave unstated is unknown, never a guess; all else agrees.
            const unstated = y > 0 && hasOngoing;
            if (!unstated || known(year.ongoing)) expect(year.ongoing).toEqual(other?.ongoing);
            if (!unstated || known(year.total)) expect(year.total).toEqual(other?.total);
          });
        });
      }),
      fuzzParameters(60),
    );
  });
});
