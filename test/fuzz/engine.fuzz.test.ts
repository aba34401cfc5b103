/**
 * The engine on random grids: never a throw, every warning at a cell it read, a JSON result that
 * survives JSON with finite numbers only.
 */
import fc from 'fast-check';
import type { Language } from '../../src/engine';
import { recalculate, toJson } from '../../src/engine';
import { anyWorkbook, completeWorkbook } from './arbitraries';
import { fuzzParameters, fuzzTimeout } from './runs';
import { areasOfGrids, gridsOf, jsonProblems, misplacedWarnings } from './workbooks';

const language = fc.constantFrom<Language>('sv', 'en');
// Grids can hold anything a door could hand over: duplicate sheet names by case, duplicate tables.
const shape = { caseDuplicateSheets: true, tables: 'duplicates' } as const;

describe('the engine on random workbooks', () => {
  it.each([
    ['any workbook', anyWorkbook(shape)],
    ['a workbook with the required tables', completeWorkbook(shape)],
  ])(
    '%s: a result, every warning at a cell it read, valid JSON with finite numbers',
    (_name, workbooks) => {
      fc.assert(
        fc.property(workbooks, language, (workbook, lang) => {
          const grids = gridsOf(workbook);
          const result = recalculate(grids);
          expect(misplacedWarnings(result.warnings, areasOfGrids(grids))).toEqual([]);
          const json = toJson(result, lang);
          expect(jsonProblems(json)).toEqual([]);
          expect(JSON.parse(JSON.stringify(json))).toEqual(json);
        }),
        fuzzParameters(150),
      );
    },
    fuzzTimeout(30_000),
  );
});
