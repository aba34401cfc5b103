/**
 * Helpers for tests on real .xlsx files: fixtures by name, a package's parts, a run of the pipeline.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { createPipeline } from '../../../src/pipeline/pipeline';
import type { RunOptions, RunOutcome } from '../../../src/pipeline/pipeline';
import { xlsxPort } from '../../../src/workbook/xlsx/file-port';

export const ROOT = join(__dirname, '..', '..', '..');

/** The bytes of a fixture in this folder's fixtures/, or of an example (`examples/…`). */
export function fixture(name: string): Uint8Array {
  const path = name.startsWith('examples/') ? join(ROOT, name) : join(__dirname, 'fixtures', name);
  return new Uint8Array(readFileSync(path));
}

/** Every file part of a package, by path. */
export async function parts(bytes: Uint8Array): Promise<Map<string, Uint8Array>> {
  const zip = await JSZip.loadAsync(bytes);
  const result = new Map<string, Uint8Array>();
  for (const [name, file] of Object.entries(zip.files))
    if (!file.dir) result.set(name, await file.async('uint8array'));
  return result;
}

/** One part as text. */
export async function partText(bytes: Uint8Array, path: string): Promise<string> {
  return (await (await JSZip.loadAsync(bytes)).file(path)?.async('string')) ?? '';
}

export const FIXED_NOW = new Date('2026-11-28T09:15:00Z');

/** Runs the pipeline on bytes; returns the outcome and the written bytes (null when nothing was written). */
export async function recalculateBytes(
  bytes: Uint8Array,
  options: RunOptions = { language: 'sv' },
): Promise<{ outcome: RunOutcome; written: Uint8Array | null }> {
  let written: Uint8Array | null = null;
  const port = xlsxPort(bytes, (out) => {
    written = out;
    return Promise.resolve();
  });
  const outcome = await createPipeline({ version: '0.1.0', now: () => FIXED_NOW }).run(
    port,
    options,
  );
  return { outcome, written };
}
