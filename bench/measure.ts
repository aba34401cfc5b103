/**
 * The measuring steps the benchmark scripts share: a child process per measurement, the peak
 * memory of one run, and one end-to-end run through the .xlsx path.
 */
import { fork } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import v8 from 'node:v8';

import type { createPipeline, RunOutcome } from '../src/pipeline/pipeline';
import { xlsxPort } from '../src/workbook/xlsx/file-port';
import { collectGarbage, startRssSampler } from './harness';

/**
 * Runs `script` in a child process with GC exposed and ts-node loaded, and resolves with the one
 * report it sends over IPC; rejects when it exits without one or with a non-zero status.
 */
export function forkChild<T>(
  script: string,
  label: string,
  args: readonly string[],
  execArgv: readonly string[] = [],
): Promise<T> {
  const child = fork(script, args, {
    execArgv: ['--expose-gc', '-r', 'ts-node/register/transpile-only', ...execArgv],
    stdio: 'inherit',
  });
  return new Promise((resolve, reject) => {
    let report: T | null = null;
    child.on('message', (message) => {
      report = message as T;
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (code === 0 && report !== null) resolve(report);
      else reject(new Error(`The ${label} exited with ${signal ?? `code ${String(code)}`}.`));
    });
  });
}

/** Sends a child's report to its parent, or prints it when run on its own. */
export function sendReport(report: unknown): void {
  if (process.send === undefined) console.log(JSON.stringify(report, null, 2));
  else process.send(report);
}

export interface PeakMemory {
  readonly peakHeapUsed: number;
  readonly peakRssSampled: number;
}

/**
 * The peak memory of one call of `run`, after a full GC: `heapUsed` sampled whenever `run` calls
 * `sample` and taken from V8's GC profiler just before every collection (when the heap is
 * largest), RSS sampled every 2 ms by a worker thread (the main thread is busy meanwhile).
 */
export async function peakMemory(
  run: (sample: () => void) => Promise<void> | void,
): Promise<PeakMemory> {
  collectGarbage();
  const sampler = startRssSampler(2);
  let peakHeapUsed = 0;
  const sample = (): void => {
    peakHeapUsed = Math.max(peakHeapUsed, process.memoryUsage().heapUsed);
  };
  const profiler = new v8.GCProfiler();
  profiler.start();
  sample();
  await run(sample);
  sample();
  for (const entry of profiler.stop().statistics) {
    peakHeapUsed = Math.max(peakHeapUsed, entry.beforeGC.heapStatistics.usedHeapSize);
  }
  return { peakHeapUsed, peakRssSampled: await sampler.stop() };
}

export interface EndToEndRun {
  readonly totalMs: number;
  readonly readFileMs: number;
  readonly outcome: RunOutcome;
}

/** One run as the command line makes it: input file → pipeline → output file. */
export async function endToEnd(
  pipeline: ReturnType<typeof createPipeline>,
  input: string,
  output: string,
  sample: () => void = () => undefined,
): Promise<EndToEndRun> {
  const start = performance.now();
  const bytes = await readFile(input);
  const readFileMs = performance.now() - start;
  const save = async (written: Uint8Array): Promise<void> => {
    sample();
    await writeFile(output, written);
  };
  const outcome = await pipeline.run(xlsxPort(bytes, save), {
    language: 'sv',
    onStage: sample,
  });
  const totalMs = performance.now() - start;
  return { totalMs, readFileMs, outcome };
}
