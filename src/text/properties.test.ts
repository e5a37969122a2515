// Property tests of every finder: they never throw, and each span points at the text it read.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { findDates } from './dates.js';
import { findMoney } from './money.js';
import { findNumbers } from './numbers.js';
import { findPercents } from './percents.js';
import { findPeriodLists, findPeriods } from './periods.js';
import { splitSentences } from './sentences.js';
import { findValueLists } from './value-lists.js';

// Pieces of the grammar the parsers read, so that random strings reach deep into them.
const PIECES = [
  '0', '1', '2', '3', '5', '9', '12', '2024', '2025', '.', '﹒', '．', '０', '５', ',', '，', '、', '-', '–', '~', '至', '到', '%', '％',
  '万', '萬', '亿', '億', '万亿', '兆', '千', '百', '十', '一', '二', '两', '三', '〇', '零', '余', '多', '数', '几', '点', '百分之',
  '元', '人民币', '人民幣', '美元', '港元', '港幣', 'US$', 'HK$', 'RMB', '/', '股', '每股', '/股', '约', '近', '超', '逾', '不到', '以上',
  '年', '月', '日', '年度', '上半年', '下半年', '前三季度', '一季度', '第二季', 'Q3', 'FY', '财年', '截至', '止', '六个月', '中期', '今年', '去年', '近日', '日前', '开年',
  '分别为', '分別為', '依次为', '和', '及', '。', '！', '？', '；', '!', '?', ';', '\n', '“', '”', '「', '」', '"', '（', '）', ':', '：', ' ', '\u3000',
  '公司', '营收', '募资', '融资', '估值', '增长', '下降', 'A', 'GPT-', '\uD800', '\uDC00', '😀',
];
const grammarText = fc.string({ unit: fc.constantFrom(...PIECES), maxLength: 40 });
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ unit: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)), maxLength: 10 }),
  grammarText,
);
const articleDate = fc.option(fc.constantFrom('2025-06-30', '2026-02-14', '2024', '2024-13-01', 'garbage'), { nil: undefined });

function assertSpan(text: string, s: { start: number; end: number }, what: string): void {
  assert.ok(Number.isInteger(s.start) && Number.isInteger(s.end), `${what}: integer offsets`);
  assert.ok(s.start >= 0 && s.start < s.end && s.end <= text.length, `${what}: ${s.start}..${s.end} in ${JSON.stringify(text)}`);
}

const NUMERAL = /[0-9０-９零〇一二两三四五六七八九十百千万亿兆壹贰叁肆伍陆柒捌玖拾佰仟萬億兩貳參陸]/;

test('no finder throws on arbitrary strings, astral characters or lone surrogates', () => {
  fc.assert(fc.property(anyText, articleDate, fc.integer({ min: 0, max: 2100 }), (text, date, year) => {
    splitSentences(text);
    splitSentences(text, { start: 3, end: 2 });
    findNumbers(text); findMoney(text); findPercents(text);
    findDates(text, { articleDate: date });
    findPeriods(text, { articleDate: date, year });
    findPeriodLists(text); findValueLists(text);
  }), { numRuns: 400 });
});

test('every number, amount and percentage span holds its digits', () => {
  fc.assert(fc.property(anyText, (text) => {
    for (const n of findNumbers(text)) { assertSpan(text, n, 'number'); assert.ok(NUMERAL.test(text.slice(n.start, n.end))); assert.ok(Number.isFinite(n.value)); }
    for (const m of findMoney(text)) {
      assertSpan(text, m, 'money');
      assert.ok(NUMERAL.test(text.slice(m.start, m.end)));
      const v = m.money.value ?? m.money.min;
      assert.ok(Number.isFinite(v), 'money has a value or a range');
    }
    for (const p of findPercents(text)) {
      assertSpan(text, p, 'percent');
      const s = text.slice(p.start, p.end);
      assert.ok(/[%％]|百分之/.test(s) && NUMERAL.test(s), s);
    }
  }), { numRuns: 400 });
});

test('every date, period and list span lies in the text and lists follow text order', () => {
  fc.assert(fc.property(anyText, articleDate, (text, date) => {
    for (const d of findDates(text, { articleDate: date })) { assertSpan(text, d, 'date'); assert.match(d.iso, /^\d{4}(-\d{2}(-\d{2})?)?$/); }
    for (const p of findPeriods(text, { articleDate: date })) { assertSpan(text, p, 'period'); assert.match(p.period, /^\d{4}-\d{2}\/\d{4}-\d{2}$/); }
    for (const l of findPeriodLists(text)) {
      assertSpan(text, l, 'period list');
      assert.ok(l.periods.length >= 2);
      for (const p of l.periods) { assert.ok(p.start >= l.start && p.end <= l.end); }
    }
    for (const l of findValueLists(text)) {
      assertSpan(text, l, 'value list');
      const items = l.kind === 'money' ? l.items : l.percents;
      assert.ok(items.length >= 2);
      for (let i = 0; i < items.length; i++) {
        assertSpan(text, items[i], 'item');
        assert.ok(items[i].start >= l.start && items[i].end <= l.end);
        if (i) assert.ok(items[i].start >= items[i - 1].end);
      }
    }
  }), { numRuns: 400 });
});

test('sentences are ordered, disjoint, trimmed, and hold their clauses', () => {
  fc.assert(fc.property(anyText, (text) => {
    let last = 0;
    for (const s of splitSentences(text)) {
      assertSpan(text, s, 'sentence');
      assert.ok(s.start >= last);
      last = s.end;
      assert.ok(!/^\s|\s$/.test(text.slice(s.start, s.end)));
      let c0 = s.start;
      for (const c of s.clauses) { assertSpan(text, c, 'clause'); assert.ok(c.start >= c0 && c.end <= s.end); c0 = c.end; }
    }
  }), { numRuns: 400 });
});

// Han filler with no numeral, unit, currency, qualifier or list word in it.
const FILLER = fc.string({ unit: fc.constantFrom('公', '司', '技', '术', '产', '品', '发', '布', '科', '创', '板', '市', '场', '的', '了', '在', '是', '有', '新', '高'), maxLength: 8 });
const UNITS: Array<[string, string, number]> = [['万', '萬', 4], ['亿', '億', 8]];
const CURRENCIES: Array<[string, string, string]> = [['元', '元', 'CNY'], ['美元', '美元', 'USD'], ['港元', '港元', 'HKD'], ['港币', '港幣', 'HKD'], ['元人民币', '元人民幣', 'CNY']];

test('an amount written anywhere in a sentence is found with its exact value and span, in both scripts', () => {
  fc.assert(fc.property(
    FILLER, FILLER, fc.integer({ min: 1, max: 99999 }), fc.integer({ min: 0, max: 99 }), fc.constantFrom(...UNITS), fc.constantFrom(...CURRENCIES), fc.boolean(), fc.boolean(),
    (before, after, int, frac, unit, currency, hant, negative) => {
      const digits = `${int}.${String(frac).padStart(2, '0')}`;
      const amount = `${negative ? '-' : ''}${digits}${hant ? unit[1] : unit[0]}${hant ? currency[1] : currency[0]}`;
      const text = `${before}，${amount}。${after}`;
      const found = findMoney(text);
      assert.equal(found.length, 1, text);
      const [m] = found;
      assert.equal(text.slice(m.start, m.end), amount);
      assert.equal(m.money.currency, currency[2]);
      const expected = Math.round((negative ? -1 : 1) * (int * 100 + frac) * 10 ** (unit[2] - 2));
      assert.equal(m.money.value, expected);
    },
  ), { numRuns: 300 });
});

test('a percentage written anywhere is found with its exact value and span', () => {
  fc.assert(fc.property(FILLER, FILLER, fc.integer({ min: 0, max: 100000 }), fc.constantFrom('%', '％'), (before, after, n, sign) => {
    const written = `${Math.floor(n / 1000)}.${n % 1000}`;
    const text = `${before}${written}${sign}${after}`;
    const [p] = findPercents(text);
    assert.equal(text.slice(p.start, p.end), written + sign);
    assert.equal(p.value, Number(written));
  }), { numRuns: 300 });
});
