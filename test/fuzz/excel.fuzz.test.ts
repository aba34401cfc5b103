/**
 * The Office.js adapter on the simulated Excel host, holding random workbooks: a result or a typed
 * error, every warning at a cell the adapter read, valid JSON, and no formula on a result sheet,
 * every text there formatted as text.
 */
import fc from 'fast-check';
import type { Language } from '../../src/engine';
import { WorkbookError } from '../../src/workbook/errors';
import { cloneWorkbook } from '../../src/workbook/simulated-excel';
import { hostAndPort, pipeline } from '../workbook/excel/simulated';
import { anyWorkbook, completeWorkbook } from './arbitraries';
import { fuzzParameters, fuzzTimeout } from './runs';
import { areasOfSheets, jsonProblems, misplacedWarnings, simulatedOf } from './workbooks';

const language = fc.constantFrom<Language>('sv', 'en');
// Excel itself allows neither sheet names differing only by case nor two tables of one name.
const shape = { caseDuplicateSheets: false, tables: 'unique' } as const;

describe('the Office.js adapter on random workbooks', () => {
  it.each([
    ['any workbook', anyWorkbook(shape)],
    ['a workbook with the required tables', completeWorkbook(shape)],
  ])(
    '%s: a result or a typed error, warnings at read cells, no formula written',
    async (_name, workbooks) => {
      await fc.assert(
        fc.asyncProperty(workbooks, language, async (fuzz, lang) => {
          const workbook = simulatedOf(fuzz);
          const read = await hostAndPort(cloneWorkbook(workbook)).port.read();
          const { host, port } = hostAndPort(workbook);
          let outcome;
          try {
            outcome = await pipeline.run(port, { language: lang });
          } catch (error) {
            expect(error).toBeInstanceOf(WorkbookError);
            return;
          }
          if (outcome.kind === 'foreign-sheet') return;
          expect(misplacedWarnings(outcome.result.warnings, areasOfSheets(read.sheets))).toEqual(
            [],
          );
          expect(jsonProblems(outcome.json)).toEqual([]);
          expect(JSON.parse(JSON.stringify(outcome.json))).toEqual(outcome.json);
          if (outcome.kind !== 'written') return;
          for (const sheet of outcome.sheets) {
            const written = host.workbook.sheets.find((s) => s.name === sheet.name);
            expect(written).toBeDefined();
            const formulas = [...(written?.cells.values() ?? [])].filter(
              (cell) => cell.formula !== undefined,
            );
            expect(formulas).toEqual([]);
            // Every text formatted as text before its value: the host, as Excel, would take
            // `-1`, `1e3` or `TRUE` written into any other cell for a number or a boolean.
            const unformatted = [...(written?.cells.values() ?? [])].filter(
              (cell) =>
                typeof cell.value === 'string' && cell.value !== '' && cell.numberFormat !== '@',
            );
            expect(unformatted).toEqual([]);
          }
        }),
        fuzzParameters(60),
      );
    },
    fuzzTimeout(30_000),
  );
});
