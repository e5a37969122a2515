// The HTTP API in process (`app.request`) over a real store filled by ingest:
// every route, its bad parameters and missing records, uploads with and
// without the token, and every answer checked against the OpenAPI document.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import type { Hono } from 'hono';
import type { Fact } from '../core/types.js';
import { listArticles, openStore, type Store } from '../store/index.js';
import { DEV_DIGEST, FIXTURES, HAVE_DEV_CORPUS, filledStore } from '../../testdata/server/store.js';
import { assertMatchesDocument, compileAllSchemas, schemaValidator } from '../../testdata/server/openapi-check.js';
import { OPENAPI } from './openapi.js';
import { createApp } from './app.js';

let store: Store;
let app: Hono;
let dir: string;

before(() => {
  const filled = filledStore();
  store = filled.store;
  dir = filled.dir;
  assert.deepEqual(filled.fixtures.failures, []);
  app = createApp({ store });
});
after(() => {
  store.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function getJson(url: string, status = 200): Promise<any> {
  const res = await app.request(url);
  assert.equal(res.status, status, `${url} → ${res.status}: ${await res.clone().text()}`);
  assert.match(res.headers.get('content-type') ?? '', /^application\/json/);
  return res.json();
}

async function assertError(url: string, status: number, code: string, template: string): Promise<void> {
  const body = await getJson(url, status);
  assert.equal(body.error.code, code);
  assert.ok(body.error.message.length > 0);
  assertMatchesDocument(template, 'get', status, body);
}

test('the OpenAPI document is 3.1, every schema compiles, and every described GET route answers', async () => {
  assert.equal(OPENAPI.openapi, '3.1.0');
  assert.ok(compileAllSchemas() > 30);
  const served = await getJson('/api/openapi.json');
  assert.deepEqual(served, JSON.parse(JSON.stringify(OPENAPI)));
  assertMatchesDocument('/api/openapi.json', 'get', 200, served);
  for (const [template, ops] of Object.entries(OPENAPI.paths)) {
    if (!('get' in ops)) continue;
    const url = template.replace('{name}', encodeURIComponent('星河微电子')).replace('{id}', listArticles(store)[0].id)
      + (template === '/api/search' ? '?q=科创板' : template === '/api/changes' ? '?since=2000' : '');
    const res = await app.request(url);
    assert.equal(res.status, 200, `${url} answers 200`);
  }
});

test('every API and feed route of the app is described in the OpenAPI document, and nothing more', () => {
  const routes = new Set(app.routes
    .filter((r) => r.method !== 'ALL' && (r.path.startsWith('/api/') || /\.(atom|json)$/.test(r.path)))
    .map((r) => `${r.method.toLowerCase()} ${r.path.replace(/:(\w+)/g, '{$1}')}`));
  const described = new Set(Object.entries(OPENAPI.paths).flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m} ${p}`)));
  assert.deepEqual([...routes].sort(), [...described].sort());
});

test('pipeline: rows match the schema, filters by venue (any case), stage and date, and refuses unknown values', async () => {
  const all = await getJson('/api/pipeline');
  assertMatchesDocument('/api/pipeline', 'get', 200, all);
  assert.ok(all.rows.length > 0);
  const ours = all.rows.find((r: any) => r.company === '星河微电子');
  assert.ok(ours, 'the fixture company is in the pipeline');
  assert.equal(ours.venue, 'STAR');
  assert.equal(ours.stage, 'accepted');
  assert.ok(fs.readFileSync(path.join(FIXTURES, 'digest.txt'), 'utf8').includes(ours.evidence.quote), 'its quote is fixture text');
  const star = await getJson('/api/pipeline?venue=star');
  assertMatchesDocument('/api/pipeline', 'get', 200, star);
  assert.ok(star.rows.length > 0 && star.rows.every((r: any) => r.venue === 'STAR'));
  const accepted = await getJson('/api/pipeline?stage=accepted');
  assert.ok(accepted.rows.every((r: any) => r.stage === 'accepted'));
  const since = await getJson('/api/pipeline?since=2100');
  assert.deepEqual(since.rows, []);
  await assertError('/api/pipeline?venue=MOON', 400, 'BAD_ARGUMENT', '/api/pipeline');
  await assertError('/api/pipeline?stage=dreaming', 400, 'BAD_ARGUMENT', '/api/pipeline');
  await assertError('/api/pipeline?since=last-week', 400, 'BAD_ARGUMENT', '/api/pipeline');
});

test('companies: the list and one company in either script, with its figures; an unknown one is 404', async () => {
  const list = await getJson('/api/companies');
  assertMatchesDocument('/api/companies', 'get', 200, list);
  assert.ok(list.companies.some((c: any) => c.name === '星河微电子' && c.facts > 0));
  const p = await getJson(`/api/companies/${encodeURIComponent('星河微电子')}`);
  assertMatchesDocument('/api/companies/{name}', 'get', 200, p);
  assert.equal(p.name, '星河微电子');
  const revenue = p.financials.rows.find((r: any) => r.metric === 'revenue' && !r.forecast);
  assert.equal(revenue.cells['2024-01/2024-12'][0].value.value, 502000000);
  assert.ok(p.timeline.some((s: any) => s.stage === 'accepted' && s.venue === 'STAR'));
  assert.ok(p.facts.length >= 3);
  // The Traditional fixture's company, asked for in Simplified and in Traditional.
  const hans = await getJson(`/api/companies/${encodeURIComponent('云岫机器人')}`);
  const hant = await getJson(`/api/companies/${encodeURIComponent('雲岫機器人')}`);
  assert.equal(hans.id, hant.id);
  assertMatchesDocument('/api/companies/{name}', 'get', 200, hans);
  await assertError(`/api/companies/${encodeURIComponent('并不存在的公司')}`, 404, 'NOT_FOUND', '/api/companies/{name}');
});

test('articles: a page with its total, tag in either script, limit and offset checked', { skip: HAVE_DEV_CORPUS ? false : 'needs the dev corpus beside the repo for enough articles' }, async () => {
  const page = await getJson('/api/articles?limit=5&offset=1');
  assertMatchesDocument('/api/articles', 'get', 200, page);
  assert.equal(page.articles.length, 5);
  assert.equal(page.limit, 5);
  assert.ok(page.total >= 4);
  const all = await getJson('/api/articles?limit=1000');
  assert.equal(all.articles[1].id, page.articles[0].id);
  const tagged = await getJson(`/api/articles?tag=${encodeURIComponent('科創')}`);
  assert.ok(tagged.articles.some((a: any) => a.title.startsWith('星河微电子')), 'tag 科創 finds an article tagged 科创');
  await assertError('/api/articles?limit=0', 400, 'BAD_ARGUMENT', '/api/articles');
  await assertError('/api/articles?limit=ten', 400, 'BAD_ARGUMENT', '/api/articles');
  await assertError('/api/articles?offset=-1', 400, 'BAD_ARGUMENT', '/api/articles');
  await assertError('/api/articles?since=2025-13', 400, 'BAD_ARGUMENT', '/api/articles');
});

test('dev corpus: the eight digest articles are stored, have facts between them, and every fact offset points at its quote', { skip: HAVE_DEV_CORPUS ? false : 'the dev corpus (../shared/corpus/dev) is not here' }, async () => {
  const digest = listArticles(store).filter((a) => a.file === DEV_DIGEST);
  assert.equal(digest.length, 8);
  let facts = 0;
  for (const a of digest) {
    const view = await getJson(`/api/articles/${a.id}`);
    assertMatchesDocument('/api/articles/{id}', 'get', 200, view);
    for (const f of view.facts) {
      assert.equal(view.article.text.slice(f.start, f.end), f.quote);
      assert.equal(f.fact.source.doc, a.id);
    }
    facts += view.facts.length;
  }
  assert.ok(facts > 0, 'the digest yields facts');
});

test('one article: by id or unique prefix, facts with offsets into its text; unknown is 404, an ambiguous prefix 400', { skip: HAVE_DEV_CORPUS ? false : 'needs the dev corpus beside the repo for an ambiguous id prefix' }, async () => {
  const ours = listArticles(store).find((a) => a.title.startsWith('星河微电子'))!;
  const view = await getJson(`/api/articles/${ours.id}`);
  assertMatchesDocument('/api/articles/{id}', 'get', 200, view);
  assert.ok(view.facts.length >= 3);
  for (const f of view.facts) assert.equal(view.article.text.slice(f.start, f.end), f.quote);
  const byPrefix = await getJson(`/api/articles/${ours.id.slice(0, 12)}`);
  assert.equal(byPrefix.article.id, ours.id);
  await assertError('/api/articles/0000000000000000', 404, 'NOT_FOUND', '/api/articles/{id}');
  await assertError('/api/articles/not-an-id', 404, 'NOT_FOUND', '/api/articles/{id}');
  const ids = listArticles(store).map((a) => a.id);
  const shared = ids.map((id) => id[0]).find((c, i, all) => all.indexOf(c) !== i)!;
  await assertError(`/api/articles/${shared}`, 400, 'BAD_ARGUMENT', '/api/articles/{id}');
});

test('search: a Simplified query finds the Traditional article, with matches and snippet; no query is 400', async () => {
  const res = await getJson(`/api/search?q=${encodeURIComponent('云岫机器人 融资')}`);
  assertMatchesDocument('/api/search', 'get', 200, res);
  const hit = res.hits.find((h: any) => h.article.title.startsWith('雲岫機器人'));
  assert.ok(hit, 'the Traditional article is found');
  const text = (await getJson(`/api/articles/${hit.article.id}`)).article.text;
  assert.ok(hit.matches.length >= 2);
  for (const m of hit.matches) assert.match(text.slice(m.start, m.end), /^(雲岫機器人|融資)$/);
  for (const h of hit.snippet.highlights) assert.match(hit.snippet.text.slice(h.start, h.end), /^(雲岫機器人|融資)$/);
  await assertError('/api/search', 400, 'BAD_ARGUMENT', '/api/search');
  await assertError('/api/search?q=%20', 400, 'BAD_ARGUMENT', '/api/search');
  await assertError('/api/search?q=x&limit=999', 400, 'BAD_ARGUMENT', '/api/search');
});

test('changes: since a date, per company with sources; since is required and checked', async () => {
  const res = await getJson('/api/changes?since=2000-01-01');
  assertMatchesDocument('/api/changes', 'get', 200, res);
  assert.equal(res.since, '2000-01-01');
  assert.ok(res.companies.some((c: any) => c.company === '星河微电子' && c.stageChanges.some((s: any) => s.to.stage === 'accepted')));
  const none = await getJson('/api/changes?since=2999-01-01');
  assert.deepEqual(none.companies, []);
  await assertError('/api/changes', 400, 'BAD_ARGUMENT', '/api/changes');
  await assertError('/api/changes?since=yesterday', 400, 'BAD_ARGUMENT', '/api/changes');
});

test('facts export: JSON Lines of contract facts (default) and CSV, filtered; bad kind or format 400, unknown company 404', async () => {
  const res = await app.request('/api/facts');
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-type')!, /^application\/x-ndjson/);
  const lines = (await res.text()).trim().split('\n');
  const validFact = schemaValidator('Fact');
  for (const line of lines) {
    const fact = JSON.parse(line) as Fact;
    assert.ok(validFact(fact), JSON.stringify(validFact.errors));
  }
  const one = await app.request(`/api/facts?company=${encodeURIComponent('星河微电子')}&kind=financial`);
  const facts = (await one.text()).trim().split('\n').map((l) => JSON.parse(l) as Fact);
  assert.equal(facts.length, 6);
  assert.ok(facts.every((f) => f.kind === 'financial'));
  const csv = await app.request(`/api/facts?format=csv&company=${encodeURIComponent('星河微电子')}`);
  assert.match(csv.headers.get('content-type')!, /^text\/csv/);
  const rows = (await csv.text()).trim().split(/\r?\n/);
  assert.match(rows[0], /^article_id,outlet,published_at,kind,company/);
  assert.ok(rows.length >= 8);
  await assertError('/api/facts?kind=rumour', 400, 'BAD_ARGUMENT', '/api/facts');
  await assertError('/api/facts?format=xml', 400, 'BAD_ARGUMENT', '/api/facts');
  await assertError('/api/facts?since=soon', 400, 'BAD_ARGUMENT', '/api/facts');
  await assertError(`/api/facts?company=${encodeURIComponent('并不存在的公司')}`, 404, 'NOT_FOUND', '/api/facts');
});

test('feeds: the digest as Atom and JSON Feed, changes as Atom, article markup escaped; bad parameters are JSON 400s', async () => {
  const parser = new XMLParser({ ignoreAttributes: false });
  const atom = await app.request('/feed.atom?limit=500');
  assert.equal(atom.status, 200);
  assert.match(atom.headers.get('content-type')!, /^application\/atom\+xml/);
  const xml = await atom.text();
  const feed = parser.parse(xml).feed;
  const entries = [feed.entry].flat();
  assert.ok(entries.length >= 4);
  assert.ok(entries.some((e: any) => String(e.title['#text']).includes('<script>window.__xssTitle=1</script>')), 'the title survives as text');
  assert.ok(!xml.includes('<script>'), 'no raw script tag in the feed');
  assert.match(xml, /<link rel="self" href="http:\/\/localhost\/feed.atom\?limit=500"/);
  const json = await app.request('/feed.json?script=hant');
  assert.match(json.headers.get('content-type')!, /^application\/feed\+json/);
  const jf = await json.json() as any;
  assert.equal(jf.version, 'https://jsonfeed.org/version/1.1');
  assert.ok(jf.items.some((i: any) => i.title.startsWith('星河微電子')), 'converted to Traditional');
  const changes = await app.request('/changes.atom?since=2000');
  assert.equal(changes.status, 200);
  assert.ok([parser.parse(await changes.text()).feed.entry].flat().length > 0);
  const bad = await app.request('/feed.json?script=latin');
  assert.equal(bad.status, 400);
  assert.equal((await bad.json() as any).error.code, 'BAD_ARGUMENT');
  assert.equal((await app.request('/changes.atom?since=tomorrow')).status, 400);
  assert.equal((await app.request('/feed.atom?limit=0')).status, 400);
});

test('unknown API routes are JSON 404s, and every answer carries the CSP and no-sniff headers', async () => {
  const missing = await getJson('/api/nothing-here', 404);
  const valid = (schemaValidator('Error') as (d: unknown) => boolean)(missing);
  assert.ok(valid);
  assert.equal(missing.error.code, 'NOT_FOUND');
  const res = await app.request('/api/pipeline');
  const csp = res.headers.get('content-security-policy')!;
  assert.match(csp, /default-src 'self'/);
  assert.match(csp, /script-src 'self'(;|$)/);
  assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
  assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
});

test('an unexpected failure is a 500 that tells the client nothing of the insides, and is logged', async () => {
  const file = path.join(dir, 'closed.db');
  const closed = openStore(file);
  const logged: string[] = [];
  const broken = createApp({ store: closed, log: (m) => logged.push(m) });
  closed.close();
  const res = await broken.request('/api/companies');
  assert.equal(res.status, 500);
  const body = await res.json() as any;
  assert.ok(schemaValidator('Error')(body));
  assert.deepEqual(body, { error: { code: 'INTERNAL', message: 'internal error' } });
  assert.equal(logged.length, 1);
  assert.match(logged[0], /GET \/api\/companies/);
});

// Uploads -------------------------------------------------------------------

const TOKEN = 'test-token-7f3a';
const NEW_DIGEST = '#科创\n明溪光电创业板IPO获受理，拟募资6亿元\n4月2日，深交所官网显示，明溪光电股份有限公司创业板IPO申请获受理，国金证券为其保荐机构，拟募资6亿元。 (光电日报)\n';

function upload(target: Hono, body: BodyInit, headers: Record<string, string> = {}, query = ''): Promise<Response> {
  return Promise.resolve(target.request(`/api/ingest${query}`, { method: 'POST', body, headers }));
}

test('upload: off without a token (403); with one, a missing or wrong token is 401 and nothing is stored', async () => {
  const readOnly = await upload(app, NEW_DIGEST, { Authorization: `Bearer ${TOKEN}` });
  assert.equal(readOnly.status, 403);
  const body = await readOnly.json();
  assertMatchesDocument('/api/ingest', 'post', 403, body);
  const withToken = createApp({ store, token: TOKEN });
  const missing = await upload(withToken, NEW_DIGEST);
  assert.equal(missing.status, 401);
  assert.match(missing.headers.get('www-authenticate')!, /^Bearer/);
  assertMatchesDocument('/api/ingest', 'post', 401, await missing.json());
  const wrong = await upload(withToken, NEW_DIGEST, { Authorization: 'Bearer not-the-token' });
  assert.equal(wrong.status, 401);
  assert.equal((await wrong.json() as any).error.code, 'UNAUTHORIZED');
  const basic = await upload(withToken, NEW_DIGEST, { Authorization: `Basic ${Buffer.from(`x:${TOKEN}`).toString('base64')}` });
  assert.equal(basic.status, 401);
  assert.ok(!listArticles(store).some((a) => a.title.startsWith('明溪光电')), 'nothing stored');
});

test('upload: an oversized body is 413 before it is stored', async () => {
  const withToken = createApp({ store, token: TOKEN, maxUploadBytes: 64 * 1024 });
  const big = NEW_DIGEST + '科'.repeat(40 * 1024);
  const res = await upload(withToken, big, { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'text/plain' }, '?name=big.txt');
  assert.equal(res.status, 413);
  const body = await res.json() as any;
  assert.equal(body.error.code, 'TOO_LARGE');
  assertMatchesDocument('/api/ingest', 'post', 413, body);
  // The default limit is 5 MB.
  const defaultLimit = createApp({ store, token: TOKEN });
  const huge = await upload(defaultLimit, new Uint8Array(5 * 1024 * 1024 + 1).fill(0x41), { Authorization: `Bearer ${TOKEN}` });
  assert.equal(huge.status, 413);
  assert.ok(!listArticles(store).some((a) => a.title.startsWith('明溪光电')));
});

test('upload: a multipart file is ingested (201), again is known (200), and shows up in the pipeline; raw bodies work too', async () => {
  const withToken = createApp({ store, token: TOKEN });
  const form = () => { const f = new FormData(); f.append('file', new File([NEW_DIGEST], 'mingxi.txt', { type: 'text/plain' })); return f; };
  const first = await upload(withToken, form(), { Authorization: `Bearer ${TOKEN}` });
  assert.equal(first.status, 201, await first.clone().text());
  const report = await first.json() as any;
  assertMatchesDocument('/api/ingest', 'post', 201, report);
  assert.equal(report.file, 'mingxi.txt');
  assert.equal(report.articlesNew, 1);
  assert.ok(report.facts >= 1);
  const again = await upload(withToken, form(), { Authorization: `Bearer ${TOKEN}` });
  assert.equal(again.status, 200);
  const known = await again.json() as any;
  assertMatchesDocument('/api/ingest', 'post', 200, known);
  assert.equal(known.articlesKnown, 1);
  const rows = (await getJson('/api/pipeline?venue=CHINEXT')).rows;
  assert.ok(rows.some((r: any) => r.company === '明溪光电' && r.stage === 'accepted'));
  const raw = await upload(withToken, '{"title": "远川材料完成3亿元B轮融资", "body": "远川材料宣布完成3亿元B轮融资。"}\n', { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/octet-stream' }, '?name=../../evil/news.jsonl');
  assert.equal(raw.status, 201, await raw.clone().text());
  const rawReport = await raw.json() as any;
  assert.equal(rawReport.file, 'news.jsonl', 'path parts of the name are dropped');
  assert.equal(rawReport.format, 'jsonl');
});

test('upload: an empty body or a form without a file is 400, an unreadable file 422 naming the upload', async () => {
  const withToken = createApp({ store, token: TOKEN });
  const auth = { Authorization: `Bearer ${TOKEN}` };
  const empty = await upload(withToken, '', auth);
  assert.equal(empty.status, 400);
  assertMatchesDocument('/api/ingest', 'post', 400, await empty.json());
  const form = new FormData();
  form.append('note', 'no file here');
  const noFile = await upload(withToken, form, auth);
  assert.equal(noFile.status, 400);
  const bytes = fs.readFileSync(path.join(FIXTURES, 'not-news.bin'));
  const bad = await upload(withToken, bytes, { ...auth, 'Content-Type': 'application/octet-stream' }, '?name=not-news.bin');
  assert.equal(bad.status, 422, await bad.clone().text());
  const body = await bad.json() as any;
  assertMatchesDocument('/api/ingest', 'post', 422, body);
  assert.match(body.error.code, /^(DECODE_FAILED|FORMAT_INVALID|INPUT_UNREADABLE)$/);
  assert.match(body.error.message, /not-news\.bin/);
  assert.doesNotMatch(body.error.message, /kechuang-upload-/, 'the temp path is not shown');
});
