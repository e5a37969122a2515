import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates, type DateMatch } from './dates.js';

const found = (t: string, articleDate?: string) =>
  findDates(t, { articleDate }).map((d: DateMatch) => [t.slice(d.start, d.end), d.iso, d.precision, d.inferred ?? false, d.relative ?? false]);

test('reads full dates, months and years, in both scripts', () => {
  assert.deepEqual(found('申请于2025年11月28日获受理'), [['2025年11月28日', '2025-11-28', 'day', false, false]]);
  assert.deepEqual(found('於2024年7月遞交'), [['2024年7月', '2024-07', 'month', false, false]]);
  assert.deepEqual(found('预计2027年实现'), [['2027年', '2027', 'year', false, false]]);
  assert.deepEqual(found('2025 年 3 月 6 日'), [['2025 年 3 月 6 日', '2025-03-06', 'day', false, false]]);
});

test('reads 2026年初 and 2026开年 as the year', () => {
  assert.deepEqual(found('2026年初，价格上涨'), [['2026年初', '2026', 'year', false, false]]);
  assert.deepEqual(found('终于在2026开年迎来受理'), [['2026开年', '2026', 'year', false, false]]);
  assert.deepEqual(found('2026年開年，概念走紅'), [['2026年開年', '2026', 'year', false, false]]);
});

test('reads numeric dates: ISO, slashes and day/month/year with a time', () => {
  assert.deepEqual(found('发布于2024-08-21'), [['2024-08-21', '2024-08-21', 'day', false, false]]);
  assert.deepEqual(found('2024/8/21 消息'), [['2024/8/21', '2024-08-21', 'day', false, false]]);
  assert.deepEqual(found('21/08/2024 09:36\n正文'), [['21/08/2024 09:36', '2024-08-21', 'day', false, false]]);
  assert.deepEqual(found('[2022-04-25 14:32:51] 来源'), [['2022-04-25 14:32:51', '2022-04-25', 'day', false, false]]);
});

test('a month and day take the year of an earlier date in the same sentence', () => {
  assert.deepEqual(found('2024年12月26日获受理，此前12月18日才完成辅导', '2026-03-01').map((d) => d[1]), ['2024-12-26', '2024-12-18']);
});

test('a month and day in another sentence take the article year, the year before when that would be months ahead', () => {
  const t = '公司于2025年4月提交备案。2月13日，股价上涨。12月30日获受理。';
  assert.deepEqual(found(t, '2026-02-14'), [
    ['2025年4月', '2025-04', 'month', false, false],
    ['2月13日', '2026-02-13', 'day', true, false],
    ['12月30日', '2025-12-30', 'day', true, false],
  ]);
});

test('without an article date a month and day take the nearest year stated before it', () => {
  assert.deepEqual(found('公司成立于2019年。3月8日完成融资'), [['2019年', '2019', 'year', false, false], ['3月8日', '2019-03-08', 'day', true, false]]);
  assert.deepEqual(found('12月5日登陆科创板'), []);
});

test('a fiscal year named before does not place a date', () => {
  assert.deepEqual(found('未提交2024年年报，反而在2月19日申请延期', '2025-04-01').map((d) => d[1]), ['2025-02-19']);
});

test('reads a day range sharing its month', () => {
  assert.deepEqual(found('上周(4月18日-4月24日)', '2022-04-25').map((d) => d[1]), ['2022-04-18', '2022-04-24']);
  assert.deepEqual(found('4月18日-24日', '2022-04-25').map((d) => d[0] + '=' + d[1]), ['4月18日=2022-04-18', '24日=2022-04-24']);
});

test('近日/日前/今年/去年 are relative to the article date and skipped without one; 近日 and 日前 say the month, 昨日 the day', () => {
  assert.deepEqual(found('近日，证监会官网更新', '2026-02-14'), [['近日', '2026-02', 'month', false, true]]);
  assert.deepEqual(found('公司日前宣佈', '2026-02-14'), [['日前', '2026-02', 'month', false, true]]);
  assert.deepEqual(found('公司昨日宣布', '2026-02-14'), [['昨日', '2026-02-13', 'day', false, true]]);
  assert.deepEqual(found('3日前'), []);
  assert.deepEqual(found('近日，证监会官网更新'), []);
  assert.deepEqual(found('今年4月上市', '2026-02-14'), [['今年4月', '2026-04', 'month', false, true]]);
  assert.deepEqual(found('去年营收增长', '2026-02-14'), [['去年', '2025', 'year', false, true]]);
});

test('periods are not dates: 2025年1-6月, 2025年度, 1-9月, 上半年', () => {
  assert.deepEqual(found('2025年1-6月营收'), []);
  assert.deepEqual(found('2025年度营收'), []);
  assert.deepEqual(found('1-9月营收'), []);
  assert.deepEqual(found('2025年上半年'), []);
  assert.deepEqual(found('2025年前三季度'), []);
});

test('refuses impossible dates', () => {
  assert.deepEqual(found('2025年2月30日'), []);
  assert.deepEqual(found('2025年13月'), []);
});

test('本月, 上月 and 下月 with or without a day are placed by the article date', () => {
  assert.deepEqual(found('已於本月15日再度遞表', '2025-09-18'), [['本月15日', '2025-09-15', 'day', false, true]]);
  assert.deepEqual(found('上月底完成招股', '2026-01-05'), [['上月', '2025-12', 'month', false, true]]);
  assert.deepEqual(found('下月招股', '2025-12-20').map((d) => d[1]), ['2026-01']);
  assert.deepEqual(found('本月初失效'), [], 'no article date: no date');
});

test('a day alone in brackets after a weekday is the nearest such day to the article date', () => {
  assert.deepEqual(found('於本周四（14日）遞表', '2025-08-16').map((d) => d[1]), ['2025-08-14']);
  assert.deepEqual(found('將於下周一（8日）掛牌', '2025-12-03').map((d) => d[1]), ['2025-12-08']);
  assert.deepEqual(found('已於上周五（28日）截飛', '2025-12-03').map((d) => d[1]), ['2025-11-28']);
});

test('a year before 中报 names a report, not a date', () => {
  assert.deepEqual(found('因2024年中报财务数据过期'), []);
});

test('without an article date, 近日 is the month the news is of and 目前 its year; with none given they are no date', () => {
  assert.deepEqual(found('公司近日宣布撤回申请'), []);
  const dated = findDates('目前处于问询阶段的公司近日宣布撤回申请', { newsMonth: '2024-06' }).map((d) => [d.iso, d.precision]);
  assert.deepEqual(dated, [['2024', 'year'], ['2024-06', 'month']]);
});

test('同年7月 is July of the year stated last before it, even in an earlier sentence', () => {
  assert.deepEqual(found('2024年3月获受理。同年7月，上交所发出首轮问询', '2025-10-14').map((d) => d[1]), ['2024-03', '2024-07']);
});

test('a month and day after 今年 in the same sentence take the year 今年 means, not an older year stated before', () => {
  assert.deepEqual(found('公司2016年在新三板挂牌，今年10月10日通过审议，并于10月24日提交注册', '2025-11-20').map((d) => d[1]), ['2016', '2025-10-10', '2025-10-24']);
});

test('without an article date, a later sentence’s earlier month moves into the next year unless it looks back', () => {
  assert.deepEqual(found('公司撤回了其于2025年4月提交的辅导备案。2月13日，公司股价上涨。').map((d) => d[1]), ['2025-04', '2026-02-13']);
  assert.deepEqual(found('公司于2025年4月提交辅导备案。此前的2月13日，公司完成股改。').map((d) => d[1]), ['2025-04', '2025-02-13']);
  assert.deepEqual(found('公司于2025年4月提交辅导备案。6月13日，辅导验收完成。').map((d) => d[1]), ['2025-04', '2025-06-13']);
});

test('a day told with its time zone (美东时间11日) is that day of the article’s month', () => {
  assert.deepEqual(found('公司美东时间11日在纳斯达克挂牌', '2025-11-12').map((d) => d[1]), ['2025-11-11']);
});
