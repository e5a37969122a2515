// Facts out of the store: the contract's JSON Lines (with `source`) or CSV.
import type { Fact, FactKind } from '../core/types.js';
import { ArgumentError } from '../core/errors.js';
import { listFacts, requireCompany, type Store, type StoredFact } from '../store/index.js';
import { toCsv } from './csv.js';

const KINDS: readonly FactKind[] = ['ipo', 'financing', 'valuation', 'financial', 'shareholding', 'market_cap'];

/** Filters of a facts export. */
export interface ExportFilter {
  /** Any name of the company, either script. */
  readonly company?: string;
  readonly kind?: string;
  /** Facts stored or dated on or after this ISO date. */
  readonly since?: string;
}

/** Stored facts matching an export filter, in article then text order. */
export function exportFacts(store: Store, filter: ExportFilter = {}): StoredFact[] {
  if (filter.kind && !(KINDS as readonly string[]).includes(filter.kind)) throw new ArgumentError(`unknown kind "${filter.kind}" (one of ${KINDS.join(', ')})`, { kind: filter.kind });
  const companyId = filter.company ? requireCompany(store, filter.company).id : undefined;
  return listFacts(store, { companyId, kind: filter.kind as FactKind | undefined, since: filter.since });
}

/** Facts as the contract's JSON Lines, each with its `source`. */
export function factsToJsonl(facts: readonly StoredFact[]): string {
  return facts.map((f) => JSON.stringify(f.fact satisfies Fact) + '\n').join('');
}

const CSV_HEADER = [
  'article_id', 'outlet', 'published_at', 'kind', 'company', 'resolved_company', 'company_aliases', 'date', 'forecast',
  'stage', 'venue', 'sponsors', 'raise', 'round', 'amount', 'post_money', 'investors', 'basis', 'metric', 'period', 'value',
  'currency', 'holder', 'percent', 'quote', 'start', 'end',
] as const;

/** Facts as CSV, one row per fact; money columns are whole units of `currency`. */
export function factsToCsv(facts: readonly StoredFact[]): string {
  const money = (m: { value?: number; min?: number; max?: number } | undefined) => (m === undefined ? '' : m.value ?? `${m.min ?? ''}-${m.max ?? ''}`);
  const rows = facts.map(({ fact: f, article, companyName }) => {
    const x = f as Partial<Record<string, unknown>> & Fact;
    const cur = f.kind === 'ipo' ? f.raise?.currency : f.kind === 'financing' ? (f.amount ?? f.post_money)?.currency
      : f.kind === 'valuation' || f.kind === 'market_cap' ? f.amount.currency : f.kind === 'financial' ? f.value.currency : '';
    return [
      article.id, article.outlet, article.publishedAt, f.kind, f.company, companyName, f.company_aliases.join('|'), f.date, f.forecast ? 1 : '',
      x.stage, x.venue, f.kind === 'ipo' ? (f.sponsors ?? []).join('|') : '', f.kind === 'ipo' ? money(f.raise) : '',
      x.round, f.kind === 'financing' ? money(f.amount) : f.kind === 'valuation' || f.kind === 'market_cap' ? money(f.amount) : '',
      f.kind === 'financing' ? money(f.post_money) : '', f.kind === 'financing' ? (f.investors ?? []).join('|') : '', x.basis,
      x.metric, x.period, f.kind === 'financial' ? money(f.value) : '', cur, x.holder, x.percent,
      f.source.quote, f.source.start, f.source.end,
    ];
  });
  return toCsv(CSV_HEADER, rows);
}
