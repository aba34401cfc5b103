/**
 * How the report stacks its blocks (./report.ts): from a first row down, one empty row apart, a
 * section's lines (a heading, a sentence) in column A above its blocks.
 */
import type { ResultTable, SheetCell } from '../workbook/port';

export type Block = Omit<ResultTable, 'top' | 'left'>;

/** A line of a section above its blocks, in column A. */
export interface SectionLine {
  readonly value: string;
  readonly style: 'title' | 'text';
}

export interface Section {
  readonly lines: readonly SectionLine[];
  readonly blocks: readonly Block[];
}

/**
 * The sections' blocks placed from `first` down, their lines as cells, and the first free row.
 * @example stackBlocks([{ lines: [], blocks: [block] }], 8).tables[0]?.top === 8
 */
export function stackBlocks(
  sections: readonly Section[],
  first: number,
): { readonly tables: ResultTable[]; readonly cells: SheetCell[]; readonly next: number } {
  const tables: ResultTable[] = [];
  const cells: SheetCell[] = [];
  let top = first;
  for (const section of sections) {
    if (section.lines.length > 0) {
      section.lines.forEach((line, l) =>
        cells.push({ row: top + l, column: 1, value: line.value, style: line.style }),
      );
      top += section.lines.length + 1;
    }
    for (const block of section.blocks) {
      tables.push({ ...block, top, left: 1 });
      // Title, header, at least one data row, then an empty row.
      top += 2 + Math.max(block.rows.length, 1) + 1;
    }
  }
  return { tables, cells, next: top };
}
