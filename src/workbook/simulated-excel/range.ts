/**
 * A range of the simulated host: its values, number formats and column widths, its address and
 * size, and the helpers that read, write and bound a sheet's cells as Excel does.
 */
import type { CellRange } from '../../engine';
import { cellAddress } from '../../engine';
import type { SimContext } from './host';
import { Loadable, fail, loadPaths } from './loadable';
import type { LoadArg } from './loadable';
import type { SimCell, SimCellValue, SimSheet } from './model';
import { cellKey } from './model';
import type { SimWorksheet } from './worksheets';

type Bounds = CellRange;

export class SimRange extends Loadable {
  readonly format: { columnWidth: number; horizontalAlignment: string };

  constructor(
    context: SimContext,
    private readonly sheet: SimWorksheet,
    private readonly bounds: () => Bounds | null,
  ) {
    super(context);
    const setWidth = (points: number): void => {
      context.enqueue(12, () => {
        const target = this.sheet.writable();
        const b = this.existingBounds();
        for (let column = b.left; column <= b.right; column++)
          target.columnWidths.set(column, points);
      });
    };
    const setAlignment = (alignment: string): void => {
      if (!['General', 'Left', 'Center', 'Right'].includes(alignment))
        fail('InvalidArgument', `'${alignment}' is not a horizontal alignment.`);
      context.enqueue(alignment.length + 16, () => {
        const target = this.sheet.writable();
        const b = this.existingBounds();
        for (let row = b.top; row <= b.bottom; row++)
          for (let column = b.left; column <= b.right; column++) {
            const key = cellKey(row, column);
            const cell = target.cells.get(key);
            target.cells.set(key, {
              ...(cell ?? { value: '', numberFormat: 'General' }),
              horizontalAlignment: alignment,
            });
          }
      });
    };
    this.format = {
      set columnWidth(points: number) {
        setWidth(points);
      },
      set horizontalAlignment(alignment: string) {
        setAlignment(alignment);
      },
      get horizontalAlignment(): string {
        return fail(
          'PropertyNotLoaded',
          'format.horizontalAlignment is write-only in this simulation.',
        );
      },
      get columnWidth(): number {
        return fail('PropertyNotLoaded', 'format.columnWidth is write-only in this simulation.');
      },
    };
  }

  private existingBounds(): Bounds {
    return this.bounds() ?? fail('ItemNotFound', 'The range does not exist.');
  }

  /** The simulation's own: the cells a command given this range works on, at sync. */
  boundsAtSync(): Bounds {
    this.sheet.writable();
    return this.existingBounds();
  }

  /** The cells both ranges cover (a null object where they do not meet), as Excel gives it. */
  getIntersectionOrNullObject(other: SimRange): SimRange {
    const range = new SimRange(this.context, this.sheet, () => {
      const a = this.bounds();
      const b = other.bounds();
      if (a === null || b === null) return null;
      const meet = {
        top: Math.max(a.top, b.top),
        left: Math.max(a.left, b.left),
        bottom: Math.min(a.bottom, b.bottom),
        right: Math.min(a.right, b.right),
      };
      return meet.top > meet.bottom || meet.left > meet.right ? null : meet;
    });
    range.trackNull();
    return range;
  }

  trackNull(): void {
    this.queueLoad(['isNullObject'], () => this.bounds() === null);
  }

  get isNullObject(): boolean {
    return this.get<boolean>('isNullObject');
  }

  get values(): SimCellValue[][] {
    return this.get<SimCellValue[][]>('values');
  }

  set values(values: SimCellValue[][]) {
    this.context.enqueue(JSON.stringify(values).length, () => {
      const target = this.sheet.writable();
      const b = this.existingBounds();
      this.forEachCell(b, values, 'values', (row, column, value) => {
        setValue(target, row, column, value);
      });
    });
  }

  get numberFormat(): string[][] {
    return this.get<string[][]>('numberFormat');
  }

  set numberFormat(formats: string[][]) {
    this.context.enqueue(JSON.stringify(formats).length, () => {
      const target = this.sheet.writable();
      const b = this.existingBounds();
      this.forEachCell(b, formats, 'numberFormat', (row, column, format) => {
        const key = cellKey(row, column);
        const cell = target.cells.get(key);
        // An empty cell keeps its format too: store it with an empty value.
        target.cells.set(key, { ...(cell ?? { value: '' }), numberFormat: format });
      });
    });
  }

  get address(): string {
    return this.get<string>('address');
  }

  get rowIndex(): number {
    return this.get<number>('rowIndex');
  }

  get columnIndex(): number {
    return this.get<number>('columnIndex');
  }

  get rowCount(): number {
    return this.get<number>('rowCount');
  }

  get columnCount(): number {
    return this.get<number>('columnCount');
  }

  load(arg?: LoadArg): this {
    // The bounds once per load: a used range's are found by looking at every cell of the sheet.
    let found: { readonly b: Bounds | null } | null = null;
    this.queueLoad(loadPaths(arg), (path) => {
      const sheet = this.sheet.existing();
      found ??= { b: this.bounds() };
      const b = found.b;
      if (b === null) return undefined;
      switch (path) {
        case 'values':
          return readValues(sheet, b);
        case 'numberFormat':
          return readFormats(sheet, b);
        case 'address':
          return `${quoteSheet(sheet.name)}!${cellAddress(b.top, b.left)}:${cellAddress(b.bottom, b.right)}`;
        case 'rowIndex':
          return b.top - 1;
        case 'columnIndex':
          return b.left - 1;
        case 'rowCount':
          return b.bottom - b.top + 1;
        case 'columnCount':
          return b.right - b.left + 1;
        default:
          return fail('InvalidArgument', `The simulation cannot load Range.${path}.`);
      }
    });
    return this;
  }

  clear(): void {
    this.context.enqueue(8, () => {
      const target = this.sheet.writable();
      const b = this.existingBounds();
      for (const key of [...target.cells.keys()]) {
        const [row = 0, column = 0] = key.split(',').map(Number);
        if (row >= b.top && row <= b.bottom && column >= b.left && column <= b.right)
          target.cells.delete(key);
      }
      // clear() takes the hyperlinks with the values and formats, as Excel's does.
      for (const key of [...(target.hyperlinks?.keys() ?? [])]) {
        const [row = 0, column = 0] = key.split(',').map(Number);
        if (row >= b.top && row <= b.bottom && column >= b.left && column <= b.right)
          target.hyperlinks?.delete(key);
      }
    });
  }

  /**
   * A cell hyperlink to a place in the workbook. As in Excel, a reference to a sheet the workbook
   * does not have (yet) is refused when the batch runs, and the text to display becomes the value.
   */
  set hyperlink(link: { documentReference?: string; textToDisplay?: string; address?: string }) {
    this.context.enqueue(JSON.stringify(link).length, () => {
      const target = this.sheet.writable();
      const b = this.existingBounds();
      const reference = link.documentReference;
      if (reference === undefined)
        fail('InvalidArgument', 'The simulation only knows hyperlinks into the workbook.');
      const sheet = /^(?:'((?:[^']|'')+)'|([^'!]+))!\$?[A-Z]{1,3}\$?\d+$/.exec(reference ?? '');
      const name = sheet?.[1]?.replace(/''/g, "'") ?? sheet?.[2];
      const workbook = this.context.host.workbook;
      if (
        name === undefined ||
        !workbook.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())
      )
        fail(
          'InvalidArgument',
          `The reference '${reference ?? ''}' is not a place in the workbook.`,
        );
      target.hyperlinks ??= new Map();
      for (let row = b.top; row <= b.bottom; row++)
        for (let column = b.left; column <= b.right; column++) {
          target.hyperlinks.set(cellKey(row, column), reference ?? '');
          if (link.textToDisplay !== undefined) {
            const cell = target.cells.get(cellKey(row, column));
            target.cells.set(cellKey(row, column), {
              numberFormat: cell?.numberFormat ?? 'General',
              value: link.textToDisplay,
            });
          }
        }
    });
  }

  select(): void {
    this.context.enqueue(8, () => {
      const sheet = this.sheet.existing();
      const b = this.existingBounds();
      const workbook = this.context.host.workbook;
      workbook.activeSheet = sheet.name;
      const single = b.top === b.bottom && b.left === b.right;
      workbook.selection = `${sheet.name}!${cellAddress(b.top, b.left)}${single ? '' : `:${cellAddress(b.bottom, b.right)}`}`;
    });
  }

  /** Applies a 2-D array (or one value for every cell) to the range, which it must fit exactly. */
  private forEachCell<T>(
    b: Bounds,
    grid: readonly (readonly T[])[] | T,
    what: string,
    apply: (row: number, column: number, value: T) => void,
  ): void {
    const rows = b.bottom - b.top + 1;
    const columns = b.right - b.left + 1;
    if (!Array.isArray(grid)) {
      for (let r = 0; r < rows; r++)
        for (let c = 0; c < columns; c++) apply(b.top + r, b.left + c, grid as T);
      return;
    }
    const matrix = grid as readonly (readonly T[])[];
    if (matrix.length !== rows || matrix.some((row) => row.length !== columns)) {
      fail(
        'InvalidArgument',
        `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${what}).`,
      );
    }
    matrix.forEach((row, r) => {
      row.forEach((value, c) => {
        apply(b.top + r, b.left + c, value);
      });
    });
  }
}

/** Excel's JavaScript API: empty cells are '', errors are their text, the rest as stored. */
function readValues(sheet: SimSheet, b: Bounds): SimCellValue[][] {
  const rows: SimCellValue[][] = [];
  for (let row = b.top; row <= b.bottom; row++) {
    const cells: SimCellValue[] = [];
    for (let column = b.left; column <= b.right; column++)
      cells.push(sheet.cells.get(cellKey(row, column))?.value ?? '');
    rows.push(cells);
  }
  return rows;
}

/** Each cell's number format; a cell never formatted is `General`, as in Excel. */
function readFormats(sheet: SimSheet, b: Bounds): string[][] {
  const rows: string[][] = [];
  for (let row = b.top; row <= b.bottom; row++) {
    const cells: string[] = [];
    for (let column = b.left; column <= b.right; column++)
      cells.push(sheet.cells.get(cellKey(row, column))?.numberFormat ?? 'General');
    rows.push(cells);
  }
  return rows;
}

/**
 * A value written through `Range.values`, as Excel takes it unless the cell's format is text (`@`):
 * text beginning with `=` (or `@`, or `+`/`-` followed by more than a number) becomes a formula,
 * text that reads as a number (`-1`, `+5`, `1e3`, ` 12 `) becomes that number, and `TRUE` or
 * `FALSE` a boolean. The simulation cannot calculate: a formula's cell keeps its text as its value
 * and the formula in `formula`, so tests can see an injection.
 */
export function setValue(
  sheet: SimSheet,
  row: number,
  column: number,
  value: SimCellValue | null,
): void {
  if (value === null) return;
  const key = cellKey(row, column);
  const format = sheet.cells.get(key)?.numberFormat ?? 'General';
  if (value === '') {
    if (format === 'General') sheet.cells.delete(key);
    else sheet.cells.set(key, { value: '', numberFormat: format });
    return;
  }
  const cell: SimCell = { value, numberFormat: format };
  // A value leaves the cell's alignment as it was, as in Excel.
  const alignment = sheet.cells.get(key)?.horizontalAlignment;
  if (alignment !== undefined) cell.horizontalAlignment = alignment;
  if (typeof value === 'string' && format !== '@') {
    const taken = asExcelTakesText(value);
    if (taken.kind === 'formula') cell.formula = value;
    else cell.value = taken.value;
  }
  sheet.cells.set(key, cell);
}

/** Text Excel reads as a number whatever the locale: a sign, digits, a decimal point, an exponent. */
const NUMBER = /^ *[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)? *$/;

/** What Excel makes of text written into a cell not formatted as text. */
export function asExcelTakesText(
  text: string,
): { readonly kind: 'formula' } | { readonly kind: 'value'; readonly value: SimCellValue } {
  if (NUMBER.test(text)) return { kind: 'value', value: Number(text.trim()) };
  if (/^(TRUE|FALSE)$/i.test(text.trim()))
    return { kind: 'value', value: text.trim().toUpperCase() === 'TRUE' };
  if (/^[=+\-@]/.test(text) && text.length > 1) return { kind: 'formula' };
  return { kind: 'value', value: text };
}

/** Bounds of the cells holding values (or, unless valuesOnly, any cell with a format). */
export function usedBounds(sheet: SimSheet, valuesOnly: boolean): Bounds | null {
  let bounds: Bounds | null = null;
  for (const [key, cell] of sheet.cells) {
    if (valuesOnly && cell.value === '') continue;
    const comma = key.indexOf(',');
    const row = Number(key.slice(0, comma));
    const column = Number(key.slice(comma + 1));
    bounds =
      bounds === null
        ? { top: row, left: column, bottom: row, right: column }
        : {
            top: Math.min(bounds.top, row),
            left: Math.min(bounds.left, column),
            bottom: Math.max(bounds.bottom, row),
            right: Math.max(bounds.right, column),
          };
  }
  return bounds;
}

function quoteSheet(name: string): string {
  return /^[A-Za-z0-9_]+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
