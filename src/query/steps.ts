// Ordering IPO steps: a later date wins; dates of different precision that
// agree on their common part (`2025-04` vs `2025-04-15`), and undated steps,
// order by the contract's stage order (`STAGES`).
import { STAGES, type IpoFact, type Stage, type Venue } from '../core/types.js';
import type { StoredFact } from '../store/index.js';

/** An IPO fact as stored, the unit of every step ordering. */
export type StoredStep = StoredFact & { readonly fact: IpoFact };

// Stages that end an attempt, and those that begin one.
const EXITS: ReadonlySet<Stage> = new Set(['tutoring_withdrawn', 'terminated', 'lapsed', 'rejected']);
const STARTS: ReadonlySet<Stage> = new Set(['tutoring_filed', 'filed', 'accepted']);
const LOOK_BACK = /曾|此前|之前|先前|早前|早在|原本|彼時|彼时/;
const A_SHARE_BOARDS: readonly Venue[] = ['STAR', 'CHINEXT', 'SSE_MAIN', 'SZSE_MAIN', 'BSE'];
const US_EXCHANGES: readonly Venue[] = ['NASDAQ', 'NYSE'];

/** Position of a stage in the contract's order. */
export function stageRank(stage: Stage): number {
  return STAGES.indexOf(stage);
}

/** Compares two ISO dates on their common precision: `2025-04` and `2025-04-15` are equal here. */
export function compareDates(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  const x = a.slice(0, n); const y = b.slice(0, n);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Whether an ISO date is on or after `since`, compared on their common precision. */
export function isOnOrAfter(date: string, since: string): boolean {
  return compareDates(date, since) >= 0;
}

// Same date (or undated pair): stage order, then the later article, then the later sentence.
function tieBreak(a: StoredStep, b: StoredStep): number {
  return stageRank(a.fact.stage) - stageRank(b.fact.stage) || a.article.seq - b.article.seq || a.fact.source.start - b.fact.source.start;
}

/** The latest of a company's steps on one venue: the latest dated step, unless an undated step is further along the stage order. */
export function latestStep<T extends StoredStep>(steps: readonly T[]): T | undefined {
  const usable = steps.filter((s) => !s.fact.forecast);
  const dated = usable.filter((s) => s.fact.date);
  const undated = usable.filter((s) => !s.fact.date);
  const best = (xs: readonly T[], cmp: (a: T, b: T) => number) => xs.reduce<T | undefined>((m, s) => (m === undefined || cmp(s, m) > 0 ? s : m), undefined);
  const lastDated = best(dated, (a, b) => compareDates(a.fact.date!, b.fact.date!) || tieBreak(a, b));
  const lastUndated = best(undated, tieBreak);
  let latest = lastDated && lastUndated ? (stageRank(lastUndated.fact.stage) > stageRank(lastDated.fact.stage) ? lastUndated : lastDated) : lastDated ?? lastUndated;
  // An exit stated earlier in an article than a fresh start (撤回辅导…并重新辅导备案) is a restart: the start is later.
  if (latest && EXITS.has(latest.fact.stage)) {
    const exit = latest;
    // Only undated starts without a look-back word (曾于…, 此前…): those are history told after the news.
    const restart = usable.filter((s) => s.article.id === exit.article.id && STARTS.has(s.fact.stage) && s.fact.source.start > exit.fact.source.start
      && !s.fact.date && !LOOK_BACK.test(s.fact.source.quote))
      .sort((a, b) => b.fact.source.start - a.fact.source.start)[0];
    if (restart) latest = restart;
  }
  // Review states (中止, 失效 …) cannot follow a listing: once listed, only termination (终止上市) moves on.
  const listed = best(usable.filter((s) => s.fact.stage === 'listed'), (a, b) => compareDates(a.fact.date ?? '', b.fact.date ?? '') || tieBreak(a, b));
  if (latest && listed && latest.fact.stage !== 'terminated' && latest.fact.stage !== 'listed' && !(latest.fact.date && listed.fact.date && compareDates(latest.fact.date, listed.fact.date) > 0)) latest = listed;
  return latest;
}

/** Steps in timeline order: dated ones by date (then stage), each undated one after the last dated step not further along than it. */
export function orderTimeline<T extends StoredStep>(steps: readonly T[]): T[] {
  const dated = steps.filter((s) => s.fact.date).sort((a, b) => compareDates(a.fact.date!, b.fact.date!) || (a.fact.date!.length - b.fact.date!.length) || tieBreak(a, b));
  const undated = steps.filter((s) => !s.fact.date).sort(tieBreak);
  const out = [...dated];
  for (const u of undated) {
    let at = 0;
    for (let i = 0; i < out.length; i++) if (stageRank(out[i].fact.stage) <= stageRank(u.fact.stage)) at = i + 1;
    out.splice(at, 0, u);
  }
  return out;
}

/** The venue a step counts under: `A` (no board named) folds into the company's one A-share board, `US` into its one US exchange. */
export function foldVenue(venue: Venue, venuesOfCompany: ReadonlySet<Venue>): Venue {
  const pick = (group: readonly Venue[]) => {
    const named = group.filter((v) => venuesOfCompany.has(v));
    return named.length === 1 ? named[0] : venue;
  };
  if (venue === 'A') return pick(A_SHARE_BOARDS);
  if (venue === 'US') return pick(US_EXCHANGES);
  return venue;
}
