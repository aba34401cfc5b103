/**
 * The command line on a workbook whose settings part saves a what-if — the example as the product
 * ships it and the same analysis saved by LibreOffice — end to end on real files: the printed
 * what-ifs, the JSON, the written result sheets and report, and the settings kept; every door's
 * figure the same, worked out by hand, and the scenarios' as they were.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { JsonResult } from '../../src/engine';
import type { CliIo } from '../../src/cli/main';
import { runCli } from '../../src/cli/main';
import { readXlsx } from '../../src/workbook/xlsx/read';
import { grouped } from '../support/figures';
import {
  AI_IN_3,
  AI_IN_3_FIGURES,
  SCENARIO_TOTALS_2025,
  settingsText,
  withWhatIfs,
} from '../support/what-ifs';
import { fixture } from '../workbook/xlsx/helpers';

const WORKBOOKS = [
  ['the example', 'examples/arlig-analys-2025.xlsx'],
  ['the example saved by LibreOffice', 'arlig-analys-2025.libreoffice.xlsx'],
] as const;

async function cli(bytes: Uint8Array, language: 'sv' | 'en') {
  const dir = mkdtempSync(join(tmpdir(), 'recalc-what-if-'));
  const input = join(dir, 'analys.xlsx');
  const json = join(dir, 'result.json');
  writeFileSync(input, bytes);
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    env: {},
    now: () => new Date('2026-11-28T09:15:00Z'),
  };
  const status = await runCli([input, '--lang', language, '--json', json], io);
  return {
    status,
    stdout,
    stderr,
    json: JSON.parse(readFileSync(json, 'utf8')) as JsonResult,
    written: new Uint8Array(readFileSync(join(dir, 'analys.recalculated.xlsx'))),
  };
}

describe.each(WORKBOOKS)('the command line on %s with a saved what-if', (_label, file) => {
  let sv: Awaited<ReturnType<typeof cli>>;
  beforeAll(async () => {
    sv = await cli(await withWhatIfs(fixture(file), [AI_IN_3]), 'sv');
  });

  it('prints the what-ifs after the scenario totals, headed as not decided scenarios', () => {
    expect([sv.status, sv.stderr]).toEqual([0, '']);
    const heading = sv.stdout.indexOf('Varianter (what-if) – inte beslutade scenarier:');
    expect(heading).toBeGreaterThan(sv.stdout.indexOf(grouped('1 094 176')));
    expect(heading).toBeLessThan(sv.stdout.indexOf('Totaler per drivare'));
    const lines = sv.stdout.slice(heading).split('\n');
    expect(lines[2]).toMatch(
      /^ {2}Variant \(what-if\) +Utgår från scenario +År +Över bas +Summering +Skillnad över bas mot scenariot +Skillnad summering mot scenariot$/,
    );
    expect(lines[3]?.replace(/ +/g, ' ')).toBe(
      grouped(' AI i scenario 3 3 2025 15 700 1 104 676 10 500 10 500'),
    );
    expect(lines[4]?.replace(/ +/g, ' ')).toBe(
      grouped(' AI i scenario 3 3 2026 20 000 okänd 10 500 okänd'),
    );
    expect(sv.stdout).toContain(grouped('”AI i scenario 3”: nettonytta 6 950 (1 utan nettonytta)'));
  });

  it('writes the same figures in the JSON, and the scenarios’ as they were', () => {
    const [whatIf] = sv.json.whatIfs;
    expect(whatIf?.years.map((y) => y.overBase)).toEqual([...AI_IN_3_FIGURES.overBase]);
    expect(whatIf?.years.map((y) => y.total)).toEqual([...AI_IN_3_FIGURES.total]);
    expect(whatIf?.years.map((y) => y.versus?.total ?? null)).toEqual([
      ...AI_IN_3_FIGURES.versusTotal,
    ]);
    expect(sv.json.scenarios.map((s) => s.years[0]?.total)).toEqual([...SCENARIO_TOTALS_2025]);
    expect(sv.json.warnings.filter((w) => w.code.startsWith('WHATIF_'))).toEqual([]);
  });

  it('writes the what-if table and the report’s block into the file, and keeps the what-if saved', async () => {
    const snapshot = await readXlsx(sv.written);
    const table = snapshot.tables.find((t) => t.name === 'SR_WhatIfs');
    expect(table?.sheet).toBe('Scenariosummering');
    expect(table?.rows.slice(1).map((row) => row.map((cell) => cell ?? null))).toEqual([
      ['AI i scenario 3', '3', 2025, 1088976, 0, 15700, 0, 15700, 1104676, 10500, 10500],
      ['AI i scenario 3', '3', 2026, null, 0, 17700, 2300, 20000, null, 10500, null],
      ['AI i scenario 3', '3', 2027, null, 0, 0, 6000, 6000, null, 0, null],
    ]);
    const block = snapshot.tables.find((t) => t.name === 'SR_ReportWhatIf1');
    expect(block?.sheet).toBe('Sammanställning');
    expect(block?.rows[2]?.map((cell) => cell ?? null)).toEqual([
      'Summering',
      1104676,
      'okänd',
      'okänd',
      '2026: bas saknas; 2027: bas saknas',
    ]);
    expect(JSON.parse((await settingsText(sv.written)) ?? '{}')).toMatchObject({
      whatIfs: [AI_IN_3],
    });
  });

  it('speaks English too', async () => {
    const en = await cli(await withWhatIfs(fixture(file), [AI_IN_3]), 'en');
    expect(en.stdout).toContain('What-ifs – not decided scenarios:');
    expect(en.stdout).toMatch(/What-if +Based on scenario +Year +Over base +Total/);
    expect(en.stdout.replace(/ +/g, ' ')).toContain(
      'AI i scenario 3 3 2025 15,700 1,104,676 10,500 10,500',
    );
  });
});
