/**
 * What the benchmark scripts share: timing summaries, a full GC between runs, a peak-RSS sampler,
 * and the formatting of their printed tables.
 */
import { once } from 'node:events';
import { Worker } from 'node:worker_threads';
import type { GeneratorSize } from './generate';

export const MIB = 1024 * 1024;

export interface Timing {
  readonly median: number;
  readonly min: number;
  readonly max: number;
}

/** The median, min and max of some samples. */
export function timing(samples: readonly number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const at = (i: number): number => sorted[i] ?? Number.NaN;
  return {
    median: sorted.length % 2 === 1 ? at(middle) : (at(middle - 1) + at(middle)) / 2,
    min: at(0),
    max: at(sorted.length - 1),
  };
}

/** A full GC when the child runs with --expose-gc (it does); a no-op otherwise. */
export function collectGarbage(): void {
  globalThis.gc?.();
}

/** A worker thread that samples the process's RSS while the main thread is busy. */
export function startRssSampler(intervalMs: number): { stop: () => Promise<number> } {
  const source = `
    const { parentPort } = require('node:worker_threads');
    let peak = 0;
    const sample = () => { const rss = process.memoryUsage.rss(); if (rss > peak) peak = rss; };
    const timer = setInterval(sample, ${String(intervalMs)});
    parentPort.on('message', () => { clearInterval(timer); sample(); parentPort.postMessage(peak); parentPort.close(); });
  `;
  // No execArgv: the worker must not load ts-node (and the TypeScript compiler) again.
  const worker = new Worker(source, { eval: true, execArgv: [] });
  return {
    stop: async () => {
      const reply = once(worker, 'message');
      worker.postMessage('stop');
      const [peak] = (await reply) as [number];
      await worker.terminate();
      return peak;
    },
  };
}

export const ms = (value: number): string =>
  value < 10 ? value.toFixed(2) : value < 1000 ? value.toFixed(1) : value.toFixed(0);
export const mib = (bytes: number): string => (bytes / MIB).toFixed(1);
export const gib = (bytes: number): string => `${(bytes / 1024 ** 3).toFixed(1)} GiB`;
export const spread = (t: Timing): string => `${ms(t.median)} / ${ms(t.min)} / ${ms(t.max)}`;
export const count = (n: number): string => n.toLocaleString('en-US');
export const sizeLabel = (s: GeneratorSize): string =>
  `${count(s.services)} svc, ${count(s.initiatives)} init, ${s.scenarios} scen, ${s.years} yr`;

/** A plain text table: first column left-aligned, the others right-aligned. */
export function textTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((title, i) =>
    Math.max(title.length, ...rows.map((row) => (row[i] ?? '').length)),
  );
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
