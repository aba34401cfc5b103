/**
 * The port between the pipeline and a workbook: plain data in, plain data out. Adapters (.xlsx
 * files, Office.js) implement it; nothing here knows an xlsx library or Office.
 */
import type { CellRange, CellRef, OutputUnit, RawCell, TableKind } from '../engine';
import { figureDecimals } from '../engine';
import type { StoredSettings } from './settings';

/** A sheet's used range as the workbook shows it: formulas as their cached values. */
export interface SheetSnapshot {
  readonly name: string;
  readonly visible: boolean;
  /** 1-based sheet row of `rows[0]`. */
  readonly top: number;
  /** 1-based sheet column of each row's first cell. */
  readonly left: number;
  readonly rows: readonly (readonly RawCell[])[];
  /** Names of the Excel tables on this sheet. */
  readonly tableNames: readonly string[];
  /**
   * Set when the sheet's used range is past MAX_SHEET_CELLS: it was not read (no rows, and its
   * Excel tables are left out), and the run says so at its last cell.
   */
  readonly notRead?: SheetNotRead;
}

/** A sheet too large to read: its used range's bottom-right cell and its size. */
export interface SheetNotRead {
  readonly lastCell: string;
  readonly cells: number;
}

/**
 * A used range past this many cells is not read: no analysis has one, and the usual cause is a
 * stray value far below or to the right of the data (or a large export the analysis does not use).
 */
export const MAX_SHEET_CELLS = 5_000_000;

/** An Excel table (ListObject): its header row and data rows. */
export interface ExcelTableSnapshot {
  readonly name: string;
  readonly sheet: string;
  readonly top: number;
  readonly left: number;
  /** Header row first, then the data rows (no totals row). */
  readonly rows: readonly (readonly RawCell[])[];
}

/** Everything the pipeline reads from a workbook. */
export interface WorkbookSnapshot {
  readonly sheets: readonly SheetSnapshot[];
  readonly tables: readonly ExcelTableSnapshot[];
  /** Settings saved in the workbook by an earlier run, or null. */
  readonly settings: StoredSettings | null;
}

/** The format a result column's cells get. */
export type ResultColumnKind = 'text' | 'amount' | 'integer' | 'year';

export interface ResultColumn {
  readonly header: string;
  readonly kind: ResultColumnKind;
  /** Width in characters. */
  readonly width: number;
}

/** A cell of a result table: text is always written as text, never as a formula. */
export type ResultCell = string | number | null;

/** One Excel table on a result sheet, placed by the pipeline so every adapter lays it out alike. */
export interface ResultTable {
  /** The Excel table's name (unique in the workbook). */
  readonly name: string;
  readonly title: string;
  /** 1-based sheet row of the title; the header row is the next row. */
  readonly top: number;
  /** 1-based sheet column of the first column. */
  readonly left: number;
  readonly columns: readonly ResultColumn[];
  readonly rows: readonly (readonly ResultCell[])[];
  /** False for a table read rather than filtered (the report's): no filter buttons on its header. */
  readonly filterButtons?: false;
}

/** The three result sheets: their kinds and names' rules live with the other settings' rules. */
export type { ResultSheetKind } from '../engine';
import type { ResultSheetKind } from '../engine';

/** The three data sheets and the report, which reads like the analysis (src/pipeline/report.ts). */
export type ResultSheetRole = ResultSheetKind | 'report';

/** A place in the workbook a cell links to: a cell hyperlink, never a formula. */
export interface CellLink {
  readonly sheet: string;
  /** A1-style address such as `A1`. */
  readonly cell: string;
}

/** A cell outside the sheet's tables: the report's title, its lines and its notes. */
export interface SheetCell {
  /** 1-based sheet row and column. */
  readonly row: number;
  readonly column: number;
  /** Text is always written as text, never as a formula. */
  readonly value: string | number;
  /**
   * `title` bold, `text` plain, `label` plain aligned right (over a figure), `integer` a whole
   * number, `amount` in the sheet's amount format.
   */
  readonly style: 'title' | 'text' | 'label' | 'integer' | 'amount';
  readonly link?: CellLink;
}

/** How a sheet prints: on A4, fit to one page wide, as many tall as it takes. */
export interface PrintSetup {
  readonly orientation: 'portrait' | 'landscape';
  /** 1-based rows repeated at the top of every printed page. */
  readonly titleRows: { readonly first: number; readonly last: number };
  /** The footer's left part (the stamp); the right part numbers the pages. */
  readonly footer: string;
  /** 1-based rows that start a new printed page (the report's chart data). */
  readonly breaksBefore?: readonly number[];
}

/**
 * A series of a chart: its name (also in `nameCell` when a header cell holds it) and the cells of
 * its values, on the chart's own sheet. `invisible` is the bridge's base: no fill, no line.
 */
export interface ChartSeries {
  readonly name: string;
  /** 1-based row and column of the cell holding the name, or null when only `name` holds it. */
  readonly nameCell: { readonly row: number; readonly column: number } | null;
  /** One column of cells, 1-based, on the chart's sheet. */
  readonly values: CellRange;
  readonly invisible?: true;
  /** Fill colour as RRGGBB, when the series has one of its own. */
  readonly color?: string;
}

/**
 * A native chart on a result sheet, read from that sheet's own cells so figures and picture agree.
 * `bridge` is a stacked-column bridge (its first series the invisible base), `clustered` columns
 * side by side. Ranges are 1-based and inclusive; the chart covers the `anchor` cells.
 */
export interface ReportChart {
  readonly kind: 'bridge' | 'clustered';
  readonly title: string;
  /** One column of category labels, as many rows as each series. */
  readonly categories: CellRange;
  readonly series: readonly ChartSeries[];
  readonly anchor: CellRange;
  /** The value axis's lower end, when the picture starts above zero (the bridge's levels). */
  readonly axisMin?: number;
}

/** A result sheet: rewritten whole on every run. */
export interface ResultSheet {
  readonly kind: ResultSheetRole;
  readonly name: string;
  /** The stamp line (in A1 unless `stampRow` says otherwise): when, by which version, from which inputs. */
  readonly stamp: string;
  /** The row of the stamp in column A; 1 when unset. */
  readonly stampRow?: number;
  readonly tables: readonly ResultTable[];
  /** Cells outside the tables (the report's heading lines, its notes), written as they are. */
  readonly cells?: readonly SheetCell[];
  /** The number format of its amount columns: the decimals the result's unit needs. */
  readonly amountFormat: string;
  /** 1-based row below which the sheet scrolls (the header row of its tables); 0: none. */
  readonly frozenRows: number;
  /** Column widths in characters for columns no table sets (the report's note column). */
  readonly widths?: ReadonlyMap<number, number>;
  readonly print?: PrintSetup;
  /** Native charts over the sheet's cells (the report's). */
  readonly charts?: readonly ReportChart[];
}

/**
 * The number format a sheet's amounts in a unit are shown with: whole tkr and kr, MSEK to the tkr,
 * or as many decimals as the finest of the figures needs (`figureDecimals`: a half tkr in MSEK
 * gives four), so no figure is rounded away.
 * @example amountFormat('MSEK') === '#,##0.000'; amountFormat('MSEK', [12.5005]) === '#,##0.0000'
 */
export function amountFormat(unit: OutputUnit, figures: readonly (number | null)[] = []): string {
  const decimals = figureDecimals(unit, figures);
  return decimals === 0 ? '#,##0' : `#,##0.${'0'.repeat(decimals)}`;
}

/** A cell an adoption of a what-if writes (src/pipeline/adoption.ts): text is always written as text, never as a formula. */
export type AdoptionCell = string | number | null;

/** Rows appended below one of the workbook's input tables. */
export interface AdoptionWrite {
  readonly table: Extract<TableKind, 'scenarios' | 'members'>;
  readonly sheet: string;
  /** The Excel table that grows by these rows; null for a plain range written below its last row. */
  readonly excelTable: string | null;
  /** The new cells' range, A1 style (`A12:F14`), on `sheet`. */
  readonly range: string;
  /** Each new row's cells, left to right over the range's columns; null leaves a cell empty. */
  readonly rows: readonly (readonly AdoptionCell[])[];
  /**
   * The number formats the range's cells had before they were written, row by row: set by the
   * port's appendRows on what it resolves with, so the undo of rows below a plain range puts them
   * back (a text cell is given `@`, and an empty cell may have had a format of its own).
   */
  readonly formatsBefore?: readonly (readonly string[])[];
}

/** What the pipeline asks of a workbook. */
export interface WorkbookPort {
  read(): Promise<WorkbookSnapshot>;
  /** Replaces the result sheets (and only them) and saves the settings. */
  write(sheets: readonly ResultSheet[], settings: StoredSettings): Promise<void>;
  /** Shows a cell (or a sheet, when cell is null) to the user; only hosts with a user have it. */
  select?(sheet: string, cell: string | null): Promise<void>;
  /** Saves the settings at once, without a recalculation. */
  saveSettings?(settings: StoredSettings): Promise<void>;
  /**
   * Writes a service's aliases into its alias cell: the one write into an input table, made only
   * when the user asks for it (adding an alias from a suggestion, or undoing that), as text.
   * Resolves with the text the cell held before ('' for an empty cell), which an undo writes back.
   */
  writeAliases?(at: CellRef, aliases: string): Promise<string>;
  /**
   * Appends rows below input tables (an Excel table grows by them; a plain range gets them in the
   * empty cells below its last row), text as text: the adoption of a what-if, made only when the
   * user confirmed exactly these writes. Refuses, writing nothing, when a target cell is not empty
   * (WorkbookError `cells-taken`) or an Excel table is no longer where planned (`table-moved`).
   * Resolves with the writes as made, each with the formats its cells had before, for the undo.
   */
  appendRows?(writes: readonly AdoptionWrite[]): Promise<readonly AdoptionWrite[]>;
  /**
   * Removes exactly the rows an adoption appended (undo): the Excel table shrinks by them, a
   * plain range's cells are cleared and given their formats back. Refuses, changing nothing, when
   * a cell no longer holds what was written (WorkbookError `edited-since`: the user edited it).
   */
  removeRows?(writes: readonly AdoptionWrite[]): Promise<void>;
  /**
   * Calls `listener` after cells of the workbook changed — the user's edits and the product's own
   * writes alike — until the returned function is called. Only hosts with a user have it, and only
   * the task pane asks: the ribbon and the command line never watch.
   */
  watchChanges?(listener: (change: WorkbookChange) => void): Promise<() => Promise<void>>;
}

/** Cells changed on a sheet (its name; null when the host could not say which sheet). */
export interface WorkbookChange {
  readonly sheet: string | null;
}
