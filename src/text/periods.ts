// Reporting periods (2024年度, 2025年1-6月, 上半年, 前三季度, Q3, FY2024, 截至…止六个月) as
// month intervals `2024-01/2024-12`, and lists of them (2022年度、2023年度及2025年1-6月).
import { alternation, periods } from './lexicon.js';
import { parsingView } from './normalize.js';
import { readChineseNumeral } from './quantities.js';
import { iso, YearContext } from './years.js';

/** A reporting period stated in the text, as an ISO month interval. */
export interface PeriodMatch {
  readonly start: number;
  readonly end: number;
  /** `2024-01/2024-12`, `2025-01/2025-06`. */
  readonly period: string;
  /** The year was not written next to it and was taken from context (see `findPeriods`). */
  readonly inferred?: boolean;
  /** Stated relative to the article's date (`今年上半年`, `去年`). */
  readonly relative?: boolean;
}

/** A list of periods stated together (`2022年、2023年及2024年`, `2022-2024年`), in text order. */
export interface PeriodListMatch {
  readonly start: number;
  readonly end: number;
  readonly periods: readonly PeriodMatch[];
}

/** Options of `findPeriods`. */
export interface PeriodOptions {
  /** The year of periods that leave it out (`上半年`), when the caller knows it. */
  readonly year?: number;
  /** The article's publication date; places `今年`/`去年` and periods without a year. */
  readonly articleDate?: string;
  /** Without an article date, the year the news is of: places `今年`/`去年`. */
  readonly newsYear?: number;
}

const QUARTERS: Readonly<Record<string, number>> = periods.quarters;
const SPANS: Readonly<Record<string, readonly number[]>> = periods.spans as Record<string, number[]>;
const RELATIVE: Readonly<Record<string, number>> = periods.relativeYears;
const SEP = '(?:-|~|至|到|—)';
const CN_SMALL = '[一二三四五六七八九十]{1,3}';
const SPAN_WORDS = alternation(Object.keys(SPANS).filter((w) => w !== '年度' && w !== '年报' && w !== '全年度'));
const BODY = [
  `(?<m1>\\d{1,2})[ ]?月?[ ]?${SEP}[ ]?(?<m2>\\d{1,2})[ ]?月份?(?![ ]?\\d)`,
  `前[ ]?(?<first>\\d{1,2}|${CN_SMALL})[ ]?个?月(?![ ]?\\d)`,
  `(?<span>${SPAN_WORDS})`,
  `(?<quarter>${alternation(Object.keys(QUARTERS))})`,
  `(?<interim>${periods.interim})`,
].join('|');
const INTERIM_CUE = new RegExp(`[ ]?(?:${alternation(periods.interimCuesAfter)})`, 'y');
const RELATIVE_SKIP = new RegExp(`^[ ]?(?:${alternation(periods.relativeSkipAfter)})`);
// A year followed by these is a date (2024年8月, 2024年末), not a whole-year period.
const YEAR_NOT_PERIOD = /^[ ]?(?:\d|初|底|末|开年|年初|年底|年末|年中|以来|同期|之前|以前|之后|以后)/;
const YEAR_PART = /^\d{4}[ ]?(?:财年|年度|年报|年年报|年年度|年)/;
const YEAR_AFTER = '(?![ ]?(?:\\d|[上下]半|前|第|[一二三四1-4][ ]?季|Q\\d|中期|初|底|末|开年))';

const PATTERNS: ReadonlyArray<{ kind: string; re: RegExp }> = [
  { kind: 'closing', re: new RegExp(`截至[ ]?(?:(?<y>\\d{4})[ ]?年[ ]?|(?<cy>今年|去年|本年|上年))?(?<em>\\d{1,2})[ ]?月[ ]?(?:\\d{1,2}[ ]?日|底|末)[ ]?(?:止|为止)?[ ]?的?[ ]?(?:(?<whole>年度|全年|财年)|(?<half>中期|半年度?|上半年)|(?<quarter>季度)|(?<n>\\d{1,2}|${CN_SMALL})[ ]?个月)`, 'g') },
  { kind: 'years', re: new RegExp(`(?<![\\d\\-./])(?<y1>\\d{4})[ ]?(?:年度?)?[ ]?${SEP}[ ]?(?<y2>\\d{4})[ ]?年度?${YEAR_AFTER}`, 'g') },
  { kind: 'year', re: new RegExp(`(?<![\\d\\-./])(?<y>\\d{4})[ ]?(?:(?<fy>财年|年度|年报|年年报|年年度)|年)[ ]?(?:${BODY})?`, 'g') },
  { kind: 'yearq', re: /(?<![\d\-./A-Za-z])(?<y>\d{4})[ ]?(?:(?<q>Q[1-4])|(?<h>H[12]))(?![\dA-Za-z])/g },
  { kind: 'fy', re: /(?<![A-Za-z])FY[ ]?(?<y>\d{4}|\d{2})(?![\d])/g },
  { kind: 'relative', re: new RegExp(`(?<rel>${alternation(Object.keys(RELATIVE))})度?[ ]?(?:${BODY})?`, 'g') },
  // "发布2025年第三季度报告。年初至报告期末…；本报告期…": the periods a report's own wording names.
  { kind: 'report', re: /年初至报告期末|本报告期/g },
  { kind: 'bare', re: new RegExp(`(?<![\\d年度.\\-/A-Za-z上下本每各该近前])(?:${BODY})`, 'g') },
];

interface Candidate {
  start: number;
  end: number;
  from: [number, number];
  to: [number, number];
  inferred?: boolean;
  relative?: boolean;
  /** For a range of years (2022-2024年): each year. */
  years?: number[];
  /** A fiscal year named as such (2025财年, FY2025), which a company may close in another month than December. */
  fiscal?: boolean;
}

function months(g: Record<string, string | undefined>, view: string, end: number): [number, number] | undefined {
  if (g.m1 !== undefined) {
    const a = Number(g.m1); const b = Number(g.m2);
    return a >= 1 && b <= 12 && a < b ? [a, b] : undefined;
  }
  if (g.first !== undefined) {
    const n = /\d/.test(g.first) ? Number(g.first) : readChineseNumeral(g.first);
    return n !== undefined && n >= 1 && n <= 12 ? [1, n] : undefined;
  }
  if (g.span !== undefined) { const s = SPANS[g.span]; return [s[0], s[1]]; }
  if (g.quarter !== undefined) { const q = QUARTERS[g.quarter]; return [q * 3 - 2, q * 3]; }
  if (g.interim !== undefined) {
    INTERIM_CUE.lastIndex = end;
    return INTERIM_CUE.test(view) ? [1, 6] : undefined;
  }
  return undefined;
}

function hasBody(g: Record<string, string | undefined>): boolean {
  return g.m1 !== undefined || g.first !== undefined || g.span !== undefined || g.quarter !== undefined || g.interim !== undefined;
}

function read(kind: string, m: RegExpExecArray, view: string, ctx: YearContext, opts: PeriodOptions): Candidate | undefined {
  const g = m.groups ?? {};
  const start = m.index;
  const end = start + m[0].length;
  switch (kind) {
    case 'closing': {
      const em = Number(g.em);
      if (em < 1 || em > 12) return undefined;
      const n = g.whole ? 12 : g.half ? 6 : g.quarter ? 3 : /\d/.test(g.n!) ? Number(g.n) : readChineseNumeral(g.n!);
      if (n === undefined || n < 1 || n > 12) return undefined;
      const explicit = g.y !== undefined;
      // "截至今年6月底止6个月": a year named relative to the article's.
      const base = ctx.article?.year ?? opts.newsYear;
      const relative = g.cy !== undefined && base !== undefined ? base + RELATIVE[g.cy] : undefined;
      if (g.cy !== undefined && relative === undefined) return undefined;
      const y = explicit ? Number(g.y) : relative ?? opts.year ?? ctx.yearFor(start, em, 1);
      if (y === undefined) return undefined;
      const fm = em - n + 1;
      const from: [number, number] = fm >= 1 ? [y, fm] : [y - 1, fm + 12];
      return { start, end, from, to: [y, em], inferred: !explicit || undefined };
    }
    case 'years': {
      const a = Number(g.y1); const b = Number(g.y2);
      if (!(a < b && b - a <= 10 && a >= 1900 && b <= 2100)) return undefined;
      const years: number[] = [];
      for (let y = a; y <= b; y++) years.push(y);
      return { start, end, from: [a, 1], to: [b, 12], years };
    }
    case 'year': {
      const y = Number(g.y);
      if (y < 1900 || y > 2100) return undefined;
      if (hasBody(g)) {
        const ms = months(g, view, end);
        if (ms) return { start, end, from: [y, ms[0]], to: [y, ms[1]] };
      }
      // The body did not read as a period: keep the year alone.
      const stop = start + YEAR_PART.exec(m[0])![0].length;
      if (!g.fy && YEAR_NOT_PERIOD.test(view.slice(stop, stop + 3))) return undefined;
      return { start, end: stop, from: [y, 1], to: [y, 12], ...(g.fy === '财年' ? { fiscal: true } : {}) };
    }
    case 'yearq': {
      const y = Number(g.y);
      if (y < 1900 || y > 2100) return undefined;
      const ms: [number, number] = g.q ? [Number(g.q[1]) * 3 - 2, Number(g.q[1]) * 3] : g.h === 'H1' ? [1, 6] : [7, 12];
      return { start, end, from: [y, ms[0]], to: [y, ms[1]] };
    }
    case 'fy': {
      const y = g.y.length === 2 ? 2000 + Number(g.y) : Number(g.y);
      return { start, end, from: [y, 1], to: [y, 12], fiscal: true };
    }
    case 'relative': {
      // "2025年营收X，较上年的Y": 上年 is the year before the one the sentence reports, not before the article's.
      const reported = g.rel === '上年' ? /(?:19|20)(\d\d)[ ]?年(?!\d)[^。；;！？\n]*$/.exec(view.slice(Math.max(0, start - 120), start)) : null;
      const base = reported ? Number(`20${reported[1]}`) : ctx.article?.year ?? opts.newsYear;
      if (base === undefined) return undefined;
      const y = base + RELATIVE[g.rel!];
      if (hasBody(g)) {
        const ms = months(g, view, end);
        if (ms) return { start, end, from: [y, ms[0]], to: [y, ms[1]], relative: true };
        return undefined;
      }
      if (RELATIVE_SKIP.test(view.slice(end, end + 4)) || YEAR_NOT_PERIOD.test(view.slice(end, end + 3))) return undefined;
      return { start, end, from: [y, 1], to: [y, 12], relative: true };
    }
    case 'report': {
      const report = lastReport(view, start);
      if (!report) return undefined;
      // 年初至报告期末 runs from January; 本报告期 is the report's own quarter (a half-year report's half).
      const from = m[0] === '本报告期' && report.end !== 6 ? report.end - 2 : 1;
      return { start, end, from: [report.year, from], to: [report.year, report.end] };
    }
    case 'bare': {
      // "截至9月30日止六个月中期业绩": the interim a closing period just named is that period.
      if (g.interim !== undefined && /个月[ ]?$/.test(view.slice(Math.max(0, start - 3), start))) return undefined;
      if (g.interim !== undefined && !/止[ ]?$/.test(view.slice(Math.max(0, start - 2), start))) {
        INTERIM_CUE.lastIndex = end;
        if (!INTERIM_CUE.test(view)) return undefined;
      }
      const ms = g.interim !== undefined ? [1, 6] as [number, number] : months(g, view, end);
      if (!ms) return undefined;
      // "发布2025年年度报告…第四季度…": a period inside the report named before it is of the report's year.
      const report = lastReport(view, start, ms[1]);
      const y = opts.year ?? report?.year ?? ctx.yearFor(start, ms[1], 1);
      if (y === undefined) return undefined;
      return { start, end, from: [y, ms[0]], to: [y, ms[1]], inferred: true };
    }
  }
  return undefined;
}

// A report named before its wording: "2025年第三季度报告", "2025年半年度报告", "2024年年度报告".
const REPORT = /(\d{4})[ ]?年(?:第?([一三])季度报告|([一三])季报|半年度报告|半年报|中期报告|年度报告)/g;

/** The year and last month of the report a text names last before `pos` (within 400 characters), of those reaching month `reaches`. */
function lastReport(view: string, pos: number, reaches = 1): { year: number; end: number } | undefined {
  let found: { year: number; end: number } | undefined;
  for (const m of view.slice(Math.max(0, pos - 400), pos).matchAll(REPORT)) {
    const q = m[2] ?? m[3];
    const end = q === '一' ? 3 : q === '三' ? 9 : /半年|中期/.test(m[0]) ? 6 : 12;
    // "披露2025年年度报告和2026年第一季度报告": the fourth quarter is the annual report's.
    if (end >= reaches) found = { year: Number(m[1]), end };
  }
  return found;
}

function periodOf(c: Candidate): string {
  return `${iso(c.from[0], c.from[1])}/${iso(c.to[0], c.to[1])}`;
}

function toMatch(c: Candidate, start = c.start, end = c.end, period = periodOf(c)): PeriodMatch {
  const out: { -readonly [K in keyof PeriodMatch]: PeriodMatch[K] } = { start, end, period };
  if (c.inferred) out.inferred = true;
  if (c.relative) out.relative = true;
  return out;
}

function candidates(text: string, opts: PeriodOptions): { view: string; list: Candidate[] } {
  const view = parsingView(text);
  const ctx = new YearContext(view, opts.articleDate);
  const found: Candidate[] = [];
  for (const { kind, re } of PATTERNS) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(view)) !== null) {
      const c = read(kind, m, view, ctx, opts);
      if (c && c.end > c.start) found.push(c);
      if (m[0].length === 0) re.lastIndex++;
    }
  }
  fiscalYears(view, found);
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const list: Candidate[] = [];
  let lastEnd = 0;
  for (const c of found) {
    if (c.start < lastEnd) continue;
    list.push(c);
    lastEnd = c.end;
  }
  return { view, list };
}

// "截至2025年3月31日的2025财年", "财年截至3月31日": the month a company's fiscal year closes in.
const FISCAL_CLOSE = /截至[ ]?(?:\d{4}[ ]?年[ ]?)?(\d{1,2})[ ]?月[ ]?(?:\d{1,2}[ ]?日|底|末)[ ]?(?:止)?[ ]?的?[ ]?(?:\d{4}[ ]?)?财(?:年|政年度)|财年(?:截至|结束于|于)[ ]?(\d{1,2})[ ]?月/;
const PREVIOUS_FISCAL = /上一?个?财年|上一财政年度/g;
const FISCAL_QUARTER = /(\d{4}[ ]?财年)?第([一二三四1-4])财季/g;

/**
 * Moves the fiscal years of a text that says its fiscal year closes in another month than December
 * (`2025财年` closing in March is 2024-04/2025-03), and reads `上一财年` as the one before the fiscal year told last.
 */
function fiscalYears(view: string, found: Candidate[]): void {
  const m = FISCAL_CLOSE.exec(view);
  const close = m ? Number(m[1] ?? m[2]) : 12;
  if (close >= 1 && close < 12) {
    for (const c of found) if (c.fiscal) { const y = c.to[0]; c.from = [y - 1, close + 1]; c.to = [y, close]; }
  }
  // "第四财季", "2026财年第一财季": a quarter of the fiscal year told (or named) before it.
  for (const q of view.matchAll(FISCAL_QUARTER)) {
    const at = q.index! + (q[1] ? q[1].length : 0);
    const told = q[1] ? found.find((c) => c.fiscal && c.start === q.index!) : found.filter((c) => c.fiscal && c.end <= q.index!).pop();
    if (!told) continue;
    const n = '一二三四'.includes(q[2]) ? '一二三四'.indexOf(q[2]) + 1 : Number(q[2]);
    const first = told.from[0] * 12 + (told.from[1] - 1) + 3 * (n - 1);
    found.push({ start: at, end: q.index! + q[0].length, from: [Math.floor(first / 12), (first % 12) + 1], to: [Math.floor((first + 2) / 12), ((first + 2) % 12) + 1] });
  }
  for (const p of view.matchAll(PREVIOUS_FISCAL)) {
    const told = found.filter((c) => c.fiscal && c.end <= p.index!).pop();
    if (told) found.push({ start: p.index!, end: p.index! + p[0].length, from: [told.from[0] - 1, told.from[1]], to: [told.to[0] - 1, told.to[1]], fiscal: true });
  }
}

/**
 * Finds every reporting period of `text`, in either script, as a month interval. A whole year
 * (`2024年`) is given wherever it is not a month or day date; the extractor decides. A period
 * without its year (`上半年`, `1-9月`) takes `opts.year`, else a year stated earlier in its sentence,
 * else `articleDate`'s year (the year before when the period would not yet be over), else the
 * nearest year stated before it, and is marked `inferred`. A range of years (`2022-2024年`) is one
 * period spanning them all; `findPeriodLists` splits it.
 */
export function findPeriods(text: string, opts: PeriodOptions = {}): PeriodMatch[] {
  return candidates(text, opts).list.map((c) => toMatch(c));
}

const LIST_GAP = /^[ ]?(?:、|,|，|和|及|与|以及|、及)[ ]?$/;
const BARE_YEAR = /(?<![\d\-./])((?:19|20)\d{2})(?=[ ]?(?:、|,|，|和|及|与))/g;

/** Finds lists of periods stated together (`2022年度、2023年度及2025年1-6月`, `2019、2020、2021年`, `2022-2024年` → three years), each period in text order. */
export function findPeriodLists(text: string, opts: PeriodOptions = {}): PeriodListMatch[] {
  const { view, list } = candidates(text, opts);
  type Item = { start: number; end: number; c?: Candidate; bareYear?: number };
  const items: Item[] = list.map((c) => ({ start: c.start, end: c.end, c }));
  BARE_YEAR.lastIndex = 0;
  let m: RegExpExecArray | null;
  let k = 0;
  while ((m = BARE_YEAR.exec(view)) !== null) {
    const start = m.index; const end = start + m[0].length;
    while (k < list.length && list[k].end <= start) k++;
    if (k < list.length && list[k].start < end) continue;
    items.push({ start, end, bareYear: Number(m[1]) });
  }
  items.sort((a, b) => a.start - b.start);
  const out: PeriodListMatch[] = [];
  let i = 0;
  while (i < items.length) {
    let j = i;
    while (j + 1 < items.length && LIST_GAP.test(view.slice(items[j].end, items[j + 1].start))) j++;
    const group = items.slice(i, j + 1);
    i = j + 1;
    // Bare years borrow the months of the next full period (`2019、2020年上半年`).
    while (group.length && group[group.length - 1].bareYear !== undefined) group.pop();
    const periodsOut: PeriodMatch[] = [];
    for (let n = 0; n < group.length; n++) {
      const it = group[n];
      if (it.c?.years) {
        for (const y of it.c.years) periodsOut.push(toMatch(it.c, it.start, it.end, `${iso(y, 1)}/${iso(y, 12)}`));
      } else if (it.c) {
        periodsOut.push(toMatch(it.c));
      } else {
        const shape = group.slice(n + 1).find((x) => x.c)!.c!;
        const sameYear = shape.from[0] === shape.to[0];
        const [fm, tm] = sameYear ? [shape.from[1], shape.to[1]] : [1, 12];
        periodsOut.push({ start: it.start, end: it.end, period: `${iso(it.bareYear!, fm)}/${iso(it.bareYear!, tm)}` });
      }
    }
    if (periodsOut.length >= 2) out.push({ start: group[0].start, end: group[group.length - 1].end, periods: periodsOut });
  }
  // "截至2024年12月31日止三个年度" (Hong Kong prospectus style): the N financial years ending then.
  for (const y of view.matchAll(YEARS_ENDED)) {
    const n = (/\d/.test(y[2]) ? Number(y[2]) : readChineseNumeral(y[2])) ?? 0;
    const last = Number(y[1]);
    if (!(n >= 2 && n <= 5)) continue;
    const start = y.index!; const end = start + y[0].length;
    const periodsOut = Array.from({ length: n }, (_, k) => ({ start, end, period: `${iso(last - n + 1 + k, 1)}/${iso(last - n + 1 + k, 12)}` }));
    out.push({ start, end, periods: periodsOut });
  }
  return out.sort((a, b) => a.start - b.start);
}

const YEARS_ENDED = /截至[ ]?(\d{4})[ ]?年[ ]?12[ ]?月[ ]?31[ ]?日[ ]?止[ ]?(\d|[二两三四五])[ ]?个(?:财政)?年度/g;
