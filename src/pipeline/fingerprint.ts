/**
 * A fingerprint of a recalculation's inputs: the same cells and settings give the same
 * fingerprint, on any machine, so a result sheet can say whether it is out of date.
 */
import type { Grid, RawCell } from '../engine';
import type { StoredSettings } from '../workbook/settings';

/**
 * The first 16 hex digits of the SHA-256 of the inputs.
 * @example await fingerprint(grids, settings) → '3fa2c1…'
 */
export async function fingerprint(
  grids: readonly Grid[],
  settings: StoredSettings,
): Promise<string> {
  const inputs: unknown[] = [settings.tolerance, settings.unit, settings.mapping];
  // Saved what-ifs show on the result sheets, so saving one leaves them out of date. Without any,
  // the fingerprint is the one earlier versions stamped: their sheets stay up to date.
  const { whatIfs = [], unreadWhatIfs = [] } = settings;
  if (whatIfs.length > 0 || unreadWhatIfs.length > 0)
    inputs.push(
      whatIfs,
      unreadWhatIfs.map((entry) => entry.raw),
    );
  const parts: string[] = [JSON.stringify(inputs)];
  for (const grid of grids) {
    parts.push(JSON.stringify([grid.sheet, grid.top, grid.left, grid.source]));
    for (const row of grid.rows) parts.push(JSON.stringify(row.map(cellKey)));
  }
  const digest = await globalThis.crypto.subtle.digest(
    'SHA-256',
    new TextEncoder().encode(parts.join('\n')),
  );
  return [...new Uint8Array(digest).slice(0, 8)]
    .map((byte) => byte.toString(16).padStart(2, '0'))
    .join('');
}

function cellKey(cell: RawCell): string | number | boolean | null {
  if (cell === undefined || cell === null) return null;
  // A number with a date format beyond Excel's dates reads as an invalid Date, which has no ISO form.
  if (cell instanceof Date)
    return Number.isNaN(cell.getTime()) ? 'date:invalid' : `date:${cell.toISOString()}`;
  if (typeof cell !== 'object') return cell;
  return cell.kind === 'excel-error' ? `error:${cell.code}` : `formula:${cell.formula}`;
}
