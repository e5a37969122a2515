import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { evaluateDir } from './evaluate-dir.js';

const DEV = resolve(process.cwd(), '../shared/corpus/dev');

// The bar is overall F1 ≥ 0.90, ipo F1 ≥ 0.95 and IPO date/sponsors ≥ 90%: all but dates are met.
// These floors sit just under the measured level (2026-11-27: overall 0.971, ipo 0.972, date 0.703, sponsors 0.970),
// so a change that makes extraction worse fails here. Raise them as the rules improve.
const FLOOR = { overall: 0.96, ipo: 0.955, date: 0.69, sponsors: 0.93 };

test('extraction on the dev corpus stays at or above its measured floor (overall and ipo F1, IPO date and sponsor accuracy)', { skip: !existsSync(DEV) && 'no ../shared/corpus/dev beside the repo' }, () => {
  const r = evaluateDir(DEV);
  const summary = `overall F1 ${r.overall.f1.toFixed(3)}, ipo F1 ${r.byKind.ipo?.f1.toFixed(3)}, date ${r.ipoFields.date.share.toFixed(3)}, sponsors ${r.ipoFields.sponsors.share.toFixed(3)}`;
  assert.ok(r.files.length >= 41, `read ${r.files.length} scored files`);
  assert.ok(r.overall.f1 >= FLOOR.overall, summary);
  assert.ok(r.byKind.ipo.f1 >= FLOOR.ipo, summary);
  assert.ok(r.ipoFields.date.share >= FLOOR.date, summary);
  assert.ok(r.ipoFields.sponsors.share >= FLOOR.sponsors, summary);
  // Every predicted fact's quote is exactly the text at its offsets (provenance).
  for (const f of r.files) for (const p of [...f.pairing.matched.map((m) => m.predicted), ...f.pairing.extra]) {
    const src = p.source as { quote: string; start: number; end: number };
    assert.equal(src.quote.length, src.end - src.start, `${f.name}: quote length matches its offsets`);
  }
});

test('extraction on our own evaluation set (testdata/eval, texts we wrote) stays at or above its measured floor', () => {
  // Measured 0.801 overall before its misses were studied, 0.957 after (2026-11-26), 0.996 in session 2; the floor guards the rules.
  const r = evaluateDir(resolve(process.cwd(), 'testdata/eval'));
  const summary = `overall F1 ${r.overall.f1.toFixed(3)}, ipo F1 ${r.byKind.ipo?.f1.toFixed(3)}`;
  assert.ok(r.files.length >= 24, `read ${r.files.length} scored files`);
  assert.ok(r.overall.f1 >= 0.98, summary);
  assert.ok(r.byKind.ipo.f1 >= 0.98, summary);
});

test('extraction on our second set (testdata/eval-blind, written after tuning) stays at or above its measured floor', () => {
  // Measured 0.840 overall on its first, blind run, 0.946 after its misses were studied (2026-11-26), 0.961 in session 2.
  const r = evaluateDir(resolve(process.cwd(), 'testdata/eval-blind'));
  assert.ok(r.files.length >= 16, `read ${r.files.length} scored files`);
  assert.ok(r.overall.f1 >= 0.95, `overall F1 ${r.overall.f1.toFixed(3)}`);
});

test('extraction on our third set (testdata/eval-blind2: round-ups, Hong Kong briefs) stays at or above its measured floor', () => {
  // Measured 0.761 overall on its first, blind run, 0.899 after its misses were studied (2026-11-26), 0.975 in session 2.
  const r = evaluateDir(resolve(process.cwd(), 'testdata/eval-blind2'));
  assert.ok(r.files.length >= 14, `read ${r.files.length} scored files`);
  assert.ok(r.overall.f1 >= 0.965, `overall F1 ${r.overall.f1.toFixed(3)}`);
});

test('extraction on our fourth set (testdata/eval-blind3, written in session 2 without seeing the rules) stays at or above its measured floor', () => {
  // Measured 0.848 overall on its first, blind run (2026-11-27), 0.962 after its misses were studied.
  const r = evaluateDir(resolve(process.cwd(), 'testdata/eval-blind3'));
  assert.ok(r.files.length >= 16, `read ${r.files.length} scored files`);
  assert.ok(r.overall.f1 >= 0.95, `overall F1 ${r.overall.f1.toFixed(3)}`);
});

test('extraction on our fifth set (testdata/eval-blind4, new outlet styles, written last) stays at or above its measured floor', () => {
  // Measured 0.870 overall on its first, blind run (2026-11-27), 0.972 after its misses were studied.
  const r = evaluateDir(resolve(process.cwd(), 'testdata/eval-blind4'));
  assert.ok(r.files.length >= 16, `read ${r.files.length} scored files`);
  assert.ok(r.overall.f1 >= 0.96, `overall F1 ${r.overall.f1.toFixed(3)}`);
});

test('extraction on our sixth set (testdata/eval-blind5, closest to real articles, written last) stays at or above its measured floor', () => {
  // Measured 0.902 overall on its first, blind run (2026-11-27), 0.963 after its misses were studied.
  const r = evaluateDir(resolve(process.cwd(), 'testdata/eval-blind5'));
  assert.ok(r.files.length >= 16, `read ${r.files.length} scored files`);
  assert.ok(r.overall.f1 >= 0.955, `overall F1 ${r.overall.f1.toFixed(3)}`);
});

test('the scorer pairs facts one to one: a second identical prediction is an extra, not a second match', () => {
  // Uses evaluate's pairing directly on hand-made facts (no corpus needed).
  return import('./evaluate.js').then(({ pairFacts }) => {
    const gold = [{ kind: 'ipo', company: '甲科技', stage: 'accepted', venue: 'STAR' }] as const;
    const one = { kind: 'ipo', company: '甲科技股份有限公司', company_aliases: [], stage: 'accepted', venue: 'STAR' } as const;
    const p = pairFacts([one, one], gold);
    assert.equal(p.matched.length, 1);
    assert.equal(p.extra.length, 1);
    assert.equal(p.missed.length, 0);
  });
});
