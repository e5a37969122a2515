// Which year a date or period that leaves its year out belongs to: a year stated
// earlier in the same sentence, else the article's date, else the nearest year stated before.

/** A calendar date as numbers; month and day may be missing. */
export interface Ymd {
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
}

const YEAR_STATED = /(?<!\d)((?:19|20)\d{2})(?=[ ]?(?:年|财年)|[-/.]\d{1,2}[-/.]\d{1,2})|(?<=\d{1,2}\/\d{1,2}\/)((?:19|20)\d{2})(?!\d)/g;
const FISCAL_AFTER = /^[ ]?(?:年度|年报|年年报|年[ ]?年报|财年)/;
const RELATIVE_YEAR_WORD = /(今年|去年|前年|明年)/g;
const RELATIVE_OFFSET: Readonly<Record<string, number>> = { 今年: 0, 去年: -1, 前年: -2, 明年: 1 };
const SENTENCE_BREAK = /[。！？!?；;\n]/;
// Words that say a date looks back before what was told (此前, 早在, 当年).
const LOOK_BACK = /此前|之前|早在|曾|已|当年|同年|其中|期间/;
const PLANNED = /定于|将|拟|计划|预计|有望|目标/;

/** Parses `2025-12-30`, `2025-12` or `2025` (also with a time after the day); undefined when it is none of these. */
export function parseIsoDate(s: string | undefined): Ymd | undefined {
  if (!s) return undefined;
  const m = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?/.exec(s.trim());
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = m[2] ? Number(m[2]) : undefined;
  const day = m[3] ? Number(m[3]) : undefined;
  if (month !== undefined && (month < 1 || month > 12)) return undefined;
  return { year, month, day };
}

/** True when `day` exists in that month (leap years counted). */
export function validDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Formats an ISO date at the precision given. */
export function iso(year: number, month?: number, day?: number): string {
  const y = String(year).padStart(4, '0');
  if (month === undefined) return y;
  const m = String(month).padStart(2, '0');
  return day === undefined ? `${y}-${m}` : `${y}-${m}-${String(day).padStart(2, '0')}`;
}

/** The years stated in a parsing view, and the article date, to place dates that leave their year out. */
export class YearContext {
  private readonly positions: number[] = [];
  private readonly years: number[] = [];
  /** The month stated with each year (2025年4月), if any. */
  private readonly months: (number | undefined)[] = [];
  readonly article?: Ymd;

  /** With `fiscalToo` false, a year named as a fiscal year (2024年度, 2024年报) does not place dates: it is not a point in time. */
  /** `relativeBase`, the year 今年 means (the article's, or the news's), makes 今年/去年 a stated year too. */
  constructor(private readonly view: string, articleDate?: string, fiscalToo = true, private readonly documentYear?: number, relativeBase?: number) {
    this.article = parseIsoDate(articleDate);
    const stated: [number, number, number | undefined][] = [];
    YEAR_STATED.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = YEAR_STATED.exec(view)) !== null) {
      if (!fiscalToo && FISCAL_AFTER.test(view.slice(m.index + 4, m.index + 9))) continue;
      // A planned day (定于2024年8月11日审议) is ahead of the news: no point the text has moved past.
      const month = PLANNED.test(view.slice(Math.max(0, m.index - 4), m.index)) ? undefined : /^[ ]?年[ ]?(\d{1,2})[ ]?月/.exec(view.slice(m.index + 4, m.index + 12))?.[1];
      stated.push([m.index, Number(m[1] ?? m[2]), month ? Number(month) : undefined]);
    }
    // "2016年挂牌，今年10月10日过会，并于10月24日提交注册": the 今年 is the nearest year before 10月24日.
    const base = this.article?.year ?? relativeBase;
    if (base !== undefined) for (const r of view.matchAll(RELATIVE_YEAR_WORD)) stated.push([r.index!, base + RELATIVE_OFFSET[r[1]], undefined]);
    stated.sort((a, b) => a[0] - b[0]);
    for (const [at, year, month] of stated) { this.positions.push(at); this.years.push(year); this.months.push(month); }
  }

  /** The last year stated before `pos`, with where it stands. */
  private lastBefore(pos: number): { year: number; at: number; month?: number } | undefined {
    let lo = 0; let hi = this.positions.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (this.positions[mid] < pos) lo = mid + 1; else hi = mid; }
    return lo > 0 ? { year: this.years[lo - 1], at: this.positions[lo - 1], month: this.months[lo - 1] } : undefined;
  }

  private sameSentence(from: number, to: number): boolean {
    if (to - from >= 400) return false;
    for (let i = from; i < to; i++) if (SENTENCE_BREAK.test(this.view[i])) return false;
    return true;
  }

  /** The year stated nearest before `pos`, anywhere in the text (what 同年 refers to). */
  yearStatedBefore(pos: number): number | undefined {
    return this.lastBefore(pos)?.year;
  }

  /**
   * The year of something at `pos` that states only its months (`lastMonth` is its last month):
   * a year earlier in the same sentence; else the article's year, one less when that would put
   * it `aheadLimit` months or more after the article; else the nearest year stated before.
   */
  yearFor(pos: number, lastMonth: number, aheadLimit: number, forward = false): number | undefined {
    const before = this.lastBefore(pos);
    if (before && this.sameSentence(before.at, pos)) return before.year;
    if (this.article) {
      const a = this.article;
      const ahead = lastMonth - (a.month ?? 12);
      return ahead >= aheadLimit ? a.year - 1 : a.year;
    }
    // "其于2025年4月提交的备案…。2月13日，股价…": a later sentence's earlier month, told as no look back, is of the year after.
    if (forward && before?.month !== undefined && lastMonth < before.month && !LOOK_BACK.test(this.sentenceBefore(pos))) return before.year + 1;
    return before?.year ?? this.documentYear;
  }

  private sentenceBefore(pos: number): string {
    let i = pos;
    while (i > 0 && pos - i < 200 && !SENTENCE_BREAK.test(this.view[i - 1])) i--;
    return this.view.slice(i, pos);
  }
}
