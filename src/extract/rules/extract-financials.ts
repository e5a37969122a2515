import type { FinancialFact, Metric, Money, Span } from '../../core/types.js';
import { findPeriodLists, findPeriods, type PeriodMatch, type MoneyMatch } from '../../text/index.js';
import { listBefore, pronounIn, topicAt, type ExtractDoc } from '../doc.js';
import type { Entity } from '../companies.js';
import { clauseAt, companyOf, cover, sourceOf } from '../emit.js';
import { FINANCE_WORDS } from '../lexicons/words.js';

interface MetricCue extends Span {
  readonly metric: Metric;
  readonly loss: boolean;
  readonly word: string;
}

const METRICS = FINANCE_WORDS.metrics.list.map((m) => ({ metric: m.metric, re: new RegExp(m.patterns.join('|'), 'g') }));
const LOSS = new RegExp(`^(?:${FINANCE_WORDS.lossWords.list.join('|')})`);
const FORECAST = new RegExp(FINANCE_WORDS.forecastWords.list.join('|'));
// What may stand between a metric and its figure: verbs of amount, 分别, 人民币, a qualifier.
const FILLER = /^[\s]*(?:预计|预期|有望|突破|分别|则|均|仍|已经|已|合计|共计|为|是|达到|达|约为|约|实现|录得|錄得|高达|至|人民币|人民幣|RMB|的|了|计|分別|為|：|:|同期|总额|金额|数|净额|收窄至|扩大至|缩窄至|收窄|扩大|降至|升至|增至|增长至|下降至|大幅|较|分|别|仅|只有|超过|超|近|逾|将|介乎|介于|在|录|得|从|由|上年|去年|上一年|更是|更|也|接近)*\s*$/;
const SAME_PERIOD_LAST_YEAR = /去年同期|上年同期|上一年同期|对上一年同期|对上年同期|上年度同期/;
const BARE_REVENUE_LEFT = /[，,。；;：:\s的现总为及和、）)\d年度月季期]|^$/;
const ADJUSTED = new RegExp(FINANCE_WORDS.adjustedWords.pattern);
const SEGMENT = /业务(?!方面)|分部|板块|产品线|部门|产品/;
const GROWTH = /(?:按年|同比|较上年|较去年同期|比上年)?(?:增长|增加|上升|上涨|下降|减少|下跌|增|升|降|跌)(?:了)?[\d.]+[%％](?:至|到)/;
// "公司预计，2025年全年…": a forecast verb heading the sentence covers the figures after it, up to an actual-figure word.
const FORECAST_HEAD = /(?:预计|预期|预测|指引)[^。；;]*$/;
const ACTUAL = /去年|上年|同期|实现了|录得|已经/;

function findMetricCues(doc: ExtractDoc, sentence: Span): MetricCue[] {
  const seg = doc.s.slice(sentence.start, sentence.end);
  const taken = new Uint8Array(seg.length);
  const out: MetricCue[] = [];
  let adjustedAt = -1;
  for (const { metric, re } of METRICS) {
    for (const m of seg.matchAll(re)) {
      const a = m.index!; const b = a + m[0].length;
      if (taken.subarray(a, b).some((x) => x)) continue;
      taken.fill(1, a, b);
      // A bare 收入 after a product or segment word (智能电动车收入) is not the company's revenue.
      if (m[0] === '收入' && !BARE_REVENUE_LEFT.test(seg[a - 1] ?? '') && !companyEndsAt(doc, sentence.start + a) && !/(?:公司|集团|企业)$/.test(seg.slice(0, a))) continue;
      if (ADJUSTED.test(seg.slice(Math.max(0, a - 12), a))) { adjustedAt = a; continue; }
      // "智能手机业务，上季收入…": a segment's revenue is not the company's.
      if (metric === 'revenue' && SEGMENT.test(seg.slice(Math.max(0, a - 16), a))) continue;
      // "非公认会计准则亏损X，去年同期亏损Y": the comparison is of the adjusted figure too.
      if (adjustedAt >= 0 && /同期/.test(seg.slice(Math.max(adjustedAt, a - 8), a))) continue;
      out.push({ metric, loss: LOSS.test(m[0]) || /亏损$/.test(m[0]), word: m[0], start: sentence.start + a, end: sentence.start + b });
    }
  }
  out.sort((x, y) => x.start - y.start);
  // "归母净利润亏损X": a loss word right after a metric says the metric is negative; it is no metric of its own.
  for (let i = out.length - 1; i > 0; i--) {
    if (out[i].loss && out[i].start - out[i - 1].end <= 1 && !out[i - 1].loss) {
      out[i - 1] = { ...out[i - 1], loss: true, end: out[i].end };
      out.splice(i, 1);
    }
  }
  // "归母净利润X，上年同期为亏损Y", "…，亏损较上年同期的Y扩大": the comparison is of the same metric.
  for (let i = 1; i < out.length; i++) {
    if (out[i].metric === 'net_profit' && /^(?:亏损|盈利)/.test(out[i].word)
      && (/(?:上年|去年|上一年)同期/.test(doc.s.slice(Math.max(out[i - 1].end, out[i].start - 8), out[i].start)) || /^较?(?:上年|去年|上一年)同期/.test(doc.s.slice(out[i].end, out[i].end + 6)))
      && (out[i - 1].metric === 'net_profit_attributable' || out[i - 1].metric === 'net_profit_deducted')) {
      out[i] = { ...out[i], metric: out[i - 1].metric };
    }
  }
  return out;
}

function companyEndsAt(doc: ExtractDoc, offset: number): boolean {
  return doc.companies.mentions.some((m) => m.end === offset);
}

function previousQuarter(date: string): string {
  const [y, m] = date.split('-').map(Number);
  let q = Math.floor((m - 1) / 3) - 1;
  let year = y;
  if (q < 0) { q = 3; year--; }
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${year}-${pad(q * 3 + 1)}/${year}-${pad(q * 3 + 3)}`;
}

function shiftYear(period: string, by: number): string {
  return period.replace(/\d{4}/g, (y) => String(Number(y) + by));
}

/** A figure read after a metric, with the period stated right before it; `change` marks the end of a change from the one before (由A收窄至B). */
interface Figure {
  readonly money: MoneyMatch;
  readonly period?: PeriodMatch;
  readonly change?: boolean;
  /** The same metric for the year before (去年同期为…). */
  readonly prior?: boolean;
}

const PRIOR = /^[\s,，]*(?:人民币|港元|美元)?[\s,，]*(?:(?:较|比|相比)?(?:去年同期|上年同期|上一年同期|上年|去年)(?:则|亦)?(?:为|是|录得|的))\s*(?:人民币|港元|美元)?\s*$/;

const CHANGE_TO = /^[\s,，]*(?:人民币|港元|美元)?[\s,，]*(?:大幅|明显|进一步|持续)?(?:增长|增加|扩大|收窄|缩窄|减少|下降|上升|攀升|降|升|增)(?:了)?(?:到|至)\s*$/;

/** Money figures following a metric, each with the period stated right before it, up to the next metric. */
function figuresAfter(doc: ExtractDoc, cue: MetricCue, limit: number, periods: readonly PeriodMatch[]): Figure[] {
  const out: Figure[] = [];
  let anchor = cue.end;
  for (const money of doc.money) {
    if (money.start < anchor) continue;
    if (money.start >= limit || money.perShare) break;
    // "收入按年增长23.6%至58.42亿元": the change before the figure is read past.
    // "期内亏损（包括非控股权益）为…": a note in brackets after the metric is read past.
    const gap = doc.s.slice(anchor, money.start).replace(GROWTH, '').replace(/^\s*[(（][^()（）]{1,16}[)）]/, '');
    const inGap = periods.filter((p) => p.start >= anchor && p.end <= money.start);
    let rest = gap;
    for (const p of inGap) rest = rest.replace(doc.s.slice(p.start, p.end), '');
    const listed = /^\s*(?:人民币|港元|美元)?\s*(?:[、,，]|和|及|以及|与)\s*$/.test(rest);
    // "从2022年的约0.9亿元，增长到2024年超7.2亿元", "较2023年的2.95亿元": each figure with its own period.
    const dated = inGap.length > 0 && /^[\s,，、]*(?:增长到|增至|增长至|到|至|再到|较|比|相比|、|和|及)*\s*$/.test(rest.replace(/[的约超近]/g, ''));
    // "从上年同期的2723.7万元大幅扩大至1.17亿元": the figure a change ends at.
    const change = out.length === 1 && !inGap.length && CHANGE_TO.test(rest);
    // "股东应占溢利为1.07亿元，去年同期则为6,350万元": the same metric a year before.
    // "收益7.84亿元，同比增长46.0%，去年同期为5.37亿元": a growth rate between them is read past.
    const prior = out.length === 1 && !inGap.length && PRIOR.test(rest.replace(/^[\s,，]*(?:同比|按年|较上年|较去年)?(?:增长|增加|上升|上涨|下降|减少|下跌)(?:了)?[\d.]+\s*[%％]/, ''));
    const ok = out.length === 0 ? FILLER.test(rest) && gap.length <= 24 : listed || dated || change || prior;
    if (!ok) break;
    out.push({ money, period: inGap[inGap.length - 1], ...(change ? { change: true } : {}), ...(prior ? { prior: true } : {}) });
    if (prior) break;
    anchor = money.end;
  }
  return out;
}

/** Finds reported figures (revenue, net profit and its attributable and deducted forms) per period, pairing period lists with value lists. */
export function extractFinancials(doc: ExtractDoc): void {
  const periods = findPeriods(doc.text, { articleDate: doc.articleDate, newsYear: doc.newsMonth ? Number(doc.newsMonth.slice(0, 4)) : undefined });
  const lists = findPeriodLists(doc.text);
  const lastPeriod = new Map<Entity, string>();
  let lastTold: string | undefined;
  for (const sentence of doc.sentences) {
    const primarySet = new Set<Entity>();
    const cues = findMetricCues(doc, sentence);
    const paired = new Set<MetricCue>();
    cues.forEach((cue, i) => {
      if (paired.has(cue)) return;
      if (readMetricPair(doc, sentence, cues, i, periods, lastPeriod)) { paired.add(cues[i + 1]); return; }
      const limit = Math.min(sentence.end, cues[i + 1]?.start ?? sentence.end);
      const figures = figuresAfter(doc, cue, limit, periods);
      if (!figures.length) return;
      const clause = clauseAt(doc, cue.start);
      const entity = subjectOf(doc, sentence, cue);
      if (!entity) return;
      const lead = doc.s.slice(clause.start, cue.start);
      const before = doc.s.slice(sentence.start, cue.start);
      const headed = FORECAST_HEAD.exec(before);
      const forecast = FORECAST.test(lead) || FORECAST.test(doc.s.slice(cue.end, figures[0].money.start)) || /^将/.test(doc.s.slice(cue.end, figures[0].money.start).trim())
        || (!!headed && !ACTUAL.test(headed[0]));
      if (readCompanyList(doc, sentence, cue, figures, periods, forecast)) return;
      // "A营收4.6亿元。B同期营收约2.1亿元": 同期 is the period just told, whichever company it was told of.
      const sameAsTold = /(?<!去年|上年|上一年)同期/.test(doc.s.slice(sentence.start, cue.start));
      const assigned = assignPeriods(doc, sentence, cue, figures, periods, lists, lastPeriod.get(entity) ?? (sameAsTold ? lastTold : undefined));
      if (!assigned) return;
      if (!forecast) lastTold = assigned[assigned.length - 1];
      const quote = cover(clause, figures[figures.length - 1].money);
      figures.forEach((f, k) => {
        const value = signed(f.money.money, cue.loss);
        const fact: FinancialFact = {
          kind: 'financial',
          ...companyOf(doc, entity),
          metric: cue.metric,
          period: assigned[k],
          value,
          // "预计归母净利润1.8亿元至2.1亿元，上年同期为1.32亿元": the year before is reported, not expected.
          ...(forecast && !f.prior ? { forecast: true } : {}),
          source: sourceOf(doc, quote),
        };
        doc.facts.push(fact);
      });
      // The period a sentence opens with stays the reference for the figures that follow without one;
      // "上年同期，公司营收为A，归母净利润为B": a look back a year leaves the reference where it was.
      const looksBack = figures.length === 1 && SAME_PERIOD_LAST_YEAR.test(doc.s.slice(Math.max(sentence.start, clause.start - 30), figures[0].money.start));
      if (!forecast && !primarySet.has(entity) && !looksBack) { lastPeriod.set(entity, assigned[0]); primarySet.add(entity); }
    });
  }
}

/**
 * "2025年，A、B、C的营业收入分别为X、Y和Z": companies listed before a metric take its figures in order, for the
 * one period the sentence names; true when read so.
 */
function readCompanyList(doc: ExtractDoc, sentence: Span, cue: MetricCue, figures: readonly Figure[], periods: readonly PeriodMatch[], forecast: boolean): boolean {
  if (figures.length < 2 || figures.some((f) => f.period || f.change || f.prior) || !/分别/.test(doc.s.slice(cue.end, figures[0].money.start))) return false;
  const names = listBefore(doc, doc.companies.mentionsIn(sentence).filter((m) => !m.entity.notSubject), cue.start);
  const companies = [...new Set(names.map((m) => m.entity))];
  if (companies.length !== figures.length) return false;
  const stated = [...new Set(periods.filter((p) => p.start >= sentence.start && p.end <= cue.start).map((p) => p.period))];
  if (stated.length !== 1) return false;
  const quote = cover(clauseAt(doc, names[0].start), figures[figures.length - 1].money);
  companies.forEach((entity, k) => {
    const fact: FinancialFact = {
      kind: 'financial', ...companyOf(doc, entity), metric: cue.metric, period: stated[0], value: signed(figures[k].money.money, cue.loss),
      ...(forecast ? { forecast: true } : {}), source: sourceOf(doc, cover(quote, names[0])),
    };
    doc.facts.push(fact);
  });
  return true;
}

// "营业总收入和归母净利润分别为15.46亿元和2.42亿元": two metrics, then their figures in the same order.
const PAIR_JOINT = /^\s*(?:和|及|与|、|以及)\s*$/;
const PAIR_VALUES = /^\s*(?:分别|各)(?:为|是|达|达到|录得)?\s*/;
const PAIR_PRIOR = /^[\s,，；;]*(?:上年同期|去年同期|上年|去年)(?:则)?(?:分别)(?:为|是)?\s*$/;

/** Reads two metrics joined by 和 with 分别为 and two figures (and a 上年同期分别为 pair after them); true when read so. */
function readMetricPair(doc: ExtractDoc, sentence: Span, cues: readonly MetricCue[], i: number, periods: readonly PeriodMatch[], lastPeriod: Map<Entity, string>): boolean {
  const [a, b] = [cues[i], cues[i + 1]];
  if (!b || !PAIR_JOINT.test(doc.s.slice(a.end, b.start))) return false;
  const lead = PAIR_VALUES.exec(doc.s.slice(b.end, b.end + 8));
  if (!lead) return false;
  const limit = Math.min(sentence.end, cues[i + 2]?.start ?? sentence.end);
  const values = doc.money.filter((m) => m.start >= b.end && m.end <= limit && !m.perShare);
  if (values.length < 2 || !/^\s*(?:人民币|港元|美元)?\s*$/.test(doc.s.slice(b.end + lead[0].length, values[0].start))
    || !/^\s*(?:人民币|港元|美元)?\s*(?:和|及|与|、)\s*(?:人民币|港元|美元)?\s*$/.test(doc.s.slice(values[0].end, values[1].start))) return false;
  const entity = subjectOf(doc, sentence, a);
  if (!entity) return false;
  const own = periods.filter((p) => p.start >= sentence.start && p.end <= a.start).pop()?.period ?? lastPeriod.get(entity);
  if (!own) return false;
  const prior = values.length >= 4 && PAIR_PRIOR.test(doc.s.slice(values[1].end, values[2].start))
    && /^\s*(?:人民币|港元|美元)?\s*(?:和|及|与|、)\s*(?:人民币|港元|美元)?\s*$/.test(doc.s.slice(values[2].end, values[3].start));
  const read: [MetricCue, MoneyMatch, string][] = [[a, values[0], own], [b, values[1], own]];
  if (prior) read.push([a, values[2], shiftYear(own, -1)], [b, values[3], shiftYear(own, -1)]);
  const quote = cover(clauseAt(doc, a.start), read[read.length - 1][1]);
  for (const [cue, money, period] of read) {
    const fact: FinancialFact = { kind: 'financial', ...companyOf(doc, entity), metric: cue.metric, period, value: signed(money.money, cue.loss), source: sourceOf(doc, quote) };
    doc.facts.push(fact);
  }
  lastPeriod.set(entity, own);
  return true;
}

function signed(money: Money, loss: boolean): Money {
  if (!loss) return money;
  const neg = (v: number | undefined) => (v === undefined ? undefined : v > 0 ? -v : v);
  if (money.value !== undefined) return { ...money, value: neg(money.value) };
  return { ...money, min: neg(money.max), max: neg(money.min) };
}

function subjectOf(doc: ExtractDoc, sentence: Span, cue: MetricCue): Entity | undefined {
  const before = doc.companies.mentionsIn({ start: sentence.start, end: cue.start });
  if (before.length) return before[before.length - 1].entity;
  if (pronounIn(doc, { start: sentence.start, end: cue.start })) return topicAt(doc, sentence.start);
  return topicAt(doc, sentence.start);
}

/**
 * The periods of a change from one figure to another: "从上年同期的A扩大至B" compares the period
 * the sentence is about with the year before; "同期…由A收窄至B" the two periods the sentence named before.
 */
function changePeriods(doc: ExtractDoc, sentence: Span, cue: MetricCue, figures: readonly Figure[], periods: readonly PeriodMatch[], last: string | undefined): string[] | undefined {
  const lead = doc.s.slice(cue.end, figures[0].money.start);
  const before = periods.filter((p) => p.start >= sentence.start && p.end <= cue.start).map((p) => p.period);
  if (SAME_PERIOD_LAST_YEAR.test(lead)) {
    const current = figures[0].period?.period ?? before[before.length - 1] ?? last;
    return current ? [shiftYear(current, -1), current] : undefined;
  }
  // 同期 reaches back to the sentence before when this one names no period ("…较2023年的…；同期净亏损由A收窄至B").
  const previous = doc.sentences[doc.sentences.findIndex((x) => x.start === sentence.start) - 1];
  const named = [...new Set(before.length || !previous ? before : periods.filter((p) => p.start >= previous.start && p.end <= previous.end).map((p) => p.period))];
  if (/同期/.test(doc.s.slice(Math.max(sentence.start, cue.start - 4), cue.start)) && named.length === 2) return [...named].sort();
  return undefined;
}

/** The period of each figure: its own, else a list of as many periods before the metric, else the one period of the clause, else the company's last. */
function assignPeriods(
  doc: ExtractDoc, sentence: Span, cue: MetricCue, figures: readonly Figure[],
  periods: readonly PeriodMatch[], lists: ReturnType<typeof findPeriodLists>, last: string | undefined,
): string[] | undefined {
  if (figures.every((f) => f.period)) return figures.map((f) => f.period!.period);
  // "2024年营收为6.72亿元，较2023年的2.95亿元…": the first figure's period stands before the metric.
  if (figures.length === 2 && !figures[0].period && figures[1].period && !figures[1].change) {
    // Its period stands before the metric in the clause, else in the sentence, else it is the one the company's figures were of.
    const own = periods.filter((p) => p.start >= sentence.start && p.end <= cue.start).pop()?.period ?? last;
    return own && own !== figures[1].period.period ? [own, figures[1].period.period] : undefined;
  }
  if (figures.length === 2 && figures[1].change) return changePeriods(doc, sentence, cue, figures, periods, last);
  if (figures.length === 2 && figures[1].prior) {
    const current = assignPeriods(doc, sentence, cue, figures.slice(0, 1), periods, lists, last)?.[0];
    return current ? [current, shiftYear(current, -1)] : undefined;
  }
  const n = figures.length;
  if (n > 1) {
    // A list in this sentence before the metric, else in the paragraph before it (同期…分别为).
    const candidates = lists.filter((l) => l.end <= cue.start && l.periods.length === n && l.start >= sentence.start);
    const earlier = lists.filter((l) => l.end <= sentence.start && l.periods.length === n && sentence.start - l.end < 400);
    const list = candidates[candidates.length - 1] ?? earlier[earlier.length - 1];
    if (list) return list.periods.map((p) => p.period);
    return undefined;
  }
  const clause = clauseAt(doc, cue.start);
  const lead = doc.s.slice(Math.max(sentence.start, clause.start - 30), figures[0].money.start);
  if (SAME_PERIOD_LAST_YEAR.test(lead) && last) return [shiftYear(last, -1)];
  // "预计2020年度…亏损X至Y，上年同期盈利Z": the year before the period the sentence names.
  const named = periods.filter((p) => p.start >= sentence.start && p.end <= cue.start).pop();
  if (SAME_PERIOD_LAST_YEAR.test(lead) && named) return [shiftYear(named.period, -1)];
  // "上季总收入…" (Hong Kong usage): the quarter before the one the article is dated in.
  if (/上季|上一季度|上个季度/.test(doc.s.slice(sentence.start, figures[0].money.start)) && doc.articleDate) return [previousQuarter(doc.articleDate)];
  const inClause = periods.filter((p) => p.start >= clause.start && p.end <= cue.start);
  if (inClause.length) return [inClause[inClause.length - 1].period];
  const inSentence = periods.filter((p) => p.start >= sentence.start && p.end <= cue.start);
  if (inSentence.length) return [inSentence[inSentence.length - 1].period];
  if (last) return [last];
  // "披露2025年半年度报告。报告期内，公司实现营业收入…": the period the report names.
  if (/报告期内|期内|报告期/.test(lead)) {
    const named = periods.filter((p) => p.end <= sentence.start && sentence.start - p.end < 200);
    if (named.length) return [named[named.length - 1].period];
  }
  return undefined;
}
