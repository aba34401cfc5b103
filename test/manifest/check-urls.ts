/**
 * The manifest's URLs and icons: every URL is https and beside the task pane, and every icon the
 * manifest names is a PNG file in assets/ of the size it claims.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Manifest } from './parse-manifest';
import { ROOT, descendants, kid, kids, pathOf, references } from './parse-manifest';

/** Width and height from a PNG's IHDR chunk (bytes 16–24), or a reason it is not a PNG. */
function pngSize(file: string): { width: number; height: number } | string {
  const bytes = readFileSync(file);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (bytes.length < 24 || !bytes.subarray(0, 8).equals(signature)) return 'not a PNG';
  if (bytes.subarray(12, 16).toString('latin1') !== 'IHDR') return 'no IHDR chunk first';
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
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

export function checkUrls(m: Manifest): string[] {
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

export function checkIcons(m: Manifest): string[] {
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
