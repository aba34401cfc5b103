/**
 * Syncs and request bytes per recalculation through the Office.js adapter, on the simulated Excel
 * host: the example workbook and copies of it 10, 100 and 1000 times larger (every list scaled). The host counts what Excel
 * would be sent; the request limit is Excel on the web's 5 MB.
 *
 * Usage: npm run bench:excel
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import os from 'node:os';
import { createPipeline } from '../src/pipeline/pipeline';
import { VERSION } from '../src/version';
import { excelPort } from '../src/workbook/excel/port';
import {
  REQUEST_LIMIT_BYTES,
  SimulatedExcel,
  simulatedRun,
  simulatedWorkbookFrom,
} from '../src/workbook/simulated-excel';
import type { SimWorkbook } from '../src/workbook/simulated-excel';
import { scaleTables } from '../src/workbook/simulated-excel/scale';
import { readXlsx } from '../src/workbook/xlsx/read';

const KiB = 1024;

interface Row {
  readonly size: string;
  readonly services: number;
  readonly readSyncs: number;
  readonly readBytes: number;
  readonly writeSyncs: number;
  readonly writeBytes: number;
  readonly largest: number;
  readonly readResponse: number;
  readonly largestResponse: number;
  readonly ms: number;
}

async function measure(label: string, workbook: SimWorkbook): Promise<Row> {
  const host = new SimulatedExcel(workbook);
  const port = excelPort(simulatedRun(host));
  const pipeline = createPipeline({ version: VERSION, now: () => new Date() });
  const started = performance.now();
  await port.read();
  const afterRead = {
    syncs: host.stats.syncs,
    bytes: host.stats.requestBytes,
    response: host.stats.responseBytes,
  };
  const outcome = await pipeline.run(port, { language: 'sv' });
  const ms = performance.now() - started;
  if (outcome.kind !== 'written') throw new Error(`${label}: nothing written (${outcome.kind})`);
  // The pipeline's run reads again; the write is what comes after that second read.
  const writeSyncs = host.stats.syncs - 2 * afterRead.syncs;
  const writeBytes = host.stats.requestBytes - 2 * afterRead.bytes;
  return {
    size: label,
    services: outcome.result.tables.find((t) => t.table === 'services')?.rows ?? 0,
    readSyncs: afterRead.syncs,
    readBytes: afterRead.bytes,
    writeSyncs,
    writeBytes,
    largest: host.stats.largestRequestBytes,
    readResponse: afterRead.response,
    largestResponse: host.stats.largestResponseBytes,
    ms,
  };
}

async function main(): Promise<void> {
  const bytes = new Uint8Array(
    readFileSync(join(__dirname, '..', 'examples', 'arlig-analys-2025.xlsx')),
  );
  const example = simulatedWorkbookFrom(await readXlsx(bytes));
  const rows: Row[] = [];
  const lists = ['Tjanster', 'Forandringsinsatser', 'Scenarier', 'Scenarioinsatser'];
  for (const [label, times] of [
    ['example', 1],
    ['10x', 10],
    ['100x', 100],
    ['1000x', 1000],
  ] as const) {
    rows.push(await measure(label, times === 1 ? example : scaleTables(example, lists, times)));
  }
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  console.log(
    `Office.js adapter on the simulated Excel host — ${cpu}, ${os.cpus().length} cores, Node ${process.version}`,
  );
  console.log(
    `Request limit ${(REQUEST_LIMIT_BYTES / KiB / KiB).toFixed(0)} MiB; write budget per sync 4 MiB.\n`,
  );
  const header = [
    'size',
    'services',
    'read syncs',
    'read KiB sent',
    'read KiB back',
    'write syncs',
    'write KiB sent',
    'largest request KiB',
    'largest response KiB',
    'recalculation ms',
  ];
  const table = rows.map((r) => [
    r.size,
    String(r.services),
    String(r.readSyncs),
    (r.readBytes / KiB).toFixed(1),
    (r.readResponse / KiB).toFixed(1),
    String(r.writeSyncs),
    (r.writeBytes / KiB).toFixed(1),
    (r.largest / KiB).toFixed(1),
    (r.largestResponse / KiB).toFixed(1),
    r.ms.toFixed(0),
  ]);
  const widths = header.map((h, i) =>
    Math.max(h.length, ...table.map((row) => (row[i] ?? '').length)),
  );
  const line = (cells: readonly string[]): string =>
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0)))
      .join('  ');
  console.log(line(header));
  for (const row of table) console.log(line(row));
  console.log(
    '\nRead: one sync learns the sheets, tables and settings, one the used ranges with values up to 4 MiB a response, then row blocks for the rest.',
  );
  console.log('Write: two syncs check the result sheets, then one per chunk of up to 4 MiB.');
}

void main();
