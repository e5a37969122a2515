// The JSON API under /api: thin handlers that check parameters and call
// src/query and src/store. Shapes are described in ./openapi.ts.
import { Hono } from 'hono';
import { articleView, changes, checkPipelineFilter, companyProfile, exportFacts, factsToCsv, factsToJsonl, pipeline } from '../query/index.js';
import { ArgumentError } from '../core/errors.js';
import { countArticles, listArticles, listCompanies, searchArticles, type Store } from '../store/index.js';
import { OPENAPI } from './openapi.js';
import { dateParam, intParam, textParam } from './params.js';

/** The read-only API routes over one store (mounted at /api). */
export function apiRoutes(store: Store): Hono {
  const api = new Hono();

  api.get('/openapi.json', (c) => c.json(OPENAPI));

  api.get('/pipeline', (c) => {
    const filter = checkPipelineFilter({
      venue: textParam(c.req.query('venue'))?.toUpperCase(),
      stage: textParam(c.req.query('stage')),
      since: dateParam(c.req.query('since'), 'since'),
    });
    return c.json({ rows: pipeline(store, filter) });
  });

  api.get('/companies', (c) => c.json({ companies: listCompanies(store) }));

  api.get('/companies/:name', (c) => c.json(companyProfile(store, c.req.param('name'))));

  api.get('/articles', (c) => {
    const filter = { tag: textParam(c.req.query('tag')), outlet: textParam(c.req.query('outlet')), since: dateParam(c.req.query('since'), 'since') };
    const limit = intParam(c.req.query('limit'), 'limit', { min: 1, max: 1000, fallback: 100 });
    const offset = intParam(c.req.query('offset'), 'offset', { min: 0, max: 1e9, fallback: 0 });
    return c.json({ total: countArticles(store, filter), limit, offset, articles: listArticles(store, { ...filter, limit, offset }) });
  });

  api.get('/articles/:id', (c) => c.json(articleView(store, c.req.param('id'))));

  api.get('/search', (c) => {
    const q = textParam(c.req.query('q'));
    if (!q) throw new ArgumentError('q is required: the words to search for');
    const limit = intParam(c.req.query('limit'), 'limit', { min: 1, max: 200, fallback: 20 });
    return c.json({ query: q, hits: searchArticles(store, q, { limit }) });
  });

  api.get('/changes', (c) => {
    const since = dateParam(c.req.query('since'), 'since');
    if (!since) throw new ArgumentError('since is required: a date like 2025-12-30');
    return c.json(changes(store, { since }));
  });

  api.get('/facts', (c) => {
    const format = c.req.query('format') ?? 'jsonl';
    if (format !== 'jsonl' && format !== 'csv') throw new ArgumentError(`format is jsonl or csv, got ${JSON.stringify(format)}`, { format });
    const facts = exportFacts(store, {
      company: textParam(c.req.query('company')),
      kind: textParam(c.req.query('kind')),
      since: dateParam(c.req.query('since'), 'since'),
    });
    return format === 'csv'
      ? c.body(factsToCsv(facts), 200, { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': 'inline; filename="facts.csv"' })
      : c.body(factsToJsonl(facts), 200, { 'Content-Type': 'application/x-ndjson; charset=utf-8' });
  });

  return api;
}
