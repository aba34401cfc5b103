/**
 * manifest.xml read for checking: a small typed element tree over fast-xml-parser's ordered
 * output, and the parts of the manifest every check shares (resources, controls, the host).
 */
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';

export const ROOT = join(__dirname, '..', '..');

export const SV = 'sv-SE';
export const MAX_ID = 32;
export const MAX_SHORT = 125;
export const MAX_LONG = 250;

// ---------------------------------------------------------------------------------------------
// A small element tree (fast-xml-parser's ordered output, made typed and walkable)

export interface XmlNode {
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
export function validate(xml: string): true | { err: { msg: string; line: number } } {
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

export function kids(node: XmlNode | undefined, name: string): XmlNode[] {
  return node === undefined ? [] : node.children.filter((n) => n.name === name);
}

export function kid(node: XmlNode | undefined, name: string): XmlNode | undefined {
  return kids(node, name)[0];
}

/** The node at a path of child names below `node`, or undefined. */
export function at(node: XmlNode | undefined, ...path: string[]): XmlNode | undefined {
  let current = node;
  for (const name of path) current = kid(current, name);
  return current;
}

/** Every element below `node` (depth first), `node` included. */
export function descendants(node: XmlNode): XmlNode[] {
  return [node, ...node.children.flatMap(descendants)];
}

export function pathOf(node: XmlNode): string {
  const names: string[] = [];
  for (let n: XmlNode | undefined = node; n !== undefined; n = n.parent) names.unshift(n.name);
  return names.join('/');
}

// ---------------------------------------------------------------------------------------------
// The manifest's parts the checks share

export type ResourceKind = 'bt:Images' | 'bt:Urls' | 'bt:ShortStrings' | 'bt:LongStrings';
export const RESOURCE_KINDS: readonly ResourceKind[] = [
  'bt:Images',
  'bt:Urls',
  'bt:ShortStrings',
  'bt:LongStrings',
];

export interface Resource {
  readonly id: string;
  readonly kind: ResourceKind;
  readonly node: XmlNode;
  readonly defaultValue: string;
  /** Locale → value, from the resource's bt:Override children. */
  readonly overrides: ReadonlyMap<string, string>;
}

export interface Manifest {
  readonly root: XmlNode;
  readonly versionOverrides: XmlNode | undefined;
  /** VersionOverrides/Hosts/Host[xsi:type=Workbook]. */
  readonly host: XmlNode | undefined;
  readonly resources: Resource[];
  readonly byId: ReadonlyMap<string, Resource>;
  /** The base manifest's task pane page: every URL must live beside it. */
  readonly sourceLocation: string;
}

export function load(xml: string): Manifest {
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
export function references(m: Manifest): XmlNode[] {
  return descendants(m.root).filter((n) => n.attrs.resid !== undefined);
}

export function controls(m: Manifest): XmlNode[] {
  return descendants(m.root).filter((n) => n.name === 'Control');
}

export function actionOf(control: XmlNode | undefined): XmlNode | undefined {
  return kid(control, 'Action');
}

/** The resource kind a reference must point at, from the schema's reference types. */
export function expectedKind(ref: XmlNode): ResourceKind | undefined {
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

export function versionAtLeast(actual: string, wanted: string): boolean {
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
