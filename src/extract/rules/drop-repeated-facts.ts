import type { Fact } from '../../core/types.js';
import type { ExtractDoc } from '../doc.js';
import { normalizeName } from '../evaluate.js';

function identity(f: Fact): string {
  const c = normalizeName(f.company);
  switch (f.kind) {
    case 'ipo': return `ipo|${c}|${f.stage}|${f.venue}`;
    case 'financing': return `financing|${c}|${f.round ?? ''}|${f.amount?.value ?? f.amount?.min ?? ''}`;
    case 'valuation': return `valuation|${c}|${f.amount.value ?? f.amount.min}`;
    case 'market_cap': return `market_cap|${c}|${f.amount.value ?? f.amount.min}`;
    case 'financial': return `financial|${c}|${f.metric}|${f.period}|${f.value.value ?? f.value.min}`;
    case 'shareholding': return `shareholding|${c}|${normalizeName(f.holder)}|${f.percent}`;
  }
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
    const dated = new Map<string, Fact>();
    for (const f of facts) {
      const d = f.kind === 'ipo' ? f.date ?? '' : '';
      const prev = dated.get(d);
      if (!prev || richness(f) > richness(prev)) dated.set(d, f);
    }
    // An undated step that repeats a dated one says nothing new.
    if (dated.size > 1) dated.delete('');
    // Dates that only refine each other (2025-12 and 2025-12-30) are one step.
    const ds = [...dated.keys()].sort((a, b) => b.length - a.length);
    for (const d of ds) if (ds.some((o) => o !== d && o.startsWith(d) && dated.has(o))) dated.delete(d);
    kept.push(...dated.values());
  }
  doc.facts.splice(0, doc.facts.length, ...kept.sort((a, b) => a.source.start - b.source.start));
}
