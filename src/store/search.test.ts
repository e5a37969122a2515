import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ArgumentError } from '../core/errors.js';
import type { Article } from '../core/types.js';
import { readInput } from '../ingest/index.js';
import { toHansAligned } from '../text/script.js';
import { getArticle, insertArticle } from './articles.js';
import { openStore, type Store } from './db.js';
import { mergeSpans, searchArticles } from './search.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

function filledStore(): { store: Store; articles: Article[] } {
  const store = openStore(path.join(mkdtempSync(path.join(os.tmpdir(), 'kechuang-')), 'test.db'));
  const articles: Article[] = [];
  for (const rel of ['samples/digest.txt', 'testdata/ingest/digest-hant.txt', 'testdata/ingest/feed.rss']) {
    const r = readInput(path.join(root, rel));
    if ('error' in r) throw r.error;
    for (const a of r.articles) { insertArticle(store, a); articles.push(a); }
  }
  return { store, articles };
}

test('a Simplified query finds an article written in Traditional', () => {
  const { store } = filledStore();
  const hits = searchArticles(store, '雾凇材料');
  assert.deepEqual(hits.map((h) => h.article.title), ['霧凇材料擬衝刺科創板']);
});

test('a Traditional query finds an article written in Simplified', () => {
  const { store } = filledStore();
  const hits = searchArticles(store, '穹曜機器人');
  assert.deepEqual(hits.map((h) => h.article.title), ['穹曜机器人以保密形式递表港交所']);
});

test('match offsets point into the original article text, title and body alike', () => {
  const { store } = filledStore();
  const [hit] = searchArticles(store, '晨曦航电');
  const article = getArticle(store, hit.article.id)!;
  assert.ok(hit.matches.length >= 2);
  for (const m of hit.matches) assert.equal(toHansAligned(article.text.slice(m.start, m.end)), '晨曦航电');
  assert.equal(hit.matches[0].start, 0);
  assert.ok(hit.matches.some((m) => m.start >= article.bodySpan.start));
});

test('the snippet is the text around the first body match, with highlights inside it', () => {
  const { store } = filledStore();
  const [hit] = searchArticles(store, '保密形式', { context: 4 });
  const article = getArticle(store, hit.article.id)!;
  const { snippet } = hit;
  const first = article.text.indexOf('保密形式', article.bodySpan.start);
  assert.equal(snippet.start, first - 4);
  assert.equal(snippet.text, article.text.slice(snippet.start, snippet.end).replace(/\n/g, ' '));
  assert.deepEqual(snippet.highlights, [{ start: 4, end: 8 }]);
  assert.equal(snippet.before, true);
  assert.equal(snippet.more, true);
});

test('a snippet for a body match does not reach back into the title', () => {
  const { store } = filledStore();
  const [hit] = searchArticles(store, '保密形式', { context: 200 });
  const article = getArticle(store, hit.article.id)!;
  assert.equal(hit.snippet.start, article.bodySpan.start);
  assert.equal(hit.snippet.more, false);
  assert.equal(hit.snippet.before, false);
  for (const h of hit.snippet.highlights) assert.equal(hit.snippet.text.slice(h.start, h.end), '保密形式');
});

test('queries shorter than three characters fall back to LIKE and still work across scripts', () => {
  const { store } = filledStore();
  const hits = searchArticles(store, '航電');
  assert.deepEqual(hits.map((h) => h.article.title), ['晨曦航電完成B輪融資']);
  assert.ok(hits[0].matches.length > 0);
});

test('every term of a query must match, long and short terms mixed', () => {
  const { store } = filledStore();
  assert.deepEqual(searchArticles(store, '科创板 问询').map((h) => h.article.title).sort(), ['磐石存储科创板IPO已问询', '青禾智造科创板IPO进入问询阶段'].sort());
  assert.deepEqual(searchArticles(store, '保荐机构 国信').map((h) => h.article.title), ['星衡医疗登陆科创板，首日收盘市值约186亿元']);
  assert.deepEqual(searchArticles(store, '不存在的词语'), []);
});

test('ASCII is matched without regard to case', () => {
  const { store } = filledStore();
  const hits = searchArticles(store, 'ipo');
  assert.ok(hits.length >= 2);
  for (const h of hits) assert.ok(h.snippet.highlights.length > 0 || h.matches.length > 0);
});

test('FTS syntax in a query is searched as text, not run', () => {
  const { store } = filledStore();
  assert.deepEqual(searchArticles(store, '"澄光 OR'), []);
  assert.deepEqual(searchArticles(store, 'NEAR(澄光半导体)'), []);
  assert.equal(searchArticles(store, '澄光半导体*').length, 0);
  assert.equal(searchArticles(store, '澄光半导体').length, 2);
  assert.throws(() => searchArticles(store, '   '), ArgumentError);
});

test('limit caps the number of hits', () => {
  const { store } = filledStore();
  assert.equal(searchArticles(store, '科创板', { limit: 2 }).length, 2);
});

test('mergeSpans sorts and joins overlapping spans', () => {
  assert.deepEqual(mergeSpans([{ start: 5, end: 8 }, { start: 0, end: 2 }, { start: 7, end: 10 }, { start: 2, end: 3 }]), [{ start: 0, end: 3 }, { start: 5, end: 10 }]);
});
