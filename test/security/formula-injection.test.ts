/**
 * No text that reaches a result sheet can become a formula, through either door. Every path text
 * takes there is fed hostile text (test/security/hostile.ts): scenario, initiative and service
 * names, driver tags and statuses quoted in warnings, suggestions, a formula's own text, sheet
 * names in the Sheet column, the unit in every title. Cell addresses, the stamp, table names and
 * headers are the product's own text; they are checked with the rest, cell by cell.
 *
 * - The .xlsx door writes text as inline strings: the result sheets' XML holds no `<f>` and no
 *   formula-string cell, and ExcelJS reads back no formula and every text literally.
 * - The Office.js door gives every text cell the text format `@` before its value: on the simulated
 *   host (where text written without it becomes a formula, a number or a boolean, as in Excel) no
 *   result-sheet cell holds a formula, every text cell has the format `@`, and every cell is what
 *   the pipeline meant (the hostile names `-1`, `1e3`, `TRUE` still text).
 * - LibreOffice, converting the .xlsx door's output to CSV, shows the hostile text literally
 *   (skipped, with a sentence, where LibreOffice is not installed; failed where CI is set).
 *
 * The product writes no formulas of its own: PRODUCT_FORMULAS is empty, and any formula found on a
 * result sheet fails the test. A product formula added one day goes there, as a pattern.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { convertWith, describeWithLibreOffice } from '../support/libreoffice';
import type { Language } from '../../src/engine';
import { cellAddress, quote } from '../../src/engine';
import type { RunOptions, RunOutcome } from '../../src/pipeline/pipeline';
import { DEFAULT_REPORT_SHEET } from '../../src/pipeline/report';
import type { ResultSheet } from '../../src/workbook/port';
import { DEFAULT_SETTINGS } from '../../src/workbook/settings';
import { simulatedWorkbookFrom } from '../../src/workbook/simulated-excel';
import type { SimWorkbook } from '../../src/workbook/simulated-excel';
import {
  parseRelationships,
  relsOf,
  resolveTarget,
  unescapeXml,
} from '../../src/workbook/xlsx/package-paths';
import { readXlsx } from '../../src/workbook/xlsx/read';
import { hostAndPort, pipeline } from '../workbook/excel/simulated';
import { recalculateBytes } from '../workbook/xlsx/helpers';
import {
  HOSTILE_FORMULA,
  HOSTILE_SHEETS,
  HOSTILE_TEXTS,
  HOSTILE_UNIT,
  hostileWorkbook,
} from './hostile';

/** Formulas the product itself writes on a result sheet: none today. */
const PRODUCT_FORMULAS: readonly RegExp[] = [];
/** The three data sheets and the report, whose default name is the run's language's. */
const resultSheetsOf = (language: Language): readonly string[] => [
  ...Object.values(DEFAULT_SETTINGS.resultSheets),
  DEFAULT_REPORT_SHEET[language],
];
const LANGUAGES: readonly Language[] = ['sv', 'en'];
/** What a spreadsheet may take for the start of a formula, full-width equals sign included. */
const FORMULA_START = /^[=+\-@\uFF1D]/;

const options = (language: Language): RunOptions => ({
  language,
  settings: { unknownUnit: HOSTILE_UNIT },
});

/** Every non-empty cell of a result sheet as the pipeline means it, by address. */
function intendedCells(sheet: ResultSheet): Map<string, string | number> {
  const cells = new Map<string, string | number>([
    [cellAddress(sheet.stampRow ?? 1, 1), sheet.stamp],
  ]);
  for (const cell of sheet.cells ?? []) cells.set(cellAddress(cell.row, cell.column), cell.value);
  for (const table of sheet.tables) {
    cells.set(cellAddress(table.top, table.left), table.title);
    table.columns.forEach((column, c) => {
      cells.set(cellAddress(table.top + 1, table.left + c), column.header);
    });
    table.rows.forEach((row, r) => {
      row.forEach((value, c) => {
        if (value !== null && value !== '')
          cells.set(cellAddress(table.top + 2 + r, table.left + c), value);
      });
    });
  }
  return cells;
}

function writtenSheets(outcome: RunOutcome): readonly ResultSheet[] {
  if (outcome.kind !== 'written') throw new Error(`the run was ${outcome.kind}, not written`);
  return outcome.sheets;
}

/** Each hostile text as the engine keeps a name: trimmed (so ` =1` arrives as `=1`). */
const hostileNames = HOSTILE_TEXTS.map((text) => text.trim());

/**
 * What the data must put on the result sheets for the test to mean anything: every hostile text
 * whole (the scenario names), the uncalculated formula's text, and hostile sheet names.
 */
function expectHostileTextPresent(texts: readonly string[], language: Language): void {
  for (const name of hostileNames)
    expect({ name, present: texts.includes(name) }).toEqual({ name, present: true });
  expect(texts.some((text) => text.includes(`=${HOSTILE_FORMULA}`))).toBe(true);
  for (const sheet of [HOSTILE_SHEETS.services, HOSTILE_SHEETS.initiatives, HOSTILE_SHEETS.members])
    expect(texts).toContain(sheet);
  expect(texts.some((text) => text.includes(quote(HOSTILE_UNIT, language)))).toBe(true);
  // The product's own sentences may begin like a formula too: in English a negative amount leads.
  if (language === 'en')
    expect(texts.some((text) => /^-2,000 of the change for/.test(text))).toBe(true);
  expect(texts.filter((text) => FORMULA_START.test(text)).length).toBeGreaterThan(20);
}

let hostile: Uint8Array;
beforeAll(async () => {
  hostile = await hostileWorkbook();
});

describe.each(LANGUAGES)('the .xlsx door (%s)', (language) => {
  let outcome: RunOutcome;
  let written: Uint8Array;
  let parts: ReadonlyMap<string, string>;

  beforeAll(async () => {
    const run = await recalculateBytes(hostile, options(language));
    if (run.written === null) throw new Error('nothing written');
    outcome = run.outcome;
    written = run.written;
    parts = await resultSheetParts(written, language);
  });

  it('writes every text of a result sheet as an inline string, never a formula', () => {
    expect([...parts.keys()].sort()).toEqual([...resultSheetsOf(language)].sort());
    for (const [name, xml] of parts) {
      // No formula element, no formula-string cell (t="str"), no shared formula.
      expect({ name, formulas: xml.match(/<(?:\w+:)?f[\s>/]/g) ?? [] }).toEqual({
        name,
        formulas: [],
      });
      const types = new Set([...xml.matchAll(/<c\b[^>]*\bt="([^"]*)"/g)].map((m) => m[1]));
      expect({ name, types: [...types] }).toEqual({ name, types: ['inlineStr'] });
    }
  });

  it('reads back with ExcelJS without a formula, every cell as the pipeline meant it', async () => {
    const workbook = new ExcelJS.Workbook();
    // ExcelJS's typings want a Buffer or an ArrayBuffer; it reads a Uint8Array alike (src/workbook/xlsx/read.ts).
    await workbook.xlsx.load(written as unknown as ArrayBuffer);
    const texts: string[] = [];
    for (const sheet of writtenSheets(outcome)) {
      const worksheet = workbook.getWorksheet(sheet.name);
      if (worksheet === undefined) throw new Error(`no sheet ${sheet.name}`);
      const formulas: string[] = [];
      const found = new Map<string, string | number>();
      worksheet.eachRow((row) => {
        row.eachCell((cell) => {
          // A shared formula's cells read as formulas too; anything else not text or a number is
          // reported below as unexpected.
          if (cell.type === ExcelJS.ValueType.Formula)
            formulas.push(`${cell.address}: ${cell.formula}`);
          else if (typeof cell.value === 'string' || typeof cell.value === 'number')
            found.set(cell.address, cell.value);
          else found.set(cell.address, `unexpected ${JSON.stringify(cell.value)}`);
        });
      });
      expect(formulas.filter((f) => !PRODUCT_FORMULAS.some((p) => p.test(f)))).toEqual([]);
      expect(found).toEqual(intendedCells(sheet));
      for (const value of found.values()) if (typeof value === 'string') texts.push(value);
    }
    expectHostileTextPresent(texts, language);
  });

  it('leaves no formula in the result sheets’ tables either', async () => {
    const zip = await JSZip.loadAsync(written);
    const tables = Object.keys(zip.files).filter((n) => /^xl\/tables\/[^/]+\.xml$/.test(n));
    expect(tables.length).toBeGreaterThan(0);
    for (const name of tables) {
      const xml = (await zip.file(name)?.async('string')) ?? '';
      expect({ name, formulas: /Formula\b/.test(xml) }).toEqual({ name, formulas: false });
    }
  });
});

describe.each(LANGUAGES)('the Office.js door on the simulated host (%s)', (language) => {
  let workbook: SimWorkbook;
  let sheets: readonly ResultSheet[];

  beforeAll(async () => {
    workbook = simulatedWorkbookFrom(await readXlsx(hostile));
    const { port } = hostAndPort(workbook);
    sheets = writtenSheets(await pipeline.run(port, options(language)));
  });

  it('writes every text cell with the text format first, so none becomes a formula', () => {
    const texts: string[] = [];
    for (const sheet of sheets) {
      const simSheet = workbook.sheets.find((s) => s.name === sheet.name);
      if (simSheet === undefined) throw new Error(`no sheet ${sheet.name}`);
      const formulas: string[] = [];
      const unformatted: string[] = [];
      const found = new Map<string, string | number>();
      for (const [key, cell] of simSheet.cells) {
        const [row = 0, column = 0] = key.split(',').map(Number);
        const address = cellAddress(row, column);
        if (cell.formula !== undefined) formulas.push(`${address}: ${cell.formula}`);
        if (typeof cell.value === 'string' && cell.value !== '') {
          if (cell.numberFormat !== '@') unformatted.push(`${address} (${cell.numberFormat})`);
          texts.push(cell.value);
        }
        if (cell.value !== '' && typeof cell.value !== 'boolean') found.set(address, cell.value);
      }
      expect({ sheet: sheet.name, formulas }).toEqual({ sheet: sheet.name, formulas: [] });
      expect({ sheet: sheet.name, unformatted }).toEqual({ sheet: sheet.name, unformatted: [] });
      expect(found).toEqual(intendedCells(sheet));
    }
    expectHostileTextPresent(texts, language);
  });
});

describe('the simulated host', () => {
  // What makes the Office.js door's test mean something: without the text format, it would fail.
  it('turns text written without the text format into a formula, as Excel does', async () => {
    const workbook = simulatedWorkbookFrom(await readXlsx(hostile));
    const { host } = hostAndPort(workbook);
    await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem(HOSTILE_SHEETS.services).getRange('F1:F2');
      range.values = [['=1+1'], ['@SUM(A1)']];
      await context.sync();
    });
    const services = workbook.sheets.find((s) => s.name === HOSTILE_SHEETS.services);
    expect([services?.cells.get('1,6')?.formula, services?.cells.get('2,6')?.formula]).toEqual([
      '=1+1',
      '@SUM(A1)',
    ]);
  });
});

describe('an alias written into the services table from a suggestion', () => {
  it('is written as text, never as a formula', async () => {
    const workbook = simulatedWorkbookFrom(await readXlsx(hostile));
    const { port } = hostAndPort(workbook);
    const at = { sheet: HOSTILE_SHEETS.services, cell: 'E2' };
    for (const alias of hostileNames) {
      await port.writeAliases?.(at, alias);
      const cell = workbook.sheets.find((s) => s.name === at.sheet)?.cells.get('2,5');
      expect(cell).toEqual({ value: alias, numberFormat: '@' });
    }
  });
});

describeWithLibreOffice('LibreOffice', (soffice) => {
  it('shows the hostile text literally when it converts the .xlsx door’s output to CSV', async () => {
    const { written } = await recalculateBytes(hostile, options('sv'));
    if (written === null) throw new Error('nothing written');
    const csv = csvOfEverySheet(soffice, written);
    const fields = new Set(
      resultSheetsOf('sv').flatMap((sheet) => {
        const text = csv.get(sheet);
        if (text === undefined) throw new Error(`LibreOffice wrote no CSV for ${sheet}`);
        return parseCsv(text).flat();
      }),
    );
    for (const name of hostileNames)
      expect({ name, literal: fields.has(name) }).toEqual({ name, literal: true });
    expect([...fields].some((f) => f.startsWith(`Formeln =${HOSTILE_FORMULA} `))).toBe(true);
  }, 180_000);
});

/** The parts of the four result sheets, as XML text, by sheet name. */
async function resultSheetParts(
  bytes: Uint8Array,
  language: Language,
): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const text = async (path: string): Promise<string> =>
    (await zip.file(path)?.async('string')) ?? '';
  const rels = parseRelationships(await text(relsOf('xl/workbook.xml')));
  const result = new Map<string, string>();
  for (const match of (await text('xl/workbook.xml')).matchAll(/<sheet\b([^>]*)\/>/g)) {
    const attributes = match[1] ?? '';
    const name = unescapeXml(/\bname="([^"]*)"/.exec(attributes)?.[1] ?? '');
    const id = /\br:id="([^"]*)"/.exec(attributes)?.[1];
    const rel = rels.find((r) => r.id === id);
    if (resultSheetsOf(language).includes(name) && rel !== undefined)
      result.set(name, await text(resolveTarget('xl/workbook.xml', rel.target)));
  }
  return result;
}

/**
 * Every sheet of a workbook as CSV, by sheet name. The filter's 12th option, -1, writes each sheet
 * to its own file, `<name>-<sheet>.csv` (UTF-8).
 */
function csvOfEverySheet(soffice: string, bytes: Uint8Array): Map<string, string> {
  const files = convertWith(
    soffice,
    bytes,
    'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1',
  );
  const result = new Map<string, string>();
  for (const [file, content] of files) {
    const sheet = /^written-(.*)\.csv$/.exec(file)?.[1];
    if (sheet !== undefined) result.set(sheet, new TextDecoder().decode(content));
  }
  return result;
}

/** RFC 4180 CSV: fields in double quotes may hold commas, quotes (doubled) and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i] ?? '';
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}
