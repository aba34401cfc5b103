/**
 * How long the fuzzing runs: the one place that reads FUZZ_RUNS and FUZZ_SEED. By default a fixed
 * seed and few runs, so `npm test` stays quick and fails the same way every time; set
 * `FUZZ_RUNS=2000` (and `FUZZ_SEED=…` for other workbooks) to search longer.
 */
import type fc from 'fast-check';

const DEFAULT_SEED = 20261128;

function positiveInteger(name: string): number | null {
  const text = process.env[name];
  if (text === undefined || text.trim() === '') return null;
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value < 1)
    throw new Error(`${name} must be a positive integer, not ${JSON.stringify(text)}.`);
  return value;
}

const runs = positiveInteger('FUZZ_RUNS');
const seed = positiveInteger('FUZZ_SEED') ?? DEFAULT_SEED;

/** True when a longer run was asked for: the time limits of the tests grow with it. */
export const LONG_RUN = runs !== null;

/**
 * fast-check's parameters for one property: `defaultRuns` unless FUZZ_RUNS says otherwise.
 * @example fc.assert(property, fuzzParameters(40))
 */
export function fuzzParameters(defaultRuns: number): fc.Parameters<unknown> {
  return { seed, numRuns: runs ?? defaultRuns, endOnFailure: true };
}

/** A jest timeout for a property: generous for the default runs, unlimited for long ones. */
export function fuzzTimeout(defaultMs: number): number {
  return LONG_RUN ? 24 * 60 * 60 * 1000 : defaultMs;
}
