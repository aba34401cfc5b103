/**
 * The preview as the browser tests and bench/pane.bench.ts load it: built for production into a
 * temporary folder (dist-preview/ and dist/ are left alone) and served on a free port of 127.0.0.1.
 * PREVIEW_DIST names an already built preview to serve instead, to iterate on the tests quickly.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { serveFolder } from '../../scripts/serve-preview';

const ROOT = path.resolve(__dirname, '..', '..');
const WEBPACK_CLI = path.join(ROOT, 'node_modules', 'webpack-cli', 'bin', 'cli.js');

/** How long a production build of the preview may take on a two-core machine. */
export const PREVIEW_BUILD_TIMEOUT_MS = 240_000;

export interface PreviewSite {
  /** The page, e.g. http://127.0.0.1:41235/ */
  readonly url: string;
  close(): Promise<void>;
}

/** Builds the preview into a folder, as `npm run preview` does; rejects with webpack's output. */
export function buildPreview(outputPath: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [WEBPACK_CLI, '--mode', 'production', '--env', 'preview', '--output-path', outputPath],
      { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (status) => {
      if (status === 0 && existsSync(path.join(outputPath, 'index.html'))) resolve();
      else reject(new Error(`The preview did not build (webpack exited ${status}):\n${output}`));
    });
  });
}

/** Builds (unless PREVIEW_DIST is set) and serves the preview until `close`. */
export async function startPreview(): Promise<PreviewSite> {
  const prebuilt = process.env.PREVIEW_DIST;
  const work = prebuilt === undefined ? mkdtempSync(path.join(tmpdir(), 'preview-')) : null;
  const folder = prebuilt ?? path.join(work ?? '', 'dist-preview');
  const removeWork = (): void => {
    if (work !== null) rmSync(work, { recursive: true, force: true });
  };
  try {
    if (prebuilt === undefined) await buildPreview(folder);
    const server = await serveFolder(folder, 0);
    return {
      url: server.url,
      close: async () => {
        await server.close();
        removeWork();
      },
    };
  } catch (error) {
    removeWork();
    throw error;
  }
}
