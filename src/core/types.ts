// The nouns every stage of the pipeline shares. Offsets are JavaScript string
// offsets (UTF-16 code units) into `Article.text`, the article as ingested.

/** A half-open range `[start, end)` of JavaScript offsets into a text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** Script of a text: Simplified, Traditional, both, or too little Han to say. */
export type Script = 'hans' | 'hant' | 'mixed' | 'unknown';

/** A problem found in a text; only a `fatal` one stops that document. */
export interface Message {
  readonly level: 'info' | 'warning' | 'fatal';
  readonly code: string;
  readonly reason: string;
  readonly place?: Span;
}

/** One news article as read from a file, with its original text kept whole. */
export interface Article {
  /** Stable id derived from the content (title + body + outlet). */
  readonly id: string;
  /** The article text as ingested: offsets of every fact point into this. */
  readonly text: string;
  readonly title: string;
  readonly body: string;
  /** Where title and body sit in `text`. */
  readonly titleSpan: Span;
  readonly bodySpan: Span;
  readonly outlet: string | null;
  readonly url: string | null;
  readonly tags: readonly string[];
  /** ISO date (`2025-12-30`) or datetime, where the source states one. */
  readonly publishedAt: string | null;
  /** In a file of many articles (a digest), the last year the file states before this article: a date that leaves its year out may take it. */
  readonly yearBefore?: number;
  /** The file the article came from (`-` for stdin). */
  readonly file: string;
  /** 0-based position of the article within that file. */
  readonly position: number;
  /** Script of the text (Simplified / Traditional / mixed). */
  readonly script: Script;
  /** Input format the article was read from. */
  readonly format: InputFormat;
  readonly messages: readonly Message[];
}

/** Formats `kechuang ingest` recognises by content. */
export type InputFormat = 'digest' | 'plain' | 'jsonl' | 'rss' | 'atom' | 'html';

/** ISO 4217 code, e.g. `CNY`, `HKD`, `USD`. */
export type Currency = string;

/** How exact a stated amount is: 约/近 → approx, 超/逾 → over, 不到 → under. */
export type Qualifier = 'approx' | 'over' | 'under';

/** An amount of money in whole currency units, or a range of them. */
export interface Money {
  readonly value?: number;
  readonly min?: number;
  readonly max?: number;
  readonly currency: Currency;
  readonly qualifier?: Qualifier;
}

/** Where a fact is stated: `doc`'s text `.slice(start, end) === quote`. */
export interface Source {
  readonly doc: string;
  readonly start: number;
  readonly end: number;
  readonly quote: string;
}

/** Kinds of fact in the shared contract (`shared/spec/facts.md`). */
export type FactKind = 'ipo' | 'financing' | 'valuation' | 'financial' | 'shareholding' | 'market_cap';

/** IPO stages in their usual order; a pipeline shows a company's latest. */
export const STAGES = [
  'tutoring_filed', 'tutoring_withdrawn', 'tutoring_completed', 'filed', 'accepted', 'inquiry',
  'hearing', 'deferred', 'approved', 'rejected', 'registration_submitted', 'registered',
  'offering', 'listed', 'suspended', 'lapsed', 'terminated',
] as const;
/** One IPO stage of the contract. */
export type Stage = (typeof STAGES)[number];

/** Listing venues of the contract. */
export const VENUES = ['STAR', 'CHINEXT', 'SSE_MAIN', 'SZSE_MAIN', 'BSE', 'A', 'HKEX', 'NASDAQ', 'NYSE', 'US', 'OTHER'] as const;
/** One venue of the contract. */
export type Venue = (typeof VENUES)[number];

/** Reported-figure metrics of the contract. */
export type Metric = 'revenue' | 'main_revenue' | 'net_profit' | 'net_profit_attributable' | 'net_profit_deducted';

/** Fields every fact has (snake_case: this is the contract's JSON). */
interface FactBase {
  readonly company: string;
  readonly company_aliases: readonly string[];
  readonly date?: string;
  readonly source: Source;
  readonly forecast?: boolean;
}

/** A step of a listing. */
export interface IpoFact extends FactBase {
  readonly kind: 'ipo';
  readonly stage: Stage;
  readonly venue: Venue;
  readonly sponsors?: readonly string[];
  readonly raise?: Money;
  readonly standard?: string;
  readonly confidential?: boolean;
  readonly price?: Money;
}
/** A private funding round. */
export interface FinancingFact extends FactBase {
  readonly kind: 'financing';
  readonly round?: string;
  readonly amount?: Money;
  readonly post_money?: Money;
  readonly investors?: readonly string[];
}
/** A stated valuation. */
export interface ValuationFact extends FactBase {
  readonly kind: 'valuation';
  readonly amount: Money;
  readonly basis: 'pre_money' | 'post_money' | 'pre_ipo' | null;
}
/** One reported (or forecast) figure for one period. */
export interface FinancialFact extends FactBase {
  readonly kind: 'financial';
  readonly metric: Metric;
  /** ISO month interval, e.g. `2024-01/2024-12`. */
  readonly period: string;
  readonly value: Money;
}
/** A holder's stake in the company. */
export interface ShareholdingFact extends FactBase {
  readonly kind: 'shareholding';
  readonly holder: string;
  readonly percent: number;
}
/** A stated market capitalisation. */
export interface MarketCapFact extends FactBase {
  readonly kind: 'market_cap';
  readonly amount: Money;
}

/** One fact of the contract, always with its source. */
export type Fact = IpoFact | FinancingFact | ValuationFact | FinancialFact | ShareholdingFact | MarketCapFact;
