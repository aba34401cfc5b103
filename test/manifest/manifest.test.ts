/**
 * manifest.xml, checked structurally.
 *
 * The official validator (`npx office-addin-manifest validate manifest.xml`) posts the file to a
 * Microsoft web service, so it cannot run where there is no internet (CI here has none). These
 * tests check what that service would refuse and what Office would silently get wrong: element
 * order (the schema's xs:sequence, as Microsoft's "How to find the proper order of manifest
 * elements" lists it), resource references and their kinds, 32-character ids, HTTPS URLs on one
 * origin, icon files of the sizes the manifest claims, the ribbon's two buttons, the shared-runtime
 * wiring and the Swedish overrides.
 *
 * Every check returns the problems it finds; the same checks run on deliberately broken copies of
 * the manifest (MUTATIONS below) and must find a problem there, so none of them can pass vacuously.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { ICON_SIZES, render } from '../../scripts/make-icons';
import { RECALCULATE_FUNCTION } from '../../src/commands/names';
import { CHECKS } from './check-manifest';
import type { CheckName } from './check-manifest';
import { MAX_LONG, ROOT, load, validate } from './parse-manifest';

const MANIFEST_XML = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');

// ---------------------------------------------------------------------------------------------
// The tests

describe('manifest.xml', () => {
  it('is well-formed XML', () => {
    expect(validate(MANIFEST_XML)).toBe(true);
  });

  const manifest = load(MANIFEST_XML);

  it.each(Object.keys(CHECKS) as CheckName[])('%s', (name) => {
    expect(CHECKS[name](manifest)).toEqual([]);
  });
});

/** Replaces one occurrence of `from`; throws when it is not there, so no mutation is a no-op. */
function replace(xml: string, from: string | RegExp, to: string): string {
  const next = xml.replace(from, to);
  if (next === xml) throw new Error(`mutation did not apply: ${String(from)}`);
  return next;
}

const MUTATIONS: Array<[string, CheckName, (xml: string) => string]> = [
  [
    'Permissions before DefaultLocale',
    'element order follows the schema',
    (x) =>
      replace(
        replace(x, '<Permissions>ReadWriteDocument</Permissions>', ''),
        '<DefaultLocale>',
        '<Permissions>ReadWriteDocument</Permissions><DefaultLocale>',
      ),
  ],
  [
    'TaskpaneId after SourceLocation',
    'element order follows the schema',
    (x) =>
      replace(
        replace(x, '<TaskpaneId>ScenarioRecalcPane</TaskpaneId>', ''),
        '<Title resid="Pane.Title"/>',
        '<Title resid="Pane.Title"/><TaskpaneId>ScenarioRecalcPane</TaskpaneId>',
      ),
  ],
  [
    'Requirements inside the VersionOverrides host',
    'element order follows the schema',
    (x) =>
      replace(
        x,
        '<Runtimes>',
        '<Requirements><bt:Sets><bt:Set Name="SharedRuntime"/></bt:Sets></Requirements><Runtimes>',
      ),
  ],
  [
    'Permissions ReadDocument',
    'identity, host and permissions',
    (x) => replace(x, '>ReadWriteDocument<', '>ReadDocument<'),
  ],
  [
    'host Document',
    'identity, host and permissions',
    (x) => replace(x, '<Host Name="Workbook"/>', '<Host Name="Document"/>'),
  ],
  [
    'a version other than the product’s',
    'identity, host and permissions',
    (x) => replace(x, /<Version>[^<]*<\/Version>/, '<Version>9.9.9.9</Version>'),
  ],
  [
    'an undefined resid',
    'resource references resolve, to the right kind, with ids of at most 32 characters',
    (x) => replace(x, '<Description resid="PaneButton.Tooltip"/>', '<Description resid="Nope"/>'),
  ],
  [
    'a supertip title pointing at a long string',
    'resource references resolve, to the right kind, with ids of at most 32 characters',
    (x) =>
      replace(x, '<Title resid="RecalcButton.Label"/>', '<Title resid="RecalcButton.Tooltip"/>'),
  ],
  [
    'a resource id of 33 characters',
    'resource references resolve, to the right kind, with ids of at most 32 characters',
    (x) => replace(x, /"Taskpane\.Url"/g, '"ScenarioRecalculation.Taskpane.Ur"'),
  ],
  [
    'an http icon',
    'every URL is https, beside the task pane',
    (x) =>
      replace(
        x,
        'https://localhost:3000/assets/icon-80.png',
        'http://localhost:3000/assets/icon-80.png',
      ),
  ],
  [
    'a page on another domain',
    'every URL is https, beside the task pane',
    (x) =>
      replace(
        x,
        '<bt:Url id="Taskpane.Url" DefaultValue="https://localhost:3000/taskpane.html"/>',
        '<bt:Url id="Taskpane.Url" DefaultValue="https://cdn.example.com/taskpane.html"/>',
      ),
  ],
  [
    'the 80 px button icon pointing at the 64 px file',
    'every icon file exists, a PNG of the size the manifest says',
    (x) => replace(x, 'assets/icon-80.png', 'assets/icon-64.png'),
  ],
  [
    'a missing icon file',
    'every icon file exists, a PNG of the size the manifest says',
    (x) => replace(x, 'assets/icon-16.png', 'assets/icon-17.png'),
  ],
  [
    'a wrong FunctionName',
    'the ribbon: two buttons on the Home tab with icons 16, 32 and 80',
    (x) =>
      replace(
        x,
        `<FunctionName>${RECALCULATE_FUNCTION}</FunctionName>`,
        '<FunctionName>recalc</FunctionName>',
      ),
  ],
  [
    'a button without its 80 px icon',
    'the ribbon: two buttons on the Home tab with icons 16, 32 and 80',
    (x) =>
      replace(
        x,
        /(<Control xsi:type="Button" id="ScenarioRecalc.ShowPane">[\s\S]*?)<bt:Image size="80" resid="Icon.80x80"\/>/,
        '$1',
      ),
  ],
  [
    'the group on another tab',
    'the ribbon: two buttons on the Home tab with icons 16, 32 and 80',
    (x) => replace(x, '<OfficeTab id="TabHome">', '<OfficeTab id="TabData">'),
  ],
  [
    'a short-lived runtime',
    'the shared runtime is wired consistently',
    (x) => replace(x, 'lifetime="long"', 'lifetime="short"'),
  ],
  [
    'a FunctionFile on another page',
    'the shared runtime is wired consistently',
    (x) =>
      replace(
        replace(x, '<FunctionFile resid="Taskpane.Url"/>', '<FunctionFile resid="Commands.Url"/>'),
        '</bt:Urls>',
        '<bt:Url id="Commands.Url" DefaultValue="https://localhost:3000/commands.html"/></bt:Urls>',
      ),
  ],
  [
    'no SharedRuntime requirement',
    'the shared runtime is wired consistently',
    (x) =>
      replace(
        x,
        '<Set Name="SharedRuntime" MinVersion="1.1"/>',
        '<Set Name="ExcelApi" MinVersion="1.1"/>',
      ),
  ],
  [
    'an ExcelApi requirement older than the adapter needs',
    'the shared runtime is wired consistently',
    (x) =>
      replace(
        x,
        '<Set Name="ExcelApi" MinVersion="1.9"/>',
        '<Set Name="ExcelApi" MinVersion="1.5"/>',
      ),
  ],
  [
    'a label without its Swedish override',
    'every visible text has a Swedish override, within its length',
    (x) => replace(x, '<bt:Override Locale="sv-SE" Value="Visa fönster"/>', ''),
  ],
  [
    'a DisplayName without its Swedish override',
    'every visible text has a Swedish override, within its length',
    (x) => replace(x, '<Override Locale="sv-SE" Value="Scenarioberäkning"/>', ''),
  ],
  [
    'a tooltip over 250 characters',
    'every visible text has a Swedish override, within its length',
    (x) => replace(x, 'cell by cell.">', `${'x'.repeat(MAX_LONG)}">`),
  ],
];

describe('the checks find what is wrong', () => {
  it.each(MUTATIONS)('%s (%s)', (_what, check, mutate) => {
    expect(CHECKS[check](load(mutate(MANIFEST_XML)))).not.toEqual([]);
  });

  it('a manifest that is not well-formed is refused', () => {
    expect(() => load(replace(MANIFEST_XML, '</Hosts>', ''))).toThrow(/not well-formed/);
  });
});

describe('the icons in assets/', () => {
  it.each([...ICON_SIZES])('icon-%i.png is what scripts/make-icons.ts draws', (size) => {
    const file = join(ROOT, 'assets', `icon-${size}.png`);
    const png = PNG.sync.read(readFileSync(file));
    expect([png.width, png.height]).toEqual([size, size]);
    // Transparent background: the corners are clear.
    for (const [x, y] of [
      [0, 0],
      [size - 1, 0],
      [0, size - 1],
      [size - 1, size - 1],
    ] as const) {
      expect(png.data[(y * size + x) * 4 + 3]).toBe(0);
    }
    expect(png.data.equals(render(size).data)).toBe(true);
  });
});
