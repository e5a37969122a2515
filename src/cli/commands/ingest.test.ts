import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from '../../../testdata/ingest/run-cli.js';

const db = () => path.join(mkdtempSync(path.join(os.tmpdir(), 'kechuang-')), 'cli.db');

test('kechuang ingest prints files read and new articles, then reports them as already known the second time', () => {
  const store = db();
  const first = runCli(['ingest', 'samples/digest.txt', '--db', store]);
  assert.equal(first.code, 0, first.stderr);
  assert.match(first.stdout, /^files read: 1 of 1$/m);
  assert.match(first.stdout, /^articles: 7 new, 0 already known$/m);
  const second = runCli(['ingest', 'samples/digest.txt', '--db', store]);
  assert.equal(second.code, 0);
  assert.match(second.stdout, /^articles: 0 new, 7 already known$/m);
  assert.equal(second.stderr, '', 'no progress bar or noise when piped');
});

test('kechuang ingest exits 4 with one line per failed file, and still ingests the others', () => {
  const store = db();
  const r = runCli(['ingest', 'testdata/ingest/broken.jsonl', 'testdata/ingest/feed.rss', 'no/such.txt', '--db', store]);
  assert.equal(r.code, 4);
  assert.match(r.stdout, /^files read: 1 of 3$/m);
  assert.match(r.stdout, /^articles: 2 new, 0 already known$/m);
  assert.match(r.stdout, /^failed: 2 files$/m);
  assert.match(r.stdout, /^ {2}testdata\/ingest\/broken\.jsonl:3: invalid JSON.*\[FORMAT_INVALID\]$/m);
  assert.match(r.stdout, /^ {2}no\/such\.txt: no such file or directory \[INPUT_NOT_FOUND\]$/m);
});

test('kechuang ingest --json prints the report, reads - from stdin, and KECHUANG_DB names the store', () => {
  const store = db();
  const r = runCli(['ingest', '-', '--json'], { input: readFileSync('testdata/ingest/articles.jsonl'), env: { KECHUANG_DB: store } });
  assert.equal(r.code, 0, r.stderr);
  const report = JSON.parse(r.stdout) as { files: number; articlesNew: number; ingested: { file: string; format: string }[] };
  assert.equal(report.articlesNew, 3);
  assert.deepEqual(report.ingested.map((f) => [f.file, f.format]), [['-', 'jsonl']]);
  const again = runCli(['articles', '--json', '--db', store]);
  assert.equal((JSON.parse(again.stdout) as unknown[]).length, 3);
});

test('kechuang ingest with an unknown --encoding is a usage error (exit 2)', () => {
  const r = runCli(['ingest', 'samples/digest.txt', '--encoding', 'martian', '--db', db()]);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /unknown encoding: martian/);
});
