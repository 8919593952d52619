/**
 * The one error type calque throws from its API: invalid options or invalid data supplied by the
 * caller. Text content never throws.
 */
export class CalqueError extends Error {
  /** Machine-readable reason, e.g. `invalid-option`, `invalid-config`, `invalid-lexicon`. */
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.name = 'CalqueError';
    this.code = code;
  }
}
