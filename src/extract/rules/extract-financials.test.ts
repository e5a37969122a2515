// Tests of reported figures (`financial` facts) through extractFacts, on sentences
// we wrote: list pairing, periods, losses as negatives, forecasts. Each article is
// checked in Simplified and in Traditional made from it by convertScript.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Article, FinancialFact } from '../../core/types.js';
import { buildArticle, joinedDraft } from '../../ingest/index.js';
import { convertScript, toHansAligned } from '../../text/index.js';
import { extractFacts } from '../index.js';

const SCRIPTS: readonly { readonly name: string; readonly convert: (s: string) => string }[] = [
  { name: 'Simplified', convert: (s) => s },
  { name: 'Traditional', convert: (s) => convertScript(s, { to: 'hant' }) },
  { name: 'Traditional (Taiwan)', convert: (s) => convertScript(s, { to: 'hant', variant: 'tw' }) },
];

/** A financial fact as compared here: company, metric, period, value and forecast flag, strings in Simplified. */
type Figure = { company: string; metric: string; period: string; value: Record<string, unknown>; forecast?: boolean; quote: string };

function figures(article: Article): Figure[] {
  const facts = extractFacts(article);
  for (const f of facts) {
    assert.equal(f.source.doc, article.id);
    assert.equal(article.text.slice(f.source.start, f.source.end), f.source.quote);
  }
  assert.deepEqual(facts.filter((f) => f.kind !== 'financial').map((f) => f.kind), [], 'only financial facts');
  return (facts as FinancialFact[]).map((f) => ({
    company: toHansAligned(f.company), metric: f.metric, period: f.period, value: { ...f.value },
    ...(f.forecast ? { forecast: true } : {}), quote: toHansAligned(f.source.quote),
  }));
}

/** A test of one article run once per script; `check` gets its financial facts. */
function figuresTest(name: string, title: string, body: string, check: (got: Figure[]) => void): void {
  test(name, async (t) => {
    for (const script of SCRIPTS) {
      await t.test(script.name, () => {
        check(figures(buildArticle(joinedDraft(script.convert(title), script.convert(body), {}), 'test.txt', 0, 'plain')));
      });
    }
  });
}

const cny = (value: number, qualifier?: string) => (qualifier ? { value, currency: 'CNY', qualifier } : { value, currency: 'CNY' });
const key = (f: Figure) => `${f.metric} ${f.period} ${f.value.value}`;
const show = (got: readonly Figure[]) => got.map((f) => `${key(f)}${f.forecast ? ' forecast' : ''} | ${f.quote}`).join('\n');

const PERIODS = ['2022-01/2022-12', '2023-01/2023-12', '2024-01/2024-12', '2025-01/2025-06'];

figuresTest('three lists of four figures after four periods pair in order: 12 facts of revenue, net profit and deducted net profit',
  '砚池科技科创板IPO招股书披露',
  '招股书显示，2022年度、2023年度、2024年度及2025年1-6月，砚池科技营业收入分别为2.15亿元、3.48亿元、5.02亿元及2.76亿元，净利润分别为-8,650.32万元、-2,104.18万元、3,512.47万元及2,208.90万元，扣除非经常性损益后归属于母公司所有者的净利润分别为-9,120.55万元、-2,530.61万元、3,018.26万元及1,987.44万元。',
  (got) => {
    const want = [
      ...[215_000_000, 348_000_000, 502_000_000, 276_000_000].map((v, i) => `revenue ${PERIODS[i]} ${v}`),
      ...[-86_503_200, -21_041_800, 35_124_700, 22_089_000].map((v, i) => `net_profit ${PERIODS[i]} ${v}`),
      ...[-91_205_500, -25_306_100, 30_182_600, 19_874_400].map((v, i) => `net_profit_deducted ${PERIODS[i]} ${v}`),
    ];
    assert.deepEqual(got.map(key).sort(), want.sort(), show(got));
    for (const f of got) {
      assert.equal(f.company, '砚池科技');
      assert.equal(f.value.currency, 'CNY');
      assert.equal(f.forecast, undefined, 'reported figures are not forecasts');
    }
    // Each figure quotes its own list, not the neighbouring ones.
    for (const f of got.filter((x) => x.metric === 'net_profit')) assert.match(f.quote, /^净利润分别为/);
    for (const f of got.filter((x) => x.metric === 'net_profit_deducted')) assert.match(f.quote, /^扣除非经常性损益后/);
  });

figuresTest('a list of periods in parentheses with 和, 营业总收入 and 归属于母公司股东的净利润, and 公司 for the declared company',
  '玄禾生物冲刺科创板',
  '玄禾生物科技股份有限公司（以下简称“玄禾生物”）主营重组蛋白药物。报告期内（2022年、2023年、2024年及2025年1-9月），公司营业总收入分别为5,321.46万元、1.02亿元、1.87亿元和1.66亿元，归属于母公司股东的净利润分别为-1.35亿元、-9,876.54万元、-2,210.37万元和1,045.20万元。',
  (got) => {
    const periods = ['2022-01/2022-12', '2023-01/2023-12', '2024-01/2024-12', '2025-01/2025-09'];
    const want = [
      ...[53_214_600, 102_000_000, 187_000_000, 166_000_000].map((v, i) => `revenue ${periods[i]} ${v}`),
      ...[-135_000_000, -98_765_400, -22_103_700, 10_452_000].map((v, i) => `net_profit_attributable ${periods[i]} ${v}`),
    ];
    assert.deepEqual(got.map(key).sort(), want.sort(), show(got));
    for (const f of got) assert.equal(f.company, '玄禾生物');
  });

figuresTest('a net loss (净亏损X) is a net_profit of −X for the year stated',
  '砚池科技年度亏损收窄',
  '2024年，砚池科技净亏损1.2亿元，亏损较上年收窄。',
  (got) => {
    assert.deepEqual(got, [{ company: '砚池科技', metric: 'net_profit', period: '2024-01/2024-12', value: cny(-120_000_000), quote: '砚池科技净亏损1.2亿元' }]);
  });

figuresTest('a half year (上半年) and a deducted net profit (扣非净利润) keep their periods and signs; 主营业务收入 is main_revenue',
  '嵘泰微电子披露半年报',
  '嵘泰微电子股份有限公司（以下简称“嵘泰微电子”）披露半年报。2025年上半年，公司实现营业收入3.2亿元，同比增长25%；归属于上市公司股东的净利润为4,120.5万元。另据披露，玄禾生物2024年实现主营业务收入8,560万元，扣非净利润为-1,230万元。',
  (got) => {
    assert.deepEqual(got.map((f) => `${f.company} ${key(f)}`).sort(), [
      '嵘泰微电子 net_profit_attributable 2025-01/2025-06 41205000',
      '嵘泰微电子 revenue 2025-01/2025-06 320000000',
      '玄禾生物 main_revenue 2024-01/2024-12 85600000',
      '玄禾生物 net_profit_deducted 2024-01/2024-12 -12300000',
    ], show(got));
  });

figuresTest('expected figures (预计, 有望) are flagged forecast, a range stays a range, and the reported figure beside them is not flagged',
  '砚池科技发布业绩展望',
  '2024年，砚池科技营业收入为5.02亿元。公司预计2025年营业收入为6.2亿元至6.8亿元，有望在2026年实现净利润1.5亿元。',
  (got) => {
    assert.equal(got.length, 3, show(got));
    const reported = got.find((f) => f.period === '2024-01/2024-12');
    assert.deepEqual(reported && { ...reported, quote: undefined }, { company: '砚池科技', metric: 'revenue', period: '2024-01/2024-12', value: cny(502_000_000), quote: undefined });
    const range = got.find((f) => f.period === '2025-01/2025-12');
    assert.deepEqual(range && { metric: range.metric, value: range.value, forecast: range.forecast }, {
      metric: 'revenue', value: { min: 620_000_000, max: 680_000_000, currency: 'CNY' }, forecast: true,
    });
    const later = got.find((f) => f.period === '2026-01/2026-12');
    assert.deepEqual(later && { metric: later.metric, value: later.value, forecast: later.forecast }, { metric: 'net_profit', value: cny(150_000_000), forecast: true });
  });

figuresTest('a figure for the first three quarters (前三季度) covers January to September, and 约 makes it approx',
  '嵘泰微电子三季报',
  '嵘泰微电子股份有限公司（以下简称“嵘泰微电子”）发布三季报，2025年前三季度营业总收入约5亿元。',
  (got) => {
    assert.deepEqual(got.map((f) => [f.company, f.metric, f.period, f.value]), [['嵘泰微电子', 'revenue', '2025-01/2025-09', cny(500_000_000, 'approx')]], show(got));
  });

test('a loss of the attributable net profit (归母净利润亏损X) is net_profit_attributable −X, one fact with the same figure its list states', async (t) => {
  const body = '玄禾生物科技股份有限公司（以下简称“玄禾生物”）2023年度、2024年度归属于母公司股东的净利润分别为-9,876.54万元、-2,210.37万元。2024年，公司归母净利润亏损2,210.37万元。';
  for (const script of SCRIPTS) {
    await t.test(script.name, () => {
      const got = figures(buildArticle(joinedDraft(script.convert('玄禾生物业绩'), script.convert(body), {}), 'test.txt', 0, 'plain'));
      assert.deepEqual(got.map(key).sort(), ['net_profit_attributable 2023-01/2023-12 -98765400', 'net_profit_attributable 2024-01/2024-12 -22103700'], show(got));
    });
  }
});

figuresTest('a change from one figure to another gives both: 从2022年的A增长到2024年B, 从上年同期的A扩大至B, 较2023年的A and 同期…由A收窄至B',
  '砚池科技业绩',
  '砚池科技主营业务收入更是从2022年的约1.2亿元，增长到2024年超6.5亿元。2025年上半年，砚池科技净亏损则从上年同期的3120.5万元大幅扩大至1.08亿元。2024年砚池科技营收为8.36亿元，较2023年的4.12亿元增长逾一倍；同期净亏损由6.05亿元收窄至2.97亿元。',
  (got) => {
    assert.deepEqual(got.map(key).sort(), [
      'main_revenue 2022-01/2022-12 120000000', 'main_revenue 2024-01/2024-12 650000000',
      'net_profit 2024-01/2024-06 -31205000', 'net_profit 2025-01/2025-06 -108000000',
      'revenue 2024-01/2024-12 836000000', 'revenue 2023-01/2023-12 412000000',
      'net_profit 2023-01/2023-12 -605000000', 'net_profit 2024-01/2024-12 -297000000',
    ].sort(), show(got));
  });

figuresTest('a figure followed by 去年同期为 gives the same metric a year before',
  '砚池科技中期业绩',
  '砚池科技公布截至2025年6月30日止六个月业绩，股东应占溢利为1.07亿元，去年同期则为6,350万元。',
  (got) => {
    assert.deepEqual(got.map(key).sort(), ['net_profit_attributable 2024-01/2024-06 63500000', 'net_profit_attributable 2025-01/2025-06 107000000'], show(got));
  });
