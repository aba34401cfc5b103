/**
 * The check before an adoption is offered: its rows applied to a copy of the workbook as read,
 * recomputed by the same pipeline, must give the new scenario exactly the what-if's figures (every
 * year's base, ongoing, proposed, impact, over-base and total, known or unknown alike, and the net
 * benefit), and leave every other scenario as it was. A plausible wrong figure written in silence
 * is the worst defect this product can have: any difference refuses the adoption.
 */
import type { EngineResult, ScenarioSummary, WhatIfResult } from '../engine';
import { parseRange, SCENARIO_FIGURES } from '../engine';
import type { Money, RawCell } from '../engine';
import type { AdoptionWrite, SheetSnapshot, WorkbookSnapshot } from '../workbook/port';
import type { AdoptionRefusal } from './adoption';

/**
 * The snapshot as it would be read once the writes are made: sheet cells set, Excel tables grown.
 * @example applyWrites(snapshot, plan.writes).tables.find((t) => t.name === 'Scenarier')?.rows.length
 */
export function applyWrites(
  snapshot: WorkbookSnapshot,
  writes: readonly AdoptionWrite[],
): WorkbookSnapshot {
  let sheets = snapshot.sheets;
  let tables = snapshot.tables;
  for (const write of writes) {
    const bounds = parseRange(write.range);
    if (bounds === null) continue;
    const cells = write.rows.map((row) => row.map((cell): RawCell => cell));
    sheets = sheets.map((sheet) =>
      sheet.name === write.sheet ? withCells(sheet, bounds.top, bounds.left, cells) : sheet,
    );
    tables = tables.map((table) =>
      table.name === write.excelTable ? { ...table, rows: [...table.rows, ...cells] } : table,
    );
  }
  return { ...snapshot, sheets, tables };
}

/**
 * Where the scenario as adopted differs from the what-if, or another scenario from what it was:
 * the refusal naming the first year that differs (null: the net benefit); null when none does.
 * @example figuresDiffer(lookAt(applyWrites(snapshot, writes), 'sv'), '4', evaluation, before) === null
 */
export function figuresDiffer(
  adopted: EngineResult,
  scenario: string,
  evaluation: WhatIfResult,
  before: EngineResult,
): Extract<AdoptionRefusal, { kind: 'figures-differ' }> | null {
  const found = adopted.scenarios.find((s) => s.id === scenario);
  const first = evaluation.years[0]?.year ?? null;
  if (found === undefined || found.years.length !== evaluation.years.length)
    return { kind: 'figures-differ', scenario, year: first };
  for (const year of evaluation.years) {
    const figures = found.years.find((y) => y.year === year.year);
    if (figures === undefined || SCENARIO_FIGURES.some((f) => !same(figures[f], year[f])))
      return { kind: 'figures-differ', scenario, year: year.year };
  }
  if (
    !found.netBenefit.equals(evaluation.netBenefit) ||
    found.membersWithoutNetBenefit !== evaluation.membersWithoutNetBenefit
  )
    return { kind: 'figures-differ', scenario, year: null };
  for (const earlier of before.scenarios) {
    const now = adopted.scenarios.find((s) => s.id === earlier.id);
    const year = now === undefined ? first : changedYear(earlier, now);
    if (year !== undefined) return { kind: 'figures-differ', scenario: earlier.id, year };
  }
  return null;
}

/** The first year a scenario's figures changed (null: its net benefit), or undefined for none. */
function changedYear(was: ScenarioSummary, now: ScenarioSummary): number | null | undefined {
  for (const year of was.years) {
    const figures = now.years.find((y) => y.year === year.year);
    if (figures === undefined || SCENARIO_FIGURES.some((f) => !same(figures[f], year[f])))
      return year.year;
  }
  return was.netBenefit.equals(now.netBenefit) ? undefined : null;
}

/** Two figures are the same when both are unknown or both are known and exactly equal. */
function same(a: Money | null, b: Money | null): boolean {
  return a === null || b === null ? a === b : a.equals(b);
}

/** A sheet's snapshot with cells set from (top, left), its rows grown to hold them. */
function withCells(
  sheet: SheetSnapshot,
  top: number,
  left: number,
  cells: readonly (readonly RawCell[])[],
): SheetSnapshot {
  const width = Math.max(0, ...sheet.rows.map((row) => row.length));
  const empty = sheet.rows.length === 0;
  const newTop = empty ? top : Math.min(sheet.top, top);
  const newLeft = empty ? left : Math.min(sheet.left, left);
  const bottom = Math.max(empty ? 0 : sheet.top + sheet.rows.length - 1, top + cells.length - 1);
  const right = Math.max(
    empty ? 0 : sheet.left + width - 1,
    left + Math.max(0, ...cells.map((row) => row.length)) - 1,
  );
  const rows: RawCell[][] = [];
  for (let row = newTop; row <= bottom; row++) {
    const out: RawCell[] = [];
    for (let column = newLeft; column <= right; column++) {
      const written = cells[row - top]?.[column - left];
      out.push(
        written !== undefined && written !== null
          ? written
          : (sheet.rows[row - sheet.top]?.[column - sheet.left] ?? null),
      );
    }
    rows.push(out);
  }
  return { ...sheet, top: newTop, left: newLeft, rows };
}
