// Unit tests of extractFacts per fact kind, on sentences we wrote about companies
// we made up. Each article is checked in Simplified and in two Traditional forms
// made from it by convertScript; facts are compared after mapping their strings
// back to Simplified, and every fact's quote is checked against its offsets.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Article, Fact } from '../core/types.js';
import { buildArticle, joinedDraft, readInput } from '../ingest/index.js';
import { convertScript, toHansAligned } from '../text/index.js';
import { extractFacts } from './index.js';

/** The scripts every article is checked in: as written, and converted to Traditional (plain OpenCC and Taiwan standard). */
const SCRIPTS: readonly { readonly name: string; readonly convert: (s: string) => string }[] = [
  { name: 'Simplified', convert: (s) => s },
  { name: 'Traditional', convert: (s) => convertScript(s, { to: 'hant' }) },
  { name: 'Traditional (Taiwan)', convert: (s) => convertScript(s, { to: 'hant', variant: 'tw' }) },
];

/** A fact with every string in Simplified script and its source dropped, to compare with what we expect. */
type Seen = Record<string, unknown>;

function articleOf(title: string, body: string, publishedAt: string | null = null): Article {
  return buildArticle(joinedDraft(title, body, { publishedAt }), 'test.txt', 0, 'plain');
}

/** Every fact's source is the article's and quotes exactly its offsets; names are taken from the text, in its script. */
function assertProvenance(article: Article, facts: readonly Fact[]): void {
  for (const f of facts) {
    assert.equal(f.source.doc, article.id, `doc of ${f.source.quote}`);
    assert.ok(f.source.quote.length > 0, 'a quote is never empty');
    assert.ok(f.source.start >= 0 && f.source.end <= article.text.length && f.source.start < f.source.end);
    assert.equal(article.text.slice(f.source.start, f.source.end), f.source.quote);
    assert.ok(article.text.includes(f.company), `company ${f.company} is written in the text`);
  }
}

function seen(fact: Fact): Seen {
  const { source, ...rest } = fact;
  const out = JSON.parse(JSON.stringify(rest), (_k, v: unknown) => (typeof v === 'string' ? toHansAligned(v) : v)) as Seen;
  out.quote = toHansAligned(source.quote);
  return out;
}

const brief = (facts: readonly Seen[]): string => facts.map((f) => JSON.stringify(f)).join('\n');

/** The facts whose fields equal every field of `want` (deep equality per field). */
function matching(facts: readonly Seen[], want: Seen): Seen[] {
  return facts.filter((f) => Object.entries(want).every(([k, v]) => {
    try { assert.deepEqual(f[k], v); return true; } catch { return false; }
  }));
}

/** Asserts exactly one fact has every field of `want`, and returns it. */
function one(facts: readonly Seen[], want: Seen): Seen {
  const found = matching(facts, want);
  assert.equal(found.length, 1, `want exactly one fact like ${JSON.stringify(want)}; facts:\n${brief(facts)}`);
  return found[0];
}

/** Asserts how many facts there are of each kind (kinds not named: none). */
function assertKinds(facts: readonly Seen[], counts: Readonly<Record<string, number>>): void {
  const got: Record<string, number> = {};
  for (const f of facts) got[f.kind as string] = (got[f.kind as string] ?? 0) + 1;
  assert.deepEqual(got, counts, `facts:\n${brief(facts)}`);
}

type Check = (facts: Seen[], article: Article) => void;

/**
 * A test of one article (title + body, written in Simplified) run once per script;
 * `todo` marks a behaviour the rules do not have yet (reported, not failed).
 */
function articleTest(name: string, article: { title: string; body: string; publishedAt?: string; todo?: string }, check: Check): void {
  const options = article.todo ? { todo: article.todo } : {};
  test(name, options, async (t) => {
    for (const script of SCRIPTS) {
      await t.test(script.name, options, () => {
        const a = articleOf(script.convert(article.title), script.convert(article.body), article.publishedAt ?? null);
        const facts = extractFacts(a);
        assertProvenance(a, facts);
        check(facts.map(seen), a);
      });
    }
  });
}

const cny = (value: number, qualifier?: string) => (qualifier ? { value, currency: 'CNY', qualifier } : { value, currency: 'CNY' });

// ── ipo ─────────────────────────────────────────────────────────────────────

articleTest('an accepted STAR application gives one ipo fact with its date, sponsor and planned raise, though the title states it too', {
  title: '朗峰半导体科创板IPO获受理，拟募资12亿元',
  body: '2025年3月14日，上交所官网显示，朗峰半导体（杭州）股份有限公司（以下简称“朗峰半导体”）科创板IPO申请获受理，保荐机构为中信建投证券，拟募资12亿元。',
}, (facts) => {
  assertKinds(facts, { ipo: 1 });
  const f = one(facts, { kind: 'ipo', company: '朗峰半导体', stage: 'accepted', venue: 'STAR', date: '2025-03-14', sponsors: ['中信建投证券'], raise: cny(1_200_000_000) });
  assert.ok((f.company_aliases as string[]).includes('朗峰半导体（杭州）股份有限公司'), 'the legal name is an alias');
  assert.match(f.quote as string, /科创板IPO申请获受理$/);
});

articleTest('a review status of 已问询 is the inquiry stage, with the sponsor named as 其保荐机构', {
  title: '沐川传感科创板IPO已问询',
  body: '2025年4月2日，沐川传感股份有限公司科创板上市审核状态变更为“已问询”，国金证券为其保荐机构。',
}, (facts) => {
  assertKinds(facts, { ipo: 1 });
  one(facts, { company: '沐川传感', company_aliases: ['沐川传感股份有限公司'], stage: 'inquiry', venue: 'STAR', date: '2025-04-02', sponsors: ['国金证券'] });
});

articleTest('a listing (登陆科创板) on a date is the listed stage, and the first-day market cap in the next clause is a market_cap fact', {
  title: '北辰量子登陆科创板',
  body: '2025年5月20日，北辰量子技术股份有限公司正式登陆科创板，首日收盘市值约150亿元。',
}, (facts) => {
  one(facts, { kind: 'ipo', company: '北辰量子', stage: 'listed', venue: 'STAR', date: '2025-05-20' });
  const cap = one(facts, { kind: 'market_cap', company: '北辰量子', amount: cny(15_000_000_000, 'approx') });
  assert.equal(cap.quote, '首日收盘市值约150亿元');
  assert.equal(matching(facts, { kind: 'ipo', stage: 'listed' }).length, 1, 'the title repeats the listing: one fact');
});

articleTest('a filing in confidence with HKEX is a confidential filed step on HKEX, dated to the month stated', {
  title: '穆棱智能拟赴港上市',
  body: '据悉，穆棱智能已于2025年6月以保密形式向港交所递交上市申请。',
}, (facts) => {
  assertKinds(facts, { ipo: 1 });
  one(facts, { company: '穆棱智能', stage: 'filed', venue: 'HKEX', date: '2025-06', confidential: true });
});

articleTest('a tutoring agreement with a securities firm is tutoring_filed with that firm as sponsor; the year left out comes from the article date', {
  title: '澜湾新材签署上市辅导协议',
  body: '9月5日，澜湾新材料股份有限公司与国泰海通证券签署上市辅导协议，拟在创业板上市。',
  publishedAt: '2025-09-08',
}, (facts) => {
  assertKinds(facts, { ipo: 1 });
  one(facts, { company: '澜湾新材', stage: 'tutoring_filed', venue: 'CHINEXT', date: '2025-09-05', sponsors: ['国泰海通证券'] });
});

articleTest('withdrawing the application (撤回申请) is the terminated stage on the board named', {
  title: '汀洲医疗撤回科创板IPO申请',
  body: '2025年8月1日，汀洲医疗器械股份有限公司及其保荐机构撤回申请，上交所终止其科创板上市审核。',
}, (facts) => {
  assertKinds(facts, { ipo: 1 });
  one(facts, { company: '汀洲医疗', stage: 'terminated', venue: 'STAR', date: '2025-08-01' });
});

articleTest('a list of companies sharing one cue (A、B、C…被否) gives each of them the step, quoting the whole list', {
  title: '科创板上市委审议结果出炉',
  body: '2025年9月12日，青岚微电子、赫曦生物、鸣沙智能科创板IPO被否。',
}, (facts) => {
  assertKinds(facts, { ipo: 3 });
  for (const company of ['青岚微电子', '赫曦生物', '鸣沙智能']) {
    one(facts, { company, stage: 'rejected', venue: 'STAR', date: '2025-09-12', quote: '青岚微电子、赫曦生物、鸣沙智能科创板IPO被否' });
  }
});

// ── financing and valuation ─────────────────────────────────────────────────

articleTest('a funding round gives round, amount, lead investors and post-money, and the post-money is a valuation fact too', {
  title: '砺川机器人完成8亿元C轮融资',
  body: '2025年10月9日，砺川机器人宣布完成8亿元C轮融资，本轮由青穹资本、远澜创投领投，镜湖资本跟投，投后估值为80亿元。',
}, (facts) => {
  assertKinds(facts, { financing: 1, valuation: 1 });
  one(facts, {
    kind: 'financing', company: '砺川机器人', date: '2025-10-09', round: 'C', amount: cny(800_000_000),
    post_money: cny(8_000_000_000),
  });
  const [round] = matching(facts, { kind: 'financing' });
  for (const lead of ['青穹资本', '远澜创投']) assert.ok((round.investors as string[]).includes(lead), `investors name ${lead}`);
  one(facts, { kind: 'valuation', company: '砺川机器人', amount: cny(8_000_000_000), basis: 'post_money', quote: '投后估值为80亿元' });
});

articleTest('a Pre-IPO round keeps its name as the round, and an over-qualified valuation says so', {
  title: '曜石互联完成2亿元Pre-IPO轮融资',
  body: '2025年5月9日，曜石互联宣布完成2亿元Pre-IPO轮融资，投后估值超过40亿元。',
}, (facts) => {
  assertKinds(facts, { financing: 1, valuation: 1 });
  one(facts, { kind: 'financing', company: '曜石互联', round: 'Pre-IPO', amount: cny(200_000_000) });
  one(facts, { kind: 'valuation', company: '曜石互联', amount: cny(4_000_000_000, 'over'), basis: 'post_money' });
});

articleTest('a pre-money valuation (投前估值) of the company named by 公司 has basis pre_money', {
  title: '澈明生物获新一轮投资',
  body: '澈明生物医药股份有限公司（以下简称“澈明生物”）近日获得新一轮投资。本轮融资前，公司投前估值为45亿元。',
}, (facts) => {
  one(facts, { kind: 'valuation', company: '澈明生物', amount: cny(4_500_000_000), basis: 'pre_money', quote: '公司投前估值为45亿元' });
});

articleTest('a round named only in the title with a vague amount is the same round the body states with its figure', {
  title: '衡镜智能完成数亿元B轮融资',
  body: '衡镜智能近日宣布完成3亿元B轮融资，由镜湖资本领投。',
}, (facts) => {
  assertKinds(facts, { financing: 1 });
  one(facts, { company: '衡镜智能', round: 'B', amount: cny(300_000_000), investors: ['镜湖资本'] });
});

articleTest('a round announced by a short name the rules have no word for is that company’s, not the previous paragraph’s', {
  title: '硬科技企业资本动态',
  body: '2025年8月1日，泊岸传感股份有限公司（以下简称“泊岸传感”）科创板IPO获受理，保荐机构为中信证券。\n沐川数控宣布完成3亿元B轮融资，由镜湖资本领投。',
}, (facts) => {
  one(facts, { kind: 'financing', company: '沐川数控', round: 'B', amount: cny(300_000_000) });
  assert.equal(matching(facts, { kind: 'financing', company: '泊岸传感' }).length, 0);
});

// ── market cap and shareholding ─────────────────────────────────────────────

articleTest('市值约X亿元 is a market_cap fact with the approx qualifier, and X持有公司Y%的股份 a shareholding of the company 公司 refers to', {
  title: '澈明生物引入战略股东',
  body: '2025年11月3日，澈明生物医药股份有限公司（以下简称“澈明生物”）公告，苏州澄溪创业投资有限公司持有公司8.35%的股份。截至当日，澈明生物市值约320亿元。',
}, (facts) => {
  assertKinds(facts, { shareholding: 1, market_cap: 1 });
  one(facts, { kind: 'shareholding', company: '澈明生物', holder: '苏州澄溪创业投资有限公司', percent: 8.35, quote: '苏州澄溪创业投资有限公司持有公司8.35%的股份' });
  one(facts, { kind: 'market_cap', company: '澈明生物', amount: cny(32_000_000_000, 'approx'), quote: '澈明生物市值约320亿元' });
});

articleTest('a person holding shares is named without the title before the name (创始人)', {
  title: '枫屿科技股权结构披露',
  body: '枫屿智能科技股份有限公司（以下简称“枫屿科技”）成立于2016年。招股书显示，创始人周慕川直接持有公司31.26%的股份，为公司控股股东。',
}, (facts) => {
  one(facts, { kind: 'shareholding', company: '枫屿科技', holder: '周慕川', percent: 31.26 });
});

articleTest('a Hong Kong listing with proceeds in HKD: listed on HKEX with the raise in HKD', {
  title: '枫屿科技港股上市',
  body: '枫屿智能科技股份有限公司（以下简称“枫屿科技”）成立于2016年。枫屿科技于2025年7月16日在港交所主板挂牌上市，募资约12亿港元。',
}, (facts) => {
  assertKinds(facts, { ipo: 1 });
  one(facts, { company: '枫屿科技', stage: 'listed', venue: 'HKEX', date: '2025-07-16', raise: { value: 1_200_000_000, currency: 'HKD', qualifier: 'approx' } });
});

// ── names: aliases and coreference ──────────────────────────────────────────

articleTest('an alias declared as （简称：X） names the company and keeps the legal name among its aliases; 其 refers back for the raise', {
  title: '芮弦声学北交所IPO获受理',
  body: '2025年5月8日，芮弦声学股份有限公司（简称：芮弦声学）北交所IPO申请获受理，开源证券为其保荐机构，其拟募资3.6亿元。',
}, (facts) => {
  assertKinds(facts, { ipo: 1 });
  one(facts, { company: '芮弦声学', company_aliases: ['芮弦声学股份有限公司'], stage: 'accepted', venue: 'BSE', sponsors: ['开源证券'], raise: cny(360_000_000) });
});

articleTest('an English name in parentheses after the company is one of its aliases, and 该公司 in the next sentence refers to it', {
  title: '衡镜智能披露经营数据',
  body: '衡镜智能（HengJing Robotics）近日宣布完成3亿元B轮融资，由镜湖资本领投。该公司2024年营业收入为1.8亿元。',
}, (facts) => {
  assertKinds(facts, { financing: 1, financial: 1 });
  for (const f of facts) {
    assert.equal(f.company, '衡镜智能');
    assert.ok((f.company_aliases as string[]).includes('HengJing Robotics'), `aliases of ${JSON.stringify(f)}`);
  }
  one(facts, { kind: 'financial', metric: 'revenue', period: '2024-01/2024-12', value: cny(180_000_000), quote: '该公司2024年营业收入为1.8亿元' });
});

articleTest('公司 and 该公司 refer to the company of their own paragraph when an article is about two', {
  title: '硬科技企业资本动态',
  body: '2025年8月1日，泊岸传感股份有限公司（以下简称“泊岸传感”）科创板IPO获受理，保荐机构为中信证券。公司2024年营业收入为4.5亿元。\n沐川机器人宣布完成3亿元B轮融资，由镜湖资本领投。该公司2024年营业收入为2.1亿元。',
}, (facts) => {
  assertKinds(facts, { ipo: 1, financial: 2, financing: 1 });
  one(facts, { kind: 'ipo', company: '泊岸传感', stage: 'accepted', venue: 'STAR', sponsors: ['中信证券'] });
  one(facts, { kind: 'financial', company: '泊岸传感', value: cny(450_000_000), quote: '公司2024年营业收入为4.5亿元' });
  one(facts, { kind: 'financing', company: '沐川机器人', round: 'B', amount: cny(300_000_000) });
  one(facts, { kind: 'financial', company: '沐川机器人', value: cny(210_000_000), quote: '该公司2024年营业收入为2.1亿元' });
});

articleTest('a title fact the body repeats with more detail is counted once, with the body’s date, sponsor and raise', {
  title: '岚泽医药科创板IPO获受理，拟募资15亿元',
  body: '2025年12月30日，岚泽医药科创板IPO获受理，拟募资15亿元，保荐机构为海通证券。',
}, (facts) => {
  assertKinds(facts, { ipo: 1 });
  const f = one(facts, { company: '岚泽医药', stage: 'accepted', venue: 'STAR', date: '2025-12-30', sponsors: ['海通证券'], raise: cny(1_500_000_000) });
  assert.ok(!(f.quote as string).includes('\n'), 'the quote is the body sentence, not title and body');
});

articleTest('a title stating a step the body does not repeat is still a fact, quoted from the title', {
  title: '昕途微纳科创板IPO获受理',
  body: '昕途微纳主营MEMS传感器芯片，产品用于消费电子与汽车电子。',
}, (facts, article) => {
  assertKinds(facts, { ipo: 1 });
  const f = one(facts, { company: '昕途微纳', stage: 'accepted', venue: 'STAR' });
  assert.equal(f.quote, toHansAligned(article.title));
});

// ── provenance on files ─────────────────────────────────────────────────────

articleTest('届时 after a scheduled hearing dates the hearing of each company reviewed then', {
  title: '上市委本周审议两家企业',
  body: '上交所科创板上市委员会定于2025年9月10日召开2025年第30次审议会议。届时将审议云杉智能科技股份有限公司和河图新材料股份有限公司的首发上市申请。',
}, (facts) => {
  one(facts, { kind: 'ipo', company: '云杉智能科技股份有限公司', stage: 'hearing', venue: 'STAR', date: '2025-09-10' });
  one(facts, { kind: 'ipo', company: '河图新材料股份有限公司', stage: 'hearing', venue: 'STAR', date: '2025-09-10' });
});

articleTest('a step told without a date takes the date of the same step told with one just before', {
  title: '创业板首批企业获受理',
  body: '2025年6月3日，深交所发出首批12家企业的受理通知，相关文件同步披露。获受理的12家企业中，包括青松仪器股份有限公司、白桦电子股份有限公司等。',
}, (facts) => {
  one(facts, { company: '青松仪器股份有限公司', stage: 'accepted', date: '2025-06-03' });
  one(facts, { company: '白桦电子股份有限公司', stage: 'accepted', date: '2025-06-03' });
});

articleTest('a counted batch described by an earlier step (2家公司由“已过会”…) is the companies the article gave that step', {
  title: '两家公司提交注册',
  body: '2025年7月1日，上市委审议通过了松原机电股份有限公司、青禾医药股份有限公司的发行上市申请。\n2025年7月8日，上述2家公司由“已过会”变更为“提交注册”。',
}, (facts) => {
  one(facts, { company: '松原机电股份有限公司', stage: 'registration_submitted', date: '2025-07-08' });
  one(facts, { company: '青禾医药股份有限公司', stage: 'registration_submitted', date: '2025-07-08' });
});

articleTest('a venue the company left (从纽交所退市) and the date of that time clause are not its new listing\'s', {
  title: '青禾医药港股上市',
  body: '2025年10月9日，青禾医药正式在港交所挂牌上市。自2018年从纽交所退市以来，青禾医药时隔七年重返资本市场，但青禾医药上市首日股价下跌12%。',
}, (facts) => {
  assert.deepEqual(matching(facts, { kind: 'ipo' }).map((f) => [f.stage, f.venue, f.date]), [['listed', 'HKEX', '2025-10-09']]);
});

articleTest('a rounded raise in the title yields to the exact figure the body states', {
  title: '云帆生物北交所上市 募资2.5亿元',
  body: '2025年3月18日，云帆生物科技股份有限公司（简称“云帆生物”）在北交所上市。上市公告书显示，本次发行募集资金总额为25,120.00万元。',
}, (facts) => {
  one(facts, { company: '云帆生物', stage: 'listed', venue: 'BSE', raise: cny(251_200_000) });
});

articleTest('a date in a body sentence near the top is no header date: a month without a year takes the year the text states', {
  title: '青松仪器科创板IPO获受理',
  body: '8月4日，上交所公告，定于2024年8月11日审议青松仪器股份有限公司的首发申请。\n青松仪器的IPO申请已于6月获受理。\n据悉，青松仪器于2016年2月24日在新三板挂牌。',
}, (facts) => {
  one(facts, { company: '青松仪器', stage: 'accepted', date: '2024-06' });
});

test('in Hong Kong writing 元 alone is the Hong Kong dollar, and 人民幣 still the renminbi', () => {
  const hk = articleOf('新股首掛', '今日有兩隻新股在港交所主板掛牌。「AI概念股」青嶼科技招股價為每股12.5元，集資淨額約8.6億元，以收市價計市值約96億元。青嶼科技2024年收益為5.2億元人民幣。');
  const facts = extractFacts(hk).map(seen);
  one(facts, { kind: 'market_cap', company: '青屿科技', amount: { value: 9_600_000_000, currency: 'HKD', qualifier: 'approx' } });
  one(facts, { kind: 'financial', company: '青屿科技', value: cny(520_000_000) });
  // The same words from a mainland desk (no Hong Kong marks, Simplified) keep 元 as the renminbi.
  const mainland = articleOf('新股首挂', '今日有两只新股在港交所主板挂牌。青屿科技首日收盘市值约96亿元。');
  one(extractFacts(mainland).map(seen), { kind: 'market_cap', amount: cny(9_600_000_000, 'approx') });
});

articleTest('a counted step whose companies the next paragraphs list board by board gives each its step, board, raise and sponsor', {
  title: '本周3家企业获受理',
  body: '本周（6月9日-6月13日），沪深北交易所共受理3家企业的IPO申请。\n科创板：青松仪器股份有限公司（拟募资12亿元，保荐机构中信证券）、白桦电子股份有限公司（拟募资6.5亿元，保荐机构华泰联合证券）。\n北交所：云杉智能科技股份有限公司（拟募资2.8亿元，保荐机构开源证券）。',
  publishedAt: '2025-06-14',
}, (facts) => {
  assertKinds(facts, { ipo: 3 });
  one(facts, { company: '青松仪器股份有限公司', stage: 'accepted', venue: 'STAR', date: '2025-06', raise: cny(1_200_000_000), sponsors: ['中信证券'] });
  one(facts, { company: '白桦电子股份有限公司', stage: 'accepted', venue: 'STAR', raise: cny(650_000_000), sponsors: ['华泰联合证券'] });
  const bse = one(facts, { company: '云杉智能科技股份有限公司', stage: 'accepted', venue: 'BSE', raise: cny(280_000_000) });
  assert.equal(bse.quote, '云杉智能科技股份有限公司（拟募资2.8亿元，保荐机构开源证券）');
});

articleTest('a list that holds more companies than the count is not read as the counted ones', {
  title: '本周2家企业获受理',
  body: '本周，沪深北交易所共受理2家企业的IPO申请。\n科创板：青松仪器股份有限公司、白桦电子股份有限公司、云杉智能科技股份有限公司。',
}, (facts) => {
  assert.equal(matching(facts, { kind: 'ipo' }).length, 0, brief(facts));
});

articleTest('a stake changed by a holder named in the clause before gives the stake before and after; a quoted holder before 持股 holds', {
  title: '青禾医药股东减持',
  body: '青禾医药股份有限公司公告显示，公司第二大股东松原资本旗下基金于10月31日减持约500万股，持股比例由8.25%降至6.10%。公司第一大股东“宁波白桦企业管理合伙企业”，持股21.5%。实际控制人可以实际控制支配云杉投资所持青禾医药3%的股份。',
}, (facts) => {
  one(facts, { kind: 'shareholding', holder: '松原资本旗下基金', percent: 8.25 });
  one(facts, { kind: 'shareholding', holder: '松原资本旗下基金', percent: 6.1 });
  one(facts, { kind: 'shareholding', holder: '宁波白桦企业管理合伙企业', percent: 21.5 });
  one(facts, { kind: 'shareholding', holder: '云杉投资', percent: 3 });
});

articleTest('a dateline (北京4月30日讯) dates the article, so 昨日 is the day before', {
  title: '青松仪器IPO被否',
  body: '财经网北京4月30日讯 上交所科创板上市委员会2021年第30次审议会议于昨日召开，审议结果显示，青松仪器股份有限公司（以下简称“青松仪器”）不符合发行条件。',
}, (facts) => {
  one(facts, { company: '青松仪器', stage: 'rejected', date: '2021-04-29' });
});

articleTest('an undated article dates 近日 by the latest event it tells of, not by a plan', {
  title: '两家公司撤回北交所申请',
  body: '2024年5月8日，青松仪器收到北交所终止审核的决定。此外，白桦电子股份有限公司、云杉智能科技股份有限公司均于近日宣布撤回北交所上市申请。两家公司原计划于2025年1月完成发行。',
}, (facts) => {
  one(facts, { company: '白桦电子股份有限公司', stage: 'terminated', date: '2024-05' });
  one(facts, { company: '云杉智能科技股份有限公司', stage: 'terminated', date: '2024-05' });
});

test('in a Hong Kong brief a 下同 note holds to its paragraph’s end; a price range per share is the price; 第三度 names its subject', () => {
  const a = articleOf('港股新股', '「港股通」青梧智能（2588）今日起招股，招股價每股10.5元至12.5元，集資最多約12億元。\n松濤電子公布中期業績，收益8.6億元（人民幣，下同），股東應佔溢利1.2億元。\n雲杉科技昨日首日掛牌，收報15.2元，市值約76億元。\n柏川醫療第三度向港交所遞表。', '2025-11-03');
  const facts = extractFacts(a).map(seen);
  one(facts, { kind: 'ipo', company: '青梧智能', stage: 'offering', price: { min: 10.5, max: 12.5, currency: 'HKD' } });
  one(facts, { kind: 'financial', company: '松涛电子', metric: 'revenue', value: cny(860_000_000) });
  one(facts, { kind: 'market_cap', company: '云杉科技', amount: { value: 7_600_000_000, currency: 'HKD', qualifier: 'approx' } });
  one(facts, { kind: 'ipo', company: '柏川医疗', stage: 'filed', venue: 'HKEX' });
});

test('a （人民幣，下同） note makes 元 the renminbi from there on, in Hong Kong writing too', () => {
  const hk = articleOf('業績', '「港股通」青嶼科技公布截至今年6月30日止六個月中期業績，收益14.2億元（人民幣，下同），股東應佔溢利2.3億元。青嶼科技股價收報12.5元，市值約96億港元。', '2025-08-20');
  const facts = extractFacts(hk).map(seen);
  one(facts, { kind: 'financial', metric: 'revenue', value: cny(1_420_000_000) });
  one(facts, { kind: 'financial', metric: 'net_profit_attributable', value: cny(230_000_000) });
});

articleTest('a yearless lead day that would fall before an event the text tells as done is of the year after it', {
  title: '云岫视觉港股IPO申请失效',
  body: '本报讯 3月2日，港交所网站显示，云岫视觉科技股份有限公司（以下简称“云岫视觉”）的上市申请已失效。2024年8月30日，云岫视觉首次向港交所递交上市申请。',
}, (facts) => {
  one(facts, { company: '云岫视觉', stage: 'filed', venue: 'HKEX', date: '2024-08-30' });
  one(facts, { company: '云岫视觉', stage: 'lapsed', venue: 'HKEX', date: '2025-03-02' });
});

articleTest('hearsay of a step that the next sentence denies is no step', {
  title: '云岫视觉回应传闻',
  body: '2025年6月10日，云岫视觉科技股份有限公司通过港交所上市聆讯。此前有媒体报道称，云岫视觉未能通过首次聆讯。对此，公司回应称相关报道不实。',
}, (facts) => {
  one(facts, { company: '云岫视觉', stage: 'approved', venue: 'HKEX', date: '2025-06-10' });
  assert.equal(matching(facts, { kind: 'ipo', stage: 'rejected' }).length, 0, brief(facts));
});

articleTest('a count since a market opened (设立以来) does not keep a later step from the lead’s month', {
  title: '北交所周报',
  body: '上周（3月16日-3月22日），北交所共有3家企业上会，其中2家获得通过。\n与此同时，北交所设立以来过会企业达到40家，松涛精工股份有限公司被暂缓审议，是该周唯一未直接过会的企业。',
  publishedAt: '2026-03-24',
}, (facts) => {
  one(facts, { company: '松涛精工股份有限公司', stage: 'deferred', venue: 'BSE', date: '2026-03' });
});

articleTest('a raise told in another sentence (共筹集资金, 可以融资 about a listing, the stem before 此次) is the offering’s', {
  title: '青澜智行登陆纳斯达克',
  body: '2025年9月12日，青澜智行科技在纳斯达克挂牌上市，发行价为每股16美元。通过此次IPO，青澜智行共筹集资金2.56亿美元。\n2025年10月9日，白鹭汽车已启动赴美上市事宜，拟于纽约证券交易所挂牌，估计最高可以融资3.2亿美元。白鹭汽车计划以每股10至12美元的价格区间发行ADS。',
}, (facts) => {
  const listed = one(facts, { kind: 'ipo', company: '青澜智行', stage: 'listed', venue: 'NASDAQ', raise: { value: 256_000_000, currency: 'USD' } });
  assert.deepEqual(listed.company_aliases, ['青澜智行科技'], 'the fuller name with its industry ending is the same company');
  one(facts, { kind: 'ipo', company: '白鹭汽车', stage: 'offering', raise: { value: 320_000_000, currency: 'USD' } });
  assert.equal(matching(facts, { kind: 'financing' }).length, 0, brief(facts));
});

articleTest('a name with an industry ending before 在纳斯达克挂牌 is the listing’s subject', {
  title: '美股新股',
  body: '2025年9月12日，青澜智行科技在纳斯达克挂牌上市。',
}, (facts) => {
  one(facts, { kind: 'ipo', company: '青澜智行科技', stage: 'listed', venue: 'NASDAQ', date: '2025-09-12' });
});

articleTest('a change of tutor (辅导机构变更为) is no tutoring step', {
  title: '石楠智能更换辅导机构',
  body: '2025年8月1日，石楠智能科技股份有限公司向浙江证监局办理辅导备案，辅导机构为财通证券。2026年1月，其IPO辅导机构变更为国泰海通证券。',
}, (facts) => {
  assertKinds(facts, { ipo: 1 });
  one(facts, { kind: 'ipo', stage: 'tutoring_filed', date: '2025-08-01', sponsors: ['财通证券'] });
});

articleTest('a descriptor ending in 商 or 股 before a name, and an acronym of the field in brackets, are no part of the company', {
  title: '融资快讯',
  body: '2026年3月4日，细胞疗法（CGT）研发商澜汐生物宣布完成2亿元B轮融资，投后估值约20亿元。业内人士称，澜汐生物下一轮估值或达50亿元。\n2026年3月5日，光模块芯片股青梧科技收报88元，总市值约300亿元。青梧科技总市值已居同业前列，是板块内第三家市值超过200亿元的公司。',
}, (facts) => {
  one(facts, { kind: 'financing', company: '澜汐生物', round: 'B', amount: cny(200_000_000) });
  one(facts, { kind: 'valuation', company: '澜汐生物', amount: cny(2_000_000_000, 'approx'), basis: 'post_money' });
  one(facts, { kind: 'valuation', company: '澜汐生物', amount: cny(5_000_000_000), forecast: true });
  one(facts, { kind: 'market_cap', company: '青梧科技', amount: cny(30_000_000_000, 'approx') });
  assertKinds(facts, { financing: 1, valuation: 2, market_cap: 1 });
  assert.ok(facts.every((f) => !/CGT|研发商|芯片股|总$|總$/.test(f.company as string)), brief(facts));
});

articleTest('a holder is the person a role names (实际控制人为X，其…), the speaker before 他, never a descriptor around the name', {
  title: '云栖量子完成A轮融资',
  body: '2026年2月3日，云栖量子科技股份有限公司宣布完成3亿元A轮融资。股权结构显示，公司实际控制人为沈栖，其直接持有公司31.20%的股份。创始人沈栖又表示，本轮完成后，他持股约28.5%。IPO前晨曦资本实益持股6.4%，首次公开发行前投资者远山创投持股5.2%。',
}, (facts) => {
  one(facts, { kind: 'shareholding', holder: '沈栖', percent: 31.2 });
  one(facts, { kind: 'shareholding', holder: '沈栖', percent: 28.5 });
  one(facts, { kind: 'shareholding', holder: '晨曦资本', percent: 6.4 });
  one(facts, { kind: 'shareholding', holder: '远山创投', percent: 5.2 });
  assertKinds(facts, { financing: 1, shareholding: 4 });
});

articleTest('a peer introduced by 同业 is named without it, and 再获超 opens no name', {
  title: '业绩速递',
  body: '2026年3月20日，青梧科技公布2025年业绩，收益人民币12.5亿元。同业白桦智能同日公布2025年收益人民币8.1亿元。\n2025年3月，公司再获超5亿元B轮融资。',
}, (facts) => {
  one(facts, { kind: 'financial', company: '白桦智能', metric: 'revenue', value: cny(810_000_000) });
  one(facts, { kind: 'financing', round: 'B', amount: cny(500_000_000, 'over') });
  assert.ok(facts.every((f) => !/同业|再获|同業|再獲/.test(f.company as string)), brief(facts));
});

articleTest('a weekly headline’s space-parted clauses keep their own subjects; applicants a review passed and a board’s company are named', {
  title: 'IPO周报｜本周6家企业获受理 3家上会全部过关 科创板新股青梧科技首日涨超两倍',
  body: '2026年4月17日，北交所上市委审议通过了白桦精工、松涛环保的发行上市申请。当晚，北交所企业云杉精密也拿到了注册批文。科创板公司杭州暄和生物医药股份有限公司首发申请获审议通过。',
}, (facts) => {
  one(facts, { kind: 'ipo', company: '白桦精工', stage: 'approved', venue: 'BSE', date: '2026-04-17' });
  one(facts, { kind: 'ipo', company: '松涛环保', stage: 'approved', venue: 'BSE', date: '2026-04-17' });
  one(facts, { kind: 'ipo', company: '云杉精密', stage: 'registered', venue: 'BSE' });
  one(facts, { kind: 'ipo', company: '杭州暄和生物医药股份有限公司', stage: 'approved' });
  assert.ok(facts.every((f) => !(f.company_aliases as string[]).some((a) => /^科创板公司/.test(a))), brief(facts));
  assert.equal(matching(facts, { company: '青梧科技' }).filter((f) => f.stage !== 'listed').length, 0, brief(facts));
});

articleTest('companies passed together each keep their own board, not the board another clause gives another company', {
  title: '三家企业同日过会',
  body: '2026年3月12日，审议结果显示，白桦量子、松涛家居2家企业首发获通过，云杉科技转板至创业板的申请获审议通过。\n科创板方面，北京白桦量子科技股份有限公司（简称“白桦量子”）拟募资15亿元。\n深市主板方面，浙江松涛家居股份有限公司（简称“松涛家居”）拟募资8亿元。',
}, (facts) => {
  one(facts, { kind: 'ipo', company: '白桦量子', stage: 'approved', venue: 'STAR' });
  one(facts, { kind: 'ipo', company: '松涛家居', stage: 'approved', venue: 'SZSE_MAIN' });
});

articleTest('a filing with the SEC is a US step, confidential only in its own clause; 净损 and 前三季 read; a stake after IPO and a selldown holder lose their descriptors', {
  title: '松涛能源登陆纽交所',
  body: '2026年2月5日，松涛能源在纽约证交所挂牌上市。公司原本于2024年8月向港交所递交上市申请，该申请在2025年2月失效后，2025年9月以秘密方式向美国证券交易委员会（SEC）递件，2026年1月公开提交F-1。2025年前三季营收人民币21.9亿元，净损人民币2.48亿元。创始人林松涛在IPO后持股约19.8%，首次公开招股前投资者远山资本于2月6日减持，持股比例由7.2%降至6.1%。',
}, (facts) => {
  one(facts, { kind: 'ipo', stage: 'filed', venue: 'HKEX', date: '2024-08' });
  one(facts, { kind: 'ipo', stage: 'filed', venue: 'NYSE', date: '2025-09', confidential: true });
  const open = one(facts, { kind: 'ipo', stage: 'filed', venue: 'NYSE', date: '2026-01' });
  assert.equal(open.confidential, undefined);
  one(facts, { kind: 'financial', metric: 'revenue', period: '2025-01/2025-09', value: cny(2_190_000_000) });
  one(facts, { kind: 'financial', metric: 'net_profit', period: '2025-01/2025-09', value: cny(-248_000_000) });
  one(facts, { kind: 'shareholding', holder: '林松涛', percent: 19.8 });
  one(facts, { kind: 'shareholding', holder: '远山资本', percent: 6.1 });
});

articleTest('listed holders take their stakes in order (分别持有), a selldown told over clauses keeps its holder, a fund after 持股X%的股东 holds', {
  title: '白桦电子股权结构',
  body: '白桦电子股份有限公司（以下简称“白桦电子”）实际控制人林白、林桦兄妹二人合计控制公司52.10%的股份。远山创投、青梧资本分别持有公司4.12%、3.05%的股份。持股2.80%的股东杭州云杉创业投资中心（有限合伙）为财务投资人。远山创投（以下简称“远山”）于2026年1月8日至4月14日期间，通过集中竞价累计减持公司股份约418万股，持股比例由4.12%降至3.10%。2025年，白桦电子归母净亏损1.24亿元，扣非归母净亏损1.51亿元。',
}, (facts) => {
  one(facts, { kind: 'shareholding', holder: '林白、林桦兄妹', percent: 52.1 });
  one(facts, { kind: 'shareholding', holder: '青梧资本', percent: 3.05 });
  one(facts, { kind: 'shareholding', holder: '杭州云杉创业投资中心（有限合伙）', percent: 2.8 });
  one(facts, { kind: 'shareholding', holder: '远山创投', percent: 3.1 });
  one(facts, { kind: 'shareholding', holder: '远山创投', percent: 4.12 });
  one(facts, { kind: 'financial', metric: 'net_profit_attributable', value: cny(-124_000_000) });
  one(facts, { kind: 'financial', metric: 'net_profit_deducted', value: cny(-151_000_000) });
});

articleTest('Taiwan spacing around figures and codes (X (688796-CN) 20 日, X 2025 年營收) keeps the subject; 模拟 is no 拟', {
  title: '陆模拟芯片厂青梧半导体去年获利翻倍',
  body: '科创板模拟芯片设计商青梧半导体 (688796-CN) 20 日晚间公布 2025 年年报。青梧半导体 2025 年营业收入 31.26 亿元人民币，较上年的 22.84 亿元成长 36.9%。',
  publishedAt: '2026-04-21',
}, (facts) => {
  one(facts, { kind: 'financial', company: '青梧半导体', metric: 'revenue', period: '2025-01/2025-12', value: cny(3_126_000_000) });
  one(facts, { kind: 'financial', company: '青梧半导体', metric: 'revenue', period: '2024-01/2024-12', value: cny(2_284_000_000) });
  assert.ok(facts.every((f) => f.company === '青梧半导体'), brief(facts));
});

articleTest('two metrics with 分别为 take their figures in order, a list’s trailing 人民币 is the whole list’s, and unnamed vehicles leave the holder', {
  title: '青梧科技业绩',
  body: '2026年一季度，青梧科技实现营业收入和归母净利润分别为7.35亿元和1.26亿元，上年同期分别为5.18亿元和6,132.50万元。创始人林青通过其全资持有的公司持股约34.8%。公司实际控制人为林青，合计控制公司46.05%的股份。截至三季度末，全国社保基金一一三组合新进成为公司第六大股东，持股1.86%。',
  publishedAt: '2026-04-28',
}, (facts) => {
  one(facts, { kind: 'financial', metric: 'revenue', period: '2026-01/2026-03', value: cny(735_000_000) });
  one(facts, { kind: 'financial', metric: 'net_profit_attributable', period: '2026-01/2026-03', value: cny(126_000_000) });
  one(facts, { kind: 'financial', metric: 'revenue', period: '2025-01/2025-03', value: cny(518_000_000) });
  one(facts, { kind: 'financial', metric: 'net_profit_attributable', period: '2025-01/2025-03', value: cny(61_325_000) });
  one(facts, { kind: 'shareholding', holder: '林青', percent: 34.8 });
  one(facts, { kind: 'shareholding', holder: '林青', percent: 46.05 });
  one(facts, { kind: 'shareholding', holder: '全国社保基金一一三组合', percent: 1.86 });
});

test('in Hong Kong writing the 人民幣 after a list’s last amount is the currency of every amount in it', () => {
  const a = articleOf('招股', '「港股通」青嶼生物科技股份有限公司（「青嶼生物」）向港交所遞表。2023年、2024年及2025年首九個月，青嶼生物的期內虧損分別為3.86億元、4.52億元和3.17億元人民幣。', '2026-01-10');
  const values = extractFacts(a).filter((f) => f.kind === 'financial').map((f) => (f as { value: { currency: string } }).value.currency);
  assert.deepEqual(values, ['CNY', 'CNY', 'CNY']);
});

articleTest('two declared companies approved together are both subjects; bookrunners are sponsors; a past listing with its price is one step; time since tutoring is no plan', {
  title: 'IPO动态',
  body: '2026年2月12日，证监会同意浙江白桦汽车部件股份有限公司（以下简称“白桦汽车”）和广州松涛检测技术股份有限公司（以下简称“松涛检测”）创业板首发注册申请。\n2026年2月13日，青梧智能在纳斯达克挂牌上市，高盛、中金公司和招银国际担任联席账簿管理人。\n云杉半导体于2021年7月登陆科创板，发行价为23.65元/股。2026年2月14日，浙江云岚传感技术股份有限公司通过辅导验收，距离其2025年3月启动辅导不足一年。',
}, (facts) => {
  one(facts, { kind: 'ipo', company: '白桦汽车', stage: 'registered', venue: 'CHINEXT', date: '2026-02-12' });
  one(facts, { kind: 'ipo', company: '松涛检测', stage: 'registered', venue: 'CHINEXT', date: '2026-02-12' });
  one(facts, { kind: 'ipo', company: '青梧智能', stage: 'listed', sponsors: ['高盛', '中金公司', '招银国际'] });
  one(facts, { kind: 'ipo', company: '云杉半导体', stage: 'listed', date: '2021-07' });
  assert.equal(matching(facts, { company: '云杉半导体', stage: 'offering' }).length, 0, brief(facts));
  one(facts, { kind: 'ipo', stage: 'tutoring_filed', date: '2025-03' });
  one(facts, { kind: 'ipo', stage: 'tutoring_completed', date: '2026-02-14' });
});

articleTest('an investor with an English name is not the round’s subject; a selldown price is no offering; a given name ending in 和 holds; 连同其一致行动人', {
  title: '青梧智行融资与股权',
  body: '青梧智行科技有限公司成立于2019年。2025年3月，公司又完成3亿美元C轮融资，由优步（Uber）领投，投后估值升至25亿美元。创办人邵景和的持股将由33.0%摊薄至约29.7%。首次公开招股前投资者远山资本于3月20日以每股平均价36.28元减持约1,250万股。联合创始人兼首席科学家林青连同其一致行动人合共控制约27.36%权益。',
}, (facts) => {
  one(facts, { kind: 'financing', company: '青梧智行', round: 'C', amount: { value: 300_000_000, currency: 'USD' }, investors: ['优步'] });
  one(facts, { kind: 'valuation', company: '青梧智行', basis: 'post_money' });
  one(facts, { kind: 'shareholding', holder: '邵景和', percent: 33 });
  one(facts, { kind: 'shareholding', holder: '邵景和', percent: 29.7 });
  one(facts, { kind: 'shareholding', holder: '林青', percent: 27.36 });
  assert.equal(matching(facts, { kind: 'ipo' }).length, 0, brief(facts));
});

articleTest('a name ending in 在线 is a company; 扎堆赴美 and 今起 are no names; 首四个月 and 归属于普通股股东的净亏损 read; a concert clause takes the sentence’s person', {
  title: '中概股扎堆赴美 青禾在线今起招股',
  body: '2018年10月26日，在线辅导平台青禾在线（Qinghe Online，NYSE:QHO）在纽约证券交易所挂牌交易。今年首四个月，青禾在线收入为3.15亿元，归属于普通股股东的净亏损为7.64亿元。创办人林禾持股20.1%，连同其一致行动人合共控制约31.6%股份。',
}, (facts) => {
  one(facts, { kind: 'ipo', company: '青禾在线', stage: 'listed', venue: 'NYSE', date: '2018-10-26' });
  one(facts, { kind: 'financial', company: '青禾在线', metric: 'revenue', period: '2018-01/2018-04', value: cny(315_000_000) });
  one(facts, { kind: 'financial', company: '青禾在线', metric: 'net_profit_attributable', period: '2018-01/2018-04', value: cny(-764_000_000) });
  one(facts, { kind: 'shareholding', holder: '林禾', percent: 31.6 });
  assert.ok(facts.every((f) => f.company === '青禾在线'), brief(facts));
});

articleTest('an 出版 header dates the article; bookrunners listed together all count; 电动车新势力 and 经调整 are no part of names', {
  title: '青屿汽车首挂',
  body: '出版：2021-07-14 12:41\n大陆电动车新势力青屿汽车（Qingyu Motors，2570）今日（14日）在港交所主板挂牌，高盛、瑞士信贷与招商证券国际担任联合主办承销商。经调整亏损为5.79亿元。',
}, (facts) => {
  one(facts, { kind: 'ipo', company: '青屿汽车', stage: 'listed', venue: 'HKEX', date: '2021-07-14', sponsors: ['高盛', '瑞士信贷', '招商证券国际'] });
  assert.ok(facts.every((f) => f.company === '青屿汽车'), brief(facts));
});

articleTest('a header or byline line is no lead: a batch listed later takes the day the real lead states', {
  title: '科创板首批受理企业出炉',
  body: '2019-03-23 09:41:06  来源：中国证券网  编辑：杨帆\n3月22日晚间，上交所披露了首批受理企业名单，共有3家企业的科创板上市申请获得受理。\n图片来源：视觉中国\n首批获受理的3家企业分别为：白桦科技股份有限公司、松涛医疗股份有限公司、云杉智能股份有限公司。',
}, (facts) => {
  for (const company of ['白桦科技股份有限公司', '松涛医疗股份有限公司', '云杉智能股份有限公司']) one(facts, { kind: 'ipo', company, stage: 'accepted', venue: 'STAR', date: '2019-03-22' });
});

articleTest('a headline’s count clause gives no step to the companies its other clauses name', {
  title: 'IPO周报｜上周14家企业上会12家过会 青梧科技首日涨超两倍',
  body: '2026年3月9日，科创板新股青梧科技股份有限公司（以下简称“青梧科技”）上市首日收涨212%。',
}, (facts) => {
  assert.equal(matching(facts, { kind: 'ipo', stage: 'approved' }).length, 0, brief(facts));
  one(facts, { kind: 'ipo', company: '青梧科技', stage: 'listed' });
});

articleTest('过会率 is no approval; 辅导工作已经完成 completes tutoring; an aim a clause before the venue names the tutoring board', {
  title: '辅导周报',
  body: '2022年8月15日讯，上周上会企业的过会率约为92.7%。华泰联合证券对江苏白桦船舶科技股份有限公司的辅导工作已经完成。北京松涛信息技术股份有限公司于8月12日在北京证监局进行辅导备案，拟向不特定合格投资者公开发行股票并在北交所上市，辅导机构为开源证券。',
}, (facts) => {
  assert.equal(matching(facts, { stage: 'approved' }).length, 0, brief(facts));
  one(facts, { kind: 'ipo', company: '江苏白桦船舶科技股份有限公司', stage: 'tutoring_completed' });
  one(facts, { kind: 'ipo', company: '北京松涛信息技术股份有限公司', stage: 'tutoring_filed', venue: 'BSE', date: '2022-08-12', sponsors: ['开源证券'] });
});

articleTest('a stake table told as lines is read row by row; 二人 takes a pair named before (兄弟, a controlling role), never a vehicle', {
  title: '白桦芯算递表港交所',
  body: '2023年3月31日，白桦芯算科技股份有限公司（以下简称“白桦芯算”）向港交所递交上市申请，集资总额约10亿美元。\n公司实际控制人为林白、林桦兄弟，二人合计控制公司30.11%的股份。林白通过上海白桦企业管理合伙企业（有限合伙）控制公司12.5%的股份。\nIPO前主要机构股东持股情况\n股东名称｜持股比例\n腾讯｜9.38%\n国家集成电路产业投资基金二期｜4.27%',
}, (facts) => {
  one(facts, { kind: 'shareholding', holder: '林白、林桦兄弟', percent: 30.11 });
  one(facts, { kind: 'shareholding', holder: '腾讯', percent: 9.38 });
  one(facts, { kind: 'shareholding', holder: '国家集成电路产业投资基金二期', percent: 4.27 });
  one(facts, { kind: 'ipo', stage: 'filed', venue: 'HKEX', raise: { value: 1_000_000_000, currency: 'USD', qualifier: 'approx' } });
});

articleTest('a verb of telling after a name is cut (释出); the prior year in a forecast sentence is reported, not expected; 去年同期则盈利 keeps the metric', {
  title: '业绩快报',
  body: '2026年2月10日晚间，科创板公司青梧科技释出2025年度业绩快报。青梧科技预计2025年实现归母净利润1.8亿元至2.1亿元，上年同期为1.32亿元。另一家公司白桦智造同日公布首九个月业绩，归属于上市公司股东的净亏损为人民币1.38亿元，去年同期则盈利人民币3,215万元。',
}, (facts) => {
  one(facts, { kind: 'financial', company: '青梧科技', metric: 'net_profit_attributable', period: '2024-01/2024-12', value: cny(132_000_000) });
  assert.equal(matching(facts, { company: '青梧科技', period: '2024-01/2024-12' })[0]?.forecast, undefined, brief(facts));
  one(facts, { kind: 'financial', company: '白桦智造', metric: 'net_profit_attributable', period: '2024-01/2024-09', value: cny(32_150_000) });
});

articleTest('companies listed before a metric take its figures in order; an expected listing day is no listing; 筹备赴港上市 is a plan', {
  title: '业绩与IPO',
  body: '2026年4月28日讯，2025年，青梧科技、白桦电子、松涛智能的营业收入分别为52.36亿元、31.08亿元和18.77亿元。云杉生物预期本月15日公布定价，下周四（16日）挂牌。另据知情人士称，青梧科技正在筹备赴港上市。',
}, (facts) => {
  one(facts, { kind: 'financial', company: '青梧科技', metric: 'revenue', period: '2025-01/2025-12', value: cny(5_236_000_000) });
  one(facts, { kind: 'financial', company: '白桦电子', metric: 'revenue', period: '2025-01/2025-12', value: cny(3_108_000_000) });
  one(facts, { kind: 'financial', company: '松涛智能', metric: 'revenue', period: '2025-01/2025-12', value: cny(1_877_000_000) });
  assert.equal(matching(facts, { kind: 'ipo', stage: 'listed' }).length, 0, brief(facts));
});

articleTest('peers told with 同期/则/的科创板IPO申请 are named; 其子 and 此前 are no part of a holder; a price compared (较发行价) is no offering', {
  title: '行业观察',
  body: '2021年，青梧科技实现营收4.6亿元。白桦同期营收约2.1亿元，白桦则亏损2.3亿元。松涛医疗的科创板IPO申请于12月20日获受理。云杉新材创始人林杉持股40.1%，其子林泰持股8.02%。林杉此前在一家德国企业负责研发，目前持有公司约38%的股份。青梧科技股价较发行价下跌超过四成。',
}, (facts) => {
  one(facts, { kind: 'financial', company: '白桦', metric: 'revenue', value: cny(210_000_000, 'approx') });
  one(facts, { kind: 'financial', company: '白桦', metric: 'net_profit', value: cny(-230_000_000) });
  one(facts, { kind: 'ipo', company: '松涛医疗', stage: 'accepted', venue: 'STAR', date: '2021-12-20' });
  one(facts, { kind: 'shareholding', holder: '林泰', percent: 8.02 });
  one(facts, { kind: 'shareholding', holder: '林杉', percent: 38 });
  assert.equal(matching(facts, { kind: 'ipo', stage: 'offering' }).length, 0, brief(facts));
});

articleTest('a name before a comma and a dated verb is the subject', {
  title: '大模型观察',
  body: '2023年，由大厂高管创办的青梧科技，4月完成5,000万美元天使轮融资。',
}, (facts) => {
  one(facts, { kind: 'financing', company: '青梧科技', round: '天使', amount: { value: 50_000_000, currency: 'USD' } });
});

articleTest('定价 is an offering only where a price is set (以每股X元定价, 完成定价, 定价为), not in talk of pricing', {
  title: '18C观察',
  body: '2025年8月25日，青梧机器人向港交所递表。18C公司的上市定价将更多取决于商业化进度，一级市场的定价也在水涨船高。9月3日，白桦科技以每股11.5港元定价。',
}, (facts) => {
  assert.equal(matching(facts, { company: '青梧机器人', stage: 'offering' }).length, 0, brief(facts));
  one(facts, { kind: 'ipo', company: '白桦科技', stage: 'offering', price: { value: 11.5, currency: 'HKD' } });
});

articleTest('a clause naming the investors of a round told before it adds them to that round, not a round of its own', {
  title: '融资',
  body: '2025年11月10日，自动驾驶公司松涛智驾获得1亿美元战略投资，投资方为某国际车企。',
}, (facts) => {
  assertKinds(facts, { financing: 1 });
  one(facts, { kind: 'financing', company: '松涛智驾', round: '战略投资', amount: { value: 100_000_000, currency: 'USD' }, investors: ['某国际车企'] });
});

articleTest('a header line of several words before its date dates the article; 向美国证交会递件 is a confidential filing in its own clause', {
  title: '陆企赴美挂牌',
  body: '钜亨网记者王小明 台北 2025-11-12 08:30\n青梧能源（NASDAQ：QWE）美东时间11日在纳斯达克挂牌。青梧能源今年3月以秘密方式向美国证交会递件，10月公开提交F-1。',
}, (facts) => {
  one(facts, { kind: 'ipo', company: '青梧能源', stage: 'listed', venue: 'NASDAQ', date: '2025-11-11' });
  one(facts, { kind: 'ipo', stage: 'filed', date: '2025-03', confidential: true });
  const open = one(facts, { kind: 'ipo', stage: 'filed', date: '2025-10' });
  assert.equal(open.confidential, undefined);
});

articleTest('a round history told row by row, stakes told as 的持股比例分别为, a shareholders’ vote, a listing next week and a market total are read as they are', {
  title: '青梧航空融资历程',
  body: '2023年5月6日讯，青梧航空成立于2018年。2019年5月，天使轮，2000万元，真格基金领投。2020年12月，A轮，1.5亿元，顺为资本领投。顺为资本和高瓴创投的持股比例分别为8.9%和7.4%。青梧航空的H股发行已于今年4月获公司股东大会审议通过。白桦科技今起招股，下周五挂牌。今年以来已有8家特专科技公司在港上市，合共集资约210亿元。',
}, (facts) => {
  one(facts, { kind: 'financing', company: '青梧航空', round: '天使', amount: cny(20_000_000), date: '2019-05' });
  one(facts, { kind: 'financing', company: '青梧航空', round: 'A', amount: cny(150_000_000), date: '2020-12' });
  one(facts, { kind: 'shareholding', holder: '顺为资本', percent: 8.9 });
  one(facts, { kind: 'shareholding', holder: '高瓴创投', percent: 7.4 });
  assert.equal(matching(facts, { stage: 'approved' }).length, 0, brief(facts));
  assert.equal(matching(facts, { stage: 'listed' }).length, 0, brief(facts));
  assert.ok(facts.every((f) => (f.raise as { value?: number } | undefined)?.value !== 21_000_000_000), brief(facts));
});

articleTest('in a forecast, 上年同期盈利 after 归母净利润亏损X至Y is the attributable figure of the year before', {
  title: '业绩预告',
  body: '2021年1月28日，青梧股份发布2020年度业绩预告。公司预计，2020年度归属于上市公司股东的净利润亏损1.2亿元至1.6亿元，上年同期盈利8,362.17万元。',
}, (facts) => {
  one(facts, { kind: 'financial', metric: 'net_profit_attributable', period: '2019-01/2019-12', value: cny(83_621_700) });
});

articleTest('several companies given dates respectively (分别于D1、D2) take one date each', {
  title: '两家企业获同意注册',
  body: '科创板的青松仪器股份有限公司、北交所的白桦电子股份有限公司分别于2025年11月17日、11月20日获证监会同意注册。',
}, (facts) => {
  one(facts, { company: '青松仪器股份有限公司', stage: 'registered', venue: 'STAR', date: '2025-11-17' });
  one(facts, { company: '白桦电子股份有限公司', stage: 'registered', venue: 'BSE', date: '2025-11-20' });
});

articleTest('companies brought in by 同日…的还有X and 至于X take the step of their sentence', {
  title: '两企通过聆讯',
  body: '2025年12月3日，医疗器械商云杉智能科技股份有限公司通过港交所上市聆讯。同日通过聆讯的还有宠物医疗连锁集团白桦医疗，独家保荐人为建银国际。',
}, (facts) => {
  one(facts, { company: '白桦医疗', stage: 'approved', venue: 'HKEX', date: '2025-12-03', sponsors: ['建银国际'] });
});

articleTest('a later clause goes on with the earlier clause’s company; a duration between steps is no step', {
  title: '青松仪器通过聆讯',
  body: '青松仪器股份有限公司于2025年6月30日向港交所递交H股上市申请，11月26日通过港交所上市聆讯，从递表到通过聆讯历时约5个月。',
}, (facts) => {
  assert.deepEqual(matching(facts, { kind: 'ipo' }).map((f) => [f.stage, f.date]).sort(), [['approved', '2025-11-26'], ['filed', '2025-06-30']]);
});

articleTest('rounds told in one sentence: each its own amount, the glossed figure as stated, the post-money for the round before it', {
  title: '白桦机器人完成B轮融资',
  body: '白桦机器人宣布完成2亿美元（约合人民币14.2亿元）B轮融资，由启明创投领投。此前，公司于2022年完成1.5亿元A轮融资，2023年完成5000万美元A+轮融资，投后估值4.2亿美元。',
}, (facts) => {
  one(facts, { kind: 'financing', round: 'B', amount: { value: 200_000_000, currency: 'USD' } });
  one(facts, { kind: 'financing', round: 'A', amount: cny(150_000_000) });
  const aPlus = one(facts, { kind: 'financing', round: 'A+' });
  assert.deepEqual(aPlus.post_money, { value: 420_000_000, currency: 'USD' });
  assert.equal(matching(facts, { kind: 'financing', round: 'A' })[0].post_money, undefined, 'the A round has no post-money of its own');
});

articleTest('a quarterly report’s wording (年初至报告期末, 本报告期) names its periods', {
  title: '澄溪科技三季报',
  body: '澄溪科技股份有限公司发布2025年第三季度报告。年初至报告期末，公司实现营业收入13.86亿元；本报告期，公司实现营业收入5.12亿元。',
}, (facts) => {
  one(facts, { kind: 'financial', metric: 'revenue', period: '2025-01/2025-09', value: cny(1_386_000_000) });
  one(facts, { kind: 'financial', metric: 'revenue', period: '2025-07/2025-09', value: cny(512_000_000) });
});

articleTest('a stake held through a platform is the platform’s, and the combined stake (合计控制) is the person’s', {
  title: '白桦电子股权结构',
  body: '股权结构方面，截至招股书签署日，周砚直接持有白桦电子股份有限公司23.56%的股份，并通过员工持股平台宁波白桦企业管理合伙企业（有限合伙）控制公司8.12%的股份，合计控制公司31.68%的股份。此外，林川通过一致行动协议合计控制公司12.5%的表决权。',
}, (facts) => {
  one(facts, { kind: 'shareholding', holder: '周砚', percent: 23.56 });
  one(facts, { kind: 'shareholding', holder: '宁波白桦企业管理合伙企业（有限合伙）', percent: 8.12 });
  one(facts, { kind: 'shareholding', holder: '周砚', percent: 31.68 });
});

articleTest('a peer described with 的 before a comma takes its own figures, not the article company’s', {
  title: '青松数据2025年营收增长',
  body: '青松数据股份有限公司（简称“青松数据”）发布2025年年度报告，全年实现营业收入18.63亿元。同为科创板数据服务企业的白桦科技，2025年营业收入为12.38亿元。',
}, (facts) => {
  one(facts, { kind: 'financial', company: '青松数据', period: '2025-01/2025-12', value: cny(1_863_000_000) });
  one(facts, { kind: 'financial', company: '白桦科技', period: '2025-01/2025-12', value: cny(1_238_000_000) });
});

articleTest('二人合计控制 after two holders is a stake of the pair', {
  title: '青松仪器股权结构',
  body: '股权结构方面，徐川直接持有青松仪器股份有限公司41.80%股权，其配偶沈岚持有5.12%股权，二人合计控制公司46.92%的股份，为公司共同实际控制人。',
}, (facts) => {
  one(facts, { kind: 'shareholding', holder: '徐川', percent: 41.8 });
  one(facts, { kind: 'shareholding', holder: '沈岚', percent: 5.12 });
  one(facts, { kind: 'shareholding', holder: '徐川、沈岚', percent: 46.92 });
});

articleTest('a holder named after its stake (持股5.36%的股东X) holds it; a 5%以上 threshold is no stake', {
  title: '白桦电子股东拟减持',
  body: '白桦电子股份有限公司公告显示，持股5.36%的股东宁波松原投资有限公司计划减持不超过1%的股份。减持完成后，其不再是公司持股5%以上股东。',
}, (facts) => {
  assert.deepEqual(matching(facts, { kind: 'shareholding' }).map((f) => [f.holder, f.percent]), [['宁波松原投资有限公司', 5.36]]);
});

test('facts read from a file hold quotes that are exactly the file text at their offsets, in the file’s script', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kechuang-'));
  const file = path.join(dir, 'news.txt');
  const simplified = [
    '嵘泰微电子科创板IPO获受理，拟募资9亿元',
    '2025年6月18日，嵘泰微电子股份有限公司（以下简称“嵘泰微电子”）科创板IPO申请获受理，华泰联合证券为其保荐机构，拟募资9亿元。',
    '2023年度、2024年度，嵘泰微电子营业收入分别为1.6亿元、2.4亿元。苏州澄溪创业投资有限公司持有公司5.5%的股份。',
  ].join('\n');
  for (const script of SCRIPTS) {
    writeFileSync(file, `${script.convert(simplified)}\n`);
    const read = readInput(file);
    if ('error' in read) throw read.error;
    assert.equal(read.articles.length, 1);
    const [article] = read.articles;
    const facts = extractFacts(article);
    assertProvenance(article, facts);
    const kinds = facts.map((f) => f.kind).sort();
    assert.deepEqual(kinds, ['financial', 'financial', 'ipo', 'shareholding'], `${script.name}: ${brief(facts.map(seen))}`);
  }
});

const DIGEST = path.resolve(process.cwd(), '../shared/corpus/dev/000_59cf0dfdb9708b95.txt');

test('every fact of the dev digest quotes exactly the text at its offsets', { skip: !existsSync(DIGEST) && 'no ../shared/corpus/dev beside the repo' }, () => {
  const read = readInput(DIGEST);
  if ('error' in read) throw read.error;
  assert.ok(read.articles.length > 1, 'the digest holds several articles');
  let n = 0;
  for (const article of read.articles) {
    const facts = extractFacts(article);
    assertProvenance(article, facts);
    n += facts.length;
  }
  assert.ok(n >= 20, `found ${n} facts in the digest`);
});
