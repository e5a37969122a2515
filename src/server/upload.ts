// `POST /api/ingest`: one news file uploaded (multipart field `file`, or the
// raw body with `?name=`), written to a temp file and ingested like
// `kechuang ingest FILE`. Only with a token: the check comes before the body
// is read, and the body is capped.
import { createHash, timingSafeEqual } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { ArgumentError } from '../core/errors.js';
import { ingestFiles } from '../pipeline/index.js';
import type { Store } from '../store/index.js';
import { errorBody, statusFor } from './errors.js';

/** Default cap of an upload's body. */
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

/** What an upload added, as the API answers it. */
export interface UploadResult {
  readonly file: string;
  readonly format: string;
  readonly encoding: string;
  readonly articlesNew: number;
  readonly articlesKnown: number;
  readonly ids: readonly string[];
  readonly facts: number;
}

// Comparing digests keeps the comparison constant-time whatever the lengths.
function sameToken(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

/** Lets a request through only with `Authorization: Bearer <token>`; with no token configured, uploads are off (403). */
export function requireToken(token: string | undefined): MiddlewareHandler {
  return async (c, next) => {
    if (!token) return c.json(errorBody('UNAUTHORIZED', 'uploads are off: start kechuang serve with --token to allow them'), 403);
    const m = /^Bearer\s+(.+)$/i.exec(c.req.header('Authorization') ?? '');
    if (!m || !sameToken(m[1].trim(), token)) {
      c.header('WWW-Authenticate', 'Bearer realm="kechuang"');
      return c.json(errorBody('UNAUTHORIZED', m ? 'wrong token' : 'missing token: send Authorization: Bearer <token>'), 401);
    }
    await next();
  };
}

/** Caps the request body; a larger one is answered 413 before it is read whole. */
export function limitBody(maxBytes: number): MiddlewareHandler {
  return bodyLimit({ maxSize: maxBytes, onError: (c) => c.json(errorBody('TOO_LARGE', `upload larger than ${maxBytes} bytes`), 413) });
}

/** A file name safe to create in a temp folder, keeping its extension (format detection breaks ties with it). */
export function safeFileName(name: string | undefined): string {
  const base = basename((name ?? '').replace(/\\/g, '/')).replace(/[^\p{L}\p{N}._-]+/gu, '_').replace(/^\.+/, '').slice(-100);
  return base || 'upload.txt';
}

async function readUpload(c: Context): Promise<{ name: string; bytes: Uint8Array }> {
  const type = c.req.header('Content-Type') ?? '';
  if (type.startsWith('multipart/form-data')) {
    const form = await c.req.parseBody();
    const file = form.file ?? Object.values(form).find((v) => v instanceof File);
    if (!(file instanceof File)) throw new ArgumentError('multipart upload needs a file field named "file"');
    return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
  }
  return { name: c.req.query('name') ?? 'upload.txt', bytes: new Uint8Array(await c.req.arrayBuffer()) };
}

/** Handles an upload: ingests it and answers what it added (422 with the reader's code when the file cannot be read). */
export function ingestUpload(store: Store): (c: Context) => Promise<Response> {
  return async (c) => {
    const { name, bytes } = await readUpload(c);
    if (bytes.length === 0) throw new ArgumentError('empty upload: send one news file');
    const file = safeFileName(name);
    const dir = mkdtempSync(join(tmpdir(), 'kechuang-upload-'));
    try {
      const path = join(dir, file);
      writeFileSync(path, bytes);
      const report = ingestFiles(store, [path]);
      const failure = report.failures[0];
      if (failure) {
        // The temp path means nothing to the client: name the file as uploaded.
        return c.json(errorBody(failure.code, failure.message.split(path).join(file)), statusFor(failure.code) === 500 ? 500 : 422);
      }
      const done = report.ingested[0];
      const result: UploadResult = {
        file, format: done.format, encoding: done.encoding, articlesNew: done.articlesNew, articlesKnown: done.articlesKnown, ids: done.ids, facts: done.facts,
      };
      return c.json(result, done.articlesNew > 0 ? 201 : 200);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
}
