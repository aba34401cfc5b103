/**
 * The one pipeline every door uses: read the workbook, find its tables, recompute, write the result
 * sheets. Doors (pane, ribbon, command line) differ only in the port they pass and how they show
 * the outcome.
 */
import type { EngineResult, JsonResult, Language, TableKind } from '../engine';
import { recalculate, reportSheetNameFor, toJson } from '../engine';
import type { ResultSheet, WorkbookPort, WorkbookSnapshot } from '../workbook/port';
import { MAX_SHEET_CELLS } from '../workbook/port';
import type { StoredSettings } from '../workbook/settings';
import { DEFAULT_SETTINGS, RESULT_TABLE_PREFIX } from '../workbook/settings';
import { fingerprint } from './fingerprint';
import { gridsOf, isResultSheet, sameSheetName, usedGrids } from './grids';
import { DEFAULT_REPORT_SHEET, reportSheet } from './report';
import { resultSheets } from './results';
import { fingerprintOfStamp, stampLine } from './texts';

export type Stage = 'reading' | 'computing' | 'writing';

export interface PipelineDeps {
  /** The product version stamped on every result sheet. */
  readonly version: string;
  readonly now: () => Date;
}

export interface RunOptions {
  readonly language: Language;
  /** Settings given for this run (command-line options, the pane); saved with the result. */
  readonly settings?: Partial<Omit<StoredSettings, 'version'>>;
  readonly onStage?: (stage: Stage) => void;
}

export interface Timings {
  readonly readingMs: number;
  readonly computingMs: number;
  readonly writingMs: number;
}

interface Computed {
  readonly result: EngineResult;
  readonly json: JsonResult;
  readonly settings: StoredSettings;
  readonly fingerprint: string;
  readonly timings: Timings;
}

export type RunOutcome =
  /** The result sheets were written. */
  | (Computed & { readonly kind: 'written'; readonly sheets: readonly ResultSheet[] })
  /** Required tables are missing (these, in the engine's order): nothing was written. */
  | (Computed & { readonly kind: 'blocked'; readonly missing: readonly TableKind[] })
  /** A sheet with a result sheet's name was not made by the product: nothing was written. */
  | { readonly kind: 'foreign-sheet'; readonly sheet: string; readonly timings: Timings };

/**
 * Wires the pipeline once; `run` may then be called for any workbook.
 * @example await createPipeline({ version, now: () => new Date() }).run(port, { language: 'sv' })
 */
export function createPipeline(deps: PipelineDeps) {
  return {
    async run(port: WorkbookPort, options: RunOptions): Promise<RunOutcome> {
      let mark = performance.now();
      const lap = (): number => {
        const now = performance.now();
        const elapsed = now - mark;
        mark = now;
        return elapsed;
      };

      options.onStage?.('reading');
      const snapshot = await port.read();
      const given = effectiveSettings(snapshot, options);
      const readingMs = lap();
      const report = reportSheetName(snapshot, given, options.language);
      const foreign = foreignSheet(snapshot, given, report);
      if (foreign !== null)
        return {
          kind: 'foreign-sheet',
          sheet: foreign,
          timings: { readingMs, computingMs: 0, writingMs: 0 },
        };

      options.onStage?.('computing');
      const {
        result,
        json,
        settings: resolved,
        fingerprint: inputs,
      } = await compute(snapshot, given, options.language);
      const settings = resolved;
      // Every door refuses to write on the same tables: the engine's missing required ones.
      const missing = result.warnings.flatMap((w) =>
        w.code === 'MISSING_TABLE' && w.severity === 'error' ? [w.table] : [],
      );
      const stamp = stampLine(options.language, deps.now(), deps.version, inputs);
      const taken = othersTables(snapshot, settings, report);
      const sheets = [
        ...resultSheets(result, settings, options.language, stamp, taken),
        reportSheet({
          result,
          language: options.language,
          name: report,
          stamp,
          validationsSheet: settings.resultSheets.validations,
          summarySheet: settings.resultSheets.summary,
          takenTableNames: taken,
        }),
      ];
      const computingMs = lap();
      const computed = { result, json, settings, fingerprint: inputs };
      if (missing.length > 0)
        return {
          ...computed,
          kind: 'blocked',
          missing,
          timings: { readingMs, computingMs, writingMs: 0 },
        };

      options.onStage?.('writing');
      await port.write(sheets, settings);
      return {
        ...computed,
        kind: 'written',
        sheets,
        timings: { readingMs, computingMs, writingMs: lap() },
      };
    },
  };
}

export type Pipeline = ReturnType<typeof createPipeline>;

/** What a look at a workbook finds without writing: the result now, and whether the sheets show it. */
export interface Inspection {
  readonly result: EngineResult;
  readonly json: JsonResult;
  readonly settings: StoredSettings;
  /** The fingerprint of the input tables as they are now. */
  readonly fingerprint: string;
  /** The fingerprint stamped on the summary sheet by the last run, or null when there is none. */
  readonly stamped: string | null;
  /** The workbook's sheets and Excel tables, for choosing where a table is. */
  readonly sheetNames: readonly string[];
  readonly excelTables: readonly { readonly name: string; readonly sheet: string }[];
  /** The sheets the product did not make: no result sheet may take one's name (`foreignSheet`). */
  readonly userSheets: readonly string[];
  /** The names of the result sheets a run would write (the report's too): not input. */
  readonly resultSheetNames: readonly string[];
}

/**
 * Recomputes without writing: for the pane's "out of date" notice and its first view.
 * @example (await inspect(port, 'sv')).stamped !== fingerprint → the result sheets are out of date
 */
export async function inspect(port: WorkbookPort, language: Language): Promise<Inspection> {
  const snapshot = await port.read();
  const settings = effectiveSettings(snapshot, { language });
  const computed = await compute(snapshot, settings, language);
  const summary = snapshot.sheets.find((s) => sameSheetName(s.name, settings.resultSheets.summary));
  const stamp = summary?.rows[0]?.[0];
  return {
    ...computed,
    settings,
    stamped: typeof stamp === 'string' ? fingerprintOfStamp(stamp) : null,
    sheetNames: snapshot.sheets.map((s) => s.name),
    excelTables: snapshot.tables.map((t) => ({ name: t.name, sheet: t.sheet })),
    userSheets: snapshot.sheets.filter((s) => !madeByProduct(s)).map((s) => s.name),
    resultSheetNames: [
      ...Object.values(settings.resultSheets),
      reportSheetName(snapshot, settings, language),
    ],
  };
}

/** The engine's result, its JSON and the input fingerprint for a snapshot. */
async function compute(
  snapshot: WorkbookSnapshot,
  settings: StoredSettings,
  language: Language,
): Promise<{
  result: EngineResult;
  json: JsonResult;
  settings: StoredSettings;
  fingerprint: string;
}> {
  const result = engineResult(snapshot, settings);
  // A tolerance given in the result's unit (the command line's) is saved in the unit it turned out.
  const resolved: StoredSettings =
    settings.tolerance === null || settings.tolerance.unit !== null
      ? settings
      : { ...settings, tolerance: { amount: settings.tolerance.amount, unit: result.unit } };
  return {
    result,
    json: toJson(result, language),
    settings: resolved,
    fingerprint: await fingerprint(usedGrids(snapshot, result.tables), resolved),
  };
}

/**
 * The engine's result for a snapshot as a look at the workbook computes it, writing nothing: what
 * an adoption plans from, and checks its planned rows against.
 * @example lookAt(await port.read(), 'sv').scenarios.map((s) => s.id) → ['1', '2', '3']
 */
export function lookAt(snapshot: WorkbookSnapshot, language: Language): EngineResult {
  return engineResult(snapshot, effectiveSettings(snapshot, { language }));
}

/** The engine's result for a snapshot under settings. */
function engineResult(snapshot: WorkbookSnapshot, settings: StoredSettings): EngineResult {
  return recalculate(gridsOf(snapshot, settings), {
    tolerance: settings.tolerance,
    unit: settings.unit ?? settings.unknownUnit ?? null,
    whatIfs: settings.whatIfs ?? [],
    unreadWhatIfs: settings.unreadWhatIfs ?? [],
    // A result sheet is never input, and is rewritten: nothing to say about its size.
    unreadSheets: snapshot.sheets.flatMap((sheet) =>
      sheet.notRead === undefined || isResultSheet(snapshot, settings, sheet.name)
        ? []
        : [{ sheet: sheet.name, ...sheet.notRead, limit: MAX_SHEET_CELLS }],
    ),
  });
}

/** Stored settings, overridden by what this run was given. */
function effectiveSettings(snapshot: WorkbookSnapshot, options: RunOptions): StoredSettings {
  const stored = snapshot.settings ?? DEFAULT_SETTINGS;
  const given = options.settings ?? {};
  // A unit given for this run replaces an unknown one saved earlier: there is nothing left to report.
  const unknownUnit = given.unknownUnit ?? stored.unknownUnit;
  const unit =
    given.unit === undefined
      ? { unit: stored.unit, ...(unknownUnit === undefined ? {} : { unknownUnit }) }
      : { unit: given.unit };
  const resultSheets = { ...stored.resultSheets, ...given.resultSheets };
  // A report name that the data sheets' new names now take falls back to the language's default.
  const report = given.reportSheet === undefined ? stored.reportSheet : given.reportSheet;
  return {
    version: 2,
    resultSheets,
    reportSheet: report === null ? null : reportSheetNameFor(resultSheets, report),
    tolerance: given.tolerance === undefined ? stored.tolerance : given.tolerance,
    ...unit,
    mapping: { ...stored.mapping, ...given.mapping },
    // What-ifs given for a run replace the saved ones; entries no version here can read stay.
    ...whatIfsOf({
      whatIfs: given.whatIfs ?? stored.whatIfs,
      unreadWhatIfs: given.unreadWhatIfs ?? stored.unreadWhatIfs,
    }),
  };
}

/** The saved what-ifs (and the entries not read) of settings, without empty fields. */
function whatIfsOf(settings: {
  readonly whatIfs: StoredSettings['whatIfs'];
  readonly unreadWhatIfs: StoredSettings['unreadWhatIfs'];
}): Pick<StoredSettings, 'whatIfs' | 'unreadWhatIfs'> {
  const { whatIfs, unreadWhatIfs } = settings;
  return {
    ...(whatIfs === undefined || whatIfs.length === 0 ? {} : { whatIfs }),
    ...(unreadWhatIfs === undefined || unreadWhatIfs.length === 0 ? {} : { unreadWhatIfs }),
  };
}

/**
 * The report's name: the one saved in the settings; else that of a report the product already
 * wrote under either language's default (so a run in the other language rewrites it rather than
 * adding a second), else the language's default, else the other language's when the three data
 * sheets' names take it.
 */
export function reportSheetName(
  snapshot: WorkbookSnapshot,
  settings: StoredSettings,
  language: Language,
): string {
  // A name saved in the settings was checked when it was read: valid, and none of the three.
  if (settings.reportSheet !== null) return settings.reportSheet;
  const other: Language = language === 'sv' ? 'en' : 'sv';
  const free = [DEFAULT_REPORT_SHEET[language], DEFAULT_REPORT_SHEET[other]].filter(
    (name) => !Object.values(settings.resultSheets).some((taken) => sameSheetName(taken, name)),
  );
  const ours = snapshot.sheets.find(
    (sheet) =>
      free.some((name) => sameSheetName(name, sheet.name)) &&
      sheet.tableNames.some((table) => table.startsWith(RESULT_TABLE_PREFIX)),
  );
  return ours?.name ?? free[0] ?? `${DEFAULT_REPORT_SHEET[language]} 2`;
}

/**
 * The first sheet bearing a result sheet's name (the report's among them) that the product did
 * not make (it holds none of the product's tables), or null. Such a sheet is never overwritten.
 */
export function foreignSheet(
  snapshot: WorkbookSnapshot,
  settings: StoredSettings,
  report: string | null = null,
): string | null {
  for (const name of [
    ...Object.values(settings.resultSheets),
    ...(report === null ? [] : [report]),
  ]) {
    const sheet = snapshot.sheets.find((s) => sameSheetName(s.name, name));
    if (sheet !== undefined && !madeByProduct(sheet)) return sheet.name;
  }
  return null;
}

/** Whether the product made a sheet: it holds one of the product's (SR_) tables. */
function madeByProduct(sheet: { readonly tableNames: readonly string[] }): boolean {
  return sheet.tableNames.some((table) => table.startsWith(RESULT_TABLE_PREFIX));
}

/** Table names on sheets other than the result sheets: a new result table must not take one. */
function othersTables(
  snapshot: WorkbookSnapshot,
  settings: StoredSettings,
  report: string,
): ReadonlySet<string> {
  const results = [...Object.values(settings.resultSheets), report];
  return new Set(
    snapshot.tables
      .filter((t) => !results.some((name) => sameSheetName(name, t.sheet)))
      .map((t) => t.name),
  );
}
