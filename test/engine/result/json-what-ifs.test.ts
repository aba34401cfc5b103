/**
 * The saved what-ifs in the JSON contract: figures worked out by hand from the source document,
 * unknown as null, and each problem pointing at the finding in `warnings` that says it.
 */
import type { StoredWhatIf } from '../../../src/engine';
import { recalculate, toJson } from '../../../src/engine';
import { annualAnalysisGrids } from '../fixtures/annual-analysis-2025';

const AI = 'Etablera förutsättningar för AI';
const SCENARIO_3 = [
  'Förstudie Beslutsmiljö',
  'Förstudie Incidentrapportering för egendomsskador',
  'Etablera tjänst för applikationsförvaltning',
  'Etablera tjänst för tjänstekatalog',
];
const member = (initiative: string, scale = '1', shift = 0) => ({ initiative, shift, scale });

const AI_IN_3: StoredWhatIf = {
  name: 'AI i scenario 3',
  basedOn: '3',
  members: [...SCENARIO_3, AI].map((name) => member(name)),
  impact: [],
};

describe('the what-ifs in the JSON form of a result', () => {
  it('come after the existing fields, which keep their order', () => {
    const json = toJson(recalculate(annualAnalysisGrids()), 'en');
    expect(Object.keys(json)).toEqual([
      'unit',
      'years',
      'scenarios',
      'drivers',
      'warnings',
      'tables',
      'whatIfs',
    ]);
    expect(json.whatIfs).toEqual([]);
  });

  it('give scenario 3 with the AI initiative added, by hand: 15 700 proposed and 1 104 676 in 2025', () => {
    // Scenario 3's members propose 500 + 700 + 2 400 + 1 600 = 5 200 in 2025 and
    // 500 + 1 400 + 5 300 + 0 = 7 200 in 2026; AI adds 10 500 in each. The impact is scenario 3's
    // (0, 2 300, 6 000) and its base 1 088 976 in 2025, `Ej känt` after.
    const json = toJson(recalculate(annualAnalysisGrids(), { whatIfs: [AI_IN_3] }), 'sv');
    expect(json.whatIfs).toEqual([
      {
        name: 'AI i scenario 3',
        basedOn: '3',
        members: [...SCENARIO_3, AI].map((initiative) => ({
          initiative,
          shift: 0,
          scale: '1',
          found: true,
        })),
        years: [
          {
            year: 2025,
            base: 1088976,
            ongoing: 0,
            proposed: 15700,
            impact: 0,
            overBase: 15700,
            total: 1104676,
            versus: { overBase: 10500, total: 10500 },
          },
          {
            year: 2026,
            base: null,
            ongoing: 0,
            proposed: 17700,
            impact: 2300,
            overBase: 20000,
            total: null,
            versus: { overBase: 10500, total: null },
          },
          {
            year: 2027,
            base: null,
            ongoing: 0,
            proposed: 0,
            impact: 6000,
            overBase: 6000,
            total: null,
            versus: { overBase: 0, total: null },
          },
        ],
        // 0 + 0 + 650 + 6 300; the AI initiative states none, and is counted, not taken as 0.
        netBenefit: 6950,
        membersWithoutNetBenefit: 1,
        netBenefitAsStated: 0,
        versusNetBenefit: 0,
        problems: [],
      },
    ]);
    // The decided scenarios are as they were.
    expect(json.scenarios.map((s) => s.years[0]?.total)).toEqual([1116626, 1121026, 1094176]);
  });

  it('keep a scale as its exact text, and a what-if from nothing compares with nothing', () => {
    const json = toJson(
      recalculate(annualAnalysisGrids(), {
        whatIfs: [
          { name: 'En tredjedel', basedOn: null, members: [member(AI, '1/3')], impact: [] },
        ],
      }),
      'en',
    );
    const [whatIf] = json.whatIfs;
    expect(whatIf?.members[0]?.scale).toBe('1/3');
    expect(whatIf?.years[0]).toMatchObject({ proposed: 3500, impact: null, total: null });
    expect(whatIf?.years[0]?.versus).toBeNull();
    expect(whatIf?.versusNetBenefit).toBeNull();
  });

  it('point each problem at the finding that says it, the member left out and said', () => {
    const json = toJson(
      recalculate(annualAnalysisGrids(), {
        whatIfs: [
          {
            name: 'Borttagen',
            basedOn: '9',
            members: [member('Finns inte längre'), member(AI), member(AI)],
            impact: [],
          },
        ],
      }),
      'en',
    );
    const [whatIf] = json.whatIfs;
    expect(whatIf?.members.map((m) => m.found)).toEqual([false, true, false]);
    expect(whatIf?.problems.map((p) => [p.kind, p.member])).toEqual([
      ['unknown-scenario', null],
      ['unknown-initiative', 0],
      ['named-twice', 2],
    ]);
    const said = whatIf?.problems.map((p) => json.warnings[p.warning ?? -1]?.code);
    expect(said).toEqual([
      'WHATIF_UNKNOWN_SCENARIO',
      'WHATIF_UNKNOWN_INITIATIVE',
      'WHATIF_NAMED_TWICE',
    ]);
    expect(json.warnings[whatIf?.problems[1]?.warning ?? -1]?.message).toContain(
      'Finns inte längre',
    );
  });
});
