// Dates (2025年12月30日, 2025年4月, 2026年初, 12月5日, 2024-08-21, 21/08/2024, 近日, 去年)
// as spans into the original text; reporting periods (2025年1-6月, 2025年度) are not dates.
import { periods } from './lexicon.js';
import { parsingView } from './normalize.js';
import { iso, validDay, YearContext, type Ymd } from './years.js';

/** A date stated in the text, at the precision the text gives. */
export interface DateMatch {
  readonly start: number;
  readonly end: number;
  /** `2025-12-30`, `2025-12` or `2025`. */
  readonly iso: string;
  readonly precision: 'day' | 'month' | 'year';
  /** The year was not written next to it and was taken from context (see `findDates`). */
  readonly inferred?: boolean;
  /** Stated relative to the article's date (`近日`, `今年`, `去年4月`). */
  readonly relative?: boolean;
}

/** Options of `findDates`. */
export interface DateOptions {
  /** The article's publication date (`2026-02-14`, or a datetime); places 近日/今年 and years left out. */
  readonly articleDate?: string;
  /** The year a text without an article date is mostly about; the last resort for a date that leaves its year out. */
  readonly documentYear?: number;
  /** Without an article date, the month the news is of (`2024-06`, the latest it tells of): 近日 is then that month, 目前 its year. */
  readonly newsMonth?: string;
}

// A month or day followed by these is part of a reporting period, not a date.
const NOT_YEAR_DATE = '(?![ ]?(?:度|中报|\\d|[上下]半|前|第|[一二三四1-4][ ]?季|Q\\d|全年|中期|年报|报|同期|财年))';
const T = '(?:[ T]?\\d{1,2}:\\d{2}(?::\\d{2})?)?';
const PATTERNS: ReadonlyArray<{ re: RegExp; kind: string }> = [
  { kind: 'ymd', re: /(?<!\d)(\d{4})[ ]?年[ ]?(\d{1,2})[ ]?月[ ]?(\d{1,2})[ ]?[日号]/g },
  { kind: 'ym', re: /(?<!\d)(\d{4})[ ]?年[ ]?(\d{1,2})[ ]?月份?(?![ ]?\d)(?!份?[ ]?(?:-|~|至|到|—)[ ]?\d{1,2}[ ]?月)/g },
  { kind: 'y', re: new RegExp(`(?<![\\d\\-./])(\\d{4})[ ]?(?:年${NOT_YEAR_DATE}(?:初|底|末|开年)?|开年)`, 'g') },
  { kind: 'md', re: /(?<![\d年.])(\d{1,2})[ ]?月[ ]?(\d{1,2})[ ]?[日号]/g },
  { kind: 'm', re: /(?<![\d年.\-/~至到前近第每])(\d{1,2})[ ]?月份?(?![ ]?\d)(?!份?[ ]?(?:-|~|至|到|—)[ ]?\d{1,2}[ ]?月)(?![ ]?(?:内|期间))/g },
  { kind: 'isoymd', re: new RegExp(`(?<![\\d.])(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})(?![\\d.])${T}`, 'g') },
  { kind: 'dmy', re: new RegExp(`(?<![\\d./])(\\d{1,2})\\/(\\d{1,2})\\/(\\d{4})(?![\\d/])${T}`, 'g') },
  { kind: 'isoym', re: /(?<![\d\-./])(\d{4})-(\d{1,2})(?![\d\-.]|[ ]?[年月])/g },
  { kind: 'near', re: /近日|日前|今日(?!头条)|今天|昨日|昨天|昨(?=[首晚早午收开盘起])|目前/g },
  // "同年7月": the month of the year stated last before it.
  { kind: 'sameyear', re: /同年[ ]?(\d{1,2})[ ]?月(?:[ ]?(\d{1,2})[ ]?[日号])?/g },
  { kind: 'relmonth', re: /(本月|上月|下月)(?:[ ]?(\d{1,2})[ ]?[日号])?/g },
  // "本周四（14日）": a day of the month alone, in brackets after a weekday or 今日.
  { kind: 'day', re: /(?<=(?:今日|昨日|周[一二三四五六日]|星期[一二三四五六日])[ ]?[（(])(\d{1,2})[ ]?日(?=[）)])/g },
  // "美东时间11日": a day of the month alone after the time zone it is told in.
  { kind: 'day', re: /(?<=(?:美东时间|美国东部时间|北京时间|当地时间|香港时间|美国时间)[ ]?)(\d{1,2})[ ]?日(?![\d])/g },
  { kind: 'rel', re: new RegExp(`(今年|去年|前年|明年)(?:[ ]?(\\d{1,2})[ ]?月(?:[ ]?(\\d{1,2})[ ]?[日号])?(?![ ]?(?:-|~|至|到)[ ]?\\d)|${NOT_YEAR_DATE}(?:初|底|末)?)`, 'g') },
];
const DAY_AFTER = /[ ]?(?:-|~|至|到|、)[ ]?(\d{1,2})[ ]?[日号]/dy;
const RELATIVE_YEAR: Readonly<Record<string, number>> = periods.relativeYears;
const NOT_NEAR_BEFORE = /[0-9一二三四五六七八九十两几数节假生末平周]$/;

interface Candidate { start: number; end: number; iso: string; precision: DateMatch['precision']; inferred?: boolean; relative?: boolean }

function plausibleYear(y: number): boolean { return y >= 1900 && y <= 2100; }

function shiftMonths(year: number, month: number, by: number): { year: number; month: number } {
  const k = year * 12 + (month - 1) + by;
  return { year: Math.floor(k / 12), month: (k % 12) + 1 };
}

function shiftDays(d: Ymd, days: number): Ymd {
  const t = new Date(Date.UTC(d.year, (d.month ?? 1) - 1, d.day ?? 1) + days * 86400000);
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

/**
 * Finds every date of `text`, in either script. A month or day without its year (`12月5日`) takes
 * the year stated earlier in the same sentence, else `articleDate`'s year (the year before when that
 * would put it more than six months after the article), else the nearest year stated before it,
 * and is marked `inferred`; without any of these it is left out. `近日`/`今年` need `articleDate`.
 */
export function findDates(text: string, opts: DateOptions = {}): DateMatch[] {
  const view = parsingView(text);
  const ctx = new YearContext(view, opts.articleDate, false, opts.documentYear, opts.newsMonth ? Number(opts.newsMonth.slice(0, 4)) : undefined);
  const article = ctx.article;
  const found: Candidate[] = [];
  for (const { re, kind } of PATTERNS) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(view)) !== null) {
      const start = m.index;
      const end = start + m[0].length;
      const c = candidate(kind, m, start, end, view, ctx, article, opts.newsMonth);
      if (c) found.push(c);
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: DateMatch[] = [];
  let lastEnd = 0;
  for (const c of found) {
    if (c.start < lastEnd) continue;
    out.push(c);
    lastEnd = c.end;
    // 4月18日-24日: the second day shares the month of the first.
    if (c.precision === 'day') {
      DAY_AFTER.lastIndex = c.end;
      const d = DAY_AFTER.exec(view) as (RegExpExecArray & { indices: Array<[number, number]> }) | null;
      if (d) {
        const [y, mo] = c.iso.split('-').map(Number);
        const day = Number(d[1]);
        if (validDay(y, mo, day)) {
          const second: Candidate = { start: d.indices[1][0], end: d.index + d[0].length, iso: iso(y, mo, day), precision: 'day' };
          if (c.inferred) second.inferred = true;
          if (c.relative) second.relative = true;
          out.push(second);
          lastEnd = second.end;
        }
      }
    }
  }
  return out.map(clean);
}

function clean(c: Candidate): DateMatch {
  const out: { -readonly [K in keyof DateMatch]: DateMatch[K] } = { start: c.start, end: c.end, iso: c.iso, precision: c.precision };
  if (c.inferred) out.inferred = true;
  if (c.relative) out.relative = true;
  return out;
}

function candidate(kind: string, m: RegExpExecArray, start: number, end: number, view: string, ctx: YearContext, article: Ymd | undefined, newsMonth?: string): Candidate | undefined {
  switch (kind) {
    case 'ymd': case 'isoymd': case 'dmy': {
      const [y, mo, d] = kind === 'ymd' ? [m[1], m[2], m[3]] : kind === 'isoymd' ? [m[1], m[3], m[4]] : [m[3], m[2], m[1]];
      const year = Number(y); const month = Number(mo); const day = Number(d);
      if (!plausibleYear(year) || !validDay(year, month, day)) return undefined;
      return { start, end, iso: iso(year, month, day), precision: 'day' };
    }
    case 'ym': case 'isoym': {
      const year = Number(m[1]); const month = Number(m[2]);
      if (!plausibleYear(year) || month < 1 || month > 12) return undefined;
      return { start, end, iso: iso(year, month), precision: 'month' };
    }
    case 'y': {
      const year = Number(m[1]);
      if (!plausibleYear(year)) return undefined;
      return { start, end, iso: iso(year), precision: 'year' };
    }
    case 'md': case 'm': {
      const month = Number(m[1]);
      const day = kind === 'md' ? Number(m[2]) : undefined;
      if (month < 1 || month > 12) return undefined;
      const year = ctx.yearFor(start, month, 7, true);
      if (year === undefined || (day !== undefined && !validDay(year, month, day))) return undefined;
      return { start, end, iso: iso(year, month, day), precision: day === undefined ? 'month' : 'day', inferred: true };
    }
    case 'near': {
      // Without the article's date, 近日/日前 are the month the news is of and 目前 its year; other words need the day.
      if (!article && newsMonth && /^(?:近日|日前|目前)$/.test(m[0])) {
        if (m[0] === '日前' && NOT_NEAR_BEFORE.test(view.slice(Math.max(0, start - 1), start))) return undefined;
        return m[0] === '目前'
          ? { start, end, iso: newsMonth.slice(0, 4), precision: 'year', relative: true, inferred: true }
          : { start, end, iso: newsMonth, precision: 'month', relative: true, inferred: true };
      }
      if (m[0] === '目前') return undefined;
      if (!article || article.month === undefined || article.day === undefined) return undefined;
      if (m[0] === '日前' && NOT_NEAR_BEFORE.test(view.slice(Math.max(0, start - 1), start))) return undefined;
      // 近日/日前 say "in recent days", not which: the article's month is as precise as they are.
      if (/^(?:近日|日前)$/.test(m[0])) return { start, end, iso: iso(article.year, article.month), precision: 'month', relative: true };
      const d = m[0].startsWith('昨') ? shiftDays(article, -1) : article;
      return { start, end, iso: iso(d.year, d.month, d.day), precision: 'day', relative: true };
    }
    case 'sameyear': {
      const year = ctx.yearStatedBefore(start);
      const month = Number(m[1]);
      const day = m[2] ? Number(m[2]) : undefined;
      if (year === undefined || month < 1 || month > 12 || (day !== undefined && !validDay(year, month, day))) return undefined;
      return { start, end, iso: iso(year, month, day), precision: day === undefined ? 'month' : 'day', inferred: true };
    }
    case 'relmonth': {
      if (!article || article.month === undefined) return undefined;
      const shifted = shiftMonths(article.year, article.month, m[1] === '上月' ? -1 : m[1] === '下月' ? 1 : 0);
      const day = m[2] ? Number(m[2]) : undefined;
      if (day !== undefined && !validDay(shifted.year, shifted.month, day)) return undefined;
      return { start, end, iso: iso(shifted.year, shifted.month, day), precision: day === undefined ? 'month' : 'day', relative: true };
    }
    case 'day': {
      if (!article || article.month === undefined || article.day === undefined) return undefined;
      const day = Number(m[1]);
      // The day of that number nearest the article's (in the week before or after it; 下周 after, 上周 before).
      const lead = view.slice(Math.max(0, start - 6), start);
      const sign = /下周|下星期/.test(lead) ? 1 : /上周|上星期/.test(lead) ? -1 : 0;
      const { year, month, day: today } = article;
      const at = Date.UTC(year, month - 1, today);
      const options = [-1, 0, 1].map((by) => shiftMonths(year, month, by))
        .filter((x) => validDay(x.year, x.month, day))
        .map((x) => ({ ...x, diff: (Date.UTC(x.year, x.month - 1, day) - at) / 86400000 }))
        .filter((x) => Math.abs(x.diff) <= 10 && (sign === 0 || Math.sign(x.diff) === sign));
      const best = options.sort((a, b) => Math.abs(a.diff) - Math.abs(b.diff))[0];
      if (!best) return undefined;
      return { start, end, iso: iso(best.year, best.month, day), precision: 'day', relative: true };
    }
    case 'rel': {
      // Without the article's date, the year of the month the news is of stands in for it.
      const base = article?.year ?? (newsMonth ? Number(newsMonth.slice(0, 4)) : undefined);
      if (base === undefined) return undefined;
      const year = base + RELATIVE_YEAR[m[1]];
      if (m[2]) {
        const month = Number(m[2]);
        const day = m[3] ? Number(m[3]) : undefined;
        if (month < 1 || month > 12 || (day !== undefined && !validDay(year, month, day))) return undefined;
        return { start, end, iso: iso(year, month, day), precision: day === undefined ? 'month' : 'day', relative: true };
      }
      return { start, end, iso: iso(year), precision: 'year', relative: true };
    }
  }
  return undefined;
}
