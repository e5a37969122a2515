// What changed since a date, per company: facts stored since then or dated
// since then, and every venue whose latest IPO step moved. The basis of alerts.
import type { Stage, Venue } from '../core/types.js';
import { ArgumentError } from '../core/errors.js';
import { listFacts, type Store, type StoredFact } from '../store/index.js';
import { describeFact } from './labels.js';
import { evidenceOf, stepsByVenue, type Evidence } from './pipeline.js';
import { isOnOrAfter, latestStep, type StoredStep } from './steps.js';

/** A venue whose latest step is now different from before the date. */
export interface StageChange {
  readonly venue: Venue;
  readonly from: { readonly stage: Stage; readonly date: string | null } | null;
  readonly to: { readonly stage: Stage; readonly date: string | null };
  readonly source: Evidence;
}

/** A new fact in a change list. */
export interface ChangedFact {
  readonly id: number;
  readonly kind: string;
  readonly summary: string;
  readonly date: string | null;
  readonly storedAt: string;
  readonly source: Evidence;
}

/** The changes of one company. */
export interface CompanyChanges {
  readonly companyId: number | null;
  readonly company: string;
  readonly stageChanges: readonly StageChange[];
  readonly facts: readonly ChangedFact[];
  /** The latest moment among the changes (stored time), for feeds. */
  readonly updated: string;
}

/** Changes since a date, companies with the most recent change first. */
export interface Changes {
  readonly since: string;
  readonly companies: readonly CompanyChanges[];
}

/** Whether a fact is news since `since`: stored since then, or dated since then. */
export function isNewSince(f: StoredFact, since: string): boolean {
  return f.createdAt >= since || (f.fact.date !== undefined && isOnOrAfter(f.fact.date, since));
}

/** New facts and stage changes since an ISO date or datetime, per company. */
export function changes(store: Store, options: { readonly since: string }): Changes {
  const since = options.since;
  if (!/^\d{4}(-\d{2}(-\d{2}([T ][\d:.]+Z?)?)?)?$/.test(since)) throw new ArgumentError(`--since wants an ISO date like 2025-12-30, got "${since}"`, { since });
  const byCompany = new Map<number | string, StoredFact[]>();
  for (const f of listFacts(store)) {
    const k = f.companyId ?? `?${f.fact.company}`;
    let list = byCompany.get(k);
    if (!list) byCompany.set(k, list = []);
    list.push(f);
  }
  const out: CompanyChanges[] = [];
  for (const facts of byCompany.values()) {
    const fresh = facts.filter((f) => isNewSince(f, since));
    if (fresh.length === 0) continue;
    const steps = facts.filter((f): f is StoredStep => f.fact.kind === 'ipo' && !f.fact.forecast);
    const stageChanges: StageChange[] = [];
    for (const [venue, vs] of stepsByVenue(steps)) {
      const now = latestStep(vs);
      const before = latestStep(vs.filter((s) => !isNewSince(s, since)));
      if (!now || (before && before.fact.stage === now.fact.stage && before.fact.date === now.fact.date)) continue;
      stageChanges.push({
        venue,
        from: before ? { stage: before.fact.stage, date: before.fact.date ?? null } : null,
        to: { stage: now.fact.stage, date: now.fact.date ?? null },
        source: evidenceOf(now),
      });
    }
    out.push({
      companyId: facts[0].companyId,
      company: facts[0].companyName,
      stageChanges,
      facts: fresh.map((f) => ({ id: f.id, kind: f.fact.kind, summary: describeFact(f.fact), date: f.fact.date ?? null, storedAt: f.createdAt, source: evidenceOf(f) })),
      updated: fresh.reduce((m, f) => (f.createdAt > m ? f.createdAt : m), ''),
    });
  }
  out.sort((a, b) => b.updated.localeCompare(a.updated) || b.stageChanges.length - a.stageChanges.length || a.company.localeCompare(b.company, 'zh'));
  return { since, companies: out };
}
