/**
 * LibreOffice opens what we write: it converts the recalculated workbook, and the result sheets'
 * cells read back equal. LibreOffice must be installed (`.ci/run` installs it); without it this
 * test fails with a sentence that says so, never obscurely.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readXlsx } from '../../../src/workbook/xlsx/read';
import { fixture, recalculateBytes } from './helpers';

const RESULT_SHEETS = ['Scenariosummering', 'Kostnadsdrivare', 'Valideringar'];

function soffice(): string {
  const found = spawnSync('sh', ['-c', 'command -v soffice || command -v libreoffice'], {
    encoding: 'utf8',
  }).stdout.trim();
  if (found === '') {
    throw new Error(
      'LibreOffice is not installed, so this test cannot check that LibreOffice opens what we write. Install it: apt-get install -y libreoffice-calc-nogui',
    );
  }
  return found;
}

/** LibreOffice's own .xlsx of a file, converted headless with a throw-away profile. */
function throughLibreOffice(bytes: Uint8Array): Uint8Array {
  const dir = mkdtempSync(join(tmpdir(), 'recalc-lo-'));
  const input = join(dir, 'written.xlsx');
  writeFileSync(input, bytes);
  execFileSync(
    soffice(),
    [
      `-env:UserInstallation=file://${join(dir, 'profile')}`,
      '--headless',
      '--norestore',
      '--convert-to',
      'xlsx',
      '--outdir',
      join(dir, 'out'),
      input,
    ],
    { stdio: 'pipe', timeout: 120_000 },
  );
  const output = join(dir, 'out', 'written.xlsx');
  if (!existsSync(output)) throw new Error('LibreOffice did not convert the workbook');
  return new Uint8Array(readFileSync(output));
}

describe('LibreOffice', () => {
  it.each(['examples/arlig-analys-2025.xlsx', 'kitchen-sink.libreoffice.xlsx'])(
    'opens the recalculated %s, and its result sheets read back cell for cell',
    async (file) => {
      const { written } = await recalculateBytes(fixture(file), {
        language: 'sv',
        settings: {
          resultSheets: {
            summary: 'Scenariosummering',
            drivers: 'Kostnadsdrivare',
            validations: 'Valideringar',
          },
        },
      });
      if (written === null) throw new Error('nothing written');
      const ours = await readXlsx(written);
      const theirs = await readXlsx(throughLibreOffice(written));
      for (const name of RESULT_SHEETS) {
        const a = ours.sheets.find((s) => s.name === name);
        const b = theirs.sheets.find((s) => s.name === name);
        expect([name, a === undefined, b === undefined]).toEqual([name, false, false]);
        expect(b?.rows).toEqual(a?.rows);
      }
      // LibreOffice keeps every table, though it may list them in another order.
      const names = (snapshot: typeof ours): string[] =>
        snapshot.tables
          .filter((t) => t.name.startsWith('SR_'))
          .map((t) => `${t.sheet}:${t.name}:${t.top}:${t.rows.length}`)
          .sort();
      expect(names(theirs)).toEqual(names(ours));
    },
    180_000,
  );
});
