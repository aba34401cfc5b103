/**
 * Errors as Excel's JavaScript API raises them: an Error with a `code` such as `ItemNotFound`.
 */

export type SimErrorCode =
  | 'PropertyNotLoaded'
  | 'ItemNotFound'
  | 'ItemAlreadyExists'
  | 'AccessDenied'
  | 'RequestPayloadSizeLimitExceeded'
  | 'ResponsePayloadSizeLimitExceeded'
  | 'InvalidArgument'
  | 'InvalidOperationInCellEditMode'
  /** Excel shifts cells a table grows into; the simulation refuses instead (docs/excel.md). */
  | 'InsertDeleteConflict'
  | 'GeneralException';

export class SimulatedOfficeError extends Error {
  constructor(
    readonly code: SimErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'RichApi.Error';
  }
}
