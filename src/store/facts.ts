// Facts as stored: one row per fact with the contract's JSON in `data`, the
// columns views filter on beside it, and the resolved company.
import type { Fact, FactKind } from '../core/types.js';
import type { Store } from './db.js';
import { rebuildCompanies, resolveNewFacts } from './companies.js';

/** The article a stored fact comes from, as views cite it. */
export interface FactArticle {
  readonly id: string;
  readonly title: string;
  readonly outlet: string | null;
  readonly url: string | null;
  readonly publishedAt: string | null;
  readonly ingestedAt: string;
  /** Ingest order of the article: a later article has a higher `seq`. */
  readonly seq: number;
}

/** A fact read back from the store with its company and article. */
export interface StoredFact {
  readonly id: number;
  readonly fact: Fact;
  readonly companyId: number | null;
  /** The company's display name (the fact's own `company` when unresolved). */
  readonly companyName: string;
  /** When the fact was first stored (ISO datetime). */
  readonly createdAt: string;
  readonly article: FactArticle;
}

/** Filters of `listFacts`; all optional and combined with AND. */
export interface FactFilter {
  readonly companyId?: number;
  readonly articleId?: string;
  readonly kind?: FactKind;
  /** Keep facts stored on or after this ISO date/datetime, or dated on or after it. */
  readonly since?: string;
  /** Keep forecast facts too (default: true). */
  readonly forecasts?: boolean;
}

/** Replaces an article's stored facts with `facts` and resolves their companies (call inside the ingest transaction). */
export function saveFacts(store: Store, articleId: string, facts: readonly Fact[], options: { readonly now?: string } = {}): void {
  store.transaction(() => {
    // A fact stored before keeps its first `created_at`, so re-extraction is not news for `changes`.
    const before = new Map((store.prepare('SELECT data, created_at FROM facts WHERE article_id = ?').all(articleId) as { data: string; created_at: string }[])
      .map((r) => [r.data, r.created_at]));
    store.prepare('DELETE FROM facts WHERE article_id = ?').run(articleId);
    const now = options.now ?? new Date().toISOString();
    const insert = store.prepare(`INSERT INTO facts (article_id, kind, company, stage, venue, date, forecast, start, end, quote, data, created_at)
      VALUES (@articleId, @kind, @company, @stage, @venue, @date, @forecast, @start, @end, @quote, @data, @createdAt)`);
    const ids: number[] = [];
    for (const fact of facts) {
      const data = JSON.stringify(fact);
      ids.push(Number(insert.run({
        articleId,
        kind: fact.kind,
        company: fact.company,
        stage: fact.kind === 'ipo' ? fact.stage : null,
        venue: fact.kind === 'ipo' ? fact.venue : null,
        date: fact.date ?? null,
        forecast: fact.forecast ? 1 : 0,
        start: fact.source.start,
        end: fact.source.end,
        quote: fact.source.quote,
        data,
        createdAt: before.get(data) ?? now,
      }).lastInsertRowid));
    }
    // Removing facts can unlink names, which only a full re-resolution undoes.
    if (before.size > 0) rebuildCompanies(store);
    else resolveNewFacts(store, ids);
  })();
}

interface FactRow {
  id: number; data: string; company_id: number | null; company_name: string | null; created_at: string;
  a_id: string; title: string; outlet: string | null; url: string | null; published_at: string | null; ingested_at: string; seq: number;
}

/** Stored facts matching a filter, in article ingest order then text order. */
export function listFacts(store: Store, filter: FactFilter = {}): StoredFact[] {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  if (filter.companyId !== undefined) { where.push('f.company_id = @companyId'); params.companyId = filter.companyId; }
  if (filter.articleId !== undefined) { where.push('f.article_id = @articleId'); params.articleId = filter.articleId; }
  if (filter.kind !== undefined) { where.push('f.kind = @kind'); params.kind = filter.kind; }
  if (filter.forecasts === false) where.push('f.forecast = 0');
  if (filter.since !== undefined) {
    // A fact dated `2025-04` is on or after `2025-04-10` when its month is.
    where.push('(f.created_at >= @since OR (f.date IS NOT NULL AND f.date >= substr(@since, 1, length(f.date))))');
    params.since = filter.since;
  }
  const rows = store.prepare(`SELECT f.id, f.data, f.company_id, c.name AS company_name, f.created_at,
      a.id AS a_id, a.title, a.outlet, a.url, a.published_at, a.ingested_at, a.seq
    FROM facts f JOIN articles a ON a.id = f.article_id LEFT JOIN companies c ON c.id = f.company_id
    ${where.length ? 'WHERE ' + where.join(' AND ') : ''}
    ORDER BY a.seq, a.id, f.start, f.id`).all(params) as FactRow[];
  return rows.map((r) => {
    const fact = JSON.parse(r.data) as Fact;
    return {
      id: r.id,
      fact,
      companyId: r.company_id,
      companyName: r.company_name ?? fact.company,
      createdAt: r.created_at,
      article: { id: r.a_id, title: r.title, outlet: r.outlet, url: r.url, publishedAt: r.published_at, ingestedAt: r.ingested_at, seq: r.seq },
    };
  });
}

/** Ids of the articles that state at least one fact about a company. */
export function articleIdsForCompany(store: Store, companyId: number): string[] {
  return (store.prepare('SELECT DISTINCT article_id AS id FROM facts WHERE company_id = ?').all(companyId) as { id: string }[]).map((r) => r.id);
}

/** How many facts the store holds. */
export function countFacts(store: Store): number {
  return (store.prepare('SELECT COUNT(*) AS n FROM facts').get() as { n: number }).n;
}
