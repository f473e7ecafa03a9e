/**
 * Every failure a user can meet has one kind, and each kind one exit code and one HTTP status.
 * The README's table of exit codes is generated from this list (`dossier help exit-codes`).
 */
export const ErrorCodes = {
  USAGE: { exit: 2, http: 400, summary: 'bad command-line usage or request field' },
  NOT_FOUND: { exit: 3, http: 404, summary: 'input file or record not found' },
  EMPTY_INPUT: { exit: 4, http: 422, summary: 'input is empty or only whitespace' },
  BINARY_INPUT: { exit: 5, http: 415, summary: 'input is binary, not text, HTML or JSON' },
  INVALID_JSON: { exit: 6, http: 400, summary: 'input is not valid JSON or not an article object' },
  FETCH_FAILED: { exit: 7, http: 502, summary: 'a URL could not be fetched (unreachable, timeout, HTTP error)' },
  UNSUPPORTED_TYPE: { exit: 8, http: 415, summary: 'content type that Dossier cannot read' },
  TOO_LARGE: { exit: 9, http: 413, summary: 'input larger than the configured limit' },
  UNUSABLE_ARTICLE: { exit: 10, http: 422, summary: 'no article text could be extracted' },
  FORBIDDEN_URL: { exit: 11, http: 403, summary: 'URL points at a private, loopback or metadata address' },
  STORE_FAILED: { exit: 12, http: 500, summary: 'the database could not be opened or written' },
  DATA_MISSING: { exit: 13, http: 500, summary: 'reference data or a model file is missing' },
  INTERNAL: { exit: 70, http: 500, summary: 'a bug in Dossier: please report it' },
} as const satisfies Record<string, { exit: number; http: number; summary: string }>;

export type ErrorCode = keyof typeof ErrorCodes;

/** An error meant for the user: `message` names the input and the problem in one line. */
export class DossierError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DossierError';
    this.code = code;
  }
  get exitCode(): number {
    return ErrorCodes[this.code].exit;
  }
  get httpStatus(): number {
    return ErrorCodes[this.code].http;
  }
}

export function isDossierError(err: unknown): err is DossierError {
  return err instanceof DossierError;
}

/** Wraps anything thrown into a DossierError, keeping known ones as they are. */
export function toDossierError(err: unknown): DossierError {
  if (err instanceof DossierError) return err;
  const message = err instanceof Error ? err.message : String(err);
  return new DossierError('INTERNAL', `internal error: ${message}`, { cause: err });
}
