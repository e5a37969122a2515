import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findMoney, type MoneyMatch } from './money.js';

function one(t: string): MoneyMatch & { text: string } {
  const all = findMoney(t);
  assert.equal(all.length, 1, `one amount in ${t}: ${JSON.stringify(all)}`);
  return { ...all[0], text: t.slice(all[0].start, all[0].end) };
}

test('reads yuan amounts with 亿/万 in whole units, in both scripts', () => {
  assert.deepEqual(one('公司拟募资68亿元').money, { value: 6800000000, currency: 'CNY' });
  assert.deepEqual(one('該公司擬募資68億元').money, { value: 6800000000, currency: 'CNY' });
  assert.deepEqual(one('营收2817.46万元').money, { value: 28174600, currency: 'CNY' });
  assert.deepEqual(one('營收2817.46萬元').money, { value: 28174600, currency: 'CNY' });
  assert.equal(one('营收2817.46万元').text, '2817.46万元');
});

test('reads the currency words and symbols of each currency', () => {
  const cases: Array<[string, string, number]> = [
    ['市值3200亿港元', 'HKD', 3.2e11], ['市值3200億港幣', 'HKD', 3.2e11], ['融资2.4亿美元', 'USD', 2.4e8],
    ['注册资本6000万元人民币', 'CNY', 6e7], ['注冊資本6000萬元人民幣', 'CNY', 6e7], ['获得5亿欧元', 'EUR', 5e8],
    ['投资300亿日元', 'JPY', 3e10], ['收购价2亿英镑', 'GBP', 2e8], ['营收80億新台幣', 'TWD', 8e9],
    ['募资HK$12亿', 'HKD', 1.2e9], ['估值US$3.5 billion', 'USD', 3.5e9], ['RMB 9000万', 'CNY', 9e7],
  ];
  for (const [t, currency, value] of cases) assert.deepEqual(one(t).money, { value, currency }, t);
});

test('reads 12﹒8億元人民幣 with its odd decimal point, and full-width digits', () => {
  const m = one('第二季亏损收窄至12﹒8億元人民幣。');
  assert.deepEqual(m.money, { value: 1280000000, currency: 'CNY' });
  assert.equal(m.text, '12﹒8億元人民幣');
  assert.deepEqual(one('收入４２．５亿元').money, { value: 4250000000, currency: 'CNY' });
});

test('reads signs: -8.04亿元 and 负3.9亿元', () => {
  assert.deepEqual(one('净利润为-7.13亿元').money, { value: -713000000, currency: 'CNY' });
  assert.deepEqual(one('毛利为负3.9亿元').money, { value: -390000000, currency: 'CNY' });
  assert.deepEqual(one('净利润约为人民币-0.07亿元').money, { value: -7000000, currency: 'CNY', qualifier: 'approx' });
});

test('reads qualifiers before and after the amount', () => {
  const q = (t: string) => one(t).money.qualifier;
  assert.equal(q('估值约150亿元'), 'approx');
  assert.equal(q('市值近2600億港元'), 'approx');
  assert.equal(q('估值接近90亿元'), 'approx');
  assert.equal(q('估值超14亿美元'), 'over');
  assert.equal(q('募资逾30亿元'), 'over');
  assert.equal(q('营收超过8亿元'), 'over');
  assert.equal(q('营收10亿元以上'), 'over');
  assert.equal(q('规模达120余亿元'), 'over');
  assert.equal(q('利润不到4000万元'), 'under');
  assert.equal(q('利润不足4000萬元'), 'under');
  assert.equal(q('规模不低于50亿元'), 'over');
  assert.equal(q('估值30亿元'), undefined);
  assert.deepEqual(one('规模达120余亿元').money.value, 1.2e10);
});

test('reads ranges written four ways, in both scripts', () => {
  assert.deepEqual(one('净利润18亿至32亿元').money, { min: 1.8e9, max: 3.2e9, currency: 'CNY' });
  assert.deepEqual(one('净利润18亿-32亿元').money, { min: 1.8e9, max: 3.2e9, currency: 'CNY' });
  assert.deepEqual(one('收入将达610-640亿元').money, { min: 6.1e10, max: 6.4e10, currency: 'CNY' });
  assert.deepEqual(one('總收入將介乎72億元至79億元').money, { min: 7.2e9, max: 7.9e9, currency: 'CNY' });
  assert.deepEqual(one('收入72亿元到79亿元').money, { min: 7.2e9, max: 7.9e9, currency: 'CNY' });
  assert.deepEqual(one('营收7,000-7,600万元').money, { min: 7e7, max: 7.6e7, currency: 'CNY' });
  assert.equal(one('净利润18亿至32亿元').text, '18亿至32亿元');
});

test('a change from one amount to another is not a range', () => {
  const all = findMoney('亏损从20亿元收窄到15亿元');
  assert.deepEqual(all.map((m) => m.money.value), [2e9, 1.5e9]);
});

test('兆 is 10^12 before money and in 兆元, never in a name', () => {
  assert.deepEqual(one('產業規模達到2.3兆元').money, { value: 2.3e12, currency: 'CNY' });
  assert.deepEqual(one('市值衝破兆元大關').money, { value: 1e12, currency: 'CNY', qualifier: 'over' }, '衝破 (broke through) says over');
  assert.deepEqual(findMoney('兆易创新的营收'), []);
  assert.deepEqual(findMoney('兆級基金'), []);
});

test('超亿元 and 上亿元 are at least 10^8; a lone 亿元 is nothing', () => {
  assert.deepEqual(one('完成超億元天使輪融資').money, { value: 1e8, currency: 'CNY', qualifier: 'over' });
  assert.deepEqual(one('上亿元投资').money, { value: 1e8, currency: 'CNY', qualifier: 'over' });
  assert.deepEqual(findMoney('单位：亿元'), []);
});

test('千亿元 is 10^11 and 数亿元 has no value', () => {
  assert.deepEqual(one('市值迈向千亿元').money, { value: 1e11, currency: 'CNY' });
  assert.deepEqual(findMoney('投入数亿元'), []);
  assert.deepEqual(findMoney('投入十几亿元'), []);
});

test('a number with 亿/万 and no currency is CNY money when the context is money, flagged bare', () => {
  const m = one('C轮融资,募资61.5亿,投后估值');
  assert.deepEqual(m.money, { value: 6.15e9, currency: 'CNY' });
  assert.equal(m.bare, true);
  assert.equal(one('完成95億融資').bare, true);
  assert.deepEqual(findMoney('出货量超过270万张'), []);
  assert.deepEqual(findMoney('加仓1570.4万股'), []);
  assert.deepEqual(findMoney('订单量为1万5761辆'), []);
});

test('a bare amount in a list takes the currency stated at the end of the list', () => {
  const all = findMoney('营收分别为3.1亿、4.6亿和6.2亿美元');
  assert.deepEqual(all.map((m) => [m.money.value, m.money.currency, m.bare ?? false]), [[3.1e8, 'USD', true], [4.6e8, 'USD', true], [6.2e8, 'USD', false]]);
});

test('unit prices are not money; per-share prices are flagged', () => {
  assert.deepEqual(findMoney('报价低至0.0006元/千tokens'), []);
  assert.deepEqual(findMoney('均价4.53萬元/人'), []);
  const a = one('发行价为每股18.6元');
  assert.deepEqual([a.money, a.perShare], [{ value: 18.6, currency: 'CNY' }, true]);
  assert.equal(one('每股17.2港元').perShare, true);
  const b = one('发行价格为24.15元/股');
  assert.deepEqual([b.text, b.perShare], ['24.15元/股', true]);
  assert.equal(one('每股發售價介乎28.5港元~31.2港元').perShare, true);
  assert.equal(one('拟募资15亿元').perShare, undefined);
});

test('numbers that are not money give nothing', () => {
  assert.deepEqual(findMoney('2025年12月30日获受理，持股20.258%，共3家'), []);
  assert.deepEqual(findMoney('元宇宙概念'), []);
});
