/**
 * Figures as the product writes them, for tests that state one readably: `grouped('1 116 626')`
 * is the text with the no-break space the product groups digits with (`GROUP_SEPARATOR`).
 */
import { GROUP_SEPARATOR } from '../../src/engine';

/** Each plain space between digit groups (a space, then three digits and no fourth) made U+00A0. */
export function grouped(text: string): string {
  return text.replace(/(?<=\d) (?=\d{3}(?!\d))/g, GROUP_SEPARATOR);
}
