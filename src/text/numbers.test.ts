import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findNumbers } from './numbers.js';

const found = (t: string) => findNumbers(t).map((n) => [t.slice(n.start, n.end), n.value]);

test('reads Arabic numbers with thousands commas, decimals and full-width forms', () => {
  assert.deepEqual(found('共1,234.5股，另有42家'), [['1,234.5', 1234.5], ['42', 42]]);
  assert.deepEqual(found('３６４３．１９与12﹒8'), [['３６４３．１９', 3643.19], ['12﹒8', 12.8]]);
});

test('folds 万/亿/万亿/兆 into the value exactly, in both scripts', () => {
  assert.deepEqual(found('3643.19万'), [['3643.19万', 36431900]]);
  assert.deepEqual(found('8.04億'), [['8.04億', 804000000]]);
  assert.deepEqual(found('1.5万亿与2.6萬億'), [['1.5万亿', 1.5e12], ['2.6萬億', 2.6e12]]);
  assert.deepEqual(found('规模达3千万'), [['3千万', 3e7]]);
});

test('reads Chinese numerals, 两 and 〇', () => {
  assert.deepEqual(found('三千万'), [['三千万', 3e7]]);
  assert.deepEqual(found('两家券商'), [['两', 2]]);
  assert.deepEqual(found('兩億'), [['兩億', 2e8]]);
  assert.deepEqual(found('一千零五'), [['一千零五', 1005]]);
  assert.deepEqual(found('二〇二五年'), [['二〇二五', 2025]]);
  assert.deepEqual(found('千亿元'), [['千亿', 1e11]]);
});

test('skips vague amounts and words that only look like numerals', () => {
  assert.deepEqual(found('十几个'), []);
  assert.deepEqual(found('数亿元'), []);
  assert.deepEqual(found('几十亿'), []);
  assert.deepEqual(found('一致行动人'), []);
  assert.deepEqual(found('千万不要'), []);
  assert.deepEqual(found('万一失败'), []);
  assert.deepEqual(found('GPT-4级与5G'), []);
});

test('兆 is 10^12 after a number before money or in 兆级, and nothing in 兆易 or 兆赫', () => {
  assert.deepEqual(found('1.8兆元'), [['1.8兆', 1.8e12]]);
  assert.deepEqual(found('兆級基金'), [['兆', 1e12]]);
  assert.deepEqual(found('兆易创新'), []);
  assert.deepEqual(found('5兆赫'), [['5', 5]]);
});

test('keeps a minus sign but not a dash between two amounts', () => {
  assert.deepEqual(found('为-8.04亿'), [['-8.04亿', -804000000]]);
  assert.deepEqual(found('负3.9'), [['负3.9', -3.9]]);
  assert.deepEqual(found('550-580'), [['550', 550], ['580', 580]]);
});

test('marks 余/多 after a number as over', () => {
  const [n] = findNumbers('100余亿');
  assert.equal(n.value, 1e10);
  assert.equal(n.qualifier, 'over');
});
