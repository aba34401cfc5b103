/**
 * The simulated workbook's custom XML parts (where the product keeps its settings) in the
 * browser's storage, by file name: in Excel the settings travel with the saved workbook, and in the
 * preview they outlive a reload, so "change a setting, reload, it is still there" holds here too.
 */
import type { SimWorkbook } from '../workbook/simulated-excel';

type CustomXmlPart = SimWorkbook['customXmlParts'][number];

/** The part of the Web Storage API this needs (`localStorage`, or a stand-in in tests). */
export type PartStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const KEY_PREFIX = 'scenario-recalc-preview:custom-xml-parts:';

export const savedPartsKey = (fileName: string): string => `${KEY_PREFIX}${fileName}`;

/** The parts saved for this file, or null when none are (or what is saved is not parts). */
export function savedParts(storage: PartStorage, fileName: string): CustomXmlPart[] | null {
  const text = storage.getItem(savedPartsKey(fileName));
  if (text === null) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  return Array.isArray(raw) && raw.every(isPart) ? raw : null;
}

/** Saves the parts for this file; false when the storage refused (full, or disabled). */
export function saveParts(
  storage: PartStorage,
  fileName: string,
  parts: readonly CustomXmlPart[],
): boolean {
  try {
    storage.setItem(savedPartsKey(fileName), JSON.stringify(parts));
    return true;
  } catch {
    return false;
  }
}

export function forgetParts(storage: PartStorage, fileName: string): void {
  storage.removeItem(savedPartsKey(fileName));
}

function isPart(value: unknown): value is CustomXmlPart {
  if (typeof value !== 'object' || value === null) return false;
  const part = value as Record<string, unknown>;
  return (
    typeof part.id === 'string' &&
    typeof part.namespace === 'string' &&
    typeof part.xml === 'string'
  );
}

/**
 * Keeps a workbook's parts saved as they change: the first call notes what the file opened with
 * (nothing to save), each later call saves them if they differ from what was last noted. So merely
 * opening a file, or a run that changes no setting, writes nothing to the storage.
 */
export function keepPartsSaved(
  storage: PartStorage,
  fileName: string,
): (parts: readonly CustomXmlPart[]) => void {
  let last: string | null = null;
  return (parts) => {
    const text = JSON.stringify(parts);
    if (last !== null && text !== last) saveParts(storage, fileName, parts);
    last = text;
  };
}
