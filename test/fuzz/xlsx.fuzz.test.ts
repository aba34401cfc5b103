/**
 * The .xlsx door on random workbooks written by ExcelJS: a result or a typed error, every warning
 * at a cell the reader read, valid JSON, and a written file ExcelJS opens again.
 */
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import type { Language } from '../../src/engine';
import type { RunOutcome } from '../../src/pipeline/pipeline';
import { createPipeline } from '../../src/pipeline/pipeline';
import { WorkbookError } from '../../src/workbook/errors';
import { xlsxPort } from '../../src/workbook/xlsx/file-port';
import { readXlsx } from '../../src/workbook/xlsx/read';
import { FIXED_NOW } from '../workbook/xlsx/helpers';
import { anyWorkbook, completeWorkbook } from './arbitraries';
import { fuzzParameters, fuzzTimeout } from './runs';
import { areasOfSheets, jsonProblems, misplacedWarnings, xlsxOf } from './workbooks';

const pipeline = createPipeline({ version: '0.1.0', now: () => FIXED_NOW });
const language = fc.constantFrom<Language>('sv', 'en');
// A file may hold what Excel forbids: sheet names differing only by case, duplicate table names.
const shape = { caseDuplicateSheets: true, tables: 'duplicates' } as const;

/** The pipeline's outcome and written bytes, or the typed error it ended with. */
async function run(
  bytes: Uint8Array,
  lang: Language,
): Promise<{ outcome: RunOutcome; written: Uint8Array | null } | WorkbookError> {
  let written: Uint8Array | null = null;
  try {
    const outcome = await pipeline.run(
      xlsxPort(bytes, (out) => {
        written = out;
        return Promise.resolve();
      }),
      { language: lang },
    );
    return { outcome, written };
  } catch (error) {
    if (error instanceof WorkbookError) return error;
    throw error;
  }
}

describe('the .xlsx door on random workbooks', () => {
  it.each([
    ['any workbook', anyWorkbook(shape), 40],
    ['a workbook with the required tables', completeWorkbook(shape), 30],
  ])(
    '%s: a result or a typed error, warnings at read cells, a file that opens',
    async (_name, workbooks, runs) => {
      await fc.assert(
        fc.asyncProperty(workbooks, language, async (workbook, lang) => {
          const bytes = await xlsxOf(workbook);
          const ran = await run(bytes, lang);
          if (ran instanceof WorkbookError) return;
          const { outcome, written } = ran;
          if (outcome.kind === 'foreign-sheet') return;
          const read = await readXlsx(bytes);
          expect(misplacedWarnings(outcome.result.warnings, areasOfSheets(read.sheets))).toEqual(
            [],
          );
          expect(jsonProblems(outcome.json)).toEqual([]);
          expect(JSON.parse(JSON.stringify(outcome.json))).toEqual(outcome.json);
          expect(written === null).toBe(outcome.kind !== 'written');
          if (outcome.kind !== 'written' || written === null) return;
          const reopened = new ExcelJS.Workbook();
          await reopened.xlsx.load(written as unknown as ArrayBuffer);
          const names = reopened.worksheets.map((ws) => ws.name);
          for (const sheet of outcome.sheets) expect(names).toContain(sheet.name);
          // And our own reader reads it back, the result sheets included.
          expect((await readXlsx(written)).sheets.length).toBe(names.length);
        }),
        fuzzParameters(runs),
      );
    },
    fuzzTimeout(40_000),
  );
});
