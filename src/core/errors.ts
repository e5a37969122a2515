// A few small error classes with a stable `code` and their context; the CLI
// and the server each map a code to one clear line or one JSON error.

/** Codes every front maps to an exit code or an HTTP status. */
export type ErrorCode =
  | 'INPUT_NOT_FOUND'
  | 'INPUT_UNREADABLE'
  | 'DECODE_FAILED'
  | 'FORMAT_INVALID'
  | 'BAD_ARGUMENT'
  | 'NOT_FOUND'
  | 'STORE_FAILED'
  | 'UNAUTHORIZED'
  | 'TOO_LARGE';

/** Base of kechuang's errors: a stable code, a message, and where it happened. */
export class KechuangError extends Error {
  readonly code: ErrorCode;
  readonly context: Readonly<Record<string, unknown>>;
  constructor(code: ErrorCode, message: string, context: Record<string, unknown> = {}) {
    super(message);
    this.name = new.target.name;
    this.code = code;
    this.context = context;
  }
}

/** Input that cannot be read, decoded or parsed: names the file, the place and the reason. */
export class InputError extends KechuangError {
  constructor(
    code: 'INPUT_NOT_FOUND' | 'INPUT_UNREADABLE' | 'DECODE_FAILED' | 'FORMAT_INVALID',
    readonly file: string,
    reason: string,
    readonly place?: { readonly line?: number; readonly byte?: number },
  ) {
    const where = place?.line !== undefined ? `:${place.line}` : place?.byte !== undefined ? ` at byte ${place.byte}` : '';
    super(code, `${file}${where}: ${reason}`, { file, ...place });
  }
}

/** A bad option or argument from the user. */
export class ArgumentError extends KechuangError {
  constructor(message: string, context: Record<string, unknown> = {}) {
    super('BAD_ARGUMENT', message, context);
  }
}

/** A record that does not exist (article, company). */
export class NotFoundError extends KechuangError {
  constructor(what: string, id: string) {
    super('NOT_FOUND', `${what} not found: ${id}`, { what, id });
  }
}

/** Maps an error code to the CLI's exit code (documented in the README). */
export function exitCodeFor(error: unknown): number {
  if (!(error instanceof KechuangError)) return 1;
  switch (error.code) {
    case 'BAD_ARGUMENT': return 2;
    case 'NOT_FOUND': return 3;
    case 'INPUT_NOT_FOUND': case 'INPUT_UNREADABLE': case 'DECODE_FAILED': case 'FORMAT_INVALID': return 4;
    default: return 1;
  }
}
