import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Article } from '../core/types.js';
import { extractFacts } from './index.js';

// Pieces of financial news to build arbitrary, news-like text from.
const PIECES = ['公司', '股份有限公司', '（简称“', '”）', '科创板', '港交所', 'IPO', '获受理', '已问询', '上市', '辅导备案', '拟募资', '亿元', '万元', '美元',
  '营业收入', '净利润', '分别为', '、', '，', '。', '2024年', '2025年1-6月', '12月5日', '持股', '%', '估值', '市值', 'B轮融资', '由', '领投', '预计',
  '中信证券', '保荐机构', '被否', '终止', '上周', '3家企业', '-', '8.04', '１２', '﹒', '(', ')', '\n', '雲帆', '科技', '生物', '與', '簽署', ' '];

function article(text: string): Article {
  const cut = text.indexOf('\n');
  const titleEnd = cut < 0 ? text.length : cut;
  return {
    id: 'prop', text, title: text.slice(0, titleEnd), body: text.slice(Math.min(text.length, titleEnd + 1)),
    titleSpan: { start: 0, end: titleEnd }, bodySpan: { start: Math.min(text.length, titleEnd + 1), end: text.length },
    outlet: null, url: null, tags: [], publishedAt: null, file: '-', position: 0, script: 'hans', format: 'plain', messages: [],
  };
}

test('extraction never throws on arbitrary news-like or random text, and every quote is the text at its offsets', () => {
  let found = 0;
  const newsLike = fc.array(fc.constantFrom(...PIECES), { maxLength: 80 }).map((xs) => xs.join(''));
  fc.assert(fc.property(fc.oneof(newsLike, fc.string({ maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 100 })), (text) => {
    const a = article(text);
    for (const f of extractFacts(a)) {
      found++;
      assert.equal(text.slice(f.source.start, f.source.end), f.source.quote);
      assert.ok(f.source.quote.length > 0);
      assert.ok(f.company.length > 0);
    }
  }), { numRuns: 400 });
  // The news-like texts do yield facts, so the quote check above is exercised.
  assert.ok(found > 0, 'some facts were extracted');
});
