// Errors as the HTTP API returns them: `{ error: { code, message } }` with the
// status the error's stable code maps to. Unknown errors are 500s that say
// nothing of the server's insides.
import { HTTPException } from 'hono/http-exception';
import { KechuangError, type ErrorCode } from '../core/errors.js';

/** The JSON body of every API error. */
export interface ErrorBody {
  readonly error: { readonly code: string; readonly message: string };
}

/** The HTTP status of a kechuang error code. */
export function statusFor(code: ErrorCode | string): 400 | 401 | 404 | 413 | 422 | 500 {
  switch (code) {
    case 'BAD_ARGUMENT': return 400;
    case 'UNAUTHORIZED': return 401;
    case 'NOT_FOUND': return 404;
    case 'TOO_LARGE': return 413;
    case 'INPUT_NOT_FOUND': case 'INPUT_UNREADABLE': case 'DECODE_FAILED': case 'FORMAT_INVALID': return 422;
    default: return 500;
  }
}

/** An error body. */
export function errorBody(code: string, message: string): ErrorBody {
  return { error: { code, message } };
}

/** The status and body an error becomes; `internal` is set for errors nobody anticipated (to be logged). */
export function describeError(e: unknown): { status: number; body: ErrorBody; internal: boolean } {
  if (e instanceof KechuangError) {
    const status = statusFor(e.code);
    // A store failure's message names a file path: say less to the client.
    const message = status === 500 ? 'the store failed to answer' : e.message;
    return { status, body: errorBody(e.code, message), internal: status === 500 };
  }
  if (e instanceof HTTPException) {
    const code = e.status === 413 ? 'TOO_LARGE' : e.status === 401 ? 'UNAUTHORIZED' : e.status === 404 ? 'NOT_FOUND' : e.status < 500 ? 'BAD_ARGUMENT' : 'INTERNAL';
    return { status: e.status, body: errorBody(code, e.message || 'bad request'), internal: e.status >= 500 };
  }
  return { status: 500, body: errorBody('INTERNAL', 'internal error'), internal: true };
}
