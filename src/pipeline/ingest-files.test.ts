import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ArgumentError } from '../core/errors.js';
import { countArticles, listArticles } from '../store/articles.js';
import { openStore, type Store } from '../store/db.js';
import { ingestFiles, type IngestProgress } from './ingest-files.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const fixture = (name: string) => path.join(root, 'testdata/ingest', name);
const devDir = path.resolve(root, '../shared/corpus/dev');

function tmp(): string {
  return mkdtempSync(path.join(os.tmpdir(), 'kechuang-'));
}

function tempStore(): { store: Store; file: string } {
  const file = path.join(tmp(), 'test.db');
  return { store: openStore(file), file };
}

/** Every row of the tables an ingest writes, to compare a store before and after. */
function snapshot(store: Store): unknown {
  return {
    articles: store.prepare('SELECT id, seq FROM articles ORDER BY seq').all(),
    tags: store.prepare('SELECT * FROM article_tags ORDER BY article_id, tag').all(),
    fts: store.prepare('SELECT article_id FROM articles_fts ORDER BY article_id').all(),
    facts: store.prepare('SELECT id FROM facts ORDER BY id').all(),
  };
}

test('ingesting every fixture format stores all their articles and reports them new', () => {
  const { store } = tempStore();
  const report = ingestFiles(store, [path.join(root, 'testdata/ingest'), path.join(root, 'samples/digest.txt')]);
  // broken.jsonl fails; the 8 other fixtures give 1+1+3+2+1+2+2+1 articles, the sample 7.
  assert.equal(report.files, 10);
  assert.equal(report.filesRead, 9);
  assert.equal(report.articlesNew, 13 + 7);
  assert.equal(report.articlesKnown, 0);
  assert.equal(countArticles(store), 20);
  assert.deepEqual(new Set(report.ingested.map((f) => f.format)), new Set(['html', 'jsonl', 'digest', 'plain', 'atom', 'rss']));
});

test('a second ingest of the same content adds nothing and reports every article as already known', () => {
  const { store } = tempStore();
  const paths = [path.join(root, 'samples/digest.txt'), fixture('feed.rss')];
  const first = ingestFiles(store, paths);
  assert.equal(first.articlesNew, 9);
  const before = snapshot(store);
  const second = ingestFiles(store, paths);
  assert.equal(second.articlesNew, 0);
  assert.equal(second.articlesKnown, 9);
  assert.deepEqual(second.failures, []);
  assert.deepEqual(snapshot(store), before);
});

test('the same content under another name or encoding is known too (ids come from content)', () => {
  const { store } = tempStore();
  ingestFiles(store, [fixture('articles.jsonl')]);
  const copy = path.join(tmp(), 'renamed.txt');
  copyFileSync(fixture('articles.jsonl'), copy);
  const again = ingestFiles(store, [copy]);
  assert.equal(again.articlesNew, 0);
  assert.equal(again.articlesKnown, 3);
});

test('a JSONL file whose 3rd line is broken leaves the store as it was, and the other files are still ingested', () => {
  const { store } = tempStore();
  ingestFiles(store, [fixture('feed.atom')]);
  const before = snapshot(store);
  const report = ingestFiles(store, [fixture('broken.jsonl'), fixture('feed.rss')]);
  assert.equal(report.failures.length, 1);
  assert.equal(report.failures[0].file, fixture('broken.jsonl'));
  assert.equal(report.failures[0].code, 'FORMAT_INVALID');
  assert.match(report.failures[0].message, /broken\.jsonl:3: invalid JSON/);
  assert.equal(report.articlesNew, 2);
  const titles = listArticles(store).map((a) => a.title);
  assert.ok(!titles.includes('铁壁安全完成B轮融资'), 'the good lines before the bad one are not stored');
  assert.ok(titles.includes('青鸾航天完成新一轮融资'));
  const after = snapshot(store) as { articles: unknown[] };
  assert.deepEqual(after.articles.slice(0, 2), (before as { articles: unknown[] }).articles);
});

test('a file that fails while being stored rolls back the articles it had already inserted', () => {
  const { store } = tempStore();
  // A real store condition makes the 3rd article of the file fail after two were inserted.
  store.exec(`CREATE TRIGGER refuse_third BEFORE INSERT ON articles WHEN NEW.title = '流云数据启动上市辅导'
    BEGIN SELECT RAISE(ABORT, 'refused by test trigger'); END`);
  ingestFiles(store, [fixture('feed.atom')]);
  const before = snapshot(store);
  const report = ingestFiles(store, [fixture('articles.jsonl'), fixture('digest-hant.txt')]);
  assert.equal(report.failures.length, 1);
  assert.equal(report.failures[0].file, fixture('articles.jsonl'));
  assert.match(report.failures[0].message, /refused by test trigger/);
  assert.equal(report.ingested.length, 1);
  assert.equal(report.articlesNew, 2);
  const titles = listArticles(store).map((a) => a.title);
  assert.ok(!titles.includes('赤焰能源完成2亿元A轮融资') && !titles.includes('北辰智算科创板IPO获受理'));
  const after = snapshot(store) as { articles: unknown[]; tags: unknown[]; fts: unknown[] };
  const b = before as { articles: unknown[]; tags: unknown[]; fts: unknown[] };
  assert.equal(after.articles.length, b.articles.length + 2);
  assert.equal(after.fts.length, b.fts.length + 2);
});

test('missing and undecodable files are reported one line each, with their code', () => {
  const { store } = tempStore();
  const bad = path.join(tmp(), 'bad.txt');
  writeFileSync(bad, Buffer.concat([Buffer.from('标题\n'), Buffer.from([0xff, 0xff])]));
  const report = ingestFiles(store, ['/no/such/dir/x.txt', bad, fixture('excerpt.txt')]);
  assert.deepEqual(report.failures.map((f) => f.code), ['INPUT_NOT_FOUND', 'DECODE_FAILED']);
  assert.match(report.failures[1].message, /at byte 7/);
  assert.equal(report.articlesNew, 1);
});

test('progress is reported once per file with the total', () => {
  const { store } = tempStore();
  const seen: IngestProgress[] = [];
  ingestFiles(store, [fixture('feed.rss'), fixture('feed.atom'), '/missing.txt'], { onProgress: (p) => seen.push(p) });
  assert.deepEqual(seen.map((p) => [p.done, p.total]), [[1, 3], [2, 3], [3, 3]]);
});

test('an unknown --encoding fails before any file is touched', () => {
  const { store } = tempStore();
  assert.throws(() => ingestFiles(store, [fixture('feed.rss')], { encoding: 'no-such-encoding' }), ArgumentError);
  assert.equal(countArticles(store), 0);
});

test('the store file stays consistent when reopened after an ingest', () => {
  const { store, file } = tempStore();
  ingestFiles(store, [path.join(root, 'samples/digest.txt')]);
  store.close();
  const reopened = openStore(file);
  assert.equal(countArticles(reopened, { tag: '科创' }), 7);
  reopened.close();
});

test('the dev corpus ingests without failures: 8 digest articles and one per news file', { skip: !existsSync(devDir) && 'no dev corpus' }, () => {
  const { store } = tempStore();
  const report = ingestFiles(store, [devDir]);
  assert.deepEqual(report.failures, []);
  assert.equal(report.files, 41);
  assert.equal(report.articlesNew, 48);
  assert.equal(countArticles(store, { tag: '科创' }), 8);
});
