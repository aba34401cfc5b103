/**
 * Matching names between tables. Deterministic steps only: the same name after normalising case,
 * spaces, dashes and Unicode form; then an id; then the same name without a trailing
 * parenthetical; then an alias. A short name or alias shared by two entries matches neither. Never a
 * fuzzy match: a wrong attribution in a budget is worse than a reported gap, so a miss names the
 * closest candidates for a person to decide. (The one exception, for the lists a document writes
 * by hand, is `close-match.ts`, and its caller says at the cell which name it read.)
 *
 * Identity is the id where there is one: two entries with the same name and different ids are two
 * entries (homonyms), each found by its id; their shared name is ambiguous. The same name without
 * ids, or with the same id, is one entry written twice: a duplicate, and the first one counts.
 */
import { normaliseName, withoutParenthetical } from '../text/normalise';

export interface NameEntry<T> {
  readonly name: string;
  readonly aliases?: readonly string[];
  readonly id?: string | null;
  readonly value: T;
}

export type NameMatch<T> =
  | {
      readonly kind: 'found';
      readonly value: T;
      readonly via: 'name' | 'parenthetical' | 'alias' | 'id';
    }
  | {
      readonly kind: 'none';
      readonly candidates: readonly string[];
      /** Why each candidate is offered, in the same order. */
      readonly reasons: readonly CandidateReason[];
    }
  /** The name of two or more entries with different ids: only an id can say which. */
  | { readonly kind: 'ambiguous'; readonly entries: readonly NameEntry<T>[] };

/** Why a name is offered for one that matched nothing: what a person checks before choosing it. */
export type CandidateReason =
  /** Every word of one is a word of the other: `Digitalt bevarande`, `Stöd i digitalt bevarande`. */
  | 'words'
  /** Spelt alike (most of their letter pairs are shared): `Stöd i arbete med`, `Stöd i arbetet med`. */
  | 'spelling'
  /** Its name without the trailing parenthetical is the name, as another entry's is too. */
  | 'short-name'
  /** It gives the name as an alias, as another entry does too. */
  | 'alias'
  /** It has that very name, as another entry does too (only an id tells them apart). */
  | 'same-name';

export interface NameIndex<T> {
  match(text: string): NameMatch<T>;
  /** Entries whose name repeats an earlier entry's name, with that earlier entry. */
  readonly duplicates: readonly { readonly entry: NameEntry<T>; readonly first: NameEntry<T> }[];
}

/** How many misses get candidate suggestions; past that a miss is still reported, without them. */
const SUGGESTION_LIMIT = 500;
const CANDIDATES = 3;

/**
 * Builds an index over a table's names; the first entry of a repeated name wins.
 * @example nameIndex([{ name: 'Stadens intranät (Interna digitala navet)', value: 1 }]).match('Stadens Intranät')
 *   → { kind: 'found', value: 1, via: 'parenthetical' }
 */
export function nameIndex<T>(entries: readonly NameEntry<T>[]): NameIndex<T> {
  const byName = new Map<string, NameEntry<T>>();
  const byShortName = new Map<string, NameEntry<T>[]>();
  const byAlias = new Map<string, NameEntry<T>[]>();
  const byId = new Map<string, NameEntry<T>>();
  /** The entries of each name that homonyms share, the first one included. */
  const homonyms = new Map<string, NameEntry<T>[]>();
  const duplicates: { entry: NameEntry<T>; first: NameEntry<T> }[] = [];
  for (const entry of entries) {
    const key = normaliseName(entry.name);
    const first = byName.get(key);
    if (first !== undefined) {
      const sharing = homonyms.get(key) ?? [first];
      const id = idKey(entry);
      // Another entry only if every row of the name has an id of its own.
      const another =
        id !== null && sharing.every((earlier) => idKey(earlier) !== null && idKey(earlier) !== id);
      if (!another) {
        duplicates.push({
          entry,
          first: sharing.find((earlier) => idKey(earlier) === id) ?? first,
        });
        continue;
      }
      homonyms.set(key, [...sharing, entry]);
    } else byName.set(key, entry);
    const short = withoutParenthetical(key);
    byShortName.set(short, [...(byShortName.get(short) ?? []), entry]);
    for (const alias of entry.aliases ?? []) {
      const aliasKey = normaliseName(alias);
      const owners = byAlias.get(aliasKey) ?? [];
      if (!owners.includes(entry)) byAlias.set(aliasKey, [...owners, entry]);
    }
    const id = idKey(entry);
    if (id !== null && !byId.has(id)) byId.set(id, entry);
  }

  let misses = 0;
  let index: BigramIndex | null = null;
  let words: WordIndex | null = null;
  const suggest = (key: string): Suggestions => {
    misses += 1;
    if (misses > SUGGESTION_LIMIT) return { candidates: [], reasons: [] };
    index ??= bigramIndex([...byName.entries()]);
    words ??= wordIndex([...byName.values()].map((entry) => entry.name));
    // Names sharing every word first (they are the likelier mistake), then the closest spellings.
    const sharing = sharingWords(words, key);
    const spelt = closest(index, key).filter((name) => !sharing.includes(name));
    const candidates = [...sharing, ...spelt].slice(0, CANDIDATES);
    return {
      candidates,
      reasons: candidates.map((name) => (sharing.includes(name) ? 'words' : 'spelling')),
    };
  };

  return {
    duplicates,
    match(text) {
      const key = normaliseName(text);
      const found = (
        entry: NameEntry<T>,
        via: 'name' | 'parenthetical' | 'alias' | 'id',
      ): NameMatch<T> => ({
        kind: 'found',
        value: entry.value,
        via,
      });
      const shared = homonyms.get(key);
      if (shared !== undefined) return { kind: 'ambiguous', entries: shared };
      const exact = byName.get(key);
      if (exact !== undefined) return found(exact, 'name');
      const byIdEntry = byId.get(key);
      if (byIdEntry !== undefined) return found(byIdEntry, 'id');
      // A trailing parenthetical is left out on one side only: `Stadens Intranät` is `Stadens
      // intranät (Interna digitala navet)`, but `Lokalt nät (WLAN)` is not `Lokalt nät (LAN)`.
      // Two entries that differ only in their parentheticals, or share an alias: not ours to choose.
      const short = withoutParenthetical(key);
      const plainEntry = short === key ? undefined : byName.get(short);
      const shortMatches =
        short === key ? (byShortName.get(key) ?? []) : plainEntry === undefined ? [] : [plainEntry];
      if (shortMatches.length === 1 && shortMatches[0] !== undefined) {
        return found(shortMatches[0], 'parenthetical');
      }
      const aliasOwners = byAlias.get(key) ?? [];
      if (aliasOwners.length === 1 && aliasOwners[0] !== undefined)
        return found(aliasOwners[0], 'alias');
      const ambiguous = shortMatches.length > 1 ? shortMatches : aliasOwners;
      // Homonyms alone: the same name twice is no choice to offer, only their ids are.
      const names = new Set(ambiguous.map((entry) => normaliseName(entry.name)));
      if (ambiguous.length > 1 && names.size === 1)
        return { kind: 'ambiguous', entries: ambiguous };
      if (ambiguous.length > 1)
        return {
          kind: 'none',
          candidates: ambiguous.map((entry) => entry.name),
          reasons: ambiguous.map(() => (shortMatches.length > 1 ? 'short-name' : 'alias')),
        };
      return { kind: 'none', ...suggest(key) };
    },
  };
}

/**
 * The names to offer for a text that found no one entry: the closest, or the entries sharing it.
 * @example candidateNames({ kind: 'none', candidates: ['A'], reasons: ['spelling'] }) → ['A']
 */
export function candidateNames<T>(
  match: Exclude<NameMatch<T>, { readonly kind: 'found' }>,
): readonly string[] {
  return match.kind === 'none' ? match.candidates : match.entries.map((entry) => entry.name);
}

interface Suggestions {
  readonly candidates: readonly string[];
  readonly reasons: readonly CandidateReason[];
}

/**
 * Why each of `candidateNames(match)` is offered, in the same order.
 * @example candidateReasons({ kind: 'none', candidates: ['A'], reasons: ['words'] }) → ['words']
 */
export function candidateReasons<T>(
  match: Exclude<NameMatch<T>, { readonly kind: 'found' }>,
): readonly CandidateReason[] {
  return match.kind === 'none' ? match.reasons : match.entries.map(() => 'same-name');
}

/** An entry's id as matched, or null for none. */
function idKey(entry: NameEntry<unknown>): string | null {
  return entry.id === undefined || entry.id === null || entry.id.trim() === ''
    ? null
    : normaliseName(entry.id);
}

/** The pairs of adjacent characters of a text. */
export function bigrams(text: string): Set<string> {
  const grams = new Set<string>();
  for (let i = 0; i < text.length - 1; i++) grams.add(text.slice(i, i + 2));
  return grams;
}

interface BigramIndex {
  readonly names: readonly string[];
  readonly sizes: Int32Array;
  /** For each bigram, the positions of the names that have it. */
  readonly postings: ReadonlyMap<string, readonly number[]>;
  /** Scratch counts, one per name, zeroed after each use. */
  readonly counts: Int32Array;
}

/** Indexes normalised names (with the names to show) by their bigrams. */
function bigramIndex(keyed: readonly (readonly [string, NameEntry<unknown>])[]): BigramIndex {
  const postings = new Map<string, number[]>();
  const sizes = new Int32Array(keyed.length);
  keyed.forEach(([key], i) => {
    const set = bigrams(key);
    sizes[i] = set.size;
    for (const gram of set) {
      const list = postings.get(gram);
      if (list === undefined) postings.set(gram, [i]);
      else list.push(i);
    }
  });
  return {
    names: keyed.map(([, entry]) => entry.name),
    sizes,
    postings,
    counts: new Int32Array(keyed.length),
  };
}

/**
 * The closest names by Dice's coefficient on bigrams, counted through the inverted index so a name
 * sharing no bigram is never looked at; ties go to the name that comes first in its table.
 */
function closest(index: BigramIndex, key: string): readonly string[] {
  const wanted = bigrams(key);
  const touched: number[] = [];
  for (const gram of wanted) {
    for (const i of index.postings.get(gram) ?? []) {
      if (index.counts[i] === 0) touched.push(i);
      index.counts[i] = (index.counts[i] ?? 0) + 1;
    }
  }
  const best: { i: number; score: number }[] = [];
  for (const i of touched) {
    const score = (2 * (index.counts[i] ?? 0)) / (wanted.size + (index.sizes[i] ?? 0));
    index.counts[i] = 0;
    if (score <= 0.3) continue;
    const last = best.at(-1);
    if (
      best.length === CANDIDATES &&
      last !== undefined &&
      (score < last.score || (score === last.score && i > last.i))
    )
      continue;
    best.push({ i, score });
    best.sort((a, b) => b.score - a.score || a.i - b.i);
    if (best.length > CANDIDATES) best.pop();
  }
  return best.map(({ i }) => index.names[i] ?? '');
}

/** Words too common in service and initiative names to say two names are alike. */
const COMMON_WORDS = new Set([
  'i',
  'och',
  'med',
  'för',
  'av',
  'på',
  'till',
  'the',
  'of',
  'and',
  'in',
]);

/** A name's words that say something, normalised: no common words, no punctuation. */
function significantWords(normalised: string): readonly string[] {
  return normalised
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '' && !COMMON_WORDS.has(word));
}

interface WordIndex {
  readonly names: readonly string[];
  readonly words: readonly (readonly string[])[];
  /** For each word, the positions of the names that have it. */
  readonly postings: ReadonlyMap<string, readonly number[]>;
}

function wordIndex(names: readonly string[]): WordIndex {
  const postings = new Map<string, number[]>();
  const words = names.map((name, i) => {
    const own = [...new Set(significantWords(normaliseName(name)))];
    for (const word of own) postings.set(word, [...(postings.get(word) ?? []), i]);
    return own;
  });
  return { names, words, postings };
}

/**
 * The names (in table order, at most CANDIDATES) whose words hold every word of the key, or whose
 * every word the key holds: `digitalt bevarande` and `Stöd i digitalt bevarande`.
 */
function sharingWords(index: WordIndex, key: string): readonly string[] {
  const wanted = new Set(significantWords(key));
  if (wanted.size === 0) return [];
  const touched = new Set<number>();
  for (const word of wanted) for (const i of index.postings.get(word) ?? []) touched.add(i);
  return [...touched]
    .sort((a, b) => a - b)
    .filter((i) => {
      const own = index.words[i] ?? [];
      return (
        own.length > 0 &&
        ([...wanted].every((word) => own.includes(word)) || own.every((word) => wanted.has(word)))
      );
    })
    .slice(0, CANDIDATES)
    .map((i) => index.names[i] ?? '');
}
