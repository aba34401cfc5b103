/**
 * What the add-in's page costs to load: builds production into a temporary folder (dist/ is left
 * alone) and prints, per emitted JavaScript file, its raw and gzipped size, then the initial
 * JavaScript of taskpane.html (the scripts it loads before anyone clicks) gzipped, and what
 * @microsoft/office-js-helpers would add to that if it were imported eagerly instead of on demand.
 *
 *   npm run bench:bundle
 *
 * Gzip is node:zlib at its default level (6), each file on its own, as a server sends them.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Configuration, Stats } from 'webpack';
import webpack from 'webpack';

const ROOT = path.resolve(__dirname, '..');
const HELPERS = '@microsoft/office-js-helpers';

type ConfigFactory = ((
  env: Readonly<Record<string, unknown>>,
  argv: { readonly mode: 'production' },
) => Promise<Configuration>) & { readonly INITIAL_BUDGET_GZIP_KIB: number };

const CONFIG = createRequire(__filename)(path.join(ROOT, 'webpack.config.js')) as ConfigFactory;

interface JsFile {
  readonly name: string;
  readonly raw: number;
  readonly gzip: number;
  readonly initial: boolean;
}

interface Measured {
  readonly files: readonly JsFile[];
  readonly initial: { readonly raw: number; readonly gzip: number; readonly count: number };
}

async function build(outputPath: string, eagerHelpers: boolean): Promise<void> {
  const config = await CONFIG({ WEBPACK_BUILD: true }, { mode: 'production' });
  const entry = config.entry as Record<string, string>;
  const taskpane = entry.taskpane;
  if (taskpane === undefined) throw new Error('webpack.config.js has no taskpane entry.');
  const variant: Configuration = {
    ...config,
    context: ROOT,
    output: { ...config.output, path: outputPath },
    // The eager variant: the helpers load with the pane, as a static import would load them.
    entry: eagerHelpers ? { ...entry, taskpane: [HELPERS, taskpane] } : entry,
    // The build enforces the budget; the benchmark measures, over it or not, and says which.
    plugins: (config.plugins ?? []).filter(
      (plugin) => plugin?.constructor.name !== 'PaneBudgetPlugin',
    ),
    infrastructureLogging: { level: 'error' },
  };
  const stats = await new Promise<Stats>((resolve, reject) => {
    webpack(variant, (error, result) => {
      if (error) reject(error);
      else if (result === undefined) reject(new Error('webpack gave no stats.'));
      else resolve(result);
    });
  });
  if (stats.hasErrors()) throw new Error(stats.toString({ all: false, errors: true }));
}

/** The local scripts taskpane.html loads, in order (office.js comes from Microsoft's CDN). */
function initialScripts(html: string): readonly string[] {
  return [...html.matchAll(/<script\b[^>]*\ssrc="?([^"\s>]+)"?[^>]*>/g)]
    .map((match) => match[1] ?? '')
    .filter((src) => src !== '' && !/^(https?:)?\/\//.test(src));
}

function measure(outputPath: string): Measured {
  const initial = new Set(
    initialScripts(readFileSync(path.join(outputPath, 'taskpane.html'), 'utf8')),
  );
  const files = readdirSync(outputPath)
    .filter((name) => name.endsWith('.js'))
    .map((name): JsFile => {
      const bytes = readFileSync(path.join(outputPath, name));
      return { name, raw: bytes.length, gzip: gzipSync(bytes).length, initial: initial.has(name) };
    })
    .sort((a, b) => Number(b.initial) - Number(a.initial) || b.gzip - a.gzip);
  const loaded = files.filter((file) => file.initial);
  return {
    files,
    initial: {
      raw: loaded.reduce((sum, file) => sum + file.raw, 0),
      gzip: loaded.reduce((sum, file) => sum + file.gzip, 0),
      count: loaded.length,
    },
  };
}

const kib = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KiB`;

async function main(): Promise<void> {
  const work = mkdtempSync(path.join(tmpdir(), 'bundle-bench-'));
  try {
    const lazyPath = path.join(work, 'lazy');
    const eagerPath = path.join(work, 'eager');
    await build(lazyPath, false);
    await build(eagerPath, true);
    const lazy = measure(lazyPath);
    const eager = measure(eagerPath);

    const width = Math.max(...lazy.files.map((file) => file.name.length));
    console.log('Production build, JavaScript files (gzip: node:zlib level 6, per file)');
    console.log(`${'file'.padEnd(width)}  ${'raw'.padStart(10)}  ${'gzip'.padStart(10)}  loaded`);
    for (const file of lazy.files)
      console.log(
        `${file.name.padEnd(width)}  ${kib(file.raw).padStart(10)}  ${kib(file.gzip).padStart(10)}  ${file.initial ? 'initial' : 'on demand'}`,
      );
    console.log(
      `\nInitial JavaScript of taskpane.html (${lazy.initial.count} files): ${kib(lazy.initial.raw)} raw, ${kib(lazy.initial.gzip)} gzip ` +
        `(budget ${CONFIG.INITIAL_BUDGET_GZIP_KIB} KiB gzip: ${lazy.initial.gzip / 1024 <= CONFIG.INITIAL_BUDGET_GZIP_KIB ? 'within it' : 'OVER it'})`,
    );

    const helpers = lazy.files.find((file) => file.name.includes('office-helpers'));
    if (helpers === undefined) throw new Error('No office-helpers chunk was emitted.');
    console.log(
      `${HELPERS} chunk ${helpers.name}: ${kib(helpers.raw)} raw, ${kib(helpers.gzip)} gzip, loaded on demand`,
    );
    console.log(
      `Imported eagerly instead: initial JavaScript ${kib(eager.initial.raw)} raw, ${kib(eager.initial.gzip)} gzip ` +
        `(+${kib(eager.initial.raw - lazy.initial.raw)} raw, +${kib(eager.initial.gzip - lazy.initial.gzip)} gzip)`,
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
