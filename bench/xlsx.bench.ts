/**
 * End-to-end benchmark of the .xlsx path, as the command line takes it: read the file's bytes from
 * disk, `createPipeline(…).run(xlsxPort(bytes, save), { language: 'sv' })` (read the workbook,
 * find the tables, recompute, write the result sheets into a copy of the package), `save` writing
 * the output file to disk. For the document-sized workbook and a large one.
 *
 * Setup, per size, in a child process of its own (this file with `--write <size> <file>`): the
 * grids of bench/generate.ts written with ExcelJS to an .xlsx file, each grid a sheet with its
 * rows from A1. It is timed apart and is not part of the figures, nor of the measured child's
 * memory.
 *
 * Measurement, per size, in a fresh child process (this file with `--child <size> <file> <dir>`):
 * warm-up runs, then N timed runs with a full GC before each, so every run starts from the same
 * heap. A run's time is the whole of it, from reading the input file to the output file written;
 * reading the input file from disk is timed apart ("read file"), and the pipeline's own timings
 * split the rest into reading (parse the package into a snapshot), computing (engine, JSON,
 * fingerprint, result sheets) and writing (the output package, and saving it). What is left
 * ("other") is the time between the stages (promise resolution, the stage callbacks).
 *
 * Memory is measured in a separate pass after the timed runs (one more run), so the sampling does
 * not disturb the timings: `heapUsed` is sampled at each stage and taken from V8's GC profiler just
 * before every collection (when the heap is largest), so the peak heap is the true peak; RSS is
 * sampled every 2 ms by a worker thread (the main thread is busy while the pipeline runs). The
 * OS's high-water mark `process.resourceUsage().maxRSS` covers the whole child: ts-node and the
 * TypeScript compiler it loads (the baseline), and every run.
 *
 * A size whose run fails is reported as failed (its error is on standard error) and the other
 * sizes still run; the exit status is then 1.
 *
 * Usage: npm run bench:xlsx [-- [document] [large] [--cpu-prof] [--keep] [--stack-size=N]]
 *   --cpu-prof      also writes a V8 CPU profile of each measured child (to the OS temp directory).
 *   --keep          keeps the generated input and the output files (their directory is printed).
 *   --stack-size=N  runs the measured children with V8's --stack-size=N (kB): a diagnostic for a
 *                   stack overflow, printed in the header; not the way the product runs.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

import type { TableKind } from '../src/engine';
import { TABLE_KINDS } from '../src/engine';
import type { RunOutcome, Timings } from '../src/pipeline/pipeline';
import { createPipeline } from '../src/pipeline/pipeline';
import { VERSION } from '../src/version';
import type { GeneratorSize } from './generate';
import type { Timing } from './harness';
import {
  collectGarbage,
  count,
  gib,
  MIB,
  mib,
  ms,
  sizeLabel,
  spread,
  textTable,
  timing,
} from './harness';
import { DOCUMENT_SIZE, generateGrids, SHEETS } from './generate';
import { endToEnd, forkChild, peakMemory, sendReport } from './measure';
import { writeWorkbook } from './write-workbook';

/** The size of the issue: 20 000 services and 10 000 initiatives. */
const LARGE_SIZE: GeneratorSize = {
  services: 20_000,
  initiatives: 10_000,
  scenarios: 20,
  years: 10,
  firstYear: 2025,
};

interface BenchCase {
  readonly key: string;
  readonly size: GeneratorSize;
  readonly warmups: number;
  /** Timed runs after the warm-up. */
  readonly runs: number;
}

const CASES: readonly BenchCase[] = [
  { key: 'document', size: DOCUMENT_SIZE, warmups: 3, runs: 20 },
  { key: 'large', size: LARGE_SIZE, warmups: 1, runs: 5 },
];

/** A fixed clock: the stamp on the result sheets does not change between runs. */
const FIXED_NOW = new Date('2026-01-15T09:00:00Z');

/** What the setup child reports; plain data, sent over IPC. */
interface SetupReport {
  readonly dataRows: number;
  readonly cells: number;
  readonly generateMs: number;
  readonly writeMs: number;
  readonly fileBytes: number;
  /** Data rows generated per table. */
  readonly expectedRows: Readonly<Partial<Record<TableKind, number>>>;
}

/** What the measured child reports; plain data, sent over IPC. */
interface ChildReport {
  readonly outcome: RunOutcome['kind'];
  readonly total: Timing;
  readonly reading: Timing;
  readonly computing: Timing;
  readonly writing: Timing;
  /** Reading the input file from disk. */
  readonly readFile: Timing;
  /** The time between the stages. */
  readonly other: Timing;
  readonly outputBytes: number;
  readonly resultSheets: readonly string[];
  readonly warnings: number;
  /** Data rows the engine read per table. */
  readonly foundRows: Readonly<Partial<Record<TableKind, number>>>;
  readonly memory: {
    readonly rssBaseline: number;
    readonly heapBaseline: number;
    readonly peakHeapUsed: number;
    readonly peakRssSampled: number;
    readonly maxRss: number;
  };
}

function benchCase(key: string): BenchCase {
  const found = CASES.find((c) => c.key === key);
  if (found === undefined) throw new Error(`Unknown size ${key}.`);
  return found;
}

// ---------------------------------------------------------------------------------------------
// Setup child: generate one size and write it to an .xlsx file.

async function runSetup(key: string, file: string): Promise<void> {
  const bench = benchCase(key);
  const generateStart = performance.now();
  const grids = generateGrids(bench.size);
  const generateMs = performance.now() - generateStart;

  const writeStart = performance.now();
  await writeWorkbook(grids, file);
  const writeMs = performance.now() - writeStart;

  const expectedRows: Partial<Record<TableKind, number>> = {};
  for (const kind of TABLE_KINDS) {
    const grid = grids.find((g) => g.sheet === SHEETS[kind]);
    if (grid !== undefined) expectedRows[kind] = grid.rows.length - 1;
  }
  const report: SetupReport = {
    dataRows: grids.reduce((total, grid) => total + grid.rows.length - 1, 0),
    cells: grids.reduce(
      (total, grid) =>
        total + grid.rows.reduce((n, row) => n + row.filter((cell) => cell !== null).length, 0),
      0,
    ),
    generateMs,
    writeMs,
    fileBytes: statSync(file).size,
    expectedRows,
  };
  sendReport(report);
}

// ---------------------------------------------------------------------------------------------
// Measured child: the end-to-end runs for one input file.

async function runChild(key: string, input: string, dir: string): Promise<void> {
  const bench = benchCase(key);
  const output = path.join(dir, `${key}.out.xlsx`);
  const pipeline = createPipeline({ version: VERSION, now: () => FIXED_NOW });
  collectGarbage();
  const baseline = process.memoryUsage();

  // Timings first, undisturbed by any sampling.
  for (let i = 0; i < bench.warmups; i++) await endToEnd(pipeline, input, output);
  const runs: { totalMs: number; readFileMs: number; timings: Timings }[] = [];
  let last: RunOutcome | null = null;
  for (let i = 0; i < bench.runs; i++) {
    last = null;
    collectGarbage();
    const run = await endToEnd(pipeline, input, output);
    runs.push({ totalMs: run.totalMs, readFileMs: run.readFileMs, timings: run.outcome.timings });
    last = run.outcome;
  }
  if (last === null) throw new Error('No timed run.');
  const outputBytes = last.kind === 'written' ? statSync(output).size : 0;
  const foundRows: Partial<Record<TableKind, number>> = {};
  if (last.kind !== 'foreign-sheet')
    for (const table of last.result.tables) foundRows[table.table] = table.rows;
  const summary = {
    outcome: last.kind,
    resultSheets: last.kind === 'written' ? last.sheets.map((sheet) => sheet.name) : [],
    warnings: last.kind === 'foreign-sheet' ? 0 : last.result.warnings.length,
  };
  last = null;

  // Then the memory pass: one more run, sampled.
  const { peakHeapUsed, peakRssSampled } = await peakMemory(async (sample) => {
    await endToEnd(pipeline, input, output, sample);
  });

  const report: ChildReport = {
    ...summary,
    total: timing(runs.map((r) => r.totalMs)),
    reading: timing(runs.map((r) => r.timings.readingMs)),
    computing: timing(runs.map((r) => r.timings.computingMs)),
    writing: timing(runs.map((r) => r.timings.writingMs)),
    readFile: timing(runs.map((r) => r.readFileMs)),
    other: timing(
      runs.map(
        (r) =>
          r.totalMs -
          r.readFileMs -
          r.timings.readingMs -
          r.timings.computingMs -
          r.timings.writingMs,
      ),
    ),
    outputBytes,
    foundRows,
    memory: {
      rssBaseline: baseline.rss,
      heapBaseline: baseline.heapUsed,
      peakHeapUsed,
      peakRssSampled,
      maxRss: process.resourceUsage().maxRSS * 1024,
    },
  };
  sendReport(report);
}

// ---------------------------------------------------------------------------------------------
// Parent: per size, a setup child and a measured child; then the tables.

const fileSize = (bytes: number): string =>
  bytes < MIB ? `${(bytes / 1024).toFixed(0)} KiB` : `${(bytes / MIB).toFixed(2)} MiB`;
const share = (part: Timing, total: Timing): string =>
  `${ms(part.median)} (${((100 * part.median) / total.median).toFixed(0)} %)`;

/** Where the engine did not read every generated table with every generated row. */
function tableProblems(setup: SetupReport, child: ChildReport): string[] {
  const problems: string[] = [];
  if (child.outcome !== 'written') problems.push(`outcome ${child.outcome}, nothing written`);
  for (const kind of TABLE_KINDS) {
    const expected = setup.expectedRows[kind];
    const found = child.foundRows[kind];
    if (expected !== found)
      problems.push(
        `${kind}: generated ${String(expected ?? 'no table')} rows, engine read ${String(found ?? 'no table')}`,
      );
  }
  return problems;
}

interface Measured {
  readonly bench: BenchCase;
  readonly setup: SetupReport;
  readonly child: ChildReport;
}

interface Failed {
  readonly bench: BenchCase;
  readonly error: string;
}

async function runParent(args: readonly string[]): Promise<void> {
  const wanted = args.filter((arg) => !arg.startsWith('--'));
  const unknown = wanted.filter((key) => !CASES.some((c) => c.key === key));
  if (unknown.length > 0)
    throw new Error(
      `Unknown size ${unknown.join(', ')}; use ${CASES.map((c) => c.key).join(' or ')}.`,
    );
  const cases = CASES.filter((c) => wanted.length === 0 || wanted.includes(c.key));
  const keep = args.includes('--keep');
  const stackSize = args.find((arg) => /^--stack-size=\d+$/.test(arg)) ?? null;
  const cpuProfileDir = args.includes('--cpu-prof')
    ? mkdtempSync(path.join(os.tmpdir(), 'xlsx-cpu-prof-'))
    : null;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'xlsx-bench-'));

  const cpu = os.cpus();
  console.log(
    'End-to-end .xlsx benchmark: read file → createPipeline().run(xlsxPort) → write file',
  );
  console.log(
    `Machine: ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${cpu.length} cores, ${gib(os.totalmem())} RAM`,
  );
  console.log(`Node ${process.version} (V8 ${process.versions.v8}), ${os.platform()} ${os.arch()}`);
  console.log(
    'Each size: the workbook written with ExcelJS in a setup process (timed apart), then',
  );
  console.log('a fresh process: warm-up runs and N timed runs with a full GC before each.');
  console.log('Times: median / min / max ms; stages: median ms (share of the median total).');
  if (stackSize !== null)
    console.log(`NOTE: measured children run with ${stackSize} (a diagnostic, not the default).`);
  console.log('');

  const measured: Measured[] = [];
  const failed: Failed[] = [];
  try {
    for (const bench of cases) {
      const input = path.join(dir, `${bench.key}.xlsx`);
      try {
        console.log(`writing ${bench.key} (${sizeLabel(bench.size)}) ...`);
        const setup = await forkChild<SetupReport>(
          __filename,
          'setup process',
          ['--write', bench.key, input],
          [],
        );
        console.log(`running ${bench.key} ...`);
        const flags = [
          ...(stackSize === null ? [] : [stackSize]),
          ...(cpuProfileDir === null
            ? []
            : [
                '--cpu-prof',
                `--cpu-prof-dir=${cpuProfileDir}`,
                `--cpu-prof-name=${bench.key}.cpuprofile`,
              ]),
        ];
        const child = await forkChild<ChildReport>(
          __filename,
          'measured process',
          ['--child', bench.key, input, dir],
          flags,
        );
        measured.push({ bench, setup, child });
      } catch (error) {
        failed.push({ bench, error: error instanceof Error ? error.message : String(error) });
      }
    }
  } finally {
    if (!keep) rmSync(dir, { recursive: true, force: true });
  }
  console.log('');

  console.log(
    textTable(
      ['size', 'workbook', 'data rows', 'cells', 'generate ms', 'write .xlsx ms', 'input file'],
      measured.map(({ bench, setup }) => [
        bench.key,
        sizeLabel(bench.size),
        count(setup.dataRows),
        count(setup.cells),
        ms(setup.generateMs),
        ms(setup.writeMs),
        fileSize(setup.fileBytes),
      ]),
    ),
  );
  console.log('(Setup, not part of the figures below. Cells: non-blank cells written.)');
  console.log('');
  console.log(
    textTable(
      [
        'size',
        'warm-up + runs',
        'end to end ms',
        'read file',
        'reading',
        'computing',
        'writing',
        'other',
      ],
      measured.map(({ bench, child }) => [
        bench.key,
        `${bench.warmups} + ${bench.runs}`,
        spread(child.total),
        share(child.readFile, child.total),
        share(child.reading, child.total),
        share(child.computing, child.total),
        share(child.writing, child.total),
        share(child.other, child.total),
      ]),
    ),
  );
  console.log('(read file: the input from disk; reading: package → snapshot; computing: engine,');
  console.log(' JSON, fingerprint, result sheets; writing: output package and saving it to disk;');
  console.log(
    ' other: between the stages. Medians of each, so the shares need not add up to 100.)',
  );
  console.log('');
  console.log(
    textTable(
      [
        'size',
        'output file',
        'warnings',
        'baseline RSS / heap',
        'peak heapUsed',
        'peak RSS (sampled)',
        'maxRSS (OS)',
      ],
      measured.map(({ bench, child }) => [
        bench.key,
        fileSize(child.outputBytes),
        count(child.warnings),
        `${mib(child.memory.rssBaseline)} / ${mib(child.memory.heapBaseline)}`,
        mib(child.memory.peakHeapUsed),
        mib(child.memory.peakRssSampled),
        mib(child.memory.maxRss),
      ]),
    ),
  );
  console.log(
    '(MiB. Baseline: node + ts-node + the TypeScript compiler + ExcelJS and the pipeline, before',
  );
  console.log(' any run. Peaks: one end-to-end run; maxRSS: the whole measured child, every run.)');
  console.log('');
  for (const { bench, child } of measured)
    console.log(`result sheets (${bench.key}): ${child.resultSheets.join(', ')}`);
  const problems = measured.flatMap(({ bench, setup, child }) =>
    tableProblems(setup, child).map((problem) => `TABLE PROBLEM (${bench.key}): ${problem}`),
  );
  for (const line of problems) console.log(line);
  for (const { bench, error } of failed)
    console.log(`FAILED (${bench.key}, ${sizeLabel(bench.size)}): ${error} (see the error above)`);
  if (keep) console.log(`\nInput and output files: ${dir}`);
  if (cpuProfileDir !== null)
    console.log(`\nCPU profiles (open in Chrome DevTools): ${cpuProfileDir}`);
  if (problems.length > 0 || failed.length > 0) process.exitCode = 1;
}

function main(argv: readonly string[]): Promise<void> {
  const [mode, key = '', file = '', dir = ''] = argv;
  if (mode === '--write') return runSetup(key, file);
  if (mode === '--child') return runChild(key, file, dir);
  return runParent(argv);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
