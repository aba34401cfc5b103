/**
 * The source document, end to end: its tables in, the summaries it prints out, and every one of
 * its known inconsistencies reported at the cell where it stands (DOMAIN.md).
 */
import type { JsonResult, WarningCode } from '../../src/engine';
import { recalculate, toJson } from '../../src/engine';
import { annualAnalysisGrids } from './fixtures/annual-analysis-2025';
import { grouped } from '../support/figures';

const result = toJson(recalculate(annualAnalysisGrids()), 'en');

function scenario(id: string): JsonResult['scenarios'][number] {
  const found = result.scenarios.find((s) => s.id === id);
  if (found === undefined) throw new Error(`scenario ${id} missing`);
  return found;
}

function warningsWith(code: WarningCode): { cell: string; message: string }[] {
  return result.warnings
    .filter((w) => w.code === code)
    .map((w) => ({ cell: `${w.sheet ?? ''}!${w.cell ?? ''}`, message: w.message }));
}

describe('the annual analysis 2025', () => {
  it('finds all six tables where they stand', () => {
    expect(result.tables.map((t) => [t.table, t.sheet, t.range, t.rows])).toEqual([
      ['services', 'Tjänster', 'A3:F27', 24],
      ['transfers', 'Utveckling', 'A2:C18', 16],
      ['initiatives', 'Insatser', 'A2:H23', 21],
      ['scenarios', 'Scenarier', 'A2:I11', 9],
      ['members', 'Scenarioinsatser', 'A1:C22', 21],
      ['driverTotals', 'Drivare', 'A1:C5', 4],
    ]);
  });

  it('takes the years of the scenarios table', () => {
    expect(result.years).toEqual([2025, 2026, 2027]);
  });

  it.each([
    ['1', 1116626],
    ['2', 1121026],
    ['3', 1094176],
  ])('reproduces the 2025 total of scenario %s: %d', (id, total) => {
    const year = scenario(id).years[0];
    expect(year?.year).toBe(2025);
    expect(year?.total).toBe(total);
    expect(year?.base).toBe(1088976);
  });

  it.each([
    // scenario, year, ongoing, proposed, impact
    ['1', 2025, 6000, 20550, 1100],
    ['1', 2026, 0, 7200, 4430],
    ['1', 2027, 0, 0, 0],
    ['2', 2025, 7800, 22750, 1500],
    ['2', 2026, 2800, 15250, 6350],
    ['2', 2027, 2800, 2000, 14000],
    ['3', 2025, 0, 5200, 0],
    ['3', 2026, 0, 7200, 2300],
    ['3', 2027, 0, 0, 6000],
  ])(
    'sums scenario %s in %d to ongoing %d and proposed %d, impact %d',
    (id, y, ongoing, proposed, impact) => {
      const year = scenario(id).years.find((entry) => entry.year === y);
      expect(year).toMatchObject({ ongoing, proposed, impact });
    },
  );

  it('leaves a total unknown, not zero, where the base is "Ej känt"', () => {
    for (const s of result.scenarios) {
      expect(s.years.filter((y) => y.year > 2025).map((y) => [y.base, y.total])).toEqual([
        [null, null],
        [null, null],
      ]);
    }
  });

  it.each([
    ['1', 25680, 4],
    ['2', 17900, 6],
    ['3', 6950, 0],
  ])(
    'sums the net benefit of scenario %s to %d, with %d members lacking one',
    (id, netBenefit, without) => {
      expect(scenario(id)).toMatchObject({ netBenefit, membersWithoutNetBenefit: without });
    },
  );

  it('reports every stated scenario figure that does not add up, at its cell', () => {
    expect(warningsWith('STATED_MISMATCH').map((w) => w.cell)).toEqual([
      'Scenarier!I3', // scenario 1 net benefit: stated 25 620, members 25 680
      'Scenarier!G4', // scenario 1 proposed 2026: stated 6 200, members 7 200
      'Scenarier!I6', // scenario 2 net benefit: stated 130 900, members with a value 17 900
      'Scenarier!I9', // scenario 3 net benefit: stated 6 000, members 6 950
      'Scenarier!G10', // scenario 3 proposed 2026: stated 6 700, members 7 200
    ]);
    expect(warningsWith('STATED_MISMATCH')[1]?.message).toBe(
      'Scenario 1 2026: stated proposed initiatives is 6,200 but computes to 7,200 (difference 1,000).',
    );
  });

  it('reports the bevarandeplattform listed at 2 850 where the initiatives table says 2 000', () => {
    expect(warningsWith('LISTED_COST_MISMATCH')).toEqual([
      {
        cell: 'Scenarioinsatser!C4',
        message:
          'Scenario 1 lists 2,850 for “Utveckla bevarandeplattform”, but the initiatives table gives 2,000 for 2025. The sums use the initiatives table.',
      },
    ]);
  });

  it('reports transfers into services whose tags lack Utveckling tjänst', () => {
    expect(warningsWith('DRIVER_TAG_MISSING').map((w) => w.cell)).toEqual([
      'Tjänster!F13', // Processautomation
      'Tjänster!F16', // Applikationsplattform
      'Tjänster!F18', // E-tjänsteplattform
    ]);
  });

  it('reports transfers that name no service, and never guesses one', () => {
    expect(warningsWith('UNKNOWN_SERVICE').map((w) => w.cell)).toEqual([
      'Utveckling!A5', // Digitalt bevarande (the table says Stöd i digitalt bevarande)
      'Utveckling!A6', // Stöd i arbete med bemanning (arbetet)
      'Utveckling!A7', // Stöd i arbete med förmåner (arbetet)
      'Utveckling!A8', // rehabilitering: not in the services table at all
      'Utveckling!A9', // rekrytering: likewise
      'Utveckling!A18', // Flera tjänster
    ]);
    expect(warningsWith('UNKNOWN_SERVICE')[0]?.message).toContain(
      'Did you mean “Stöd i digitalt bevarande”',
    );
  });

  it('matches names that differ only by case or a trailing parenthetical', () => {
    const politisk = result.drivers?.services.find((s) => s.service.startsWith('Politisk'));
    expect(politisk).toEqual({
      service: 'Politisk ärendehantering (Stöd i dokument- och ärendehantering)',
      previous: 1146,
      proposed: 25518,
      delta: 24372,
      allocation: { 'Utveckling tjänst': 20000, 'Ny leverans': 4372 },
      estimated: [],
    });
    const intranet = result.drivers?.services.find((s) => s.service.startsWith('Stadens'));
    expect(intranet?.allocation['Utveckling tjänst']).toBe(2950);
  });

  it('adds up the services to the 2025 increase of 102 245 and reports the stated 99 500', () => {
    expect(result.drivers?.year).toBe(2025);
    expect(result.drivers?.totalChange).toBe(102245);
    const totals = result.drivers?.totals;
    const sumOfDrivers = Object.values(totals ?? {}).reduce((a, b) => a + b, 0);
    expect(sumOfDrivers).toBe(102245);
    expect(warningsWith('TOTAL_CHANGE_MISMATCH').map((w) => w.cell)).toEqual([
      'Drivare!C2',
      'Drivare!C3',
      'Drivare!C4',
      'Drivare!C5',
    ]);
  });

  it('splits by the default allocation and marks only split amounts as estimated', () => {
    const byName = new Map(result.drivers?.services.map((s) => [s.service, s]));
    // No transfer, tags Utveckling tjänst + Volymer: the delta goes to the other tag, Volymer.
    expect(byName.get('Lokalt Nät – LAN')?.allocation).toEqual({ Volymer: 7650 });
    // A new service: previous counts as 0; tags Ny leverans + Utveckling tjänst, transfer 2 000.
    expect(byName.get('Teknisk e-post')).toMatchObject({
      previous: 0,
      delta: 7545,
      allocation: { 'Utveckling tjänst': 2000, 'Ny leverans': 5545 },
      estimated: [],
    });
    // Only Utveckling tjänst: the whole delta is Utveckling tjänst.
    expect(byName.get('IT Säkerhet')?.allocation).toEqual({ 'Utveckling tjänst': 7137 });
    // A negative transfer explains the whole −500; the tag with a trailing year gets the rest, 0.
    expect(byName.get('Stöd i arbetet med utbildningsportalen')?.allocation).toEqual({
      'Utveckling tjänst': -500,
      'Projekt avslutas': 0,
    });
    // Without a matched transfer the fall goes to the other tag, Projekt avslutas.
    expect(byName.get('Stöd i arbetet med förmåner')?.allocation).toEqual({
      'Projekt avslutas': -2050,
    });
    // Transfer of 1 000 into a service tagged only Volymer: 1 000 development, the rest volumes.
    expect(byName.get('Processautomation')?.allocation).toEqual({
      'Utveckling tjänst': 1000,
      Volymer: 2375,
    });
    // Two other tags: the rest is split equally and marked estimated.
    expect(byName.get('E-tjänsteplattform')).toMatchObject({
      delta: 2279,
      allocation: { 'Utveckling tjänst': 1000, 'Ny leverans': 639.5, Volymer: 639.5 },
      estimated: ['Ny leverans', 'Volymer'],
    });
  });

  it('gives every warning but a missing table a sheet and a cell', () => {
    for (const w of result.warnings) {
      expect(w.sheet).not.toBeNull();
      expect(w.cell).toMatch(/^[A-Z]+\d+$/);
    }
  });

  it('reports nothing beyond the document’s known inconsistencies and the members without a net benefit', () => {
    const codes = new Set(result.warnings.map((w) => w.code));
    expect([...codes].sort()).toEqual([
      'DRIVER_TAG_MISSING',
      'LISTED_COST_MISMATCH',
      'MISSING_NET_BENEFIT',
      'STATED_MISMATCH',
      'TOTAL_CHANGE_MISMATCH',
      'UNKNOWN_SERVICE',
    ]);
  });

  it('speaks Swedish too', () => {
    const sv = toJson(recalculate(annualAnalysisGrids()), 'sv');
    const listed = sv.warnings.find((w) => w.code === 'LISTED_COST_MISMATCH');
    expect(listed?.message).toBe(
      grouped(
        'Scenario 1 anger 2 850 för ”Utveckla bevarandeplattform”, men förändringsinsatserna anger 2 000 för 2025. Summorna använder förändringsinsatsernas värde.',
      ),
    );
  });
});
