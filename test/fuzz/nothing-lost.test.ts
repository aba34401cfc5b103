/**
 * Nothing lost: after any run on a random workbook — written, blocked by missing tables, refused
 * for a foreign sheet or a protected result sheet, or cut off at any sync — every input sheet is
 * as it was, cell for cell: values, formulas and number formats. Through both doors: the .xlsx
 * package (each input sheet's XML part byte for byte, and what ExcelJS reads from it) and the
 * simulated Excel host (its cells before and after). A run cut off mid-write is repaired by the
 * next run: its result sheets are those of a run never interrupted.
 */
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import JSZip from 'jszip';
import type { Language } from '../../src/engine';
import type { RunOutcome } from '../../src/pipeline/pipeline';
import { WorkbookError } from '../../src/workbook/errors';
import type { SimWorkbook } from '../../src/workbook/simulated-excel';
import { cloneWorkbook, newSheet } from '../../src/workbook/simulated-excel';
import { DEFAULT_SETTINGS, RESULT_TABLE_PREFIX } from '../../src/workbook/settings';
import { parseRelationships, relsOf, resolveTarget } from '../../src/workbook/xlsx/package-paths';
import { hostAndPort, pipeline } from '../workbook/excel/simulated';
import { recalculateBytes } from '../workbook/xlsx/helpers';
import type { FuzzWorkbook } from './arbitraries';
import { anyWorkbook, completeWorkbook } from './arbitraries';
import { fuzzParameters, fuzzTimeout } from './runs';
import { simulatedOf, xlsxOf } from './workbooks';

const language = fc.constantFrom<Language>('sv', 'en');
const RESULT_NAMES = Object.values(DEFAULT_SETTINGS.resultSheets);

/** A foreign sheet bearing a result sheet's name: no run may write into it. */
function withForeignSheet(workbook: FuzzWorkbook): FuzzWorkbook {
  const mine = {
    name: 'Valideringar',
    cells: [
      { row: 1, column: 1, value: { kind: 'text', value: 'Mina anteckningar' }, numFmt: '@' },
    ],
    merges: [],
    tables: [],
  } as const;
  return { sheets: [...workbook.sheets, mine] };
}

// ---------------------------------------------------------------------------------------------
// The .xlsx door

/** Each sheet's XML part, by sheet name. */
async function sheetParts(bytes: Uint8Array): Promise<Map<string, Uint8Array>> {
  const zip = await JSZip.loadAsync(bytes);
  const text = async (path: string): Promise<string> =>
    (await zip.file(path)?.async('string')) ?? '';
  const rels = parseRelationships(await text(relsOf('xl/workbook.xml')));
  const parts = new Map<string, Uint8Array>();
  for (const match of (await text('xl/workbook.xml')).matchAll(/<sheet\b([^>]*?)\/?>/g)) {
    const attrs = match[1] ?? '';
    const name = /\bname="([^"]*)"/.exec(attrs)?.[1] ?? '';
    const rel = rels.find((r) => r.id === /\br:id="([^"]*)"/.exec(attrs)?.[1]);
    const part = rel === undefined ? null : resolveTarget('xl/workbook.xml', rel.target);
    const data = part === null ? undefined : await zip.file(part)?.async('uint8array');
    if (data !== undefined) parts.set(name, data);
  }
  return parts;
}

/** Every cell ExcelJS reads, by sheet: its value, formula and number format. */
async function excelJsCells(bytes: Uint8Array): Promise<Map<string, Record<string, string>>> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheets = new Map<string, Record<string, string>>();
  for (const ws of book.worksheets) {
    const cells: Record<string, string> = {};
    ws.eachRow({ includeEmpty: true }, (row) => {
      row.eachCell({ includeEmpty: true }, (cell) => {
        cells[cell.address] = JSON.stringify([cell.value, cell.formula, cell.numFmt]);
      });
    });
    sheets.set(ws.name, cells);
  }
  return sheets;
}

/** Input sheets of `before` whose part or cells differ in `after` (empty when nothing was lost). */
async function lostSheets(before: Uint8Array, after: Uint8Array): Promise<string[]> {
  const [partsBefore, partsAfter] = [await sheetParts(before), await sheetParts(after)];
  const [cellsBefore, cellsAfter] = [await excelJsCells(before), await excelJsCells(after)];
  const lost: string[] = [];
  for (const [name, part] of partsBefore) {
    if (RESULT_NAMES.includes(name) && !(await isForeign(before, name))) continue;
    const kept = partsAfter.get(name);
    if (kept === undefined || Buffer.compare(Buffer.from(kept), Buffer.from(part)) !== 0)
      lost.push(`${name}: part`);
  }
  for (const [name, cells] of cellsBefore) {
    if (RESULT_NAMES.includes(name) && !(await isForeign(before, name))) continue;
    if (JSON.stringify(cellsAfter.get(name)) !== JSON.stringify(cells)) lost.push(`${name}: cells`);
  }
  return lost;
}

/** True when a sheet with a result sheet's name holds none of the product's tables. */
async function isForeign(bytes: Uint8Array, name: string): Promise<boolean> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  const ws = book.getWorksheet(name);
  const tables = Object.keys((ws as unknown as { tables?: Record<string, unknown> }).tables ?? {});
  return !tables.some((table) => table.startsWith(RESULT_TABLE_PREFIX));
}

async function runBytes(
  bytes: Uint8Array,
  lang: Language,
): Promise<{ outcome: RunOutcome; written: Uint8Array | null } | WorkbookError> {
  try {
    return await recalculateBytes(bytes, { language: lang });
  } catch (error) {
    if (error instanceof WorkbookError) return error;
    throw error;
  }
}

const anyOrComplete = (shape: Parameters<typeof anyWorkbook>[0]): fc.Arbitrary<FuzzWorkbook> =>
  fc.oneof(anyWorkbook(shape), completeWorkbook(shape));

describe('nothing lost through the .xlsx door', () => {
  const shape = { caseDuplicateSheets: true, tables: 'duplicates' } as const;

  it(
    'keeps every input sheet part byte for byte and every cell’s value, formula and format, on a first run and a rerun',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          anyOrComplete(shape),
          fc.boolean(),
          language,
          async (fuzz, foreign, lang) => {
            const input = await xlsxOf(foreign ? withForeignSheet(fuzz) : fuzz);
            const copy = input.slice();
            const first = await runBytes(input, lang);
            // A run never changes its input; a run that fails or is refused writes nothing.
            expect(Buffer.compare(Buffer.from(input), Buffer.from(copy))).toBe(0);
            if (first instanceof WorkbookError || first.written === null) {
              expect(first instanceof WorkbookError || first.outcome.kind !== 'written').toBe(true);
              return;
            }
            expect(foreign).toBe(false);
            expect(await lostSheets(input, first.written)).toEqual([]);
            // The rerun replaces its own result sheets and keeps the input's once more.
            const second = await runBytes(first.written, lang);
            expect(second).not.toBeInstanceOf(WorkbookError);
            if (second instanceof WorkbookError || second.written === null) return;
            expect(await lostSheets(input, second.written)).toEqual([]);
          },
        ),
        fuzzParameters(25),
      );
    },
    fuzzTimeout(40_000),
  );
});

// ---------------------------------------------------------------------------------------------
// The simulated Excel host

/** What must survive a run: every sheet that is not the product's, whole, and its tables. */
function inputState(workbook: SimWorkbook): unknown {
  const ours = new Set(
    workbook.tables.filter((t) => t.name.startsWith(RESULT_TABLE_PREFIX)).map((t) => t.sheet),
  );
  return {
    sheets: workbook.sheets
      .filter((sheet) => !ours.has(sheet.name))
      .map((sheet) => ({
        ...sheet,
        cells: [...sheet.cells].sort(([a], [b]) => a.localeCompare(b)),
        columnWidths: [...sheet.columnWidths],
      })),
    tables: workbook.tables.filter((t) => !ours.has(t.sheet)),
  };
}

/** The result sheets as the host holds them: cells, widths, frozen rows, tables. */
function resultState(workbook: SimWorkbook): unknown {
  return RESULT_NAMES.map((name) => {
    const sheet = workbook.sheets.find((s) => s.name === name);
    return {
      name,
      cells: sheet === undefined ? null : [...sheet.cells].sort(([a], [b]) => a.localeCompare(b)),
      columnWidths: sheet === undefined ? null : [...sheet.columnWidths].sort(([a], [b]) => a - b),
      frozenRows: sheet?.frozenRows ?? null,
      tables: workbook.tables.filter((t) => t.sheet === name),
    };
  });
}

type Trouble = 'none' | 'foreign' | 'protected';

describe('nothing lost inside Excel (the simulated host)', () => {
  const shape = { caseDuplicateSheets: false, tables: 'unique' } as const;

  it(
    'keeps every input sheet cell for cell, whether the run writes, is blocked or is refused',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          anyOrComplete(shape),
          fc.constantFrom<Trouble>('none', 'foreign', 'protected'),
          language,
          async (fuzz, trouble, lang) => {
            const workbook = simulatedOf(fuzz);
            if (trouble === 'foreign') {
              const mine = newSheet('Kostnadsdrivare');
              mine.cells.set('2,2', { value: 'Mina siffror', numberFormat: '@' });
              workbook.sheets.push(mine);
            }
            if (trouble === 'protected') {
              const first = await pipeline.run(hostAndPort(workbook).port, { language: lang });
              const validations = workbook.sheets.find((s) => s.name === 'Valideringar');
              if (first.kind === 'written' && validations !== undefined)
                validations.protected = true;
            }
            const before = cloneWorkbook(workbook);
            const outcome = await pipeline
              .run(hostAndPort(workbook).port, { language: lang })
              .catch((error: unknown) => error);
            expect(inputState(workbook)).toEqual(inputState(before));
            if (outcome instanceof Error) {
              expect(outcome).toBeInstanceOf(WorkbookError);
              // A refusal changes nothing at all, result sheets included.
              expect(resultState(workbook)).toEqual(resultState(before));
            } else if (trouble === 'foreign') {
              expect((outcome as RunOutcome).kind).toBe('foreign-sheet');
            }
          },
        ),
        fuzzParameters(60),
      );
    },
    fuzzTimeout(30_000),
  );

  it(
    'keeps every input sheet when a failure strikes at any sync, and the next run repairs the result sheets',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          completeWorkbook(shape),
          // Small budgets split the write into many syncs, so a failure can fall between any two.
          fc.constantFrom(1024, 4096, 16_384, 4 * 1024 * 1024),
          fc.integer({ min: 0, max: 10_000 }),
          language,
          async (fuzz, budget, pick, lang) => {
            const clean = simulatedOf(fuzz);
            const options = { language: lang };
            const probe = hostAndPort(cloneWorkbook(clean), {}, { requestBudgetBytes: budget });
            const uninterrupted = await pipeline.run(probe.port, options);
            fc.pre(uninterrupted.kind === 'written');
            const failAt = 1 + (pick % probe.host.stats.syncs);

            const workbook = cloneWorkbook(clean);
            const failing = hostAndPort(
              workbook,
              // Not a GeneralException, which a read's large sync takes for a size limit once.
              { failAtSync: failAt, failWith: 'InvalidArgument' },
              { requestBudgetBytes: budget },
            );
            const error = await pipeline.run(failing.port, options).catch((e: unknown) => e);
            expect(error).toBeInstanceOf(WorkbookError);
            expect(inputState(workbook)).toEqual(inputState(clean));

            const repair = hostAndPort(workbook, {}, { requestBudgetBytes: budget });
            expect((await pipeline.run(repair.port, options)).kind).toBe('written');
            expect(inputState(workbook)).toEqual(inputState(clean));
            expect(resultState(workbook)).toEqual(resultState(probe.host.workbook));
          },
        ),
        fuzzParameters(60),
      );
    },
    fuzzTimeout(30_000),
  );
});
