/**
 * The unit a header states, `Kostnad 2025 (kr)` among `Budget 2025 (tkr)`: amounts in one workbook
 * are summed together, so a column written in another unit than the rest would be off by a
 * thousand. The engine never converts (a header may be wrong where the figures are right); it says
 * where the units disagree.
 */
import type { CellRef } from '../cells/raw';
import type { TableKind } from '../headers/words';
import { normaliseHeader } from '../text/normalise';
import type { FoundTable } from './grid';
import { cellRefAt } from './grid';

/** Header tokens that state a unit, by what one of them is worth in kronor. */
const UNIT_SCALE: Readonly<Record<string, number>> = {
  kr: 1,
  sek: 1,
  tkr: 1_000,
  kkr: 1_000,
  ksek: 1_000,
  tsek: 1_000,
  mkr: 1_000_000,
  mnkr: 1_000_000,
  msek: 1_000_000,
};

export interface StatedUnit {
  readonly table: TableKind;
  readonly header: string;
  /** The unit as the header writes it, lower case. */
  readonly unit: string;
  readonly scale: number;
  readonly at: CellRef;
}

/**
 * The unit a header states, or null when it states none (or more than one).
 * @example unitOf('Kostnad 2025 (tkr)') === 'tkr'
 */
export function unitOf(header: string): string | null {
  const units = normaliseHeader(header)
    .split(' ')
    .filter((token) => token in UNIT_SCALE);
  return units.length === 1 ? (units[0] ?? null) : null;
}

/**
 * The columns whose stated unit differs from the one most columns state (the first stated wins a
 * tie), each with the unit the others are in.
 * @example unitMismatches(selected)[0]?.column.unit === 'kr'
 */
export function unitMismatches(
  selected: ReadonlyMap<TableKind, FoundTable>,
): readonly { column: StatedUnit; expected: string }[] {
  const stated: StatedUnit[] = [];
  for (const table of selected.values())
    for (const column of table.header.columns) {
      const unit = unitOf(column.header);
      if (unit === null) continue;
      stated.push({
        table: table.kind,
        header: column.header,
        unit,
        scale: UNIT_SCALE[unit] ?? 1,
        at: cellRefAt(table, table.headerRow, column.index),
      });
    }
  const votes = new Map<number, { count: number; unit: string }>();
  for (const column of stated) {
    const vote = votes.get(column.scale);
    if (vote === undefined) votes.set(column.scale, { count: 1, unit: column.unit });
    else vote.count += 1;
  }
  let majority: { scale: number; count: number; unit: string } | null = null;
  for (const [scale, vote] of votes)
    if (majority === null || vote.count > majority.count) majority = { scale, ...vote };
  if (majority === null) return [];
  const expected = majority;
  return stated
    .filter((column) => column.scale !== expected.scale)
    .map((column) => ({ column, expected: expected.unit }));
}
