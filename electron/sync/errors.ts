/** Why a bundle or enrolment file was refused; the message is the one line the user sees. */
export type BundleErrorCode =
  | 'NOT_A_BUNDLE'
  | 'TOO_LARGE'
  | 'NEWER_FORMAT'
  | 'CORRUPT'
  | 'BAD_SIGNATURE'
  | 'UNKNOWN_SENDER'
  | 'WRONG_RECIPIENT'
  | 'ALREADY_IMPORTED'
  | 'NOT_ENROLLED'
  | 'BAD_ENROLMENT'
  | 'ALREADY_ENROLLED'
  | 'NOT_OWNER'
  | 'INVALID_ROW'
  | 'CLOCK_AHEAD';

export class BundleError extends Error {
  constructor(
    readonly code: BundleErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'BundleError';
  }
}
