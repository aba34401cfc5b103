/**
 * Reading a PDF LibreOffice printed: its text page by page, with Debian's poppler-utils
 * (`pdftotext`). Without it, a suite fails in CI, where it is required, and is skipped elsewhere.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inCi } from '../e2e/chromium';
import { saySkipped } from './skipped';

export const POPPLER_INSTALL = 'apt-get install -y poppler-utils';

/** True when `pdftotext` and `pdftoppm` are installed. */
export function hasPdfTools(): boolean {
  return (
    spawnSync('sh', ['-c', 'command -v pdftotext && command -v pdftoppm'], { encoding: 'utf8' })
      .status === 0
  );
}

/**
 * True when the PDF tools are there. Without them: in CI an error that fails the suite; elsewhere
 * false, with one line saying what is skipped and how to install them.
 */
export function pdfToolsOrSkip(what: string): boolean {
  if (hasPdfTools()) return true;
  if (inCi()) throw new Error(`poppler-utils is required in CI for "${what}": ${POPPLER_INSTALL}`);
  saySkipped(what, 'pdftotext is not installed', POPPLER_INSTALL);
  return false;
}

/**
 * The text of each page of a PDF, in reading order (`pdftotext -layout`, whose pages end in a form feed).
 * @example pdfPages(pdf).length → the page count
 */
export function pdfPages(pdf: Uint8Array): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'recalc-pdf-'));
  try {
    const input = join(dir, 'in.pdf');
    writeFileSync(input, pdf);
    const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', input, '-'], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    const pages = text.split('\f');
    // The last page's form feed leaves an empty tail.
    return pages.at(-1)?.trim() === '' ? pages.slice(0, -1) : pages;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
