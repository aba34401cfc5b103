/**
 * The production build, as `npm run build` runs it, into a temporary folder: what it emits, the
 * manifest it rewrites for ADDIN_BASE_URL, the page's script order and CSP, the URLs its page and
 * scripts name (none to fetch but office.js), and the ways it refuses to build.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
const WEBPACK_CLI = path.join(ROOT, 'node_modules', 'webpack-cli', 'bin', 'cli.js');
const BASE_URL = 'https://addins.example.test/scenario/';
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const DEV_BASE_URL = 'https://localhost:3000/';
const BUILD_TIMEOUT_MS = 180_000;

/** Runs webpack-cli in the repository with the given arguments and environment. */
function webpack(args: readonly string[], env: Readonly<Record<string, string>>) {
  const result = spawnSync(process.execPath, [WEBPACK_CLI, '--mode', 'production', ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** The src of every <script> in the page, in document order, with whether it sits in <head>. */
function scripts(html: string): readonly { readonly src: string; readonly inHead: boolean }[] {
  const headEnd = html.indexOf('</head>');
  return [...html.matchAll(/<script\b[^>]*\ssrc="?([^"\s>]+)"?[^>]*>/g)].map((match) => ({
    src: match[1] ?? '',
    inHead: match.index < headEnd,
  }));
}

const work = mkdtempSync(path.join(tmpdir(), 'build-test-'));
const out = path.join(work, 'dist');
let build: { status: number | null; output: string };

beforeAll(() => {
  build = webpack(['--output-path', out], { ADDIN_BASE_URL: BASE_URL });
}, BUILD_TIMEOUT_MS);

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

const read = (file: string): string => readFileSync(path.join(out, file), 'utf8');
const emittedJs = (): readonly string[] => readdirSync(out).filter((f) => f.endsWith('.js'));

describe('the production build with ADDIN_BASE_URL', () => {
  it('succeeds', () => {
    expect(build.output).not.toMatch(/ERROR/);
    expect(build.status).toBe(0);
  });

  it('emits the page, both bundles with their source maps, the icons and the manifest', () => {
    expect(existsSync(path.join(out, 'taskpane.html'))).toBe(true);
    const js = emittedJs();
    expect(js.some((f) => f.startsWith('taskpane.'))).toBe(true);
    expect(js.some((f) => f.startsWith('commands.'))).toBe(true);
    for (const file of js) expect(existsSync(path.join(out, `${file}.map`))).toBe(true);
    const icons = readdirSync(path.join(out, 'assets')).filter((f) => /^icon-.*\.png$/.test(f));
    expect(icons.sort()).toEqual(
      readdirSync(path.join(ROOT, 'assets'))
        .filter((f) => /^icon-.*\.png$/.test(f))
        .sort(),
    );
    expect(icons.length).toBeGreaterThan(0);
    expect(existsSync(path.join(out, 'manifest.xml'))).toBe(true);
  });

  it('points every https://localhost:3000/ of the manifest at the base URL and leaves no localhost', () => {
    const source = readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
    const manifest = read('manifest.xml');
    const occurrences = source.split(DEV_BASE_URL).length - 1;
    expect(occurrences).toBeGreaterThan(0);
    expect(manifest.split(BASE_URL).length - 1).toBeGreaterThanOrEqual(occurrences);
    expect(manifest).not.toMatch(/localhost/i);
  });

  it('loads office.js from the CDN in <head> before any script of ours', () => {
    const page = scripts(read('taskpane.html'));
    expect(page[0]).toEqual({ src: OFFICE_JS, inHead: true });
    const ours = page.slice(1).map((s) => s.src);
    expect(ours.length).toBeGreaterThanOrEqual(2);
    for (const src of ours) expect(emittedJs()).toContain(src);
    // The ribbon's bundle before the pane's, as the shared runtime expects.
    const commands = ours.findIndex((src) => src.startsWith('commands.'));
    const taskpane = ours.findIndex((src) => src.startsWith('taskpane.'));
    expect(commands).toBeGreaterThanOrEqual(0);
    expect(commands).toBeLessThan(taskpane);
  });

  it('has a Content-Security-Policy: scripts only from itself and Office, no eval', () => {
    const html = read('taskpane.html');
    const csp = /<meta\s+http-equiv="?Content-Security-Policy"?\s+content="([^"]+)"/i.exec(
      html,
    )?.[1];
    expect(csp).toBeDefined();
    const scriptSrc = /script-src ([^;]+)/.exec(csp ?? '')?.[1]?.split(/\s+/) ?? [];
    expect(scriptSrc).toContain("'self'");
    expect(scriptSrc).toContain('https://appsforoffice.microsoft.com');
    for (const source of scriptSrc)
      expect(source).toMatch(/^('self'|https:\/\/[a-z0-9.-]*microsoft(\.com)?)$/);
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).toMatch(/object-src 'none'/);
    // Requests (fetch, XHR, WebSocket, EventSource, beacons) only to the page's own origin, and
    // whatever a directive does not name falls back to the same.
    const directive = (name: string): string | undefined =>
      new RegExp(`(?:^|;)\\s*${name} ([^;]+)`).exec(csp ?? '')?.[1]?.trim();
    expect(directive('connect-src')).toBe("'self'");
    expect(directive('default-src')).toBe("'self'");
  });

  it('holds no mathjs expression parser: no evaluate, compile or createUnit in any script', () => {
    // mathjs names each function it builds; the engine's fraction-only instance builds none of
    // these (test/security/mathjs-surface.test.ts), so tree-shaking leaves them out.
    for (const file of emittedJs()) {
      const found = read(file).match(/\b(evaluate|compile|createUnit)\b/g) ?? [];
      expect({ file, found }).toEqual({ file, found: [] });
    }
  });

  it('keeps ExcelJS and JSZip out of every script of the page', () => {
    for (const file of emittedJs()) {
      const text = read(file);
      expect({ file, exceljs: /exceljs/i.test(text), jszip: /jszip/i.test(text) }).toEqual({
        file,
        exceljs: false,
        jszip: false,
      });
    }
  });
});

/**
 * Every URL the page and its scripts may name, and why it is no request of ours. Anything else
 * fails the test: the add-in sends nothing anywhere, and loads nothing but office.js from outside.
 */
const ALLOWED_URLS: readonly {
  readonly url: string;
  readonly files: RegExp;
  readonly why: string;
}[] = [
  {
    url: OFFICE_JS,
    files: /^taskpane\.html$/,
    why: 'office.js, which Microsoft requires from its CDN: the one script from elsewhere',
  },
  ...[
    'https://appsforoffice.microsoft.com',
    'https://officeapis.public.onecdn.static.microsoft',
  ].map((url) => ({
    url,
    files: /^taskpane\.html$/,
    why: "script-src of the CSP: Office's CDN, from which office.js loads its host files",
  })),
  ...[
    'http://www.w3.org/2000/svg',
    'http://www.w3.org/1999/xlink',
    'http://www.w3.org/1998/Math/MathML',
    'http://www.w3.org/XML/1998/namespace',
  ].map((url) => ({
    url,
    files: /^vendors-[\w~-]*\.[0-9a-f]+\.js$/,
    why: 'an XML namespace name React DOM gives SVG and MathML elements: a name, never fetched',
  })),
  {
    url: 'https://react.dev/errors/',
    files: /^vendors-[\w~-]*\.[0-9a-f]+\.js$/,
    why: "the page React's production error messages point to: text in a message, never fetched",
  },
  ...[
    'https://accounts.google.com',
    'https://www.googleapis.com',
    'https://www.googleapis.com/auth/plus.me',
    'https://login.microsoftonline.com/common/oauth2/v2.0',
    'https://graph.microsoft.com',
    'https://graph.microsoft.com/user.read',
    'https://www.facebook.com',
    'https://graph.facebook.com',
    'https://login.windows.net/',
    'https://www.dropbox.com/1',
  ].map((url) => ({
    url,
    files: /^vendors-office-helpers\.[0-9a-f]+\.js$/,
    why:
      "a default of office-js-helpers' Authenticator (OAuth sign-in), inside the library's one " +
      'prebuilt file; the pane takes only Utilities from it (test/security/no-network.test.ts), and ' +
      "the CSP's connect-src 'self' would refuse the Authenticator's requests",
  })),
];

/** Every `scheme://…` in a text, and every `//host.tld/…` that begins a string. */
function urlsIn(text: string): string[] {
  const absolute = text.match(/\b[a-z][a-z0-9+.-]*:\/\/[^\s"'`<>)\\;,]*/gi) ?? [];
  const protocolRelative = [
    ...text.matchAll(/["'`(](\/\/[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:[/:][^\s"'`<>)\\;,]*)?)["'`)]/gi),
  ].map((m) => m[1] ?? '');
  return [...absolute, ...protocolRelative];
}

describe('what the page and its scripts would send', () => {
  const pageFiles = (): readonly string[] =>
    readdirSync(out).filter((f) => f.endsWith('.js') || f.endsWith('.html'));

  it("names no URL but Office's CDN and names that are never fetched", () => {
    const unexpected: string[] = [];
    for (const file of pageFiles())
      for (const url of urlsIn(read(file)))
        if (!ALLOWED_URLS.some((allowed) => allowed.url === url && allowed.files.test(file)))
          unexpected.push(`${file}: ${url}`);
    expect(unexpected).toEqual([]);
  });

  it('still holds every allowed URL, so the list stays as narrow as the build', () => {
    const found = new Set(
      pageFiles().flatMap((file) =>
        urlsIn(read(file)).flatMap((url) =>
          ALLOWED_URLS.filter((a) => a.url === url && a.files.test(file)).map((a) => a.url),
        ),
      ),
    );
    const stale = ALLOWED_URLS.filter((allowed) => !found.has(allowed.url)).map(
      (allowed) => `${allowed.url} (${allowed.why})`,
    );
    expect(stale).toEqual([]);
  });
});

describe('a build that must not happen', () => {
  it(
    'fails when the pane’s initial JavaScript grows past its gzipped budget',
    () => {
      const result = webpack(['--output-path', path.join(work, 'budget')], {
        PANE_BUDGET_KIB: '100',
      });
      expect(result.status).not.toBe(0);
      expect(result.output).toMatch(
        /The pane's initial JavaScript is \d+\.\d KiB gzipped, over its budget of 100 KiB/,
      );
    },
    BUILD_TIMEOUT_MS,
  );

  it('fails with a clear sentence when ADDIN_BASE_URL is not https', () => {
    const result = webpack(['--output-path', path.join(work, 'http')], {
      ADDIN_BASE_URL: 'http://addins.example.test/scenario/',
    });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain(
      'ADDIN_BASE_URL must be an https:// URL (Office loads add-ins only over HTTPS), not "http://addins.example.test/scenario/".',
    );
    expect(existsSync(path.join(work, 'http'))).toBe(false);
  });

  it('fails, naming the importer, when a script of the page imports the .xlsx adapter', () => {
    // An entry outside src/ stands for any module that would pull ExcelJS in through the adapter.
    const probe = path.join(work, 'probe.js');
    writeFileSync(probe, `import ${JSON.stringify(path.join(ROOT, 'src/workbook/xlsx/read'))};\n`);
    const result = webpack(
      ['--entry-reset', '--entry', probe, '--output-path', path.join(work, 'probe')],
      {},
    );
    expect(result.status).not.toBe(0);
    expect(result.output).toContain(
      'The task pane must not include ExcelJS/JSZip (src/workbook/xlsx is for the command line and tests)',
    );
    expect(result.output).toContain('src/workbook/xlsx/read');
  });
});
