// The finders on the real news of the dev corpus (read in place, never copied):
// every amount, percentage and period of the gold facts is found, and fast.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { findDates } from './dates.js';
import { findMoney } from './money.js';
import { findNumbers } from './numbers.js';
import { findPercents } from './percents.js';
import { findPeriodLists, findPeriods } from './periods.js';
import { splitSentences } from './sentences.js';
import { findValueLists } from './value-lists.js';

const DIR = new URL('../../../shared/corpus/dev/', import.meta.url);
const files = existsSync(DIR) ? readdirSync(DIR).filter((f) => f.endsWith('.txt')) : [];
const skip = files.length === 0 ? 'dev corpus not found beside the repository' : false;
const read = (f: string) => readFileSync(new URL(f, DIR), 'utf8');

interface Gold { quote?: string; percent?: number; period?: string; [k: string]: unknown }
function gold(f: string): Gold[] {
  const p = new URL(f.replace(/\.txt$/, '.gold.jsonl'), DIR);
  if (!existsSync(p)) return [];
  return readFileSync(p, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Gold);
}

test('finds nearly every amount, percentage and period that the gold facts state', { skip }, () => {
  const score = { money: [0, 0], percent: [0, 0], period: [0, 0] };
  for (const f of files) {
    const text = read(f);
    const amounts: number[] = [];
    for (const m of findMoney(text)) for (const v of [m.money.value, m.money.min, m.money.max]) if (v !== undefined) amounts.push(Math.abs(v));
    for (const l of findValueLists(text)) for (const i of l.items) amounts.push(Math.abs(i.money.value!));
    const percents = findPercents(text).flatMap((p) => [p.value, p.min ?? p.value, p.max ?? p.value]).map(Math.abs);
    const periods = new Set([...findPeriods(text).map((p) => p.period), ...findPeriodLists(text).flatMap((l) => l.periods.map((p) => p.period))]);
    for (const g of gold(f)) {
      for (const key of ['raise', 'amount', 'value', 'post_money', 'price']) {
        const m = g[key] as { value?: number; min?: number; max?: number } | undefined;
        if (!m || typeof m !== 'object') continue;
        for (const v of [m.value, m.min, m.max]) {
          if (v === undefined) continue;
          score.money[1]++;
          // A loss stated as 净亏损X is −X in the facts: compare magnitudes.
          if (amounts.some((a) => Math.abs(a - Math.abs(v)) <= Math.abs(v) * 0.005)) score.money[0]++;
        }
      }
      if (g.percent !== undefined) { score.percent[1]++; if (percents.some((p) => Math.abs(p - g.percent!) < 0.01)) score.percent[0]++; }
      if (g.period) { score.period[1]++; if (periods.has(g.period)) score.period[0]++; }
    }
  }
  const [m, p, q] = [score.money, score.percent, score.period];
  assert.ok(m[1] > 100 && p[1] > 10 && q[1] > 50, `the corpus states enough figures: ${JSON.stringify(score)}`);
  assert.ok(m[0] / m[1] >= 0.98, `amounts found ${m[0]}/${m[1]}`);
  assert.ok(p[0] / p[1] >= 0.95, `percentages found ${p[0]}/${p[1]}`);
  // The periods left are relative to other facts (去年同期, 年度指引): the extractor's to place.
  assert.ok(q[0] / q[1] >= 0.95, `periods found ${q[0]}/${q[1]}`);
});

test('every span found in the corpus points into the original text', { skip }, () => {
  for (const f of files) {
    const text = read(f);
    const spans = [
      ...splitSentences(text), ...findNumbers(text), ...findMoney(text), ...findPercents(text),
      ...findDates(text, { articleDate: '2025-06-30' }), ...findPeriods(text, { articleDate: '2025-06-30' }), ...findPeriodLists(text), ...findValueLists(text),
    ];
    for (const s of spans) assert.ok(s.start >= 0 && s.start < s.end && s.end <= text.length, `${f}: ${s.start}..${s.end}`);
  }
});

test('all finders together read 50,000 characters in a few milliseconds', { skip }, () => {
  let all = '';
  for (const f of files) all += read(f);
  const base = all.slice(0, 50_000);
  const run = (text: string) => {
    splitSentences(text); findNumbers(text); findMoney(text); findPercents(text);
    findDates(text, { articleDate: '2025-06-30' }); findPeriods(text, { articleDate: '2025-06-30' }); findPeriodLists(text); findValueLists(text);
  };
  for (let i = 0; i < 3; i++) run(base + i); // warm up the JIT
  let best = Infinity;
  for (let i = 0; i < 5; i++) {
    const text = base + ' ' + i; // a new string each time: no cached view
    const t0 = performance.now();
    run(text);
    best = Math.min(best, performance.now() - t0);
  }
  // About 10 ms here; the bound leaves room for a slow, busy test machine.
  assert.ok(best < 80, `took ${best.toFixed(1)} ms`);
});
