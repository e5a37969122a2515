// Full-text search over titles and bodies. The index holds Simplified text of
// the same length as the original, so the query is converted the same way and
// every match offset is also an offset into the original article text.
import type { Span } from '../core/types.js';
import { ArgumentError } from '../core/errors.js';
import { toHansAligned } from '../text/script.js';
import type { Store } from './db.js';
import { articleFromRow, prepared, summaryFromRow, type ArticleRow, type ArticleSummary } from './articles.js';

/** A piece of article text around the first match, with the matches inside it. */
export interface Snippet {
  readonly text: string;
  /** Where the snippet sits in the article text. */
  readonly start: number;
  readonly end: number;
  /** Matches as offsets into `text` of the snippet. */
  readonly highlights: readonly Span[];
  /** Whether text of the same part (title or body) comes before the snippet. */
  readonly before: boolean;
  /** Whether the article text goes on after the snippet. */
  readonly more: boolean;
}

/** One article found by a search. */
export interface SearchHit {
  readonly article: ArticleSummary;
  /** Every match as offsets into the article text (title and body), merged and sorted. */
  readonly matches: readonly Span[];
  readonly snippet: Snippet;
}

/** Options of a search. */
export interface SearchOptions {
  readonly limit?: number;
  /** Characters of context before and after the first match in a snippet. */
  readonly context?: number;
}

/** Trigram FTS5 cannot look up terms shorter than this; they fall back to LIKE. */
const TRIGRAM = 3;

/** Finds articles containing every whitespace-separated term of `query`, in either script; best matches first. */
export function searchArticles(store: Store, query: string, options: SearchOptions = {}): SearchHit[] {
  const terms = query.split(/[\s\u3000]+/).filter(Boolean).map((t) => asciiLower(toHansAligned(t)));
  if (terms.length === 0) throw new ArgumentError('search needs a non-empty query');
  const limit = options.limit ?? 20;
  const long = terms.filter((t) => [...t].length >= TRIGRAM);
  const short = terms.filter((t) => [...t].length < TRIGRAM);
  const likes = short.map(() => "(f.title LIKE ? ESCAPE '\\' OR f.body LIKE ? ESCAPE '\\')");
  const likeParams = short.flatMap((t) => [`%${escapeLike(t)}%`, `%${escapeLike(t)}%`]);
  let rows: ArticleRow[];
  if (long.length > 0) {
    const match = long.map((t) => `"${t.replace(/"/g, '""')}"`).join(' ');
    rows = prepared(store, `SELECT a.* FROM articles_fts f JOIN articles a ON a.id = f.article_id
      WHERE articles_fts MATCH ? ${likes.map((l) => `AND ${l}`).join(' ')} ORDER BY bm25(articles_fts), a.seq LIMIT ?`)
      .all(match, ...likeParams, limit) as ArticleRow[];
  } else {
    rows = prepared(store, `SELECT a.* FROM articles_fts f JOIN articles a ON a.id = f.article_id
      WHERE ${likes.join(' AND ')} ORDER BY a.seq LIMIT ?`).all(...likeParams, limit) as ArticleRow[];
  }
  return rows.map((row) => hitOf(row, terms, options.context ?? 30));
}

function hitOf(row: ArticleRow, terms: readonly string[], context: number): SearchHit {
  const article = articleFromRow(row);
  const found: Span[] = [];
  const scan = (part: string, base: number) => {
    const hay = asciiLower(toHansAligned(part));
    for (const term of terms) {
      for (let i = hay.indexOf(term); i >= 0; i = hay.indexOf(term, i + 1)) found.push({ start: base + i, end: base + i + term.length });
    }
  };
  scan(article.title, article.titleSpan.start);
  scan(article.body, article.bodySpan.start);
  const matches = mergeSpans(found);
  // Prefer a match in the body for the snippet: the title is shown anyway.
  const anchor = matches.find((m) => m.start >= article.bodySpan.start) ?? matches[0] ?? { start: article.bodySpan.start, end: article.bodySpan.start };
  // A body match's snippet starts in the body: the title is shown beside it anyway.
  const partStart = anchor.start >= article.bodySpan.start ? article.bodySpan.start : 0;
  let start = Math.max(partStart, anchor.start - context);
  let end = Math.min(article.text.length, anchor.end + context * 2);
  if (isLowSurrogate(article.text, start)) start--;
  if (isLowSurrogate(article.text, end)) end++;
  // Line breaks become spaces one for one, so highlight offsets stay exact.
  const text = article.text.slice(start, end).replace(/[\r\n]/g, ' ');
  const highlights = matches
    .filter((m) => m.end > start && m.start < end)
    .map((m) => ({ start: Math.max(m.start, start) - start, end: Math.min(m.end, end) - start }));
  return { article: summaryFromRow(row), matches, snippet: { text, start, end, highlights, before: start > partStart, more: end < article.text.length } };
}

/** Sorts spans and merges those that overlap or touch. */
export function mergeSpans(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) out[out.length - 1] = { start: last.start, end: Math.max(last.end, s.end) };
    else out.push(s);
  }
  return out;
}

/** Lower-cases ASCII only, so the length (and every offset) stays the same; FTS5 trigram folds ASCII case too. */
function asciiLower(s: string): string {
  return s.replace(/[A-Z]+/g, (m) => m.toLowerCase());
}

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (m) => `\\${m}`);
}

function isLowSurrogate(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 0xdc00 && c <= 0xdfff;
}
