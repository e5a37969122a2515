// Articles in the store: insert once (ids come from content), read back whole
// or as summaries. The FTS row holds title and body in Simplified, char for
// char, so search in either script finds both and offsets map back.
import type { Article, InputFormat, Message, Script } from '../core/types.js';
import { ArgumentError, NotFoundError } from '../core/errors.js';
import { toHansAligned } from '../text/script.js';
import type Database from 'better-sqlite3';
import type { Store } from './db.js';

/** An article without its text: what listings show. */
export type ArticleSummary = Pick<Article, 'id' | 'title' | 'outlet' | 'url' | 'tags' | 'publishedAt' | 'file' | 'position' | 'script' | 'format'> & {
  readonly ingestedAt: string;
};

/** Filters of a listing; each one left out matches everything. */
export interface ArticleFilter {
  /** A tag, in either script. */
  readonly tag?: string;
  /** An outlet, in either script. */
  readonly outlet?: string;
  /** Published on or after this date (`2025`, `2025-03`, `2025-03-04`); undated articles are left out. */
  readonly since?: string;
  readonly limit?: number;
  readonly offset?: number;
}

/** A stored article row as SQLite returns it. */
export interface ArticleRow {
  id: string; title: string; body: string; text: string;
  title_start: number; title_end: number; body_start: number; body_end: number;
  outlet: string | null; url: string | null; tags: string; published_at: string | null;
  file: string; position: number; script: string; format: string; messages: string;
  ingested_at: string; seq: number;
}

const statements = new WeakMap<Store, Map<string, Database.Statement<unknown[]>>>();

/** A prepared statement, cached per store. */
export function prepared(store: Store, sql: string): Database.Statement<unknown[]> {
  let cache = statements.get(store);
  if (!cache) {
    cache = new Map();
    statements.set(store, cache);
    // Filters compare names in Simplified, so `--outlet 上海证券报` finds 上海證券報.
    store.function('kechuang_hans', { deterministic: true }, (s: unknown) => (typeof s === 'string' ? toHansAligned(s) : s));
  }
  let st = cache.get(sql);
  if (!st) { st = store.prepare<unknown[]>(sql); cache.set(sql, st); }
  return st;
}

/** Whether an article with this id is already stored. */
export function articleExists(store: Store, id: string): boolean {
  return prepared(store, 'SELECT 1 FROM articles WHERE id = ?').get(id) !== undefined;
}

/** Stores a new article with its tags and full-text row (the caller checks `articleExists` first). */
export function insertArticle(store: Store, article: Article, ingestedAt: string = new Date().toISOString()): void {
  prepared(store, `INSERT INTO articles (id, title, body, text, title_start, title_end, body_start, body_end, outlet, url, tags,
      published_at, file, position, script, format, messages, ingested_at, seq)
    VALUES (@id, @title, @body, @text, @title_start, @title_end, @body_start, @body_end, @outlet, @url, @tags,
      @published_at, @file, @position, @script, @format, @messages, @ingested_at,
      (SELECT COALESCE(MAX(seq), 0) + 1 FROM articles))`).run({
    id: article.id, title: article.title, body: article.body, text: article.text,
    title_start: article.titleSpan.start, title_end: article.titleSpan.end,
    body_start: article.bodySpan.start, body_end: article.bodySpan.end,
    outlet: article.outlet, url: article.url, tags: JSON.stringify(article.tags), published_at: article.publishedAt,
    file: article.file, position: article.position, script: article.script, format: article.format,
    messages: JSON.stringify(article.messages), ingested_at: ingestedAt,
  });
  const tag = prepared(store, 'INSERT OR IGNORE INTO article_tags (article_id, tag) VALUES (?, ?)');
  for (const t of article.tags) tag.run(article.id, t);
  prepared(store, 'INSERT INTO articles_fts (article_id, title, body) VALUES (?, ?, ?)')
    .run(article.id, toHansAligned(article.title), toHansAligned(article.body));
}

/** The stored article with exactly this id, or undefined. */
export function getArticle(store: Store, id: string): Article | undefined {
  const row = prepared(store, 'SELECT * FROM articles WHERE id = ?').get(id) as ArticleRow | undefined;
  return row && articleFromRow(row);
}

/** The article whose id is `idOrPrefix` or uniquely starts with it; NotFoundError if none, ArgumentError if several. */
export function findArticle(store: Store, idOrPrefix: string): Article {
  const key = idOrPrefix.trim().toLowerCase();
  if (!/^[0-9a-f]+$/.test(key)) throw new NotFoundError('article', idOrPrefix);
  const exact = getArticle(store, key);
  if (exact) return exact;
  const rows = prepared(store, "SELECT id FROM articles WHERE id LIKE ? || '%' ORDER BY id LIMIT 6").all(key) as { id: string }[];
  if (rows.length === 0) throw new NotFoundError('article', idOrPrefix);
  if (rows.length > 1) {
    throw new ArgumentError(`id prefix ${idOrPrefix} matches several articles: ${rows.slice(0, 5).map((r) => r.id).join(', ')}${rows.length > 5 ? ', …' : ''}`, { id: idOrPrefix });
  }
  return getArticle(store, rows[0].id)!;
}

/** Articles matching the filter, in the order they were ingested. */
export function listArticles(store: Store, filter: ArticleFilter = {}): ArticleSummary[] {
  const { where, params } = filterSql(filter);
  const limit = filter.limit ?? -1;
  const rows = prepared(store, `SELECT id, title, outlet, url, tags, published_at, file, position, script, format, ingested_at
    FROM articles a ${where} ORDER BY a.seq LIMIT ? OFFSET ?`).all(...params, limit, filter.offset ?? 0) as ArticleRow[];
  return rows.map(summaryFromRow);
}

/** How many articles match the filter (its limit ignored). */
export function countArticles(store: Store, filter: ArticleFilter = {}): number {
  const { where, params } = filterSql(filter);
  return (prepared(store, `SELECT COUNT(*) AS n FROM articles a ${where}`).get(...params) as { n: number }).n;
}

function filterSql(filter: ArticleFilter): { where: string; params: unknown[] } {
  const conds: string[] = [];
  const params: unknown[] = [];
  if (filter.tag) {
    conds.push('EXISTS (SELECT 1 FROM article_tags t WHERE t.article_id = a.id AND kechuang_hans(t.tag) = kechuang_hans(?))');
    params.push(filter.tag);
  }
  if (filter.outlet) { conds.push('kechuang_hans(a.outlet) = kechuang_hans(?)'); params.push(filter.outlet); }
  if (filter.since) { conds.push('a.published_at >= ?'); params.push(checkSince(filter.since)); }
  return { where: conds.length ? `WHERE ${conds.join(' AND ')}` : '', params };
}

/** Checks a `--since` date: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
function checkSince(since: string): string {
  const s = since.trim();
  if (!/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/.test(s)) {
    throw new ArgumentError(`--since expects a date like 2025, 2025-03 or 2025-03-04, got ${JSON.stringify(since)}`, { since });
  }
  return s;
}

/** Rebuilds an Article from its row: its summary fields, its text and where title and body sit in it. */
export function articleFromRow(row: ArticleRow): Article {
  const { ingestedAt: _ingestedAt, ...summary } = summaryFromRow(row);
  return {
    ...summary,
    text: row.text,
    body: row.body,
    titleSpan: { start: row.title_start, end: row.title_end },
    bodySpan: { start: row.body_start, end: row.body_end },
    messages: JSON.parse(row.messages) as Message[],
  };
}

/** The summary fields of a row. */
export function summaryFromRow(row: ArticleRow): ArticleSummary {
  return {
    id: row.id,
    title: row.title,
    outlet: row.outlet,
    url: row.url,
    tags: JSON.parse(row.tags) as string[],
    publishedAt: row.published_at,
    file: row.file,
    position: row.position,
    script: row.script as Script,
    format: row.format as InputFormat,
    ingestedAt: row.ingested_at,
  };
}
