import type { Fact, IpoFact, Venue } from '../../core/types.js';
import type { ExtractDoc } from '../doc.js';
import { normalizeName } from '../evaluate.js';

function identity(f: Fact): string {
  const c = normalizeName(f.company);
  switch (f.kind) {
    case 'ipo': return `ipo|${c}|${f.stage}`;
    case 'financing': return `financing|${c}|${f.round ?? ''}|${f.amount?.value ?? f.amount?.min ?? ''}`;
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

function specificity(f: IpoFact): number {
  return (f.date?.length ?? 0) + (f.venue === 'A' || f.venue === 'US' ? 0 : 20);
}

// More fields stated means a fuller source: keep that one.
function richness(f: Fact): number {
  return Object.values(f).filter((v) => v !== undefined && v !== null && !(Array.isArray(v) && !v.length)).length;
}

/** Folds facts stated twice (a title repeated by its body, a figure restated) into one; IPO steps of the same kind on different dates stay apart. */
export function dropRepeatedFacts(doc: ExtractDoc): void {
  const groups = new Map<string, Fact[]>();
  for (const f of doc.facts) {
    const k = identity(f);
    groups.set(k, [...(groups.get(k) ?? []), f]);
  }
  const kept: Fact[] = [];
  for (const facts of groups.values()) {
    if (facts[0].kind !== 'ipo') {
      kept.push(facts.reduce((a, b) => (richness(b) > richness(a) ? b : a)));
      continue;
    }
    // Steps of one company and stage fold when venue and date agree or one refines the other
    // (A and STAR; 2025-12 and 2025-12-30; no date and a date): the most specific one stays.
    const steps = (facts as IpoFact[]).slice().sort((a, b) => specificity(b) - specificity(a) || richness(b) - richness(a));
    const chosen: IpoFact[] = [];
    for (const f of steps) if (!chosen.some((c) => refines(c, f))) chosen.push(f);
    kept.push(...chosen);
  }
  doc.facts.splice(0, doc.facts.length, ...kept.sort((a, b) => a.source.start - b.source.start));
}
