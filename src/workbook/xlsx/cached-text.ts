/**
 * Formula cells whose cached value is the empty text. Excel and LibreOffice write a formula that
 * gives "" as `<c r="D1" t="str"><f>…</f><v></v></c>`; ExcelJS 4.4.0 keeps no result for it, the
 * same as for a formula that was never calculated (openpyxl's `<f>…</f><v></v>`, with no `t`).
 * Only the sheet's own XML tells the two apart (docs/decisions/001-xlsx-library.md), so it is
 * read here, and only for a sheet where ExcelJS found a formula without a result.
 */
import type JSZip from 'jszip';
import { parseRelationships, relsOf, resolveTarget, unescapeXml } from './package-paths';

const WORKBOOK = 'xl/workbook.xml';

/**
 * The addresses of a sheet's formula cells that cached the empty text.
 * @example await emptyTextFormulas(zip, 'Insatser') → Set { 'D7' }
 */
export async function emptyTextFormulas(zip: JSZip, sheet: string): Promise<ReadonlySet<string>> {
  const part = await sheetPart(zip, sheet);
  const xml = part === null ? '' : ((await zip.file(part)?.async('string')) ?? '');
  const cells = new Set<string>();
  if (!xml.includes('"str"')) return cells;
  for (const open of xml.matchAll(/<(\w+:)?c\b([^>]*?)(\/?)>/g)) {
    const [, prefix = '', attrs = '', selfClosing] = open;
    if (selfClosing === '/' || !/\bt="str"/.test(attrs)) continue;
    const start = open.index + open[0].length;
    const end = xml.indexOf(`</${prefix}c>`, start);
    const body = xml.slice(start, end < 0 ? start : end);
    // A text formula with a value of its own is read by ExcelJS; only the empty one is not.
    if (!/<(\w+:)?f\b/.test(body) || /<(\w+:)?v>[^<]/.test(body)) continue;
    const address = /\br="([A-Z]+\d+)"/.exec(attrs)?.[1];
    if (address !== undefined) cells.add(address);
  }
  return cells;
}

/** The package path of a sheet's XML, from the workbook's sheet list and its relationships. */
async function sheetPart(zip: JSZip, sheet: string): Promise<string | null> {
  const workbook = (await zip.file(WORKBOOK)?.async('string')) ?? '';
  const rels = parseRelationships((await zip.file(relsOf(WORKBOOK))?.async('string')) ?? '');
  for (const match of workbook.matchAll(/<(?:\w+:)?sheet\b([^>]*?)\/?>/g)) {
    const attrs = match[1] ?? '';
    const name = /\bname="([^"]*)"/.exec(attrs)?.[1];
    const id = /\b\w+:id="([^"]*)"/.exec(attrs)?.[1];
    if (name === undefined || unescapeXml(name) !== sheet) continue;
    const rel = rels.find((r) => r.id === id);
    return rel === undefined ? null : resolveTarget(WORKBOOK, rel.target);
  }
  return null;
}
