/**
 * Generates the example workbooks in examples/ from their readable sources in examples/source/.
 *
 *   npm run examples
 *
 * The output is reproducible byte for byte: the workbook properties carry fixed dates and a fixed
 * author, and the zip is rewritten with a fixed timestamp on every entry (ExcelJS would stamp each
 * entry with the time of the run).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { example as arligAnalys } from '../examples/source/arlig-analys-2025';
import { example as smallEnglish } from '../examples/source/small-english';

/** What a cell of an example holds: text exactly as typed, a number, or nothing. */
export type ExampleCell = string | number | null;

export interface ExampleColumn {
  readonly header: string;
  /** An amount: data cells get the number format `#,##0` and are right-aligned. */
  readonly amount?: boolean;
}

export type ExampleBlock =
  /** A title line above a table (bold, larger). */
  | { readonly kind: 'title'; readonly text: string }
  /** An empty row. */
  | { readonly kind: 'blank' }
  /** A row of free text, written as it stands. */
  | { readonly kind: 'line'; readonly cells: readonly ExampleCell[] }
  /**
   * A table: with a `name` an Excel table (ListObject) of that name, without one a plain range
   * whose header row is only formatted.
   */
  | {
      readonly kind: 'table';
      readonly name?: string;
      readonly columns: readonly ExampleColumn[];
      readonly rows: readonly (readonly ExampleCell[])[];
    };

export interface ExampleSheet {
  readonly name: string;
  /** Column widths in characters, from column A. */
  readonly widths: readonly number[];
  /** Blocks written one below another from A1. */
  readonly blocks: readonly ExampleBlock[];
}

export interface ExampleWorkbook {
  /** File name under examples/. */
  readonly file: string;
  readonly title: string;
  readonly subject: string;
  readonly sheets: readonly ExampleSheet[];
}

/** Fixed workbook properties, so that a re-run gives the same file. */
const FIXED_DATE = new Date(Date.UTC(2025, 0, 1, 0, 0, 0));
const CREATOR = 'scenario-recalc examples';

const AMOUNT_FORMAT = '#,##0';
const TABLE_STYLE = 'TableStyleMedium2';

function writeSheet(workbook: ExcelJS.Workbook, spec: ExampleSheet): void {
  const ws = workbook.addWorksheet(spec.name);
  spec.widths.forEach((width, i) => {
    ws.getColumn(i + 1).width = width;
  });
  let row = 1;
  for (const block of spec.blocks) {
    switch (block.kind) {
      case 'blank':
        row += 1;
        break;
      case 'title': {
        const cell = ws.getCell(row, 1);
        cell.value = block.text;
        cell.font = { bold: true, size: 13 };
        row += 1;
        break;
      }
      case 'line':
        block.cells.forEach((value, i) => {
          const cell = ws.getCell(row, i + 1);
          cell.value = value;
          cell.alignment = { vertical: 'top', wrapText: true };
        });
        row += 1;
        break;
      case 'table':
        writeTable(ws, row, block);
        row += 1 + block.rows.length;
        break;
    }
  }
}

function writeTable(
  ws: ExcelJS.Worksheet,
  top: number,
  table: Extract<ExampleBlock, { kind: 'table' }>,
): void {
  const width = table.columns.length;
  for (const [i, values] of table.rows.entries()) {
    if (values.length !== width) {
      throw new Error(
        `${ws.name}: row ${i + 1} of table ${table.name ?? '(range)'} has ${values.length} cells, not ${width}`,
      );
    }
  }
  if (table.name !== undefined) {
    ws.addTable({
      name: table.name,
      displayName: table.name,
      ref: ws.getCell(top, 1).address,
      headerRow: true,
      totalsRow: false,
      style: { theme: TABLE_STYLE, showRowStripes: true },
      columns: table.columns.map((column) => ({ name: column.header, filterButton: true })),
      rows: table.rows.map((values) => [...values]),
    });
  } else {
    table.columns.forEach((column, i) => {
      const cell = ws.getCell(top, i + 1);
      cell.value = column.header;
      cell.font = { bold: true };
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
      cell.border = { bottom: { style: 'thin' } };
    });
    table.rows.forEach((values, r) => {
      values.forEach((value, i) => {
        ws.getCell(top + 1 + r, i + 1).value = value;
      });
    });
  }
  ws.getRow(top).alignment = { vertical: 'bottom', wrapText: true };
  table.columns.forEach((column, i) => {
    for (let r = 0; r < table.rows.length; r += 1) {
      const cell = ws.getCell(top + 1 + r, i + 1);
      if (column.amount === true) {
        cell.numFmt = AMOUNT_FORMAT;
        cell.alignment = { horizontal: 'right' };
      } else {
        cell.alignment = { vertical: 'top', wrapText: true };
      }
    }
  });
}

/** The workbook as a buffer, with fixed properties and a fixed timestamp on every zip entry. */
export async function buildWorkbook(spec: ExampleWorkbook): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = CREATOR;
  workbook.lastModifiedBy = CREATOR;
  workbook.created = FIXED_DATE;
  workbook.modified = FIXED_DATE;
  workbook.title = spec.title;
  workbook.subject = spec.subject;
  for (const sheet of spec.sheets) writeSheet(workbook, sheet);
  const written = await workbook.xlsx.writeBuffer();
  const source = await JSZip.loadAsync(written);
  const output = new JSZip();
  for (const entry of Object.values(source.files)) {
    if (entry.dir) continue;
    output.file(entry.name, await entry.async('uint8array'), {
      date: FIXED_DATE,
      createFolders: false,
    });
  }
  return output.generateAsync({
    type: 'nodebuffer',
    compression: 'DEFLATE',
    compressionOptions: { level: 9 },
  });
}

async function main(): Promise<void> {
  const outDir = join(__dirname, '..', 'examples');
  for (const spec of [arligAnalys, smallEnglish]) {
    const path = join(outDir, spec.file);
    writeFileSync(path, await buildWorkbook(spec));
    console.log(`wrote ${path}`);
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
