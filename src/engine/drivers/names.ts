/**
 * The cost drivers: why a service's running cost changes. Canonical names are Swedish, as the
 * source document and the JSON contract write them; English words are accepted as synonyms, and
 * every output names a driver in its reader's language (`driverLabel`).
 */
import { normaliseHeader } from '../text/normalise';
import type { Language } from '../validation/language';

export const DRIVERS = ['Ny leverans', 'Utveckling tjänst', 'Volymer', 'Projekt avslutas'] as const;
export type DriverName = (typeof DRIVERS)[number];

/** The key under which a delta no driver explains is reported. */
export const UNALLOCATED = 'Unallocated';

/** The driver that development moved into running cost counts as. */
export const SERVICE_DEVELOPMENT: DriverName = 'Utveckling tjänst';

/** What each driver, and the delta no driver explains, is called in each language. */
export const DRIVER_LABELS: Readonly<
  Record<DriverName | typeof UNALLOCATED, Readonly<Record<Language, string>>>
> = {
  'Ny leverans': { sv: 'Ny leverans', en: 'New delivery' },
  'Utveckling tjänst': { sv: 'Utveckling tjänst', en: 'Service development' },
  Volymer: { sv: 'Volymer', en: 'Volumes' },
  'Projekt avslutas': { sv: 'Projekt avslutas', en: 'Project ends' },
  Unallocated: { sv: 'Ej fördelat', en: 'Unallocated' },
};

const labels = new Map<string, Readonly<Record<Language, string>>>(Object.entries(DRIVER_LABELS));

/**
 * A driver (or the unallocated rest), by its canonical name or its key in the JSON, as a reader
 * of the language calls it; any other key as it is.
 * @example driverLabel('Ny leverans', 'en') === 'New delivery'; driverLabel('Unallocated', 'sv') === 'Ej fördelat'
 */
export function driverLabel(key: string, language: Language): string {
  return labels.get(key)?.[language] ?? key;
}

/** The words a driver tag or header is read by: its name in either language. */
const namesOf = (driver: DriverName): readonly string[] => [
  DRIVER_LABELS[driver].sv,
  DRIVER_LABELS[driver].en,
];
export const DRIVER_WORDS: Readonly<Record<DriverName, readonly string[]>> = {
  'Ny leverans': namesOf('Ny leverans'),
  'Utveckling tjänst': namesOf('Utveckling tjänst'),
  Volymer: namesOf('Volymer'),
  'Projekt avslutas': namesOf('Projekt avslutas'),
};

/** Words that name the row of all drivers together in a stated-totals table. */
export const TOTAL_WORDS: readonly string[] = ['Totalt', 'Total', 'Summa', 'Sum', 'Summering'];

const byWord = new Map<string, DriverName>();
for (const driver of DRIVERS) {
  for (const word of DRIVER_WORDS[driver]) byWord.set(normaliseHeader(word), driver);
}
const totalWords = new Set(TOTAL_WORDS.map(normaliseHeader));
/** The longest total word with a year and some spaces around it. */
const LONGEST_TOTAL_WORD = Math.max(...TOTAL_WORDS.map((word) => word.length)) + 8;

/**
 * The driver a tag or a name stands for; a trailing year is allowed.
 * @example driverFromTag('Projekt avslutas 2024') === 'Projekt avslutas'
 */
export function driverFromTag(tag: string): DriverName | null {
  return byWord.get(withoutTrailingYear(normaliseHeader(tag))) ?? null;
}

/** True when a name means "all drivers together" (`Totalt`, `Total`, …). */
export function isTotalWord(text: string): boolean {
  // Every row's name is asked; names longer than any total word need no normalising.
  if (text.length > LONGEST_TOTAL_WORD) return false;
  return totalWords.has(withoutTrailingYear(normaliseHeader(text)));
}

export type ParsedTag =
  | { readonly kind: 'driver'; readonly driver: DriverName }
  | { readonly kind: 'unknown'; readonly tag: string };

/**
 * Splits a driver cell on commas and semicolons; each distinct driver once, in order.
 * @example parseTags('Utveckling tjänst, Projekt avslutas 2024') → Utveckling tjänst, Projekt avslutas
 */
export function parseTags(text: string): readonly ParsedTag[] {
  // Templates repeat the same few tag cells on thousands of rows.
  const known = parsedTags.get(text);
  if (known !== undefined) return known;
  const tags = parseTagsOnce(text);
  if (parsedTags.size < 10_000) parsedTags.set(text, tags);
  return tags;
}

const parsedTags = new Map<string, readonly ParsedTag[]>();

function parseTagsOnce(text: string): readonly ParsedTag[] {
  const tags: ParsedTag[] = [];
  const seen = new Set<DriverName>();
  for (const part of text.split(/[,;]/)) {
    const tag = part.trim();
    if (tag === '') continue;
    const driver = driverFromTag(tag);
    if (driver === null) tags.push({ kind: 'unknown', tag });
    else if (!seen.has(driver)) {
      seen.add(driver);
      tags.push({ kind: 'driver', driver });
    }
  }
  return tags;
}

function withoutTrailingYear(normalised: string): string {
  return normalised.replace(/\s+(?:19|20)\d\d$/, '');
}
