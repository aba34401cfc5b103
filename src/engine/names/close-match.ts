/**
 * The one entry a hand-written name plainly rewords, for the member lists the document writes by
 * hand under each scenario (`Utveckling bevarandeplattform` for `Utveckla bevarandeplattform`,
 * `Framtida eventuell tjänst -API-katalog` for `Införa API-katalog`). Two ways, each strict:
 * - **a rewording**: nearly the same letters (Dice ≥ 0.8 on bigrams, 0.3 clear of the runner-up),
 *   every word of the shorter name in the longer one or a form of it (`utveckla`/`utveckling`),
 *   and the same numbers;
 * - **a shared subject**: a long word (seven letters or more) that only this entry's name has,
 *   the same numbers, and a second piece of evidence from the caller (the listed cost agrees).
 * A match is never silent: the caller reports, at the cell, the name it read it as.
 */
import { bigrams } from './match';
import { normaliseName } from '../text/normalise';

/**
 * What a close match finds: the one entry a name plainly rewords, several it is as like (reported,
 * never guessed between), or none.
 */
export type CloseMatch<T> =
  | { readonly kind: 'found'; readonly value: T; readonly name: string }
  | {
      readonly kind: 'ambiguous';
      readonly entries: readonly { readonly value: T; readonly name: string }[];
    }
  | { readonly kind: 'none' };

export interface CloseMatcher<T> {
  /** The entry a name plainly rewords; `corroborates` is asked for a shared subject. */
  find(text: string, corroborates: (value: T) => boolean): CloseMatch<T>;
}

const CLOSE = 0.8;
const MARGIN = 0.3;
/** A word this long says what a name is about (`katalog`, `organisations`). */
const SUBJECT = 7;
/** Two forms of one word share this much of the shorter one from its start. */
const SAME_STEM = 0.7;

interface Prepared<T> {
  readonly name: string;
  readonly value: T;
  readonly key: string;
  readonly grams: Set<string>;
  readonly words: readonly string[];
}

/**
 * A matcher over the entries, prepared once.
 * @example closeMatcher([{ name: 'Utveckla bevarandeplattform', value: 1 }]).find('Utveckling bevarandeplattform', () => false)
 *   // { kind: 'found', value: 1, name: 'Utveckla bevarandeplattform' }
 */
export function closeMatcher<T>(
  entries: readonly { readonly name: string; readonly value: T }[],
): CloseMatcher<T> {
  const prepared: Prepared<T>[] = entries.map(({ name, value }) => {
    const key = normaliseName(name);
    return { name, value, key, grams: bigrams(key), words: wordsOf(key) };
  });
  const owners = new Map<string, number>();
  prepared.forEach((entry, i) => {
    for (const word of new Set(entry.words.filter((w) => w.length >= SUBJECT)))
      owners.set(word, owners.has(word) ? -1 : i);
  });
  return {
    find(text, corroborates) {
      const key = normaliseName(text);
      const words = wordsOf(key);
      const grams = bigrams(key);
      const scored = prepared
        .map((entry, i) => ({ i, score: dice(grams, entry.grams) }))
        .sort((a, b) => b.score - a.score || a.i - b.i);
      const [best, second] = scored;
      const top = best === undefined ? undefined : prepared[best.i];
      const rewording = (entry: Prepared<T>): boolean =>
        sameNumbers(words, entry.words) && rewords(words, entry.words);
      if (best !== undefined && top !== undefined && best.score >= CLOSE && rewording(top)) {
        if ((second?.score ?? 0) <= best.score - MARGIN)
          return { kind: 'found', value: top.value, name: top.name };
        // Nearly as like another (within the margin): each of them may be the one meant.
        const alike = scored
          .filter(({ score }) => score > best.score - MARGIN)
          .flatMap(({ i }) => {
            const entry = prepared[i];
            return entry !== undefined && sameNumbers(words, entry.words) ? [entry] : [];
          });
        if (alike.length > 1)
          return {
            kind: 'ambiguous',
            entries: alike.map((entry) => ({ value: entry.value, name: entry.name })),
          };
      }
      const subjects = new Set(
        words.flatMap((word) => {
          const owner = owners.get(word);
          return owner === undefined || owner < 0 ? [] : [owner];
        }),
      );
      const owning = [...subjects].flatMap((i) => {
        const entry = prepared[i];
        return entry !== undefined && sameNumbers(words, entry.words) ? [entry] : [];
      });
      // Its long words name two entries' subjects (`Katalog för applikationsförvaltning`).
      if (owning.length > 1)
        return {
          kind: 'ambiguous',
          entries: owning.map((entry) => ({ value: entry.value, name: entry.name })),
        };
      const [only] = subjects;
      const entry = only === undefined || subjects.size > 1 ? undefined : prepared[only];
      if (entry === undefined || !sameNumbers(words, entry.words) || !corroborates(entry.value))
        return { kind: 'none' };
      return { kind: 'found', value: entry.value, name: entry.name };
    },
  };
}

function wordsOf(key: string): string[] {
  return key.split(/[^\p{L}\p{N}]+/u).filter((word) => word !== '');
}

function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const gram of a) if (b.has(gram)) shared += 1;
  return a.size + b.size === 0 ? 0 : (2 * shared) / (a.size + b.size);
}

/** `Projekt 3` is not `Projekt 4`: the numbers in two names must be the same ones. */
function sameNumbers(a: readonly string[], b: readonly string[]): boolean {
  const numbers = (words: readonly string[]): string =>
    words
      .filter((word) => /\d/.test(word))
      .sort()
      .join(' ');
  return numbers(a) === numbers(b);
}

/** Every word of three letters or more of the shorter name is in the longer, or a form of one. */
function rewords(a: readonly string[], b: readonly string[]): boolean {
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  return shorter
    .filter((word) => word.length >= 3)
    .every((word) => longer.some((other) => other === word || sameStem(word, other)));
}

function sameStem(a: string, b: string): boolean {
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common += 1;
  return common >= 5 && common >= SAME_STEM * Math.min(a.length, b.length);
}
