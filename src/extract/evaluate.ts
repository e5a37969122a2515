import { toHansAligned } from '../text/script.js';
import type { FactKind, Money } from '../core/types.js';

// Scoring exactly by the contract's rules (shared/spec/facts.md, "How facts are scored").

/** A fact as read from a gold file or printed by `extract`: any field may be an array of accepted values. */
export type LooseFact = Readonly<Record<string, unknown>> & { readonly kind: FactKind };

/** Precision, recall and F1 with their counts. */
export interface Score {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

/** Field accuracy over matched IPO steps whose gold states the field. */
export interface FieldAccuracy {
  readonly right: number;
  readonly total: number;
  readonly share: number;
}

/** A predicted fact paired with the gold fact it matched, or left alone. */
export interface Pairing {
  readonly matched: readonly { readonly predicted: LooseFact; readonly gold: LooseFact }[];
  readonly extra: readonly LooseFact[];
  readonly missed: readonly LooseFact[];
}

/** The scores of one evaluation: overall, per kind, and IPO field accuracy. */
export interface Evaluation {
  readonly overall: Score;
  readonly byKind: Readonly<Record<string, Score>>;
  readonly ipoFields: { readonly date: FieldAccuracy; readonly sponsors: FieldAccuracy; readonly raise: FieldAccuracy };
}

const LEGAL_FORM = /(?:集团股份有限公司|股份有限公司|有限责任公司|有限公司|[(（]集团[)）]|集团有限公司)$/u;

/** Normalises a name as the scorer does: Simplified script, no trailing legal form. */
export function normalizeName(name: string): string {
  let s = toHansAligned(String(name).trim());
  s = s.replace(/[（]/g, '(').replace(/[）]/g, ')');
  for (let i = 0; i < 2; i++) s = s.replace(LEGAL_FORM, '');
  return s;
}

function values(v: unknown): unknown[] {
  return Array.isArray(v) ? v : v === undefined || v === null ? [] : [v];
}

function names(fact: LooseFact, field: string, aliasField?: string): Set<string> {
  const out = new Set<string>();
  for (const v of values(fact[field])) out.add(normalizeName(String(v)));
  if (aliasField) for (const v of values(fact[aliasField])) out.add(normalizeName(String(v)));
  return out;
}

function primaryNames(fact: LooseFact, field: string): string[] {
  return values(fact[field]).map((v) => normalizeName(String(v)));
}

// Names match when equal, or one of them is among the other's aliases.
function sameParty(p: LooseFact, g: LooseFact, field: string, aliasField?: string): boolean {
  const pAll = names(p, field, aliasField);
  const gAll = names(g, field, aliasField);
  return primaryNames(p, field).some((n) => gAll.has(n)) || primaryNames(g, field).some((n) => pAll.has(n));
}

function close(a: number, b: number): boolean {
  if (a === b) return true;
  return Math.abs(a - b) <= 0.005 * Math.max(Math.abs(a), Math.abs(b));
}

/** Whether two amounts agree within 0.5% (a range agrees on both ends). */
export function sameMoney(a: unknown, b: unknown): boolean {
  const x = a as Money | undefined; const y = b as Money | undefined;
  if (!x || !y) return false;
  if (typeof x.value === 'number' && typeof y.value === 'number') return close(x.value, y.value);
  if (typeof x.min === 'number' && typeof y.min === 'number' && typeof x.max === 'number' && typeof y.max === 'number') {
    return close(x.min, y.min) && close(x.max, y.max);
  }
  return false;
}

function anyEqual(p: unknown, g: unknown, eq: (a: unknown, b: unknown) => boolean = (a, b) => a === b): boolean {
  const gs = values(g);
  const ps = values(p);
  return gs.some((gv) => ps.some((pv) => eq(pv, gv)));
}

function normEq(a: unknown, b: unknown): boolean {
  return normalizeName(String(a)) === normalizeName(String(b));
}

/** Whether a predicted fact matches a gold fact under the contract's rules. */
export function factsMatch(p: LooseFact, g: LooseFact): boolean {
  if (p.kind !== g.kind) return false;
  if (!sameParty(p, g, 'company', 'company_aliases')) return false;
  switch (g.kind) {
    case 'ipo':
      return anyEqual(p.stage, g.stage) && anyEqual(p.venue, g.venue);
    case 'financing':
      if (g.round !== undefined && g.round !== null && !anyEqual(p.round, g.round, normEq)) return false;
      if (g.amount !== undefined && g.amount !== null && !anyEqual(p.amount, g.amount, sameMoney)) return false;
      return true;
    case 'valuation':
    case 'market_cap':
      return anyEqual(p.amount, g.amount, sameMoney);
    case 'financial':
      return anyEqual(p.metric, g.metric) && anyEqual(p.period, g.period) && anyEqual(p.value, g.value, sameMoney);
    case 'shareholding':
      return sameParty(p, g, 'holder') && anyEqual(p.percent, g.percent, (a, b) => Math.abs(Number(a) - Number(b)) <= 0.01);
    default:
      return false;
  }
}

/** Pairs predicted with gold facts one to one (forecasts left out on both sides). */
export function pairFacts(predicted: readonly LooseFact[], gold: readonly LooseFact[]): Pairing {
  const ps = predicted.filter((f) => f.forecast !== true);
  const gs = gold.filter((f) => f.forecast !== true);
  // Augmenting paths give a maximum matching, so one loose gold fact cannot steal another's partner.
  // A gold fact with the same date is tried first, so two steps of one stage pair with their own dates.
  const candidates = ps.map((p) => gs.map((g, j) => (factsMatch(p, g) ? j : -1)).filter((j) => j >= 0)
    .sort((a, b) => Number(!anyEqual(p.date, gs[a].date)) - Number(!anyEqual(p.date, gs[b].date))));
  const goldOwner = new Array<number>(gs.length).fill(-1);
  const tryAssign = (i: number, seen: Set<number>): boolean => {
    for (const j of candidates[i]) {
      if (seen.has(j)) continue;
      seen.add(j);
      if (goldOwner[j] === -1 || tryAssign(goldOwner[j], seen)) { goldOwner[j] = i; return true; }
    }
    return false;
  };
  for (let i = 0; i < ps.length; i++) tryAssign(i, new Set());
  const predOwner = new Array<number>(ps.length).fill(-1);
  goldOwner.forEach((i, j) => { if (i >= 0) predOwner[i] = j; });
  return {
    matched: goldOwner.flatMap((i, j) => (i >= 0 ? [{ predicted: ps[i], gold: gs[j] }] : [])),
    extra: ps.filter((_, i) => predOwner[i] === -1),
    missed: gs.filter((_, j) => goldOwner[j] === -1),
  };
}

function score(tp: number, fp: number, fn: number): Score {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

function accuracy(right: number, total: number): FieldAccuracy {
  return { right, total, share: total === 0 ? 1 : right / total };
}

function sameSponsors(p: unknown, g: unknown): boolean {
  const ps = new Set(values(p).map((v) => normalizeName(String(v))));
  const gs = values(g).map((v) => normalizeName(String(v)));
  return gs.length === ps.size && gs.every((n) => ps.has(n));
}

/** The IPO fields (date, sponsors, raise) that gold states and a matched step gets wrong. */
export function wrongIpoFields(predicted: LooseFact, gold: LooseFact): ('date' | 'sponsors' | 'raise')[] {
  const wrong: ('date' | 'sponsors' | 'raise')[] = [];
  if (gold.date !== undefined && !anyEqual(predicted.date, gold.date)) wrong.push('date');
  if (gold.sponsors !== undefined && !sameSponsors(predicted.sponsors, gold.sponsors)) wrong.push('sponsors');
  if (gold.raise !== undefined && !anyEqual(predicted.raise, gold.raise, sameMoney)) wrong.push('raise');
  return wrong;
}

/** Scores many files' pairings together: per kind, overall, and IPO date/sponsors/raise accuracy. */
export function evaluate(pairings: readonly Pairing[]): Evaluation {
  const counts = new Map<string, { tp: number; fp: number; fn: number }>();
  const bump = (kind: string, key: 'tp' | 'fp' | 'fn') => {
    const c = counts.get(kind) ?? { tp: 0, fp: 0, fn: 0 };
    c[key]++;
    counts.set(kind, c);
  };
  const fields = { date: [0, 0], sponsors: [0, 0], raise: [0, 0] } as Record<'date' | 'sponsors' | 'raise', [number, number]>;
  for (const p of pairings) {
    for (const m of p.matched) {
      bump(m.gold.kind, 'tp');
      if (m.gold.kind !== 'ipo') continue;
      const wrong = wrongIpoFields(m.predicted, m.gold);
      for (const field of ['date', 'sponsors', 'raise'] as const) {
        if (m.gold[field] === undefined) continue;
        fields[field][1]++;
        if (!wrong.includes(field)) fields[field][0]++;
      }
    }
    for (const f of p.extra) bump(f.kind, 'fp');
    for (const f of p.missed) bump(f.kind, 'fn');
  }
  const byKind: Record<string, Score> = {};
  let tp = 0; let fp = 0; let fn = 0;
  for (const [kind, c] of [...counts].sort()) {
    byKind[kind] = score(c.tp, c.fp, c.fn);
    tp += c.tp; fp += c.fp; fn += c.fn;
  }
  return {
    overall: score(tp, fp, fn),
    byKind,
    ipoFields: {
      date: accuracy(...fields.date),
      sponsors: accuracy(...fields.sponsors),
      raise: accuracy(...fields.raise),
    },
  };
}
