import type JSZip from 'jszip';
import { WorkbookError } from '../errors';
import { escapeXml, unescapeXml } from '../xml-text';

export { escapeXml, unescapeXml } from '../xml-text';

/**
 * Paths and parts inside an OOXML package: relationship targets are relative to the folder of the
 * part that owns the .rels file, or absolute from the package root.
 */

/** The folder of a part: `xl/worksheets/sheet1.xml` → `xl/worksheets`. */
export function folderOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return slash < 0 ? '' : part.slice(0, slash);
}

/** The part a .rels file describes: `xl/_rels/workbook.xml.rels` → `xl/workbook.xml`. */
export function ownerOfRels(relsPath: string): string {
  // `_rels/.rels` belongs to the package root, the empty path.
  return relsPath.replace(/(^|\/)_rels\/([^/]*)\.rels$/, '$1$2');
}

/** The .rels file of a part: `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`. */
export function relsOf(part: string): string {
  const folder = folderOf(part);
  const name = part.slice(folder.length === 0 ? 0 : folder.length + 1);
  return `${folder === '' ? '' : `${folder}/`}_rels/${name}.rels`;
}

/**
 * A relationship target resolved to a package path without a leading slash.
 * @example resolveTarget('xl/workbook.xml', 'worksheets/sheet1.xml') === 'xl/worksheets/sheet1.xml'
 * @example resolveTarget('xl/workbook.xml', '/xl/tables/table1.xml') === 'xl/tables/table1.xml'
 */
export function resolveTarget(owner: string, target: string): string {
  const segments = target.startsWith('/')
    ? []
    : folderOf(owner)
        .split('/')
        .filter((s) => s !== '');
  for (const segment of target.replace(/^\//, '').split('/')) {
    if (segment === '..') segments.pop();
    else if (segment !== '.' && segment !== '') segments.push(segment);
  }
  return segments.join('/');
}

/**
 * A target for `to`, relative to the folder of `owner`.
 * @example relativeTarget('xl/worksheets/sheet1.xml', 'xl/tables/table1.xml') === '../tables/table1.xml'
 */
export function relativeTarget(owner: string, to: string): string {
  const from = folderOf(owner)
    .split('/')
    .filter((s) => s !== '');
  const target = to.split('/');
  let shared = 0;
  while (shared < from.length && shared < target.length - 1 && from[shared] === target[shared])
    shared += 1;
  return [...from.slice(shared).map(() => '..'), ...target.slice(shared)].join('/');
}

export interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
  readonly external: boolean;
}

/** The relationships of a .rels file. */
export function parseRelationships(xml: string): Relationship[] {
  const rels: Relationship[] = [];
  for (const match of xml.matchAll(/<Relationship\b([^>]*?)\/?>/g)) {
    const attrs = match[1] ?? '';
    const attr = (name: string): string =>
      unescapeXml(new RegExp(`\\b${name}="([^"]*)"`).exec(attrs)?.[1] ?? '');
    rels.push({
      id: attr('Id'),
      type: attr('Type'),
      target: attr('Target'),
      external: attr('TargetMode') === 'External',
    });
  }
  return rels;
}

/** Writes a part without adding folder entries the original package did not have. */
export function putPart(zip: JSZip, path: string, data: string | Uint8Array): void {
  zip.file(path, data, { createFolders: false });
}

/**
 * `text` inserted before the first `closing` tag. The text goes in as it is (a function
 * replacement: `$&` in a sheet name stays `$&`); a part without that tag is one the writer does
 * not understand (a prefixed namespace, say), and it says so rather than write a broken package.
 */
export function insertBefore(xml: string, closing: string, text: string, part: string): string {
  if (!xml.includes(closing)) {
    throw new WorkbookError({
      kind: 'write-failed',
      detail: `${part} has no ${closing} the writer understands`,
    });
  }
  return xml.replace(closing, () => `${text}${closing}`);
}

/** The first `prefixN.suffix` path not in the package. */
export function freePart(zip: JSZip, prefix: string, suffix: string): string {
  let n = 1;
  while (zip.file(`${prefix}${n}${suffix}`) !== null) n += 1;
  // Reserve it at once, so the next call does not hand it out again.
  putPart(zip, `${prefix}${n}${suffix}`, '');
  return `${prefix}${n}${suffix}`;
}

/** The first free `rIdN` of a relationships part. */
export function nextId(relsXml: string): string {
  const ids = new Set(parseRelationships(relsXml).map((rel) => rel.id));
  let n = 1;
  while (ids.has(`rId${n}`)) n += 1;
  return `rId${n}`;
}

/** A relationships part with one more relationship. */
export function addRelationship(relsXml: string, id: string, type: string, target: string): string {
  const rel = `<Relationship Id="${id}" Type="${type}" Target="${escapeXml(target)}"/>`;
  return relsXml.includes('</Relationships>')
    ? insertBefore(relsXml, '</Relationships>', rel, 'a relationships part')
    : relsXml.replace(
        /<Relationships\b([^>]*)\/>/,
        (_m, attributes: string) => `<Relationships${attributes}>${rel}</Relationships>`,
      );
}

/** `[Content_Types].xml` with a part's content type (once). */
export function addOverride(types: string, partName: string, contentType: string): string {
  if (types.includes(`PartName="${partName}"`)) return types;
  return insertBefore(
    types,
    '</Types>',
    `<Override PartName="${partName}" ContentType="${contentType}"/>`,
    '[Content_Types].xml',
  );
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
