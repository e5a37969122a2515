import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article } from '../../core/types.js';
import { ingestFiles } from '../../pipeline/index.js';
import { listArticles } from '../../store/articles.js';
import { openStore } from '../../store/db.js';
import { runCli } from '../../../testdata/ingest/run-cli.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));

function filledDb(): { file: string; ids: string[] } {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'kechuang-')), 'cli.db');
  const store = openStore(file);
  ingestFiles(store, [path.join(root, 'testdata/ingest/feed.rss')]);
  const ids = listArticles(store).map((a) => a.id);
  store.close();
  return { file, ids };
}

test('kechuang show prints an article found by an id prefix: title, metadata and text', () => {
  const { file, ids } = filledDb();
  const r = runCli(['show', ids[0].slice(0, 8), '--db', file]);
  assert.equal(r.code, 0, r.stderr);
  const lines = r.stdout.split('\n');
  assert.equal(lines[0], '青鸾航天完成新一轮融资');
  assert.match(r.stdout, new RegExp(`^id: ${ids[0]}$`, 'm'));
  assert.match(r.stdout, /outlet: 科创快讯\s+published: 2025-03-04T08:00:00\+08:00\s+tags: 融资, 航天/);
  assert.match(r.stdout, /^本轮由国风投领投。$/m);
  assert.match(r.stdout, /^facts: \d+$/m);
});

test('kechuang show --json prints the whole article with its spans and facts', () => {
  const { file, ids } = filledDb();
  const r = runCli(['show', ids[1], '--json', '--db', file]);
  const a = JSON.parse(r.stdout) as Article & { facts: unknown[] };
  assert.equal(a.id, ids[1]);
  assert.equal(a.text.slice(a.titleSpan.start, a.titleSpan.end), a.title);
  assert.equal(a.format, 'rss');
  assert.ok(Array.isArray(a.facts));
});

test('kechuang show of an unknown id exits 3 with a clear line', () => {
  const { file } = filledDb();
  const r = runCli(['show', 'abcdef0123456789', '--db', file]);
  assert.equal(r.code, 3);
  assert.equal(r.stderr, 'kechuang: article not found: abcdef0123456789 [NOT_FOUND]\n');
  assert.equal(r.stdout, '');
});
