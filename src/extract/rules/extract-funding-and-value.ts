import type { FinancingFact, MarketCapFact, Span, ValuationFact } from '../../core/types.js';
import type { MoneyMatch } from '../../text/index.js';
import { pronounIn, topicAt, type ExtractDoc } from '../doc.js';
import type { Entity } from '../companies.js';
import { clauseAt, companyOf, cover, sourceOf, unique } from '../emit.js';
import { FINANCE_WORDS } from '../lexicons/words.js';
import { investorRoleAt } from '../lexicons/index.js';

const ROUND = new RegExp(FINANCE_WORDS.financingRounds.pattern, 'g');
const FUNDING = /(?:完成|获得|获|宣布|公布|迎来|披露)[^，。；,;]{0,24}?(?:融资|募资)|(?:Pre-IPO|战略|天使|种子)(?:轮)?融资|等(?:多家)?(?:知名)?(?:机构|投资方|投资机构)?的?投资|投资方(?:包括|为)|投资者包括|获得[^，。；,;]{0,16}战略投资/g;
const VALUATION = /估值/g;
const MARKET_CAP = /(?<!流通)市值(?!管理)/g;
const BASIS: readonly [RegExp, ValuationFact['basis']][] = [
  [/投后/, 'post_money'], [/投前/, 'pre_money'], [/(?:IPO|上市|公开上市交易)前/, 'pre_ipo'],
];
const INVESTOR_LIST = /(?:由|获得|获|投资方包括|投资方为|投资者包括|参与方包括|引入|透过|通过)([^。；;]{2,160}?)(?:等(?:多家|知名|机构|共同|联合|[\d一二三四五六七八九十]+家)?[^，。；,;]{0,8})?(?:共同|联合)?(?:领投|跟投|参投|联投|投资|注资|出资|参与)/g;


/** The company a funding or value phrase is about: the nearest subject named before it in the sentence, else the one a pronoun or the paragraph points to. */
function subjectBefore(doc: ExtractDoc, sentence: Span, at: number): Entity | undefined {
  // Investors and brokers named in the sentence (由X领投) are never its subject.
  // "由优步（Uber）领投，投后估值升至…": a company this sentence names as an investor is not its subject either.
  const investing = new Set(doc.companies.mentionsIn(sentence).filter((m) => investorRoleAt(doc.s, m.end) || /由\s*$/.test(doc.s.slice(Math.max(sentence.start, m.start - 2), m.start))).map((m) => m.entity));
  const before = doc.companies.mentionsIn({ start: sentence.start, end: at }).filter((m) => !m.entity.notSubject && !investing.has(m.entity));
  if (before.length) return before[before.length - 1].entity;
  const after = doc.companies.mentionsIn({ start: at, end: sentence.end })
    .filter((m) => !m.entity.notSubject && !investing.has(m.entity));
  if (after.length) return undefined;
  if (pronounIn(doc, { start: sentence.start, end: at })) return topicAt(doc, sentence.start);
  return topicAt(doc, sentence.start);
}

/** An amount stated right after a cue (估值为X, 市值近X), within a few characters of filler. */
function amountAfter(doc: ExtractDoc, at: number, limit: number): MoneyMatch | undefined {
  const m = doc.money.find((x) => x.start >= at && x.start < Math.max(limit, at + 24) && !x.perShare);
  if (!m) return undefined;
  const gap = doc.s.slice(at, m.start);
  if (/\d|[。；;]/.test(gap)) return undefined;
  if (gap.length <= 12 && !/[，,]/.test(gap)) return m;
  // "估值在公开上市交易前，有可能达到85亿美元": one comma, when the amount is what the phrase reaches.
  // The comma must not open a clause about another amount (…偏高，部分项目单轮融资额已超过10亿元).
  return gap.length <= 24 && (gap.match(/[，,]/g) ?? []).length === 1 && /(?:达到|达|为|至|突破|超过|约)$/.test(gap)
    && !/融资|金额|收入|营收|市值|利润/.test(gap) ? m : undefined;
}

/** An amount stated right before a cue (获得了50亿美元的估值, 108亿融资). */
function amountBefore(doc: ExtractDoc, at: number, from: number): MoneyMatch | undefined {
  const ms = doc.money.filter((x) => x.end <= at && x.start >= from && !x.perShare);
  let m = ms[ms.length - 1];
  if (!m) return undefined;
  // "50亿美元(约1534亿台币)的估值": the figure glossed in parentheses is the stated one.
  if (ms.length > 1 && /^\s*[(（]/.test(doc.s.slice(ms[ms.length - 2].end, m.start))) m = ms[ms.length - 2];
  const gap = doc.s.slice(m.end, at);
  return gap.length <= 12 && !/[，,。；;]/.test(gap) ? m : undefined;
}

// "投资方包括A、B和C等": investors listed without a verb after them.
const INVESTORS_NAMED = /(?:投资方|投资者|投资人|出资方)(?:包括|为|有)([^。；;]{2,120}?)(?=等|。|$)/g;

function investorsIn(doc: ExtractDoc, span: Span): string[] | undefined {
  const seg = doc.s.slice(span.start, span.end);
  for (const m of [...seg.matchAll(INVESTOR_LIST), ...seg.matchAll(INVESTORS_NAMED)]) {
    const at = span.start + m.index! + m[0].indexOf(m[1]);
    const names: string[] = [];
    let pos = at;
    for (const part of m[1].split(/、|，|,|以及|及|和|与/)) {
      const i = doc.s.indexOf(part, pos);
      pos = i + part.length;
      // "优步（Uber）": the English name in brackets glosses the investor's name.
      const name = part.trim().replace(/^(?:由|包括|知名机构|机构|老股东|新股东|股东|原股东)/, '').replace(/的(?:战略)?$/, '').replace(/[(（][A-Za-z][A-Za-z0-9 .&'-]*[)）]$/, '');
      if (name.length < 2 || name.length > 30 || /\d{2,}|\d\s?(?:亿|万|千)|融资|本轮|此次|领投|万元|亿元|美元|港元|数千万|数亿|战略|投资$/.test(name)) continue;
      const start = i + part.indexOf(name);
      names.push(doc.text.slice(start, start + name.length));
    }
    if (names.length) return unique(names);
  }
  return undefined;
}

// "战略融资", "战略投资" name a round as stated (the contract keeps the words, without 轮); "战略轮融资" is 战略.
function strategicRound(doc: ExtractDoc, span: Span): string | undefined {
  const m = /战略(轮)?(?:融资|投资)?/.exec(doc.s.slice(span.start, span.end));
  if (!m) return undefined;
  const at = span.start + m.index;
  return doc.text.slice(at, at + (m[1] ? 2 : m[0].length));
}

/** Finds funding rounds (round, amount, post-money valuation, investors), valuations and market caps. */
export function extractFundingAndValue(doc: ExtractDoc): void {
  for (const sentence of doc.sentences) {
    const seg = doc.s.slice(sentence.start, sentence.end);
    const valuations: { at: number; money: MoneyMatch }[] = [];

    for (const m of seg.matchAll(VALUATION)) {
      const at = sentence.start + m.index!;
      const clause = clauseAt(doc, at);
      const money = amountAfter(doc, at + m[0].length, clause.end) ?? amountBefore(doc, at, clause.start);
      if (!money || money.money.value === undefined && money.money.min === undefined) continue;
      const entity = subjectBefore(doc, sentence, at);
      if (!entity) continue;
      const lead = doc.s.slice(Math.max(clause.start, at - 12), at + 2);
      const basis = BASIS.find(([re]) => re.test(lead))?.[1] ?? null;
      const date = doc.dates.filter((d) => d.start >= sentence.start && d.end <= at).pop()?.iso;
      valuations.push({ at, money });
      // "估值或达15亿美元": a valuation told as a maybe is an expectation.
      const guessed = /或(?:将|达|超|逾|在|为|可)|料将?|有望|预计/.test(doc.s.slice(at, money.start));
      const fact: ValuationFact = {
        kind: 'valuation', ...companyOf(doc, entity), ...(date ? { date } : {}),
        amount: money.money, basis, ...(guessed ? { forecast: true } : {}), source: sourceOf(doc, cover(clause, money)),
      };
      doc.facts.push(fact);
    }

    for (const m of seg.matchAll(MARKET_CAP)) {
      const at = sentence.start + m.index!;
      const clause = clauseAt(doc, at);
      const money = amountAfter(doc, at + m[0].length, clause.end);
      if (!money) continue;
      // "预计市值不低于…" is a listing standard or a forecast, not a market cap.
      if (/预计|预期|不低于|不少于|达到.*标准|须|需|至少|门槛|要求/.test(doc.s.slice(Math.max(clause.start, at - 6), money.end))) continue;
      // "成为第五家市值超过1500亿元的公司": a threshold a company passed describes a group, not its cap.
      if (/^[^，。；,;]{0,2}的(?:公司|企业|个股|股票|科技股)/.test(doc.s.slice(money.end, money.end + 8))) continue;
      // "北交所上市公司数量达到283家，总市值约9,460亿元": a market's total, no company's.
      if (!doc.companies.mentionsIn(sentence).length && /\d+家|上市公司数量|全市场|两市|板块|指数|行业/.test(doc.s.slice(sentence.start, at))) continue;
      const before = doc.companies.mentionsIn({ start: sentence.start, end: at });
      // "A…，B…，市值纷纷来到…": every company of the sentence shares the figure.
      const entities = /纷纷|均|都|分别/.test(doc.s.slice(at, money.start)) ? unique(before.map((x) => x.entity)) : [subjectBefore(doc, sentence, at)].filter((e): e is Entity => !!e);
      const date = doc.dates.filter((d) => d.start >= sentence.start && d.end <= at).pop()?.iso;
      // "以招股价上限计，X上市时市值约…": a cap computed at the offer price is a projection.
      const projected = /(?:以|按)(?:招股价|发行价|定价)/.test(doc.s.slice(sentence.start, at));
      for (const entity of entities) {
        const fact: MarketCapFact = {
          kind: 'market_cap', ...companyOf(doc, entity), ...(date ? { date } : {}),
          amount: money.money, ...(projected ? { forecast: true } : {}), source: sourceOf(doc, cover(clause, money)),
        };
        doc.facts.push(fact);
      }
    }

    const rounds = [...seg.matchAll(ROUND)].map((r) => ({ start: sentence.start + r.index!, end: sentence.start + r.index! + r[0].length, round: r[1] }));
    const funding = [...seg.matchAll(FUNDING)].map((f) => ({ start: sentence.start + f.index!, end: sentence.start + f.index! + f[0].length }));
    // Each round named is one fact, with the amount stated between it and the previous round;
    // a funding phrase with no round name is one fact of its own.
    const anchors = rounds.length ? rounds : funding.map((f) => ({ ...f, round: /Pre-IPO/.test(doc.s.slice(f.start, f.end)) ? 'Pre-IPO' : strategicRound(doc, f) }));
    // "超过20家企业宣布完成融资，单笔最大金额…": a market statistic, not one company's round.
    if (/(?:\d+|多|数|几)家[^，。；,;]{0,6}(?:企业|公司)/.test(seg) && !doc.companies.mentionsIn(sentence).length) continue;
    // "商业航天领域共完成融资超过80起，总金额超过200亿元": a count of deals is a market's, whoever the paragraph is about.
    if (/融资[^，。；,;]{0,6}(?:\d+|多|数|几十|上百)(?:起|笔)|(?:\d+|多|数)(?:起|笔)融资/.test(seg)) continue;
    let previousEnd = sentence.start;
    for (const a of anchors) {
      const clause = clauseAt(doc, a.start);
      const windowStart = Math.max(previousEnd, clause.start);
      previousEnd = a.end;
      const phrase = doc.s.slice(Math.max(sentence.start, a.start - 12), Math.min(sentence.end, a.end + 6));
      if (!rounds.length && /拟|计划|(?<!Pre-)IPO|上市|发行/.test(phrase)) continue;
      // "园区初创合共获得逾120亿港元融资": a total over many companies is no round.
      if (!a.round && /合共|合计|累计|总计|共计|共获|总额/.test(doc.s.slice(clause.start, Math.min(clause.end, a.end + 4)))) continue;
      // "公司计划明年启动B轮融资": a round planned is no round.
      if (/计划|拟|将于|准备|筹备|有望|洽谈|商谈|接洽|寻求/.test(doc.s.slice(clause.start, a.start))) continue;
      // A round named without 融资/投资 nearby (A轮 in another sense) is no funding news.
      // "获顺为资本领投人民币8,000万元A轮": the funding word may come before the round in its clause.
      // "2019年5月，天使轮，2000万元，真格基金领投": a history row names its lead investor a few clauses on.
      if (rounds.length && !/融资|投资|领投|募资|注资/.test(doc.s.slice(Math.max(clause.start, a.start - 24), Math.min(sentence.end, a.end + 24)))
        && !/(?:完成|获得|获)[^，。；,;]{0,16}$/.test(doc.s.slice(Math.max(clause.start, a.start - 24), a.start))) continue;
      // "Pre-IPO轮投资者账面回报约七成": the round's investors or holders, not a round told.
      if (/^(?:的)?(?:投资者|投资人|股东|投资方)/.test(doc.s.slice(a.end, a.end + 4))) continue;
      // The amount of this round: the one nearest to it in its clause, before it or inside the phrase.
      const candidates = doc.money.filter((x) => x.start >= windowStart && x.end <= Math.min(clause.end, a.end + 12) && !x.perShare
        && !/估值|市值/.test(doc.s.slice(Math.max(clause.start, x.start - 8), x.start)));
      const before = candidates.filter((x) => x.end <= a.end);
      let amount: MoneyMatch | undefined = before.pop() ?? candidates[0];
      // "2亿美元（约合人民币14.2亿元）B轮": the figure a bracket glosses is the stated one.
      const glossed = before.pop();
      if (amount && glossed && /^\s*[(（]\s*(?:约合|约|折合|合)/.test(doc.s.slice(glossed.end, amount.start))) amount = glossed;
      // "2019年5月，天使轮，2000万元，真格基金领投": a clause that is only an amount is the round's.
      if (!amount) {
        const nextClause = clauseAt(doc, Math.min(doc.s.length - 1, clause.end + 1));
        const only = doc.money.find((x) => x.start >= nextClause.start && x.end <= nextClause.end && !x.perShare);
        if (only && nextClause.start > clause.start && /^\s*(?:约|近|超|逾)?\s*$/.test(doc.s.slice(nextClause.start, only.start)) && /^\s*$/.test(doc.s.slice(only.end, nextClause.end))) amount = only;
      }
      if (!amount) {
        const nextClause = clauseAt(doc, Math.min(doc.s.length - 1, clause.end + 1));
        amount = doc.money.find((x) => x.start >= a.end && x.end <= Math.max(clause.end, nextClause.end) && !x.perShare && /融资金额|募资金额|融资额|金额|总额|募资|募得|融得|筹集|募集/.test(doc.s.slice(Math.max(clause.start, x.start - 8), x.start))
          && !/单笔|最大|最高|合计|累计|总计|平均/.test(doc.s.slice(Math.max(clause.start, x.start - 10), x.start)));
      }
      const investors = investorsIn(doc, sentence);
      if (!a.round && !amount && !investors) continue;
      // "获得1亿美元战略投资，投资方为X": a clause naming the investors of the round told before it is no round of its own.
      if (!a.round && !amount && anchors.indexOf(a) > 0 && /^(?:投资方|投资者|参与方)/.test(doc.s.slice(a.start, a.end))) continue;
      const entity = subjectBefore(doc, sentence, a.start);
      if (!entity) continue;
      // A post-money valuation belongs to the round told nearest before it (天使…，A轮…，A+轮…投后估值X: the A+).
      const next = anchors[anchors.indexOf(a) + 1];
      const post = valuations.find((v) => /投后/.test(doc.s.slice(Math.max(sentence.start, v.at - 4), v.at)) && v.at > a.start && (!next || v.at < next.start || !rounds.length));
      const date = doc.dates.filter((d) => d.start >= sentence.start && d.end <= a.end).pop()?.iso;
      const fact: FinancingFact = {
        kind: 'financing', ...companyOf(doc, entity), ...(date ? { date } : {}),
        ...(a.round ? { round: a.round } : {}),
        ...(amount ? { amount: amount.money } : {}),
        ...(post ? { post_money: post.money.money } : {}),
        ...(investors ? { investors } : {}),
        source: sourceOf(doc, cover(clause, ...(amount ? [amount] : []))),
      };
      doc.facts.push(fact);
    }
  }
}
