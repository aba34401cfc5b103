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
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { PNG } from 'pngjs';
import { ICON_SIZES, render } from '../../scripts/make-icons';
import { RECALCULATE_FUNCTION } from '../../src/commands/names';
import { VERSION } from '../../src/version';

const ROOT = join(__dirname, '..', '..');
const MANIFEST_XML = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');

const SV = 'sv-SE';
const MAX_ID = 32;
const MAX_SHORT = 125;
const MAX_LONG = 250;

// ---------------------------------------------------------------------------------------------
// A small element tree (fast-xml-parser's ordered output, made typed and walkable)

interface XmlNode {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: XmlNode[];
  readonly parent: XmlNode | undefined;
  text: string;
}

function scalar(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
    ? String(value)
    : '';
}

function toNode(name: string, body: unknown, attrs: unknown, parent: XmlNode | undefined): XmlNode {
  const record: Record<string, string> = {};
  if (typeof attrs === 'object' && attrs !== null) {
    for (const [key, value] of Object.entries(attrs)) record[key] = scalar(value);
  }
  const node: XmlNode = { name, attrs: record, children: [], parent, text: '' };
  if (Array.isArray(body)) {
    for (const item of body as unknown[]) {
      if (typeof item !== 'object' || item === null) continue;
      const entry = item as Record<string, unknown>;
      for (const [key, value] of Object.entries(entry)) {
        if (key === '#text') node.text += scalar(value);
        else if (key !== ':@') node.children.push(toNode(key, value, entry[':@'], node));
      }
    }
  }
  return node;
}

/**
 * fast-xml-parser's well-formedness check. Version 5.12 marks XMLValidator deprecated in favour of
 * the separate fast-xml-validator package, which is not a dependency of this project.
 */
function validate(xml: string): true | { err: { msg: string; line: number } } {
  // eslint-disable-next-line @typescript-eslint/no-deprecated -- see above
  return XMLValidator.validate(xml);
}

/** Parses a manifest; throws with the parser's message when it is not well-formed XML. */
function parse(xml: string): XmlNode {
  const valid = validate(xml);
  if (valid !== true) {
    throw new Error(`not well-formed: ${valid.err.msg} (line ${valid.err.line})`);
  }
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    preserveOrder: true,
    parseAttributeValue: false,
    parseTagValue: false,
    trimValues: true,
    ignoreDeclaration: true,
  });
  const top = toNode('#document', parser.parse(xml) as unknown, undefined, undefined);
  const root = top.children.find((n) => n.name === 'OfficeApp');
  if (root === undefined) throw new Error('the root element is not OfficeApp');
  return root;
}

function kids(node: XmlNode | undefined, name: string): XmlNode[] {
  return node === undefined ? [] : node.children.filter((n) => n.name === name);
}

function kid(node: XmlNode | undefined, name: string): XmlNode | undefined {
  return kids(node, name)[0];
}

/** The node at a path of child names below `node`, or undefined. */
function at(node: XmlNode | undefined, ...path: string[]): XmlNode | undefined {
  let current = node;
  for (const name of path) current = kid(current, name);
  return current;
}

/** Every element below `node` (depth first), `node` included. */
function descendants(node: XmlNode): XmlNode[] {
  return [node, ...node.children.flatMap(descendants)];
}

function pathOf(node: XmlNode): string {
  const names: string[] = [];
  for (let n: XmlNode | undefined = node; n !== undefined; n = n.parent) names.unshift(n.name);
  return names.join('/');
}

// ---------------------------------------------------------------------------------------------
// The manifest's parts the checks share

type ResourceKind = 'bt:Images' | 'bt:Urls' | 'bt:ShortStrings' | 'bt:LongStrings';
const RESOURCE_KINDS: readonly ResourceKind[] = [
  'bt:Images',
  'bt:Urls',
  'bt:ShortStrings',
  'bt:LongStrings',
];

interface Resource {
  readonly id: string;
  readonly kind: ResourceKind;
  readonly node: XmlNode;
  readonly defaultValue: string;
  /** Locale → value, from the resource's bt:Override children. */
  readonly overrides: ReadonlyMap<string, string>;
}

interface Manifest {
  readonly root: XmlNode;
  readonly versionOverrides: XmlNode | undefined;
  /** VersionOverrides/Hosts/Host[xsi:type=Workbook]. */
  readonly host: XmlNode | undefined;
  readonly resources: Resource[];
  readonly byId: ReadonlyMap<string, Resource>;
  /** The base manifest's task pane page: every URL must live beside it. */
  readonly sourceLocation: string;
}

function load(xml: string): Manifest {
  const root = parse(xml);
  const versionOverrides = kid(root, 'VersionOverrides');
  const host = kids(at(versionOverrides, 'Hosts'), 'Host').find(
    (h) => h.attrs['xsi:type'] === 'Workbook',
  );
  const resources: Resource[] = [];
  for (const kind of RESOURCE_KINDS) {
    for (const node of at(versionOverrides, 'Resources', kind)?.children ?? []) {
      const overrides = new Map<string, string>();
      for (const o of kids(node, 'bt:Override')) {
        overrides.set(o.attrs.Locale ?? '', o.attrs.Value ?? '');
      }
      resources.push({
        id: node.attrs.id ?? '',
        kind,
        node,
        defaultValue: node.attrs.DefaultValue ?? '',
        overrides,
      });
    }
  }
  return {
    root,
    versionOverrides,
    host,
    resources,
    byId: new Map(resources.map((r) => [r.id, r])),
    sourceLocation: at(root, 'DefaultSettings', 'SourceLocation')?.attrs.DefaultValue ?? '',
  };
}

/** The elements that reference a resource (they carry `resid`). */
function references(m: Manifest): XmlNode[] {
  return descendants(m.root).filter((n) => n.attrs.resid !== undefined);
}

function controls(m: Manifest): XmlNode[] {
  return descendants(m.root).filter((n) => n.name === 'Control');
}

function actionOf(control: XmlNode | undefined): XmlNode | undefined {
  return kid(control, 'Action');
}

/** The resource kind a reference must point at, from the schema's reference types. */
function expectedKind(ref: XmlNode): ResourceKind | undefined {
  switch (ref.name) {
    case 'bt:Image':
      return 'bt:Images';
    case 'SourceLocation':
    case 'FunctionFile':
    case 'Runtime':
    case 'LearnMoreUrl':
      return 'bt:Urls';
    case 'Label':
    case 'Title':
    case 'Namespace':
      return 'bt:ShortStrings';
    case 'Description':
      return 'bt:LongStrings';
    default:
      return undefined;
  }
}

function versionAtLeast(actual: string, wanted: string): boolean {
  const a = actual.split('.').map(Number);
  const w = wanted.split('.').map(Number);
  for (let i = 0; i < Math.max(a.length, w.length); i++) {
    const x = a[i] ?? 0;
    const y = w[i] ?? 0;
    if (Number.isNaN(x)) return false;
    if (x !== y) return x > y;
  }
  return true;
}

/** Width and height from a PNG's IHDR chunk (bytes 16–24), or a reason it is not a PNG. */
function pngSize(file: string): { width: number; height: number } | string {
  const bytes = readFileSync(file);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (bytes.length < 24 || !bytes.subarray(0, 8).equals(signature)) return 'not a PNG';
  if (bytes.subarray(12, 16).toString('latin1') !== 'IHDR') return 'no IHDR chunk first';
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

// ---------------------------------------------------------------------------------------------
// The checks: each returns the problems it finds, [] when there are none

/**
 * The order of child elements, from Microsoft's "How to find the proper order of manifest
 * elements" (task pane add-in, and within VersionOverrides): an element not listed for its parent
 * is not a valid child there, and listed ones must come in this order.
 */
const ORDER: ReadonlyArray<{ where: string; select: (m: Manifest) => XmlNode[]; order: string[] }> =
  [
    {
      where: 'OfficeApp',
      select: (m) => [m.root],
      order: [
        'Id',
        'AlternateId',
        'Version',
        'ProviderName',
        'DefaultLocale',
        'DisplayName',
        'Description',
        'IconUrl',
        'HighResolutionIconUrl',
        'SupportUrl',
        'AppDomains',
        'Hosts',
        'Requirements',
        'DefaultSettings',
        'Permissions',
        'Dictionary',
        'VersionOverrides',
        'ExtendedOverrides',
      ],
    },
    {
      where: 'VersionOverrides',
      select: (m) => (m.versionOverrides ? [m.versionOverrides] : []),
      order: [
        'Description',
        'Requirements',
        'Hosts',
        'Resources',
        'WebApplicationInfo',
        'EquivalentAddins',
      ],
    },
    {
      where: 'VersionOverrides/Hosts/Host',
      select: (m) => kids(at(m.versionOverrides, 'Hosts'), 'Host'),
      order: ['Runtimes', 'AllFormFactors', 'DesktopFormFactor'],
    },
    {
      where: 'DesktopFormFactor',
      select: (m) => descendants(m.root).filter((n) => n.name === 'DesktopFormFactor'),
      order: ['GetStarted', 'FunctionFile', 'ExtensionPoint'],
    },
    {
      where: 'Group',
      select: (m) => descendants(m.root).filter((n) => n.name === 'Group'),
      order: ['OverriddenByRibbonApi', 'Label', 'Icon', 'Control'],
    },
    {
      where: 'Control',
      select: controls,
      order: ['OverriddenByRibbonApi', 'Label', 'Supertip', 'Icon', 'Action', 'Enabled', 'Items'],
    },
    {
      where: 'Supertip',
      select: (m) => descendants(m.root).filter((n) => n.name === 'Supertip'),
      order: ['Title', 'Description'],
    },
    {
      where: 'Action',
      select: (m) => controls(m).flatMap((c) => kids(c, 'Action')),
      order: ['TaskpaneId', 'SourceLocation', 'Title', 'FunctionName'],
    },
    {
      where: 'Resources',
      select: (m) => kids(m.versionOverrides, 'Resources'),
      order: [...RESOURCE_KINDS],
    },
  ];

function checkElementOrder(m: Manifest): string[] {
  const problems: string[] = [];
  for (const { where, select, order } of ORDER) {
    for (const parent of select(m)) {
      let last = -1;
      let lastName = '';
      for (const child of parent.children) {
        const index = order.indexOf(child.name);
        if (index < 0) {
          problems.push(`${pathOf(child)}: not a valid child of ${where}`);
        } else if (index < last) {
          problems.push(`${pathOf(parent)}: ${child.name} must come before ${lastName}`);
        } else {
          last = index;
          lastName = child.name;
        }
      }
    }
  }
  return problems;
}

function checkIdentity(m: Manifest): string[] {
  const problems: string[] = [];
  const { root } = m;
  if (root.attrs.xmlns !== 'http://schemas.microsoft.com/office/appforoffice/1.1') {
    problems.push(`OfficeApp xmlns is ${root.attrs.xmlns ?? 'missing'}`);
  }
  if (root.attrs['xsi:type'] !== 'TaskPaneApp') {
    problems.push(`OfficeApp xsi:type is ${root.attrs['xsi:type'] ?? 'missing'}`);
  }
  const id = kid(root, 'Id')?.text ?? '';
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) {
    problems.push(`Id "${id}" is not a GUID`);
  }
  const version = kid(root, 'Version')?.text ?? '';
  if (version !== `${VERSION}.0`) {
    problems.push(
      `Version is "${version}", the product's version is ${VERSION} (want ${VERSION}.0)`,
    );
  }
  if ((kid(root, 'ProviderName')?.text ?? '') === '') problems.push('no ProviderName');
  const locale = kid(root, 'DefaultLocale')?.text;
  if (locale !== 'en-US') problems.push(`DefaultLocale is ${locale ?? 'missing'}`);
  const hosts = kids(kid(root, 'Hosts'), 'Host').map((h) => h.attrs.Name ?? '');
  if (hosts.join() !== 'Workbook') problems.push(`Hosts are [${hosts.join(', ')}], want Workbook`);
  const overrideHosts = kids(at(m.versionOverrides, 'Hosts'), 'Host').map(
    (h) => h.attrs['xsi:type'] ?? '',
  );
  if (overrideHosts.join() !== 'Workbook') {
    problems.push(`VersionOverrides hosts are [${overrideHosts.join(', ')}], want Workbook`);
  }
  const permissions = kid(root, 'Permissions')?.text;
  if (permissions !== 'ReadWriteDocument') {
    problems.push(`Permissions is ${permissions ?? 'missing'}, want ReadWriteDocument`);
  }
  const vo = m.versionOverrides;
  if (vo === undefined) {
    problems.push('no VersionOverrides');
  } else {
    if (vo.attrs.xmlns !== 'http://schemas.microsoft.com/office/taskpaneappversionoverrides') {
      problems.push(`VersionOverrides xmlns is ${vo.attrs.xmlns ?? 'missing'}`);
    }
    if (vo.attrs['xsi:type'] !== 'VersionOverridesV1_0') {
      problems.push(`VersionOverrides xsi:type is ${vo.attrs['xsi:type'] ?? 'missing'}`);
    }
  }
  return problems;
}

function checkResources(m: Manifest): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const r of m.resources) {
    if (r.id === '') problems.push(`${pathOf(r.node)} has no id`);
    if (seen.has(r.id)) problems.push(`resource id ${r.id} is defined twice`);
    seen.add(r.id);
  }
  for (const node of descendants(m.root)) {
    for (const attr of ['id', 'resid']) {
      const value = node.attrs[attr];
      if (value !== undefined && value.length > MAX_ID) {
        problems.push(`${pathOf(node)} ${attr}="${value}" is ${value.length} characters (max 32)`);
      }
    }
  }
  const used = new Set<string>();
  for (const ref of references(m)) {
    const resid = ref.attrs.resid ?? '';
    used.add(resid);
    const resource = m.byId.get(resid);
    const want = expectedKind(ref);
    if (resource === undefined) {
      problems.push(`${pathOf(ref)} resid="${resid}" is not defined in Resources`);
    } else if (want !== undefined && resource.kind !== want) {
      problems.push(`${pathOf(ref)} resid="${resid}" is in ${resource.kind}, must be in ${want}`);
    }
  }
  for (const r of m.resources) {
    if (!used.has(r.id)) problems.push(`resource ${r.id} is never referenced`);
  }
  return problems;
}

const SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;

/** Every URL in the manifest, with where it is. */
function urls(m: Manifest): Array<{ where: string; url: string }> {
  const found: Array<{ where: string; url: string }> = [];
  const urlElements = new Set([
    'IconUrl',
    'HighResolutionIconUrl',
    'SupportUrl',
    'SourceLocation',
    'bt:Url',
    'bt:Image',
  ]);
  for (const node of descendants(m.root)) {
    const where = pathOf(node);
    const isUrlElement = urlElements.has(node.name) && node.attrs.DefaultValue !== undefined;
    for (const [attr, value] of Object.entries(node.attrs)) {
      if (attr === 'xmlns' || attr.startsWith('xmlns:')) continue;
      const urlAttr = isUrlElement && attr === 'DefaultValue';
      if (urlAttr || SCHEME.test(value)) found.push({ where, url: value });
    }
    // An Override of a URL element holds a URL even when it lacks a scheme.
    const value = node.attrs.Value;
    const parent = node.parent?.name ?? '';
    if (node.name.endsWith('Override') && urlElements.has(parent) && value !== undefined) {
      if (!SCHEME.test(value)) found.push({ where, url: value });
    }
    if (node.name === 'AppDomain' || SCHEME.test(node.text)) {
      found.push({ where, url: node.text });
    }
  }
  return found;
}

function checkUrls(m: Manifest): string[] {
  const problems: string[] = [];
  let base: string;
  try {
    base = new URL('.', m.sourceLocation).href;
  } catch {
    return [`DefaultSettings/SourceLocation "${m.sourceLocation}" is not a URL`];
  }
  for (const { where, url } of urls(m)) {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      problems.push(`${where}: "${url}" is not an absolute URL`);
      continue;
    }
    if (parsed.protocol !== 'https:') problems.push(`${where}: ${url} is not https`);
    if (!url.startsWith(base)) {
      problems.push(`${where}: ${url} is not beside the task pane (${base}): no other domains`);
    }
  }
  return problems;
}

/** The image files the manifest names, with the size each must have. */
function images(m: Manifest): Array<{ where: string; url: string; size: number }> {
  const found: Array<{ where: string; url: string; size: number }> = [];
  const top: Array<[string, number]> = [
    ['IconUrl', 32],
    ['HighResolutionIconUrl', 64],
  ];
  for (const [name, size] of top) {
    const node = kid(m.root, name);
    if (node === undefined) continue;
    found.push({ where: name, url: node.attrs.DefaultValue ?? '', size });
    for (const o of kids(node, 'Override')) {
      found.push({ where: `${name}/Override`, url: o.attrs.Value ?? '', size });
    }
  }
  for (const ref of references(m).filter((n) => n.name === 'bt:Image')) {
    const resource = m.byId.get(ref.attrs.resid ?? '');
    if (resource === undefined) continue;
    const size = Number(ref.attrs.size);
    const where = `${pathOf(ref)}[size=${ref.attrs.size ?? '?'}] → ${resource.id}`;
    found.push({ where, url: resource.defaultValue, size });
    for (const value of resource.overrides.values()) found.push({ where, url: value, size });
  }
  return found;
}

function checkIcons(m: Manifest): string[] {
  const problems: string[] = [];
  let base: string;
  try {
    base = new URL('.', m.sourceLocation).pathname;
  } catch {
    return [`DefaultSettings/SourceLocation "${m.sourceLocation}" is not a URL`];
  }
  for (const { where, url, size } of images(m)) {
    let path: string;
    try {
      path = decodeURIComponent(new URL(url).pathname);
    } catch {
      problems.push(`${where}: "${url}" is not a URL`);
      continue;
    }
    const prefix = `${base}assets/`;
    if (!path.startsWith(prefix)) {
      problems.push(`${where}: ${url} is not under ${prefix}`);
      continue;
    }
    const file = join(ROOT, 'assets', ...path.slice(prefix.length).split('/'));
    if (!existsSync(file)) {
      problems.push(`${where}: ${url} has no file ${file}`);
      continue;
    }
    const found = pngSize(file);
    if (typeof found === 'string') {
      problems.push(`${where}: ${file} is ${found}`);
    } else if (found.width !== size || found.height !== size) {
      problems.push(`${where}: ${file} is ${found.width}×${found.height}, want ${size}×${size}`);
    }
  }
  return problems;
}

function iconSizes(node: XmlNode | undefined): string {
  return kids(kid(node, 'Icon'), 'bt:Image')
    .map((i) => i.attrs.size ?? '?')
    .join(',');
}

function label(m: Manifest, node: XmlNode | undefined): Resource | undefined {
  return m.byId.get(kid(node, 'Label')?.attrs.resid ?? '');
}

function checkRibbon(m: Manifest): string[] {
  const problems: string[] = [];
  const form = at(m.host, 'DesktopFormFactor');
  const points = kids(form, 'ExtensionPoint');
  if (points.length !== 1 || points[0]?.attrs['xsi:type'] !== 'PrimaryCommandSurface') {
    problems.push('want exactly one ExtensionPoint, of type PrimaryCommandSurface');
  }
  const tabs = kids(points[0], 'OfficeTab');
  if (
    tabs.length !== 1 ||
    tabs[0]?.attrs.id !== 'TabHome' ||
    kids(points[0], 'CustomTab').length > 0
  ) {
    problems.push('want the group on the Home tab: one OfficeTab id="TabHome" and no CustomTab');
  }
  const groups = kids(tabs[0], 'Group');
  if (groups.length !== 1) problems.push(`want one group on the Home tab, found ${groups.length}`);
  const group = groups[0];
  if (iconSizes(group) !== '16,32,80') {
    problems.push(`the group's icons are [${iconSizes(group)}], want 16,32,80`);
  }
  const buttons = kids(group, 'Control');
  if (buttons.length !== 2) problems.push(`want two buttons, found ${buttons.length}`);
  for (const button of buttons) {
    const id = button.attrs.id ?? '?';
    if (button.attrs['xsi:type'] !== 'Button') problems.push(`control ${id} is not a Button`);
    if (iconSizes(button) !== '16,32,80') {
      problems.push(`button ${id} has icons [${iconSizes(button)}], want 16,32,80`);
    }
    for (const part of ['Label', 'Supertip/Title', 'Supertip/Description', 'Action']) {
      if (at(button, ...part.split('/')) === undefined)
        problems.push(`button ${id} has no ${part}`);
    }
  }
  const byAction = (type: string) => buttons.filter((b) => actionOf(b)?.attrs['xsi:type'] === type);
  const recalc = byAction('ExecuteFunction');
  const pane = byAction('ShowTaskpane');
  if (recalc.length !== 1) problems.push(`want one ExecuteFunction button, found ${recalc.length}`);
  if (pane.length !== 1) problems.push(`want one ShowTaskpane button, found ${pane.length}`);
  const functionName = kid(actionOf(recalc[0]), 'FunctionName')?.text;
  if (functionName !== RECALCULATE_FUNCTION) {
    problems.push(
      `the recalculate button calls ${functionName ?? 'nothing'}, commands register ${RECALCULATE_FUNCTION}`,
    );
  }
  const paneId = kid(actionOf(pane[0]), 'TaskpaneId')?.text;
  if (paneId !== 'ScenarioRecalcPane') {
    problems.push(`the pane's TaskpaneId is ${paneId ?? 'missing'}, want ScenarioRecalcPane`);
  }
  const labels: Array<[XmlNode | undefined, string, string]> = [
    [recalc[0], 'Recalculate scenarios', 'Räkna om scenarier'],
    [pane[0], 'Show pane', 'Visa fönster'],
  ];
  for (const [button, en, sv] of labels) {
    const text = label(m, button);
    if (text?.defaultValue !== en || text.overrides.get(SV) !== sv) {
      problems.push(`want a button labelled "${en}" / "${sv}"`);
    }
  }
  return problems;
}

function checkSharedRuntime(m: Manifest): string[] {
  const problems: string[] = [];
  const runtimes = kids(at(m.host, 'Runtimes'), 'Runtime');
  const runtime = runtimes[0];
  if (runtimes.length !== 1 || runtime === undefined) {
    return [`want one Runtime in the Workbook host, found ${runtimes.length}`];
  }
  if (runtime.attrs.lifetime !== 'long') {
    problems.push(`Runtime lifetime is ${runtime.attrs.lifetime ?? 'short (default)'}, want long`);
  }
  const resid = runtime.attrs.resid ?? '';
  const functionFile = at(m.host, 'DesktopFormFactor', 'FunctionFile')?.attrs.resid;
  if (functionFile !== resid) {
    problems.push(`FunctionFile resid is ${functionFile ?? 'missing'}, the Runtime's is ${resid}`);
  }
  const panes = controls(m).filter((c) => actionOf(c)?.attrs['xsi:type'] === 'ShowTaskpane');
  if (panes.length === 0) problems.push('no ShowTaskpane action');
  for (const pane of panes) {
    const source = at(actionOf(pane), 'SourceLocation')?.attrs.resid;
    if (source !== resid) {
      problems.push(`ShowTaskpane SourceLocation resid is ${source ?? 'missing'}, not ${resid}`);
    }
  }
  const page = m.byId.get(resid);
  if (page?.defaultValue !== m.sourceLocation) {
    problems.push(
      `the shared runtime's page ${page?.defaultValue ?? '?'} is not the task pane ${m.sourceLocation}`,
    );
  }
  const sets = at(m.root, 'Requirements', 'Sets');
  const set = kids(sets, 'Set').find((s) => s.attrs.Name === 'SharedRuntime');
  const min = set?.attrs.MinVersion ?? sets?.attrs.DefaultMinVersion ?? '1.1';
  if (set === undefined || !versionAtLeast(min, '1.1')) {
    problems.push('the base manifest does not require SharedRuntime 1.1');
  }
  return problems;
}

function checkLocalization(m: Manifest): string[] {
  const problems: string[] = [];
  const limits: Array<[string, number]> = [
    ['DisplayName', MAX_SHORT],
    ['Description', MAX_LONG],
  ];
  for (const [name, max] of limits) {
    const node = kid(m.root, name);
    const value = node?.attrs.DefaultValue ?? '';
    const sv = kids(node, 'Override').filter((o) => o.attrs.Locale === SV);
    const swedish = sv[0]?.attrs.Value ?? '';
    if (value === '') problems.push(`${name} has no DefaultValue`);
    if (sv.length !== 1 || swedish === '' || swedish === value) {
      problems.push(`${name} has no Swedish override (Override Locale="${SV}")`);
    }
    for (const text of [value, swedish]) {
      if (text.length > max) problems.push(`${name} "${text}" is over ${max} characters`);
    }
  }
  for (const r of m.resources) {
    if (r.kind !== 'bt:ShortStrings' && r.kind !== 'bt:LongStrings') continue;
    const max = r.kind === 'bt:ShortStrings' ? MAX_SHORT : MAX_LONG;
    const swedish = r.overrides.get(SV) ?? '';
    if (r.defaultValue === '') problems.push(`${r.id} has no DefaultValue`);
    if (swedish === '' || swedish === r.defaultValue) {
      problems.push(`${r.id} has no Swedish override (bt:Override Locale="${SV}")`);
    }
    for (const text of [r.defaultValue, swedish]) {
      if (text.length > max) problems.push(`${r.id} "${text}" is over ${max} characters`);
    }
  }
  return problems;
}

const CHECKS = {
  'element order follows the schema': checkElementOrder,
  'identity, host and permissions': checkIdentity,
  'resource references resolve, to the right kind, with ids of at most 32 characters':
    checkResources,
  'every URL is https, beside the task pane': checkUrls,
  'every icon file exists, a PNG of the size the manifest says': checkIcons,
  'the ribbon: two buttons on the Home tab with icons 16, 32 and 80': checkRibbon,
  'the shared runtime is wired consistently': checkSharedRuntime,
  'every visible text has a Swedish override, within its length': checkLocalization,
} satisfies Record<string, (m: Manifest) => string[]>;

type CheckName = keyof typeof CHECKS;

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
