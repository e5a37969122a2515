import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

test('the committed Taiwan-phrase table is what the generator makes from OpenCC and the review', () => {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/gen-taiwan-phrases.ts', '--check'], { cwd: root, encoding: 'utf8', timeout: 60_000 });
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /up to date/);
});
