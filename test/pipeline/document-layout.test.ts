/**
 * The source document's own layout, pasted into one sheet (fixtures/make-document-layout.py, by
 * openpyxl, and the same file saved by LibreOffice): section 1.1's services, the transfers, section
 * 3's new initiatives without a status column, and per scenario a heading, a member list in the
 * document's own wording and a transposed `Summering för scenario N`. From this layout alone the
 * example's figures come out, and the document's inconsistencies are reported at their cells.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RunOutcome } from '../../src/pipeline/pipeline';
import { recalculateBytes } from '../workbook/xlsx/helpers';

const SHEET = 'Årlig analys 2025';

function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(__dirname, 'fixtures', name)));
}

type Json = Extract<RunOutcome, { kind: 'written' }>['json'];

async function run(name: string): Promise<Json> {
  const { outcome } = await recalculateBytes(fixture(name), { language: 'en' });
  if (outcome.kind !== 'written') throw new Error(`nothing written: ${outcome.kind}`);
  return outcome.json;
}

const at = (json: Json, code: string): string[] =>
  json.warnings.filter((w) => w.code === code).map((w) => `${w.sheet ?? ''}!${w.cell ?? ''}`);

describe.each(['document-layout.openpyxl.xlsx', 'document-layout.libreoffice.xlsx'])(
  'the document layout (%s)',
  (name) => {
    let json: Json;
    beforeAll(async () => {
      json = await run(name);
    });

    it('finds every table the document prints, and no driver totals (it states them in prose)', () => {
      expect(json.tables.map((t) => `${t.table} ${t.range}`)).toEqual([
        'services A5:F29',
        'transfers A32:C48',
        'initiatives A54:G71',
        'members A81:C89',
        'members A104:C113',
        'members A130:C134',
        'scenarios A94:D100',
        'scenarios A118:D124',
        'scenarios A139:D145',
      ]);
    });

    it("gives the example's 2025 totals: 1 116 626, 1 121 026 and 1 094 176", () => {
      expect(json.scenarios.map((s) => [s.id, s.years[0]?.total])).toEqual([
        ['1', 1116626],
        ['2', 1121026],
        ['3', 1094176],
      ]);
      // The ongoing initiatives appear only in the member lists, with their 2025 cost: what
      // they cost later is unknown, and so are the ongoing sum and over base of those years.
      expect(
        json.scenarios.map((s) =>
          s.years.map((y) => [y.ongoing, y.proposed, y.impact, y.overBase]),
        ),
      ).toEqual([
        [
          [6000, 20550, 1100, 27650],
          [null, 7200, 4430, null],
          [null, 0, 0, null],
        ],
        [
          [7800, 22750, 1500, 32050],
          [null, 15250, 6350, null],
          [null, 2000, 14000, null],
        ],
        [
          [0, 5200, 0, 5200],
          [0, 7200, 2300, 9500],
          [0, 0, 6000, 6000],
        ],
      ]);
    });

    it('says once per scenario and year that an ongoing cost is unknown, and compares no stated figure with it', () => {
      expect(at(json, 'UNKNOWN_MEMBER_COST')).toEqual([
        `${SHEET}!A82`,
        `${SHEET}!A82`,
        `${SHEET}!A105`,
        `${SHEET}!A105`,
      ]);
      expect(at(json, 'STATED_MISMATCH')).not.toContain(`${SHEET}!C120`);
    });

    it("gives the example's net benefits, counting the members that lack one", () => {
      expect(json.scenarios.map((s) => [s.netBenefit, s.membersWithoutNetBenefit])).toEqual([
        [25680, 4],
        [17900, 6],
        [6950, 0],
      ]);
    });

    it("reports the document's own inconsistencies at its cells", () => {
      expect(at(json, 'LISTED_COST_MISMATCH')).toEqual([`${SHEET}!C84`]);
      expect(at(json, 'STATED_MISMATCH')).toEqual(
        expect.arrayContaining([
          `${SHEET}!C97`, // scenario 1 proposed 2026: stated 6 200, members 7 200
          `${SHEET}!B100`, // scenario 1 net benefit: stated 25 620, members 25 680
          `${SHEET}!B124`, // scenario 2 net benefit: stated 130 900, members 17 900
          `${SHEET}!C142`, // scenario 3 proposed 2026: stated 6 700, members 7 200
          `${SHEET}!B145`, // scenario 3 net benefit: stated 6 000, members 6 950
        ]),
      );
      expect(at(json, 'DRIVER_TAG_MISSING')).toEqual([
        `${SHEET}!F15`,
        `${SHEET}!F18`,
        `${SHEET}!F20`,
      ]);
    });

    it('says which names of the member lists it read as which initiative, at their cells', () => {
      const read = json.warnings
        .filter((w) => w.code === 'NAME_READ_AS')
        .map(
          (w) =>
            `${w.cell ?? ''} ${w.message.replace(/^Scenario \d: /, '').split(' is not')[0] ?? ''}`,
        );
      expect(read).toEqual([
        'A83 “Ersättningslösning IT-stöd för personaluppföljning”',
        'A84 “Utveckling bevarandeplattform”',
        'A89 “Stadenövergripande säkerhetsåtgärder p.g.a. hotbild”',
        'A109 “Digitala anställningsavtal/överenskommelse om timlön”',
        'A110 “Digitalt bevarande HR”',
        'A111 “Framtida eventuell tjänst -API-katalog”',
        'A112 “Framtida eventuell tjänst -Organisations-id”',
        'A113 “Framtida eventuell tjänst -Nationell digital infrastruktur för mina ärenden och mina ombud”',
        'A132 “Förstudie incidentrapportering”',
        'A133 “Framtida eventuell tjänst -Applikationsförvaltning som tjänst”',
        'A134 “Framtida eventuell tjänst -Tjänstekatalog”',
      ]);
    });

    it('counts the initiatives only the member lists name as ongoing, and says so at each', () => {
      expect(at(json, 'MEMBER_ONLY_INITIATIVE')).toEqual([
        `${SHEET}!A82`,
        `${SHEET}!A87`,
        `${SHEET}!A105`,
        `${SHEET}!A107`,
      ]);
      expect(json.warnings.find((w) => w.code === 'MEMBER_ONLY_INITIATIVE')?.message).toBe(
        'Scenario 1: “Upphandling IT-stöd för ekonomiprocesser” is not in the table of new initiatives, so it is counted as ongoing, with 4,000 from the list as its cost for 2025; its cost in later years is unknown.',
      );
    });

    it('reads every initiative as new, as the title of section 3 says', () => {
      expect(at(json, 'STATUS_FROM_TITLE')).toEqual([`${SHEET}!A53`]);
      expect(at(json, 'MISSING_COLUMN')).toEqual([]);
    });

    it('reads amounts that write their unit (`6000 tkr`, `0 tkr/år`) without a finding', () => {
      expect(json.warnings.filter((w) => w.code === 'NOT_A_NUMBER')).toEqual([]);
    });

    it('points every finding but a missing optional table at a cell', () => {
      expect(
        json.warnings.filter((w) => w.cell === null).map((w) => `${w.code} ${w.message}`),
      ).toEqual(['MISSING_TABLE The Stated driver totals table was not found (it is optional).']);
    });
  },
);
