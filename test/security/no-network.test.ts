/**
 * The add-in sends nothing anywhere. Three guards, each tested here or beside it:
 * - the lint rule (eslint.config.mjs) that refuses every way a page opens a connection anywhere in
 *   src/ but the preview, which is never built into dist/;
 * - office-js-helpers, whose prebuilt file carries an OAuth Authenticator with sign-in URLs, is
 *   used for `Utilities` alone;
 * - the production bundles name no URL but Office's CDN, and the page's Content-Security-Policy
 *   allows requests only to its own origin (test/build/build.test.ts).
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { importsOf, ROOT } from './imports';

const ESLINT = join(ROOT, 'node_modules', 'eslint', 'bin', 'eslint.js');

/** One use of each network API, as a line of its own. */
const PROBE = [
  "void fetch('https://example.invalid/');",
  'void window.fetch;',
  'void globalThis.fetch;',
  'void new XMLHttpRequest();',
  'void self.XMLHttpRequest;',
  "void new WebSocket('wss://example.invalid/');",
  "void new EventSource('https://example.invalid/');",
  "void navigator.sendBeacon('https://example.invalid/', '');",
  "void window.navigator.sendBeacon('https://example.invalid/', '');",
  "importScripts('https://example.invalid/x.js');",
];

interface LintMessage {
  readonly ruleId: string | null;
  readonly line: number;
}

/** ESLint's findings for `code` linted as if it were the file at `path`, with the project's config. */
function lintAs(path: string, code: string): readonly LintMessage[] {
  const result = spawnSync(
    process.execPath,
    [ESLINT, '--stdin', '--stdin-filename', path, '--format', 'json'],
    { cwd: ROOT, input: code, encoding: 'utf8', timeout: 120_000 },
  );
  if (result.status !== 0 && result.status !== 1) throw new Error(result.stderr);
  const [report] = JSON.parse(result.stdout) as { messages: LintMessage[] }[];
  return report?.messages ?? [];
}

const NETWORK_RULES = new Set(['no-restricted-globals', 'no-restricted-properties']);
const flaggedLines = (messages: readonly LintMessage[]): number[] =>
  [...new Set(messages.filter((m) => NETWORK_RULES.has(m.ruleId ?? '')).map((m) => m.line))].sort(
    (a, b) => a - b,
  );

describe('the lint rule against network calls', () => {
  // One file of the pane stands for src/: the rule's block covers every file there but the preview.
  it('refuses every network API in the pane’s code', () => {
    const lines = flaggedLines(lintAs('src/taskpane/App.tsx', `${PROBE.join('\n')}\n`));
    expect(lines).toEqual(PROBE.map((_, i) => i + 1));
  }, 120_000);

  it('leaves the preview (never in dist/) free to fetch its example workbook', () => {
    expect(flaggedLines(lintAs('src/preview/workbook-file.ts', `${PROBE.join('\n')}\n`))).toEqual(
      [],
    );
  }, 120_000);
});

describe('office-js-helpers', () => {
  it('is used for Utilities alone, never its Authenticator', () => {
    expect(importsOf('@microsoft/office-js-helpers')).toEqual([
      { file: 'src/taskpane/office-helpers.ts', name: 'Utilities', typeOnly: false },
    ]);
  });
});
