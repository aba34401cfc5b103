/**
 * LibreOffice for the tests that open what we write in it: where it is, how it converts a
 * workbook (headless, with a throw-away profile), and what a suite does without it — fails in CI,
 * where these tests are required, and is skipped with its reason printed anywhere else.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inCi } from '../e2e/chromium';
import { saySkipped } from './skipped';

export const LIBREOFFICE_INSTALL = 'apt-get install -y libreoffice-calc-nogui';

/** LibreOffice's program, or null when it is not installed. */
export function sofficePath(): string | null {
  const found = spawnSync('sh', ['-c', 'command -v soffice || command -v libreoffice'], {
    encoding: 'utf8',
  }).stdout.trim();
  return found === '' ? null : found;
}

/**
 * `describe` when LibreOffice is there. Without it: in CI an error that fails the suite; elsewhere
 * `describe.skip`, with one line saying what was skipped and how to install it.
 */
export function describeWithLibreOffice(name: string, suite: (soffice: string) => void): void {
  const soffice = sofficePath();
  if (soffice !== null) {
    describe(name, () => {
      suite(soffice);
    });
    return;
  }
  if (inCi())
    throw new Error(`LibreOffice is required in CI for "${name}": ${LIBREOFFICE_INSTALL}`);
  saySkipped(name, 'LibreOffice (soffice) is not installed', LIBREOFFICE_INSTALL);
  describe.skip(name, () => {
    suite('');
  });
}

/**
 * Converts a workbook with LibreOffice, headless, and returns the files it wrote by name.
 * @example convertWith(soffice, bytes, 'pdf').get('written.pdf')
 */
export function convertWith(
  soffice: string,
  bytes: Uint8Array,
  filter: string,
): Map<string, Uint8Array> {
  const dir = mkdtempSync(join(tmpdir(), 'recalc-lo-'));
  try {
    const input = join(dir, 'written.xlsx');
    writeFileSync(input, bytes);
    execFileSync(
      soffice,
      [
        `-env:UserInstallation=file://${join(dir, 'profile')}`,
        '--headless',
        '--norestore',
        '--convert-to',
        filter,
        '--outdir',
        join(dir, 'out'),
        input,
      ],
      { stdio: 'pipe', timeout: 120_000 },
    );
    const out = join(dir, 'out');
    if (!existsSync(out)) throw new Error('LibreOffice did not convert the workbook');
    return new Map(
      readdirSync(out).map((file) => [file, new Uint8Array(readFileSync(join(out, file)))]),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
