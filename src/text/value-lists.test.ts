import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findValueLists } from './value-lists.js';
import { findPeriodLists } from './periods.js';

test('reads a list of amounts after 分别为, each with its own unit, in both scripts', () => {
  const t = '营业总收入分别为61.27万元、482.15万元、519.06万元及2210.48万元人民币。';
  const [l] = findValueLists(t);
  assert.equal(l.kind, 'money');
  assert.deepEqual(l.items.map((i) => i.money.value), [612700, 4821500, 5190600, 22104800]);
  assert.deepEqual(l.items.map((i) => t.slice(i.start, i.end)), ['61.27万元', '482.15万元', '519.06万元', '2210.48万元人民币']);
  const tw = '淨利潤分別為-6.12億元、-9.37億元、-7.05億元及-4.48億元人民幣';
  assert.deepEqual(findValueLists(tw)[0].items.map((i) => i.money.value), [-612000000, -937000000, -705000000, -448000000]);
});

test('carries a unit given only on the last item to every item', () => {
  const [l] = findValueLists('收入分别为1.2、3.4和5.6亿元');
  assert.deepEqual(l.items.map((i) => [i.money.value, i.money.currency, i.bare ?? false]), [[1.2e8, 'CNY', true], [3.4e8, 'CNY', true], [5.6e8, 'CNY', false]]);
  const [u] = findValueLists('净亏损分別為2.3億、1.9億、3.1億美元');
  assert.deepEqual(u.items.map((i) => [i.money.value, i.money.currency]), [[2.3e8, 'USD'], [1.9e8, 'USD'], [3.1e8, 'USD']]);
  const [c] = findValueLists('分别为1.5,2.5,3.5亿元');
  assert.deepEqual(c.items.map((i) => i.money.value), [1.5e8, 2.5e8, 3.5e8]);
});

test('reads words between the cue and the list, and a qualifier shared by the list', () => {
  const [l] = findValueLists('分别实现营收2.9亿、3.7亿和6.8亿元');
  assert.deepEqual(l.items.map((i) => i.money.value), [2.9e8, 3.7e8, 6.8e8]);
  const [q] = findValueLists('收入分别约为人民币2.31亿元、1.05亿元及4.12亿元');
  assert.deepEqual(q.items.map((i) => i.money.qualifier), ['approx', 'approx', 'approx']);
});

test('reads a list of percentages', () => {
  const [l] = findValueLists('毛利率依次为68.2%、55.1%和49%');
  assert.equal(l.kind, 'percent');
  assert.deepEqual(l.percents.map((p) => p.value), [68.2, 55.1, 49]);
  assert.deepEqual(l.items, []);
});

test('counts are not a list of figures', () => {
  assert.deepEqual(findValueLists('分别为主板3家,创业板3家'), []);
  assert.deepEqual(findValueLists('分别由两家券商保荐'), []);
});

test('a list of periods pairs one-to-one with the list of figures after it', () => {
  const t = '2021年度、2022年度、2023年度及2024年1-6月，公司净利润分别为-3.2亿元、-1.1亿元、0.8亿元及1.6亿元。';
  const periods = findPeriodLists(t)[0].periods;
  const values = findValueLists(t)[0].items;
  assert.equal(periods.length, values.length);
  const pairs = periods.map((p, i) => [p.period, values[i].money.value]);
  assert.deepEqual(pairs, [['2021-01/2021-12', -3.2e8], ['2022-01/2022-12', -1.1e8], ['2023-01/2023-12', 8e7], ['2024-01/2024-06', 1.6e8]]);
});
