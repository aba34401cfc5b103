/**
 * The in-memory workbook behind the simulated Excel host: sheets of cells, tables, custom XML
 * parts. Plain data, so tests can look at it directly and compare it before and after a run.
 */
import type { RawCell } from '../../engine';
import { cellAddress } from '../../engine';
import type { WorkbookSnapshot } from '../port';

export type SimCellValue = string | number | boolean;

export interface SimCell {
  value: SimCellValue;
  numberFormat: string;
  /** Set when text written through the API became a formula (what a text format prevents). */
  formula?: string;
  /** Set once the API aligned the cell (`Right` for the report's `okänd` among amounts). */
  horizontalAlignment?: string;
}

export interface SimSheet {
  name: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  protected: boolean;
  /** Cells by `row,column` (1-based). */
  cells: Map<string, SimCell>;
  columnWidths: Map<number, number>;
  frozenRows: number;
  /** Cell hyperlinks by `row,column`: the place in the workbook each points at (`'Sheet'!A1`). */
  hyperlinks?: Map<string, string>;
  /** How the sheet prints, once set through its page layout. */
  print?: SimPrint;
  /** Charts added through the API, in the order they were added. */
  charts?: SimChart[];
}

/** A chart as the API made it: its type, source and series, and what was set on it. */
export interface SimChart {
  id: number;
  name: string;
  type: string;
  /** The source range as `A1:D5`; its first column the categories, first row the names. */
  source: string;
  seriesBy: string;
  categories: string;
  series: SimChartSeries[];
  title: string | null;
  position: { start: string; end: string } | null;
  axisMinimum: number | null;
}

export interface SimChartSeries {
  name: string;
  values: string;
  /** `automatic`, `none` (cleared) or a colour `#RRGGBB`. */
  fill: string;
  /** `automatic` or a ChartLineStyle such as `None`. */
  line: string;
  inLegend: boolean;
  gapWidth?: number;
  overlap?: number;
}

/** A sheet's page layout as the API set it (ExcelApi 1.9). */
export interface SimPrint {
  orientation?: 'Portrait' | 'Landscape';
  paperSize?: string;
  zoom?: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  titleRows?: string;
  leftFooter?: string;
  rightFooter?: string;
  /** 1-based rows a manual page break stands above. */
  rowBreaks?: number[];
}

export interface SimTable {
  name: string;
  sheet: string;
  top: number;
  left: number;
  bottom: number;
  right: number;
  showHeaders: boolean;
  showTotals: boolean;
  /** False once the API hid the header's filter buttons. */
  showFilterButton?: boolean;
}

/** A defined name: the workbook's (sheet null) or one sheet's. Tables share their namespace. */
export interface SimName {
  name: string;
  sheet: string | null;
  /** What it refers to (`=Tjänster!$B$2`): kept, never evaluated. */
  formula: string;
}

export interface SimWorkbook {
  sheets: SimSheet[];
  tables: SimTable[];
  /** Custom XML parts in the order they were added, which is the order Excel lists them in. */
  customXmlParts: { id: string; namespace: string; xml: string }[];
  /** Defined names; none when absent. */
  names?: SimName[];
  /** The last custom XML part number handed out: ids are never reused. */
  lastPartNumber?: number;
  activeSheet: string | null;
  /** The selected range as `Sheet!A1` (for the pane's "go to cell"). */
  selection: string | null;
  /** The last chart id handed out: ids are never reused, so a deleted chart stays gone. */
  lastChartId?: number;
}

export const cellKey = (row: number, column: number): string => `${row},${column}`;

/** An empty sheet. */
export function newSheet(name: string): SimSheet {
  return {
    name,
    visibility: 'Visible',
    protected: false,
    cells: new Map(),
    columnWidths: new Map(),
    frozenRows: 0,
  };
}

/**
 * A simulated workbook holding what a snapshot shows: every sheet's cells, every table.
 * @example simulatedWorkbookFrom(await readXlsx(bytes))
 */
export function simulatedWorkbookFrom(snapshot: WorkbookSnapshot): SimWorkbook {
  const sheets = snapshot.sheets.map((sheet) => {
    const sim = newSheet(sheet.name);
    sim.visibility = sheet.visible ? 'Visible' : 'Hidden';
    sheet.rows.forEach((cells, r) => {
      cells.forEach((cell, c) => {
        const value = excelValue(cell);
        if (value !== '')
          sim.cells.set(cellKey(sheet.top + r, sheet.left + c), { value, numberFormat: 'General' });
      });
    });
    return sim;
  });
  const tables = snapshot.tables.map((table) => ({
    name: table.name,
    sheet: table.sheet,
    top: table.top,
    left: table.left,
    bottom: table.top + table.rows.length - 1,
    right: table.left + table.rows.reduce((widest, row) => Math.max(widest, row.length), 1) - 1,
    showHeaders: true,
    showTotals: false,
  }));
  return {
    sheets,
    tables,
    customXmlParts: [],
    activeSheet: sheets[0]?.name ?? null,
    selection: null,
  };
}

/** A cell as Excel's JavaScript API gives it: errors as their text, dates as serial numbers. */
export function excelValue(cell: RawCell): SimCellValue {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return Math.round((cell.getTime() / 86_400_000 + 25_569) * 1e6) / 1e6;
  if (typeof cell === 'object') return cell.kind === 'excel-error' ? cell.code : '';
  return cell;
}

/** A deep copy, for comparing a workbook before and after a run. */
export function cloneWorkbook(workbook: SimWorkbook): SimWorkbook {
  return {
    sheets: workbook.sheets.map((sheet) => ({
      ...sheet,
      cells: new Map([...sheet.cells].map(([key, cell]) => [key, { ...cell }])),
      columnWidths: new Map(sheet.columnWidths),
      ...(sheet.hyperlinks === undefined ? {} : { hyperlinks: new Map(sheet.hyperlinks) }),
      ...(sheet.charts === undefined
        ? {}
        : {
            charts: sheet.charts.map((chart) => ({
              ...chart,
              series: chart.series.map((s) => ({ ...s })),
              position: chart.position === null ? null : { ...chart.position },
            })),
          }),
      ...(sheet.print === undefined
        ? {}
        : {
            print: {
              ...sheet.print,
              ...(sheet.print.zoom === undefined ? {} : { zoom: { ...sheet.print.zoom } }),
              ...(sheet.print.rowBreaks === undefined
                ? {}
                : { rowBreaks: [...sheet.print.rowBreaks] }),
            },
          }),
    })),
    tables: workbook.tables.map((table) => ({ ...table })),
    customXmlParts: workbook.customXmlParts.map((part) => ({ ...part })),
    ...(workbook.names === undefined ? {} : { names: workbook.names.map((n) => ({ ...n })) }),
    ...(workbook.lastPartNumber === undefined ? {} : { lastPartNumber: workbook.lastPartNumber }),
    activeSheet: workbook.activeSheet,
    selection: workbook.selection,
    ...(workbook.lastChartId === undefined ? {} : { lastChartId: workbook.lastChartId }),
  };
}

/** A sheet's cells as `A1 → value` pairs, for readable comparisons in tests. */
export function sheetCells(sheet: SimSheet): Record<string, SimCellValue> {
  const out: Record<string, SimCellValue> = {};
  for (const [key, cell] of sheet.cells) {
    const [row = 0, column = 0] = key.split(',').map(Number);
    out[cellAddress(row, column)] = cell.value;
  }
  return out;
}
