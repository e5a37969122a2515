// The IPO pipeline: where each company stands on each venue, built from the
// stored facts (forecasts left out), like an exchange's review-status table.
import type { Money, Stage, Venue } from '../core/types.js';
import { ArgumentError } from '../core/errors.js';
import { STAGES, VENUES } from '../core/types.js';
import { listFacts, type StoredFact, type Store } from '../store/index.js';
import { formatMoney } from './labels.js';
import { compareDates, foldVenue, isOnOrAfter, latestStep, orderTimeline, type StoredStep } from './steps.js';

/** Filters of the pipeline view. */
export interface PipelineFilter {
  readonly venue?: Venue;
  readonly stage?: Stage;
  /** Rows whose latest step is dated on or after this date (undated: whose source appeared since). */
  readonly since?: string;
}

/** An article cited by a view. */
export interface SourceRef {
  readonly articleId: string;
  readonly title: string;
  readonly outlet: string | null;
  readonly url: string | null;
  /** Publication date where known, else when it was ingested. */
  readonly date: string;
}

/** The quote a step or figure rests on. */
export interface Evidence extends SourceRef {
  readonly factId: number;
  readonly quote: string;
  readonly start: number;
  readonly end: number;
}

/** A valuation as the pipeline shows it: latest stated. */
export interface ValuationRef {
  readonly amount: Money;
  readonly text: string;
  readonly date: string | null;
  readonly basis: string | null;
  readonly source: Evidence;
}

/** One row of the pipeline: a company on one venue at its latest step. */
export interface PipelineRow {
  readonly companyId: number;
  readonly company: string;
  readonly venue: Venue;
  readonly stage: Stage;
  readonly date: string | null;
  readonly confidential: boolean;
  readonly sponsors: readonly string[];
  readonly raise: Money | null;
  readonly raiseText: string | null;
  readonly valuation: ValuationRef | null;
  /** Articles stating a step of this company on this venue. */
  readonly sources: number;
  readonly latestSource: SourceRef;
  /** The quote of the latest step. */
  readonly evidence: Evidence;
}

/** The article of a stored fact as a citation. */
export function sourceOf(f: StoredFact): SourceRef {
  return { articleId: f.article.id, title: f.article.title, outlet: f.article.outlet, url: f.article.url, date: f.article.publishedAt ?? f.article.ingestedAt.slice(0, 10) };
}

/** A stored fact's quote with its article. */
export function evidenceOf(f: StoredFact): Evidence {
  return { ...sourceOf(f), factId: f.id, quote: f.fact.source.quote, start: f.fact.source.start, end: f.fact.source.end };
}

/** Whether an article is later than another: publication date where both have one, else ingest order. */
function laterArticle(a: StoredFact, b: StoredFact): boolean {
  const pa = a.article.publishedAt; const pb = b.article.publishedAt;
  const c = pa && pb ? compareDates(pa, pb) : 0;
  return c !== 0 ? c > 0 : a.article.seq > b.article.seq;
}

/** The latest valuation a company's facts state (valuations and financing post-money), by date then article. */
export function latestValuation(facts: readonly StoredFact[]): ValuationRef | null {
  let best: { f: StoredFact; amount: Money; basis: string | null } | null = null;
  for (const f of facts) {
    if (f.fact.forecast) continue;
    const amount = f.fact.kind === 'valuation' ? f.fact.amount : f.fact.kind === 'financing' ? f.fact.post_money : undefined;
    if (!amount) continue;
    const basis = f.fact.kind === 'valuation' ? f.fact.basis : 'post_money';
    const later = !best || (() => {
      const da = f.fact.date; const db = best.f.fact.date;
      if (da && db && compareDates(da, db) !== 0) return compareDates(da, db) > 0;
      if (da && !db) return true;
      if (!da && db) return false;
      return laterArticle(f, best.f) || f.article.id === best.f.article.id;
    })();
    if (later) best = { f, amount, basis };
  }
  return best && { amount: best.amount, text: formatMoney(best.amount), date: best.f.fact.date ?? null, basis: best.basis, source: evidenceOf(best.f) };
}

/** Groups a company's IPO steps by venue, folding `A`/`US` into the one board or exchange the company is seen on. */
export function stepsByVenue(steps: readonly StoredStep[]): Map<Venue, StoredStep[]> {
  const venues = new Set(steps.map((s) => s.fact.venue));
  const out = new Map<Venue, StoredStep[]>();
  for (const s of steps) {
    const v = foldVenue(s.fact.venue, venues);
    let list = out.get(v);
    if (!list) out.set(v, list = []);
    list.push(s);
  }
  return out;
}

/** Checks pipeline filters from user input, throwing `ArgumentError` on an unknown venue or stage. */
export function checkPipelineFilter(filter: { venue?: string; stage?: string; since?: string }): PipelineFilter {
  if (filter.venue && !(VENUES as readonly string[]).includes(filter.venue)) throw new ArgumentError(`unknown venue "${filter.venue}" (one of ${VENUES.join(', ')})`, { venue: filter.venue });
  if (filter.stage && !(STAGES as readonly string[]).includes(filter.stage)) throw new ArgumentError(`unknown stage "${filter.stage}" (one of ${STAGES.join(', ')})`, { stage: filter.stage });
  if (filter.since && !/^\d{4}(-\d{2}(-\d{2})?)?/.test(filter.since)) throw new ArgumentError(`--since wants an ISO date like 2025-12-30, got "${filter.since}"`, { since: filter.since });
  return filter as PipelineFilter;
}

/** Builds one row for a company's steps on one venue, with the other facts of the company for its valuation. */
export function pipelineRow(venue: Venue, steps: readonly StoredStep[], companyFacts: readonly StoredFact[]): PipelineRow | undefined {
  const latest = latestStep(steps);
  if (!latest) return undefined;
  // Sponsors and raise: the latest step's own, else the latest step that names them.
  const timeline = orderTimeline(steps.filter((s) => !s.fact.forecast)).reverse();
  const sponsors = latest.fact.sponsors?.length ? latest.fact.sponsors : timeline.find((s) => s.fact.sponsors?.length)?.fact.sponsors ?? [];
  const raise = latest.fact.raise ?? timeline.find((s) => s.fact.raise)?.fact.raise ?? null;
  const articles = new Map<string, StoredStep>();
  for (const s of steps) if (!articles.has(s.article.id) || laterArticle(s, articles.get(s.article.id)!)) articles.set(s.article.id, s);
  const newest = [...articles.values()].reduce((m, s) => (laterArticle(s, m) ? s : m));
  return {
    companyId: latest.companyId ?? 0,
    company: latest.companyName,
    venue,
    stage: latest.fact.stage,
    date: latest.fact.date ?? null,
    confidential: steps.some((s) => s.fact.confidential && s.fact.stage === latest.fact.stage) || Boolean(latest.fact.confidential),
    sponsors,
    raise,
    raiseText: raise ? formatMoney(raise) : null,
    valuation: latestValuation(companyFacts),
    sources: articles.size,
    latestSource: sourceOf(newest),
    evidence: evidenceOf(latest),
  };
}

/** One row per company and venue at its latest IPO step, latest first (undated rows after dated ones). */
export function pipeline(store: Store, filter: PipelineFilter = {}): PipelineRow[] {
  const facts = listFacts(store, { forecasts: false });
  const byCompany = new Map<number | string, StoredFact[]>();
  for (const f of facts) {
    const k = f.companyId ?? `?${f.fact.company}`;
    let list = byCompany.get(k);
    if (!list) byCompany.set(k, list = []);
    list.push(f);
  }
  const rows: PipelineRow[] = [];
  for (const companyFacts of byCompany.values()) {
    const steps = companyFacts.filter((f): f is StoredStep => f.fact.kind === 'ipo');
    for (const [venue, venueSteps] of stepsByVenue(steps)) {
      const row = pipelineRow(venue, venueSteps, companyFacts);
      if (!row) continue;
      if (filter.venue && row.venue !== filter.venue) continue;
      if (filter.stage && row.stage !== filter.stage) continue;
      if (filter.since && !(row.date ? isOnOrAfter(row.date, filter.since) : isOnOrAfter(row.latestSource.date, filter.since))) continue;
      rows.push(row);
    }
  }
  return rows.sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.company.localeCompare(b.company, 'zh') || a.venue.localeCompare(b.venue));
}
