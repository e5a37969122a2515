import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import OpenCC from 'opencc-js';
import { ArgumentError } from '../core/errors.js';
import { convertScript, undoTaiwanPhrases } from './convert.js';

const testdata = (name: string) => new URL(`../../testdata/convert/${name}`, import.meta.url);
const hans = (text: string) => convertScript(text, { to: 'hans' });

test('the named hard cases come back to mainland wording', () => {
  assert.equal(hans('科創板IPO處理程序'), '科创板IPO进程');
  assert.equal(hans('在上海主機板上市'), '在上海主板上市');
  assert.equal(hans('腦機介面賽道'), '脑机接口赛道');
  assert.equal(hans('成為領漲類股'), '成为领涨板块');
  assert.equal(hans('規模達到1.8兆元'), '规模达到1.8万亿元');
  assert.equal(hans('有望突破2兆港元'), '有望突破2万亿港元');
  assert.equal(hans('數兆資金'), '数万亿资金');
  assert.equal(hans('兆級基金'), '万亿级基金');
});

test('兆 stays in names, mega units and words', () => {
  assert.equal(hans('兆瑞微電子發布公告'), '兆瑞微电子发布公告');
  assert.equal(hans('主頻800兆赫'), '主频800兆赫');
  assert.equal(hans('建設200兆瓦光伏電站'), '建设200兆瓦光伏电站');
  assert.equal(hans('緩存16兆字節'), '缓存16兆字节');
  assert.equal(hans('千兆網路'), '千兆网络');
  assert.equal(hans('這是一個好兆頭'), '这是一个好兆头');
});

test('every Taiwan-phrase case in testdata comes back as written by the mainland author', () => {
  const { cases } = JSON.parse(readFileSync(testdata('taiwan-cases.json'), 'utf8')) as { cases: { tw: string; hans: string; why: string }[] };
  assert.ok(cases.length >= 20);
  for (const c of cases) assert.equal(hans(c.tw), c.hans, c.why);
});

test('context rules keep ordinary mainland words that share a Taiwan form', () => {
  assert.equal(hans('公開資料顯示'), '公开资料显示');
  assert.equal(hans('臨床資料顯示'), '临床数据显示');
  assert.equal(hans('使用者介面'), '用户界面');
  assert.equal(hans('智慧城市'), '智慧城市');
  assert.equal(hans('智慧駕駛'), '智能驾驶');
  assert.equal(hans('執行董事'), '执行董事');
  assert.equal(hans('系統平穩執行'), '系统平稳运行');
  assert.equal(hans('光伏元件出貨'), '光伏组件出货');
  assert.equal(hans('電子元件'), '电子元件');
  assert.equal(hans('毛利多37億元'), '毛利多37亿元');
  assert.equal(hans('法定程序'), '法定程序');
  assert.equal(hans('方程式賽車'), '方程式赛车');
});

test('a mainland phrase containing a shorter key is not rewritten from inside', () => {
  // 莱雅 is the Taiwan name of 欧莱雅; the mainland name must not become 欧欧莱雅.
  assert.equal(undoTaiwanPhrases('欧莱雅'), '欧莱雅');
  assert.equal(undoTaiwanPhrases('莱雅集团'), '欧莱雅集团');
  assert.equal(undoTaiwanPhrases('尼日利亚'), '尼日利亚');
});

test('the round trip of our Simplified sample through OpenCC s2twp comes back exactly, where OpenCC alone does not', () => {
  const original = readFileSync(testdata('bench-hans.txt'), 'utf8');
  const taiwan = OpenCC.Converter({ from: 'cn', to: 'twp' })(original);
  assert.notEqual(taiwan, original);
  assert.equal(hans(taiwan), original);
  assert.notEqual(OpenCC.Converter({ from: 'twp', to: 'cn' })(taiwan), original);
});

test('auto leaves Simplified input alone, undo repairs it anyway, keep never repairs', () => {
  assert.equal(convertScript('公司提交的资料齐备', { to: 'hans' }), '公司提交的资料齐备');
  assert.equal(convertScript('相关资料和数据', { to: 'hans' }), '相关资料和数据');
  assert.equal(convertScript('主机板上市', { to: 'hans', phrases: 'undo' }), '主板上市');
  assert.equal(convertScript('主機板上市', { to: 'hans', phrases: 'keep' }), '主机板上市');
});

test('converting to Traditional gives plain OpenCC Traditional by default and Taiwan or Hong Kong forms on request', () => {
  assert.equal(convertScript('里面的台湾软件', { to: 'hant' }), '裏面的臺灣軟件');
  assert.equal(convertScript('里面的台湾软件', { to: 'hant', variant: 'tw' }), '裡面的臺灣軟件');
  assert.equal(convertScript('里面的台湾软件', { to: 'hant', variant: 'hk' }), '裏面的台灣軟件');
});

test('converting to Simplified reads Hong Kong forms with variant hk', () => {
  assert.equal(convertScript('裏面的台灣', { to: 'hans', variant: 'hk' }), '里面的台湾');
});

test('bad targets, variants and modes are ArgumentErrors', () => {
  assert.throws(() => convertScript('x', { to: 'hant', variant: 'cn' }), ArgumentError);
  assert.throws(() => convertScript('x', { to: 'latin' as 'hans' }), ArgumentError);
  assert.throws(() => convertScript('x', { to: 'hans', variant: 'mo' as 'tw' }), ArgumentError);
  assert.throws(() => convertScript('x', { to: 'hans', phrases: 'maybe' as 'auto' }), ArgumentError);
});

// Strings mixing arbitrary code points (lone surrogates included) with the characters the table reacts to.
const tableChars = [...new Set('處理程序主機板腦機介面類股兆元級數資料訊號智慧型手機執行使用者程式設計輝達稽核0123456789.億萬美港赫瓦')];
const mixed = fc.array(fc.oneof(
  fc.string({ unit: 'binary', maxLength: 4 }),
  fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)),
  fc.constantFrom(...tableChars),
), { maxLength: 40 }).map((parts) => parts.join(''));

test('conversion never throws and returns a string for any input, in both directions', () => {
  fc.assert(fc.property(mixed, (s) => {
    assert.equal(typeof convertScript(s, { to: 'hans' }), 'string');
    assert.equal(typeof convertScript(s, { to: 'hans', phrases: 'undo' }), 'string');
    assert.equal(typeof convertScript(s, { to: 'hant', variant: 'tw' }), 'string');
  }), { numRuns: 300 });
});

test('undoing Taiwan phrases leaves text without any Han character unchanged', () => {
  fc.assert(fc.property(fc.string({ unit: 'binary-ascii' }), (s) => undoTaiwanPhrases(s) === s), { numRuns: 200 });
});

test('a 50 000-character article converts in well under a second after warm-up', () => {
  const original = readFileSync(testdata('bench-hans.txt'), 'utf8');
  const taiwan = OpenCC.Converter({ from: 'cn', to: 'twp' })(original).repeat(Math.ceil(50_000 / original.length)).slice(0, 50_000);
  hans(taiwan);
  const t0 = performance.now();
  hans(taiwan);
  // Measured ~30 ms on the 2-core CI machine; the bound only catches a pathological slowdown.
  assert.ok(performance.now() - t0 < 500, `took ${performance.now() - t0} ms`);
});
