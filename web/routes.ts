// The dashboard's pages: each route reads the store through src/query and
// src/store, renders HTML, and converts its text nodes when the reader chose
// a script.
import { Hono, type Context } from 'hono';
import type { Stage, Venue } from '../src/core/types.js';
import { articleView, changes, checkPipelineFilter, companyProfile, pipeline } from '../src/query/index.js';
import { countArticles, listArticles, listCompanies, searchArticles, type Store } from '../src/store/index.js';
import { dateParam, daysAgo, intParam, textParam } from '../src/server/params.js';
import { articlePage } from './article-page.js';
import { companyPage } from './company-page.js';
import { parseHighlight } from './highlight.js';
import type { Html } from './html.js';
import type { PageContext } from './layout.js';
import { articlesPage, changesPage, companiesPage, errorPage, searchPage } from './list-pages.js';
import { pipelinePage } from './pipeline-page.js';
import { convertHtml, pageScript } from './script-switch.js';

/** What a page handler needs from a request: its URL and the reader's script. */
export function pageContext(c: Context): PageContext {
  return { url: new URL(c.req.url), script: pageScript(c) };
}

/** Sends a rendered page, converted to the reader's script. */
export function sendPage(c: Context, ctx: PageContext, page: Html, status: 200 | 400 | 401 | 404 | 413 | 422 | 500 = 200): Response {
  const out = ctx.script ? convertHtml(page, ctx.script) : page;
  return c.html(out, status);
}

/** An error as a page (for browsers; the API answers JSON). */
export function sendErrorPage(c: Context, status: 400 | 401 | 404 | 413 | 422 | 500, message: string): Response {
  const ctx = pageContext(c);
  return sendPage(c, ctx, errorPage(ctx, status, message), status);
}

/** The page routes over one store. */
export function pageRoutes(store: Store): Hono {
  const app = new Hono();

  app.get('/', (c) => {
    const ctx = pageContext(c);
    const filter = checkPipelineFilter({
      venue: textParam(c.req.query('venue'))?.toUpperCase(),
      stage: textParam(c.req.query('stage')),
      since: dateParam(c.req.query('since'), 'since'),
    });
    const sort = c.req.query('sort') === 'date' ? 'date' : '-date';
    const rows = pipeline(store, filter);
    return sendPage(c, ctx, pipelinePage(ctx, rows, { venue: filter.venue as Venue | undefined, stage: filter.stage as Stage | undefined, since: filter.since, sort }));
  });

  app.get('/companies', (c) => {
    const ctx = pageContext(c);
    return sendPage(c, ctx, companiesPage(ctx, listCompanies(store)));
  });

  app.get('/company/:name', (c) => {
    const ctx = pageContext(c);
    return sendPage(c, ctx, companyPage(ctx, companyProfile(store, c.req.param('name'))));
  });

  app.get('/articles', (c) => {
    const ctx = pageContext(c);
    const limit = intParam(c.req.query('limit'), 'limit', { min: 1, max: 500, fallback: 100 });
    const offset = intParam(c.req.query('offset'), 'offset', { min: 0, max: 1e9, fallback: 0 });
    const filter = { tag: textParam(c.req.query('tag')), outlet: textParam(c.req.query('outlet')), since: dateParam(c.req.query('since'), 'since') };
    const total = countArticles(store, filter);
    return sendPage(c, ctx, articlesPage(ctx, listArticles(store, { ...filter, limit, offset }), total, offset, limit));
  });

  app.get('/article/:id', (c) => {
    const ctx = pageContext(c);
    const view = articleView(store, c.req.param('id'));
    return sendPage(c, ctx, articlePage(ctx, view, parseHighlight(c.req.query('hl'))));
  });

  app.get('/search', (c) => {
    const ctx = pageContext(c);
    const q = textParam(c.req.query('q'));
    const hits = q ? searchArticles(store, q, { limit: intParam(c.req.query('limit'), 'limit', { min: 1, max: 200, fallback: 50 }) }) : undefined;
    return sendPage(c, ctx, searchPage(ctx, q ?? '', hits));
  });

  app.get('/changes', (c) => {
    const ctx = pageContext(c);
    const since = dateParam(c.req.query('since'), 'since') ?? daysAgo(30);
    return sendPage(c, ctx, changesPage(ctx, changes(store, { since })));
  });

  return app;
}
