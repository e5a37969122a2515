import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { evaluateDir } from './evaluate-dir.js';

const DEV = resolve(process.cwd(), '../shared/corpus/dev');

test('extraction on the dev corpus meets the quality bar (overall F1 ≥ 0.90, ipo F1 ≥ 0.95, IPO date and sponsors ≥ 90%)', { skip: !existsSync(DEV) && 'no ../shared/corpus/dev beside the repo' }, () => {
  const r = evaluateDir(DEV);
  const summary = `overall F1 ${r.overall.f1.toFixed(3)}, ipo F1 ${r.byKind.ipo?.f1.toFixed(3)}, date ${r.ipoFields.date.share.toFixed(3)}, sponsors ${r.ipoFields.sponsors.share.toFixed(3)}`;
  assert.ok(r.files.length >= 41, `read ${r.files.length} scored files`);
  assert.ok(r.overall.f1 >= 0.9, summary);
  assert.ok(r.byKind.ipo.f1 >= 0.95, summary);
  assert.ok(r.ipoFields.date.share >= 0.9, summary);
  assert.ok(r.ipoFields.sponsors.share >= 0.9, summary);
});
