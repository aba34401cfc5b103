/**
 * Failures of a workbook as a whole (not of a cell): a typed error the doors turn into one
 * sentence in the user's language (src/pipeline/texts.ts), never a stack trace.
 */

export type WorkbookProblem =
  /** The bytes are not an .xlsx workbook at all (not a zip, or a zip without a workbook). */
  | { readonly kind: 'not-a-workbook' }
  /** It is a workbook, but broken in a way no reader gets past. */
  | { readonly kind: 'unreadable'; readonly detail: string }
  /** The result could not be written; nothing was changed. */
  | { readonly kind: 'write-failed'; readonly detail: string };

export class WorkbookError extends Error {
  constructor(readonly problem: WorkbookProblem) {
    super(`${problem.kind}${'detail' in problem ? `: ${problem.detail}` : ''}`);
    this.name = 'WorkbookError';
  }
}
