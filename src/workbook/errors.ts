/**
 * Failures of a workbook as a whole (not of a cell): a typed error the doors turn into one
 * sentence in the user's language (src/pipeline/texts.ts), never a stack trace.
 */

export type WorkbookProblem =
  /** The bytes are not an .xlsx workbook at all (not a zip, or a zip without a workbook). */
  | { readonly kind: 'not-a-workbook' }
  /** It is a workbook, but broken in a way no reader gets past. */
  | { readonly kind: 'unreadable'; readonly detail: string }
  /** The result could not be written. */
  | { readonly kind: 'write-failed'; readonly detail: string }
  /** Excel refused to change a protected sheet (AccessDenied). */
  | { readonly kind: 'protected'; readonly sheet: string | null }
  /** A request was larger than Excel accepts (RequestPayloadSizeLimitExceeded). */
  | { readonly kind: 'too-large' }
  /** Excel is busy: a cell is being edited (InvalidOperationInCellEditMode). */
  | { readonly kind: 'cell-edit-mode' }
  /** Something Excel names went missing while the run was going on (ItemNotFound). */
  | { readonly kind: 'item-not-found' }
  /** A sheet with a result sheet's name turned out not to be the product's (checked again at write). */
  | { readonly kind: 'foreign-sheet'; readonly sheet: string }
  /** A Strict Open XML package, which the writer cannot add to. */
  | { readonly kind: 'strict-format' }
  /** A cell an adoption was to write into is not empty (any more): nothing was written. */
  | { readonly kind: 'cells-taken'; readonly sheet: string; readonly cell: string }
  /** A cell an adoption wrote no longer holds what it wrote: its undo changed nothing. */
  | { readonly kind: 'edited-since'; readonly sheet: string; readonly cell: string }
  /**
   * Something was written under an Excel table since an adoption grew it: deleting its rows would
   * move that up, so the undo changed nothing.
   */
  | { readonly kind: 'written-below'; readonly sheet: string; readonly cell: string }
  /** The workbook changed since an adoption was planned: planned again, its rows differ. */
  | { readonly kind: 'changed-since-plan' }
  /** An Excel table an adoption writes into is not where it was planned (moved, resized, gone). */
  | { readonly kind: 'table-moved'; readonly table: string }
  /** Any other Office error, by its code. */
  | { readonly kind: 'office'; readonly code: string; readonly detail: string };

export class WorkbookError extends Error {
  constructor(readonly problem: WorkbookProblem) {
    super(`${problem.kind}${'detail' in problem ? `: ${problem.detail}` : ''}`);
    this.name = 'WorkbookError';
  }
}
