import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { evaluateDir } from './evaluate-dir.js';

const DEV = resolve(process.cwd(), '../shared/corpus/dev');

// The bar is overall F1 ≥ 0.90, ipo F1 ≥ 0.95 and IPO date/sponsors ≥ 90%: all but dates are met.
// These floors sit just under the measured level (2026-11-27, session 3: overall 0.972, ipo 0.975, date 0.703, sponsors 0.970),
// so a change that makes extraction worse fails here. Raise them as the rules improve.
const FLOOR = { overall: 0.965, ipo: 0.965, date: 0.69, sponsors: 0.93 };

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

/**
 * The sets we wrote, each with its measured floor. `firstRun` is the overall F1 of its first,
 * blind run (the honest estimate for unseen news); `studied` the level after its misses were studied.
 */
const OUR_SETS: readonly { dir: string; files: number; floor: number; ipoFloor?: number; firstRun: number; studied: number; what: string }[] = [
  { dir: 'testdata/eval', files: 24, floor: 0.98, ipoFloor: 0.98, firstRun: 0.801, studied: 0.996, what: 'texts we wrote first' },
  { dir: 'testdata/eval-blind', files: 16, floor: 0.96, firstRun: 0.840, studied: 0.973, what: 'written after the first tuning' },
  { dir: 'testdata/eval-blind2', files: 14, floor: 0.965, firstRun: 0.761, studied: 0.977, what: 'round-ups and Hong Kong briefs' },
  { dir: 'testdata/eval-blind3', files: 16, floor: 0.96, firstRun: 0.848, studied: 0.971, what: 'written in session 2 without seeing the rules' },
  { dir: 'testdata/eval-blind4', files: 16, floor: 0.965, firstRun: 0.870, studied: 0.978, what: 'new outlet styles' },
  { dir: 'testdata/eval-blind5', files: 16, floor: 0.965, firstRun: 0.902, studied: 0.979, what: 'closest to real articles' },
  { dir: 'testdata/eval-blind6', files: 16, floor: 0.965, firstRun: 0.848, studied: 0.98, what: 'results round-ups, tables, lapsed registrations' },
  { dir: 'testdata/eval-blind7', files: 16, floor: 0.96, firstRun: 0.916, studied: 0.971, what: 'A-share IPO news as outlets write it' },
  { dir: 'testdata/eval-blind8', files: 16, floor: 0.96, firstRun: 0.866, studied: 0.974, what: 'Hong Kong and US listings, rounds, results' },
  { dir: 'testdata/eval-blind9', files: 16, floor: 0.935, firstRun: 0.791, studied: 0.951, what: 'results, prospectus figures and ownership' },
  { dir: 'testdata/eval-blind10', files: 10, floor: 0.955, firstRun: 0.931, studied: 0.970, what: 'digests in the dev digest’s shape' },
  { dir: 'testdata/eval-blind11', files: 16, floor: 0.95, firstRun: 0.930, studied: 0.965, what: 'A-share news of 2019-2023' },
  { dir: 'testdata/eval-blind12', files: 16, floor: 0.94, firstRun: 0.839, studied: 0.956, what: 'Hong Kong and US news of 2018-2023' },
  { dir: 'testdata/eval-blind13', files: 20, floor: 0.96, firstRun: 0.906, studied: 0.977, what: 'a representative week of news' },
  { dir: 'testdata/eval-blind14', files: 8, floor: 0.925, firstRun: 0.909, studied: 0.938, what: 'digests across years with commentary' },
  { dir: 'testdata/eval-blind15', files: 20, floor: 0.955, firstRun: 0.924, studied: 0.970, what: 'a second representative sample' },
];

for (const set of OUR_SETS) {
  test(`extraction on ${set.dir} (${set.what}; ${set.firstRun} on its first blind run) stays at or above its measured floor`, () => {
    const r = evaluateDir(resolve(process.cwd(), set.dir));
    const summary = `overall F1 ${r.overall.f1.toFixed(3)}, ipo F1 ${r.byKind.ipo?.f1.toFixed(3)} (measured ${set.studied})`;
    assert.ok(r.files.length >= set.files, `read ${r.files.length} scored files`);
    assert.ok(r.overall.f1 >= set.floor, summary);
    if (set.ipoFloor !== undefined) assert.ok(r.byKind.ipo.f1 >= set.ipoFloor, summary);
  });
}

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
