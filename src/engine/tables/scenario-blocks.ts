/**
 * The document's own scenario summaries: a `Summering för scenario N` block with the years as
 * columns and the measures as rows (base, ongoing, proposed, impact, total, net benefit). Base and
 * impact are inputs; the others are figures the document states, to reconcile. Each block becomes
 * the scenario rows a scenarios table would give, every amount at its own cell.
 */
import { isBlank, readNumber, readText } from '../cells/parse';
import type { CellRef, Located, RawCell } from '../cells/raw';
import { cellAddress } from '../cells/raw';
import { YEAR_TOKEN } from '../headers/years';
import { normaliseHeader } from '../text/normalise';
import type { WarningSink } from '../validation/warning';
import { scenarioOfTitles, titlesAbove } from './titles';
import type { Grid } from './grid';
import type { Amount, ScenarioRow } from './model';
import { readAmount } from './row';
import type { AmountUnits } from './units';
import { unitOfTitles } from './units';

/** The measures a block's rows state, by the field of a scenarios table each one fills. */
type Measure =
  'base' | 'impact' | 'statedOngoing' | 'statedProposed' | 'statedTotal' | 'statedNetBenefit';

export interface ScenarioBlock {
  readonly sheet: string;
  /** The A1 range from the year row to the last measure row. */
  readonly range: string;
  readonly scenario: Located<string>;
  readonly years: readonly number[];
  /** One row per year, as a scenarios table would give them. */
  readonly rows: readonly ScenarioRow[];
  /** True when its title states its unit (`Summering för scenario 1 (MSEK)`); else it is assumed. */
  readonly unitStated: boolean;
}

/** Blank rows a block may hold between two measure rows (the document wraps long labels). */
const GAP_ROWS = 2;

/**
 * The measure a row's label states, or null when it is none (the block ends there). Net benefit
 * is asked first: its label says `totalt belopp`; the base's says `Total förvaltningskostnad`.
 * @example measureOf('Total kostnad för pågående förändringsinsatser inom scenariot') === 'statedOngoing'
 */
export function measureOf(label: string): Measure | null {
  const text = normaliseHeader(label);
  const words = text.split(' ');
  if (text.includes('nettonytta') || text.includes('net benefit')) return 'statedNetBenefit';
  if (words.includes('basen') || words.includes('base') || text === 'bas') return 'base';
  if (words.includes('pagaende') || words.includes('ongoing')) return 'statedOngoing';
  if (words.includes('foreslagna') || words.includes('proposed')) return 'statedProposed';
  if (text.startsWith('paverkan') || text.startsWith('impact')) return 'impact';
  if (['summering', 'total', 'totalt', 'summa'].includes(text)) return 'statedTotal';
  return null;
}

/**
 * Every scenario summary block on a sheet's grid. A block is a row `År | 2025 | 2026 | …` under a
 * title naming its scenario, followed by rows whose first cell names a measure; a row of amounts
 * naming none is reported and passed over. It ends at a row with no amounts under its years that
 * names no measure, a measure named twice, or more than two blank rows.
 * @example findScenarioBlocks(sheetGrid, sink, { column: 'tkr', result: 'tkr' })[0]?.rows[0]?.base?.value → 1 088 976
 */
export function findScenarioBlocks(
  grid: Grid,
  sink: WarningSink,
  /**
   * The unit the block's amounts are in unless its title states one (a cell may write its own),
   * and the result's.
   */
  units: AmountUnits,
): readonly ScenarioBlock[] {
  if (grid.source.kind !== 'sheet') return [];
  const blocks: ScenarioBlock[] = [];
  for (let index = 0; index < grid.rows.length; index++) {
    const yearRow = yearsRow(grid.rows[index] ?? []);
    if (yearRow === null) continue;
    const titles = titlesAbove(grid, index, 0);
    const scenario = scenarioOfTitles(titles);
    if (scenario === null) continue;
    const titled = unitOfTitles(titles);
    const blockUnits = titled === null ? units : { ...units, column: titled.unit };
    const block = readBlock(grid, index, yearRow, scenario, sink, blockUnits, titled !== null);
    if (block === null) continue;
    blocks.push(block.block);
    index = block.end;
  }
  return blocks;
}

interface YearsRow {
  /** 0-based column of the label cell (`År`). */
  readonly label: number;
  /** The label as written. */
  readonly labelText: string;
  readonly years: readonly { readonly year: number; readonly column: number }[];
}

/** True for a row `År | 2025 | 2026 | 2027`, the head of a summary block. */
export function isYearsRow(cells: readonly RawCell[]): boolean {
  return yearsRow(cells) !== null;
}

/** A row `År | 2025 | 2026 | 2027`: a year label, then only years. */
function yearsRow(cells: readonly RawCell[]): YearsRow | null {
  const filled = cells.flatMap((cell, column) => (isBlank(cell) ? [] : [{ cell, column }]));
  const [first, ...rest] = filled;
  if (first === undefined || rest.length === 0) return null;
  const label = readText(first.cell);
  if (label.kind !== 'text' || !['ar', 'year', 'artal'].includes(normaliseHeader(label.value)))
    return null;
  const years: { year: number; column: number }[] = [];
  for (const { cell, column } of rest) {
    const text = readText(cell);
    if (text.kind !== 'text' || !YEAR_TOKEN.test(text.value.trim())) return null;
    years.push({ year: Number(text.value.trim()), column });
  }
  return { label: first.column, labelText: label.value, years };
}

function readBlock(
  grid: Grid,
  index: number,
  header: YearsRow,
  scenario: Located<string>,
  sink: WarningSink,
  units: AmountUnits,
  unitStated: boolean,
): { block: ScenarioBlock; end: number } | null {
  const measures = new Map<Measure, readonly (Amount | null)[]>();
  let last = index;
  let row = index + 1;
  let gap = 0;
  while (row < grid.rows.length) {
    const cells = grid.rows[row] ?? [];
    if (cells.every(isBlank)) {
      gap += 1;
      if (gap > GAP_ROWS) break;
      row += 1;
      continue;
    }
    const label = readText(cells[header.label]);
    const measure = label.kind === 'text' ? measureOf(label.value) : null;
    const sheetRow = grid.top + row;
    // The next block's year row starts something else.
    if (yearsRow(cells) !== null) break;
    if (measure === null) {
      // A row of amounts under the years that names no measure is said and passed over, so the
      // rows after it are still read; a row without amounts there (a heading, prose) ends the block.
      if (!header.years.some(({ column }) => readNumber(cells[column]).kind === 'number')) break;
      sink.add(
        { code: 'UNKNOWN_BLOCK_ROW', label: label.kind === 'text' ? label.value : '' },
        { sheet: grid.sheet, cell: cellAddress(sheetRow, grid.left + header.label) },
      );
      last = row;
      gap = 0;
      row += 1;
      continue;
    }
    if (measures.has(measure)) break;
    measures.set(
      measure,
      header.years.map(({ column }) =>
        readAmount(
          cells[column],
          { sheet: grid.sheet, cell: cellAddress(sheetRow, grid.left + column) },
          label.kind === 'text' ? label.value : '',
          sink,
          units,
        ),
      ),
    );
    last = row;
    gap = 0;
    row += 1;
  }
  if (measures.size === 0) return null;
  const yearCell = (i: number): CellRef => ({
    sheet: grid.sheet,
    cell: cellAddress(grid.top + index, grid.left + (header.years[i]?.column ?? header.label)),
  });
  // A block without its base or impact row: said once, at the year row, and each year's value
  // is then unknown and already reported (no finding per year).
  const input = (measure: 'base' | 'impact', i: number): Amount | null => {
    if (measures.has(measure)) return measures.get(measure)?.[i] ?? null;
    return { value: null, at: yearCell(i), column: header.labelText, unreadable: true };
  };
  for (const measure of ['base', 'impact'] as const)
    if (!measures.has(measure))
      sink.add(
        { code: 'MISSING_BLOCK_ROW', scenario: scenario.value, measure },
        { sheet: grid.sheet, cell: cellAddress(grid.top + index, grid.left + header.label) },
      );
  const at = (measure: Measure, i: number): Amount | null => {
    const amount = measures.get(measure)?.[i] ?? null;
    return amount === null || (amount.value === null && !amount.unreadable) ? null : amount;
  };
  // The net benefit is one figure for the whole horizon: the first year column that has one.
  const benefits = measures.get('statedNetBenefit') ?? [];
  const netBenefit = benefits.find((amount) => amount !== null && amount.value !== null) ?? null;
  const rows = header.years.map(({ year }, i): ScenarioRow => ({
    id: scenario,
    name: null,
    year,
    base: input('base', i),
    impact: input('impact', i),
    statedOngoing: at('statedOngoing', i),
    statedProposed: at('statedProposed', i),
    statedTotal: at('statedTotal', i),
    statedNetBenefit: i === 0 ? netBenefit : null,
    summary: scenario.at,
  }));
  const right = Math.max(...header.years.map(({ column }) => column));
  return {
    block: {
      sheet: grid.sheet,
      range: `${cellAddress(grid.top + index, grid.left + header.label)}:${cellAddress(grid.top + last, grid.left + right)}`,
      scenario,
      years: header.years.map(({ year }) => year),
      rows,
      unitStated,
    },
    end: last,
  };
}
