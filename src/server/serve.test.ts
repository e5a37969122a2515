// The server on a real port over a store file: it keeps answering while
// another connection writes (WAL), refuses a missing store, and accepts an
// upload over HTTP when started with a token.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ingestFiles } from '../pipeline/index.js';
import { openStore } from '../store/index.js';
import { FIXTURES } from '../../testdata/server/store.js';
import { startServer } from './serve.js';

function tempDb(files: readonly string[]): { dir: string; file: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kechuang-'));
  const file = path.join(dir, 'k.db');
  const store = openStore(file);
  ingestFiles(store, files.map((f) => path.join(FIXTURES, f)));
  store.close();
  return { dir, file };
}

test('a read-only server sees what an ingest writes meanwhile, and answers during an open write transaction', async () => {
  const { dir, file } = tempDb(['digest.txt']);
  const server = await startServer({ db: file, port: 0, host: '127.0.0.1' });
  try {
    assert.equal(server.readonly, true);
    assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+$/);
    const total = async () => ((await (await fetch(`${server.url}/api/articles`)).json()) as { total: number }).total;
    assert.equal(await total(), 1);
    const writer = openStore(file);
    ingestFiles(writer, [path.join(FIXTURES, 'hant.txt')]);
    assert.equal(await total(), 2, 'the new article is visible without a restart');
    // A writer holding its transaction open does not block readers under WAL.
    writer.exec('BEGIN IMMEDIATE');
    writer.prepare("UPDATE articles SET title = title || '' WHERE rowid = 1").run();
    const res = await fetch(`${server.url}/`);
    assert.equal(res.status, 200);
    writer.exec('ROLLBACK');
    writer.close();
    // Read-only means read-only: no upload without a token.
    assert.equal((await fetch(`${server.url}/api/ingest`, { method: 'POST', body: 'x' })).status, 403);
  } finally {
    await server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('a missing store is NOT_FOUND before anything listens; a taken port is refused', async () => {
  await assert.rejects(startServer({ db: path.join(os.tmpdir(), 'kechuang-no-such-dir', 'k.db'), port: 0, host: '127.0.0.1' }), { code: 'NOT_FOUND' });
  const { dir, file } = tempDb(['digest.txt']);
  const first = await startServer({ db: file, port: 0, host: '127.0.0.1' });
  try {
    await assert.rejects(startServer({ db: file, port: first.port, host: '127.0.0.1' }), /cannot listen/);
  } finally {
    await first.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('with a token the server takes a multipart upload over HTTP and serves the new company at once', async () => {
  const { dir, file } = tempDb(['digest.txt']);
  const server = await startServer({ db: file, port: 0, host: '127.0.0.1', token: 'secret-1' });
  try {
    assert.equal(server.readonly, false);
    const form = new FormData();
    form.append('file', new File([fs.readFileSync(path.join(FIXTURES, 'showcase.txt'))], 'showcase.txt'));
    const res = await fetch(`${server.url}/api/ingest`, { method: 'POST', body: form, headers: { Authorization: 'Bearer secret-1' } });
    assert.equal(res.status, 201);
    assert.equal(((await res.json()) as { articlesNew: number }).articlesNew, 7);
    const page = await fetch(`${server.url}/company/${encodeURIComponent('北岭航天')}`);
    assert.equal(page.status, 200);
  } finally {
    await server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
