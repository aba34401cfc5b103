/**
 * Office errors as workbook problems: every error Excel raises becomes one typed problem, so the
 * doors can say one sentence in the user's language.
 */
import { WorkbookError } from '../errors';

/** The code of an Office error (`ItemNotFound`), or '' for anything else. */
export function officeErrorCode(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
}

/**
 * The workbook error for anything thrown inside `Excel.run`.
 * @example toWorkbookError({ code: 'AccessDenied' }, 'Valideringar').problem → { kind: 'protected', sheet: 'Valideringar' }
 */
export function toWorkbookError(error: unknown, sheet: string | null = null): WorkbookError {
  if (error instanceof WorkbookError) return error;
  const code = officeErrorCode(error);
  const detail = error instanceof Error ? error.message : String(error);
  switch (code) {
    case 'AccessDenied':
      return new WorkbookError({ kind: 'protected', sheet });
    case 'RequestPayloadSizeLimitExceeded':
    case 'ResponsePayloadSizeLimitExceeded':
      return new WorkbookError({ kind: 'too-large' });
    case 'InvalidOperationInCellEditMode':
      return new WorkbookError({ kind: 'cell-edit-mode' });
    case 'ItemNotFound':
      return new WorkbookError({ kind: 'item-not-found' });
    default:
      return new WorkbookError({ kind: 'office', code: code === '' ? 'Unknown' : code, detail });
  }
}
