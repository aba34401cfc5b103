/**
 * Writing the result sheets through Excel's JavaScript API: one batch, split into syncs that each
 * stay under Excel on the web's 5 MB request limit, with calculation suspended for each and screen
 * updating for the first (Microsoft advises against suspending it again and again). Only result
 * sheets are touched: each is checked (exists? protected? ours?) and every table name settled
 * against the workbook's tables and defined names before anything is written, so a refusal changes
 * nothing and a taken name never stops a write part way; every text cell gets the text format `@`
 * before its value, so no text becomes a formula, a number or a boolean.
 */
import { cellAddress, sheetNameKey } from '../../engine';
import { WorkbookError } from '../errors';
import type {
  PrintSetup,
  ReportChart,
  ResultColumnKind,
  ResultSheet,
  ResultTable,
  SheetCell,
} from '../port';
import type { StoredSettings } from '../settings';
import { RESULT_TABLE_PREFIX } from '../settings';
import { settingsXml } from '../settings-xml';
import { settingsParts } from './settings';
import { freeTableNames } from '../table-names';

/** What a sync may carry: well under the 5 MB Excel on the web accepts, leaving room for overhead. */
export const DEFAULT_REQUEST_BUDGET_BYTES = 4 * 1024 * 1024;

/** Number formats by column kind; amounts take the sheet's (its unit's decimals). */
const FORMATS: Readonly<Record<Exclude<ResultColumnKind, 'amount'>, string>> = {
  text: '@',
  integer: '#,##0',
  year: '0',
};
/** Points per character of Excel's default font, for column widths given in characters. */
const POINTS_PER_CHARACTER = 5.6;

/** Writes the result sheets and the settings. */
export async function writeWorkbook(
  context: Excel.RequestContext,
  sheets: readonly ResultSheet[],
  settings: StoredSettings,
  budget: number = DEFAULT_REQUEST_BUDGET_BYTES,
): Promise<void> {
  // Sync 1: which result sheets exist, what tables every sheet has, the workbook's defined names.
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name');
  const tables = context.workbook.tables;
  tables.load('items/name,items/worksheet/name');
  const workbookNames = context.workbook.names.load('items/name');
  const parts = settingsParts(context);
  await context.sync();

  const existing = sheets.map(
    (sheet) =>
      worksheets.items.find((ws) => sheetNameKey(ws.name) === sheetNameKey(sheet.name)) ?? null,
  );
  // Sync 2: are the existing ones protected? A refusal must come before anything is written.
  // Their charts are listed too: clearing a sheet's cells leaves its charts, so a rerun deletes them.
  // And every sheet's own defined names, which a table name may not take either.
  const protections = existing.map((ws) => (ws === null ? null : ws.protection.load('protected')));
  const oldCharts = existing.map((ws) => (ws === null ? null : ws.charts.load('items/name')));
  const sheetNames = worksheets.items.map((ws) => ws.names.load('items/name'));
  await context.sync();
  existing.forEach((ws, i) => {
    if (ws === null) return;
    if (protections[i]?.protected === true)
      throw new WorkbookError({ kind: 'protected', sheet: ws.name });
    const ours = tables.items.some(
      (t) => t.worksheet.name === ws.name && t.name.startsWith(RESULT_TABLE_PREFIX),
    );
    if (!ours) throw new WorkbookError({ kind: 'foreign-sheet', sheet: ws.name });
  });
  const tableName = tableNamesFor(sheets, [
    ...tables.items
      .filter((t) => !existing.some((ws) => ws?.name === t.worksheet.name))
      .map((t) => t.name),
    ...[workbookNames, ...sheetNames].flatMap((names) => names.items.map((n) => n.name)),
  ]);

  const batch = chunkedBatch(context, budget);
  sheets.forEach((sheet, i) => {
    const ws = existing[i] ?? null;
    // Fetched lazily, inside the commands: getItem is queued where it is called, and the sheet
    // may only be added by an earlier command of this batch.
    let proxy: Excel.Worksheet | null = null;
    const target = (): Excel.Worksheet =>
      (proxy ??= context.workbook.worksheets.getItem(sheet.name));
    // The sheet is emptied (or added) and gets its tables in one command, hence one request: a
    // run cut off after it leaves a sheet the next run still knows as the product's, never an
    // empty one it would have to refuse as foreign.
    const tableBytes = sheet.tables.reduce(
      (total, table) => total + table.name.length + 64 + table.columns.length * 24,
      64,
    );
    batch.queue(tableBytes, () => {
      if (ws === null) worksheets.add(sheet.name);
      else {
        for (const table of tables.items.filter((t) => t.worksheet.name === ws.name))
          table.delete();
        for (const chart of oldCharts[i]?.items ?? []) chart.delete();
        ws.getRange().clear();
      }
      for (const table of sheet.tables) addTable(target(), table, tableName(table));
    });
    queueSheet(batch, target, sheet, budget);
  });
  const xml = settingsXml(settings);
  batch.queue(xml.length, () => {
    parts.queueWrite(xml);
  });
  await batch.flush();
}

/** The name each result table is written under: free of the workbook's tables and names. */
function tableNamesFor(
  sheets: readonly ResultSheet[],
  taken: readonly string[],
): (table: ResultTable) => string {
  const all = sheets.flatMap((sheet) => sheet.tables);
  const free = freeTableNames(
    all.map((table) => table.name),
    taken,
  );
  const names = new Map(all.map((table, i) => [table, free[i] ?? table.name]));
  return (table) => names.get(table) ?? table.name;
}

interface ChunkedBatch {
  /** Queues commands of about `bytes`, syncing first when they would not fit in the current request. */
  queue(bytes: number, commands: () => void): void;
  flush(): Promise<void>;
}

/**
 * Commands grouped into syncs under a byte budget. Each sync suspends calculation; screen updating
 * is suspended once, for the first, as Microsoft advises against calling that repeatedly (such as
 * in a loop). A write of one chunk (the example, and a hundred times it) is covered whole; a larger
 * one shows its later chunks arriving.
 */
function chunkedBatch(context: Excel.RequestContext, budget: number): ChunkedBatch {
  const groups: (() => void)[][] = [[]];
  let size = 0;
  return {
    queue(bytes, commands) {
      if (size + bytes > budget && size > 0) {
        groups.push([]);
        size = 0;
      }
      groups.at(-1)?.push(commands);
      size += bytes;
    },
    async flush() {
      context.application.suspendScreenUpdatingUntilNextSync();
      for (const group of groups) {
        context.application.suspendApiCalculationUntilNextSync();
        for (const commands of group) commands();
        // One sync per chunk of up to the byte budget, never per sheet, row or cell: the 5 MB
        // request limit is why a large result needs more than one.
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
      }
    },
  };
}

function queueSheet(
  batch: ChunkedBatch,
  ws: () => Excel.Worksheet,
  sheet: ResultSheet,
  budget: number,
): void {
  batch.queue(sheet.stamp.length + 32, () => {
    const stamp = ws().getRange(`A${sheet.stampRow ?? 1}`);
    stamp.numberFormat = [['@']];
    stamp.values = [[sheet.stamp]];
  });
  for (const table of sheet.tables)
    queueTable(batch, ws, table, sheet.amountFormat, rowsPerCommand(table, budget));
  for (const cell of sheet.cells ?? [])
    batch.queue(String(cell.value).length * 2 + 96, () => {
      writeCell(ws(), cell, sheet.amountFormat);
    });
  const widths = [...(sheet.widths ?? [])];
  if (widths.length > 0)
    batch.queue(widths.length * 48, () => {
      for (const [column, width] of widths)
        ws().getRange(cellAddress(1, column)).format.columnWidth = Math.round(
          width * POINTS_PER_CHARACTER,
        );
    });
  const print = sheet.print;
  if (print !== undefined)
    batch.queue(print.footer.length + 160, () => {
      printSetup(ws(), print);
    });
  if (sheet.frozenRows > 0)
    batch.queue(16, () => {
      ws().freezePanes.freezeRows(sheet.frozenRows);
    });
  // After the cells: a chart takes its series' names from its source's header row.
  for (const chart of sheet.charts ?? [])
    batch.queue(chart.title.length + 160 + chart.series.length * 96, () => {
      addChart(ws(), chart);
    });
}

/**
 * A native chart over the sheet's cells (ExcelApi 1.1, its series' line style and legend entries
 * 1.7, overlap 1.8): the source is the categories' column with the series' columns to its right
 * and their names' row above, which is how the pipeline lays them out. The bridge's base series
 * is made invisible: no fill, no line, no legend entry.
 */
function addChart(ws: Excel.Worksheet, chart: ReportChart): void {
  const { categories, series } = chart;
  const nameRow = series[0]?.nameCell?.row ?? categories.top;
  const right = Math.max(categories.left, ...series.map((s) => s.values.right));
  const source = ws.getRange(
    `${cellAddress(Math.min(nameRow, categories.top), categories.left)}:${cellAddress(categories.bottom, right)}`,
  );
  const added = ws.charts.add(
    chart.kind === 'bridge' ? 'ColumnStacked' : 'ColumnClustered',
    source,
    'Columns',
  );
  added.title.text = chart.title;
  added.setPosition(
    cellAddress(chart.anchor.top, chart.anchor.left),
    cellAddress(chart.anchor.bottom, chart.anchor.right),
  );
  series.forEach((s, i) => {
    const item = added.series.getItemAt(i);
    if (s.invisible === true) {
      item.format.fill.clear();
      item.format.line.lineStyle = 'None';
      added.legend.legendEntries.getItemAt(i).visible = false;
    } else if (s.color !== undefined) item.format.fill.setSolidColor(`#${s.color}`);
  });
  if (chart.kind === 'bridge') {
    const first = added.series.getItemAt(0);
    first.gapWidth = 50;
    first.overlap = 100;
  }
  if (chart.axisMin !== undefined) added.axes.valueAxis.minimum = chart.axisMin;
}

/** A cell outside the tables: its format first (text stays text), its value, then its link. */
function writeCell(ws: Excel.Worksheet, cell: SheetCell, amountFormat: string): void {
  const range = ws.getRange(cellAddress(cell.row, cell.column));
  range.numberFormat = [
    [
      typeof cell.value === 'string'
        ? '@'
        : cell.style === 'amount'
          ? amountFormat
          : FORMATS.integer,
    ],
  ];
  range.values = [[cell.value]];
  if (cell.style === 'label') range.format.horizontalAlignment = 'Right';
  if (cell.link !== undefined)
    // A cell hyperlink to a place in the workbook (ExcelApi 1.7), never a HYPERLINK formula.
    range.hyperlink = {
      documentReference: `'${cell.link.sheet.replace(/'/g, "''")}'!${cell.link.cell}`,
      textToDisplay: String(cell.value),
    };
}

/**
 * A4, fit to one page wide (ExcelApi 1.9's page layout and page breaks), the title rows on every
 * page, the stamp in the footer and the manual page breaks. Excel keeps the pages tall as many as it takes when only the width is given.
 */
function printSetup(ws: Excel.Worksheet, print: PrintSetup): void {
  const layout = ws.pageLayout;
  layout.orientation = print.orientation === 'landscape' ? 'Landscape' : 'Portrait';
  layout.paperSize = 'A4';
  layout.zoom = { horizontalFitToPages: 1 };
  layout.setPrintTitleRows(`$${print.titleRows.first}:$${print.titleRows.last}`);
  // `&` starts a code in a footer; a literal one is doubled.
  layout.headersFooters.defaultForAllPages.leftFooter = print.footer.replace(/&/g, '&&');
  layout.headersFooters.defaultForAllPages.rightFooter = '&P / &N';
  // Clearing the cells leaves a sheet's page breaks: a rerun removes the old ones first.
  ws.horizontalPageBreaks.removePageBreaks();
  for (const row of print.breaksBefore ?? []) ws.horizontalPageBreaks.add(`A${row}`);
}

/** How many data rows one command may carry: a quarter of the budget's worth, at least one. */
function rowsPerCommand(table: ResultTable, budget: number): number {
  const sample = table.rows.slice(0, 50);
  // Values and their formats travel together: about twice the values' size.
  const perRow =
    sample.length === 0 ? 1 : Math.max(1, (2 * JSON.stringify(sample).length) / sample.length);
  return Math.max(1, Math.floor(budget / 4 / perRow));
}

function queueTable(
  batch: ChunkedBatch,
  ws: () => Excel.Worksheet,
  table: ResultTable,
  amountFormat: string,
  rowsPerCommand: number,
): void {
  const width = table.columns.length;
  const formats = table.columns.map((column) =>
    column.kind === 'amount' ? amountFormat : FORMATS[column.kind],
  );
  const right = table.left + width - 1;
  batch.queue(table.title.length + 32, () => {
    const title = ws().getRange(cellAddress(table.top, table.left));
    title.numberFormat = [['@']];
    title.values = [[table.title]];
  });
  const headerRow = table.top + 1;
  const headers = table.columns.map((column) => column.header);
  batch.queue(JSON.stringify(headers).length * 2, () => {
    const range = ws().getRange(
      `${cellAddress(headerRow, table.left)}:${cellAddress(headerRow, right)}`,
    );
    range.numberFormat = [headers.map(() => '@')];
    range.values = [headers];
    // An amount column's header stands over its figures, to the right.
    table.columns.forEach((column, c) => {
      if (column.kind === 'amount')
        ws().getRange(cellAddress(headerRow, table.left + c)).format.horizontalAlignment = 'Right';
    });
  });
  // A word among amounts (the report's `okänd`) is aligned with them, to the right.
  const worded = table.columns.flatMap((column, c) =>
    column.kind === 'amount' && table.rows.some((row) => typeof row[c] === 'string') ? [c] : [],
  );
  if (worded.length > 0)
    batch.queue(worded.length * 48, () => {
      for (const c of worded) {
        const column = table.left + c;
        ws().getRange(
          `${cellAddress(headerRow + 1, column)}:${cellAddress(headerRow + table.rows.length, column)}`,
        ).format.horizontalAlignment = 'Right';
      }
    });
  // Excel wants a table to have a data row; an empty result gets one empty row.
  const rows = table.rows.length === 0 ? [table.columns.map(() => null)] : table.rows;
  for (let start = 0; start < rows.length; start += rowsPerCommand) {
    const slice = rows.slice(start, start + rowsPerCommand);
    const values = slice.map((row) => table.columns.map((_, c) => row[c] ?? ''));
    const top = headerRow + 1 + start;
    const address = `${cellAddress(top, table.left)}:${cellAddress(top + slice.length - 1, right)}`;
    // Text is formatted as text whatever its column (the report's `okänd` among amounts): Excel
    // would take text such as `-1`, `1e3` or `TRUE` in a number-formatted cell for a value.
    const formatGrid = values.map((row) =>
      row.map((value, c) =>
        typeof value === 'string' && value !== '' ? '@' : (formats[c] ?? '@'),
      ),
    );
    batch.queue(JSON.stringify(values).length + JSON.stringify(formatGrid).length, () => {
      const range = ws().getRange(address);
      // The format first: text written into a text-formatted cell stays text.
      range.numberFormat = formatGrid;
      range.values = values;
    });
  }
}

/** Adds a result table over its final range (header row and data rows), and its column widths. */
function addTable(ws: Excel.Worksheet, table: ResultTable, name: string): void {
  const headerRow = table.top + 1;
  const right = table.left + table.columns.length - 1;
  // Excel wants a table to have a data row; an empty result gets one empty row.
  const bottom = headerRow + Math.max(table.rows.length, 1);
  const added = ws.tables.add(
    `${cellAddress(headerRow, table.left)}:${cellAddress(bottom, right)}`,
    true,
  );
  added.name = name;
  if (table.filterButtons === false) added.showFilterButton = false;
  table.columns.forEach((column, c) => {
    ws.getRange(cellAddress(headerRow, table.left + c)).format.columnWidth = Math.round(
      column.width * POINTS_PER_CHARACTER,
    );
  });
}
