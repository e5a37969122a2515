// Digest text: optional `#tag` lines, then articles of two lines each, a title
// and a body whose last parenthesised group names the outlet: `…。 (上海證券報)`.
import type { Article, Message } from '../core/types.js';
import { buildArticle } from './article.js';
import { splitLines, trimmedSpan, type Line } from './lines.js';

// The outlet: the last (ASCII or full-width) parenthesised group, at the very end of the body.
const OUTLET = /[\s\u3000]*[(（]([^()（）\n]{1,40})[)）][\s\u3000]*$/;
const TAG_LINE = /^[\s\u3000]*#[^\s#]/;
const MAX_TITLE = 120;

interface DigestShape {
  readonly tags: readonly string[];
  readonly lines: readonly Line[];
  /** Title/body pairs whose body ends with an outlet. */
  readonly matched: number;
  readonly pairs: number;
}

function shapeOf(text: string): DigestShape {
  const all = splitLines(text).filter((l) => l.text.trim() !== '');
  const tags: string[] = [];
  let i = 0;
  for (; i < all.length && TAG_LINE.test(all[i].text); i++) {
    for (const t of all[i].text.trim().split(/[\s\u3000]+/)) if (t.replace(/^#+/, '')) tags.push(t.replace(/^#+/, ''));
  }
  const lines = all.slice(i);
  const pairs = Math.floor(lines.length / 2);
  let matched = 0;
  for (let p = 0; p < pairs; p++) {
    const title = lines[2 * p].text.trim();
    const body = lines[2 * p + 1].text;
    const m = OUTLET.exec(body);
    if (m && m.index >= 10 && title.length <= MAX_TITLE && !OUTLET.test(title)) matched++;
  }
  return { tags, lines, matched, pairs };
}

/** Whether a text has a digest's structure: most title/body pairs end with an outlet in parentheses (a `#tag` line lowers the bar). */
export function looksLikeDigest(text: string): boolean {
  const s = shapeOf(text);
  if (s.matched === 0) return false;
  const share = s.matched / s.pairs;
  return s.tags.length > 0 ? share >= 0.5 : s.pairs >= 2 && share >= 0.8;
}

/** Reads every article of a digest; each article's text is `title + "\n" + body` without the outlet. */
export function readDigest(text: string, file: string): Article[] {
  const { tags, lines } = shapeOf(text);
  const articles: Article[] = [];
  // A digest's articles are news of one time: an article that leaves its year out reads on from the years before it.
  let yearBefore: number | undefined;
  for (let i = 0; i < lines.length; i += 2) {
    const titleLine = lines[i];
    const title = titleLine.text.trim();
    const messages: Message[] = [];
    let body = '';
    let outlet: string | null = null;
    const bodyLine = lines[i + 1];
    if (bodyLine) {
      const raw = text.slice(trimmedSpan(bodyLine).start, bodyLine.end);
      const m = OUTLET.exec(raw);
      if (m) { outlet = m[1].trim(); body = raw.slice(0, m.index).trimEnd(); } else {
        body = raw.trimEnd();
        messages.push({ level: 'warning', code: 'NO_OUTLET', reason: `line ${lineNumber(text, bodyLine.start)}: body does not end with an outlet in parentheses` });
      }
    } else {
      messages.push({ level: 'warning', code: 'NO_BODY', reason: `line ${lineNumber(text, titleLine.start)}: title without a body line` });
    }
    const joined = body ? `${title}\n${body}` : title;
    articles.push(buildArticle({
      text: joined,
      titleSpan: { start: 0, end: title.length },
      bodySpan: { start: body ? title.length + 1 : title.length, end: joined.length },
      outlet,
      tags,
      messages,
      ...(yearBefore !== undefined ? { yearBefore } : {}),
    }, file, articles.length, 'digest'));
    yearBefore = lastYearIn(joined) ?? yearBefore;
  }
  return articles;
}

function lineNumber(text: string, offset: number): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

// A year as a point in time (2026年1月, 2026年开年), not a fiscal year (2024年度) nor a forecast's target (有望在2027年).
const YEAR = /(?<!\d)((?:19|20)\d\d)\s?年(?!度|报|年报)/g;
const FORECAST_BEFORE = /(?:预计|預計|有望|目标|目標|到|将|將)\s*$/;

function lastYearIn(text: string): number | undefined {
  let last: number | undefined;
  for (const m of text.matchAll(YEAR)) if (!FORECAST_BEFORE.test(text.slice(Math.max(0, m.index! - 4), m.index!))) last = Number(m[1]);
  return last;
}
