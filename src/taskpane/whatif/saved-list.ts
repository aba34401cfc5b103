/**
 * The saved what-ifs after a save or a delete: pure, so the exact list written to the workbook's
 * settings is stated by tests without a screen.
 */
import type { StoredWhatIf } from '../../engine';
import { MAX_WHAT_IFS, whatIfNameKey } from '../../engine';

/**
 * The list with `whatIf` saved: in the place of the one it was opened from when it keeps that
 * name, else at the end (saved under a new name, the one it came from stays: nothing saved is
 * lost without its own confirmed delete); null when the workbook already holds as many as it may.
 * @example withSaved([], a, null) → [a]
 */
export function withSaved(
  saved: readonly StoredWhatIf[],
  whatIf: StoredWhatIf,
  opened: string | null,
): readonly StoredWhatIf[] | null {
  const place =
    opened === null || whatIfNameKey(opened) !== whatIfNameKey(whatIf.name)
      ? -1
      : saved.findIndex((w) => w.name === opened);
  if (place >= 0) return saved.map((w, i) => (i === place ? whatIf : w));
  return saved.length >= MAX_WHAT_IFS ? null : [...saved, whatIf];
}

/** The list without the what-if named `name`. */
export function without(saved: readonly StoredWhatIf[], name: string): readonly StoredWhatIf[] {
  return saved.filter((w) => w.name !== name);
}
