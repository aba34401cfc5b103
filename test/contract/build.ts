/**
 * Builders for the catalogue of bad inputs: one small, clean analysis that each case spoils in one
 * place, the findings a user would see, and real .xlsx bytes for the cases that live in a file.
 */
import ExcelJS from 'exceljs';
import type {
  EngineOptions,
  EngineResult,
  Grid,
  Language,
  RawCell,
  WarningCode,
} from '../../src/engine';
import { messageFor, parseAddress, recalculate, toJson } from '../../src/engine';

/** Rows of cells, header row first; tests change them in place before running. */
export type Rows = RawCell[][];

/** The four input sheets of a small analysis, by sheet name. */
export type Analysis = Record<'Tjänster' | 'Insatser' | 'Scenarier' | 'Scenarioinsatser', Rows>;

/**
 * Writes one cell of some rows by its A1 address, growing them as needed.
 * @example put(input.Insatser, 'C2', '1 088 976')
 */
export function put(rows: Rows, address: string, value: RawCell): void {
  const at = parseAddress(address);
  if (at === null) throw new Error(`not an address: ${address}`);
  while (rows.length < at.row) rows.push([]);
  const row = rows[at.row - 1] ?? [];
  row[at.column - 1] = value;
}

/**
 * A clean analysis: two services, an ongoing and a proposed initiative, one scenario over two years
 * holding both. It gives no finding but the two optional tables it leaves out.
 */
export function analysis(): Analysis {
  return {
    Tjänster: [
      ['Tjänst', 'Alias', 'Budget 2024', 'Föreslagen budget 2025', 'Drivare'],
      ['IT-arbetsplats', null, 1000, 1200, 'Volymer'],
      ['Nätverk', null, 500, 600, 'Ny leverans'],
    ],
    Insatser: [
      ['Förändringsinsats', 'Status', 'Kostnad 2025', 'Kostnad 2026', 'Nettonytta'],
      ['Ny e-tjänst', 'Ny', 2000, 1000, 5000],
      ['Upphandling ekonomi', 'Pågående', 1500, 500, 3000],
    ],
    Scenarier: [
      ['Scenario', 'År', 'Bas', 'Påverkan'],
      [1, 2025, 100000, 100],
      [1, 2026, 101000, 200],
    ],
    Scenarioinsatser: [
      ['Scenario', 'Förändringsinsats'],
      [1, 'Ny e-tjänst'],
      [1, 'Upphandling ekonomi'],
    ],
  };
}

/** Each sheet's used range from A1, as an adapter hands it to the engine. */
export function gridsOf(sheets: Readonly<Record<string, Rows>>): Grid[] {
  return Object.entries(sheets).map(([sheet, rows]) => ({
    sheet,
    top: 1,
    left: 1,
    rows,
    source: { kind: 'sheet' },
  }));
}

/** The engine's result for some sheets. */
export function recalculated(
  sheets: Readonly<Record<string, Rows>>,
  options: EngineOptions = {},
): EngineResult {
  return recalculate(gridsOf(sheets), options);
}

/** What a user is told about one cell (or, for a missing table, about the workbook). */
export interface Finding {
  readonly code: WarningCode;
  /** `Sheet!A1`, or null for a finding without a cell. */
  readonly at: string | null;
  readonly message: string;
}

/** Every finding of a run in the user's language, leaving out the clean analysis's two infos. */
export function findings(result: EngineResult, language: Language = 'en'): Finding[] {
  return result.warnings
    .filter(
      (w) =>
        !(w.code === 'MISSING_TABLE' && (w.table === 'transfers' || w.table === 'driverTotals')),
    )
    .map((w) => ({
      code: w.code,
      at: w.at === null ? null : `${w.at.sheet}!${w.at.cell}`,
      message: messageFor(w, language, result.unit),
    }));
}

/** Scenario 1's figures for a year, as plain numbers (null when unknown). */
export function scenarioYear(result: EngineResult, year: number) {
  const found = toJson(result, 'en').scenarios[0]?.years.find((y) => y.year === year);
  if (found === undefined) throw new Error(`no scenario year ${year}`);
  return {
    base: found.base,
    ongoing: found.ongoing,
    proposed: found.proposed,
    impact: found.impact,
    overBase: found.overBase,
    total: found.total,
  };
}

/** A cell's value as ExcelJS writes it. */
function excelValue(cell: RawCell): ExcelJS.CellValue {
  if (cell === null || cell === undefined) return null;
  if (typeof cell === 'object' && !(cell instanceof Date))
    return cell.kind === 'excel-error'
      ? { error: cell.code as ExcelJS.CellErrorValue['error'] }
      : { formula: cell.formula, date1904: false };
  return cell;
}

/**
 * Real .xlsx bytes holding the sheets (values from A1), after `tweak` has had the workbook.
 * @example await xlsxOf(analysis(), (wb) => wb.getWorksheet('Insatser')?.mergeCells('A1:E1'))
 */
export async function xlsxOf(
  sheets: Readonly<Record<string, Rows>>,
  tweak?: (workbook: ExcelJS.Workbook) => void,
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const worksheet = workbook.addWorksheet(name);
    rows.forEach((cells, r) => {
      cells.forEach((cell, c) => {
        const value = excelValue(cell);
        if (value !== null) worksheet.getCell(r + 1, c + 1).value = value;
      });
    });
  }
  tweak?.(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
