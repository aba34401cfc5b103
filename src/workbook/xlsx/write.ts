/**
 * Writing the result sheets into a copy of the input package. Every part that is not a result
 * sheet's stays byte for byte as it was (docs/decisions/001-xlsx-library.md): only the result
 * sheets, their tables and relationships, a few appended cell styles, the sheet list of
 * `workbook.xml`, the content types and the settings part change.
 */
import JSZip from 'jszip';
import { sheetNameKey } from '../../engine';
import { WorkbookError } from '../errors';
import type { ResultSheet } from '../port';
import type { StoredSettings } from '../settings';
import { RESULT_TABLE_PREFIX } from '../settings';
import {
  escapeXml,
  parseRelationships,
  relativeTarget,
  relsOf,
  resolveTarget,
  unescapeXml,
} from './package-paths';
import {
  addOverride,
  addRelationship,
  escapeRegExp,
  freePart,
  insertBefore,
  nextId,
  putPart,
} from './package-paths';
import { chartXml, drawingXml } from './chart-xml';
import { writeSettingsPart } from './settings-part';
import { printTitlesName, tableXml, worksheetXml } from './sheet-xml';
import { ensureResultStyles, MINIMAL_STYLES } from './styles';

const WORKBOOK = 'xl/workbook.xml';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const RELS_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const WORKSHEET_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
const TABLE_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml';
const STYLES_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml';
const DRAWING_TYPE = 'application/vnd.openxmlformats-officedocument.drawing+xml';
const CHART_TYPE = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';

interface SheetEntry {
  readonly name: string;
  readonly relId: string;
  readonly part: string;
  readonly type: string;
}

/**
 * The input package with the result sheets replaced (or added at the end) and the settings saved.
 * @example await writeFile(out, await writeResultSheets(await readFile(input), sheets, settings))
 */
export async function writeResultSheets(
  original: Uint8Array,
  sheets: readonly ResultSheet[],
  settings: StoredSettings,
): Promise<Uint8Array> {
  try {
    const zip = await JSZip.loadAsync(original);
    const pkg = await openParts(zip);
    const rels = parseRelationships(pkg.workbookRels);
    const entries = sheetEntries(pkg.workbook, rels);
    const styles = await resultStyles(pkg, rels, sheets);
    const ids = {
      table: await maxTableId(zip),
      sheet: Math.max(
        0,
        ...[...pkg.workbook.matchAll(/<sheet\b[^>]*\bsheetId="(\d+)"/g)].map((m) => Number(m[1])),
      ),
    };
    for (const sheet of sheets) {
      const part = await sheetPart(pkg, entries, sheet, ids);
      const sheetRels = { xml: EMPTY_RELS };
      const tableRels = sheet.tables.map((table) => {
        ids.table += 1;
        return addTable(pkg, part, sheetRels, table, ids.table);
      });
      const drawingRel = addCharts(pkg, part, sheetRels, sheet, tableRels.length + 1);
      putPart(zip, part, worksheetXml(sheet, styles, tableRels, drawingRel));
      putPart(zip, relsOf(part), sheetRels.xml);
    }
    putPart(zip, WORKBOOK, withPrintTitles(pkg.workbook, sheets));
    putPart(zip, relsOf(WORKBOOK), pkg.workbookRels);
    putPart(zip, '[Content_Types].xml', pkg.types);
    await writeSettingsPart(zip, settings);
    return await zip.generateAsync({
      type: 'uint8array',
      compression: 'DEFLATE',
      compressionOptions: { level: 6 },
    });
  } catch (error) {
    if (error instanceof WorkbookError) throw error;
    throw new WorkbookError({
      kind: 'write-failed',
      detail: error instanceof Error ? error.message : String(error),
    });
  }
}

const EMPTY_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${RELS_NS}"></Relationships>`;

/** The package-wide parts a write edits as text, then puts back once at the end. */
interface EditedParts {
  readonly zip: JSZip;
  workbook: string;
  workbookRels: string;
  types: string;
}

async function openParts(zip: JSZip): Promise<EditedParts> {
  const text = async (path: string): Promise<string> =>
    (await zip.file(path)?.async('string')) ?? '';
  const parts: EditedParts = {
    zip,
    workbook: await text(WORKBOOK),
    workbookRels: await text(relsOf(WORKBOOK)),
    types: await text('[Content_Types].xml'),
  };
  if (parts.workbook === '' || parts.workbookRels === '' || parts.types === '')
    throw new Error('the package has no workbook part');
  // Strict Open XML uses other namespaces throughout; writing transitional parts into it would
  // make a package no one can open.
  if (parts.workbook.includes('http://purl.oclc.org/ooxml/'))
    throw new WorkbookError({ kind: 'strict-format' });
  return parts;
}

/** The result sheets' cell styles, appended to the package's styles part (or a new one). */
async function resultStyles(
  pkg: EditedParts,
  rels: ReturnType<typeof parseRelationships>,
  sheets: readonly ResultSheet[],
): Promise<ReturnType<typeof ensureResultStyles>['styles']> {
  const amountFormats = sheets.map((sheet) => sheet.amountFormat);
  const stylesRel = rels.find((rel) => rel.type === `${REL}/styles`);
  let path: string;
  let styles: ReturnType<typeof ensureResultStyles>;
  if (stylesRel === undefined) {
    path = 'xl/styles.xml';
    pkg.workbookRels = addRelationship(
      pkg.workbookRels,
      nextId(pkg.workbookRels),
      `${REL}/styles`,
      'styles.xml',
    );
    pkg.types = addOverride(pkg.types, `/${path}`, STYLES_TYPE);
    styles = ensureResultStyles(MINIMAL_STYLES, amountFormats);
  } else {
    path = resolveTarget(WORKBOOK, stylesRel.target);
    styles = ensureResultStyles((await pkg.zip.file(path)?.async('string')) ?? '', amountFormats);
  }
  putPart(pkg.zip, path, styles.xml);
  return styles.styles;
}

/**
 * The part a result sheet is written to: its own sheet's, emptied of the parts the product wrote
 * there before, or a new sheet added at the end of the workbook.
 */
async function sheetPart(
  pkg: EditedParts,
  entries: readonly SheetEntry[],
  sheet: ResultSheet,
  ids: { sheet: number },
): Promise<string> {
  const existing = entries.find((entry) => sheetNameKey(entry.name) === sheetNameKey(sheet.name));
  if (existing !== undefined) {
    // The pipeline checked ownership on what the reader saw; a chart sheet, for one, it
    // cannot see. The writer checks again on the package itself before replacing anything.
    if (!(await ownedByProduct(pkg.zip, existing)))
      throw new WorkbookError({ kind: 'foreign-sheet', sheet: existing.name });
    pkg.types = await dropOwnedParts(pkg.zip, existing.part, pkg.types);
    return existing.part;
  }
  const part = freePart(pkg.zip, 'xl/worksheets/sheet', '.xml');
  const relId = nextId(pkg.workbookRels);
  pkg.workbookRels = addRelationship(
    pkg.workbookRels,
    relId,
    `${REL}/worksheet`,
    relativeTarget(WORKBOOK, part),
  );
  ids.sheet += 1;
  pkg.workbook = insertBefore(
    pkg.workbook,
    '</sheets>',
    `<sheet name="${escapeXml(sheet.name)}" sheetId="${ids.sheet}" r:id="${relId}"/>`,
    WORKBOOK,
  );
  if (!/xmlns:r="/.test(/<workbook\b[^>]*>/.exec(pkg.workbook)?.[0] ?? '')) {
    pkg.workbook = pkg.workbook.replace(/<workbook\b/, () => `<workbook xmlns:r="${REL}"`);
  }
  pkg.types = addOverride(pkg.types, `/${part}`, WORKSHEET_TYPE);
  return part;
}

/** Writes one table part of a sheet; returns its relationship's id in the sheet's rels. */
function addTable(
  pkg: EditedParts,
  part: string,
  sheetRels: { xml: string },
  table: ResultSheet['tables'][number],
  tableId: number,
): string {
  const tablePart = freePart(pkg.zip, 'xl/tables/table', '.xml');
  putPart(pkg.zip, tablePart, tableXml(table, tableId));
  pkg.types = addOverride(pkg.types, `/${tablePart}`, TABLE_TYPE);
  const relId = nextId(sheetRels.xml);
  sheetRels.xml = addRelationship(
    sheetRels.xml,
    relId,
    `${REL}/table`,
    relativeTarget(part, tablePart),
  );
  return relId;
}

/**
 * Writes a sheet's charts into one drawing part; returns the drawing's relationship id in the
 * sheet's rels (`rId<n>`, after the tables'), or null for a sheet without charts.
 */
function addCharts(
  pkg: EditedParts,
  part: string,
  sheetRels: { xml: string },
  sheet: ResultSheet,
  n: number,
): string | null {
  const charts = sheet.charts ?? [];
  if (charts.length === 0) return null;
  // Free numbers: the input's own drawings and charts keep theirs; a rerun's old parts were
  // removed with the sheet's above, so it takes the same numbers again.
  const drawingPart = freePart(pkg.zip, 'xl/drawings/drawing', '.xml');
  let drawingRels = EMPTY_RELS;
  const chartRels = charts.map((chart, i) => {
    const chartPart = freePart(pkg.zip, 'xl/charts/chart', '.xml');
    putPart(pkg.zip, chartPart, chartXml(sheet, chart));
    pkg.types = addOverride(pkg.types, `/${chartPart}`, CHART_TYPE);
    drawingRels = addRelationship(
      drawingRels,
      `rId${i + 1}`,
      `${REL}/chart`,
      relativeTarget(drawingPart, chartPart),
    );
    return `rId${i + 1}`;
  });
  putPart(pkg.zip, drawingPart, drawingXml(charts, chartRels));
  putPart(pkg.zip, relsOf(drawingPart), drawingRels);
  pkg.types = addOverride(pkg.types, `/${drawingPart}`, DRAWING_TYPE);
  const drawingRel = `rId${n}`;
  sheetRels.xml = addRelationship(
    sheetRels.xml,
    drawingRel,
    `${REL}/drawing`,
    relativeTarget(part, drawingPart),
  );
  return drawingRel;
}

/**
 * workbook.xml with each printed result sheet's `_xlnm.Print_Titles` (the rows repeated on every
 * page) replaced: a rerun leaves one, never two. `definedNames` follows `sheets` (CT_Workbook).
 */
function withPrintTitles(workbook: string, sheets: readonly ResultSheet[]): string {
  const order = [...workbook.matchAll(/<sheet\b[^>]*\bname="([^"]*)"/g)].map((m) =>
    sheetNameKey(unescapeXml(m[1] ?? '')),
  );
  const names: string[] = [];
  const ids = new Set<number>();
  for (const sheet of sheets) {
    if (sheet.print === undefined) continue;
    const id = order.indexOf(sheetNameKey(sheet.name));
    if (id < 0) continue;
    ids.add(id);
    names.push(printTitlesName(sheet.name, id, sheet.print));
  }
  if (names.length === 0) return workbook;
  let result = workbook.replace(
    /<definedName\b[^>]*\bname="_xlnm\.Print_Titles"[^>]*>[^<]*<\/definedName>/g,
    (element) => {
      const id = Number(/\blocalSheetId="(\d+)"/.exec(element)?.[1] ?? -1);
      return ids.has(id) ? '' : element;
    },
  );
  result = result.replace(/<definedNames\s*\/>|<definedNames>\s*<\/definedNames>/, '');
  return result.includes('</definedNames>')
    ? insertBefore(result, '</definedNames>', names.join(''), WORKBOOK)
    : result.replace('</sheets>', () => `</sheets><definedNames>${names.join('')}</definedNames>`);
}

/** The sheets of `workbook.xml` with the parts they live in. */
function sheetEntries(workbook: string, rels: ReturnType<typeof parseRelationships>): SheetEntry[] {
  const entries: SheetEntry[] = [];
  for (const match of workbook.matchAll(/<sheet\b([^>]*?)\/?>/g)) {
    const attrs = match[1] ?? '';
    const name = unescapeXml(/\bname="([^"]*)"/.exec(attrs)?.[1] ?? '');
    const relId = /\br:id="([^"]*)"/.exec(attrs)?.[1] ?? /\bid="([^"]*)"/.exec(attrs)?.[1] ?? '';
    const rel = rels.find((r) => r.id === relId);
    if (rel !== undefined)
      entries.push({ name, relId, part: resolveTarget(WORKBOOK, rel.target), type: rel.type });
  }
  return entries;
}

/** True when a sheet is a worksheet holding one of the product's tables (named SR_…). */
async function ownedByProduct(zip: JSZip, entry: SheetEntry): Promise<boolean> {
  if (!entry.type.endsWith('/worksheet')) return false;
  const rels = parseRelationships((await zip.file(relsOf(entry.part))?.async('string')) ?? '');
  for (const rel of rels) {
    if (rel.external || !rel.type.endsWith('/table')) continue;
    const xml = (await zip.file(resolveTarget(entry.part, rel.target))?.async('string')) ?? '';
    const name = /<(?:\w+:)?table\b[^>]*\bname="([^"]*)"/.exec(xml)?.[1] ?? '';
    if (unescapeXml(name).startsWith(RESULT_TABLE_PREFIX)) return true;
  }
  return false;
}

/**
 * Removes the tables (and the relationships) of a result sheet about to be rewritten. Only
 * result sheets come here: the pipeline never lets a sheet it did not make be replaced.
 */
async function dropOwnedParts(zip: JSZip, part: string, types: string): Promise<string> {
  const relsPath = relsOf(part);
  const xml = (await zip.file(relsPath)?.async('string')) ?? '';
  let result = types;
  const remove = (target: string): void => {
    zip.remove(target);
    result = result.replace(
      new RegExp(`<Override\\b[^>]*PartName="/${escapeRegExp(target)}"[^>]*/>`),
      '',
    );
  };
  for (const rel of parseRelationships(xml)) {
    if (rel.external) continue;
    const target = resolveTarget(part, rel.target);
    if (rel.type === `${REL}/table`) remove(target);
    // The sheet's drawing goes with its charts and what they relate to (an Excel chart's style
    // and colours), so a rerun replaces them and never adds a second set.
    else if (rel.type === `${REL}/drawing`) {
      for (const owned of await ownedTargets(zip, target))
        for (const inner of await ownedTargets(zip, owned)) remove(inner);
      for (const owned of await ownedTargets(zip, target)) {
        remove(owned);
        zip.remove(relsOf(owned));
      }
      remove(target);
      zip.remove(relsOf(target));
    }
  }
  zip.remove(relsPath);
  return result;
}

/** The parts a part relates to inside the package. */
async function ownedTargets(zip: JSZip, part: string): Promise<string[]> {
  const xml = (await zip.file(relsOf(part))?.async('string')) ?? '';
  return parseRelationships(xml)
    .filter((rel) => !rel.external)
    .map((rel) => resolveTarget(part, rel.target));
}

async function maxTableId(zip: JSZip): Promise<number> {
  let max = 0;
  for (const name of Object.keys(zip.files).filter((n) => /^xl\/tables\/[^/]+\.xml$/.test(n))) {
    const xml = (await zip.file(name)?.async('string')) ?? '';
    const id = Number(/<table\b[^>]*\bid="(\d+)"/.exec(xml)?.[1] ?? 0);
    max = Math.max(max, id);
  }
  return max;
}
