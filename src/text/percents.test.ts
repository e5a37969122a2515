import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findPercents } from './percents.js';

const found = (t: string) => findPercents(t).map((p) => ({ text: t.slice(p.start, p.end), ...p, start: undefined, end: undefined }));

test('reads a percentage with its span covering number and %', () => {
  const [p] = findPercents('合计持股18.426%，为第一大股东');
  assert.equal(p.value, 18.426);
  assert.equal('合计持股18.426%，为第一大股东'.slice(p.start, p.end), '18.426%');
});

test('reads full-width ％, odd decimal points and negative percentages, in both scripts', () => {
  assert.equal(findPercents('佔比４５％')[0].value, 45);
  assert.equal(findPercents('按年升41﹒7%')[0].value, 41.7);
  assert.equal(findPercents('毛利率為負2﹒6%')[0].value, -2.6);
});

test('reads qualifiers: 超70% is over, 近17% approx, 以上 over', () => {
  assert.equal(findPercents('涨幅超65%')[0].qualifier, 'over');
  assert.equal(findPercents('漲幅近19%')[0].qualifier, 'approx');
  assert.equal(findPercents('占比30%以上')[0].qualifier, 'over');
  assert.equal(findPercents('占比30%')[0].qualifier, undefined);
});

test('reads the stated direction of a change', () => {
  assert.equal(findPercents('营收同比增长27.15%')[0].change, 'up');
  assert.equal(findPercents('營收同比增長27.15%')[0].change, 'up');
  assert.equal(findPercents('股价上涨3%')[0].change, 'up');
  assert.equal(findPercents('涨幅近19%')[0].change, 'up');
  assert.equal(findPercents('净利润下降12%')[0].change, 'down');
  assert.equal(findPercents('收入減少8%')[0].change, 'down');
  assert.equal(findPercents('收盘跌2.7%')[0].change, 'down');
  assert.equal(findPercents('占比提升至44%')[0].change, undefined);
  assert.equal(findPercents('持股5%')[0].change, undefined);
});

test('reads 百分之 numerals', () => {
  assert.equal(findPercents('持股百分之二十')[0].value, 20);
  assert.equal(findPercents('增长百分之三十五点五')[0].value, 35.5);
  assert.equal(findPercents('百分之五')[0].value, 5);
});

test('folds a range into one match with its bounds', () => {
  const [a] = found('相比上升5%-12%');
  assert.deepEqual([a.text, a.min, a.max, a.change], ['5%-12%', 5, 12, 'up']);
  const [b] = found('按年增約3﹒5%至11﹒5%');
  assert.deepEqual([b.text, b.min, b.max, b.qualifier], ['3﹒5%至11﹒5%', 3.5, 11.5, 'approx']);
  const [c] = found('增长4-9%');
  assert.deepEqual([c.min, c.max], [4, 9]);
});
