import type { Fact, FinancingFact, IpoFact, ValuationFact, Venue } from '../../core/types.js';
import type { ExtractDoc } from '../doc.js';
import { normalizeName } from '../evaluate.js';
import { unique, weakDates } from '../emit.js';
import { toHansAligned } from '../../text/index.js';

function identity(f: Fact): string {
  const c = normalizeName(f.company);
  switch (f.kind) {
    case 'ipo': return `ipo|${c}|${f.stage}`;
    case 'financing': return `financing|${c}|${f.round ?? ''}`;
    case 'valuation': return `valuation|${c}|${f.amount.value ?? f.amount.min}`;
    case 'market_cap': return `market_cap|${c}|${f.amount.value ?? f.amount.min}`;
    case 'financial': return `financial|${c}|${f.metric}|${f.period}|${f.value.value ?? f.value.min}`;
    case 'shareholding': return `shareholding|${c}|${normalizeName(f.holder)}|${f.percent}`;
  }
}

const A_SHARE: ReadonlySet<Venue> = new Set(['STAR', 'CHINEXT', 'SSE_MAIN', 'SZSE_MAIN', 'BSE']);

function venueRefines(specific: Venue, general: Venue): boolean {
  return specific === general || (general === 'A' && A_SHARE.has(specific)) || (general === 'US' && (specific === 'NASDAQ' || specific === 'NYSE'));
}

// Whether step `a` says all that step `b` says (same or finer venue and date).
function refines(a: IpoFact, b: IpoFact): boolean {
  const dateOk = !b.date || (!!a.date && a.date.startsWith(b.date));
  return dateOk && venueRefines(a.venue, b.venue);
}

// Only a tutoring filing, an HKEX/US filing or a suspension is made again (a new tutor, a re-submission, stale accounts);
// other stages stated twice with different dates are one step: the first statement stands.
const REPEATABLE = new Set(['tutoring_filed', 'filed', 'suspended']);

const RECENT = /近日|日前|近期|最新|目前|今日|今天|新的|重新|再次|再度/;

// A repeatable step told as the news's own (近日…辅导备案) is a new one, apart from the dated ones before it.
const isNewRepeat = (f: IpoFact) => REPEATABLE.has(f.stage) && RECENT.test(toHansAligned(f.source.quote));

function foldRepeats(steps: IpoFact[]): IpoFact[] {
  // Each board is its own application (创业板 withdrawn, then 北交所 accepted); a step told only as A-share joins the one board told.
  const byVenue = new Map<string, IpoFact[]>();
  const boards = unique(steps.filter((f) => A_SHARE.has(f.venue)).map((f) => f.venue));
  for (const f of steps) {
    const key = f.venue === 'A' && boards.length === 1 ? boards[0] : f.venue;
    byVenue.set(key, [...(byVenue.get(key) ?? []), f]);
  }
  // A board told only by undated statements ("在两轮问询中", its venue guessed) is the one dated board's step.
  const datedBoards = [...byVenue].filter(([k, g]) => A_SHARE.has(k as Venue) && g.some((f) => f.date));
  for (const [k, g] of [...byVenue]) {
    if (!A_SHARE.has(k as Venue) || g.some((f) => f.date) || datedBoards.length !== 1 || datedBoards[0][0] === k) continue;
    byVenue.delete(k);
    datedBoards[0][1].push(...g);
  }
  const out: IpoFact[] = [];
  for (let group of byVenue.values()) {
    if (group.length === 1) { out.push(group[0]); continue; }
    if (!REPEATABLE.has(group[0].stage)) {
      out.push(group.reduce((a, b) => (b.source.start < a.source.start ? b : a)));
      continue;
    }
    // An undated statement of a repeatable step is one of its dated ones (a finer venue it names, 科创板 for A, carries over),
    // unless it is the news's own (近日, 日前): a new filing.
    const dated = group.filter((f) => f.date);
    if (dated.length && dated.length < group.length && !group.some((f) => !f.date && isNewRepeat(f))) {
      const finer = group.find((f) => !f.date && !A_SHARE.has(dated[0].venue) && A_SHARE.has(f.venue));
      group = dated.map((f) => (finer && venueRefines(finer.venue, f.venue) && dated.length === 1 ? { ...f, venue: finer.venue } : f));
    }
    const months = new Map<string, IpoFact>();
    for (const f of group) {
      const m = f.date?.slice(0, 7) ?? '';
      // Within a month the most precise statement stands; of two as precise, the one told first.
      const held = months.get(m);
      if (!held || specificity(f) > specificity(held) || (specificity(f) === specificity(held) && f.source.start < held.source.start)) months.set(m, f);
    }
    out.push(...months.values());
  }
  return out;
}

function specificity(f: IpoFact): number {
  return (f.date?.length ?? 0) + (f.venue === 'A' || f.venue === 'US' ? 0 : 20);
}

/** A hearing told in an article that also tells its outcome (审议会议…通过) on the same or no date is that outcome: the hearing goes. */
function dropSettledHearings(facts: Fact[]): Fact[] {
  const outcomes = facts.filter((f): f is IpoFact => f.kind === 'ipo' && (f.stage === 'approved' || f.stage === 'rejected' || f.stage === 'deferred'));
  // A scheduled hearing (定于…召开) is news of its own; any other hearing before an outcome is that outcome's.
  return facts.filter((f) => !(f.kind === 'ipo' && f.stage === 'hearing' && !/定于|将于|拟于|将召开/.test(toHansAligned(f.source.quote))
    && outcomes.some((o) => o.company === f.company && (!f.date || !o.date || o.date >= f.date.slice(0, o.date.length)))));
}

/** Statements of one round (same company and round name): one without an amount (数亿元 in a title) folds into one with it; different amounts stay apart. */
function foldRounds(facts: FinancingFact[]): FinancingFact[] {
  const withAmount = facts.filter((f) => f.amount);
  const byAmount = new Map<string, FinancingFact>();
  for (const f of withAmount) {
    const k = String(f.amount!.value ?? `${f.amount!.min}-${f.amount!.max}`);
    const prev = byAmount.get(k);
    if (!prev || richness(f) > richness(prev)) byAmount.set(k, f);
  }
  if (byAmount.size) return [...byAmount.values()];
  return [richest(facts)];
}

/**
 * A round is often told over two sentences ("完成D++轮融资，融资金额50亿元。本轮由A、B领投"):
 * a funding fact without a round name that follows a named round of the same company
 * closely adds its amount and investors to it.
 */
function mergeRoundDetails(doc: ExtractDoc): void {
  const facts = doc.facts;
  for (let i = 0; i < facts.length; i++) {
    const f = facts[i];
    // A strategic round (战略融资) of the same amount as a lettered one is that round by another name.
    const strategic = (x: FinancingFact) => !!x.round && /^(?:战略|戰略)/.test(x.round);
    if (f.kind !== 'financing' || (f.round && !strategic(f))) continue;
    const named = facts.filter((g): g is FinancingFact => g.kind === 'financing' && !!g.round && !strategic(g) && g.company === f.company
      && (strategic(f) ? !!g.amount && !!f.amount && g.amount.value === f.amount.value
        : Math.abs(g.source.start - f.source.start) < 300 && (!g.amount || !f.amount || g.amount.value === f.amount.value)));
    if (!named.length) continue;
    // The round told nearest before the detail is the one it adds to.
    const g = named.filter((x) => x.source.start <= f.source.start).pop() ?? named[0];
    const merged: FinancingFact = {
      ...g,
      ...(g.amount ? {} : f.amount ? { amount: f.amount } : {}),
      ...(g.investors ? {} : f.investors ? { investors: f.investors } : {}),
      ...(g.post_money ? {} : f.post_money ? { post_money: f.post_money } : {}),
    };
    facts[facts.indexOf(g)] = merged;
    facts.splice(i, 1);
    i--;
  }
}

// More fields stated means a fuller source: keep that one.
function richness(f: Fact): number {
  return Object.values(f).filter((v) => v !== undefined && v !== null && !(Array.isArray(v) && !v.length)).length;
}

function richest<T extends Fact>(facts: readonly T[]): T {
  return facts.reduce((a, b) => (richness(b) > richness(a) ? b : a));
}

/**
 * A headline rounds what the body states exactly ("首日市值超400亿元" over "总市值为412.6亿元"):
 * a title's market cap or valuation with a qualifier yields to the body's figure of the same company within a fifth of it.
 */
function dropRoundedHeadlines(doc: ExtractDoc): void {
  const title = doc.article.titleSpan;
  const amountOf = (f: Fact) => (f.kind === 'market_cap' || f.kind === 'valuation' ? f.amount : undefined);
  const rounded = doc.facts.filter((f) => f.source.end <= title.end && amountOf(f)?.qualifier && amountOf(f)?.value !== undefined);
  const drop = new Set(rounded.filter((f) => doc.facts.some((g) => g !== f && g.kind === f.kind && g.company === f.company && g.source.start >= doc.article.bodySpan.start
    && amountOf(g)?.value !== undefined && Math.abs(amountOf(g)!.value! - amountOf(f)!.value!) <= amountOf(f)!.value! * 0.2)));
  if (drop.size) doc.facts.splice(0, doc.facts.length, ...doc.facts.filter((f) => !drop.has(f)));
}

/** Folds facts stated twice (a title repeated by its body, a figure restated) into one; IPO steps of the same kind on different dates stay apart. */
export function dropRepeatedFacts(doc: ExtractDoc): void {
  mergeRoundDetails(doc);
  dropRoundedHeadlines(doc);
  const groups = new Map<string, Fact[]>();
  for (const f of doc.facts) {
    const k = identity(f);
    groups.set(k, [...(groups.get(k) ?? []), f]);
  }
  const kept: Fact[] = [];
  for (const facts of groups.values()) {
    if (facts[0].kind === 'financing') {
      kept.push(...foldRounds(facts as FinancingFact[]));
      continue;
    }
    // One amount stated as two valuations (IPO前估值 and a round's 投后估值) is two facts; a basis left open folds into either.
    if (facts[0].kind === 'valuation') {
      const bases = unique((facts as ValuationFact[]).map((f) => f.basis).filter((b) => b !== null));
      if (bases.length > 1) { for (const b of bases) kept.push(richest((facts as ValuationFact[]).filter((f) => f.basis === b))); continue; }
    }
    if (facts[0].kind !== 'ipo') {
      kept.push(richest(facts));
      continue;
    }
    // Steps of one company and stage fold when venue and date agree or one refines the other
    // (A and STAR; 2025-12 and 2025-12-30; no date and a date): the most specific one stays.
    // A step dated only from the lead yields to the same step with a date of its own.
    const stated = (facts as IpoFact[]).filter((f) => f.date && !weakDates.has(f));
    const steps = (facts as IpoFact[]).filter((f) => !(weakDates.has(f) && !isNewRepeat(f) && stated.some((x) => venueRefines(x.venue, f.venue) || venueRefines(f.venue, x.venue)))).sort((a, b) => specificity(b) - specificity(a) || richness(b) - richness(a));
    const chosen: IpoFact[] = [];
    for (const f of steps) if (!chosen.some((c) => refines(c, f) && !(isNewRepeat(f) && !f.date))) chosen.push(f);
    kept.push(...foldRepeats(chosen));
  }
  doc.facts.splice(0, doc.facts.length, ...dropSettledHearings(kept).sort((a, b) => a.source.start - b.source.start));
}
