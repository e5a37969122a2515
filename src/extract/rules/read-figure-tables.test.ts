// Tests of figure tables read out as text (a prospectus table, one row a line), in both scripts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { FinancialFact } from '../../core/types.js';
import { buildArticle, joinedDraft } from '../../ingest/index.js';
import { convertScript } from '../../text/index.js';
import { extractFacts } from '../index.js';

const BODY = [
  '云杉智能科技股份有限公司（简称“云杉智能”）招股书显示，报告期内公司主要财务数据如下（单位：万元）：',
  '项目 | 2025年1-6月 | 2024年度 | 2023年度',
  '营业收入 | 52,716.43 | 89,305.12 | 54,618.90',
  '归属于母公司所有者的净利润 | 11,802.36 | 16,527.04 | -4,205.18',
  '综合毛利率 | 36.05% | 35.12% | 29.84%',
  '公司表示，毛利率提升主要来自产品结构优化。',
].join('\n');

for (const [name, convert] of [['Simplified', (s: string) => s], ['Traditional', (s: string) => convertScript(s, { to: 'hant' })]] as const) {
  test(`a figure table gives one financial fact per metric row and period column, in its unit, quoting the row (${name})`, () => {
    const article = buildArticle(joinedDraft(convert('云杉智能招股书'), convert(BODY), {}), 'test.txt', 0, 'plain');
    const facts = extractFacts(article).filter((f): f is FinancialFact => f.kind === 'financial');
    const got = facts.map((f) => `${f.metric} ${f.period} ${f.value.value}`).sort();
    assert.deepEqual(got, [
      'net_profit_attributable 2023-01/2023-12 -42051800',
      'net_profit_attributable 2024-01/2024-12 165270400',
      'net_profit_attributable 2025-01/2025-06 118023600',
      'revenue 2023-01/2023-12 546189000',
      'revenue 2024-01/2024-12 893051200',
      'revenue 2025-01/2025-06 527164300',
    ]);
    for (const f of facts) {
      assert.equal(article.text.slice(f.source.start, f.source.end), f.source.quote);
      assert.match(f.source.quote, /\|/, 'the quote is the table row');
      assert.equal(f.value.currency, 'CNY');
    }
  });
}

test('a table without a stated unit gives no figures (a wrong scale would be worse than none)', () => {
  const body = BODY.replace('（单位：万元）', '');
  const article = buildArticle(joinedDraft('云杉智能招股书', body, {}), 'test.txt', 0, 'plain');
  assert.equal(extractFacts(article).filter((f) => f.kind === 'financial').length, 0);
});
