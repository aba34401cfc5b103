/**
 * `npm run bench`: how the product scales, in one table. Workbooks are generated at the size of
 * the source document and at 10, 100 and 1000 times as many services, initiatives and scenarios
 * (the horizon stays the document's three years: a city's plan does not get longer because the
 * city is larger), and each size is measured:
 *
 * - the engine: `recalculate` on the grids in memory (median of timed runs, each after a full GC),
 *   and its peak heap;
 * - end to end through the .xlsx path, as the command line takes it: reading, computing and
 *   writing apart (the pipeline's own timings), and the peak heap and RSS of a run;
 * - inside Excel: one recalculation through the Office.js adapter on the simulated Excel host,
 *   with Excel on the web's 5 MB request and response limits: syncs, bytes sent and received;
 * - the peer: the same scenario totals as SUMIFS formulas over the same tables, computed by
 *   HyperFormula (bench/peer-hyperformula.ts), its time, the ratio to the engine's, and whether
 *   every total agrees.
 *
 * Every measurement runs in a child process of its own, so each peak memory is its own. The growth
 * column divides a size's time by the previous size's: with ten times the rows, a linear cost
 * grows ×10.
 *
 * Usage: npm run bench [-- [--sizes=1,10,100,1000] [--no-peer] [--keep]]
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

import type { EngineResult, Grid } from '../src/engine';
import { recalculate, toJsonNumber } from '../src/engine';
import { createPipeline } from '../src/pipeline/pipeline';
import { problemMessage } from '../src/pipeline/texts';
import { VERSION } from '../src/version';
import { WorkbookError } from '../src/workbook/errors';
import { excelPort } from '../src/workbook/excel/port';
import {
  SimulatedExcel,
  simulatedRun,
  simulatedWorkbookFrom,
} from '../src/workbook/simulated-excel';
import { readXlsx } from '../src/workbook/xlsx/read';
import type { GeneratorSize } from './generate';
import { DOCUMENT_SIZE, generateGrids } from './generate';
import type { Timing } from './harness';
import { collectGarbage, count, gib, MIB, mib, ms, textTable, timing } from './harness';
import { endToEnd, forkChild, peakMemory, sendReport } from './measure';
import { computeWithHyperFormula, sumifsWorkbook } from './peer-hyperformula';
import { writeWorkbook } from './write-workbook';

const SCALES = [1, 10, 100, 1000] as const;

/** Runs per size, after warm-up: fewer for the larger sizes, whose runs vary less. */
const RUNS: Readonly<Record<number, { warmups: number; runs: number }>> = {
  1: { warmups: 5, runs: 21 },
  10: { warmups: 2, runs: 11 },
  100: { warmups: 1, runs: 5 },
  1000: { warmups: 1, runs: 3 },
};

/**
 * The peer is not run at a size where it would take longer than this, projected from the sizes
 * before (by its own growth between them, or ×10 for ten times the rows when only one is known).
 */
const PEER_TIME_LIMIT_MS = 300_000;

/** A fixed clock: the stamp on the result sheets does not change between runs. */
const FIXED_NOW = new Date('2026-01-15T09:00:00Z');

function sizeAt(scale: number): GeneratorSize {
  return {
    services: DOCUMENT_SIZE.services * scale,
    initiatives: DOCUMENT_SIZE.initiatives * scale,
    scenarios: DOCUMENT_SIZE.scenarios * scale,
    years: DOCUMENT_SIZE.years,
    firstYear: DOCUMENT_SIZE.firstYear,
  };
}

function runsAt(scale: number): { warmups: number; runs: number } {
  return RUNS[scale] ?? { warmups: 1, runs: 3 };
}

const cellCount = (grids: readonly Grid[]): number =>
  grids.reduce(
    (total, grid) =>
      total + grid.rows.reduce((n, row) => n + row.filter((cell) => cell !== null).length, 0),
    0,
  );

// ---------------------------------------------------------------------------------------------
// The children: one measurement each.

interface EngineReport {
  readonly cells: number;
  readonly recalculate: Timing;
  readonly peakHeapUsed: number;
  readonly warnings: number;
}

async function engineChild(scale: number): Promise<EngineReport> {
  const grids = generateGrids(sizeAt(scale));
  const { warmups, runs } = runsAt(scale);
  let result: EngineResult | null = null;
  for (let i = 0; i < warmups; i++) result = recalculate(grids);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    result = null;
    collectGarbage();
    const start = performance.now();
    result = recalculate(grids);
    samples.push(performance.now() - start);
  }
  const warnings = result?.warnings.length ?? 0;
  result = null;
  const memory = await peakMemory(() => {
    recalculate(grids);
  });
  return {
    cells: cellCount(grids),
    recalculate: timing(samples),
    peakHeapUsed: memory.peakHeapUsed,
    warnings,
  };
}

interface SetupReport {
  readonly fileBytes: number;
}

async function setupChild(scale: number, file: string): Promise<SetupReport> {
  await writeWorkbook(generateGrids(sizeAt(scale)), file);
  return { fileBytes: statSync(file).size };
}

interface XlsxReport {
  readonly outcome: string;
  readonly total: Timing;
  readonly reading: Timing;
  readonly computing: Timing;
  readonly writing: Timing;
  readonly outputBytes: number;
  readonly peakHeapUsed: number;
  readonly peakRss: number;
}

async function xlsxChild(scale: number, input: string, output: string): Promise<XlsxReport> {
  const pipeline = createPipeline({ version: VERSION, now: () => FIXED_NOW });
  const { warmups, runs } = runsAt(scale);
  for (let i = 0; i < warmups; i++) await endToEnd(pipeline, input, output);
  const timings: { total: number; reading: number; computing: number; writing: number }[] = [];
  let outcome = '';
  for (let i = 0; i < runs; i++) {
    collectGarbage();
    const run = await endToEnd(pipeline, input, output);
    outcome = run.outcome.kind;
    timings.push({
      total: run.totalMs,
      reading: run.outcome.timings.readingMs,
      computing: run.outcome.timings.computingMs,
      writing: run.outcome.timings.writingMs,
    });
  }
  const memory = await peakMemory(async (sample) => {
    await endToEnd(pipeline, input, output, sample);
  });
  return {
    outcome,
    total: timing(timings.map((t) => t.total)),
    reading: timing(timings.map((t) => t.reading)),
    computing: timing(timings.map((t) => t.computing)),
    writing: timing(timings.map((t) => t.writing)),
    outputBytes: outcome === 'written' ? statSync(output).size : 0,
    peakHeapUsed: memory.peakHeapUsed,
    peakRss: memory.peakRssSampled,
  };
}

interface ExcelReport {
  /** The run's outcome, or the sentence the user would read when it failed. */
  readonly outcome: string;
  readonly syncs: number;
  readonly requestBytes: number;
  readonly responseBytes: number;
  readonly largestRequest: number;
  readonly largestResponse: number;
  readonly ms: number;
}

async function excelChild(input: string): Promise<ExcelReport> {
  const workbook = simulatedWorkbookFrom(await readXlsx(new Uint8Array(await readFile(input))));
  const host = new SimulatedExcel(workbook);
  const pipeline = createPipeline({ version: VERSION, now: () => FIXED_NOW });
  const start = performance.now();
  let outcome: string;
  try {
    outcome = (await pipeline.run(excelPort(simulatedRun(host)), { language: 'en' })).kind;
  } catch (error) {
    if (!(error instanceof WorkbookError)) throw error;
    outcome = `refused: ${problemMessage(error.problem, error.message, 'en')}`;
  }
  return {
    outcome,
    syncs: host.stats.syncs,
    requestBytes: host.stats.requestBytes,
    responseBytes: host.stats.responseBytes,
    largestRequest: host.stats.largestRequestBytes,
    largestResponse: host.stats.largestResponseBytes,
    ms: performance.now() - start,
  };
}

interface PeerReport {
  readonly formulas: number;
  readonly hyperformula: Timing;
  /** The first build's time, at every size. */
  readonly coldMs: number;
  /** One cold build, no warm-up (the larger sizes). */
  readonly cold: boolean;
  /** Scenario totals the engine knows, and how many of them the peer computed equal. */
  readonly compared: number;
  readonly equal: number;
}

function peerChild(scale: number): PeerReport {
  const grids = generateGrids(sizeAt(scale));
  const engine = recalculate(grids);
  const years = engine.scenarios[0]?.years.map((y) => y.year) ?? [];
  const sheets = sumifsWorkbook(grids, years);
  const formulas = Object.values(sheets)
    .flat(2)
    .filter((cell) => typeof cell === 'string' && cell.startsWith('=')).length;
  // A build computes every formula. The first is timed at every size (the cold figure the growth
  // and the projection compare); at the larger sizes it is the only one (a warm-up would double
  // minutes of waiting), so there the ratio is not a warmed median's.
  const large = scale >= 100;
  collectGarbage();
  const coldStart = performance.now();
  let totals = computeWithHyperFormula(sheets);
  const coldMs = performance.now() - coldStart;
  const samples: number[] = large ? [coldMs] : [];
  for (let i = 0; i < (large ? 0 : 5); i++) {
    collectGarbage();
    const start = performance.now();
    totals = computeWithHyperFormula(sheets);
    samples.push(performance.now() - start);
  }
  let compared = 0;
  let equal = 0;
  for (const scenario of engine.scenarios)
    for (const year of scenario.years) {
      if (year.total === null) continue;
      compared += 1;
      if (totals.get(`${scenario.id}|${year.year}`) === toJsonNumber(year.total)) equal += 1;
    }
  return { formulas, hyperformula: timing(samples), coldMs, cold: large, compared, equal };
}

// ---------------------------------------------------------------------------------------------
// The parent: per size, the children in turn; then the table.

interface Measured {
  readonly scale: number;
  readonly engine: EngineReport;
  readonly setup: SetupReport;
  readonly xlsx: XlsxReport;
  readonly excel: ExcelReport;
  readonly peer: PeerOutcome;
}

type PeerOutcome =
  | { readonly kind: 'measured'; readonly report: PeerReport }
  | { readonly kind: 'skipped'; readonly projectedMs: number }
  | { readonly kind: 'failed'; readonly reason: string }
  | { readonly kind: 'off' };

/** The peer's time at `scale` projected from the sizes measured before, or null without one. */
function projectedPeerMs(measured: readonly Measured[], scale: number): number | null {
  const times = measured.flatMap((m) =>
    m.peer.kind === 'measured' ? [{ scale: m.scale, ms: m.peer.report.coldMs }] : [],
  );
  const last = times.at(-1);
  if (last === undefined) return null;
  const before = times.at(-2);
  const exponent =
    before === undefined ? 1 : Math.log(last.ms / before.ms) / Math.log(last.scale / before.scale);
  return last.ms * (scale / last.scale) ** Math.max(1, exponent);
}

const ratio = (value: number): string => `${value < 10 ? value.toFixed(1) : value.toFixed(0)}×`;

const growth = (value: number, previous: number | undefined): string =>
  previous === undefined ? '' : `×${(value / previous).toFixed(1)}`;

function print(measured: readonly Measured[]): void {
  console.log(
    textTable(
      ['size', 'services', 'initiatives', 'scenarios', 'years', 'cells', '.xlsx'],
      measured.map(({ scale, engine, setup }) => {
        const size = sizeAt(scale);
        return [
          scale === 1 ? 'document' : `${scale}×`,
          count(size.services),
          count(size.initiatives),
          count(size.scenarios),
          String(size.years),
          count(engine.cells),
          setup.fileBytes < MIB
            ? `${(setup.fileBytes / 1024).toFixed(0)} KiB`
            : `${mib(setup.fileBytes)} MiB`,
        ];
      }),
    ),
  );
  console.log("\nTimes are medians, in ms; growth is the time over the previous size's.\n");
  console.log(
    textTable(
      [
        'size',
        'engine',
        'growth',
        'heap MiB',
        '.xlsx total',
        'growth',
        'read',
        'compute',
        'write',
        'heap / RSS MiB',
      ],
      measured.map(({ scale, engine, xlsx }, i) => [
        scale === 1 ? 'document' : `${scale}×`,
        ms(engine.recalculate.median),
        growth(engine.recalculate.median, measured[i - 1]?.engine.recalculate.median),
        mib(engine.peakHeapUsed),
        xlsx.outcome === 'written' ? ms(xlsx.total.median) : xlsx.outcome,
        growth(xlsx.total.median, measured[i - 1]?.xlsx.total.median),
        ms(xlsx.reading.median),
        ms(xlsx.computing.median),
        ms(xlsx.writing.median),
        `${mib(xlsx.peakHeapUsed)} / ${mib(xlsx.peakRss)}`,
      ]),
    ),
  );
  console.log(
    '\nInside Excel (simulated host, 5 MB request and response limits; the generated sheets hold plain ranges, no Excel tables):\n',
  );
  console.log(
    textTable(
      [
        'size',
        'syncs',
        'sent KiB',
        'received KiB',
        'largest request KiB',
        'largest response KiB',
        'ms',
        'outcome',
      ],
      measured.map(({ scale, excel }) => [
        scale === 1 ? 'document' : `${scale}×`,
        String(excel.syncs),
        (excel.requestBytes / 1024).toFixed(0),
        (excel.responseBytes / 1024).toFixed(0),
        (excel.largestRequest / 1024).toFixed(0),
        (excel.largestResponse / 1024).toFixed(0),
        ms(excel.ms),
        excel.outcome,
      ]),
    ),
  );
  console.log('\nThe peer: the scenario totals as SUMIFS formulas, computed by HyperFormula:\n');
  console.log(
    textTable(
      [
        'size',
        'formulas',
        'HyperFormula',
        'engine',
        'HyperFormula / engine',
        'first build',
        'growth',
        'totals equal',
      ],
      measured.map(({ scale, engine, peer }, i) => {
        const before = measured[i - 1]?.peer;
        const label = scale === 1 ? 'document' : `${scale}×`;
        const engineMs = ms(engine.recalculate.median);
        switch (peer.kind) {
          case 'measured': {
            const { report } = peer;
            return [
              label,
              count(report.formulas),
              `${ms(report.hyperformula.median)}${report.cold ? ' (1 cold run)' : ''}`,
              engineMs,
              ratio(report.hyperformula.median / engine.recalculate.median),
              ms(report.coldMs),
              before?.kind === 'measured' ? growth(report.coldMs, before.report.coldMs) : '',
              `${count(report.equal)} of ${count(report.compared)}`,
            ];
          }
          case 'skipped':
            return [
              label,
              '',
              `not run: about ${(peer.projectedMs / 60_000).toFixed(0)} min projected`,
              engineMs,
              '',
              '',
              '',
              '',
            ];
          case 'failed':
            return [label, '', `failed: ${peer.reason}`, engineMs, '', '', '', ''];
          case 'off':
            return [label, '', 'not run (--no-peer)', engineMs, '', '', '', ''];
        }
      }),
    ),
  );
  const at = (scale: number) => measured.find((m) => m.scale === scale);
  const small = at(10);
  const large = at(1000);
  if (small !== undefined && large !== undefined) {
    const ratio = large.engine.recalculate.median / small.engine.recalculate.median;
    console.log(
      `\nEngine, 10× to 1000× (100 times the rows): time ×${ratio.toFixed(0)}` +
        ` — ${ratio <= 100 ? 'no worse than linear' : 'WORSE THAN LINEAR'}.`,
    );
  }
}

async function runParent(args: readonly string[]): Promise<void> {
  const sizesArg = args.find((a) => a.startsWith('--sizes='));
  const scales = sizesArg === undefined ? [...SCALES] : sizesArg.slice(8).split(',').map(Number);
  const withPeer = !args.includes('--no-peer');
  const keep = args.includes('--keep');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'scale-bench-'));
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  console.log(
    `${cpu}, ${os.cpus().length} cores, ${gib(os.totalmem())}; Node ${process.version}; ${new Date().toISOString().slice(0, 10)}\n`,
  );
  const measured: Measured[] = [];
  try {
    for (const scale of scales) {
      const label = scale === 1 ? 'document' : `${scale}×`;
      const input = path.join(dir, `${scale}.xlsx`);
      const output = path.join(dir, `${scale}.out.xlsx`);
      const run = <T>(what: string, extra: readonly string[]): Promise<T> => {
        process.stderr.write(`${label}: ${what} …\n`);
        return forkChild<T>(__filename, `${label} ${what}`, [
          '--child',
          what,
          String(scale),
          ...extra,
        ]);
      };
      const engine = await run<EngineReport>('engine', []);
      const setup = await run<SetupReport>('setup', [input]);
      const xlsx = await run<XlsxReport>('xlsx', [input, output]);
      const excel = await run<ExcelReport>('excel', [input]);
      const projected = projectedPeerMs(measured, scale);
      let peer: PeerOutcome = { kind: 'off' };
      if (withPeer && projected !== null && projected > PEER_TIME_LIMIT_MS)
        peer = { kind: 'skipped', projectedMs: projected };
      else if (withPeer)
        peer = await run<PeerReport>('peer', []).then(
          (report): PeerOutcome => ({ kind: 'measured', report }),
          (error: unknown): PeerOutcome => ({ kind: 'failed', reason: String(error) }),
        );
      measured.push({ scale, engine, setup, xlsx, excel, peer });
    }
  } finally {
    if (keep) console.log(`Files kept in ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
  print(measured);
}

async function runChild(args: readonly string[]): Promise<void> {
  const [what, scaleText = '1', first = '', second = ''] = args;
  const scale = Number(scaleText);
  switch (what) {
    case 'engine':
      sendReport(await engineChild(scale));
      return;
    case 'setup':
      sendReport(await setupChild(scale, first));
      return;
    case 'xlsx':
      sendReport(await xlsxChild(scale, first, second));
      return;
    case 'excel':
      sendReport(await excelChild(first));
      return;
    case 'peer':
      sendReport(peerChild(scale));
      return;
    default:
      throw new Error(`Unknown measurement ${String(what)}.`);
  }
}

const childIndex = process.argv.indexOf('--child');
(childIndex >= 0
  ? runChild(process.argv.slice(childIndex + 1))
  : runParent(process.argv.slice(2))
).catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
