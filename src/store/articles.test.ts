import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ArgumentError, NotFoundError } from '../core/errors.js';
import type { Article } from '../core/types.js';
import { buildArticle, joinedDraft, readInput } from '../ingest/index.js';
import { articleExists, countArticles, findArticle, getArticle, insertArticle, listArticles } from './articles.js';
import { openStore, type Store } from './db.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

function tempStore(): Store {
  return openStore(path.join(mkdtempSync(path.join(os.tmpdir(), 'kechuang-')), 'test.db'));
}

function read(rel: string): readonly Article[] {
  const r = readInput(path.join(root, rel));
  if ('error' in r) throw r.error;
  return r.articles;
}

function fill(store: Store): Article[] {
  const all = [...read('samples/digest.txt'), ...read('testdata/ingest/digest-hant.txt'), ...read('testdata/ingest/articles.jsonl')];
  for (const a of all) insertArticle(store, a);
  return all;
}

test('an inserted article reads back identical, and exists by its id', () => {
  const store = tempStore();
  const [a] = read('testdata/ingest/feed.rss');
  assert.equal(articleExists(store, a.id), false);
  insertArticle(store, a);
  assert.equal(articleExists(store, a.id), true);
  assert.deepEqual(getArticle(store, a.id), a);
  assert.equal(getArticle(store, '0000000000000000'), undefined);
});

test('inserting also fills tags and the full-text row', () => {
  const store = tempStore();
  const [a] = read('testdata/ingest/digest-hant.txt');
  insertArticle(store, a);
  assert.deepEqual(store.prepare('SELECT tag FROM article_tags WHERE article_id = ? ORDER BY tag').pluck().all(a.id), ['科創', '融資'].sort());
  const fts = store.prepare('SELECT title, body FROM articles_fts WHERE article_id = ?').get(a.id) as { title: string; body: string };
  assert.equal(fts.title, '晨曦航电完成B轮融资');
  assert.equal(fts.body.length, a.body.length);
});

test('listing keeps ingest order and filters by tag and outlet in either script', () => {
  const store = tempStore();
  const all = fill(store);
  assert.deepEqual(listArticles(store).map((a) => a.id), all.map((a) => a.id));
  // The sample is tagged 科创 (Simplified), the fixture digest 科創 (Traditional): one tag for both.
  assert.equal(listArticles(store, { tag: '科創' }).length, 9);
  assert.equal(listArticles(store, { tag: '融资' }).length, 3);
  assert.deepEqual(listArticles(store, { outlet: '新材料观察' }).map((a) => a.title), ['霧凇材料擬衝刺科創板']);
  assert.deepEqual(listArticles(store, { outlet: '芯事觀察' }).map((a) => a.position), [0, 6]);
  assert.equal(countArticles(store, { tag: '科创' }), 9);
});

test('--since keeps dated articles published on or after the date', () => {
  const store = tempStore();
  fill(store);
  assert.deepEqual(listArticles(store, { since: '2025-05' }).map((a) => a.title), ['北辰智算科创板IPO获受理']);
  assert.equal(listArticles(store, { since: '2025' }).length, 2);
  assert.throws(() => listArticles(store, { since: 'yesterday' }), ArgumentError);
});

test('limit and offset page through a listing', () => {
  const store = tempStore();
  const all = fill(store);
  assert.deepEqual(listArticles(store, { limit: 2, offset: 3 }).map((a) => a.id), all.slice(3, 5).map((a) => a.id));
});

test('an article is found by its id or a unique prefix; unknown ids are NotFound, shared prefixes ambiguous', () => {
  const store = tempStore();
  const all = fill(store);
  const a = all[4];
  assert.equal(findArticle(store, a.id).id, a.id);
  assert.equal(findArticle(store, a.id.slice(0, 10).toUpperCase()).id, a.id);
  assert.throws(() => findArticle(store, 'ffffffffffffffff0'), NotFoundError);
  assert.throws(() => findArticle(store, 'not-an-id'), NotFoundError);
  // 12 + 5 = 17 ids over 16 hex digits: some first digit is shared (pigeonhole).
  for (let i = 0; i < 5; i++) {
    const extra = buildArticle(joinedDraft(`第${i}篇`, `正文${i}`, {}), 'extra.txt', i, 'plain');
    insertArticle(store, extra);
    all.push(extra);
  }
  const firsts = all.map((x) => x.id[0]);
  const shared = firsts.find((c, i) => firsts.indexOf(c) !== i);
  assert.ok(shared, 'some first hex digit repeats');
  assert.throws(() => findArticle(store, shared!), /matches several articles/);
});
