import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SearchHit } from '../../store/search.js';
import { ingestFiles } from '../../pipeline/index.js';
import { getArticle } from '../../store/articles.js';
import { openStore } from '../../store/db.js';
import { highlight } from './search.js';
import { runCli } from '../../../testdata/ingest/run-cli.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));

function filledDb(): string {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'kechuang-')), 'cli.db');
  const store = openStore(file);
  ingestFiles(store, [path.join(root, 'samples/digest.txt'), path.join(root, 'testdata/ingest/digest-hant.txt')]);
  store.close();
  return file;
}

test('kechuang search marks matches with 【】 when piped and finds Traditional text for a Simplified query', () => {
  const store = filledDb();
  const r = runCli(['search', '兴业证券', '--db', store]);
  assert.equal(r.code, 0, r.stderr);
  const lines = r.stdout.trimEnd().split('\n');
  assert.match(lines[0], /^[0-9a-f]{16} {2}霧凇材料擬衝刺科創板 {2}\(新材料觀察\)$/);
  assert.match(lines[1], /【興業證券】/);
  assert.equal(lines.at(-1), '1 article found');
});

test('kechuang search --json gives match offsets into the article text', () => {
  const file = filledDb();
  const hits = JSON.parse(runCli(['search', '保密形式', '--json', '--db', file]).stdout) as SearchHit[];
  assert.equal(hits.length, 1);
  const store = openStore(file);
  const text = getArticle(store, hits[0].article.id)!.text;
  store.close();
  assert.ok(hits[0].matches.length >= 2);
  for (const m of hits[0].matches) assert.equal(text.slice(m.start, m.end), '保密形式');
});

test('kechuang search with no hits says so and exits 0; an empty query is a usage error', () => {
  const store = filledDb();
  const none = runCli(['search', '没有这篇文章', '--db', store]);
  assert.equal(none.code, 0);
  assert.equal(none.stdout, '0 articles found\n');
  assert.equal(runCli(['search', ' ', '--db', store]).code, 2);
});

test('highlight uses terminal colours on a TTY and marks cut text with …', () => {
  const snippet = { text: 'abc保密def', start: 3, end: 11, highlights: [{ start: 3, end: 5 }], before: true, more: true };
  assert.equal(highlight(snippet, false), '…abc【保密】def…');
  assert.equal(highlight(snippet, true), '…abc\x1b[1;33m保密\x1b[0mdef…');
  assert.equal(highlight({ ...snippet, before: false, more: false }, false), 'abc【保密】def');
});
