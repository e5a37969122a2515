import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCliInProcess } from '../../../testdata/ingest/run-cli.js';

const cli = runCliInProcess;

test('kechuang eval --verbose lists each miss, each extra and each wrong IPO field with its quote', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kechuang-eval-'));
  writeFileSync(path.join(dir, 'a.txt'), '青松仪器科创板IPO获受理\n2025年3月14日，青松仪器股份有限公司（简称“青松仪器”）科创板IPO申请获受理，保荐机构为中信证券。\n');
  const gold = [
    // Right step, wrong date: a FIELD line.
    { kind: 'ipo', company: '青松仪器', stage: 'accepted', venue: 'STAR', date: '2025-03-15', sponsors: ['中信证券'] },
    // Not in the text: a MISS line.
    { kind: 'ipo', company: '青松仪器', stage: 'listed', venue: 'STAR', quote: '青松仪器登陆科创板' },
  ];
  writeFileSync(path.join(dir, 'a.gold.jsonl'), gold.map((g) => JSON.stringify(g)).join('\n'));
  const r = await cli(['eval', dir, '--verbose']);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /MISS .*"stage":"listed"/);
  assert.match(r.stdout, /FIELD date of 青松仪器 accepted: got "2025-03-14", gold "2025-03-15"/);
  assert.match(r.stdout, /ipo fields on matched steps: date 0\/1 \(0\.0%\), sponsors 1\/1 \(100\.0%\)/);
});
