/**
 * Cells the result tables share: an amount as a cell (unknown stays empty, never 0), and a year's
 * figures as a scenario's table and the what-if table under it both write them, in the same
 * columns, so the two line up.
 */
import type { Money, YearFigures } from '../engine';
import { toJsonNumber } from '../engine';
import type { ResultCell, ResultColumnKind } from '../workbook/port';

/** An amount as a cell: its JSON number, or an empty cell when it is unknown. */
export const amountCell = (value: Money | null): number | null =>
  value === null ? null : toJsonNumber(value);

/** The columns of a year's figures: a text key of SHEET_TEXTS, its kind and its width. */
export const YEAR_FIGURE_COLUMNS: readonly (readonly [string, ResultColumnKind, number])[] = [
  ['year', 'year', 7],
  ['base', 'amount', 13],
  ['ongoing', 'amount', 12],
  ['proposed', 'amount', 12],
  ['impact', 'amount', 12],
  ['overBase', 'amount', 12],
  ['total', 'amount', 13],
];

/**
 * A year's figures as cells, in YEAR_FIGURE_COLUMNS' order.
 * @example yearFigureCells({ year: 2025, base: null, ongoing, proposed, impact, overBase, total: null })[1] === null
 */
export function yearFigureCells(y: YearFigures & { readonly year: number }): ResultCell[] {
  return [
    y.year,
    amountCell(y.base),
    amountCell(y.ongoing),
    amountCell(y.proposed),
    amountCell(y.impact),
    amountCell(y.overBase),
    amountCell(y.total),
  ];
}
