/**
 * A result sheet as SpreadsheetML: cells, column widths, the frozen header, and its Excel tables.
 * Text goes in as inline strings, so no text can ever become a formula.
 */
import { cellAddress } from '../../engine';
import type {
  PrintSetup,
  ResultCell,
  ResultColumnKind,
  ResultSheet,
  ResultTable,
  SheetCell,
} from '../port';
import { escapeXml } from './package-paths';
import type { ResultStyles } from './styles';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** The rows a table occupies: title, header, and its data (at least one row, as Excel requires). */
export function tableRef(table: ResultTable): string {
  const header = table.top + 1;
  const last = header + Math.max(table.rows.length, 1);
  return `${cellAddress(header, table.left)}:${cellAddress(last, table.left + table.columns.length - 1)}`;
}

/** The worksheet part; `tableRelIds[i]` relates `sheet.tables[i]`. */
export function worksheetXml(
  sheet: ResultSheet,
  styles: ResultStyles,
  tableRelIds: readonly string[],
  drawingRelId: string | null = null,
): string {
  const rows = new Map<number, string[]>();
  const put = (row: number, column: number, xml: string): void => {
    const cells = rows.get(row) ?? [];
    cells[column] = xml;
    rows.set(row, cells);
  };
  const stampRow = sheet.stampRow ?? 1;
  put(stampRow, 1, textCell(stampRow, 1, sheet.stamp, styles.stamp));
  const widths = new Map<number, number>();
  const amountStyle = {
    ...styles,
    amount: styles.amount.get(sheet.amountFormat) ?? styles.integer,
  };
  for (const cell of sheet.cells ?? []) put(cell.row, cell.column, freeCell(cell, amountStyle));
  for (const table of sheet.tables) {
    put(table.top, table.left, textCell(table.top, table.left, table.title, styles.title));
    table.columns.forEach((column, i) => {
      const at = table.left + i;
      widths.set(at, column.width);
      // An amount column's header stands over its figures, to the right.
      const style = column.kind === 'amount' ? styles.textRight : styles.text;
      put(table.top + 1, at, textCell(table.top + 1, at, column.header, style));
    });
    table.rows.forEach((cells, r) => {
      const row = table.top + 2 + r;
      table.columns.forEach((column, i) => {
        const xml = valueCell(row, table.left + i, cells[i] ?? null, column.kind, amountStyle);
        if (xml !== null) put(row, table.left + i, xml);
      });
    });
  }
  for (const [column, width] of sheet.widths ?? []) widths.set(column, width);
  // Loops, not Math.max(...): a spread of 200 000 row numbers overflows the stack.
  let lastRow = 1;
  for (const row of rows.keys()) lastRow = Math.max(lastRow, row);
  let lastColumn = 1;
  for (const column of widths.keys()) lastColumn = Math.max(lastColumn, column);
  const sheetData = [...rows.entries()]
    .sort(([a], [b]) => a - b)
    .map(
      ([row, cells]) =>
        // The array is sparse (a cell per used column); join() skips the holes.
        `<row r="${row}">${cells.join('')}</row>`,
    )
    .join('');
  const cols = [...widths.entries()]
    .sort(([a], [b]) => a - b)
    .map(
      ([column, width]) =>
        `<col min="${column}" max="${column}" width="${width}" customWidth="1"/>`,
    )
    .join('');
  const frozen = sheet.frozenRows;
  const links = (sheet.cells ?? []).flatMap((cell) =>
    cell.link === undefined
      ? []
      : [
          `<hyperlink ref="${cellAddress(cell.row, cell.column)}" location="${escapeXml(
            `${quotedSheet(cell.link.sheet)}!${cell.link.cell}`,
          )}" display="${escapeXml(String(cell.value))}"/>`,
        ],
  );
  // The order is CT_Worksheet's (ECMA-376 Part 1, 18.3.1.99): sheetPr first; hyperlinks,
  // pageMargins, pageSetup and headerFooter after sheetData, then drawing; tableParts last.
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<worksheet xmlns="${MAIN}" xmlns:r="${REL}">` +
    (sheet.print === undefined ? '' : '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>') +
    `<dimension ref="A1:${cellAddress(lastRow, lastColumn)}"/>` +
    (frozen === 0
      ? '<sheetViews><sheetView workbookViewId="0"/></sheetViews>'
      : `<sheetViews><sheetView workbookViewId="0"><pane ySplit="${frozen}" topLeftCell="A${frozen + 1}" activePane="bottomLeft" state="frozen"/>` +
        `<selection pane="bottomLeft" activeCell="A${frozen + 1}" sqref="A${frozen + 1}"/></sheetView></sheetViews>`) +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    (cols === '' ? '' : `<cols>${cols}</cols>`) +
    `<sheetData>${sheetData}</sheetData>` +
    (links.length === 0 ? '' : `<hyperlinks>${links.join('')}</hyperlinks>`) +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    (sheet.print === undefined ? '' : printXml(sheet.print)) +
    (drawingRelId === null ? '' : `<drawing r:id="${drawingRelId}"/>`) +
    (tableRelIds.length === 0
      ? ''
      : `<tableParts count="${tableRelIds.length}">${tableRelIds.map((id) => `<tablePart r:id="${id}"/>`).join('')}</tableParts>`) +
    '</worksheet>'
  );
}

/** The table part of a result table. */
export function tableXml(table: ResultTable, id: number): string {
  const ref = tableRef(table);
  const columns = table.columns
    .map(
      (column, i) =>
        `<tableColumn id="${i + 1}" name="${escapeXml(tableColumnName(column.header))}"/>`,
    )
    .join('');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<table xmlns="${MAIN}" id="${id}" name="${escapeXml(table.name)}" displayName="${escapeXml(table.name)}" ref="${ref}" totalsRowShown="0">` +
    (table.filterButtons === false ? '' : `<autoFilter ref="${ref}"/>`) +
    `<tableColumns count="${table.columns.length}">${columns}</tableColumns>` +
    '<tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/>' +
    '</table>'
  );
}

/**
 * A4 (paperSize 9), fit to one page wide and as many tall as it takes (fitToHeight 0), the stamp in
 * the footer's left part and the page number in its right. The rows repeated on every page are a
 * defined name in workbook.xml (see printTitlesName).
 */
function printXml(print: PrintSetup): string {
  return (
    `<pageSetup paperSize="9" orientation="${print.orientation}" fitToWidth="1" fitToHeight="0"/>` +
    `<headerFooter><oddFooter>${escapeXml(`&L${headerFooterText(print.footer)}&R&P / &N`)}</oddFooter></headerFooter>` +
    rowBreaksXml(print.breaksBefore ?? [])
  );
}

/** Manual page breaks above rows; a break's id is the 0-based index of the row below it. */
function rowBreaksXml(rows: readonly number[]): string {
  if (rows.length === 0) return '';
  const breaks = rows.map((row) => `<brk id="${row - 1}" max="16383" man="1"/>`).join('');
  return `<rowBreaks count="${rows.length}" manualBreakCount="${rows.length}">${breaks}</rowBreaks>`;
}

/** Text in a header or footer: `&` starts a code there, so a literal one is doubled. */
function headerFooterText(text: string): string {
  return text.replace(/&/g, '&&');
}

/** A sheet's name as a reference writes it: quoted, its quotes doubled. */
export function quotedSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** The `_xlnm.Print_Titles` defined name of a sheet: its rows repeated on every printed page. */
export function printTitlesName(sheet: string, localSheetId: number, print: PrintSetup): string {
  const { first, last } = print.titleRows;
  return `<definedName name="_xlnm.Print_Titles" localSheetId="${localSheetId}">${escapeXml(
    `${quotedSheet(sheet)}!$${first}:$${last}`,
  )}</definedName>`;
}

function freeCell(
  cell: SheetCell,
  styles: Omit<ResultStyles, 'amount'> & { readonly amount: number },
): string {
  if (typeof cell.value === 'string')
    return textCell(
      cell.row,
      cell.column,
      cell.value,
      cell.style === 'title'
        ? styles.title
        : cell.style === 'label'
          ? styles.textRight
          : styles.text,
    );
  return valueCell(
    cell.row,
    cell.column,
    cell.value,
    cell.style === 'amount' ? 'amount' : 'integer',
    styles,
  ) as string;
}

function textCell(row: number, column: number, text: string, style: number): string {
  return `<c r="${cellAddress(row, column)}" s="${style}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(text)}</t></is></c>`;
}

function valueCell(
  row: number,
  column: number,
  value: ResultCell,
  kind: ResultColumnKind,
  styles: Omit<ResultStyles, 'amount'> & { readonly amount: number },
): string | null {
  if (value === null) return null;
  if (typeof value === 'string')
    return textCell(row, column, value, kind === 'amount' ? styles.textRight : styles.text);
  const style =
    kind === 'year'
      ? styles.year
      : kind === 'integer'
        ? styles.integer
        : kind === 'amount'
          ? styles.amount
          : styles.text;
  return `<c r="${cellAddress(row, column)}" s="${style}"><v>${value}</v></c>`;
}

/** Excel escapes line breaks in a table column's name as `_x000a_`. */
function tableColumnName(header: string): string {
  return header.replace(/\r?\n/g, '_x000a_');
}
