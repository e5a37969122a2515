import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from './sentences.js';

const texts = (t: string) => splitSentences(t).map((s) => t.slice(s.start, s.end));
const clauses = (t: string) => splitSentences(t).map((s) => s.clauses.map((c) => t.slice(c.start, c.end)));

test('splits on 。！？；!?; and line breaks, leaving the punctuation out of the spans', () => {
  const t = '公司完成融资。估值翻倍！还会上市吗？答案未知；也许明年!也许不?再说;好\n新的一行';
  assert.deepEqual(texts(t), ['公司完成融资', '估值翻倍', '还会上市吗', '答案未知', '也许明年', '也许不', '再说', '好', '新的一行']);
});

test('splits Traditional text the same way', () => {
  assert.deepEqual(texts('該公司遞交申請。獲得受理！'), ['該公司遞交申請', '獲得受理']);
});

test('does not split inside numbers like 3.88, 12﹒8 or 1-9月', () => {
  const t = '股价报3.88元。亏损收窄至12﹒8億元。1-9月营收增长';
  assert.deepEqual(texts(t), ['股价报3.88元', '亏损收窄至12﹒8億元', '1-9月营收增长']);
});

test('keeps a quotation whole and ends the sentence after a closing quote that follows 。', () => {
  const t = '他表示：“今年很好。明年更好！”随后离场。「第一句。第二句」仍在引号内。';
  assert.deepEqual(texts(t), ['他表示：“今年很好。明年更好！”', '随后离场', '「第一句。第二句」仍在引号内']);
  assert.deepEqual(texts('『甲。乙』丙。"A. B! C" 丁。'), ['『甲。乙』丙', '"A. B! C" 丁']);
});

test('an unclosed quote does not swallow the text after it', () => {
  assert.deepEqual(texts('未闭合“引号。后面\n新行。结尾'), ['未闭合“引号', '后面', '新行', '结尾']);
  assert.deepEqual(texts('开头“跨行。\n引号”。末尾'), ['开头“跨行', '引号”', '末尾']);
});

test('trims whitespace (ASCII and ideographic) around sentences and drops empty ones', () => {
  const t = '  前空格。 \u3000后空格  。。\n\n  ';
  const s = splitSentences(t);
  assert.deepEqual(s.map((x) => t.slice(x.start, x.end)), ['前空格', '后空格']);
});

test('splits clauses on ，,：: but not inside numbers, quotes or brackets', () => {
  assert.deepEqual(clauses('营收1,000万元，同比增长：50%，时间09:36,完毕'), [['营收1,000万元', '同比增长', '50%', '时间09:36', '完毕']]);
  assert.deepEqual(clauses('公司（注：括号内，不拆）称，“甲，乙”都对'), [['公司（注：括号内，不拆）称', '“甲，乙”都对']]);
});

test('a sentence without clause breaks is its own single clause', () => {
  const [s] = splitSentences('一句话');
  assert.deepEqual(s.clauses, [{ start: 0, end: 3 }]);
});

test('works inside a range and returns offsets into the whole text', () => {
  const t = '标题\n正文第一句。正文第二句。尾巴';
  const start = t.indexOf('正文');
  const end = t.indexOf('尾巴');
  const s = splitSentences(t, { start, end });
  assert.deepEqual(s.map((x) => t.slice(x.start, x.end)), ['正文第一句', '正文第二句']);
  assert.ok(s[0].start === start);
});

test('an ASCII quotation ending in an exclamation mark ends the sentence after its closing quote', () => {
  assert.deepEqual(texts('他喊道"好！"然后离开。'), ['他喊道"好！"', '然后离开']);
});

test('a headline’s spaces between Chinese words part its clauses, but not the spaces of 2025 年 3 月', () => {
  const [title] = splitSentences('本周6家企业获受理 3家上会全部过关 新股X首日涨超两倍');
  assert.deepEqual(title.clauses.map((c) => '本周6家企业获受理 3家上会全部过关 新股X首日涨超两倍'.slice(c.start, c.end)), ['本周6家企业获受理', '3家上会全部过关', '新股X首日涨超两倍']);
  const [body] = splitSentences('公司于 2025 年 3 月 6 日获受理');
  assert.equal(body.clauses.length, 1);
});
