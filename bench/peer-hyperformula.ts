/**
 * The peer a team might use instead of the engine: the scenario summaries as spreadsheet formulas,
 * SUMIFS over the same tables, computed by HyperFormula (a headless spreadsheet engine).
 *
 * The formulas are the ones a controller would write:
 * - on each membership row, the member's cost per year and status, looked up in the initiatives
 *   table: `=SUMIFS(Init!D$2:D$n, Init!$B$2:$B$n, $B2, Init!$C$2:$C$n, "Pågående")`;
 * - on each scenario row, ongoing and proposed summed over the membership:
 *   `=SUMIFS(Members!C$2:C$m, Members!$A$2:$A$m, $A2)`, and the total `=base+ongoing+proposed+impact`.
 *
 * The peer gets the numbers the engine reads (an amount typed as text, `1 088 976`, becomes the
 * number), since SUMIFS skips text; it gets nothing of what else the engine does (finding the
 * tables, validating, the driver breakdown), so the comparison favours the peer.
 */
import { HyperFormula } from 'hyperformula';
import type { RawCell } from '../src/engine';
import { columnLetters, readNumber, toJsonNumber } from '../src/engine';
import type { Grid } from '../src/engine';
import { SHEETS } from './generate';

/** The generator's initiatives columns: service, name, status, a cost per year, …. */
const INITIATIVE_NAME = 1;
const INITIATIVE_STATUS = 2;
const FIRST_COST = 3;
const ONGOING = 'Pågående';

type Cell = string | number | null;

/** What the engine would read as a number, as a number; text and blanks as they are. */
function peerCell(raw: RawCell): Cell {
  if (raw === null || raw === undefined) return null;
  const number = readNumber(raw);
  if (number.kind === 'number') return toJsonNumber(number.value);
  return typeof raw === 'string' ? raw : null;
}

function gridRows(grids: readonly Grid[], sheet: string): readonly (readonly RawCell[])[] {
  const grid = grids.find((g) => g.sheet === sheet);
  if (grid === undefined) throw new Error(`No ${sheet} grid.`);
  return grid.rows.slice(1);
}

/** The three sheets of the peer's workbook, formulas and all, for the generator's grids. */
export function sumifsWorkbook(grids: readonly Grid[], years: readonly number[]) {
  const initiatives = gridRows(grids, SHEETS.initiatives);
  const members = gridRows(grids, SHEETS.members);
  const scenarios = gridRows(grids, SHEETS.scenarios);
  const n = initiatives.length + 1;
  const m = members.length + 1;
  const col = (index: number): string => columnLetters(index + 1);

  const init: Cell[][] = [
    ['Service', 'Name', 'Status', ...years.map(String)],
    ...initiatives.map((row) => [
      null,
      peerCell(row[INITIATIVE_NAME] ?? null),
      peerCell(row[INITIATIVE_STATUS] ?? null),
      ...years.map((_, y) => peerCell(row[FIRST_COST + y] ?? null)),
    ]),
  ];
  // Members: A scenario, B initiative, then per year an ongoing and a proposed cost.
  const memberCost = (row: number, y: number, ongoing: boolean): string => {
    const cost = col(FIRST_COST + y);
    const name = col(INITIATIVE_NAME);
    const status = col(INITIATIVE_STATUS);
    const criterion = ongoing ? `"${ONGOING}"` : `"<>${ONGOING}"`;
    return `=SUMIFS(Init!${cost}$2:${cost}$${n},Init!$${name}$2:$${name}$${n},$B${row},Init!$${status}$2:$${status}$${n},${criterion})`;
  };
  const member: Cell[][] = [
    ['Scenario', 'Initiative', ...years.flatMap((y) => [`Ongoing ${y}`, `Proposed ${y}`])],
    ...members.map((row, i) => [
      peerCell(row[0] ?? null),
      peerCell(row[1] ?? null),
      ...years.flatMap((_, y) => [memberCost(i + 2, y, true), memberCost(i + 2, y, false)]),
    ]),
  ];
  // Summary: A scenario, B year, C base, D impact, E ongoing, F proposed, G total.
  const summary: Cell[][] = [
    ['Scenario', 'Year', 'Base', 'Impact', 'Ongoing', 'Proposed', 'Total'],
    ...scenarios.map((row, i) => {
      const r = i + 2;
      const year = readNumber(row[2] ?? null);
      const y = year.kind === 'number' ? years.indexOf(toJsonNumber(year.value)) : -1;
      const sum = (offset: number): string => {
        const c = col(2 + 2 * y + offset);
        return `=SUMIFS(Members!${c}$2:${c}$${m},Members!$A$2:$A$${m},$A${r})`;
      };
      return [
        peerCell(row[0] ?? null),
        peerCell(row[2] ?? null),
        peerCell(row[3] ?? null),
        peerCell(row[4] ?? null),
        y < 0 ? null : sum(0),
        y < 0 ? null : sum(1),
        `=C${r}+E${r}+F${r}+D${r}`,
      ];
    }),
  ];
  return { Init: init, Members: member, Summary: summary };
}

/** Per scenario and year (`"1|2025"`), the total the peer computed; null where it is an error. */
export type PeerTotals = ReadonlyMap<string, number | null>;

/** Builds the peer's workbook in HyperFormula, which computes every formula, and reads the totals. */
export function computeWithHyperFormula(sheets: ReturnType<typeof sumifsWorkbook>): PeerTotals {
  // The default limits (40 000 rows) are a browser's; the larger sizes need more.
  const hf = HyperFormula.buildFromSheets(sheets, {
    licenseKey: 'gpl-v3',
    maxRows: 1_048_576,
  });
  const id = hf.getSheetId('Summary');
  if (id === undefined) throw new Error('No Summary sheet.');
  const totals = new Map<string, number | null>();
  for (const row of hf.getSheetValues(id).slice(1)) {
    const [scenario, year, , , , , total] = row;
    totals.set(`${String(scenario)}|${String(year)}`, typeof total === 'number' ? total : null);
  }
  hf.destroy();
  return totals;
}
