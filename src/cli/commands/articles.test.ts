import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingestFiles } from '../../pipeline/index.js';
import { openStore } from '../../store/db.js';
import { runCli } from '../../../testdata/ingest/run-cli.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));

function filledDb(): string {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'kechuang-')), 'cli.db');
  const store = openStore(file);
  ingestFiles(store, [path.join(root, 'samples/digest.txt'), path.join(root, 'testdata/ingest/digest-hant.txt'), path.join(root, 'testdata/ingest/articles.jsonl')]);
  store.close();
  return file;
}

test('kechuang articles lists a table filtered by tag in either script, with a count', () => {
  const store = filledDb();
  const r = runCli(['articles', '--tag', '科創', '--db', store]);
  assert.equal(r.code, 0, r.stderr);
  const lines = r.stdout.trimEnd().split('\n');
  assert.match(lines[0], /^id\s+published\s+outlet\s+tags\s+title$/);
  assert.equal(lines.length, 2 + 9 + 1);
  assert.equal(lines.at(-1), '9 articles');
});

test('kechuang articles --json honours --outlet, --since and --limit', () => {
  const store = filledDb();
  const byOutlet = JSON.parse(runCli(['articles', '--outlet', '芯事觀察', '--json', '--db', store]).stdout) as { title: string }[];
  assert.deepEqual(byOutlet.map((a) => a.title), ['澄光半导体科创板IPO获受理，拟募资18.5亿元', '澄光半导体获大基金增资']);
  const since = JSON.parse(runCli(['articles', '--since', '2025-05-01', '--json', '--db', store]).stdout) as { publishedAt: string }[];
  assert.deepEqual(since.map((a) => a.publishedAt), ['2025-05-06T09:30:00+08:00']);
  const limited = runCli(['articles', '--limit', '2', '--db', store]);
  assert.match(limited.stdout, /^2 of 12 articles \(use --limit to see more\)$/m);
});

test('kechuang articles rejects a bad --since or --limit with exit 2', () => {
  const store = filledDb();
  assert.equal(runCli(['articles', '--since', 'last week', '--db', store]).code, 2);
  assert.equal(runCli(['articles', '--limit', '0', '--db', store]).code, 2);
});

test('kechuang articles on a store that does not exist exits 3 and creates nothing', () => {
  const missing = path.join(mkdtempSync(path.join(os.tmpdir(), 'kechuang-')), 'none.db');
  const r = runCli(['articles', '--db', missing]);
  assert.equal(r.code, 3);
  assert.match(r.stderr, /store not found: .*none\.db/);
  assert.equal(existsSync(missing), false);
});
