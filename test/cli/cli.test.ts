/**
 * The command line, end to end on real files: what it prints, what it writes, how it fails.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { JsonResult } from '../../src/engine';
import type { CliIo } from '../../src/cli/main';
import { outputPath, runCli } from '../../src/cli/main';
import { readXlsx } from '../../src/workbook/xlsx/read';
import { grouped } from '../support/figures';
import { ROOT } from '../workbook/xlsx/helpers';

const EXAMPLE = join(ROOT, 'examples', 'arlig-analys-2025.xlsx');
const FIXTURES = join(ROOT, 'test', 'workbook', 'xlsx', 'fixtures');

function workspace(): string {
  return mkdtempSync(join(tmpdir(), 'recalc-cli-'));
}

async function cli(args: readonly string[], env: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    env,
    now: () => new Date('2026-11-28T09:15:00Z'),
  };
  const status = await runCli(args, io);
  return { status, stdout, stderr };
}

describe('npm run recalc', () => {
  it('recalculates the example beside itself, prints the totals and where it wrote, and exits 0', async () => {
    const dir = workspace();
    const input = join(dir, 'analys.xlsx');
    copyFileSync(EXAMPLE, input);
    const before = readFileSync(input);
    const { status, stdout, stderr } = await cli([input]);
    expect([status, stderr]).toEqual([0, '']);
    expect(stdout).toContain(
      grouped('1         2025  1 088 976     6 000      20 550     1 100    27 650  1 116 626'),
    );
    expect(stdout).toContain(
      grouped('3         2025  1 088 976         0       5 200         0     5 200  1 094 176'),
    );
    // What a scenario adds over the base is known where the base is not.
    expect(stdout).toContain(
      grouped('1         2026      okänd         0       7 200     4 430    11 630      okänd'),
    );
    expect(stdout).toMatch(
      /Varning \(16\):\n {2}Drivare!C2 +TOTAL_CHANGE_MISMATCH +Angiven Ny leverans 2025 är 37\u00a0900/,
    );
    const out = join(dir, 'analys.recalculated.xlsx');
    expect(stdout).toContain(
      `Resultatet skrevs till ${out} (bladen Scenariosummering, Kostnadsdrivare, Valideringar, Sammanställning).`,
    );
    expect(readFileSync(input).equals(before)).toBe(true);
    expect(
      (await readXlsx(new Uint8Array(readFileSync(out)))).sheets.map((s) => s.name).slice(-4),
    ).toEqual(['Scenariosummering', 'Kostnadsdrivare', 'Valideringar', 'Sammanställning']);
  });

  it('writes the JSON contract to a file', async () => {
    const dir = workspace();
    const json = join(dir, 'result.json');
    const { status } = await cli([
      EXAMPLE,
      '--out',
      join(dir, 'out.xlsx'),
      '--json',
      json,
      '--lang',
      'en',
    ]);
    expect(status).toBe(0);
    const result = JSON.parse(readFileSync(json, 'utf8')) as JsonResult;
    expect(result.scenarios.map((s) => s.years[0]?.total)).toEqual([1116626, 1121026, 1094176]);
    expect(result.warnings.find((w) => w.code === 'LISTED_COST_MISMATCH')).toMatchObject({
      sheet: 'Scenarier',
      cell: 'C17',
    });
    expect(result.warnings[0]?.message).toMatch(/^Stated New delivery 2025 is 37,900/);
  });

  it('writes only JSON to standard output with --json -, and the report to standard error', async () => {
    const dir = workspace();
    const { status, stdout, stderr } = await cli([
      EXAMPLE,
      '--out',
      join(dir, 'out.xlsx'),
      '--json',
      '-',
    ]);
    expect(status).toBe(0);
    expect((JSON.parse(stdout) as JsonResult).years).toEqual([2025, 2026, 2027]);
    expect(stderr).toContain(grouped('1 116 626'));
  });

  it('speaks English when the locale is English', async () => {
    const dir = workspace();
    const { stdout } = await cli([EXAMPLE, '--out', join(dir, 'out.xlsx')], {
      LANG: 'en_GB.UTF-8',
    });
    expect(stdout).toContain('Tables:');
    expect(stdout).toContain(`The result was written to ${join(dir, 'out.xlsx')}`);
  });

  it('names the report by a fourth name in --sheets, and saves it', async () => {
    const dir = workspace();
    const out = join(dir, 'out.xlsx');
    const { status } = await cli([
      EXAMPLE,
      '--out',
      out,
      '--sheets',
      'Summa,Drivers,Kontroll,Rapport',
    ]);
    expect(status).toBe(0);
    const snapshot = await readXlsx(new Uint8Array(readFileSync(out)));
    expect(snapshot.sheets.map((s) => s.name).slice(-4)).toEqual([
      'Summa',
      'Drivers',
      'Kontroll',
      'Rapport',
    ]);
    expect(snapshot.settings?.reportSheet).toBe('Rapport');
  });

  it('saves --sheets, --tolerance and --unit in the copy', async () => {
    const dir = workspace();
    const out = join(dir, 'out.xlsx');
    const { status } = await cli([
      EXAMPLE,
      '--out',
      out,
      '--sheets',
      'Summa,Drivers,Kontroll',
      '--tolerance',
      '5000',
      '--unit',
      'kSEK',
    ]);
    expect(status).toBe(0);
    const snapshot = await readXlsx(new Uint8Array(readFileSync(out)));
    expect(snapshot.settings).toMatchObject({
      resultSheets: { summary: 'Summa', drivers: 'Drivers', validations: 'Kontroll' },
      tolerance: { amount: 5000, unit: 'tkr' },
      unit: 'tkr',
    });
    // With a tolerance of 5 000 the stated driver totals no longer count as different.
    const [header = [], ...rows] =
      snapshot.tables.find((t) => t.name === 'SR_Validations')?.rows ?? [];
    const checks = rows.map((row) => row[header.indexOf('Kod')]);
    expect(header).toContain('Kod');
    expect(checks).not.toContain('TOTAL_CHANGE_MISMATCH');
  });

  it('rescales every figure with --unit MSEK: the report, the JSON and the result sheets, with three decimals', async () => {
    const dir = workspace();
    const out = join(dir, 'out.xlsx');
    const json = join(dir, 'result.json');
    const { status, stdout } = await cli([EXAMPLE, '--out', out, '--json', json, '--unit', 'msek']);
    expect(status).toBe(0);
    expect(stdout).toContain(grouped('1 088,976'));
    expect(stdout).toContain(grouped('1 116,626'));
    // Every figure with the same three decimals: 6,000 not 6, 20,550 not 20,55.
    expect(stdout).toMatch(/^ +1 +2025 +1\u00a0088,976 +6,000 +20,550 +1,100 /m);
    expect(stdout).toMatch(/Drivare!C2 +TOTAL_CHANGE_MISMATCH +Angiven Ny leverans 2025 är 37,9 /);
    const result = JSON.parse(readFileSync(json, 'utf8')) as JsonResult;
    expect(result.unit).toBe('MSEK');
    expect(result.scenarios.map((s) => s.years[0]?.total)).toEqual([1116.626, 1121.026, 1094.176]);
    expect(result.scenarios[0]?.years[0]).toMatchObject({
      ongoing: 6,
      proposed: 20.55,
      impact: 1.1,
    });
    // The same differences are reported as in tkr: the tolerance is 0.5 tkr in any unit.
    const inTkr = JSON.parse(
      (await cli([EXAMPLE, '--out', join(dir, 'tkr.xlsx'), '--json', '-'])).stdout,
    ) as JsonResult;
    expect(result.warnings.map((w) => [w.code, w.cell])).toEqual(
      inTkr.warnings.map((w) => [w.code, w.cell]),
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const summary = workbook.getWorksheet('Scenariosummering');
    expect(summary?.getCell('A3').value).toBe('Scenarier per år (MSEK)');
    expect(summary?.getCell('H5').value).toBe(27.65);
    const total = summary?.getCell('I5');
    expect([total?.value, total?.numFmt]).toEqual([1116.626, '#,##0.000']);
    expect(summary?.getCell('C5').numFmt).toBe('0');
  });

  it.each([
    [
      ['a.xlsx', '--unit', 'EUR'],
      'EUR är ingen enhet som --unit kan visa; välj tkr, MSEK eller kr. Se --help.\n',
    ],
    [['--out'], 'Valet --out behöver ett värde. Se --help.\n'],
    [[], 'Ange arbetsboken som ska räknas om. Se --help.\n'],
    [['a.xlsx', '--frobnicate'], 'Okänt val --frobnicate. Se --help.\n'],
    [['a.xlsx', '--lang', 'fi'], 'fi är inget giltigt värde för --lang. Se --help.\n'],
    [['a.xlsx', '--tolerance', '-1'], '-1 är inget giltigt värde för --tolerance. Se --help.\n'],
    [['a.xlsx', '--sheets', 'A,B'], 'A,B är inget giltigt värde för --sheets. Se --help.\n'],
    [
      ['a.xlsx', '--sheets', 'A,B,C,a'],
      'A,B,C,a är inget giltigt värde för --sheets. Se --help.\n',
    ],
    [
      ['a.xlsx', '--sheets', 'A,B,C,D,E'],
      'A,B,C,D,E är inget giltigt värde för --sheets. Se --help.\n',
    ],
  ])('refuses the arguments %j with one sentence and exit status 2', async (args, message) => {
    expect(await cli(args)).toEqual({ status: 2, stdout: '', stderr: message });
  });

  it('prints its usage with --help', async () => {
    const { status, stdout } = await cli(['--help'], { LANG: 'en_US.UTF-8' });
    expect(status).toBe(0);
    expect(stdout).toContain('Usage: npm run recalc -- <in.xlsx>');
  });

  it.each([
    ['not-xlsx.xlsx', 'is not an Excel workbook (.xlsx).'],
    ['truncated.xlsx', 'is not an Excel workbook (.xlsx).'],
  ])('refuses %s with one sentence and exit status 2', async (file, sentence) => {
    const dir = workspace();
    const { status, stdout, stderr } = await cli([
      join(FIXTURES, file),
      '--out',
      join(dir, 'out.xlsx'),
      '--lang',
      'en',
    ]);
    expect(status).toBe(2);
    expect(stderr).toBe(`${join(FIXTURES, file)} ${sentence}\n`);
    expect(stdout).not.toContain('at ');
    expect(existsSync(join(dir, 'out.xlsx'))).toBe(false);
  });

  it('says when the file does not exist', async () => {
    expect(await cli(['/nonexistent/analys.xlsx', '--lang', 'en'])).toEqual({
      status: 2,
      stdout: '',
      stderr: 'The file /nonexistent/analys.xlsx does not exist.\n',
    });
  });

  it('never writes its JSON over the input or over the recalculated copy', async () => {
    const dir = workspace();
    const input = join(dir, 'victim.xlsx');
    copyFileSync(EXAMPLE, input);
    const out = join(dir, 'out.xlsx');
    expect((await cli([input, '--out', out, '--json', input, '--lang', 'en'])).status).toBe(2);
    expect((await cli([input, '--out', out, '--json', out, '--lang', 'en'])).stderr).toBe(
      `The JSON file ${out} is the recalculated workbook itself; choose another.\n`,
    );
    expect(readFileSync(input).equals(readFileSync(EXAMPLE))).toBe(true);
    expect(existsSync(out)).toBe(false);
  });

  it('never overwrites its input', async () => {
    const { status, stderr } = await cli([EXAMPLE, '--out', EXAMPLE, '--lang', 'en']);
    expect(status).toBe(2);
    expect(stderr).toBe(
      `The output ${EXAMPLE} is the input file; the input is never overwritten.\n`,
    );
  });

  it('stops with exit status 1 and writes nothing when a result sheet’s name is taken by another sheet', async () => {
    const dir = workspace();
    const out = join(dir, 'out.xlsx');
    const { status, stderr } = await cli([
      EXAMPLE,
      '--out',
      out,
      '--sheets',
      'Scenariosummering,Kostnadsdrivare,Anteckningar',
      '--lang',
      'en',
    ]);
    expect(status).toBe(1);
    expect(stderr).toBe(
      'The sheet “Anteckningar” exists and was not made by Scenario recalculation; rename it or choose other result sheets with --sheets. Nothing was written.\n',
    );
    expect(existsSync(out)).toBe(false);
  });

  it('exits 1 and writes nothing when the workbook lacks the required tables', async () => {
    const dir = workspace();
    const input = join(dir, 'notes.xlsx');
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Notes').addRow(['Only notes here', 'and nothing else']);
    await workbook.xlsx.writeFile(input);
    const out = join(dir, 'out.xlsx');
    const { status, stderr } = await cli([input, '--out', out, '--lang', 'en']);
    expect([status, stderr]).toEqual([
      1,
      'The workbook lacks the tables Services, Initiatives, Scenarios; no result was written.\n',
    ]);
    expect(existsSync(out)).toBe(false);
  });

  it('names its default output beside the input', () => {
    expect(outputPath({ input: 'data/analys.xlsx', out: null })).toBe(
      join('data', 'analys.recalculated.xlsx'),
    );
  });

  it('runs as a real process: npm start’s command on a copy of the example', () => {
    const dir = workspace();
    const input = join(dir, 'exempel.xlsx');
    copyFileSync(EXAMPLE, input);
    writeFileSync(join(dir, 'not-touched.txt'), 'x');
    const run = spawnSync(
      process.execPath,
      ['-r', 'ts-node/register/transpile-only', join(ROOT, 'src', 'cli', 'main.ts'), input],
      {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...process.env, LANG: 'sv_SE.UTF-8' },
      },
    );
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(grouped('1 116 626'));
    expect(existsSync(join(dir, 'exempel.recalculated.xlsx'))).toBe(true);
  });
});
