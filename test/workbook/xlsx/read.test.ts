/**
 * Reading real .xlsx files from Excel-like writers (ExcelJS), LibreOffice and openpyxl: values as
 * Excel shows them, tables where they stand, and one clear error for what is no workbook.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { WorkbookError } from '../../../src/workbook/errors';
import { readXlsx } from '../../../src/workbook/xlsx/read';
import { fixture } from './helpers';

async function sheetOf(file: string, name: string) {
  const snapshot = await readXlsx(fixture(file));
  const sheet = snapshot.sheets.find((s) => s.name === name);
  if (sheet === undefined) throw new Error(`no sheet ${name} in ${file}`);
  return {
    snapshot,
    sheet,
    cell: (row: number, column: number) => sheet.rows[row - sheet.top]?.[column - sheet.left],
  };
}

describe('reading an .xlsx file', () => {
  it.each([
    ['examples/arlig-analys-2025.xlsx', 'ExcelJS'],
    ['arlig-analys-2025.libreoffice.xlsx', 'LibreOffice'],
  ])('finds the Excel tables of %s (written by %s) with their ranges', async (file) => {
    const snapshot = await readXlsx(fixture(file));
    expect(snapshot.tables.map((t) => [t.name, t.sheet, t.top, t.left, t.rows.length])).toEqual([
      ['Tjanster', 'Tjänster', 3, 1, 25],
      ['Utvecklingsinsatser', 'Utveckling', 2, 1, 17],
      ['Forandringsinsatser', 'Förändringsinsatser', 2, 1, 22],
      ['Scenarier', 'Scenarier', 2, 1, 10],
      ['Scenarioinsatser', 'Scenarier', 14, 1, 22],
      ['Drivare', 'Drivare', 1, 1, 5],
    ]);
    expect(snapshot.sheets.find((s) => s.name === 'Scenarier')?.tableNames).toEqual([
      'Scenarier',
      'Scenarioinsatser',
    ]);
  });

  it('reads a table whose part leaves out headerRowCount, as Excel does (the default is one header row)', async () => {
    const zip = await JSZip.loadAsync(fixture('examples/arlig-analys-2025.xlsx'));
    const tablePart =
      Object.keys(zip.files).find((n) => /^xl\/tables\/table\d+\.xml$/.test(n)) ?? '';
    const xml = (await zip.file(tablePart)?.async('string')) ?? '';
    expect(xml).toContain('headerRowCount="1"');
    zip.file(tablePart, xml.replace(' headerRowCount="1"', ''));
    const snapshot = await readXlsx(await zip.generateAsync({ type: 'uint8array' }));
    expect(snapshot.tables.map((t) => t.name)).toContain('Tjanster');
  });

  it('reads a file with tables written by openpyxl, whose absolute relationship targets crash ExcelJS alone', async () => {
    const snapshot = await readXlsx(fixture('openpyxl-tables.xlsx'));
    expect(snapshot.tables.map((t) => t.name)).toEqual([
      'Services',
      'Initiatives',
      'Scenarios',
      'DriverTotals',
    ]);
    expect(snapshot.tables[0]?.rows[0]).toEqual([
      'Service',
      'Budget 2025',
      'Proposed 2026',
      'Drivers',
    ]);
  });

  it('needs its package fix-up for that file: ExcelJS alone fails on it', async () => {
    const workbook = new ExcelJS.Workbook();
    await expect(
      workbook.xlsx.load(fixture('openpyxl-tables.xlsx') as unknown as ArrayBuffer),
    ).rejects.toThrow(TypeError);
  });

  it('reads a workbook with a chart, comments, formats, names and a hidden sheet written by openpyxl', async () => {
    const snapshot = await readXlsx(fixture('kitchen-sink.xlsx'));
    expect(snapshot.sheets.map((s) => [s.name, s.visible])).toEqual([
      ['Analysis', true],
      ['Chart data', true],
      ['Notes', true],
      ['Hidden', false],
    ]);
  });

  it('keeps numbers typed as text as text, for the engine to read', async () => {
    const { cell } = await sheetOf('examples/arlig-analys-2025.xlsx', 'Scenarier');
    expect(cell(3, 4)).toBe('1 088 976');
    expect(cell(4, 4)).toBe('Ej känt');
  });

  it('gives a formula’s computed value, never its text', async () => {
    const { cell } = await sheetOf('formulas-and-errors.xlsx', 'Scenarios');
    expect(cell(8, 4)).toBe(1088976); // =B3+B4, computed by LibreOffice
    expect(cell(8, 6)).toBe(1090076);
  });

  it('gives a formula that was never computed as uncalculated, with its text for the message', async () => {
    const { cell } = await sheetOf('kitchen-sink.xlsx', 'Analysis');
    expect(cell(6, 3)).toEqual({ kind: 'uncalculated', formula: 'B6+300' });
  });

  it('gives error values as errors', async () => {
    const { cell } = await sheetOf('formulas-and-errors.xlsx', 'Scenarios');
    expect(cell(9, 4)).toEqual({ kind: 'excel-error', code: '#DIV/0!' });
    expect(cell(10, 4)).toEqual({ kind: 'excel-error', code: '#REF!' });
  });

  it('reads a merged range once, at its top-left cell', async () => {
    const { cell } = await sheetOf('kitchen-sink.xlsx', 'Analysis');
    expect(cell(1, 1)).toBe('Annual analysis 2026 (kitchen sink)');
    expect([cell(1, 2), cell(1, 3), cell(1, 4)]).toEqual([null, null, null]);
  });

  it('gives dates as dates', async () => {
    const { sheet } = await sheetOf('kitchen-sink.xlsx', 'Notes');
    expect(sheet.rows.flat().some((value) => value instanceof Date)).toBe(true);
  });

  it.each(['not-xlsx.xlsx', 'truncated.xlsx'])(
    'refuses %s as no workbook, with a typed error',
    async (file) => {
      const error: unknown = await readXlsx(fixture(file)).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(WorkbookError);
      expect((error as WorkbookError).problem.kind).toMatch(/^(not-a-workbook|unreadable)$/);
    },
  );
});

describe('a zip that is no workbook', () => {
  it('refuses a Word document renamed .xlsx as no workbook', async () => {
    const zip = new JSZip();
    zip.file(
      '[Content_Types].xml',
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    );
    zip.file(
      'word/document.xml',
      '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>',
    );
    const error: unknown = await readXlsx(await zip.generateAsync({ type: 'uint8array' })).catch(
      (e: unknown) => e,
    );
    expect((error as WorkbookError).problem).toEqual({ kind: 'not-a-workbook' });
  });
});
