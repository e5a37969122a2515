import { test } from 'node:test';
import assert from 'node:assert/strict';
import { convertHtml } from './script-switch.js';
import { markFacts, markMatches, parseHighlight } from './highlight.js';

test('convertHtml converts text nodes only: attributes, ids and offsets stay as written', () => {
  const page = '<p title="发展" id="f-3-9"><a href="/company/%E5%8F%91">发展</a> 数据</p>';
  assert.equal(convertHtml(page, 'hant'), '<p title="发展" id="f-3-9"><a href="/company/%E5%8F%91">發展</a> 數據</p>');
});

test('convertHtml converts a sentence split by a <mark> as one string, so phrase choices hold across the tag', () => {
  // 发 alone is 發; in 头发 it is 髮: only whole-run conversion gets it right.
  assert.equal(convertHtml('<p>头<mark>发</mark>很长</p>', 'hant'), '<p>頭<mark>髮</mark>很長</p>');
  // Block tags end a run.
  assert.equal(convertHtml('<p>头</p><p>发</p>', 'hant'), '<p>頭</p><p>發</p>');
});

test('convertHtml to Simplified undoes Taiwan phrases, also where the rewrite changes the length inside a mark', () => {
  assert.equal(convertHtml('<p>本輪資金用於軟體研發</p>', 'hans'), '<p>本轮资金用于软件研发</p>');
  assert.equal(convertHtml('<p>市值<mark>達1.8兆元</mark>。</p>', 'hans'), '<p>市值<mark>达1.8万亿元</mark>。</p>');
});

test('convertHtml leaves script, style and data-keep-script elements alone, and escaped markup stays escaped', () => {
  const page = '<script src="/static/app.js"></script><style>p{}</style><nav data-keep-script><a>简</a><a>繁</a></nav><p>&lt;script&gt;发</p>';
  assert.equal(convertHtml(page, 'hant'), '<script src="/static/app.js"></script><style>p{}</style><nav data-keep-script><a>简</a><a>繁</a></nav><p>&lt;script&gt;發</p>');
});

test('markFacts escapes the text, marks overlapping spans with their fact ids, anchors each span once, and marks the current one', () => {
  const text = 'A<b>公司获受理，拟募资6亿元。';
  const out = String(markFacts(text, 0, text.length, [{ start: 1, end: 10, ids: [1, 2] }, { start: 4, end: 17, ids: [3] }], { start: 4, end: 17 }));
  assert.equal(out, 'A<span class="anchor" id="f-1-10"></span><mark class="fact" data-facts="1 2">&lt;b&gt;</mark>'
    + '<span class="anchor" id="f-4-17"></span><mark class="fact current" data-facts="1 2 3">公司获受理，</mark>'
    + '<mark class="fact current" data-facts="3">拟募资6亿元。</mark>');
  // Only the part inside [from, to) is rendered.
  assert.equal(String(markFacts(text, 4, 8, [], undefined)), '公司获受');
});

test('markMatches marks the matches of a snippet and escapes the rest', () => {
  assert.equal(String(markMatches('<i>云岫</i>融资', [{ start: 3, end: 5 }, { start: 9, end: 11 }])), '&lt;i&gt;<mark>云岫</mark>&lt;/i&gt;<mark>融资</mark>');
});

test('parseHighlight reads start-end and refuses anything else', () => {
  assert.deepEqual(parseHighlight('12-40'), { start: 12, end: 40 });
  assert.equal(parseHighlight('40-12'), undefined);
  assert.equal(parseHighlight('12-40;alert(1)'), undefined);
  assert.equal(parseHighlight(undefined), undefined);
});
