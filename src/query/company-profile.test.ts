import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addArticle, factIn, tempStore } from '../../testdata/query/helpers.js';
import type { Fact, Metric } from '../core/types.js';
import { NotFoundError } from '../core/errors.js';
import { saveFacts } from '../store/index.js';
import { companyProfile } from './company-profile.js';
import { formatMoney } from './labels.js';

const PERIODS = ['2022-01/2022-12', '2023-01/2023-12', '2024-01/2024-12', '2025-01/2025-06'];

test('a company page shows four periods of revenue and net profit in order, and a conflicting figure beside the first', () => {
  const { store } = tempStore();
  const sentence = '2022年度、2023年度、2024年度及2025年1-6月,星河芯片营业收入分别为3643.19万元、1.2亿元、5.87亿元及4.1亿元,净利润分别为-8.04亿元、-6.5亿元、-2.13亿元及1200万元。';
  const a1 = addArticle(store, '星河芯片科创板IPO获受理', `星河芯片科技股份有限公司(简称“星河芯片”)科创板IPO获受理。${sentence}`, { outlet: '甲报', publishedAt: '2025-09-01' });
  const revenue = [36431900, 1.2e8, 5.87e8, 4.1e8];
  const profit = [-8.04e8, -6.5e8, -2.13e8, 1.2e7];
  const quote = sentence.slice(0, -1);
  const fin = (metric: Metric, values: number[]): Fact[] => values.map((v, i) => factIn(a1, quote, {
    kind: 'financial', company: '星河芯片', metric, period: PERIODS[i], value: { value: v, currency: 'CNY' },
  }));
  // Stored out of order: the page orders periods itself.
  saveFacts(store, a1.id, [
    factIn(a1, '星河芯片科技股份有限公司(简称“星河芯片”)科创板IPO获受理', { kind: 'ipo', company: '星河芯片', company_aliases: ['星河芯片科技股份有限公司'], stage: 'accepted', venue: 'STAR', date: '2025-08-30' }),
    ...fin('net_profit', profit).reverse(), ...fin('revenue', revenue).reverse(),
  ]);
  const a2 = addArticle(store, '星河晶片去年淨虧損', '星河芯片2024年淨虧損2.31億元,市值約300億元。', { outlet: '乙報', publishedAt: '2025-09-05' });
  saveFacts(store, a2.id, [
    factIn(a2, '星河芯片2024年淨虧損2.31億元', { kind: 'financial', company: '星河芯片', metric: 'net_profit', period: '2024-01/2024-12', value: { value: -2.31e8, currency: 'CNY' } }),
    factIn(a2, '市值約300億元', { kind: 'market_cap', company: '星河芯片', amount: { value: 3e10, currency: 'CNY', qualifier: 'approx' } }),
  ]);

  // Looked up by its legal name.
  const p = companyProfile(store, '星河芯片科技股份有限公司');
  assert.equal(p.name, '星河芯片');
  assert.deepEqual(p.financials.periods.map((x) => x.label), ['2022年', '2023年', '2024年', '2025年1-6月']);
  const row = (m: Metric) => p.financials.rows.find((r) => r.metric === m)!;
  assert.deepEqual(p.financials.rows.map((r) => r.metric), ['revenue', 'net_profit']);
  assert.deepEqual(PERIODS.map((per) => row('revenue').cells[per].map((v) => v.text)), [['3643.19万元'], ['1.2亿元'], ['5.87亿元'], ['4.1亿元']]);
  assert.deepEqual(PERIODS.map((per) => row('net_profit').cells[per][0].text), ['-8.04亿元', '-6.5亿元', '-2.13亿元', '1200万元']);
  // 2024 net profit: two sources disagree, both shown with their outlets.
  const cell = row('net_profit').cells['2024-01/2024-12'];
  assert.deepEqual(cell.map((v) => [v.text, v.sources.map((s) => s.outlet)]), [['-2.13亿元', ['甲报']], ['-2.31亿元', ['乙報']]]);
  assert.equal(p.financials.conflicts.length, 1);
  assert.equal(p.financials.conflicts[0].period, '2024-01/2024-12');
  assert.equal(p.marketCaps[0].amount, '约300亿元');
  assert.deepEqual(p.timeline.map((s) => [s.stage, s.date]), [['accepted', '2025-08-30']]);
  assert.equal(p.facts.length, 11);
  assert.ok(p.facts.every((f) => f.source.quote.length > 0 && f.source.outlet));
  assert.ok(p.aliases.some((a) => a.alias === '星河芯片科技股份有限公司'));
  assert.equal(p.articles, 2);
  assert.throws(() => companyProfile(store, '星河'), NotFoundError, 'a part of a name is not the company');
});

test('the timeline puts undated steps after the dated steps they follow in stage order', () => {
  const { store } = tempStore();
  const a = addArticle(store, '鹿鸣生物', '鹿鸣生物启动辅导。2025年3月鹿鸣生物获受理。鹿鸣生物已问询。2024年6月鹿鸣生物完成辅导。');
  saveFacts(store, a.id, [
    factIn(a, '鹿鸣生物启动辅导', { kind: 'ipo', company: '鹿鸣生物', stage: 'tutoring_filed', venue: 'STAR' }),
    factIn(a, '2025年3月鹿鸣生物获受理', { kind: 'ipo', company: '鹿鸣生物', stage: 'accepted', venue: 'STAR', date: '2025-03' }),
    factIn(a, '鹿鸣生物已问询', { kind: 'ipo', company: '鹿鸣生物', stage: 'inquiry', venue: 'STAR' }),
    factIn(a, '2024年6月鹿鸣生物完成辅导', { kind: 'ipo', company: '鹿鸣生物', stage: 'tutoring_completed', venue: 'STAR', date: '2024-06' }),
  ]);
  assert.deepEqual(companyProfile(store, '鹿鸣生物').timeline.map((s) => s.stage), ['tutoring_filed', 'tutoring_completed', 'accepted', 'inquiry']);
});

test('money reads as 亿元/万元 with its currency at the stated precision', () => {
  assert.equal(formatMoney({ value: -804000000, currency: 'CNY' }), '-8.04亿元');
  assert.equal(formatMoney({ value: 36431900, currency: 'CNY' }), '3643.19万元');
  assert.equal(formatMoney({ value: 3643.19 * 1e4, currency: 'CNY' }), '3643.19万元');
  assert.equal(formatMoney({ value: 210000000000, currency: 'HKD' }), '2100亿港元');
  assert.equal(formatMoney({ value: 123456789.01, currency: 'USD', qualifier: 'over' }), '超1.2345678901亿美元');
  assert.equal(formatMoney({ min: 2e9, max: 3.5e9, currency: 'CNY' }), '20亿至35亿元');
  assert.equal(formatMoney({ value: 28.5, currency: 'CNY' }), '28.5元');
});
