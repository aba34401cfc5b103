/**
 * Makes a valid package readable by ExcelJS 4.4.0, which crashes on three things openpyxl writes
 * (docs/decisions/001-xlsx-library.md): absolute relationship targets, comment and VML parts
 * under other names than it looks for, and drawings in the default namespace. Files from Excel
 * and LibreOffice come back unchanged. Used for reading only: the written copy starts from the
 * original bytes.
 */
import type JSZip from 'jszip';
import { ownerOfRels, relativeTarget, resolveTarget } from './package-paths';

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/';
const XDR = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';

/** Rewrites the package in place so ExcelJS can read it; true when anything changed. */
export async function normaliseForExcelJs(zip: JSZip): Promise<boolean> {
  const relsPaths = Object.keys(zip.files).filter((name) => /(^|\/)_rels\/[^/]+\.rels$/.test(name));
  const renames = new Map<string, string>();
  let counter = 9000;
  const relsXml = new Map<string, string>();
  for (const path of relsPaths) relsXml.set(path, (await zip.file(path)?.async('string')) ?? '');

  // Comment and legacy VML parts: ExcelJS finds them only as xl/commentsN.xml and xl/drawings/vmlDrawingN.vml.
  for (const [path, xml] of relsXml) {
    const owner = ownerOfRels(path);
    for (const match of xml.matchAll(/<Relationship\b[^>]*>/g)) {
      const tag = match[0];
      if (/TargetMode="External"/.test(tag)) continue;
      const type = /Type="([^"]*)"/.exec(tag)?.[1] ?? '';
      const target = resolveTarget(owner, /Target="([^"]*)"/.exec(tag)?.[1] ?? '');
      if (renames.has(target)) continue;
      if (type === `${REL}comments` && !/^xl\/comments\d+\.xml$/.test(target)) {
        renames.set(target, `xl/comments${++counter}.xml`);
      } else if (
        type === `${REL}vmlDrawing` &&
        !/^xl\/drawings\/vmlDrawing\d+\.vml$/.test(target)
      ) {
        renames.set(target, `xl/drawings/vmlDrawing${++counter}.vml`);
      }
    }
  }

  let changed = renames.size > 0;
  for (const [from, to] of renames) {
    const bytes = await zip.file(from)?.async('uint8array');
    if (bytes === undefined) continue;
    zip.file(to, bytes);
    zip.remove(from);
  }
  // Absolute or renamed targets become relative ones, which is what ExcelJS looks up.
  for (const [path, xml] of relsXml) {
    const owner = ownerOfRels(path);
    const rewritten = xml.replace(/<Relationship\b[^>]*>/g, (tag) => {
      if (/TargetMode="External"/.test(tag)) return tag;
      const written = /Target="([^"]*)"/.exec(tag)?.[1] ?? '';
      const resolved = resolveTarget(owner, written);
      const target = renames.get(resolved) ?? resolved;
      if (!written.startsWith('/') && !renames.has(resolved)) return tag;
      return tag.replace(/Target="[^"]*"/, `Target="${relativeTarget(owner, target)}"`);
    });
    if (rewritten !== xml) {
      zip.file(path, rewritten);
      changed = true;
    }
  }
  if (renames.size > 0) {
    let types = (await zip.file('[Content_Types].xml')?.async('string')) ?? '';
    for (const [from, to] of renames) types = types.split(`"/${from}"`).join(`"/${to}"`);
    zip.file('[Content_Types].xml', types);
  }
  // ExcelJS reads comment text only from runs; openpyxl writes <text><t>…</t></text>.
  for (const name of Object.keys(zip.files).filter((n) => /^xl\/comments\d+\.xml$/.test(n))) {
    const xml = (await zip.file(name)?.async('string')) ?? '';
    const fixed = xml.replace(/<text>(<t[ >][\s\S]*?<\/t>)<\/text>/g, '<text><r>$1</r></text>');
    if (fixed !== xml) {
      zip.file(name, fixed);
      changed = true;
    }
  }
  // ExcelJS's drawing parser only knows the `xdr:` prefix.
  for (const name of Object.keys(zip.files).filter((n) => /^xl\/drawings\/[^/]+\.xml$/.test(n))) {
    const xml = (await zip.file(name)?.async('string')) ?? '';
    if (!xml.includes(`<wsDr xmlns="${XDR}"`)) continue;
    zip.file(
      name,
      xml
        .replace(`<wsDr xmlns="${XDR}"`, `<wsDr xmlns:xdr="${XDR}"`)
        .replace(/<(\/?)([A-Za-z][\w.-]*)(?=[\s/>])/g, '<$1xdr:$2'),
    );
    changed = true;
  }
  return changed;
}
