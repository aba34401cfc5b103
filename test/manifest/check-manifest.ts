/**
 * The checks of manifest.xml, by what they check: each returns the problems it finds, [] when
 * there are none. Element order, identity, resources and localization live here; URLs and icons
 * in check-urls.ts, the ribbon and the shared runtime in check-ribbon.ts.
 */
import { VERSION } from '../../src/version';
import { checkRibbon, checkSharedRuntime } from './check-ribbon';
import { checkIcons, checkUrls } from './check-urls';
import type { Manifest, XmlNode } from './parse-manifest';
import {
  MAX_ID,
  MAX_LONG,
  MAX_SHORT,
  RESOURCE_KINDS,
  SV,
  at,
  controls,
  descendants,
  expectedKind,
  kid,
  kids,
  pathOf,
  references,
} from './parse-manifest';

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

export const CHECKS = {
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

export type CheckName = keyof typeof CHECKS;
