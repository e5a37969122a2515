// The web app: JSON API, feeds, static files and pages over one store, with
// security headers on every answer. Read-only unless a token is given.
import { Hono, type Context } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { buildDigest, changes, renderChangesAtom, renderDigestAtom, renderDigestJsonFeed, type TargetScript } from '../query/index.js';
import type { Store } from '../store/index.js';
import { pageRoutes, sendErrorPage } from '../../web/index.js';
import { apiRoutes } from './api.js';
import { describeError, errorBody } from './errors.js';
import { dateParam, daysAgo, intParam, textParam } from './params.js';
import { staticRoutes } from './static.js';
import { MAX_UPLOAD_BYTES, ingestUpload, limitBody, requireToken } from './upload.js';

/** How the app is set up. */
export interface AppOptions {
  readonly store: Store;
  /** Bearer token that allows `POST /api/ingest`; without one the app is read-only. */
  readonly token?: string;
  /** Largest upload in bytes (default 5 MB). */
  readonly maxUploadBytes?: number;
  /** Where unexpected errors are reported (default: stderr). */
  readonly log?: (message: string) => void;
}

/** The Content-Security-Policy of every answer: only this origin's files, no inline script or style. */
export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

// Feeds and the API answer errors as JSON; pages answer with a page.
function wantsJson(path: string): boolean {
  return path.startsWith('/api/') || path === '/api' || /\.(atom|json)$/.test(path);
}

function scriptParam(value: string | undefined): TargetScript | undefined {
  return (textParam(value) as TargetScript | undefined);
}

function feedOptions(c: Context): { feedUrl: string; siteUrl: string } {
  const url = new URL(c.req.url);
  return { feedUrl: url.href, siteUrl: `${url.origin}/` };
}

/** Builds the app over an open store. */
export function createApp(options: AppOptions): Hono {
  const { store } = options;
  const log = options.log ?? ((m: string) => process.stderr.write(`${m}\n`));
  const app = new Hono();

  app.use(secureHeaders({
    contentSecurityPolicy: CONTENT_SECURITY_POLICY,
    // Served over plain HTTP on a local address: HSTS would only confuse.
    strictTransportSecurity: false,
    referrerPolicy: 'same-origin',
  }));

  app.onError((e, c) => {
    const { status, body, internal } = describeError(e);
    if (internal) log(`kechuang serve: ${c.req.method} ${c.req.path}: ${(e as Error)?.stack ?? String(e)}`);
    if (wantsJson(c.req.path)) return c.json(body, status as 400);
    return sendErrorPage(c, status as 400, body.error.message);
  });
  app.notFound((c) => (wantsJson(c.req.path)
    ? c.json(errorBody('NOT_FOUND', `no such route: ${c.req.method} ${c.req.path}`), 404)
    : sendErrorPage(c, 404, `没有这个页面：${c.req.path}`)));

  app.post('/api/ingest', requireToken(options.token), limitBody(options.maxUploadBytes ?? MAX_UPLOAD_BYTES), ingestUpload(store));
  app.route('/api', apiRoutes(store));

  app.get('/feed.atom', (c) => c.body(renderDigestAtom(digestFor(c), feedOptions(c)), 200, { 'Content-Type': 'application/atom+xml; charset=utf-8' }));
  app.get('/feed.json', (c) => c.body(renderDigestJsonFeed(digestFor(c), feedOptions(c)), 200, { 'Content-Type': 'application/feed+json; charset=utf-8' }));
  app.get('/changes.atom', (c) => {
    const since = dateParam(c.req.query('since'), 'since') ?? daysAgo(30);
    return c.body(renderChangesAtom(changes(store, { since }), feedOptions(c)), 200, { 'Content-Type': 'application/atom+xml; charset=utf-8' });
  });

  function digestFor(c: Context) {
    return buildDigest(store, {
      tag: textParam(c.req.query('tag')),
      since: dateParam(c.req.query('since'), 'since'),
      script: scriptParam(c.req.query('script')),
      limit: intParam(c.req.query('limit'), 'limit', { min: 1, max: 500, fallback: 50 }),
    });
  }

  app.route('/', staticRoutes());
  app.route('/', pageRoutes(store));
  return app;
}
