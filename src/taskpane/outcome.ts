/**
 * What the pane says after a run: one line, in parts ("Resultatbladen skrevs · 16 varningar ·
 * 0,4 s"), each marked on its own, so an error colours only the part that is an error; and which
 * sheet the "show the summary" button shows. Pure, so the view stays a view and the wording can be
 * tested without a host.
 */
import type { JsonResult, Language, ResultSheetKind, Severity } from '../engine';
import { DEFAULT_REPORT_SHEET, reportSheetNameFor } from '../engine';
import type { RunOutcome } from '../pipeline/pipeline';
import type { SessionResult } from '../pipeline/session';
import { missingTablesText } from '../pipeline/texts';
import { elapsedText, foreignSheetText, FRAME_TEXTS, PANE_TEXTS, severityCountText } from './texts';

export type OutcomeIntent = 'success' | 'warning' | 'error' | 'neutral';

export interface OutcomePart {
  readonly text: string;
  readonly intent: OutcomeIntent;
}

export interface OutcomeText {
  /** The line's parts, shown joined by " · ". */
  readonly parts: readonly OutcomePart[];
  /** The report sheet a written run made, for the button that shows it; null otherwise. */
  readonly reportSheet: string | null;
}

/** The validations counted by severity. */
export function severityCounts(
  warnings: readonly { readonly severity: Severity }[],
): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const warning of warnings) counts[warning.severity] += 1;
  return counts;
}

const only = (text: string, intent: OutcomeIntent): OutcomeText => ({
  parts: [{ text, intent }],
  reportSheet: null,
});

/**
 * The line for a session's result.
 * @example describeResult({ kind: 'busy' }, 'en') → { parts: [{ text: 'A recalculation is already running; …', intent: 'warning' }], reportSheet: null }
 */
export function describeResult(result: SessionResult, language: Language): OutcomeText {
  switch (result.kind) {
    case 'busy':
      return only(PANE_TEXTS.busy[language], 'warning');
    case 'failed':
      return only(result.message, 'error');
    case 'done':
      return describeOutcome(result.outcome, result.elapsedMs, language);
  }
}

function describeOutcome(outcome: RunOutcome, elapsedMs: number, language: Language): OutcomeText {
  switch (outcome.kind) {
    case 'written':
      return {
        ...describeWritten(outcome.json, elapsedMs, language),
        reportSheet: outcome.sheets.find((sheet) => sheet.kind === 'report')?.name ?? null,
      };
    case 'blocked': {
      return only(missingTablesText(outcome.missing, language), 'error');
    }
    case 'foreign-sheet':
      return only(foreignSheetText(outcome.sheet, language), 'error');
  }
}

/**
 * After a written result: that it was written, the errors in the data (when there are any, the one
 * part marked as an error), the warnings, and the time. The figures are in the Results tab.
 * @example describeWritten(json, 400, 'sv').parts.map((p) => p.text).join(' · ') === 'Resultatbladen skrevs · 16 varningar · 0,4 s'
 */
export function describeWritten(
  json: JsonResult,
  elapsedMs: number,
  language: Language,
): OutcomeText {
  const counts = severityCounts(json.warnings);
  return {
    parts: [
      { text: FRAME_TEXTS.written[language], intent: 'success' },
      ...(counts.error > 0
        ? [{ text: severityCountText('error', counts.error, language), intent: 'error' as const }]
        : []),
      {
        text: severityCountText('warning', counts.warning, language),
        intent: counts.warning > 0 ? 'warning' : 'neutral',
      },
      { text: elapsedText(elapsedMs, language), intent: 'neutral' },
    ],
    reportSheet: null,
  };
}

/** The line as one sentence, as a screen reader and a test read it. */
export function outcomeLine(outcome: OutcomeText): string {
  return outcome.parts.map((part) => part.text).join(' · ');
}

/**
 * The report sheet a first run will write: the name the settings save, else the language's
 * default, else the other language's when the three data sheets take it (the pipeline's rule for a
 * workbook with no report yet, src/pipeline/pipeline.ts reportSheetName).
 */
export function plannedReportSheet(
  resultSheets: Readonly<Record<ResultSheetKind, string>>,
  saved: string | null,
  language: Language,
): string {
  const other: Language = language === 'sv' ? 'en' : 'sv';
  const candidates = [
    ...(saved === null ? [] : [saved]),
    DEFAULT_REPORT_SHEET[language],
    DEFAULT_REPORT_SHEET[other],
  ];
  for (const name of candidates) {
    const valid = reportSheetNameFor(resultSheets, name);
    if (valid !== null) return valid;
  }
  return `${DEFAULT_REPORT_SHEET[language]} 2`;
}
