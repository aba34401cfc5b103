/**
 * The few cell styles the result sheets need, added to a workbook's `styles.xml` without touching
 * the styles it has. Adding is idempotent: a style already there (from an earlier run) is reused.
 */

export interface ResultStyles {
  /** Text from the workbook or the product: format `@` with a quote prefix, so never a formula on edit. */
  readonly text: number;
  /**
   * Amounts, by number format: `#,##0`, which Excel shows as `1 088 976` to a Swedish user, or
   * `#,##0.000` for MSEK (`1 116,626`).
   */
  readonly amount: ReadonlyMap<string, number>;
  /** Whole numbers that are not amounts (counts): `#,##0`. */
  readonly integer: number;
  /** Years: `0`, so 2025 is not shown as `2 025`. */
  readonly year: number;
  /** The stamp line: italic, grey. */
  readonly stamp: number;
  /** Table titles: bold. */
  readonly title: number;
  /** Text in an amount column (the report's `okänd`): as `text`, aligned right with the amounts. */
  readonly textRight: number;
}

const BUILTIN_GENERAL_INTEGER = 1; // 0
const BUILTIN_THOUSANDS = 3; // #,##0
const BUILTIN_TEXT = 49; // @
/** Format ids below this are Excel's own; a workbook's custom formats count up from it. */
const FIRST_CUSTOM_FORMAT = 164;

export const MINIMAL_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';

/**
 * Adds the result styles to a styles part, with one amount style per number format given, and
 * says which cell-format index is which.
 * @example const { xml, styles } = ensureResultStyles(stylesXml, ['#,##0.000']); // styles.amount.get('#,##0.000') → an s="…" index
 */
export function ensureResultStyles(
  stylesXml: string,
  amountFormats: readonly string[],
): {
  readonly xml: string;
  readonly styles: ResultStyles;
} {
  let xml = stylesXml;
  const formatIds = new Map<string, number>();
  for (const format of new Set(amountFormats)) {
    const ensured = ensureNumberFormat(xml, format);
    xml = ensured.xml;
    formatIds.set(format, ensured.id);
  }
  const base = defaultFont(xml);
  const boldFont = `<font><b/><sz val="${base.size}"/><name val="${base.name}"/></font>`;
  const stampFont = `<font><i/><sz val="${base.size}"/><color rgb="FF595959"/><name val="${base.name}"/></font>`;
  const boldAdded = ensureChild(xml, 'fonts', boldFont);
  const italicAdded = ensureChild(boldAdded.xml, 'fonts', stampFont);
  xml = italicAdded.xml;
  const bold = boldAdded.index;
  const italic = italicAdded.index;
  const xf = (numFmtId: number, fontId: number, quote: boolean): string =>
    `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"${fontId === 0 ? '' : ' applyFont="1"'}${quote ? ' quotePrefix="1"' : ''}/>`;
  const indexes: number[] = [];
  for (const entry of [
    xf(BUILTIN_TEXT, 0, true),
    xf(BUILTIN_THOUSANDS, 0, false),
    xf(BUILTIN_GENERAL_INTEGER, 0, false),
    xf(BUILTIN_TEXT, italic, true),
    xf(BUILTIN_TEXT, bold, true),
  ]) {
    const added = ensureChild(xml, 'cellXfs', entry);
    xml = added.xml;
    indexes.push(added.index);
  }
  const [text = 0, integer = 0, year = 0, stamp = 0, title = 0] = indexes;
  const amount = new Map<string, number>();
  for (const [format, id] of formatIds) {
    const added = ensureChild(xml, 'cellXfs', xf(id, 0, false));
    xml = added.xml;
    amount.set(format, added.index);
  }
  const right = ensureChild(
    xml,
    'cellXfs',
    `<xf numFmtId="${BUILTIN_TEXT}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyAlignment="1" quotePrefix="1"><alignment horizontal="right"/></xf>`,
  );
  xml = right.xml;
  return { xml, styles: { text, amount, integer, year, stamp, title, textRight: right.index } };
}

/**
 * The id of a number format: Excel's own for `#,##0`, else the workbook's custom format with that
 * code, added (with the next free id) when it has none.
 */
function ensureNumberFormat(xml: string, code: string): { xml: string; id: number } {
  if (code === '#,##0') return { xml, id: BUILTIN_THOUSANDS };
  const escaped = code.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  const existing = [
    ...xml.matchAll(/<numFmt\b[^>]*\bnumFmtId="(\d+)"[^>]*\bformatCode="([^"]*)"/g),
  ];
  const same = existing.find((match) => match[2] === escaped);
  if (same !== undefined) return { xml, id: Number(same[1]) };
  const id = Math.max(FIRST_CUSTOM_FORMAT - 1, ...existing.map((match) => Number(match[1]))) + 1;
  const element = `<numFmt numFmtId="${id}" formatCode="${escaped}"/>`;
  if (/<numFmts\b/.test(xml)) return { xml: ensureChild(xml, 'numFmts', element).xml, id };
  // <numFmts> is the first child of <styleSheet>.
  const open = /<styleSheet\b[^>]*>/.exec(xml);
  if (open === null) throw new Error('styles.xml has no <styleSheet>');
  const at = open.index + open[0].length;
  return { xml: `${xml.slice(0, at)}<numFmts count="1">${element}</numFmts>${xml.slice(at)}`, id };
}

/** The name and size of the workbook's default font (the first in `<fonts>`). */
function defaultFont(xml: string): { name: string; size: string } {
  const first = /<fonts\b[^>]*>\s*(<font\b[\s\S]*?<\/font>|<font\b[^>]*\/>)/.exec(xml)?.[1] ?? '';
  return {
    name: /<name\s+val="([^"]*)"/.exec(first)?.[1] ?? 'Calibri',
    size: /<sz\s+val="([^"]*)"/.exec(first)?.[1] ?? '11',
  };
}

/**
 * The index of `element` among the children of `<container>`, appending it when it is not there.
 * Works on the text of the part: children are matched whole, the container's `count` is kept true.
 */
function ensureChild(
  xml: string,
  container: string,
  element: string,
): { xml: string; index: number } {
  const open = new RegExp(`<${container}\\b([^>]*?)(/?)>`).exec(xml);
  if (open === null) throw new Error(`styles.xml has no <${container}>`);
  const child = container === 'fonts' ? 'font' : container === 'numFmts' ? 'numFmt' : 'xf';
  if (open[2] === '/') {
    const replaced = `${xml.slice(0, open.index)}<${container} count="1">${element}</${container}>${xml.slice(open.index + open[0].length)}`;
    return { xml: replaced, index: 0 };
  }
  const start = open.index + open[0].length;
  const end = xml.indexOf(`</${container}>`, start);
  const body = xml.slice(start, end);
  const children: string[] =
    body.match(new RegExp(`<${child}\\b[^>]*/>|<${child}\\b[^>]*>[\\s\\S]*?</${child}>`, 'g')) ??
    [];
  const existing = children.indexOf(element);
  if (existing >= 0) return { xml, index: existing };
  const attributes = open[1] ?? '';
  const counted = /\bcount="\d+"/.test(attributes)
    ? attributes.replace(/\bcount="\d+"/, `count="${children.length + 1}"`)
    : `${attributes} count="${children.length + 1}"`;
  return {
    xml: `${xml.slice(0, open.index)}<${container}${counted}>${body}${element}${xml.slice(end)}`,
    index: children.length,
  };
}
