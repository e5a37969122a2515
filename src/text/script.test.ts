import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { detectScript, toHansAligned, toHantAligned } from './script.js';

// Arbitrary code points, lone surrogates, and Han characters of both scripts.
const han = [...'軟體資料臺灣後裡著為發國個們說區這萬億兆软体资料台湾后里着为发国个们说区这万亿𠀋𪚥𫫇'];
const anyText = fc.array(fc.oneof(
  fc.string({ unit: 'binary', maxLength: 4 }),
  fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)),
  fc.constantFrom(...han),
), { maxLength: 50 }).map((parts) => parts.join(''));

test('aligned conversion keeps the length of any string, in both directions', () => {
  fc.assert(fc.property(anyText, (s) => {
    assert.equal(toHansAligned(s).length, s.length);
    assert.equal(toHantAligned(s).length, s.length);
  }), { numRuns: 500 });
});

test('aligned conversion changes only Han characters, one for one', () => {
  fc.assert(fc.property(anyText, (s) => {
    const out = toHansAligned(s);
    for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) < 0x2e80) assert.equal(out[i], s[i]);
  }), { numRuns: 300 });
});

test('toHansAligned converts Traditional characters one by one, phrases untouched', () => {
  assert.equal(toHansAligned('臺灣的軟體資料，1.8兆元'), '台湾的软体资料，1.8兆元');
  assert.equal(toHansAligned('已經簡體的文字'), '已经简体的文字');
});

test('toHantAligned converts Simplified characters one by one to Taiwan standard forms', () => {
  assert.equal(toHantAligned('软件数据，里面'), '軟件數據，裡面');
  assert.equal(toHantAligned('ABC 123'), 'ABC 123');
});

test('detectScript tells Simplified, Traditional, mixed and too little', () => {
  assert.equal(detectScript('公司拟冲刺科创板上市，募集资金将用于研发项目。'), 'hans');
  assert.equal(detectScript('公司擬衝刺科創板上市，募集資金將用於研發項目。'), 'hant');
  assert.equal(detectScript('公司拟冲刺科创板上市，募集資金將用於研發項目。'), 'mixed');
  assert.equal(detectScript('IPO 2025'), 'unknown');
});

test('the Simplified view reads 回覆/答覆/批覆 as 回复/答复/批复 and keeps 覆盖, at the same length', () => {
  const t = '上交所披露反饋問題及回覆，公司答覆問詢；市場覆蓋率提升';
  const s = toHansAligned(t);
  assert.equal(s.length, t.length);
  assert.ok(s.includes('回复') && s.includes('答复') && s.includes('覆盖'), s);
});
