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
