import type { Article, Currency, Fact, Span } from '../core/types.js';
import { toHansAligned } from '../text/script.js';
import { splitSentences, findDates, findMoney, findPercents, type Sentence, type DateMatch, type MoneyMatch, type PercentMatch } from '../text/index.js';
import { findSecuritiesFirms, findVenues } from './lexicons/index.js';
import { CompanyBook, type Entity, type Mention } from './companies.js';
import { FINANCE_WORDS } from './lexicons/words.js';

/** One article as the rules see it: original text, its Simplified view at the same offsets, sentences, companies and the facts found so far. */
export interface ExtractDoc {
  readonly article: Article;
  readonly text: string;
  /** Simplified-aligned view: `s[i]` is `text[i]` in Simplified script. */
  readonly s: string;
  readonly sentences: readonly Sentence[];
  /** Paragraphs (line-separated blocks) of the text. */
  readonly paragraphs: readonly Span[];
  /** The article's own date when the source or its header states one (`2024-08-21`). */
  readonly articleDate: string | undefined;
  /** Without an article date, the month the news is of: the latest its text tells of (`2024-06`). */
  readonly newsMonth?: string;
  readonly companies: CompanyBook;
  /** Dates, amounts, percentages, securities firms and venues of the whole text, found once. */
  readonly dates: readonly DateMatch[];
  readonly money: readonly MoneyMatch[];
  readonly percents: readonly PercentMatch[];
  readonly firms: ReturnType<typeof findSecuritiesFirms>;
  readonly venues: ReturnType<typeof findVenues>;
  readonly facts: Fact[];
}

/** Prepares an article for the rules. */
export function createDoc(article: Article): ExtractDoc {
  const text = article.text;
  const s = toHansAligned(text);
  const paragraphs: Span[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) if (m[0].trim()) paragraphs.push({ start: m.index, end: m.index + m[0].length });
  const articleDate = article.publishedAt?.slice(0, 10) ?? headerDate(text) ?? datelineDate(article, s);
  return {
    article,
    text,
    s,
    sentences: splitSentences(text),
    paragraphs,
    articleDate,
    companies: new CompanyBook(text, s),
    ...datesOf(text, s, articleDate, article.yearBefore),
    money: listCurrency(s, moneyOf(text, s, writtenInHongKong(article, s) ? 'HKD' : 'CNY')),
    percents: findPercents(text),
    firms: findSecuritiesFirms(text),
    venues: findVenues(text),
    facts: [],
  };
}

const HK = FINANCE_WORDS.hongKongWriting;

/** Whether an article was written in Hong Kong (元 is then the Hong Kong dollar): Traditional script, a Hong Kong writing mark and market word. */
function writtenInHongKong(article: Article, s: string): boolean {
  return article.script === 'hant' && HK.marks.some((m) => s.includes(m)) && HK.market.some((m) => s.includes(m));
}

// "分别为3.86亿元、4.52亿元和3.17亿元人民币": the currency after a list's last amount is the whole list's.
const LIST_JOINT = /^\s*(?:、|和|及|与|以及|,|，)\s*$/;

/** Gives the bare amounts of a list the currency written after its last amount. */
function listCurrency(s: string, money: MoneyMatch[]): MoneyMatch[] {
  const out = [...money];
  const named = (m: MoneyMatch) => /人民币|港元|港币|美元|欧元|日元|英镑|新台币/.test(s.slice(m.start, m.end));
  const plain = (m: MoneyMatch) => m.bare || (!named(m) && /元$/.test(s.slice(m.start, m.end)));
  for (let i = out.length - 1; i > 0; i--) {
    const last = out[i];
    if (!named(last) || last.perShare) continue;
    for (let j = i - 1; j >= 0 && LIST_JOINT.test(s.slice(out[j].end, out[j + 1].start)) && plain(out[j]); j--) {
      if (out[j].money.currency !== last.money.currency) out[j] = { ...out[j], money: { ...out[j].money, currency: last.money.currency } };
    }
  }
  return out;
}

// "收益14.26億元（人民幣，下同）": from there on, 元 alone is that currency.
const SAME_BELOW = /[（(](人民币|港元|港币|美元)[，,、]?\s*下同[)）]/g;
const DECLARED: Readonly<Record<string, Currency>> = { 人民币: 'CNY', 港元: 'HKD', 港币: 'HKD', 美元: 'USD' };

/** The money of a text: 元 alone is the local currency, or the one a 下同 note declares for what follows it (the amount it glosses too). */
function moneyOf(text: string, s: string, local: Currency): MoneyMatch[] {
  const notes = [...s.matchAll(SAME_BELOW)].map((m) => ({ at: m.index!, currency: DECLARED[m[1]] }));
  if (!notes.length) return findMoney(text, { yuan: local });
  const readings = new Map<Currency, MoneyMatch[]>();
  const read = (c: Currency) => readings.get(c) ?? readings.set(c, findMoney(text, { yuan: c })).get(c)!;
  // An amount takes the note that follows it right away (its gloss), else the last note before it.
  // A 下同 note holds to the end of its paragraph: the next company's figures in a brief are told afresh.
  const currencyAt = (m: MoneyMatch) => (notes.find((n) => n.at >= m.end && n.at - m.end <= 2) ?? notes.filter((n) => n.at < m.start && !s.slice(n.at, m.start).includes('\n')).pop())?.currency ?? local;
  return read(local).map((m) => read(currencyAt(m)).find((x) => x.start === m.start && x.end === m.end) ?? m);
}

// What may stand before a header's date: a bracket, an outlet's name or a label, never words of a sentence ("据悉，公司于2016年…").
const HEADER_LEAD = /^[\s\[【(（]*(?:[\u3400-\u9fffA-Za-z]{2,12}\s+){0,3}(?:date|time|published|日期|时间|時間|发布时间|發布時間|发布日期|發布日期|发布于|發布於|更新时间|更新時間|出版时间|出版時間|出版|发表于|發表於|发表|發表|更新)?[:：\s]*$/i;

// Many excerpts carry their date in a header line (`[2022-04-25 14:32]`, `21/08/2024 09:36`, ` date 2025-08-16`).
function headerDate(text: string): string | undefined {
  // Only a short header line that starts with (or soon reaches) its date dates the article: a date in the lead is news.
  for (const line of text.split('\n').slice(0, 4)) {
    const found = line.length < 80 ? findDates(line).find((d) => d.precision === 'day' && !d.inferred && !d.relative && HEADER_LEAD.test(line.slice(0, d.start))) : undefined;
    if (found) return found.iso;
  }
  return undefined;
}

/** The dates of a text; without an article date, 近日 and 目前 take the month of the latest event it tells of (a plan's date aside). */
function datesOf(text: string, s: string, articleDate: string | undefined, yearBefore: number | undefined): { dates: DateMatch[]; newsMonth?: string } {
  let opts = { articleDate, documentYear: articleDate ? undefined : yearBefore ?? documentYear(s) };
  let dates = findDates(text, opts);
  if (articleDate) return { dates };
  const later = yearAfterTold(dates, s, opts.documentYear);
  if (later) { opts = { ...opts, documentYear: later }; dates = findDates(text, opts); }
  const told = dates.filter((d) => d.precision !== 'year' && !d.relative && !PLANNED.test(s.slice(Math.max(0, d.start - 4), d.start)));
  const latest = told.map((d) => d.iso.slice(0, 7)).sort().pop();
  return latest ? { dates: findDates(text, { ...opts, newsMonth: latest }), newsMonth: latest } : { dates };
}

const PLANNED = /预计|计划|将|拟|有望|目标/;

/**
 * "2月25日，…申请失效…。2019年8月25日，公司递交了上市申请": the news's own day, told before any year, is no earlier
 * than the events it tells as done; when the text's year would put it before one of them, the news is of the year after.
 */
function yearAfterTold(dates: readonly DateMatch[], s: string, year: number | undefined): number | undefined {
  if (year === undefined) return undefined;
  const firstYear = s.search(/(?<!\d)(?:19|20)\d\d\s?年/);
  const own = dates.find((d) => d.precision === 'day' && d.inferred && !d.relative && (firstYear < 0 || d.start < firstYear));
  if (!own || !own.iso.startsWith(`${year}-`)) return undefined;
  const told = dates.filter((d) => !d.inferred && !d.relative && d.precision !== 'year' && d.iso.startsWith(`${year}-`)
    && !PLANNED.test(s.slice(Math.max(0, d.start - 4), d.start)));
  return told.some((d) => d.iso.slice(0, 7) > own.iso.slice(0, 7)) ? year + 1 : undefined;
}

// A news dateline at the top of the body: "中国经济网北京4月30日讯", "本报讯（记者 X）10月14日电".
const DATELINE = /^[^。\n]{0,24}?(\d{1,2})月(\d{1,2})日(?:讯|电|消息)/;

/** The day a dateline states, in the year the text is written in (its lead's year, else the latest it states). */
function datelineDate(article: Article, s: string): string | undefined {
  const m = DATELINE.exec(s.slice(article.bodySpan.start, article.bodySpan.start + 80));
  if (!m) return undefined;
  const year = /(?<!\d)(20\d\d)\s?年/.exec(s.slice(article.bodySpan.start, article.bodySpan.start + 300))?.[1] ?? documentYear(s);
  if (!year) return undefined;
  const [month, day] = [Number(m[1]), Number(m[2])];
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The year a text is written in, as far as it shows: the latest year it states outside a forecast, for dates that leave it out. */
function documentYear(s: string): number | undefined {
  let latest: number | undefined;
  let planned: number | undefined;
  for (const m of s.matchAll(/(?<!\d)(20\d\d|19\d\d)\s?年(度|全年|报|[^月]|$)/g)) {
    const before = s.slice(Math.max(0, m.index! - 4), m.index!);
    // Founding years say nothing of when the text was written; a plan's year only where nothing else does.
    if (/成立于|创立于|创办于|始于|成立|创立/.test(before)) continue;
    if (/预计|预期|有望|目标|到|将/.test(before)) { planned = Math.max(planned ?? 0, Number(m[1])); continue; }
    // A full year reported on (2023年营收, 2023年度, 2023年报) is told the year after it ends.
    const reported = /^(?:度|全年|报)$/.test(m[2]) || /^\s?年[^月]{0,3}(?:营收|营业收入|收入|净利|净亏|亏损|盈利)/.test(s.slice(m.index! + 4, m.index! + 12));
    latest = Math.max(latest ?? 0, Number(m[1]) + (reported ? 1 : 0));
  }
  return latest ?? planned;
}

/** The sentence that contains an offset. */
export function sentenceAt(doc: ExtractDoc, offset: number): Sentence | undefined {
  return doc.sentences.find((x) => x.start <= offset && offset < x.end);
}

/** The paragraph that contains an offset. */
export function paragraphAt(doc: ExtractDoc, offset: number): Span | undefined {
  return doc.paragraphs.find((p) => p.start <= offset && offset < p.end);
}

const PRONOUN = /(?:该公司|本公司|公司|该企业|该股|其|发行人|集团)/g;

/**
 * The company a sentence is about at an offset when no name stands there:
 * the last subject company named before it in the same paragraph, or the
 * article's main company when one dominates.
 */
export function topicAt(doc: ExtractDoc, offset: number): Entity | undefined {
  const para = paragraphAt(doc, offset);
  const before = doc.companies.mentions.filter((m) => !m.entity.notSubject && m.end <= offset && (!para || m.start >= para.start));
  if (before.length) return before[before.length - 1].entity;
  const earlier = doc.companies.mentions.filter((m) => !m.entity.notSubject && m.end <= offset);
  if (earlier.length) return earlier[earlier.length - 1].entity;
  return mainEntity(doc);
}

/** The company an article is mostly about: mentioned most, and at least half as often as all the others together. */
export function mainEntity(doc: ExtractDoc): Entity | undefined {
  const subjects = doc.companies.entities.filter((e) => !e.notSubject);
  if (!subjects.length) return undefined;
  const counted = subjects.map((e) => ({ e, n: doc.companies.count(e) })).sort((a, b) => b.n - a.n);
  const total = counted.reduce((t, c) => t + c.n, 0);
  return counted[0].n * 2 >= total && counted[0].n > 0 ? counted[0].e : undefined;
}

/** Whether a pronoun for the company (公司, 该公司, 其) stands in `span` of the Simplified view. */
export function pronounIn(doc: ExtractDoc, span: Span): boolean {
  const part = doc.s.slice(span.start, span.end);
  for (const m of part.matchAll(PRONOUN)) {
    const prev = part[m.index! - 1] ?? '';
    // "6家公司", "上市公司", "子公司", "部分公司" count companies; they do not stand for one.
    if (m[0] === '公司' && /[家些个的市子司营股资投券金险行团类分]/.test(prev)) continue;
    if (m[0] === '其' && /[尤极及与其]/.test(prev + (part[m.index! + 1] ?? ''))) continue;
    return true;
  }
  return false;
}

/** What may stand between two names of a list: a separator, after a parenthetical (A（简称“甲”）和B). */
export const LIST_GAP = /^\s*[”"」』]?\s*(?:[(（][^()（）]{0,40}[)）])?\s*[)）]?\s*(?:[、,，]|和|及|与|以及)\s*(?:[\u3400-\u9fff]{2,4}的)?$/;
/** Between a name and its own declared short form: "A（简称“甲”）". */
export const SAME_NAME_GAP = /^[\s(（以下简称称为:：“"「『]*$/;

/** The mentions just before `offset` that form a list joined by 、和及与 (the subjects of a cue after them). */
export function listBefore(doc: ExtractDoc, mentions: readonly Mention[], offset: number): Mention[] {
  const before = mentions.filter((m) => m.end <= offset);
  if (!before.length) return [];
  const out = [before[before.length - 1]];
  let head = out[0];
  for (let i = before.length - 2; i >= 0; i--) {
    const gap = doc.s.slice(before[i].end, head.start);
    // A name and its declared short form are one item of the list.
    if (before[i].entity === head.entity && SAME_NAME_GAP.test(gap)) { head = before[i]; continue; }
    if (LIST_GAP.test(gap) && !out.some((m) => m.entity === before[i].entity)) { out.unshift(before[i]); head = before[i]; }
    else break;
  }
  return out;
}
