/**
 * Engine benchmark: wall time of `recalculate(grids)` and of `toJson(result, 'sv')`, the warnings
 * found, and peak memory, for the document-sized workbook and the target size.
 *
 * Each size runs in a fresh child process (this file with `--child <size>`), so its peak memory is
 * its own. In the child: generate the grids (timed apart), warm-up runs, then N timed runs with a
 * full GC before each, so every run starts from the same heap.
 *
 * Memory is measured in a separate pass after the timed runs (one recalculate, one toJson), so
 * the sampling does not disturb the timings: `heapUsed` is sampled after each call and taken from
 * V8's GC profiler just before every collection (when the heap is largest), so the peak heap is the
 * true peak; RSS is sampled every 2 ms by a worker thread (the main thread is busy while the engine
 * runs). The OS's high-water mark `process.resourceUsage().maxRSS` covers the whole child: ts-node
 * and the TypeScript compiler it loads (the baseline columns), the grids, and every run.
 *
 * Usage: npm run bench:engine [-- [document] [target] [--cpu-prof]]
 *   --cpu-prof  also writes a V8 CPU profile per size (to the OS temp directory), for DevTools.
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

import type { EngineResult, Grid, TableKind } from '../src/engine';
import { recalculate, TABLE_KINDS, toJson } from '../src/engine';
import type { GeneratorSize } from './generate';
import type { Timing } from './harness';
import {
  collectGarbage,
  count,
  gib,
  mib,
  ms,
  sizeLabel,
  spread,
  textTable,
  timing,
} from './harness';
import { DOCUMENT_SIZE, generateGrids, SHEETS, TARGET_SIZE } from './generate';
import type { PeakMemory } from './measure';
import { forkChild, peakMemory, sendReport } from './measure';

interface BenchCase {
  readonly key: string;
  readonly size: GeneratorSize;
  readonly warmups: number;
  /** Timed runs after the warm-up. */
  readonly runs: number;
}

const CASES: readonly BenchCase[] = [
  { key: 'document', size: DOCUMENT_SIZE, warmups: 10, runs: 50 },
  { key: 'target', size: TARGET_SIZE, warmups: 1, runs: 7 },
];

/** What a child reports to the parent; plain data, sent over IPC. */
interface ChildReport {
  readonly key: string;
  readonly size: GeneratorSize;
  readonly warmups: number;
  readonly runs: number;
  readonly dataRows: number;
  readonly cells: number;
  readonly generateMs: number;
  readonly recalculate: Timing;
  readonly toJson: Timing;
  readonly jsonBytes: number;
  readonly warnings: number;
  readonly warningsByCode: Readonly<Record<string, number>>;
  /** Tables the engine did not find with the generated number of rows; empty when all is well. */
  readonly tableProblems: readonly string[];
  readonly memory: {
    readonly rssBaseline: number;
    readonly heapBaseline: number;
    readonly rssAfterGenerate: number;
    readonly heapAfterGenerate: number;
    readonly peakHeapUsed: number;
    readonly peakRssSampled: number;
    readonly maxRss: number;
  };
}

// ---------------------------------------------------------------------------------------------
// Child: one size.

/** The engine must find every generated table with every generated row, or the timing is moot. */
function tableProblems(grids: readonly Grid[], result: EngineResult): string[] {
  const problems: string[] = [];
  TABLE_KINDS.forEach((kind: TableKind) => {
    const expected = (grids.find((grid) => grid.sheet === SHEETS[kind])?.rows.length ?? 1) - 1;
    const found = result.tables.find((table) => table.table === kind);
    if (found?.rows !== expected) {
      problems.push(
        `${kind}: generated ${expected} rows, engine read ${found?.rows ?? 'no table'}`,
      );
    }
  });
  return problems;
}

/** Timed runs of recalculate and toJson; the results are dropped when this returns. */
function timeEngine(bench: BenchCase, grids: readonly Grid[]) {
  // recalculate: warm-up runs, then the timed runs; only the latest result is kept alive.
  let result: EngineResult | null = null;
  for (let i = 0; i < bench.warmups; i++) result = recalculate(grids);
  const recalculateMs: number[] = [];
  for (let i = 0; i < bench.runs; i++) {
    result = null;
    collectGarbage();
    const start = performance.now();
    result = recalculate(grids);
    recalculateMs.push(performance.now() - start);
  }
  const last: EngineResult = result ?? recalculate(grids);

  // toJson of the last result, the same way.
  let json = toJson(last, 'sv');
  for (let i = 1; i < bench.warmups; i++) json = toJson(last, 'sv');
  const toJsonMs: number[] = [];
  for (let i = 0; i < bench.runs; i++) {
    collectGarbage();
    const start = performance.now();
    json = toJson(last, 'sv');
    toJsonMs.push(performance.now() - start);
  }

  const warningsByCode: Record<string, number> = {};
  for (const warning of last.warnings) {
    warningsByCode[warning.code] = (warningsByCode[warning.code] ?? 0) + 1;
  }
  return {
    recalculate: timing(recalculateMs),
    toJson: timing(toJsonMs),
    jsonBytes: Buffer.byteLength(JSON.stringify(json)),
    warnings: last.warnings.length,
    warningsByCode,
    tableProblems: tableProblems(grids, last),
  };
}

/** Peak memory of one recalculate and one toJson, with nothing but the grids alive before. */
function measureMemory(grids: readonly Grid[]): Promise<PeakMemory> {
  return peakMemory((sample) => {
    const result = recalculate(grids);
    sample();
    toJson(result, 'sv');
  });
}

async function runChild(key: string): Promise<void> {
  const bench = CASES.find((c) => c.key === key);
  if (bench === undefined) throw new Error(`Unknown size ${key}.`);
  collectGarbage();
  const baseline = process.memoryUsage();

  const generateStart = performance.now();
  const grids = generateGrids(bench.size);
  const generateMs = performance.now() - generateStart;
  collectGarbage();
  const afterGenerate = process.memoryUsage();

  // Timings first, undisturbed by any sampling; then the memory pass.
  const timed = timeEngine(bench, grids);
  const memory = await measureMemory(grids);

  const report: ChildReport = {
    key,
    size: bench.size,
    warmups: bench.warmups,
    runs: bench.runs,
    dataRows: grids.reduce((total, grid) => total + grid.rows.length - 1, 0),
    cells: grids.reduce(
      (total, grid) => total + grid.rows.reduce((n, row) => n + row.length, 0),
      0,
    ),
    generateMs,
    ...timed,
    memory: {
      rssBaseline: baseline.rss,
      heapBaseline: baseline.heapUsed,
      rssAfterGenerate: afterGenerate.rss,
      heapAfterGenerate: afterGenerate.heapUsed,
      ...memory,
      maxRss: process.resourceUsage().maxRSS * 1024,
    },
  };
  sendReport(report);
}

// ---------------------------------------------------------------------------------------------
// Parent: one child per size, then the tables.

function forkMeasured(key: string, cpuProfileDir: string | null): Promise<ChildReport> {
  const execArgv = cpuProfileDir === null ? [] : ['--cpu-prof', `--cpu-prof-dir=${cpuProfileDir}`];
  return forkChild<ChildReport>(__filename, `${key} benchmark`, ['--child', key], execArgv);
}

const kib = (bytes: number): string => `${(bytes / 1024).toFixed(0)} KiB`;

async function runParent(args: readonly string[]): Promise<void> {
  const wanted = args.filter((arg) => !arg.startsWith('--'));
  const unknown = wanted.filter((key) => !CASES.some((c) => c.key === key));
  if (unknown.length > 0)
    throw new Error(
      `Unknown size ${unknown.join(', ')}; use ${CASES.map((c) => c.key).join(' or ')}.`,
    );
  const cases = CASES.filter((c) => wanted.length === 0 || wanted.includes(c.key));
  const cpuProfileDir = args.includes('--cpu-prof')
    ? mkdtempSync(path.join(os.tmpdir(), 'engine-cpu-prof-'))
    : null;

  const cpu = os.cpus();
  console.log('Engine benchmark: recalculate(grids) and toJson(result, "sv")');
  console.log(
    `Machine: ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${cpu.length} cores, ${gib(os.totalmem())} RAM`,
  );
  console.log(`Node ${process.version} (V8 ${process.versions.v8}), ${os.platform()} ${os.arch()}`);
  console.log('Each size runs in a fresh child process: grids generated first (timed apart), then');
  console.log(
    'warm-up runs and N timed runs with a full GC before each. Times: median / min / max ms.',
  );
  console.log('');

  const reports: ChildReport[] = [];
  for (const c of cases) {
    console.log(`running ${c.key} (${sizeLabel(c.size)}) ...`);
    reports.push(await forkMeasured(c.key, cpuProfileDir));
  }
  console.log('');

  console.log(
    textTable(
      ['size', 'input', 'data rows', 'cells', 'generate ms'],
      reports.map((r) => [
        r.key,
        sizeLabel(r.size),
        count(r.dataRows),
        count(r.cells),
        ms(r.generateMs),
      ]),
    ),
  );
  console.log('');
  console.log(
    textTable(
      ['size', 'warm-up + runs', 'recalculate ms', 'toJson ms', 'warnings', 'JSON size'],
      reports.map((r) => [
        r.key,
        `${r.warmups} + ${r.runs}`,
        spread(r.recalculate),
        spread(r.toJson),
        count(r.warnings),
        kib(r.jsonBytes),
      ]),
    ),
  );
  console.log('');
  console.log(
    textTable(
      [
        'size',
        'baseline RSS / heap',
        'after generate RSS / heap',
        'peak heapUsed',
        'peak RSS (sampled)',
        'maxRSS (OS)',
      ],
      reports.map((r) => [
        r.key,
        `${mib(r.memory.rssBaseline)} / ${mib(r.memory.heapBaseline)}`,
        `${mib(r.memory.rssAfterGenerate)} / ${mib(r.memory.heapAfterGenerate)}`,
        mib(r.memory.peakHeapUsed),
        mib(r.memory.peakRssSampled),
        mib(r.memory.maxRss),
      ]),
    ),
  );
  console.log(
    '(MiB. Baseline: node + ts-node + the TypeScript compiler + the engine, before any grid.',
  );
  console.log(
    ' Peaks: one recalculate + toJson with only the grids alive; maxRSS: the whole child.)',
  );
  console.log('');
  for (const r of reports) {
    const codes = Object.entries(r.warningsByCode)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([code, n]) => `${code} ${n}`)
      .join(', ');
    console.log(`warnings (${r.key}): ${codes === '' ? 'none' : codes}`);
  }
  for (const r of reports) {
    for (const problem of r.tableProblems) console.log(`TABLE PROBLEM (${r.key}): ${problem}`);
  }
  if (cpuProfileDir !== null)
    console.log(`\nCPU profiles (open in Chrome DevTools): ${cpuProfileDir}`);
  if (reports.some((r) => r.tableProblems.length > 0)) process.exitCode = 1;
}

const childIndex = process.argv.indexOf('--child');
const run =
  childIndex >= 0 ? runChild(process.argv[childIndex + 1] ?? '') : runParent(process.argv.slice(2));
run.catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
