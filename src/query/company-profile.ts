// A company page: its names, IPO timeline, rounds and valuations, reported
// figures as metric × period, holders, market caps, and every fact with its
// quote. Where sources disagree on a figure, every stated value is kept with
// its sources: nothing is picked silently.
import type { Fact, FinancingFact, Metric, Money, Stage, Venue } from '../core/types.js';
import { companyAliases, listFacts, requireCompany, type CompanyAlias, type Store, type StoredFact } from '../store/index.js';
import { describeFact, formatMoney, formatPeriod, METRIC_LABELS } from './labels.js';
import { evidenceOf, latestValuation, pipelineRow, stepsByVenue, type Evidence, type PipelineRow, type ValuationRef } from './pipeline.js';
import { orderTimeline, type StoredStep } from './steps.js';

/** One step of the IPO timeline. */
export interface TimelineStep {
  readonly stage: Stage;
  readonly venue: Venue;
  readonly date: string | null;
  readonly sponsors: readonly string[];
  readonly raise: string | null;
  readonly confidential: boolean;
  readonly forecast: boolean;
  readonly source: Evidence;
}

/** A financing round or stated valuation. */
export interface RoundEntry {
  readonly kind: 'financing' | 'valuation';
  readonly date: string | null;
  readonly round: string | null;
  readonly amount: string | null;
  readonly postMoney: string | null;
  readonly investors: readonly string[];
  readonly basis: string | null;
  readonly forecast: boolean;
  readonly source: Evidence;
}

/** One stated value of a figure and the sources that state it. */
export interface FigureValue {
  readonly value: Money;
  readonly text: string;
  readonly sources: readonly Evidence[];
}

/** The table of reported figures: periods as columns, metrics as rows; a cell with several values is a disagreement. */
export interface FinancialTable {
  readonly periods: readonly { readonly period: string; readonly label: string }[];
  readonly rows: readonly {
    readonly metric: Metric;
    readonly label: string;
    readonly forecast: boolean;
    /** Keyed by period; absent where no source states it. */
    readonly cells: Readonly<Record<string, readonly FigureValue[]>>;
  }[];
  /** Cells where sources state different values. */
  readonly conflicts: readonly { readonly metric: Metric; readonly period: string; readonly values: readonly FigureValue[] }[];
}

/** A holder's stake as stated. */
export interface HoldingEntry {
  readonly holder: string;
  readonly percent: number;
  readonly date: string | null;
  readonly source: Evidence;
}

/** A stated market capitalisation. */
export interface MarketCapEntry {
  readonly amount: string;
  readonly value: Money;
  readonly date: string | null;
  readonly source: Evidence;
}

/** Every fact about the company, with what it says and where. */
export interface ProfileFact {
  readonly id: number;
  readonly kind: Fact['kind'];
  readonly summary: string;
  readonly fact: Fact;
  readonly source: Evidence;
}

/** Everything kechuang knows about one company. */
export interface CompanyProfile {
  readonly id: number;
  readonly name: string;
  readonly aliases: readonly CompanyAlias[];
  /** Where the company stands on each venue (as in the pipeline). */
  readonly status: readonly PipelineRow[];
  readonly timeline: readonly TimelineStep[];
  readonly rounds: readonly RoundEntry[];
  readonly valuation: ValuationRef | null;
  readonly financials: FinancialTable;
  readonly shareholders: readonly HoldingEntry[];
  readonly marketCaps: readonly MarketCapEntry[];
  readonly facts: readonly ProfileFact[];
  readonly articles: number;
}

const METRIC_ORDER: readonly Metric[] = ['revenue', 'main_revenue', 'net_profit', 'net_profit_attributable', 'net_profit_deducted'];

// Figures equal when currency and amount are: a different precision is a different statement.
function moneyKey(m: Money): string {
  return JSON.stringify([m.currency, m.value ?? null, m.min ?? null, m.max ?? null, m.qualifier ?? null]);
}

/** Builds the metric × period table from financial facts, keeping every distinct value with its sources. */
export function financialTable(facts: readonly StoredFact[]): FinancialTable {
  const cells = new Map<string, Map<string, Map<string, { value: Money; sources: Evidence[] }>>>();
  const periods = new Set<string>();
  for (const f of facts) {
    if (f.fact.kind !== 'financial') continue;
    const row = `${f.fact.forecast ? 1 : 0}|${f.fact.metric}`;
    periods.add(f.fact.period);
    let r = cells.get(row);
    if (!r) cells.set(row, r = new Map());
    let c = r.get(f.fact.period);
    if (!c) r.set(f.fact.period, c = new Map());
    const k = moneyKey(f.fact.value);
    let v = c.get(k);
    if (!v) c.set(k, v = { value: f.fact.value, sources: [] });
    if (!v.sources.some((s) => s.articleId === f.article.id)) v.sources.push(evidenceOf(f));
  }
  // Periods in time order: by start month, then the longer span after the shorter.
  const sortedPeriods = [...periods].sort((a, b) => a.slice(0, 7).localeCompare(b.slice(0, 7)) || a.localeCompare(b));
  const rows = [...cells.entries()]
    .map(([row, byPeriod]) => {
      const [fc, metric] = row.split('|') as [string, Metric];
      const out: Record<string, FigureValue[]> = {};
      for (const [period, values] of byPeriod) out[period] = [...values.values()].map((v) => ({ value: v.value, text: formatMoney(v.value), sources: v.sources }));
      return { metric, label: METRIC_LABELS[metric] ?? metric, forecast: fc === '1', cells: out };
    })
    .sort((a, b) => Number(a.forecast) - Number(b.forecast) || METRIC_ORDER.indexOf(a.metric) - METRIC_ORDER.indexOf(b.metric));
  const conflicts = rows.filter((r) => !r.forecast).flatMap((r) => Object.entries(r.cells).filter(([, v]) => v.length > 1).map(([period, values]) => ({ metric: r.metric, period, values })));
  return { periods: sortedPeriods.map((p) => ({ period: p, label: formatPeriod(p) })), rows, conflicts };
}

function byDate<T extends { readonly date: string | null }>(xs: T[]): T[] {
  // Stable: undated entries keep their article order, after the dated ones.
  return xs.sort((a, b) => (a.date === null ? 1 : 0) - (b.date === null ? 1 : 0) || (a.date ?? '').localeCompare(b.date ?? ''));
}

/** The profile of the company a name (any alias, either script) or `#id` refers to; throws `NotFoundError`. */
export function companyProfile(store: Store, name: string): CompanyProfile {
  const company = requireCompany(store, name);
  const facts = listFacts(store, { companyId: company.id });
  const steps = facts.filter((f): f is StoredStep => f.fact.kind === 'ipo');
  const status = [...stepsByVenue(steps.filter((s) => !s.fact.forecast))]
    .map(([venue, vs]) => pipelineRow(venue, vs, facts))
    .filter((r): r is PipelineRow => r !== undefined);
  const timeline = orderTimeline(steps).map((s): TimelineStep => ({
    stage: s.fact.stage, venue: s.fact.venue, date: s.fact.date ?? null, sponsors: s.fact.sponsors ?? [],
    raise: s.fact.raise ? formatMoney(s.fact.raise) : null, confidential: Boolean(s.fact.confidential),
    forecast: Boolean(s.fact.forecast), source: evidenceOf(s),
  }));
  const rounds = byDate(facts.filter((f) => f.fact.kind === 'financing' || f.fact.kind === 'valuation').map((f): RoundEntry => {
    const fin = f.fact.kind === 'financing' ? (f.fact as FinancingFact) : undefined;
    return {
      kind: f.fact.kind as 'financing' | 'valuation',
      date: f.fact.date ?? null,
      round: fin?.round ?? null,
      amount: fin?.amount ? formatMoney(fin.amount) : f.fact.kind === 'valuation' ? formatMoney(f.fact.amount) : null,
      postMoney: fin?.post_money ? formatMoney(fin.post_money) : null,
      investors: fin?.investors ?? [],
      basis: f.fact.kind === 'valuation' ? f.fact.basis : null,
      forecast: Boolean(f.fact.forecast),
      source: evidenceOf(f),
    };
  }));
  const shareholders = byDate(facts.flatMap((f) => (f.fact.kind === 'shareholding'
    ? [{ holder: f.fact.holder, percent: f.fact.percent, date: f.fact.date ?? null, source: evidenceOf(f) }] : [])));
  const marketCaps = byDate(facts.flatMap((f) => (f.fact.kind === 'market_cap'
    ? [{ amount: formatMoney(f.fact.amount), value: f.fact.amount, date: f.fact.date ?? null, source: evidenceOf(f) }] : [])));
  return {
    id: company.id,
    name: company.name,
    aliases: companyAliases(store, company.id),
    status,
    timeline,
    rounds,
    valuation: latestValuation(facts),
    financials: financialTable(facts),
    shareholders,
    marketCaps,
    facts: facts.map((f) => ({ id: f.id, kind: f.fact.kind, summary: describeFact(f.fact), fact: f.fact, source: evidenceOf(f) })),
    articles: new Set(facts.map((f) => f.article.id)).size,
  };
}
