// `kechuang serve` as a user runs it: a child process that prints where it
// listens, answers, and stops cleanly on SIGINT.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingestFiles } from '../../pipeline/index.js';
import { openStore } from '../../store/index.js';
import { runCli } from '../../../testdata/ingest/run-cli.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const entry = path.join(root, 'testdata/ingest/cli.ts');

test('kechuang serve prints its URL, serves the store read-only, and exits 0 on SIGINT', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kechuang-'));
  const db = path.join(dir, 'k.db');
  const store = openStore(db);
  ingestFiles(store, [path.join(root, 'testdata/server/digest.txt')]);
  store.close();
  const child = spawn(process.execPath, ['--import', 'tsx', entry, 'serve', '--db', db, '--port', '0'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  try {
    let stderr = '';
    const url = await new Promise<string>((resolve, reject) => {
      child.stderr.on('data', (d: Buffer) => {
        stderr += d.toString();
        const m = /at (http:\/\/127\.0\.0\.1:\d+)\//.exec(stderr);
        if (m) resolve(m[1]);
      });
      child.on('exit', (code) => reject(new Error(`exited ${code}: ${stderr}`)));
    });
    assert.match(stderr, /read-only/);
    const res = await fetch(`${url}/api/companies`);
    assert.equal(res.status, 200);
    assert.ok(((await res.json()) as { companies: { name: string }[] }).companies.some((c) => c.name === '星河微电子'));
    const code = await new Promise<number | null>((resolve) => { child.on('exit', resolve); child.kill('SIGINT'); });
    assert.equal(code, 0);
  } finally {
    child.kill();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('kechuang serve refuses a missing store (exit 3) and a bad port (exit 2)', () => {
  const missing = runCli(['serve', '--db', path.join(os.tmpdir(), 'kechuang-none', 'k.db'), '--port', '0']);
  assert.equal(missing.code, 3);
  assert.match(missing.stderr, /store not found/);
  const badPort = runCli(['serve', '--port', 'eighty']);
  assert.equal(badPort.code, 2);
  assert.match(badPort.stderr, /port/);
});
