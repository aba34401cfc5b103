/**
 * Headers that almost name a column: `Budegt 2024` for `Budget 2024`. Such a column is not read
 * (a guess would move money between columns), but the user is told at the very cell what it was
 * probably meant to say.
 */
import { isUnitToken } from '../tables/units';
import { normaliseHeader } from '../text/normalise';
import { YEAR_TOKEN } from './years';
import type { TableKind } from './words';
import { TABLE_SPECS } from './words';

/** Optimal string alignment distance (Levenshtein with adjacent transpositions). */
function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[] = new Array<number>(rows * cols).fill(0);
  const at = (i: number, j: number): number => d[i * cols + j] ?? 0;
  for (let i = 0; i < rows; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i < rows; i++)
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, at(i - 2, j - 2) + 1);
      d[i * cols + j] = best;
    }
  return at(rows - 1, cols - 1);
}

/**
 * The header a near-miss was probably meant to be, with its year, or null when it is near none
 * (or is a word itself). Words of four letters or fewer allow one edit, longer ones two.
 * @example nearMissHeader('services', 'Budegt 2024') === 'Budget 2024'
 */
export function nearMissHeader(kind: TableKind, header: string): string | null {
  const tokens = normaliseHeader(header).split(' ');
  const years = tokens.filter((token) => YEAR_TOKEN.test(token));
  const word = tokens.filter((t) => t !== '' && !YEAR_TOKEN.test(t) && !isUnitToken(t)).join(' ');
  if (word.length < 4) return null;
  let best: { written: string; distance: number } | null = null;
  for (const field of TABLE_SPECS[kind].fields)
    for (const { text: written } of field.words) {
      const candidate = normaliseHeader(written);
      if (candidate === word) return null;
      // A driver's amount is money: `Volym 2025` or `Volume 2025` (a count of things) is no
      // `Volymer 2025`. Its words allow one edit, and never the word's stem.
      const driver = field.field === 'driverAmount';
      if (driver && (candidate.startsWith(word) || word.startsWith(candidate))) continue;
      const distance = editDistance(word, candidate);
      const allowed = candidate.length <= 4 || driver ? 1 : 2;
      if (distance > allowed || (best !== null && best.distance <= distance)) continue;
      const year = field.year === 'none' ? '' : years.length === 1 ? ` ${years[0] ?? ''}` : '';
      best = { written: `${written}${year}`, distance };
    }
  return best?.written ?? null;
}
