import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findPeriodLists, findPeriods } from './periods.js';

const found = (t: string, opts = {}) => findPeriods(t, opts).map((p) => [t.slice(p.start, p.end), p.period]);
const periodOf = (t: string, opts = {}) => {
  const all = findPeriods(t, opts);
  assert.equal(all.length, 1, `${t}: ${JSON.stringify(all)}`);
  return all[0].period;
};

test('reads whole years: 2024年度, 2024年, 2024财年, FY2024, 2024年报', () => {
  assert.deepEqual(found('2023年度营收'), [['2023年度', '2023-01/2023-12']]);
  assert.deepEqual(found('2023年营收'), [['2023年', '2023-01/2023-12']]);
  assert.equal(periodOf('2023財年收入'), '2023-01/2023-12');
  assert.equal(periodOf('FY2023 revenue'), '2023-01/2023-12');
  assert.equal(periodOf('补充2023年报数据'), '2023-01/2023-12');
});

test('a year that is part of a date is not a period', () => {
  assert.deepEqual(found('2024年8月提交'), []);
  assert.deepEqual(found('截至2023年末'), []);
});

test('reads month spans with hyphen, en dash, tilde and 至', () => {
  assert.equal(periodOf('2025年1-6月'), '2025-01/2025-06');
  assert.equal(periodOf('2025年1–9月'), '2025-01/2025-09');
  assert.equal(periodOf('2025年1~9月'), '2025-01/2025-09');
  assert.equal(periodOf('2025年1至9月'), '2025-01/2025-09');
  assert.equal(periodOf('2025年度1-9月'), '2025-01/2025-09');
  assert.equal(periodOf('2022年前9月'), '2022-01/2022-09');
  assert.equal(periodOf('2022年前九個月'), '2022-01/2022-09');
});

test('reads halves and quarters in both scripts', () => {
  assert.equal(periodOf('2025年上半年'), '2025-01/2025-06');
  assert.equal(periodOf('2025年下半年'), '2025-07/2025-12');
  assert.equal(periodOf('2025年前三季度'), '2025-01/2025-09');
  assert.equal(periodOf('2025年第一季度'), '2025-01/2025-03');
  assert.equal(periodOf('2025年1季度'), '2025-01/2025-03');
  assert.equal(periodOf('2025年Q1'), '2025-01/2025-03');
  assert.equal(periodOf('2025年二季度'), '2025-04/2025-06');
  assert.equal(periodOf('2025年第二季'), '2025-04/2025-06');
  assert.equal(periodOf('2025年三季度'), '2025-07/2025-09');
  assert.equal(periodOf('2025Q3'), '2025-07/2025-09');
  assert.equal(periodOf('2025年四季度'), '2025-10/2025-12');
  assert.equal(periodOf('2025年中期業績'), '2025-01/2025-06');
});

test('reads 截至…止 spans of Hong Kong reports', () => {
  assert.equal(periodOf('截至2024年6月30日止六個月'), '2024-01/2024-06');
  assert.equal(periodOf('截至2024年9月30日止九个月'), '2024-01/2024-09');
  assert.equal(periodOf('截至2024年6月30日止中期虧損'), '2024-01/2024-06');
  assert.equal(periodOf('截至2024年12月31日止年度'), '2024-01/2024-12');
  assert.equal(periodOf('截至2024年3月31日止年度'), '2023-04/2024-03');
});

test('a period without its year takes opts.year', () => {
  assert.deepEqual(findPeriods('次季总收入', { year: 2024 }), [{ start: 0, end: 2, period: '2024-04/2024-06', inferred: true }]);
  assert.equal(periodOf('一季度营收', { year: 2024 }), '2024-01/2024-03');
  assert.equal(periodOf('Q3营收', { year: 2024 }), '2024-07/2024-09');
  assert.equal(periodOf('1-9月营收', { year: 2024 }), '2024-01/2024-09');
  assert.equal(periodOf('前三季度營收', { year: 2024 }), '2024-01/2024-09');
  assert.equal(periodOf('中期業績', { year: 2024 }), '2024-01/2024-06');
});

test('a period without its year takes the year before it in the sentence, else the article year, else the nearest one', () => {
  assert.deepEqual(found('2023年营收增长,上半年亏损', { articleDate: '2025-05-01' }), [['2023年', '2023-01/2023-12'], ['上半年', '2023-01/2023-06']]);
  // Not yet over in the article's year: the year before.
  assert.equal(periodOf('上半年净利润', { articleDate: '2025-03-10' }), '2024-01/2024-06');
  assert.equal(periodOf('一季度净利润', { articleDate: '2025-04-28' }), '2025-01/2025-03');
  assert.deepEqual(found('公司成立于2016年。上半年营收'), [['2016年', '2016-01/2016-12'], ['上半年', '2016-01/2016-06']]);
  assert.deepEqual(found('上半年营收'), []);
});

test('今年/去年 periods are relative to the article date', () => {
  assert.deepEqual(findPeriods('今年上半年', { articleDate: '2025-08-20' }), [{ start: 0, end: 5, period: '2025-01/2025-06', relative: true }]);
  assert.equal(periodOf('今年第二季亏损', { articleDate: '2024-08-20' }), '2024-04/2024-06');
  assert.equal(periodOf('去年营收', { articleDate: '2024-08-20' }), '2023-01/2023-12');
  assert.deepEqual(found('去年同期亏损', { articleDate: '2024-08-20' }), []);
  assert.deepEqual(found('今年上半年'), []);
});

test('报告期 and vague words are not periods', () => {
  assert.deepEqual(found('报告期内'), []);
  assert.deepEqual(found('上一季度'), []);
  assert.deepEqual(found('中期目标'), []);
});

test('a range of years is one period; the list finder gives each year', () => {
  assert.equal(periodOf('2021-2023年营收'), '2021-01/2023-12');
  assert.equal(periodOf('2021年至2023年'), '2021-01/2023-12');
});

test('finds lists of periods in order, in both scripts', () => {
  const t = '於2021年度、2022年度、2023年度及2024年1-6月,營收分別為';
  const [l] = findPeriodLists(t);
  assert.deepEqual(l.periods.map((p) => p.period), ['2021-01/2021-12', '2022-01/2022-12', '2023-01/2023-12', '2024-01/2024-06']);
  assert.equal(t.slice(l.start, l.end), '2021年度、2022年度、2023年度及2024年1-6月');
  assert.deepEqual(findPeriodLists('2021年、2022年和2023年').map((x) => x.periods.length), [3]);
  assert.deepEqual(findPeriodLists('2021-2023年净利润')[0].periods.map((p) => p.period), ['2021-01/2021-12', '2022-01/2022-12', '2023-01/2023-12']);
  assert.deepEqual(findPeriodLists('2018年至2020年及2021年上半年')[0].periods.map((p) => p.period), ['2018-01/2018-12', '2019-01/2019-12', '2020-01/2020-12', '2021-01/2021-06']);
  assert.deepEqual(findPeriodLists('2018、2019、2020年毛利率')[0].periods.map((p) => p.period), ['2018-01/2018-12', '2019-01/2019-12', '2020-01/2020-12']);
  assert.deepEqual(findPeriodLists('2023年营收增长'), []);
});

test('截至…12月31日止三个年度 is a list of the three financial years ending then, in either script', () => {
  for (const text of ['截至2024年12月31日止三个年度，收益分别为1亿元、2亿元及3亿元', '截至2024年12月31日止三個年度，收益分別為1億元、2億元及3億元']) {
    const lists = findPeriodLists(text);
    assert.deepEqual(lists.find((l) => l.periods.length === 3)?.periods.map((p) => p.period), ['2022-01/2022-12', '2023-01/2023-12', '2024-01/2024-12']);
  }
});

test('截至今年6月底止6个月 reads the year from the article date, and without one reads nothing', () => {
  const read = (t: string, articleDate?: string) => findPeriods(t, { articleDate }).map((p) => [t.slice(p.start, p.end), p.period]);
  assert.deepEqual(read('截至今年6月底止6個月，收入按年增長', '2025-08-20'), [['截至今年6月底止6個月', '2025-01/2025-06']]);
  assert.deepEqual(read('截至去年12月底止年度，收益', '2025-08-20'), [['截至去年12月底止年度', '2024-01/2024-12']]);
  assert.deepEqual(read('截至今年6月底止6個月，收入'), []);
});

test('an interim named right after a closing period is that period, not the first half', () => {
  const read = (t: string, articleDate?: string) => findPeriods(t, { articleDate }).map((p) => [t.slice(p.start, p.end), p.period]);
  assert.deepEqual(read('公布截至今年9月30日止六個月中期業績，收益', '2025-11-20'), [['截至今年9月30日止六個月', '2025-04/2025-09']]);
});

test('上年 after a year the sentence reports is the year before that one, not before the article', () => {
  const t = '年报显示，2025年公司实现营业收入18.62亿元，较上年的14.07亿元增长32.34%';
  const found = findPeriods(t, { articleDate: '2026-04-16' }).map((p) => [t.slice(p.start, p.end), p.period]);
  assert.deepEqual(found, [['2025年', '2025-01/2025-12'], ['上年', '2024-01/2024-12']]);
  assert.deepEqual(findPeriods('较上年增长', { articleDate: '2026-04-16' }).map((p) => p.period), ['2025-01/2025-12']);
});

test('a fiscal year the text says closes in March runs April to March, with its quarters and 上一财年', () => {
  const t = '公司公布了截至2025年3月31日的2025财年业绩。2025财年营收48.6亿元，上一财年为37.1亿元；第四财季营收13.2亿元。公司预计2026财年第一财季营收将增长。';
  const found = findPeriods(t).map((p) => [t.slice(p.start, p.end), p.period]);
  assert.deepEqual(found.filter(([w]) => /财/.test(w as string)), [
    ['2025财年', '2024-04/2025-03'], ['2025财年', '2024-04/2025-03'], ['上一财年', '2023-04/2024-03'],
    ['第四财季', '2025-01/2025-03'], ['2026财年', '2025-04/2026-03'], ['第一财季', '2025-04/2025-06'],
  ]);
  assert.deepEqual(findPeriods('2025财年营收48.6亿元').map((p) => p.period), ['2025-01/2025-12']);
});
