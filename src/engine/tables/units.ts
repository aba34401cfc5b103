/**
 * The unit a header states, `Kostnad 2025 (kr)` among `Budget 2025 (tkr)`: amounts in one workbook
 * are summed together, so a column written in another unit than the rest would be off by a
 * thousand. The engine never converts (a header may be wrong where the figures are right); it says
 * where the units disagree.
 */
import type { CellRef } from '../cells/raw';
import type { TableKind } from '../headers/words';
import type { FoundTable } from './grid';
import { headerCellRef } from './grid';

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
  mnsek: 1_000_000,
};

/** Units spelled out in more than one word, and the token each stands for. */
const SPELLED_UNITS: readonly (readonly [RegExp, string])[] = [
  [/\b(?:(?:t|k)(?:\.\s*|\s+)|tusen\s*)(?:kr|kronor|sek)\b/giu, 'tkr'],
  [/\b(?:(?:m|mn)(?:\.\s*|\s+)|milj\.?\s*|miljoner\s*)(?:kr|kronor|sek)\b/giu, 'mkr'],
  [/\bkronor\b/giu, 'kr'],
];

export interface StatedUnit {
  readonly table: TableKind;
  readonly header: string;
  /** The unit as the header writes it (`tkr`, `MSEK`). */
  readonly unit: string;
  readonly scale: number;
  readonly at: CellRef;
}

/** What one of a unit is worth in kronor, or null for a token that is no unit (lower case). */
export function unitScale(token: string): number | null {
  return UNIT_SCALE[token.toLowerCase()] ?? null;
}

/** True when a header token (normalised: lower case) is a unit. */
export function isUnitToken(token: string): boolean {
  return token in UNIT_SCALE;
}

/**
 * The unit a header states, as written, or null when it states none (or more than one).
 * @example unitOf('Kostnad 2025 (tkr)') === 'tkr'
 */
export function unitOf(header: string): string | null {
  const spelled = SPELLED_UNITS.reduce(
    (text, [pattern, token]) => text.replace(pattern, ` ${token} `),
    header,
  );
  const units = spelled.split(/[^\p{L}]+/u).filter((token) => isUnitToken(token.toLowerCase()));
  return units.length === 1 ? (units[0] ?? null) : null;
}

/**
 * The columns whose stated unit differs from the one most columns state, each with the unit the
 * others are in. In a tie the unit of the analysis (the settings' unit, `tkr` by default) wins,
 * else the first stated.
 * @example unitMismatches(selected, 'tkr')[0]?.column.unit === 'kr'
 */
export function unitMismatches(
  selected: ReadonlyMap<TableKind, FoundTable>,
  analysisUnit: string,
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
        scale: UNIT_SCALE[unit.toLowerCase()] ?? 1,
        at: headerCellRef(table, column.index),
      });
    }
  const votes = new Map<number, { count: number; unit: string }>();
  for (const column of stated) {
    const vote = votes.get(column.scale);
    if (vote === undefined) votes.set(column.scale, { count: 1, unit: column.unit });
    else vote.count += 1;
  }
  const preferred = UNIT_SCALE[analysisUnit.toLowerCase()];
  let majority: { scale: number; count: number; unit: string } | null = null;
  for (const [scale, vote] of votes)
    if (
      majority === null ||
      vote.count > majority.count ||
      (vote.count === majority.count && scale === preferred)
    )
      majority = { scale, ...vote };
  if (majority === null) return [];
  const { scale, unit } = majority;
  return stated
    .filter((column) => column.scale !== scale)
    .map((column) => ({ column, expected: unit }));
}
